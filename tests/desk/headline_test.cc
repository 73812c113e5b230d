#include "desk/headline.h"

#include <catch2/catch.hpp>
#include <string>
#include <variant>
#include <vector>

#include "desk/desk.h"

namespace {

using wiredesk::desk::Desk;
using wiredesk::desk::Document;
using wiredesk::desk::IsRealHeadline;
using wiredesk::desk::Story;

const char* const kBody[] = {
    "The council of the river town voted on Tuesday evening to rebuild the old stone bridge, "
    "closed since floods cracked two of its arches in the spring.",
    "Engineers told the meeting that repairs would take eighteen months and cost about four "
    "million, "
    "most of it paid by a regional fund for flood damage.",
    "Shop owners on both banks said the detour had halved their trade, and several asked the "
    "council "
    "to open a temporary footbridge before the winter market.",
    "The mayor promised a decision on the footbridge within a month, after a survey of the "
    "riverbed "
    "by the same engineers who inspected the arches."};

Document Page() {
  std::string html =
      "<html lang=\"en\"><head><title>Town votes to rebuild its flooded bridge</title>"
      "<meta property=\"article:published_time\" content=\"2024-05-14T18:30:00Z\">"
      "<link rel=\"canonical\" href=\"https://example.org/bridge\"></head><body><article>"
      "<h1>Town votes to rebuild its flooded bridge</h1>";
  for (const char* paragraph : kBody) html += std::string("<p>") + paragraph + "</p>";
  html += "</article></body></html>";
  Document document;
  document.id = "page";
  document.format = "html";
  document.content = html;
  return document;
}

// The same page copied as text, opening with a bulleted teaser from its sidebar.
Document TextCopy() {
  std::string text = "\u2022 Mayor of the river town\n\n";
  for (const char* paragraph : kBody) text += std::string(paragraph) + "\n\n";
  Document document;
  document.id = "copy";
  document.format = "text";
  document.content = text;
  return document;
}

}  // namespace

TEST_CASE("list items, captions, menus and prompts are no headline") {
  CHECK(IsRealHeadline("Opening Bell 11.18.19"));
  CHECK(IsRealHeadline("Town votes to rebuild its flooded bridge"));
  CHECK_FALSE(IsRealHeadline("\u2022 Mayor of the river town"));
  CHECK_FALSE(IsRealHeadline("Photo: the bridge after the flood"));
  CHECK_FALSE(IsRealHeadline("Home | World | Business"));
  CHECK_FALSE(IsRealHeadline("Sign in to your account"));
  CHECK_FALSE(IsRealHeadline("Menu"));
  CHECK_FALSE(IsRealHeadline("River Town Courier logo"));
  CHECK_FALSE(IsRealHeadline("Related stories:"));
  CHECK_FALSE(IsRealHeadline(""));
}

TEST_CASE("a page and its text copy are shown with the page's headline, the page canonical") {
  Desk desk;
  REQUIRE(std::holds_alternative<std::string>(desk.Add(TextCopy())));
  REQUIRE(std::holds_alternative<std::string>(desk.Add(Page())));
  const std::vector<Story> stories = desk.Stories();
  REQUIRE(stories.size() == 1);
  CHECK(stories[0].members.size() == 2);
  CHECK(stories[0].canonical == "page");
  CHECK(stories[0].title == "Town votes to rebuild its flooded bridge");
}
