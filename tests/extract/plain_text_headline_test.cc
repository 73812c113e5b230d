#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "extract/extract.h"

namespace {

using wiredesk::extract::Article;
using wiredesk::extract::ExtractText;

bool Warned(const Article& article, const std::string& start) {
  return std::any_of(article.warnings.begin(), article.warnings.end(),
                     [&](const std::string& w) { return w.starts_with(start); });
}

const std::string kBody =
    "The county council voted on Monday to repair the old stone bridge over the river, "
    "which has been closed to traffic since the spring floods damaged two of its arches.\n\n"
    "Engineers said the repair would take about eight months and that the bridge would "
    "reopen to cars and buses before the end of next year, if the weather allows.\n\n"
    "Residents on both banks have driven a long way round for months, and shop owners in the "
    "old town said they had lost a third of their trade since the bridge was closed.\n";

}  // namespace

TEST_CASE("a page saved as text takes the headline above the article, not the site's top line") {
  const Article a = ExtractText(
      "Sign In\n\nRiverside Gazette\n\nNews\n\nSport\n\nWeather\n\n"
      "Council votes to repair the old stone bridge\n\nBy Ann Lee\n\nMarch 3, 2025\n\n" +
      kBody);
  CHECK(a.title == "Council votes to repair the old stone bridge");
  CHECK(std::none_of(a.paragraphs.begin(), a.paragraphs.end(),
                     [](const auto& p) { return p.text == "Sign In"; }));
  CHECK_FALSE(Warned(a, "no headline found"));
}

TEST_CASE("a line above the article that its text does not take up is not its headline") {
  // "Latest from our partners" reads like a headline and stands nearer, but
  // shares no word with the story.
  const Article a = ExtractText(
      "Menu\n\nBridge repair approved by county council\n\nLatest offers from our partners\n\n" +
      kBody);
  CHECK(a.title == "Bridge repair approved by county council");
}

TEST_CASE(
    "a top line apart from the article that shares no word with it is dropped with a warning") {
  const Article a = ExtractText(
      "Northfield Gazette Online Edition\n\nNews\n\nSport\n\nWeather\n\nArts\n\n" + kBody);
  CHECK(a.title.empty());
  CHECK(
      Warned(a, "no headline found: the line at the top (\"Northfield Gazette Online Edition\")"));
}

TEST_CASE("a pasted article keeps the headline it opens with") {
  const Article a = ExtractText("Stone bridge to reopen after repair\n\n" + kBody);
  CHECK(a.title == "Stone bridge to reopen after repair");
  // Even one that shares no word with the story under it.
  const Article b = ExtractText("Opening Bell 11.18.19\n\n" + kBody);
  CHECK(b.title == "Opening Bell 11.18.19");
}

TEST_CASE("list items, numbered sections and breadcrumbs above the article are not headlines") {
  const Article a = ExtractText(
      "• Old stone bridge repair news\n\n3. Bridge repair council vote\n\n"
      "Home > News > Old stone bridge repair\n\n" +
      kBody);
  CHECK(a.title.empty());
  CHECK(Warned(a,
               "no headline found: the line at the top (\"• Old stone bridge repair news\") "
               "is a list item"));
}

TEST_CASE("a date line that does not parse as a date leaves the published date empty") {
  const Article a = ExtractText("Council votes to repair the old stone bridge\n\n3 hours ago\n\n" +
                                kBody + "\nMarch 3, 2025\n");
  CHECK(a.published == "2025-03-03");
  const Article b =
      ExtractText("Council votes to repair the old stone bridge\n\n3 hours ago\n\n" + kBody);
  CHECK(b.published.empty());
}

TEST_CASE("a headline of a page saved as text may end with a bracketed note") {
  // "[Photos]" is part of the headline; a line that opens with a bracket is
  // an image's or a form's placeholder.
  const Article a = ExtractText(
      "Sign In\n\nRiverside Gazette\n\nNews\n\nSport\n\n[bridge-photo-1200x630]\n\n"
      "Council votes to repair the old stone bridge [Photos]\n\nBy Ann Lee\n\n" +
      kBody);
  CHECK(a.title == "Council votes to repair the old stone bridge [Photos]");
}
