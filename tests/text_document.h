// A plain-text document, as the desk tests add them.
//
//   desk.Add(TextDocument("a", "Storm hits the coast.\n"));

#ifndef WIREDESK_TESTS_TEXT_DOCUMENT_H_
#define WIREDESK_TESTS_TEXT_DOCUMENT_H_

#include <string>

#include "desk/document.h"

namespace wiredesk::testing {

inline desk::Document TextDocument(const std::string& id, const std::string& content) {
  desk::Document document;
  document.id = id;
  document.format = "text";
  document.content = content;
  return document;
}

}  // namespace wiredesk::testing

#endif  // WIREDESK_TESTS_TEXT_DOCUMENT_H_
