#include "text/normalize.h"

#include <catch2/catch.hpp>

using wiredesk::text::FoldCase;
using wiredesk::text::MatchKey;
using wiredesk::text::Nfkc;

TEST_CASE("NFKC folds compatibility forms") {
  CHECK(Nfkc("ﬁnal ２０２４") == "final 2024");
  // Decomposed "ệ" (e + dot below + circumflex) composes to one character.
  CHECK(Nfkc("Vie\xCC\xA3\xCC\x82t") == "Việt");
}

TEST_CASE("case folding keeps diacritics") {
  CHECK(FoldCase("VIỆT NAM") == "việt nam");
  CHECK(FoldCase("Straße") == "strasse");
}

TEST_CASE("one name with and without diacritics has one matching key") {
  const auto key = MatchKey("Vũ Lê Thái Hoàng");
  CHECK(key == "vu le thai hoang");
  CHECK(MatchKey("Vu Le Thai Hoang") == key);
  CHECK(MatchKey("VU LE THAI HOANG") == key);
  CHECK(MatchKey("VŨ LÊ THÁI HOÀNG") == key);
}

TEST_CASE("the matching key maps letters with a stroke to their base letter") {
  CHECK(MatchKey("Đà Nẵng") == MatchKey("Da Nang"));
  CHECK(MatchKey("Việt Nam") == "viet nam");
  CHECK(MatchKey("Łódź Ørsted") == "lodz orsted");
}

TEST_CASE("normalising empty text gives empty text") {
  CHECK(Nfkc("").empty());
  CHECK(FoldCase("").empty());
  CHECK(MatchKey("").empty());
}

TEST_CASE("upper-case text is told apart from mixed case, diacritics included") {
  CHECK(wiredesk::text::IsUpperCase("HÀ NỘI"));
  CHECK(wiredesk::text::IsUpperCase("SANTIAGO, CHILE"));
  CHECK_FALSE(wiredesk::text::IsUpperCase("Hà Nội"));
  CHECK_FALSE(wiredesk::text::IsUpperCase("2019 — 10"));
}

TEST_CASE("text in a script without case is never upper case") {
  CHECK_FALSE(wiredesk::text::IsUpperCase("上海港周日恢复了运营。"));
  CHECK_FALSE(wiredesk::text::IsUpperCase("ท่าเรือเปิดอีกครั้ง"));
  CHECK(wiredesk::text::IsUpperCase("NHK 上海"));
}

TEST_CASE("code points are counted, not bytes") {
  CHECK(wiredesk::text::CodePointCount("Việt") == 4);
  CHECK(wiredesk::text::CodePointCount("") == 0);
}
