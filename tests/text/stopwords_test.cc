#include "text/stopwords.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "text/normalize.h"

using wiredesk::text::FoldCase;
using wiredesk::text::IsStopword;
using wiredesk::text::StopwordLanguages;
using wiredesk::text::StopwordList;

TEST_CASE("English function words are stopwords and content words are not") {
  CHECK(IsStopword("en", "the"));
  CHECK(IsStopword("en", FoldCase("Which")));
  CHECK(IsStopword("en", "don't"));
  CHECK_FALSE(IsStopword("en", "convention"));
  CHECK_FALSE(IsStopword("en", "cybercrime"));
  CHECK(StopwordList::For("en")->size() > 150);
}

TEST_CASE("Vietnamese stopwords keep their diacritics and are single syllables") {
  CHECK(IsStopword("vi", "mà"));
  CHECK(IsStopword("vi", FoldCase("Của")));
  CHECK_FALSE(IsStopword("vi", "ma"));
  CHECK_FALSE(IsStopword("vi", "hội"));
  CHECK_FALSE(IsStopword("vi", "bởi vì"));  // two syllables: the tokenizer never yields it
  CHECK(StopwordList::For("vi")->size() > 60);
}

TEST_CASE("Portuguese, Russian and German have their own stopwords") {
  CHECK(IsStopword("pt", "não"));
  CHECK(IsStopword("pt-BR", FoldCase("Para")));
  CHECK_FALSE(IsStopword("pt", "governo"));
  CHECK(IsStopword("ru", FoldCase("Это")));
  CHECK_FALSE(IsStopword("ru", "правительство"));
  CHECK(IsStopword("de", "und"));
  CHECK_FALSE(IsStopword("en", "und"));
}

TEST_CASE("a language code picks its list by the primary subtag; unknown ones have none") {
  CHECK(StopwordList::For("en-GB") == StopwordList::For("en"));
  CHECK(StopwordList::For("PT_br") == StopwordList::For("pt"));
  CHECK(StopwordList::For("pt")->lang() == "pt");
  CHECK(StopwordList::For("und") == nullptr);
  CHECK(StopwordList::For("") == nullptr);
  CHECK(StopwordList::For("xx") == nullptr);
}

TEST_CASE("the lists cover the major languages of news") {
  const auto langs = StopwordLanguages();
  for (const char* lang :
       {"ar", "de", "en", "es", "fr", "hi", "id", "ja", "ko", "pt", "ru", "th", "vi", "zh"}) {
    INFO(lang);
    CHECK(std::binary_search(langs.begin(), langs.end(), lang));
  }
  CHECK(langs.size() >= 50);
}
