// Summaries in the JSON contract, for the CLI and the wasm module.
//
//   one article: {"id", "sentences": [{"text","score","paragraph","sentence"}],
//                 "keywords": [{"term","score"}]}
//   a story:     the same, with "id" the versions' ids joined by "+" and each
//                sentence also carrying "article" (the id of the version it is
//                taken from) and "support" (how many versions carry it)
//   failure:     {"id", "error": {"message"}}
// Scores are rounded to 6 decimals, so that native and wasm print the same
// bytes. A document goes through extraction first (extract/extract.h);
// "paragraph" and "sentence" point into that Article's paragraphs.
//
// The wasm module's request is {"documents": document or [documents],
// "options": {"sentences": K | "ratio": R | "chars": N, "keywords": M,
// "story": bool}} (a bare document or array means default options); its
// response {"results": [result...]} or {"error": {"message"}}.

#ifndef WIREDESK_SUMMARIZE_SUMMARY_REQUEST_H_
#define WIREDESK_SUMMARIZE_SUMMARY_REQUEST_H_

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "desk/document.h"
#include "summarize/summary.h"

namespace wiredesk::summarize {

// Reads {"sentences","ratio","chars","keywords"} (each optional; at most one
// of the first three). Errors are messages.
std::variant<SummaryOptions, desk::Error> OptionsFromJson(const nlohmann::json& options);

// The summary of one document.
nlohmann::ordered_json SummaryOf(const desk::Document& document, const SummaryOptions& options);

// The summary of the documents taken as versions of one story. A version
// that fails (binary, empty) makes the whole result an error that names it.
nlohmann::ordered_json StorySummaryOf(const std::vector<desk::Document>& versions,
                                      const SummaryOptions& options);

// The JSON of a story's summary, its versions named by `version_ids` (in the
// order they were given to SummarizeStory).
nlohmann::ordered_json StorySummaryJson(const Summary& summary,
                                        const std::vector<std::string>& version_ids);

// Answers a wasm request (see above). Never throws.
std::string RespondSummarize(std::string_view request);

}  // namespace wiredesk::summarize

#endif  // WIREDESK_SUMMARIZE_SUMMARY_REQUEST_H_
