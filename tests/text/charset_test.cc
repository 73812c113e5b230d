#include "text/charset.h"

#include <catch2/catch.hpp>

using wiredesk::text::DeclaredCharset;
using wiredesk::text::DecodeToUtf8;

TEST_CASE("the declared charset is found in meta tags, XML declarations and byte-order marks") {
  CHECK(DeclaredCharset("<html><head><meta charset=\"ISO-8859-1\"></head>") == "iso-8859-1");
  CHECK(DeclaredCharset(
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">") ==
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

TEST_CASE("a charset the wasm build has no table for is refused on every target alike") {
  // Shift_JIS for "日本": natively ICU could decode it, the wasm data can't.
  const auto shift_jis = DecodeToUtf8("\x93\xFA\x96\x7B", "shift_jis");
  CHECK(shift_jis.text == "\x93\xFA\x96\x7B");
  CHECK(shift_jis.warning == "charset \"shift_jis\" can't be decoded here; bytes read as UTF-8");
  CHECK(DecodeToUtf8("\xC4\xFA", "gbk").warning ==
        "charset \"gbk\" can't be decoded here; bytes read as UTF-8");
  CHECK(DecodeToUtf8("caf\xE9", "latin1").text == "café");
  CHECK(DecodeToUtf8("\xA4", "iso-8859-15").text == "€");
  CHECK(DecodeToUtf8("\xA1", "ibm-874").text == "ก");
}
