#include "text/tokens.h"

#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

namespace {

using wiredesk::text::Token;
using wiredesk::text::Tokenize;
using wiredesk::text::TokenKindName;

std::vector<std::pair<std::string, std::string>> Pairs(std::string_view text) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const Token& t : Tokenize(text)) {
    out.emplace_back(std::string(text.substr(t.begin, t.end - t.begin)),
                     std::string(TokenKindName(t.kind)));
  }
  return out;
}

using Pairs_t = std::vector<std::pair<std::string, std::string>>;

}  // namespace

TEST_CASE("tokens are tagged word, number or punctuation, and space is dropped") {
  CHECK(Pairs("He paid $3.5 million.") == Pairs_t{{"He", "word"},
                                                  {"paid", "word"},
                                                  {"$", "punctuation"},
                                                  {"3.5", "number"},
                                                  {"million", "word"},
                                                  {".", "punctuation"}});
}

TEST_CASE("contractions and numbers with separators stay whole") {
  CHECK(Pairs("don't pay 1,000") ==
        Pairs_t{{"don't", "word"}, {"pay", "word"}, {"1,000", "number"}});
}

TEST_CASE("Vietnamese syllables are words and offsets point at their bytes") {
  const std::string text = "Hà Nội, 15/10";
  const auto tokens = Tokenize(text);
  REQUIRE(tokens.size() == 6);
  CHECK(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin) == "Nội");
  CHECK(tokens[1].kind == wiredesk::text::TokenKind::kWord);
  CHECK(tokens[2].kind == wiredesk::text::TokenKind::kPunctuation);
  CHECK(tokens[3].kind == wiredesk::text::TokenKind::kNumber);
}

TEST_CASE("text without words gives punctuation only, and empty text nothing") {
  CHECK(Pairs("— !") == Pairs_t{{"—", "punctuation"}, {"!", "punctuation"}});
  CHECK(Tokenize("").empty());
  CHECK(Tokenize(" \n ").empty());
}

// The cases below run natively, where ICU has its CJK and Thai dictionaries,
// and in wasm, where it has none: the same expected tokens on both prove that
// text/ no longer depends on them (text/dictionary_scripts.h).

TEST_CASE("Japanese kanji and hiragana are a token a character, a katakana run one token") {
  CHECK(Pairs("東京都でコンピューターを買った。") == Pairs_t{{"東", "word"},
                                                             {"京", "word"},
                                                             {"都", "word"},
                                                             {"で", "word"},
                                                             {"コンピューター", "word"},
                                                             {"を", "word"},
                                                             {"買", "word"},
                                                             {"っ", "word"},
                                                             {"た", "word"},
                                                             {"。", "punctuation"}});
}

TEST_CASE("Chinese is a token a character, with numbers and Latin words kept whole") {
  CHECK(Pairs("中国经济增长5.2%，GDP达到126万亿元。") == Pairs_t{{"中", "word"},
                                                                 {"国", "word"},
                                                                 {"经", "word"},
                                                                 {"济", "word"},
                                                                 {"增", "word"},
                                                                 {"长", "word"},
                                                                 {"5.2", "number"},
                                                                 {"%", "punctuation"},
                                                                 {"，", "punctuation"},
                                                                 {"GDP", "word"},
                                                                 {"达", "word"},
                                                                 {"到", "word"},
                                                                 {"126", "number"},
                                                                 {"万", "word"},
                                                                 {"亿", "word"},
                                                                 {"元", "word"},
                                                                 {"。", "punctuation"}});
}

TEST_CASE("a Thai run between spaces is one token, with its vowel and tone marks") {
  CHECK(Pairs("ประเทศไทยมีประชากร 70 ล้านคน") ==
        Pairs_t{{"ประเทศไทยมีประชากร", "word"}, {"70", "number"}, {"ล้านคน", "word"}});
}

TEST_CASE("Lao, Khmer and Burmese runs are one token each, whatever follows") {
  CHECK(Pairs("ລາວ ខ្មែរ မြန်မာ") == Pairs_t{{"ລາວ", "word"}, {"ខ្មែរ", "word"}, {"မြန်မာ", "word"}});
  CHECK(Pairs("ไทยThai") == Pairs_t{{"ไทย", "word"}, {"Thai", "word"}});
}

TEST_CASE("combining marks and variation selectors stay with their kana or ideograph") {
  // か + U+3099 (combining voiced mark), 葛 + U+E0100 (variation selector).
  const std::string text = "か\u3099葛\U000E0100城";
  const auto tokens = Tokenize(text);
  REQUIRE(tokens.size() == 3);
  CHECK(tokens[0].begin == 0);
  CHECK(tokens[0].end == 6);
  CHECK(tokens[1].end == 13);
  CHECK(text.substr(tokens[2].begin) == "城");
}

TEST_CASE("offsets of tokens around a CJK run point at their bytes") {
  const std::string text = "Sony (ソニー) 株式会社";
  const auto tokens = Tokenize(text);
  REQUIRE(tokens.size() == 8);
  CHECK(text.substr(tokens[2].begin, tokens[2].end - tokens[2].begin) == "ソニー");
  CHECK(text.substr(tokens[3].begin, tokens[3].end - tokens[3].begin) == ")");
  CHECK(text.substr(tokens[7].begin, tokens[7].end - tokens[7].begin) == "社");
}

TEST_CASE("one Han character is a word of its own; one Latin letter or Hiragana is not") {
  CHECK(wiredesk::text::IsCharacterWord("港"));
  CHECK(wiredesk::text::IsCharacterWord("動"));
  CHECK_FALSE(wiredesk::text::IsCharacterWord("台风"));
  CHECK_FALSE(wiredesk::text::IsCharacterWord("a"));
  CHECK_FALSE(wiredesk::text::IsCharacterWord("の"));
  CHECK_FALSE(wiredesk::text::IsCharacterWord(""));
}
