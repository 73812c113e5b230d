// Two documents in, their comparison out: the glue between the JSON
// contract's documents (desk/document.h) and Compare (comparison.h), shared
// by the CLI's `compare` command and the wasm module's `compare` call.
//
//   auto result = CompareDocuments(agency, outlet, {});  // Comparison or Error
//   std::string response = RespondCompare(R"({"left": {...}, "right": {...}})");
//
// Each document goes through the checks every document passes
// (desk::PrepareContent: size, binary, UTF-8 repair) and extraction, unless
// `extract` is off, in which case its text is taken as the article body
// as it stands: paragraphs at blank lines, no headline (so is a plain text
// in which extraction finds no article at all). A blank document is
// an empty version (everything in the other one is added), not an error.

#ifndef WIREDESK_COMPARE_VERSIONS_H_
#define WIREDESK_COMPARE_VERSIONS_H_

#include <string>
#include <string_view>
#include <variant>

#include "compare/comparison.h"
#include "desk/document.h"
#include "extract/article.h"

namespace wiredesk::compare {

struct VersionOptions {
  bool extract = true;  // false: the text is the body as it stands
};

// The article a document gives for comparison, or why it gives none.
std::variant<extract::Article, desk::Error> VersionOf(const desk::Document& document,
                                                      const VersionOptions& options);

// The body of a plain text taken as it stands: a paragraph per block of
// non-blank lines, white space collapsed.
extract::Article PlainArticle(std::string_view id, std::string_view text);

std::variant<Comparison, desk::Error> CompareDocuments(const desk::Document& left,
                                                       const desk::Document& right,
                                                       const VersionOptions& options);

// Answers {"left": document, "right": document, "extract": true|false} (a
// document may also be a plain string: its content) with
// {"results": [comparison]} or {"error": {"message"}}. Never throws.
std::string RespondCompare(std::string_view request);

}  // namespace wiredesk::compare

#endif  // WIREDESK_COMPARE_VERSIONS_H_
