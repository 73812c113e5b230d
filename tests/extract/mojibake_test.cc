// Text that was UTF-8, read once as Windows-1252 or Latin-1 and written out
// again: the headline reads as the author wrote it.
#include "extract/mojibake.h"

#include <catch2/catch.hpp>
#include <string>

#include "extract/extract.h"

using wiredesk::extract::ExtractHtml;
using wiredesk::extract::RepairMojibake;

TEST_CASE("an apostrophe read through Windows-1252 becomes an apostrophe again") {
  // "’" is E2 80 99; through Windows-1252 that is "â€™".
  CHECK(RepairMojibake("The miller\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s footbridge") ==
        "The miller\xE2\x80\x99s footbridge");
  // Through Latin-1 the same bytes give "â" and two control characters.
  CHECK(RepairMojibake("The miller\xC3\xA2\xC2\x80\xC2\x99s footbridge") ==
        "The miller\xE2\x80\x99s footbridge");
  // "é" (C3 A9) read as Latin-1 is "Ã©".
  CHECK(RepairMojibake("Caf\xC3\x83\xC2\xA9 by the weir") == "Caf\xC3\xA9 by the weir");
}

TEST_CASE("accented letters that are no mis-read sequence are kept as they are") {
  const std::string text = "D\xC3\xA9j\xC3\xA0 vu at the caf\xC3\xA9, na\xC3\xAFve and NA\xC3\x83O";
  CHECK(RepairMojibake(text) == text);
  CHECK(RepairMojibake("") == "");
}

TEST_CASE(
    "a headline stored through the wrong charset is repaired, and still kept out of the body") {
  const std::string mangled =
      "The miller\xC3\xA2\xC2\x80\xC2\x99s footbridge will reopen in spring";
  const auto article = ExtractHtml(
      "<html><head><title>" + mangled + "</title></head><body><article><h1>" + mangled +
      "</h1><p>The parish council agreed on Thursday to reopen the footbridge over the mill "
      "stream, closed since a flood washed away two of its wooden piers three winters ago.</p>"
      "<p>Volunteers will rebuild the piers in oak over the summer, and the council will pay for "
      "the steel fixings and the inspection the county requires.</p></article></body></html>");
  CHECK(article.title == "The miller\xE2\x80\x99s footbridge will reopen in spring");
  for (const auto& paragraph : article.paragraphs)
    CHECK(paragraph.text.find("footbridge will") == std::string::npos);
}
