// The JSON results of the per-document stages: a document's Article
// (extraction), its sentences and its tokens.
//
// One function per result, over one document, plus `Respond`, which answers
// a whole request in the JSON contract (used by the wasm bindings; the CLI
// builds its output from the same per-document functions, so both speak the
// same JSON byte for byte):
//
//   request:  one document object, or an array of them (see document.h)
//   response: {"results": [result, ...]}            one per input, in order
//             {"error": {"message": "..."}}         the request itself is bad
//   (a response may also carry "warnings": repairs made to the JSON text)
//   result:   {"id", "sentences": [{"text","begin","end","paragraph"}], "warnings": [...]}
//             {"id", "tokens": [{"text","kind","begin","end"}], "warnings": [...]}
//             {"id", "title", ..., "text", "paragraphs", "removed", "warnings"} (extract/article.h;
//             the article is the one the Desk keeps: see intake.h)
//             {"id", "error": {"message": "..."}}   this document failed
//
// `begin`/`end` are byte offsets into the content after UTF-8 repair; for an
// HTML document, into its extracted text (the Article's "text").

#ifndef WIREDESK_DESK_TEXT_RESULTS_H_
#define WIREDESK_DESK_TEXT_RESULTS_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "desk/document.h"

namespace wiredesk::desk {

// Computes one document's result from its prepared content.
using TextAnalysis = nlohmann::ordered_json (*)(const Document& document,
                                                const PreparedText& content);

nlohmann::ordered_json ArticleJsonOf(const Document& document, const PreparedText& content);
nlohmann::ordered_json SentencesOf(const Document& document, const PreparedText& content);
nlohmann::ordered_json TokensOf(const Document& document, const PreparedText& content);

// The result object for `document` (its id, the analysis or its error).
nlohmann::ordered_json Analyze(const Document& document, TextAnalysis analysis);

// Answers a JSON request (text) with a JSON response (text). Never throws.
std::string Respond(std::string_view request, TextAnalysis analysis);

}  // namespace wiredesk::desk

#endif  // WIREDESK_DESK_TEXT_RESULTS_H_
