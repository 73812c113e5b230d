// A Summary (summarize/summary.h) in the JSON contract:
//
//   one article: {"sentences": [{"text","score","paragraph","sentence"}],
//                 "keywords": [{"term","score"}]}
//   a story:     the same, each sentence also carrying "article" (the id of
//                the version it is taken from) and "support" (how many
//                versions carry it)
// Scores are rounded to 6 decimals, so that native and wasm print the same
// bytes. "paragraph" and "sentence" point into the summarised Article's
// paragraphs. Cost: linear in the sentences and keywords.

#ifndef WIREDESK_DESK_SUMMARY_JSON_H_
#define WIREDESK_DESK_SUMMARY_JSON_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "summarize/summary.h"

namespace wiredesk::desk {

nlohmann::ordered_json SummaryJson(const summarize::Summary& summary);

// The versions named by `version_ids`, in the order they were given to
// summarize::SummarizeStory.
nlohmann::ordered_json StorySummaryJson(const summarize::Summary& summary,
                                        const std::vector<std::string>& version_ids);

}  // namespace wiredesk::desk

#endif  // WIREDESK_DESK_SUMMARY_JSON_H_
