#include "compare/word_diff.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "text/tokens.h"

namespace wiredesk::compare {
namespace {

// One side of the pair: its pieces, and each piece's id (equal text, equal
// id; every run of white space shares id 0).
struct Side {
  std::string_view text;
  std::vector<Piece> pieces;
  std::vector<std::uint32_t> ids;

  std::size_t Offset(std::size_t piece) const {
    return piece < pieces.size() ? static_cast<std::size_t>(pieces[piece].text.data() - text.data())
                                 : text.size();
  }
  std::string_view Span(std::size_t begin, std::size_t end) const {
    if (begin >= end) return {};
    return text.substr(Offset(begin), Offset(end) - Offset(begin));
  }
};

// A run of the alignment: equal pieces, or an edit (either range may be empty).
struct Block {
  bool equal = true;
  std::size_t a0 = 0, a1 = 0, b0 = 0, b1 = 0;
  ChangeClass change_class = ChangeClass::kWording;
};

EditSide EditOf(const Side& side, std::size_t begin, std::size_t end) {
  EditSide edit;
  edit.pieces.assign(side.pieces.begin() + static_cast<std::ptrdiff_t>(begin),
                     side.pieces.begin() + static_cast<std::ptrdiff_t>(end));
  return edit;
}

ChangeClass Classify(const Side& a, const Side& b, const Block& block) {
  return ClassifyChange(EditOf(a, block.a0, block.a1), EditOf(b, block.b0, block.b1));
}

// Myers' greedy forward search with the trace kept for the way back. Returns
// false when the edits would cost more than the budget allows.
enum class Step { kEqual, kDelete, kInsert };

bool Myers(const std::vector<std::uint32_t>& a, std::size_t a0, std::size_t a1,
           const std::vector<std::uint32_t>& b, std::size_t b0, std::size_t b1,
           std::vector<Step>& steps) {
  const auto n = static_cast<std::int64_t>(a1 - a0);
  const auto m = static_cast<std::int64_t>(b1 - b0);
  const std::int64_t max_d = std::min<std::int64_t>(
      n + m, static_cast<std::int64_t>(kMaxDiffCost) / std::max<std::int64_t>(1, n + m));
  std::vector<std::vector<std::int64_t>> trace;
  std::vector<std::int64_t> v(static_cast<std::size_t>(2 * max_d + 3), 0);
  const std::int64_t offset = max_d + 1;
  std::int64_t found = -1;
  for (std::int64_t d = 0; d <= max_d && found < 0; ++d) {
    for (std::int64_t k = -d; k <= d; k += 2) {
      std::int64_t x = (k == -d || (k != d && v[static_cast<std::size_t>(offset + k - 1)] <
                                                  v[static_cast<std::size_t>(offset + k + 1)]))
                           ? v[static_cast<std::size_t>(offset + k + 1)]
                           : v[static_cast<std::size_t>(offset + k - 1)] + 1;
      std::int64_t y = x - k;
      while (x < n && y < m &&
             a[a0 + static_cast<std::size_t>(x)] == b[b0 + static_cast<std::size_t>(y)]) {
        ++x;
        ++y;
      }
      v[static_cast<std::size_t>(offset + k)] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    trace.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1));
  }
  if (found < 0) return false;
  // Walk back from (n, m) through the saved frontiers.
  std::vector<Step> reversed;
  std::int64_t x = n, y = m;
  for (std::int64_t d = found; d > 0; --d) {
    const std::vector<std::int64_t>& prev = trace[static_cast<std::size_t>(d - 1)];
    auto at = [&](std::int64_t k) { return prev[static_cast<std::size_t>(k + (d - 1))]; };
    const std::int64_t k = x - y;
    const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
    const std::int64_t prev_k = down ? k + 1 : k - 1;
    const std::int64_t prev_x = at(prev_k);
    const std::int64_t prev_y = prev_x - prev_k;
    while (x > (down ? prev_x : prev_x + 1) && y > (down ? prev_y + 1 : prev_y)) {
      reversed.push_back(Step::kEqual);
      --x;
      --y;
    }
    reversed.push_back(down ? Step::kInsert : Step::kDelete);
    x = prev_x;
    y = prev_y;
  }
  while (x > 0 && y > 0) {
    reversed.push_back(Step::kEqual);
    --x;
    --y;
  }
  steps.insert(steps.end(), reversed.rbegin(), reversed.rend());
  return true;
}

// The alignment of the two sides as alternating equal runs and edits.
std::vector<Block> Align(const Side& a, const Side& b) {
  const std::size_t n = a.ids.size(), m = b.ids.size();
  std::size_t prefix = 0;
  while (prefix < n && prefix < m && a.ids[prefix] == b.ids[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < n - prefix && suffix < m - prefix &&
         a.ids[n - 1 - suffix] == b.ids[m - 1 - suffix]) {
    ++suffix;
  }
  std::vector<Step> steps(prefix, Step::kEqual);
  if (!Myers(a.ids, prefix, n - suffix, b.ids, prefix, m - suffix, steps)) {
    steps.insert(steps.end(), n - suffix - prefix, Step::kDelete);
    steps.insert(steps.end(), m - suffix - prefix, Step::kInsert);
  }
  steps.insert(steps.end(), suffix, Step::kEqual);

  std::vector<Block> blocks;
  std::size_t x = 0, y = 0;
  for (const Step step : steps) {
    const bool equal = step == Step::kEqual;
    if (blocks.empty() || blocks.back().equal != equal) blocks.push_back({equal, x, x, y, y});
    Block& block = blocks.back();
    if (step != Step::kInsert) block.a1 = ++x;
    if (step != Step::kDelete) block.b1 = ++y;
  }
  return blocks;
}

std::size_t Length(const Side& side, std::size_t begin, std::size_t end) {
  return side.Span(begin, end).size();
}

// diff-match-patch's semantic cleanup: an equality no longer than the edits
// on both sides of it joins them. Only between substantive edits: a spacing
// or punctuation edit stays on its own, so it is reported as what it is.
void CleanupSemantic(const Side& a, const Side& b, std::vector<Block>& blocks) {
  for (Block& block : blocks) {
    if (!block.equal) block.change_class = Classify(a, b, block);
  }
  bool merged = true;
  while (merged) {
    merged = false;
    for (std::size_t i = 1; i + 1 < blocks.size(); ++i) {
      const Block& before = blocks[i - 1];
      const Block& equal = blocks[i];
      const Block& after = blocks[i + 1];
      if (!equal.equal || before.equal || after.equal) continue;
      if (!IsSubstantive(before.change_class) || !IsSubstantive(after.change_class)) continue;
      const std::size_t length = Length(a, equal.a0, equal.a1);
      if (length > std::max(Length(a, before.a0, before.a1), Length(b, before.b0, before.b1)) ||
          length > std::max(Length(a, after.a0, after.a1), Length(b, after.b0, after.b1))) {
        continue;
      }
      Block joined{false, before.a0, after.a1, before.b0, after.b1};
      joined.change_class = Classify(a, b, joined);
      blocks[i - 1] = joined;
      blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(i),
                   blocks.begin() + static_cast<std::ptrdiff_t>(i + 2));
      merged = true;
      break;
    }
  }
}

bool IsSpace(const Side& side, std::size_t piece) {
  return side.pieces[piece].kind == PieceKind::kSpace;
}

// Bytes of non-space text in pieces [begin, i), for every i of the range.
std::vector<std::size_t> SpacelessOffsets(const Side& side, std::size_t begin, std::size_t end) {
  std::vector<std::size_t> offsets{0};
  for (std::size_t i = begin; i < end; ++i) {
    offsets.push_back(offsets.back() + (IsSpace(side, i) ? 0 : side.pieces[i].text.size()));
  }
  return offsets;
}

std::string Spaceless(const Side& side, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) {
    if (!IsSpace(side, i)) out += side.pieces[i].text;
  }
  return out;
}

// The piece index (within [begin, end]) right after `length` bytes of
// non-space text, or npos when no piece boundary falls there.
std::size_t CutAt(const std::vector<std::size_t>& offsets, std::size_t begin, std::size_t length) {
  for (std::size_t i = 1; i < offsets.size(); ++i) {
    if (offsets[i] == length && offsets[i - 1] < length) return begin + i;
  }
  return std::string::npos;
}

void Refine(const Side& a, const Side& b, Block block, std::vector<Block>& out);

void Emit(const Side& a, const Side& b, Block block, std::vector<Block>& out) {
  if (block.a0 == block.a1 && block.b0 == block.b1) return;
  Refine(a, b, block, out);
}

// Moves the white space both sides open with to `out` as equal, and the
// white space both close with to `tail` (in reverse order); `block` shrinks.
void TrimSharedSpace(const Side& a, const Side& b, Block& block, std::vector<Block>& out,
                     std::vector<Block>& tail) {
  while (block.a0 < block.a1 && block.b0 < block.b1 && IsSpace(a, block.a0) &&
         IsSpace(b, block.b0)) {
    out.push_back({true, block.a0, block.a0 + 1, block.b0, block.b0 + 1});
    ++block.a0;
    ++block.b0;
  }
  while (block.a0 < block.a1 && block.b0 < block.b1 && IsSpace(a, block.a1 - 1) &&
         IsSpace(b, block.b1 - 1)) {
    tail.push_back({true, block.a1 - 1, block.a1, block.b1 - 1, block.b1});
    --block.a1;
    --block.b1;
  }
}

// Cuts off the longest prefix, else suffix, that is only re-spaced (equal
// once spaces are gone, and ending on a piece boundary on both sides), and
// refines both parts. False when there is none.
bool SplitAtRespacedEnd(const Side& a, const Side& b, const Block& block, const std::string& left,
                        const std::string& right, std::vector<Block>& out) {
  const std::vector<std::size_t> left_offsets = SpacelessOffsets(a, block.a0, block.a1);
  const std::vector<std::size_t> right_offsets = SpacelessOffsets(b, block.b0, block.b1);
  auto split = [&](std::size_t cut_a, std::size_t cut_b) {
    Emit(a, b, {false, block.a0, cut_a, block.b0, cut_b}, out);
    Emit(a, b, {false, cut_a, block.a1, cut_b, block.b1}, out);
  };
  std::size_t common = 0;
  while (common < left.size() && common < right.size() && left[common] == right[common]) ++common;
  for (std::size_t p = common; p > 0; --p) {
    const std::size_t cut_a = CutAt(left_offsets, block.a0, p);
    const std::size_t cut_b = CutAt(right_offsets, block.b0, p);
    if (cut_a == std::string::npos || cut_b == std::string::npos) continue;
    split(cut_a, cut_b);
    return true;
  }
  std::size_t common_end = 0;
  while (common_end < left.size() && common_end < right.size() &&
         left[left.size() - 1 - common_end] == right[right.size() - 1 - common_end]) {
    ++common_end;
  }
  for (std::size_t p = common_end; p > 0; --p) {
    const std::size_t cut_a = CutAt(left_offsets, block.a0, left.size() - p);
    const std::size_t cut_b = CutAt(right_offsets, block.b0, right.size() - p);
    if (cut_a == std::string::npos || cut_b == std::string::npos) continue;
    if (left.size() == p || right.size() == p) continue;
    split(cut_a, cut_b);
    return true;
  }
  return false;
}

// The indices of the pieces in [begin, end) that are not white space.
std::vector<std::size_t> WordsIn(const Side& side, std::size_t begin, std::size_t end) {
  std::vector<std::size_t> words;
  for (std::size_t i = begin; i < end; ++i) {
    if (!IsSpace(side, i)) words.push_back(i);
  }
  return words;
}

// With as many words on each side, cuts the block where the class of the
// word-for-word change differs ("900 people" -> "950 persons": a number, then
// wording) and refines the parts. False when one class covers it all.
bool SplitByWordClass(const Side& a, const Side& b, const Block& block, std::vector<Block>& out) {
  const std::vector<std::size_t> words_a = WordsIn(a, block.a0, block.a1);
  const std::vector<std::size_t> words_b = WordsIn(b, block.b0, block.b1);
  if (words_a.size() != words_b.size() || words_a.size() <= 1) return false;
  std::vector<ChangeClass> classes;
  for (std::size_t i = 0; i < words_a.size(); ++i) {
    classes.push_back(
        Classify(a, b, {false, words_a[i], words_a[i] + 1, words_b[i], words_b[i] + 1}));
  }
  if (std::all_of(classes.begin(), classes.end(), [&](ChangeClass c) { return c == classes[0]; })) {
    return false;
  }
  std::size_t start_a = block.a0, start_b = block.b0;
  for (std::size_t i = 0; i < classes.size(); ++i) {
    if (i + 1 < classes.size() && classes[i + 1] == classes[i]) continue;
    const std::size_t end_a = i + 1 < classes.size() ? words_a[i + 1] : block.a1;
    const std::size_t end_b = i + 1 < classes.size() ? words_b[i + 1] : block.b1;
    Block part{false, start_a, end_a, start_b, end_b, classes[i]};
    // The space between two parts goes with the part it leads into.
    while (part.a1 > part.a0 + 1 && IsSpace(a, part.a1 - 1) && part.b1 > part.b0 + 1 &&
           IsSpace(b, part.b1 - 1)) {
      --part.a1;
      --part.b1;
    }
    Emit(a, b, part, out);
    start_a = part.a1;
    start_b = part.b1;
  }
  return true;
}

void Refine(const Side& a, const Side& b, Block block, std::vector<Block>& out) {
  std::vector<Block> tail;
  TrimSharedSpace(a, b, block, out, tail);
  auto finish = [&]() { out.insert(out.end(), tail.rbegin(), tail.rend()); };
  if (block.a0 == block.a1 && block.b0 == block.b1) return finish();

  const std::string left = Spaceless(a, block.a0, block.a1);
  const std::string right = Spaceless(b, block.b0, block.b1);
  if (left == right) {
    if (!left.empty() || block.a0 == block.a1 || block.b0 == block.b1) {
      block.change_class = ChangeClass::kSpacing;
      out.push_back(block);
    } else {
      out.push_back({true, block.a0, block.a1, block.b0, block.b1});  // space for space
    }
    return finish();
  }
  if (SplitAtRespacedEnd(a, b, block, left, right, out)) return finish();
  block.change_class = Classify(a, b, block);
  if (SplitByWordClass(a, b, block, out)) return finish();
  out.push_back(block);
  finish();
}

PieceKind KindOf(text::TokenKind kind) {
  switch (kind) {
    case text::TokenKind::kWord:
      return PieceKind::kWord;
    case text::TokenKind::kNumber:
      return PieceKind::kNumber;
    case text::TokenKind::kPunctuation:
      return PieceKind::kPunctuation;
  }
  return PieceKind::kWord;
}

}  // namespace

const char* WordOpName(WordOp op) {
  switch (op) {
    case WordOp::kEqual:
      return "equal";
    case WordOp::kDelete:
      return "delete";
    case WordOp::kInsert:
      return "insert";
  }
  return "equal";
}

std::vector<Piece> SplitPieces(std::string_view text) {
  std::vector<Piece> pieces;
  std::size_t at = 0;
  for (const text::Token& token : text::Tokenize(text)) {
    if (token.begin > at) pieces.push_back({text.substr(at, token.begin - at), PieceKind::kSpace});
    pieces.push_back({text.substr(token.begin, token.end - token.begin), KindOf(token.kind)});
    at = token.end;
  }
  if (at < text.size()) pieces.push_back({text.substr(at), PieceKind::kSpace});
  return pieces;
}

std::vector<WordPiece> DiffWords(std::string_view left, std::string_view right) {
  Side a{left, SplitPieces(left), {}};
  Side b{right, SplitPieces(right), {}};
  // Ids by text; the map only answers lookups, its order never shows.
  std::unordered_map<std::string_view, std::uint32_t> ids;
  for (Side* side : {&a, &b}) {
    for (const Piece& piece : side->pieces) {
      if (piece.kind == PieceKind::kSpace) {
        side->ids.push_back(0);
        continue;
      }
      const auto [it, added] = ids.emplace(piece.text, static_cast<std::uint32_t>(ids.size() + 1));
      side->ids.push_back(it->second);
    }
  }
  std::vector<Block> blocks = Align(a, b);
  CleanupSemantic(a, b, blocks);
  std::vector<Block> refined;
  for (const Block& block : blocks) {
    if (block.equal) {
      refined.push_back(block);
    } else {
      Emit(a, b, block, refined);
    }
  }

  std::vector<WordPiece> words;
  int edit = -1;
  auto add = [&](WordOp op, std::string_view text, ChangeClass change_class) {
    if (text.empty()) return;
    if (op == WordOp::kEqual && !words.empty() && words.back().op == WordOp::kEqual) {
      words.back().text += text;
      return;
    }
    words.push_back({op, std::string(text), change_class, op == WordOp::kEqual ? -1 : edit});
  };
  for (const Block& block : refined) {
    if (block.equal) {
      add(WordOp::kEqual, a.Span(block.a0, block.a1), ChangeClass::kWording);
      continue;
    }
    ++edit;
    add(WordOp::kDelete, a.Span(block.a0, block.a1), block.change_class);
    add(WordOp::kInsert, b.Span(block.b0, block.b1), block.change_class);
  }
  return words;
}

}  // namespace wiredesk::compare
