// The Desk as the JS module calls it: JSON text in, JSON text out, never a
// throw (the wasm Desk class and the tests both go through here).
//
//   add:          [document, ...] or one document
//                 -> {"results":
//                 [{"id","title","lead","url","published","date","lang","words","warnings"}
//                                 | {"id","error":{"message"}}], "warnings"?}
//   remove:       ["id", ...]                      -> {"removed": n}
//   stories:                                       -> {"stories": [...]} (desk.h)
//   restore pack: article records, each after its size (u32, little-endian),
//                 in the order their articles were added
//                 -> {"restored": ["id", ...], "refused": [{"index","message"}]}
//   restore stories: {"stories": [{"id","canonical","members","title"}]}
//                 (what stories gave on the desk the records came from)
//                 -> {"ok": true}, or an error with the desk unchanged
//   texts needed: {"read": [ids], "removed": [ids]} -> {"ids": [...]}, the articles
//                 filed without their texts that the call would read (Desk::TextsNeeded)
//   lend texts:   full records, each after its size (u32, little-endian)
//                 -> {"lent": n} (Desk::LendTexts), or an error with nothing lent
//   article:      "id"                             -> the Article's JSON (extract/article.h)
//   summarize:    {"ids": [...], "sentences"|"ratio"|"chars", "keywords"}
//                 -> {"sentences": [{"text","score","paragraph","sentence","article","support"}],
//                     "keywords": [{"term","score"}]}   (the ids as versions of one story)
//   compare:      {"left": "id", "right": "id"}    -> the Comparison's JSON (comparison_json.h)
//   search:       {"query": "words"} or "words"   -> {"stories": [story ids]} (Desk::Search)
//   updates:      {"ids": [...]} or [...], a story's members in arrival order
//                 -> {"versions","whats_new","why","canonical"} (updates_request.h) and
//                    "related": [{"id","title","terms"}], the story's related stories and
//                    what links each (Desk::RelatedOf)
// Every failure is {"error": {"message"}}, naming what was wrong; a call that
// reads an article whose texts are not lent fails so, naming it.

#ifndef WIREDESK_DESK_DESK_REQUESTS_H_
#define WIREDESK_DESK_DESK_REQUESTS_H_

#include <string>
#include <string_view>

#include "desk/desk.h"

namespace wiredesk::desk {

std::string AddRequest(Desk& desk, std::string_view request);
std::string RemoveRequest(Desk& desk, std::string_view request);
std::string StoriesRequest(Desk& desk);
std::string RestorePackRequest(Desk& desk, std::string_view pack);
std::string RestoreStoriesRequest(Desk& desk, std::string_view request);
std::string TextsNeededRequest(const Desk& desk, std::string_view request);
std::string LendTextsRequest(Desk& desk, std::string_view pack);
std::string ArticleRequest(const Desk& desk, std::string_view id);
std::string SummarizeRequest(const Desk& desk, std::string_view request);
std::string CompareRequest(const Desk& desk, std::string_view request);
std::string UpdatesRequest(Desk& desk, std::string_view request);
std::string SearchRequest(Desk& desk, std::string_view request);

}  // namespace wiredesk::desk

#endif  // WIREDESK_DESK_DESK_REQUESTS_H_
