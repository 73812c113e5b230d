#include "extract/reflow.h"

#include <catch2/catch.hpp>
#include <string>

using wiredesk::extract::Reflow;

namespace {

// A paragraph of the INTERPOL wire story as a text-mode browser dumps it at
// 60 columns, and a heading after a blank line.
constexpr const char* kWrappedDump =
    "At the 88th INTERPOL General Assembly taking place in\n"
    "Santiago de Chile on October 15-18, Thanh stressed the law\n"
    "enforcement authorities of the INTERPOL member countries\n"
    "should put forth coordination and information sharing so as\n"
    "to effectively combat high-tech crimes.\n"
    "\n"
    "See more\n";

}  // namespace

TEST_CASE("a dump wrapped at a fixed width is re-flowed into its paragraphs") {
  const auto paragraphs = Reflow(kWrappedDump);
  REQUIRE(paragraphs.size() == 2);
  CHECK(paragraphs[0].text ==
        "At the 88th INTERPOL General Assembly taking place in Santiago de Chile on October "
        "15-18, Thanh stressed the law enforcement authorities of the INTERPOL member countries "
        "should put forth coordination and information sharing so as to effectively combat "
        "high-tech crimes.");
  CHECK(paragraphs[1].text == "See more");
  CHECK(paragraphs[1].after_blank);
}

TEST_CASE("a page pasted with one paragraph a line keeps its lines, short items included") {
  const auto paragraphs = Reflow(
      "Tour dates:\n"
      "October 15 Santiago\n"
      "October 18 Hanoi\n");
  REQUIRE(paragraphs.size() == 3);
  CHECK(paragraphs[0].text == "Tour dates:");
  CHECK(paragraphs[0].after_blank);
  CHECK(paragraphs[1].text == "October 15 Santiago");
  CHECK_FALSE(paragraphs[1].after_blank);
}

TEST_CASE("wrapped Japanese lines join without a space") {
  // Three lines of 23 wide characters, 46 columns: a wrapping width.
  const std::string line = "国際刑事警察機構の総会はチリのサンティアゴで開";
  const auto paragraphs = Reflow(line + "\n" + line + "\n" + line + "\n" + "かれた。\n");
  REQUIRE(paragraphs.size() == 1);
  CHECK(paragraphs[0].text == line + line + line + "かれた。");
}
