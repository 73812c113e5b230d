#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "extract/extract.h"
#include "extract/html_metadata.h"

namespace {

using wiredesk::extract::Article;
using wiredesk::extract::BodyText;
using wiredesk::extract::ExtractHtml;

bool Removed(const Article& article, const std::string& reason) {
  return std::any_of(article.removed.begin(), article.removed.end(),
                     [&](const auto& block) { return block.reason == reason; });
}

const std::string kParagraphs =
    "<p>The city council voted on Tuesday to expand the tram network into the eastern suburbs, "
    "ending a debate that has lasted more than a decade, officials said.</p>"
    "<p>The new line, which will cost about 400 million euros, is expected to carry 60,000 "
    "passengers a day when it opens, according to the transport authority.</p>"
    "<p>Opponents argued that buses would have been cheaper, but the mayor said the tram would "
    "cut journey times and pollution, and that construction would start next spring.</p>";

std::string Page(const std::string& head, const std::string& body) {
  return "<!doctype html><html lang=\"en\"><head>" + head + "</head><body>" + body +
         "</body></html>";
}

}  // namespace

TEST_CASE("the article body is found among menus, sidebars and footers") {
  const Article a = ExtractHtml(
      Page("<title>Council backs tram extension - City Times</title>",
           "<nav><ul><li><a href=/>Home</a></li><li><a href=/news>News</a></li></ul></nav>"
           "<div class=\"sidebar\"><h3>Most read</h3><ul><li><a href=/a>Another story about "
           "something</a></li></ul></div>"
           "<article><h1>Council backs tram extension</h1>" +
               kParagraphs +
               "</article>"
               "<footer>© City Times. All rights reserved.</footer>"));
  CHECK(a.title == "Council backs tram extension");
  CHECK(a.lang == "en");
  REQUIRE(a.paragraphs.size() == 3);
  CHECK(a.paragraphs[0].text.rfind("The city council voted on Tuesday", 0) == 0);
  CHECK(Removed(a, "menu"));
  CHECK(Removed(a, "footer"));
  CHECK(BodyText(a).find("Most read") == std::string::npos);
}

TEST_CASE("a caption inside a figure in the article is removed as a photo caption") {
  const Article a =
      ExtractHtml(Page("", "<article>" + kParagraphs.substr(0, kParagraphs.find("</p>") + 4) +
                               "<figure><img src=t.jpg><figcaption>The tram depot in the east of "
                               "the city. (Photo: City Times)</figcaption></figure>" +
                               kParagraphs.substr(kParagraphs.find("</p>") + 4) + "</article>"));
  CHECK(a.paragraphs.size() == 3);
  CHECK(BodyText(a).find("tram depot") == std::string::npos);
  CHECK(Removed(a, "photo caption"));
}

TEST_CASE("a related-articles list inside the article is removed") {
  const Article a = ExtractHtml(Page(
      "", "<article>" + kParagraphs +
              "<div class=\"related-links\"><h3>Related</h3><ul>"
              "<li><a href=/1>Bus fares to rise in January, transport authority says</a></li>"
              "<li><a href=/2>Eastern suburbs grow faster than the city centre</a></li></ul></div>"
              "<ul><li><a href=/3>Mayor wins second term</a></li><li><a href=/4>Bridge closed for "
              "repairs</a></li></ul>"
              "</article>"));
  CHECK(a.paragraphs.size() == 3);
  CHECK(BodyText(a).find("Bus fares") == std::string::npos);
  CHECK(BodyText(a).find("Mayor wins") == std::string::npos);
}

TEST_CASE("a digest item, a linked headline followed by its own sentences, is kept") {
  const Article a = ExtractHtml(Page(
      "", "<article>" + kParagraphs +
              "<ul><li><strong><a href=/1>Bus fares will rise in January for the first time in "
              "six years as fuel and wage costs climb, the transport authority says</a>.</strong> "
              "Single tickets go up by ten cents and monthly passes by two euros, the first rise "
              "since the tram opened.</li>"
              "<li><a href=/2>Mayor wins second term</a></li></ul></article>"));
  CHECK(BodyText(a).find("Single tickets go up") != std::string::npos);
  CHECK(BodyText(a).find("Mayor wins") == std::string::npos);
}

TEST_CASE("a digest item whose own sentence after the linked headline is short is kept") {
  const Article a = ExtractHtml(Page(
      "", "<article>" + kParagraphs +
              "<ul><li><a href=/1>Night buses will run every twenty minutes on weekends from "
              "March, the transport authority says.</a> Drivers' unions welcomed the extra paid "
              "shifts.</li><li><a href=/2>Mayor wins second term</a></li></ul></article>"));
  CHECK(BodyText(a).find("Drivers' unions welcomed") != std::string::npos);
  CHECK(BodyText(a).find("Mayor wins") == std::string::npos);
}

TEST_CASE("a short closing sentence that ends with an ideographic full stop is kept") {
  const Article a = ExtractHtml(
      Page("",
           "<article><p>町の議会は木曜日、三年前の洪水で壊れた小川の歩道橋を春に再開すること"
           "を決めました。</p><p>ボランティアが夏の間にオークで橋脚を作り直し、議会は鉄の金具"
           "と検査の費用を払います。</p><p>住民は喜んでいます。</p></article>"));
  CHECK(BodyText(a).find("住民は喜んでいます。") != std::string::npos);
}

TEST_CASE("a timetable of several lines before the first paragraph is kept") {
  std::string timetable = "<p><strong>Timetable</strong></p>";
  for (const char* day : {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}) {
    timetable += std::string("<div>") + day + " 6pm to 7pm, village hall, room 2, Ann Lee</div>";
  }
  const Article a = ExtractHtml(Page("", "<article>" + timetable + kParagraphs + "</article>"));
  CHECK(BodyText(a).find("Wednesday 6pm to 7pm") != std::string::npos);
  CHECK(BodyText(a).find("Friday 6pm to 7pm") != std::string::npos);
}

TEST_CASE("share and subscribe lines and a paywall teaser in the body are dropped") {
  const Article a = ExtractHtml(Page("", "<div class=\"story-body\">" + kParagraphs +
                                             "<p>Share this article</p><p>Subscribe to our "
                                             "newsletter for the latest news.</p></div>"));
  CHECK(a.paragraphs.size() == 3);
  CHECK(Removed(a, "share or subscribe line"));
}

TEST_CASE("JSON-LD and meta tags give headline, byline, date and canonical URL") {
  const Article a = ExtractHtml(Page(
      "<title>Ignored | Site</title><link rel=canonical href=\"https://example.org/tram\">"
      "<meta property=\"og:site_name\" content=\"City Times\">"
      "<script "
      "type=\"application/ld+json\">{\"@context\":\"https://"
      "schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\","
      "\"headline\":\"Council backs tram extension\",\"datePublished\":\"2019-11-19T08:00:00Z\","
      "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"}]}]}</script>",
      "<article>" + kParagraphs + "</article>"));
  CHECK(a.title == "Council backs tram extension");
  CHECK(a.byline == "Jane Doe");
  CHECK(a.published == "2019-11-19T08:00:00Z");
  CHECK(a.url == "https://example.org/tram");
}

TEST_CASE("the site name is removed from a title, wherever it stands") {
  using wiredesk::extract::RemoveSiteName;
  CHECK(RemoveSiteName("Stocks fall as rates rise - WSJ", "") == "Stocks fall as rates rise");
  CHECK(RemoveSiteName("City Times | Council backs tram extension", "City Times") ==
        "Council backs tram extension");
  CHECK(RemoveSiteName("Hanoi - Paris: a new route opens", "") ==
        "Hanoi - Paris: a new route opens");
}

TEST_CASE("a page with no article gives an empty body and a warning, not its menu") {
  const Article a =
      ExtractHtml(Page("<title>Log in</title>",
                       "<nav><a href=/>Home</a> <a href=/login>Log in</a></nav><form><input "
                       "name=user><button>Go</button></form>"));
  CHECK(a.paragraphs.empty());
  CHECK(a.warnings == std::vector<std::string>{"no article text found on this page"});
}

TEST_CASE("100,000 nested divs, no body, or binary bytes give a result, not a crash") {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep +=
      "<p>Deep text that is long enough to be a paragraph of an article, said the officials.</p>";
  const Article nested = ExtractHtml(deep);
  CHECK(nested.paragraphs.size() <= 1);

  const Article bodiless = ExtractHtml("<html><head><title>Only a head</title></head></html>");
  CHECK(bodiless.title == "Only a head");
  CHECK(bodiless.paragraphs.empty());

  const std::string binary("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", 18);
  const Article garbage = ExtractHtml(binary);
  CHECK(garbage.paragraphs.empty());
  CHECK_FALSE(garbage.warnings.empty());
}

TEST_CASE("a quoted social post embedded in the story is kept as a quote") {
  const Article a = ExtractHtml(Page("", "<article>" + kParagraphs +
                                             "<div class=\"social-media-embed\"><blockquote "
                                             "class=\"twitter-tweet\"><p>The tram will change "
                                             "how we live in the east of the city, and we waited "
                                             "long enough for it.</p>— Resident (@resident) "
                                             "November 19, 2019</blockquote></div></article>"));
  REQUIRE(a.paragraphs.size() >= 4);
  CHECK(a.paragraphs[3].kind == wiredesk::extract::Paragraph::Kind::kQuote);
  CHECK(a.paragraphs[3].text.rfind("The tram will change how we live", 0) == 0);
}
