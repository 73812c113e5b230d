#include <catch2/catch.hpp>

#include "text/normalize.h"
#include "text/stopwords.h"

using wiredesk::text::FoldCase;
using wiredesk::text::IsStopword;
using wiredesk::text::Language;
using wiredesk::text::LanguageFromCode;
using wiredesk::text::StopwordCount;

TEST_CASE("English function words are stopwords and content words are not") {
  CHECK(IsStopword(Language::kEnglish, "the"));
  CHECK(IsStopword(Language::kEnglish, FoldCase("Which")));
  CHECK(IsStopword(Language::kEnglish, "don't"));
  CHECK_FALSE(IsStopword(Language::kEnglish, "convention"));
  CHECK_FALSE(IsStopword(Language::kEnglish, "cybercrime"));
  CHECK(StopwordCount(Language::kEnglish) > 150);
}

TEST_CASE("Vietnamese stopwords keep their diacritics") {
  CHECK(IsStopword(Language::kVietnamese, "mà"));
  CHECK(IsStopword(Language::kVietnamese, FoldCase("Của")));
  CHECK_FALSE(IsStopword(Language::kVietnamese, "ma"));
  CHECK_FALSE(IsStopword(Language::kVietnamese, "hội"));
  CHECK(StopwordCount(Language::kVietnamese) > 60);
}

TEST_CASE("language codes pick a list, unknown ones none") {
  CHECK(LanguageFromCode("en") == Language::kEnglish);
  CHECK(LanguageFromCode("en-GB") == Language::kEnglish);
  CHECK(LanguageFromCode("vi") == Language::kVietnamese);
  CHECK_FALSE(LanguageFromCode("th").has_value());
  CHECK_FALSE(LanguageFromCode("").has_value());
}
