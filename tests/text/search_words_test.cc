#include "text/search_words.h"

#include <catch2/catch.hpp>

using wiredesk::text::HasAllWords;
using wiredesk::text::SearchWords;

TEST_CASE("a search finds a text whatever the case and the diacritics of its words") {
  const auto words = SearchWords("Bộ Công an điều tra vụ cháy ở Đà Nẵng.");
  CHECK(HasAllWords(words, SearchWords("cong an")));
  CHECK(HasAllWords(words, SearchWords("CÔNG AN")));
  CHECK(HasAllWords(words, SearchWords("da nang")));
  CHECK(HasAllWords(words, SearchWords("điều tra, Đà Nẵng!")));
}

TEST_CASE("a search needs every word of the query, each as a whole word") {
  const auto words = SearchWords("Taylor Swift’s tour opened in Singapore on Saturday.");
  CHECK(HasAllWords(words, SearchWords("taylor swift")));
  CHECK(HasAllWords(words, SearchWords("singapore")));
  CHECK_FALSE(HasAllWords(words, SearchWords("taylor jones")));
  CHECK_FALSE(HasAllWords(words, SearchWords("sing")));
}

TEST_CASE("punctuation and spacing separate words; an empty query finds everything") {
  const auto words = SearchWords("“Quoted”—words,\tsplit\nacross (lines).");
  CHECK(HasAllWords(words, SearchWords("quoted words split across lines")));
  CHECK(HasAllWords(words, SearchWords("")));
  CHECK(SearchWords("  ,.; ").empty());
}
