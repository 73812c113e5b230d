#include <catch2/catch.hpp>

#include "text/charset.h"

using wiredesk::text::DecodeToUtf8;
using wiredesk::text::DeclaredCharset;

TEST_CASE("the declared charset is found in meta tags, XML declarations and byte-order marks") {
  CHECK(DeclaredCharset("<html><head><meta charset=\"ISO-8859-1\"></head>") == "iso-8859-1");
  CHECK(DeclaredCharset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">") ==
        "windows-1258");
  CHECK(DeclaredCharset("<?xml version=\"1.0\" encoding=\"KOI8-R\"?><rss>") == "koi8-r");
  CHECK(DeclaredCharset("\xEF\xBB\xBF<html>") == "utf-8");
  CHECK(DeclaredCharset("<html><body>No charset here</body></html>").empty());
}

TEST_CASE("a page in a legacy charset is decoded to UTF-8") {
  CHECK(DecodeToUtf8("caf\xE9 cr\xE8me", "iso-8859-1").text == "café crème");
  CHECK(DecodeToUtf8("\x93quoted\x94 \x80", "windows-1252").text == "“quoted” €");
  CHECK(DecodeToUtf8("\xD0\xD2\xC9\xD7\xC5\xD4", "koi8-r").text == "привет");
}

TEST_CASE("undeclared bytes that are not UTF-8 are read as windows-1252, with a warning") {
  const auto decoded = DecodeToUtf8("na\xEFve", "");
  CHECK(decoded.text == "naïve");
  CHECK_FALSE(decoded.warning.empty());
  CHECK(DecodeToUtf8("Hà Nội", "").text == "Hà Nội");
  CHECK(DecodeToUtf8("Hà Nội", "").warning.empty());
}

TEST_CASE("a charset that can't be opened leaves the bytes with a warning") {
  const auto decoded = DecodeToUtf8("text", "x-no-such-charset");
  CHECK(decoded.text == "text");
  CHECK(decoded.warning.find("x-no-such-charset") != std::string::npos);
}
