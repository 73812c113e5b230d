#include "compare/change_class.h"

#include <algorithm>
#include <iterator>
#include <string>

#include "text/calendar_words.h"
#include "text/normalize.h"
#include "text/stopwords.h"

namespace wiredesk::compare {
namespace {

// Words that carry a quantity, besides the month and weekday names
// (text/calendar_words.h): changing them changes a figure. Ordinals are left
// out: "the first time" is wording more often than a figure.
constexpr std::string_view kNumberWords[] = {
    "one",     "two",     "three",    "four",    "five",   "six",   "seven", "eight",   "nine",
    "ten",     "eleven",  "twelve",   "twenty",  "thirty", "forty", "fifty", "hundred", "thousand",
    "million", "billion", "trillion", "percent", "per",    "cent",  "half",  "dozen",   "am",
    "pm",      "bn",      "mn",       "st",      "nd",     "rd",    "th"};

bool HasDigit(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool IsNumberLike(const Piece& piece) {
  if (piece.kind == PieceKind::kNumber || HasDigit(piece.text)) return true;
  const std::string folded = text::LowerAscii(piece.text);
  return text::IsMonthName(folded) || text::IsWeekdayName(folded) ||
         std::find(std::begin(kNumberWords), std::end(kNumberWords), folded) !=
             std::end(kNumberWords);
}

// The first code point of `word` is a capital letter.
bool IsCapitalised(std::string_view word) {
  if (word.empty()) return false;
  const auto lead = static_cast<unsigned char>(word[0]);
  const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  return text::IsUpperCase(word.substr(0, std::min(length, word.size())));
}

bool IsWord(const Piece& piece) {
  return piece.kind == PieceKind::kWord || piece.kind == PieceKind::kNumber;
}

std::string Joined(const EditSide& side, bool keep_punctuation) {
  std::string out;
  for (const Piece& piece : side.pieces) {
    if (piece.kind == PieceKind::kSpace) continue;
    if (!keep_punctuation && piece.kind == PieceKind::kPunctuation) continue;
    out += piece.text;
  }
  return out;
}

// Every word of the edit is a number or a date word, and there is one.
bool OnlyNumbers(const EditSide& a, const EditSide& b) {
  bool any = false;
  for (const EditSide* side : {&a, &b}) {
    for (const Piece& piece : side->pieces) {
      if (!IsWord(piece)) continue;
      if (!IsNumberLike(piece)) return false;
      any = true;
    }
  }
  return any;
}

// Every word is capitalised, and at least one of them is not a function word
// ("The" -> "This" opening a sentence is wording, not a name).
bool OnlyNames(const EditSide& a, const EditSide& b) {
  bool any = false;
  for (const EditSide* side : {&a, &b}) {
    const Piece* previous = nullptr;
    for (const Piece& piece : side->pieces) {
      const Piece* before = previous;
      previous = &piece;
      if (!IsWord(piece)) continue;
      if (piece.kind == PieceKind::kNumber) continue;
      // The small part of a hyphenated name: "Jae-in", "Nguyen Thi-anh".
      const bool joined = before != nullptr && before->text == "-";
      if (!IsCapitalised(piece.text) && !joined) return false;
      if (!text::IsStopword("en", text::FoldCase(piece.text))) any = true;
    }
  }
  return any;
}

}  // namespace

const char* ChangeClassName(ChangeClass change_class) {
  switch (change_class) {
    case ChangeClass::kSpacing:
      return "spacing";
    case ChangeClass::kPunctuation:
      return "punctuation";
    case ChangeClass::kCase:
      return "case";
    case ChangeClass::kDiacritics:
      return "diacritics";
    case ChangeClass::kNumber:
      return "number";
    case ChangeClass::kName:
      return "name";
    case ChangeClass::kWording:
      return "wording";
  }
  return "wording";
}

bool IsSubstantive(ChangeClass change_class) {
  return change_class == ChangeClass::kNumber || change_class == ChangeClass::kName ||
         change_class == ChangeClass::kWording;
}

ChangeClass ClassifyChange(const EditSide& deleted, const EditSide& inserted) {
  if (Joined(deleted, true) == Joined(inserted, true)) return ChangeClass::kSpacing;
  const std::string a = Joined(deleted, false);
  const std::string b = Joined(inserted, false);
  if (a == b) return ChangeClass::kPunctuation;
  const std::string folded_a = text::FoldCase(a);
  const std::string folded_b = text::FoldCase(b);
  if (folded_a == folded_b) return ChangeClass::kCase;
  if (text::MatchKey(folded_a) == text::MatchKey(folded_b)) return ChangeClass::kDiacritics;
  if (OnlyNumbers(deleted, inserted)) return ChangeClass::kNumber;
  if (OnlyNames(deleted, inserted)) return ChangeClass::kName;
  return ChangeClass::kWording;
}

}  // namespace wiredesk::compare
