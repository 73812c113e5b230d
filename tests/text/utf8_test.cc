#include "text/utf8.h"

#include <catch2/catch.hpp>
#include <string>

using wiredesk::text::IsValidUtf8;
using wiredesk::text::LooksBinary;
using wiredesk::text::RepairUtf8;

TEST_CASE("valid UTF-8 passes through unchanged") {
  const std::string text = "Hà Nội — “quotes” and emoji 📰";
  const auto repaired = RepairUtf8(text);
  CHECK(repaired.text == text);
  CHECK(repaired.replaced == 0);
  CHECK(IsValidUtf8(text));
}

TEST_CASE("each bad sequence becomes one U+FFFD and is counted") {
  // A stray continuation byte, a truncated 3-byte sequence, an overlong "/".
  const std::string bad = std::string("a\x80") + "b\xE1\x80" + "c\xC0\xAF" + "d";
  const auto repaired = RepairUtf8(bad);
  CHECK(repaired.text == "a\uFFFDb\uFFFDc\uFFFD\uFFFDd");
  CHECK(repaired.replaced == 4);
  CHECK_FALSE(IsValidUtf8(bad));
  CHECK(IsValidUtf8(repaired.text));
}

TEST_CASE("an encoded surrogate is ill-formed and replaced") {
  const std::string surrogate = "x\xED\xA0\x80y";  // U+D800 as WTF-8
  const auto repaired = RepairUtf8(surrogate);
  CHECK(IsValidUtf8(repaired.text));
  CHECK(repaired.replaced >= 1);
  CHECK(repaired.text.front() == 'x');
  CHECK(repaired.text.back() == 'y');
}

TEST_CASE("a text cut in the middle of a character keeps everything before it") {
  const std::string cut = std::string("Việt") + "\xE1\xBB";  // half of "ệ"
  const auto repaired = RepairUtf8(cut);
  CHECK(repaired.text == "Việt\uFFFD");
  CHECK(repaired.replaced == 1);
}

TEST_CASE("a byte-order mark at the start is dropped") {
  CHECK(RepairUtf8("\xEF\xBB\xBFHello").text == "Hello");
}

TEST_CASE("binary content is told apart from text") {
  CHECK(LooksBinary(std::string("PK\x03\x04\0\0", 6)));
  CHECK(LooksBinary("\x01\x02\x03\x04\x05\x06\x07\x08 abc"));
  CHECK_FALSE(LooksBinary("Plain news text.\r\n\tIndented line.\f"));
  CHECK_FALSE(LooksBinary(""));
}
