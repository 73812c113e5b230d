// What kind of change one edit inside a sentence is.
//
// A reader comparing two copies of a story wants to see at a glance whether
// they differ only in how the text was keyed in (spacing, punctuation, case,
// diacritics) or in what it says (a number, a name, the wording). Each edit
// found by the word diff gets the first class, in this order, that explains it:
//
//   spacing      equal once white space is removed    "withcountries" -> "with countries"
//   punctuation  equal once punctuation is removed too "hi-tech" -> "hitech", “ -> "
//   case         equal once case folded                "Interpol" -> "INTERPOL"
//   diacritics   equal by text::MatchKey               "Jürgen" -> "Jurgen"
//   number       only numbers and date words changed    "900" -> "950", "October" -> "November"
//   name         only capitalised words changed         "Thanh" -> "Nguyen"
//   wording      anything else
//
// The first four are cosmetic; the last three are substantive. Sentences
// added, removed or moved are reported by the alignment, not here.
//
// REQUIRES: well-formed UTF-8 and ICU's data (text/). Cost: linear in the
// edit's length.

#ifndef WIREDESK_COMPARE_CHANGE_CLASS_H_
#define WIREDESK_COMPARE_CHANGE_CLASS_H_

#include <string_view>
#include <vector>

namespace wiredesk::compare {

enum class ChangeClass { kSpacing, kPunctuation, kCase, kDiacritics, kNumber, kName, kWording };

inline constexpr int kChangeClassCount = 7;

// "spacing", "punctuation", "case", "diacritics", "number", "name", "wording".
const char* ChangeClassName(ChangeClass change_class);

// Number, name and wording change what the story says.
bool IsSubstantive(ChangeClass change_class);

// The pieces a sentence is cut into for the word diff: the tokens of
// text/tokens.h plus the white space between them, so that the pieces of a
// sentence put back together give the sentence.
enum class PieceKind { kSpace, kWord, kNumber, kPunctuation };

struct Piece {
  std::string_view text;
  PieceKind kind = PieceKind::kWord;
};

// One side of an edit: its pieces in order. Either side may be empty (a pure
// insertion or deletion).
struct EditSide {
  std::vector<Piece> pieces;
};

ChangeClass ClassifyChange(const EditSide& deleted, const EditSide& inserted);

}  // namespace wiredesk::compare

#endif  // WIREDESK_COMPARE_CHANGE_CLASS_H_
