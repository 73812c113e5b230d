#include "text/dictionary_scripts.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <cstdint>

namespace wiredesk::text {
namespace {

// How a character joins its neighbours in a dictionary-script run.
enum class Joining {
  kAlone,     // Han, Hiragana: a token per character
  kKatakana,  // joins the Katakana before it
  kComplex,   // joins the Complex_Context characters of its script before it
  kExtend,    // a mark, format character or joiner: belongs to what precedes it
  kNone,      // not part of a run
};

UChar32 Next(std::string_view text, std::size_t& at) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  auto i = static_cast<std::int32_t>(at);
  UChar32 c;
  U8_NEXT(s, i, static_cast<std::int32_t>(text.size()), c);
  at = static_cast<std::size_t>(i);
  return c;
}

UScriptCode ScriptOf(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &status);
  return U_SUCCESS(status) ? script : USCRIPT_INVALID_CODE;
}

bool IsExtend(UChar32 c) {
  const auto wb = u_getIntPropertyValue(c, UCHAR_WORD_BREAK);
  return wb == U_WB_EXTEND || wb == U_WB_FORMAT || wb == U_WB_ZWJ;
}

Joining JoiningOf(UChar32 c) {
  if (c < 0x0E00) return Joining::kNone;  // below Thai: no dictionary script
  if (u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT) return Joining::kComplex;
  if (c == 0xFF9E || c == 0xFF9F || u_getIntPropertyValue(c, UCHAR_WORD_BREAK) == U_WB_KATAKANA) {
    return Joining::kKatakana;
  }
  const UScriptCode script = ScriptOf(c);
  if (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA) return Joining::kAlone;
  return Joining::kNone;
}

}  // namespace

bool IsDictionaryScript(UChar32 c) { return JoiningOf(c) != Joining::kNone; }

std::size_t DictionaryRunEnd(std::string_view text, std::size_t begin) {
  std::size_t at = begin;
  while (at < text.size()) {
    std::size_t next = at;
    const UChar32 c = Next(text, next);
    if (!IsDictionaryScript(c) && !(at > begin && IsExtend(c))) break;
    at = next;
  }
  return at;
}

void SegmentDictionaryRun(std::string_view text, std::size_t begin, std::size_t end,
                          std::vector<Token>& tokens) {
  Joining open = Joining::kNone;  // how the last token may be extended
  UScriptCode open_script = USCRIPT_INVALID_CODE;
  for (std::size_t at = begin; at < end;) {
    const std::size_t start = at;
    const UChar32 c = Next(text, at);
    Joining joining = JoiningOf(c);
    if (joining == Joining::kNone && IsExtend(c)) joining = Joining::kExtend;
    const UScriptCode script = joining == Joining::kComplex ? ScriptOf(c) : USCRIPT_INVALID_CODE;
    const bool joins =
        !tokens.empty() && tokens.back().end == start &&
        (joining == Joining::kExtend ||
         (joining == Joining::kKatakana && open == Joining::kKatakana) ||
         (joining == Joining::kComplex && open == Joining::kComplex && script == open_script));
    if (joins) {
      tokens.back().end = at;
      continue;
    }
    tokens.push_back(Token{start, at, TokenKind::kWord});
    open = joining;
    open_script = script;
  }
}

}  // namespace wiredesk::text
