#include "compare/comparison_html.h"

namespace wiredesk::compare {
namespace {

constexpr std::string_view kStyle = R"(
:root { color-scheme: light dark; --bg: #fff; --fg: #1b1b1b; --muted: #666; --line: #ddd;
  --del: #fbe3e4; --ins: #e2f5e6; --number: #fff0c2; --name: #e6e0fb; --cosmetic: #eef1f4; }
@media (prefers-color-scheme: dark) { :root { --bg: #16181b; --fg: #e8e8e8; --muted: #9aa0a6;
  --line: #33373c; --del: #4a2326; --ins: #1e3f27; --number: #4a3d12; --name: #352c55; --cosmetic: #2a2f35; } }
body { background: var(--bg); color: var(--fg); font: 16px/1.5 system-ui, sans-serif; margin: 1rem auto; max-width: 72rem; padding: 0 1rem; }
h1 { font-size: 1.3rem; } .summary { font-weight: 600; } .stats { color: var(--muted); }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border-top: 1px solid var(--line); padding: .4rem .6rem; vertical-align: top; text-align: left; }
th.op, td.op { width: 9rem; color: var(--muted); font-size: .85rem; }
del, ins { text-decoration: none; border-radius: 3px; padding: 0 1px; }
del { background: var(--del); text-decoration: line-through; } ins { background: var(--ins); }
.c-number { box-shadow: inset 0 -2px 0 #c99a00; } .c-name { box-shadow: inset 0 -2px 0 #7a5cd6; }
.c-spacing, .c-punctuation, .c-case, .c-diacritics { background: var(--cosmetic); }
tr.added td.right, tr.removed td.left { background: var(--ins); } tr.removed td.left { background: var(--del); }
tr.moved td { font-style: italic; } details summary { color: var(--muted); cursor: pointer; }
@media (max-width: 40rem) { table, tbody, tr, td { display: block; width: auto; } td.op { width: auto; } }
)";

void AppendEscaped(std::string& out, std::string_view text) {
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
}

// One side of a row: its text, with the other side's edits left out.
void AppendSide(std::string& out, const Row& row, bool left) {
  const bool present = left ? row.has_left : row.has_right;
  if (!present) return;
  if (row.words.empty()) {
    AppendEscaped(out, left ? row.left : row.right);
    return;
  }
  for (const WordPiece& piece : row.words) {
    if (piece.op == WordOp::kEqual) {
      AppendEscaped(out, piece.text);
      continue;
    }
    if ((piece.op == WordOp::kDelete) != left) continue;
    const char* tag = piece.op == WordOp::kDelete ? "del" : "ins";
    const char* name = ChangeClassName(piece.change_class);
    out += std::string("<") + tag + " class=\"c-" + name + "\" title=\"" + name + "\">";
    AppendEscaped(out, piece.text);
    out += std::string("</") + tag + ">";
  }
}

std::string OpLabel(const Row& row) {
  std::string label = RowOpName(row.op);
  if (row.title) label = "headline, " + label;
  if (row.has_class) label += std::string(" (") + ChangeClassName(row.change_class) + ")";
  if (row.op == RowOp::kMoved) label += row.moved_from >= 0 ? ", arrived" : ", moved away";
  return label;
}

void AppendRow(std::string& out, const Row& row) {
  out += std::string("<tr class=\"") + RowOpName(row.op) + "\"><td class=\"op\">";
  AppendEscaped(out, OpLabel(row));
  out += "</td><td class=\"left\">";
  AppendSide(out, row, true);
  out += "</td><td class=\"right\">";
  AppendSide(out, row, false);
  out += "</td></tr>\n";
}

}  // namespace

std::string EscapeHtml(std::string_view text) {
  std::string out;
  AppendEscaped(out, text);
  return out;
}

std::string ComparisonHtml(const Comparison& c) {
  std::string out =
      "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
      "'unsafe-inline'\">\n"
      "<title>Comparison: ";
  AppendEscaped(out, c.left.title.empty() ? c.left.id : c.left.title);
  out += "</title>\n<style>";
  out += kStyle;
  out += "</style></head><body>\n<h1>";
  AppendEscaped(out, c.left.id);
  out += " &#x2194; ";
  AppendEscaped(out, c.right.id);
  out += "</h1>\n<p class=\"summary\">";
  AppendEscaped(out, c.summary);
  out += "</p>\n<p class=\"stats\">";
  for (int k = 0; k < kChangeClassCount; ++k) {
    out += std::string(ChangeClassName(static_cast<ChangeClass>(k))) + " " +
           std::to_string(c.edits[static_cast<std::size_t>(k)]) + " &middot; ";
  }
  out += "added " + std::to_string(c.added) + " &middot; removed " + std::to_string(c.removed) +
         " &middot; moved " + std::to_string(c.moved) + "</p>\n";
  out += "<table><thead><tr><th class=\"op\">change</th><th>";
  AppendEscaped(out, c.left.id);
  out += "</th><th>";
  AppendEscaped(out, c.right.id);
  out += "</th></tr></thead>\n";
  // Runs of unchanged rows fold away: the reader came for the changes.
  for (std::size_t r = 0; r < c.rows.size();) {
    std::size_t end = r;
    while (end < c.rows.size() && c.rows[end].op == RowOp::kSame) ++end;
    if (end - r >= 3) {
      out += "<tbody><tr><td colspan=\"3\"><details><summary>" + std::to_string(end - r) +
             " unchanged sentences</summary><table>\n";
      for (; r < end; ++r) AppendRow(out, c.rows[r]);
      out += "</table></details></td></tr></tbody>\n";
      continue;
    }
    out += "<tbody>";
    for (; r < end; ++r) AppendRow(out, c.rows[r]);
    if (r < c.rows.size()) AppendRow(out, c.rows[r++]);
    out += "</tbody>\n";
  }
  out += "</table>\n</body></html>\n";
  return out;
}

}  // namespace wiredesk::compare
