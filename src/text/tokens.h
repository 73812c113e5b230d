// Word tokenisation from ICU's word boundaries (UAX #29).
//
// Tokens keep byte offsets into the original text so that later stages (the
// summary's highlights, the diff's word changes) can point back at it.
// White space is not a token. Kinds:
//   word         letters, possibly with digits or inner apostrophes ("don't", "G7")
//   number       digits with their inner separators ("3.5", "1,000")
//   punctuation  everything else that is not space: punctuation, symbols, emoji
//
//   for (const Token& t : Tokenize("He paid $3.5 million."))
//     // "He"/word "paid"/word "$"/punctuation "3.5"/number "million"/word "."/punctuation
//
// REQUIRES: well-formed UTF-8 and ICU's data. Cost: linear in the text.
// Thread-safe: each thread keeps its own break iterator.

#ifndef WIREDESK_TEXT_TOKENS_H_
#define WIREDESK_TEXT_TOKENS_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace wiredesk::text {

enum class TokenKind { kWord, kNumber, kPunctuation };

struct Token {
  std::size_t begin = 0;  // byte offset of the first character
  std::size_t end = 0;    // byte offset just past the last one
  TokenKind kind = TokenKind::kWord;
};

std::vector<Token> Tokenize(std::string_view text);

// "word", "number" or "punctuation": the names the JSON contract uses.
std::string_view TokenKindName(TokenKind kind);

// True when `word` is one Han character, which Tokenize cuts out of Chinese
// and Japanese text one by one: a word of its own, where a lone Latin letter
// is an initial or a list marker (and a lone Hiragana mostly a particle).
bool IsCharacterWord(std::string_view word);

}  // namespace wiredesk::text

#endif  // WIREDESK_TEXT_TOKENS_H_
