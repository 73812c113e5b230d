// A Comparison (compare/comparison.h) in the JSON contract the CLI, the JS
// API and the web view share:
//   {"left": {"id","title","sentences","words"}, "right": {...},
//    "verdict": "identical"|"cosmetic"|"substantive"|"no common text"|"empty",
//    "summary": "one line for a reader",
//    "stats": {"unchanged","spacing","punctuation","case","diacritics","number",
//              "name","wording","added","removed","moved"},
//    "changes": [{"class","row","left","right"}],   substantive first
//    "rows": [{"op": "same"|"changed"|"added"|"removed"|"moved",
//              "part": "title"|"body", "left", "right" (null when absent),
//              "left_paragraph", "right_paragraph" (null when absent),
//              "class" (the row's most substantive class, changed and moved rows),
//              "from"|"to" (moved rows: the index of the row at the other end),
//              "words": [{"op": "equal"|"delete"|"insert", "text", "class"}]}]}
// Rows keep the Comparison's order, so native and wasm builds give the same
// JSON byte for byte. Cost: linear in the rows and their words.

#ifndef WIREDESK_DESK_COMPARISON_JSON_H_
#define WIREDESK_DESK_COMPARISON_JSON_H_

#include <nlohmann/json.hpp>

#include "compare/comparison.h"

namespace wiredesk::desk {

nlohmann::ordered_json ComparisonJson(const compare::Comparison& comparison);

}  // namespace wiredesk::desk

#endif  // WIREDESK_DESK_COMPARISON_JSON_H_
