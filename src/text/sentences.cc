#include "text/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>

#include "text/break_iterators.h"
#include "text/lines.h"

namespace wiredesk::text {
namespace {

// Words after which a period never ends a sentence: they stand before a name.
// The last row is Vietnamese news usage: "TP. Hồ Chí Minh" (city), "PGS.TS."
// (associate professor, doctor), "ThS." (master), "BS." (physician).
constexpr std::string_view kTitles[] = {
    "mr",  "mrs", "ms",   "dr",     "prof",  "gen",    "col", "lt",   "sgt", "capt",
    "cpl", "maj", "gov",  "sen",    "rep",   "rev",    "hon", "pres", "st",  "mt",
    "ft",  "adm", "cmdr", "supt",   "insp",  "messrs", "mme", "msgr", "tp",  "ts",
    "ths", "pgs", "gs",   "pgs.ts", "gs.ts", "bs",     "ks"};

// Abbreviations that end a sentence only when the next one starts with a
// letter: before a number they are part of it ("Oct. 15", "No. 5").
constexpr std::string_view kBeforeNumbers[] = {"jan", "feb",  "mar", "apr",    "jun", "jul", "aug",
                                               "sep", "sept", "oct", "nov",    "dec", "no",  "nos",
                                               "vol", "p",    "pp",  "fig",    "art", "ch",  "sec",
                                               "ref", "tel",  "ext", "approx", "est", "vs"};

template <std::size_t N>
bool Contains(const std::string_view (&words)[N], std::string_view word) {
  return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

UChar32 CodePointAt(std::string_view text, std::size_t i) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  auto at = static_cast<std::int32_t>(i);
  UChar32 c;
  U8_NEXT(s, at, static_cast<std::int32_t>(text.size()), c);
  return c;
}

UChar32 CodePointBefore(std::string_view text, std::size_t i) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  auto at = static_cast<std::int32_t>(i);
  UChar32 c;
  U8_PREV(s, 0, at, c);
  return c;
}

// The word before the final period of `sentence`, lower-cased ASCII with its
// inner periods ("U.S." -> "u.s"), or "" when it doesn't end that way.
std::string WordBeforeFinalPeriod(std::string_view sentence) {
  if (sentence.empty() || sentence.back() != '.') return "";
  std::size_t start = sentence.size() - 1;
  while (start > 0) {
    const char c = sentence[start - 1];
    const bool ascii_letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!ascii_letter && c != '.') break;
    --start;
  }
  std::string word(sentence.substr(start, sentence.size() - 1 - start));
  for (char& c : word) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return word;
}

bool HasLetterOrDigit(std::string_view text) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c >= 0 && u_isalnum(c)) return true;
  }
  return false;
}

bool IsClosingQuote(UChar32 c) {
  return c == u'"' || c == u'\'' || c == 0x201D || c == 0x2019 || c == 0x00BB ||
         u_charType(c) == U_FINAL_PUNCTUATION;
}

// True when ICU's break between `before` and `after` must be undone.
bool ContinuesSentence(std::string_view before, std::string_view after) {
  if (!HasLetterOrDigit(after)) return true;
  const UChar32 next = CodePointAt(after, 0);
  const std::string word = WordBeforeFinalPeriod(before);
  if (!word.empty()) {
    if (Contains(kTitles, word)) return true;
    if (u_isdigit(next) && Contains(kBeforeNumbers, word)) return true;
    // An initial: one capital letter standing alone ("John F. Kennedy").
    const bool lone_capital =
        word.size() == 1 && before.size() >= 2 && before[before.size() - 2] >= 'A' &&
        before[before.size() - 2] <= 'Z' &&
        (before.size() == 2 || !u_isalnum(CodePointBefore(before, before.size() - 2)));
    if (lone_capital && u_isupper(next)) return true;
  }
  // "“Yes!” she said." ICU ends a sentence after "!”" whatever follows.
  if (u_islower(next) && !before.empty()) {
    const UChar32 last = CodePointBefore(before, before.size());
    if (IsClosingQuote(last)) return true;
  }
  return false;
}

bool IsOpening(UChar32 c) {
  const auto type = u_charType(c);
  return type == U_START_PUNCTUATION || type == U_INITIAL_PUNCTUATION;
}

// ICU's rules count opening brackets and quotes as "Close" (UAX #29 SB9), so
// where no space follows the full stop, as in Chinese and Japanese, the next
// sentence's opening bracket ends the previous one ("明日は？「はい。」").
// Hands such trailing openers over to the piece that follows.
void MoveOpenersForward(std::string_view text, std::vector<Line>& pieces) {
  for (std::size_t i = 0; i + 1 < pieces.size(); ++i) {
    Line& piece = pieces[i];
    std::size_t end = piece.end;
    for (UChar32 c; end > piece.begin && IsOpening(c = CodePointBefore(text, end));) {
      end -= static_cast<std::size_t>(U8_LENGTH(c));
    }
    if (end == piece.begin || end == piece.end) continue;
    pieces[i + 1].begin = end;
    piece = Trim(text, {piece.begin, end});
  }
}

// ICU's sentence pieces of one line, trimmed, as offsets into `text`.
std::vector<Line> IcuSentences(std::string_view text, Line line) {
  std::vector<Line> pieces;
  icu::BreakIterator* iterator = SentenceBreaker();
  if (iterator == nullptr) {
    // Without ICU's data a line is one sentence: degraded, never lost.
    pieces.push_back(Trim(text, line));
    return pieces;
  }
  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data() + line.begin,
                                static_cast<std::int64_t>(line.end - line.begin), &status);
  iterator->setText(utext, status);
  if (U_FAILURE(status)) {
    utext_close(utext);
    pieces.push_back(Trim(text, line));
    return pieces;
  }
  std::int32_t start = iterator->first();
  for (std::int32_t end = iterator->next(); end != icu::BreakIterator::DONE;
       start = end, end = iterator->next()) {
    const Line piece = Trim(text, {line.begin + static_cast<std::size_t>(start),
                                   line.begin + static_cast<std::size_t>(end)});
    if (piece.begin < piece.end) pieces.push_back(piece);
  }
  // Don't leave the iterator pointing into the caller's text.
  iterator->setText(icu::UnicodeString());
  utext_close(utext);
  MoveOpenersForward(text, pieces);
  return pieces;
}

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view text) {
  std::vector<Sentence> sentences;
  int paragraph = 0;
  for (const Line& line : SplitLines(text)) {
    if (IsBlank(text.substr(line.begin, line.end - line.begin))) continue;
    const std::vector<Line> pieces = IcuSentences(text, line);
    bool first = true;
    for (const Line& piece : pieces) {
      if (!first) {
        Sentence& last = sentences.back();
        const std::string_view before = text.substr(last.begin, last.end - last.begin);
        const std::string_view after = text.substr(piece.begin, piece.end - piece.begin);
        if (ContinuesSentence(before, after)) {
          last.end = piece.end;
          continue;
        }
      }
      sentences.push_back({piece.begin, piece.end, paragraph});
      first = false;
    }
    ++paragraph;
  }
  return sentences;
}

}  // namespace wiredesk::text
