#include "desk/comparison_json.h"

#include <string>

namespace wiredesk::desk {
namespace {

using json = nlohmann::ordered_json;
using compare::ArticleSide;
using compare::Change;
using compare::ChangeClass;
using compare::ChangeClassName;
using compare::Comparison;
using compare::kChangeClassCount;
using compare::Row;
using compare::RowOpName;
using compare::VerdictName;
using compare::WordOp;
using compare::WordOpName;
using compare::WordPiece;

const char* PartName(bool title) { return title ? "title" : "body"; }

json Nullable(bool present, const std::string& text) {
  return present ? json(text) : json(nullptr);
}

json NullableIndex(int index) { return index >= 0 ? json(index) : json(nullptr); }

}  // namespace

json ComparisonJson(const Comparison& c) {
  auto side = [](const ArticleSide& s) {
    return json{{"id", s.id}, {"title", s.title}, {"sentences", s.sentences}, {"words", s.words}};
  };
  json stats = {{"unchanged", c.unchanged}};
  for (int k = 0; k < kChangeClassCount; ++k) {
    stats[ChangeClassName(static_cast<ChangeClass>(k))] = c.edits[static_cast<std::size_t>(k)];
  }
  stats["added"] = c.added;
  stats["removed"] = c.removed;
  stats["moved"] = c.moved;
  json changes = json::array();
  for (const Change& change : c.changes) {
    changes.push_back({{"class", change.kind},
                       {"row", change.row},
                       {"left", change.left},
                       {"right", change.right}});
  }
  json rows = json::array();
  for (const Row& row : c.rows) {
    json r = {{"op", RowOpName(row.op)},
              {"part", PartName(row.title)},
              {"left", Nullable(row.has_left, row.left)},
              {"right", Nullable(row.has_right, row.right)},
              {"left_paragraph", NullableIndex(row.left_paragraph)},
              {"right_paragraph", NullableIndex(row.right_paragraph)}};
    if (row.has_class) r["class"] = ChangeClassName(row.change_class);
    if (row.moved_from >= 0) r["from"] = row.moved_from;
    if (row.moved_to >= 0) r["to"] = row.moved_to;
    json words = json::array();
    for (const WordPiece& piece : row.words) {
      json w = {{"op", WordOpName(piece.op)}, {"text", piece.text}};
      if (piece.op != WordOp::kEqual) w["class"] = ChangeClassName(piece.change_class);
      words.push_back(std::move(w));
    }
    r["words"] = std::move(words);
    rows.push_back(std::move(r));
  }
  return {
      {"left", side(c.left)},   {"right", side(c.right)},    {"verdict", VerdictName(c.verdict)},
      {"summary", c.summary},   {"stats", std::move(stats)}, {"changes", std::move(changes)},
      {"rows", std::move(rows)}};
}

}  // namespace wiredesk::desk
