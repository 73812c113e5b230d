// The word diff inside one aligned pair of sentences.
//
// Myers' O(ND) difference algorithm (E. W. Myers, "An O(ND) Difference
// Algorithm and Its Variations", Algorithmica 1986) over the sentence's
// pieces (words, numbers, punctuation and the white space between them),
// followed by two passes that make the result read like an editor's marks:
//   - semantic cleanup, after Neil Fraser's diff-match-patch: a short run of
//     equal pieces between two substantive edits ("the" in "said the
//     minister" -> "told the reporters") is folded into one edit, so phrases
//     change as phrases instead of as scattered words;
//   - refinement: an edit is cut where its two sides agree once white space
//     is removed ("withcountries and" -> "with countries or" is a spacing
//     edit and a wording edit), and an edit of as many words on each side
//     whose words change in different ways ("900 representatives" ->
//     "950 delegates") is cut word by word.
// Every edit is then classified (change_class.h).
//
//   std::vector<WordPiece> words = DiffWords("He saw 900 people.", "He saw 950 people.");
//   // equal "He saw ", delete "900" (number), insert "950" (number), equal " people."
//
// The equal and deleted pieces put together give `left`; the equal and
// inserted pieces give `right` (equal pieces carry the left's text; runs of
// white space count as equal whatever their length).
//
// Cost: O((N + M) D) for D edits; past kMaxDiffCost (N + M) x D the middle
// of the pair becomes one edit, so a pathological pair can't stall the page.
// REQUIRES: well-formed UTF-8 and ICU's data.

#ifndef WIREDESK_COMPARE_WORD_DIFF_H_
#define WIREDESK_COMPARE_WORD_DIFF_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "compare/change_class.h"

namespace wiredesk::compare {

enum class WordOp { kEqual, kDelete, kInsert };

struct WordPiece {
  WordOp op = WordOp::kEqual;
  std::string text;
  ChangeClass change_class = ChangeClass::kWording;  // for kDelete and kInsert
  int edit = -1;  // which edit of the pair (delete and insert of one edit share it)
};

inline constexpr std::size_t kMaxDiffCost = 20'000'000;

// "equal", "delete", "insert".
const char* WordOpName(WordOp op);

std::vector<WordPiece> DiffWords(std::string_view left, std::string_view right);

// The pieces of a sentence (tokens and the white space between them).
std::vector<Piece> SplitPieces(std::string_view text);

}  // namespace wiredesk::compare

#endif  // WIREDESK_COMPARE_WORD_DIFF_H_
