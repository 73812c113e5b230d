#include "text/tokens.h"

#include <cstdint>

#include <unicode/brkiter.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include "text/break_iterators.h"
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

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  icu::BreakIterator* iterator = WordBreaker();
  if (iterator == nullptr || text.empty()) return tokens;
  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<std::int64_t>(text.size()), &status);
  iterator->setText(utext, status);
  if (U_SUCCESS(status)) {
    std::int32_t start = iterator->first();
    for (std::int32_t end = iterator->next(); end != icu::BreakIterator::DONE;
         start = end, end = iterator->next()) {
      const Token token{static_cast<std::size_t>(start), static_cast<std::size_t>(end),
                        KindOf(iterator->getRuleStatus())};
      if (token.kind == TokenKind::kPunctuation &&
          IsBlank(text.substr(token.begin, token.end - token.begin))) {
        continue;
      }
      tokens.push_back(token);
    }
  }
  iterator->setText(icu::UnicodeString());
  utext_close(utext);
  return tokens;
}

std::string_view TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord: return "word";
    case TokenKind::kNumber: return "number";
    case TokenKind::kPunctuation: return "punctuation";
  }
  return "word";
}

}  // namespace wiredesk::text
