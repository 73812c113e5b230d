// The JSON of an extracted article: the shape `wiredesk extract`, the wasm
// module's `extract` and `desk.article` return (DESIGN.md's contract).
//
//   {"id","title","byline","dateline","published","lang","url","text",
//    "paragraphs":[{"kind","text"}],"removed":[{"text","reason","at"?}],"warnings"}
//
// "text" is the body (extract::BodyText); "at" is the paragraph a removed
// block stood before, when it stood inside the body.

#ifndef WIREDESK_DESK_ARTICLE_JSON_H_
#define WIREDESK_DESK_ARTICLE_JSON_H_

#include <nlohmann/json.hpp>

#include "extract/article.h"

namespace wiredesk::desk {

nlohmann::ordered_json ArticleJson(const extract::Article& article);

}  // namespace wiredesk::desk

#endif  // WIREDESK_DESK_ARTICLE_JSON_H_
