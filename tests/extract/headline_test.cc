// The headline chosen among the page's <h1>s and its declared titles
// (JSON-LD, OpenGraph, <title>): the words the page shows, without the site
// name, a section after a pipe, a date or a label run into the heading.
#include <catch2/catch.hpp>
#include <string>

#include "extract/extract.h"

namespace {

using wiredesk::extract::Article;
using wiredesk::extract::BodyText;
using wiredesk::extract::ExtractHtml;

const std::string kBody =
    "<p>The parish council agreed on Thursday to reopen the footbridge over the mill stream, "
    "closed since a flood washed away two of its wooden piers three winters ago.</p>"
    "<p>Volunteers will rebuild the piers in oak over the summer, and the council will pay "
    "for the steel fixings and the inspection the county requires before walkers return.</p>";

Article FromPage(const std::string& head, const std::string& body) {
  return ExtractHtml("<html><head>" + head + "</head><body>" + body + kBody + "</body></html>");
}

}  // namespace

TEST_CASE("what follows a pipe in the headline is a section or site name, and is dropped") {
  const Article article =
      FromPage("<meta property='og:title' content='Footbridge to reopen | Village Life'>",
               "<article><h1>Footbridge to reopen | Village Life</h1>");
  CHECK(article.title == "Footbridge to reopen");
  // The heading the page printed is still recognised and kept out of the body.
  CHECK(BodyText(article).find("Village Life") == std::string::npos);
  // A pipe after a short label keeps the longer side as it is.
  CHECK(FromPage("<meta property='og:title' content='News | Footbridge over the stream to reopen'>",
                 "<h1>News | Footbridge over the stream to reopen</h1>")
            .title == "News | Footbridge over the stream to reopen");
}

TEST_CASE("a subtitle as long as a sentence after a pipe is part of the headline") {
  const Article article = FromPage(
      "<meta property='og:title' content='Footbridge over the mill stream to reopen in spring | "
      "What the village did after the flood'>",
      "<h1>Footbridge over the mill stream to reopen in spring | What the village did after the "
      "flood</h1>");
  CHECK(article.title ==
        "Footbridge over the mill stream to reopen in spring | What the village did after the "
        "flood");
}

TEST_CASE("characters the <h1> lost to '?' come back from a declared title with its words") {
  CHECK(FromPage("<meta property='og:title' content=\"Footbridge to reopen: the miller's "
                 "view\">",
                 "<h1>Footbridge to reopen? the miller? view</h1>")
            .title == "Footbridge to reopen: the miller's view");
  // A question the headline asks is its own.
  CHECK(FromPage("<meta property='og:title' content='Will the footbridge reopen in spring'>",
                 "<h1>Will the footbridge reopen in spring?</h1>")
            .title == "Will the footbridge reopen in spring?");
}

TEST_CASE("the site's logo in an <h1> does not beat the story's own <h1>") {
  const Article article = FromPage(
      "<title>Footbridge to reopen in spring - The Mill Stream Gazette</title>"
      "<meta property='og:title' content='Footbridge to reopen in spring'>",
      "<header><h1>Mill Stream Gazette</h1></header><article><h1>Footbridge to reopen in "
      "spring</h1>");
  CHECK(article.title == "Footbridge to reopen in spring");
}

TEST_CASE("a headline set in capitals takes its words and case from the declared title") {
  const Article article =
      FromPage("<meta property='og:title' content='The Footbridge Will Reopen in Spring'>",
               "<h1>THE FOOTBRIDGE WILL REOPEN THIS SPRING</h1>");
  CHECK(article.title == "The Footbridge Will Reopen in Spring");
}

TEST_CASE("a date or a one-word label run into the <h1> is not part of the headline") {
  CHECK(FromPage("<meta property='og:title' content='Footbridge to reopen in spring'>",
                 "<h1><span>Mar 4 2025</span> Footbridge to reopen in spring</h1>")
            .title == "Footbridge to reopen in spring");
  CHECK(FromPage("<meta property='og:title' content='Footbridge to reopen in spring'>",
                 "<h1>News: Footbridge to reopen in spring</h1>")
            .title == "Footbridge to reopen in spring");
}

TEST_CASE("a brand the <title> puts before the story is not the headline, though set in an <h1>") {
  const Article article = FromPage(
      "<title>Mill Stream Notes: Footbridge to reopen in spring</title>"
      "<meta property='og:title' content='Footbridge to reopen in spring'>",
      "<header><h1>Mill Stream Notes</h1></header>");
  CHECK(article.title == "Footbridge to reopen in spring");
}

TEST_CASE("an <h1> that is one word of a long declared title is not the headline") {
  const Article article = FromPage(
      "<meta property='og:title' content='How the village rebuilt its bridges after the flood of "
      "three winters ago'>",
      "<h1>Bridges</h1>");
  CHECK(article.title ==
        "How the village rebuilt its bridges after the flood of three winters ago");
}

TEST_CASE("a date line run into the end of the <h1> is not part of the headline") {
  const Article article = FromPage(
      "<meta property='og:title' content='Footbridge to reopen in spring'>",
      "<h1>Footbridge to reopen in spring <small>Posted on June 2, 2025 by Ann</small></h1>");
  CHECK(article.title == "Footbridge to reopen in spring");
}

TEST_CASE("a JSON-LD headline cut short gives way to the whole declared title") {
  const Article article = FromPage(
      "<script type='application/ld+json'>{\"@type\":\"Article\",\"headline\":\"Footbridge over "
      "the mill stream to reopen in spring after three winters of\"}</script>"
      "<meta property='og:title' content='Footbridge over the mill stream to reopen in spring "
      "after three winters of waiting'>",
      "");
  CHECK(article.title ==
        "Footbridge over the mill stream to reopen in spring after three winters of waiting");
}

TEST_CASE("an <h1> below the article's first paragraph is a pull quote, not the headline") {
  const Article article = FromPage(
      "<title>Footbridge to reopen in spring | Village Life</title>",
      "<article><p>The footbridge over the mill stream has been closed since the flood, and the "
      "walk from the church to the school has taken twenty minutes longer ever since, by the "
      "lane that has no pavement and a bend where the lorries cannot see the children.</p>"
      "<h1>We have waited three winters for this bridge</h1></article>");
  CHECK(article.title == "Footbridge to reopen in spring");
}

TEST_CASE(
    "the site's name after the story in the <title>, set in an <h1> too, is not the headline") {
  const Article article = FromPage(
      "<title>Footbridge to reopen in spring - Mill Stream Notes</title>"
      "<meta property='og:title' content='Footbridge to reopen in spring'>",
      "<header><h1>Mill Stream Notes</h1></header><article><h1>Footbridge to reopen in "
      "spring</h1>");
  CHECK(article.title == "Footbridge to reopen in spring");
}

TEST_CASE("a site name the page repeats in its title and its <h1> is dropped from both") {
  const Article article = FromPage(
      "<meta property='og:site_name' content='Village Life'>"
      "<meta property='og:title' content='Footbridge to reopen in spring – Village Life - Village "
      "Life'>",
      "<h1>Footbridge to reopen in spring – Village Life</h1>");
  CHECK(article.title == "Footbridge to reopen in spring");
}

TEST_CASE("an OpenGraph title that is only the site's name does not make the <h1> a logo") {
  const Article article = FromPage(
      "<title>Footbridge to reopen in spring | Millbrook</title>"
      "<meta property='og:title' content='Millbrook'>",
      "<h1>Footbridge to reopen in spring</h1>");
  CHECK(article.title == "Footbridge to reopen in spring");
}

TEST_CASE("a declared title the page prints as a lower heading beats an <h1> worded otherwise") {
  const std::string head =
      "<meta property='og:title' content='Footbridge over the mill stream to reopen'>";
  CHECK(FromPage(head,
                 "<h1>Walk the valley path again this summer</h1>"
                 "<h2>Footbridge over the mill stream to reopen</h2>")
            .title == "Footbridge over the mill stream to reopen");
  // Printed nowhere but the head, the title is the search engines' wording.
  CHECK(FromPage(head, "<h1>Walk the valley path again this summer</h1><h2>Opening times</h2>")
            .title == "Walk the valley path again this summer");
}
