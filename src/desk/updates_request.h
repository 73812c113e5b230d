// A story's versions in, its updates out (compare/story_updates.h): the
// glue for the CLI's `updates` command, the wasm module's `updates` call and
// the Desk's `updates` request, and the JSON contract they share:
//
//   {"versions": [{"id","published","headline",
//                  "changes": [{"class","text"} | {"class","text","left","right"}]}],
//    "whats_new": ["sentence", ...],
//    "why": [{"id","shared","only_here": ["“passage…”"],"reason"}],
//    "canonical": "id"}
// "class" is a digest line's kind (compare/digest.h): headline, number, name
// and wording lines carry "left" and "right", the others "text" only ("text"
// is on every line, the line as a reader sees it).
//
//   auto result = UpdatesOfDocuments(documents);  // StoryUpdates or Error
//   std::string response = RespondUpdates(R"({"documents": [...]})");
//
// Each document goes through the one intake (intake.h) as compare's versions
// do (compare_request.h). Cost: UpdatesOf's.

#ifndef WIREDESK_DESK_UPDATES_REQUEST_H_
#define WIREDESK_DESK_UPDATES_REQUEST_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "compare/story_updates.h"
#include "desk/compare_request.h"
#include "desk/document.h"

namespace wiredesk::desk {

nlohmann::ordered_json UpdatesJson(const compare::StoryUpdates& updates);

// An Error names the version it comes from ("ID: ..."). REQUIRES: at least
// one document.
std::variant<compare::StoryUpdates, Error> UpdatesOfDocuments(const std::vector<Document>& versions,
                                                              const VersionOptions& options);

// Answers {"documents": [document, ...], "extract": true|false} (a document may also be a plain
// string: its content) with the JSON above or {"error": {"message"}}. Never
// throws.
std::string RespondUpdates(std::string_view request);

}  // namespace wiredesk::desk

#endif  // WIREDESK_DESK_UPDATES_REQUEST_H_
