// Summaries in the JSON contract (summary_json.h), for the CLI and the wasm
// module:
//
//   one article: {"id", "sentences", "keywords"}
//   a story:     the same, with "id" the versions' ids joined by "+"
//   failure:     {"id", "error": {"message"}}
// A document goes through the one intake first (intake.h); "paragraph" and
// "sentence" point into that Article's paragraphs.
//
// The wasm module's request is {"documents": document or [documents],
// "options": {"sentences": K | "ratio": R | "chars": N, "keywords": M,
// "story": bool}} (a bare document or array means default options); its
// response {"results": [result...]} or {"error": {"message"}}.

#ifndef WIREDESK_DESK_SUMMARIZE_REQUEST_H_
#define WIREDESK_DESK_SUMMARIZE_REQUEST_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "desk/document.h"
#include "summarize/summary.h"

namespace wiredesk::desk {

// Reads {"sentences","ratio","chars","keywords"} (each optional; at most one
// of the first three). Errors are messages.
std::variant<summarize::SummaryOptions, Error> OptionsFromJson(const nlohmann::json& options);

// The summary of one document.
nlohmann::ordered_json SummaryOf(const Document& document,
                                 const summarize::SummaryOptions& options);

// The summary of the documents taken as versions of one story. A version
// that fails (binary, empty) makes the whole result an error that names it.
nlohmann::ordered_json StorySummaryOf(const std::vector<Document>& versions,
                                      const summarize::SummaryOptions& options);

// Answers a wasm request (see above). Never throws.
std::string RespondSummarize(std::string_view request);

}  // namespace wiredesk::desk

#endif  // WIREDESK_DESK_SUMMARIZE_REQUEST_H_
