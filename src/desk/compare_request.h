// Two documents in, their comparison out: the glue between the JSON
// contract's documents (document.h) and compare::Compare, shared by the
// CLI's `compare` command and the wasm module's `compare` call.
//
//   auto result = CompareDocuments(agency, outlet, {});  // Comparison or Error
//   std::string response = RespondCompare(R"({"left": {...}, "right": {...}})");
//
// Each document goes through the one intake (intake.h: the checks every
// document passes, then extraction), unless
// `extract` is off, in which case its text is taken as the article body
// as it stands (compare/plain_article.h; so is a plain text in which
// extraction finds no article at all). A blank document is an empty version
// (everything in the other one is added), not an error.

#ifndef WIREDESK_DESK_COMPARE_REQUEST_H_
#define WIREDESK_DESK_COMPARE_REQUEST_H_

#include <string>
#include <string_view>
#include <variant>

#include "compare/comparison.h"
#include "desk/document.h"
#include "extract/article.h"

namespace wiredesk::desk {

struct VersionOptions {
  bool extract = true;  // false: the text is the body as it stands
};

// The article a document gives for comparison, or why it gives none.
std::variant<extract::Article, Error> VersionOf(const Document& document,
                                                const VersionOptions& options);

// An Error names the side it comes from ("left: ...", "right: ...").
std::variant<compare::Comparison, Error> CompareDocuments(const Document& left,
                                                          const Document& right,
                                                          const VersionOptions& options);

// Answers {"left": document, "right": document, "extract": true|false} (a
// document may also be a plain string: its content) with
// {"results": [comparison]} (comparison_json.h) or {"error": {"message"}}.
// Never throws.
std::string RespondCompare(std::string_view request);

}  // namespace wiredesk::desk

#endif  // WIREDESK_DESK_COMPARE_REQUEST_H_
