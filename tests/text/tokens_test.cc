#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "text/tokens.h"

namespace {

using wiredesk::text::Token;
using wiredesk::text::TokenKindName;
using wiredesk::text::Tokenize;

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
