#include "text/tokens.h"

#include <unicode/brkiter.h>
#include <unicode/ubrk.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <cstdint>

#include "text/break_iterators.h"
#include "text/dictionary_scripts.h"
#include "text/lines.h"

namespace wiredesk::text {
namespace {

TokenKind KindOf(std::int32_t rule_status) {
  if (rule_status >= UBRK_WORD_NUMBER && rule_status < UBRK_WORD_NUMBER_LIMIT) {
    return TokenKind::kNumber;
  }
  if (rule_status >= UBRK_WORD_LETTER && rule_status < UBRK_WORD_IDEO_LIMIT) {
    return TokenKind::kWord;
  }
  return TokenKind::kPunctuation;
}

// Appends the tokens ICU's word rules find in text[begin, end), which holds
// no dictionary-script character: ICU's rules alone decide, the same on both
// targets.
void TokenizeByRules(icu::BreakIterator& iterator, std::string_view text, std::size_t begin,
                     std::size_t end, std::vector<Token>& tokens) {
  if (begin == end) return;
  UErrorCode status = U_ZERO_ERROR;
  UText* utext =
      utext_openUTF8(nullptr, text.data() + begin, static_cast<std::int64_t>(end - begin), &status);
  iterator.setText(utext, status);
  if (U_SUCCESS(status)) {
    std::int32_t start = iterator.first();
    for (std::int32_t stop = iterator.next(); stop != icu::BreakIterator::DONE;
         start = stop, stop = iterator.next()) {
      const Token token{begin + static_cast<std::size_t>(start),
                        begin + static_cast<std::size_t>(stop), KindOf(iterator.getRuleStatus())};
      if (token.kind == TokenKind::kPunctuation &&
          IsBlank(text.substr(token.begin, token.end - token.begin))) {
        continue;
      }
      tokens.push_back(token);
    }
  }
  iterator.setText(icu::UnicodeString());
  utext_close(utext);
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  icu::BreakIterator* iterator = WordBreaker();
  if (iterator == nullptr || text.empty()) return tokens;
  // Runs of the scripts ICU would segment with dictionaries are cut out and
  // segmented by text/dictionary_scripts.h; ICU's rules do the rest.
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto size = static_cast<std::int32_t>(text.size());
  std::size_t rules_from = 0;
  for (std::int32_t at = 0; at < size;) {
    if (bytes[at] < 0xE0) {  // below U+0800: no dictionary script
      U8_FWD_1(bytes, at, size);
      continue;
    }
    const std::int32_t start = at;
    UChar32 c;
    U8_NEXT(bytes, at, size, c);
    if (!IsDictionaryScript(c)) continue;
    const auto run = static_cast<std::size_t>(start);
    TokenizeByRules(*iterator, text, rules_from, run, tokens);
    rules_from = DictionaryRunEnd(text, run);
    SegmentDictionaryRun(text, run, rules_from, tokens);
    at = static_cast<std::int32_t>(rules_from);
  }
  TokenizeByRules(*iterator, text, rules_from, text.size(), tokens);
  return tokens;
}

std::string_view TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kPunctuation:
      return "punctuation";
  }
  return "word";
}

bool IsCharacterWord(std::string_view word) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(word.data());
  const auto length = static_cast<std::int32_t>(word.size());
  std::int32_t i = 0;
  UChar32 c;
  U8_NEXT(s, i, length, c);
  UErrorCode status = U_ZERO_ERROR;
  return c >= 0 && i == length && uscript_getScript(c, &status) == USCRIPT_HAN && U_SUCCESS(status);
}

}  // namespace wiredesk::text
