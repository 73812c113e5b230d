// Headline, byline and date from the sources pages give them in, and dates
// only ever as ISO 8601.
#include <catch2/catch.hpp>
#include <string>

#include "extract/extract.h"
#include "extract/iso_date.h"

namespace {

using wiredesk::extract::Article;
using wiredesk::extract::ExtractHtml;
using wiredesk::extract::IsoDate;

const std::string kBody =
    "<p>The harbour authority approved a plan on Monday to dredge the northern channel, which "
    "has silted up since the storms of last winter, so that larger ferries can dock again.</p>"
    "<p>Fishermen welcomed the decision, saying the shallow water had forced them to wait for "
    "high tide before landing their catch, and had cost them two hours on most days.</p>";

}  // namespace

TEST_CASE("dates are read in the forms pages write them and given as ISO 8601") {
  CHECK(IsoDate("2025-09-04T10:00:00+02:00") == "2025-09-04T10:00:00+02:00");
  CHECK(IsoDate("2025-09-04 10:00") == "2025-09-04T10:00:00");
  CHECK(IsoDate("2025-09-04T10:00:00.000Z") == "2025-09-04T10:00:00Z");
  CHECK(IsoDate("Sept. 4th, 2025, 10:30 am") == "2025-09-04");
  CHECK(IsoDate("Thu, 4 Sep 2025 10:00:00 GMT") == "2025-09-04");
  CHECK(IsoDate("4th of September 2025") == "2025-09-04");
  CHECK(IsoDate("13/09/2025") == "2025-09-13");
  CHECK(IsoDate("09/13/2025") == "2025-09-13");
  CHECK(IsoDate("4.9.2025") == "2025-09-04");
}

TEST_CASE("what is not a date never fills the date") {
  CHECK(IsoDate("858shares").empty());
  CHECK(IsoDate("logo_dfw_2x").empty());
  CHECK(IsoDate("03-5829-8082").empty());
  CHECK(IsoDate("04/09/2025").empty());  // April 9 or 4 September: can't be told
  CHECK(IsoDate("February 30, 2025").empty());
  CHECK(IsoDate("Room 2025").empty());
}

TEST_CASE("JSON-LD naming its author by @id in a graph gives the byline") {
  const Article article = ExtractHtml(
      "<html><head><script type='application/ld+json'>{\"@context\":\"https://schema.org\","
      "\"@graph\":[{\"@type\":\"Article\",\"headline\":\"Harbour to be dredged\","
      "\"author\":{\"@id\":\"#ann\"},\"datePublished\":\"2024-03-17T08:00:00+00:00\"},"
      "{\"@type\":\"Person\",\"@id\":\"#ann\",\"name\":\"Ann Lee\"}]}</script></head><body>"
      "<h1>Harbour to be dredged</h1>" +
      kBody + "</body></html>");
  CHECK(article.title == "Harbour to be dredged");
  CHECK(article.byline == "Ann Lee");
  CHECK(article.published == "2024-03-17T08:00:00+00:00");
}

TEST_CASE("the headline is the <h1> the declared titles agree with, without the site name") {
  const Article article = ExtractHtml(
      "<html><head><title>Harbour to be dredged &#8211; The Coast Courier</title>"
      "<meta property='og:title' content='Harbour to be dredged | The Coast Courier'>"
      "<meta property='og:site_name' content='The Coast Courier'></head><body>"
      "<h1>The Coast Courier</h1><h1>Harbour to be dredged</h1>" +
      kBody + "</body></html>");
  CHECK(article.title == "Harbour to be dredged");
}

TEST_CASE("a visible byline line gives the name without its date, and the date apart") {
  const Article article = ExtractHtml(
      "<html><body><h1>Harbour to be dredged</h1>"
      "<div class='post-byline'>By Ann Lee - March 17, 2024</div>" +
      kBody + "</body></html>");
  CHECK(article.byline == "Ann Lee");
  CHECK(article.published == "2024-03-17");
}

TEST_CASE("a date printed only for the reader near the headline is found") {
  const Article article =
      ExtractHtml("<html><body><h1>Harbour to be dredged</h1><div><span>Dec 17, 2025</span></div>" +
                  kBody + "</body></html>");
  CHECK(article.published == "2025-12-17");
}

TEST_CASE("a meta date that is not a date is dropped, not passed on") {
  const Article article = ExtractHtml(
      "<html><head><meta name='date' content='858shares'></head><body><h1>Harbour to be "
      "dredged</h1>" +
      kBody + "</body></html>");
  CHECK(article.published.empty());
}
