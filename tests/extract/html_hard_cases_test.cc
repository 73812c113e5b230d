#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "extract/extract.h"

// Pages whose shape trips simple extractors: live blogs, paywalls, bodies cut
// into sections, headline lists and credits inside the article.

namespace {

using wiredesk::extract::Article;
using wiredesk::extract::BodyText;
using wiredesk::extract::ExtractHtml;

bool Removed(const Article& article, const std::string& reason, const std::string& fragment) {
  return std::any_of(article.removed.begin(), article.removed.end(), [&](const auto& block) {
    return block.reason == reason && block.text.find(fragment) != std::string::npos;
  });
}

bool Has(const Article& article, const std::string& fragment) {
  return BodyText(article).find(fragment) != std::string::npos;
}

std::string Page(const std::string& body) {
  return "<!doctype html><html lang=\"en\"><head><title>Flood defences - River "
         "News</title></head><body>"
         "<nav><ul><li><a href=/>Home</a></li><li><a href=/local>Local</a></li></ul></nav>" +
         body + "<footer>© River News. All rights reserved.</footer></body></html>";
}

const std::string kFirst =
    "<p>Engineers began raising the flood wall along the river on Monday, a project the council "
    "says "
    "will protect 4,000 homes from the kind of flooding that hit the town two winters ago.</p>";
const std::string kSecond =
    "<p>The work, paid for by a national grant, will close the riverside path for six months, and "
    "cyclists will be sent through the park instead, the council said in a statement.</p>";
const std::string kThird =
    "<p>Residents who lost furniture and cars in the last flood said they welcomed the wall, but "
    "some "
    "shop owners worried that the closure of the path would keep customers away.</p>";

}  // namespace

TEST_CASE("a live blog keeps every post's text and drops the time stamps between them") {
  const Article a =
      ExtractHtml(Page("<main><h1>Flood defences: live updates</h1><div class=\"live-blog\">"
                       "<div class=\"post\"><time>10:42</time><h3>Work begins</h3>" +
                       kFirst +
                       "</div>"
                       "<div class=\"post\"><time>11:15</time><h3>Path closed</h3>" +
                       kSecond +
                       "</div>"
                       "<div class=\"post\"><time>12:03</time><h3>Residents react</h3>" +
                       kThird +
                       "</div>"
                       "</div></main>"));
  CHECK(Has(a, "Engineers began raising"));
  CHECK(Has(a, "riverside path"));
  CHECK(Has(a, "shop owners worried"));
  CHECK_FALSE(Has(a, "10:42"));
}

TEST_CASE("a paywall's teaser after the free paragraphs is dropped") {
  const Article a = ExtractHtml(Page("<article>" + kFirst + kSecond +
                                     "<div class=\"paywall-prompt\"><p>Subscribe now to continue "
                                     "reading. Already a subscriber? Log in.</p>"
                                     "<a href=/subscribe>Subscribe</a></div></article>"));
  CHECK(a.paragraphs.size() == 2);
  CHECK_FALSE(Has(a, "continue reading"));
}

TEST_CASE("a body cut into sections by a figure, each in its own wrappers, is taken whole") {
  const Article a = ExtractHtml(
      Page("<main><section class=\"outer\"><div class=\"container\"><div class=\"post__content\">" +
           kFirst +
           "</div></div></section><figure><img src=wall.jpg><figcaption>The old wall in "
           "2018.</figcaption></figure>"
           "<section class=\"outer\"><div class=\"container\"><div class=\"post__content\">" +
           kSecond + kThird +
           "<p>The council expects the wall to be finished before next winter's storms, weather "
           "permitting.</p>"
           "</div></div></section></main>"));
  CHECK(Has(a, "Engineers began raising"));
  CHECK(Has(a, "shop owners worried"));
  CHECK_FALSE(Has(a, "old wall in 2018"));
}

TEST_CASE("a More: heading in the body takes the other stories' headlines with it") {
  const Article a =
      ExtractHtml(Page("<article>" + kFirst + kSecond +
                       "<h4>More:</h4>"
                       "<h3><a href=/a>Town council approves new bridge</a></h3><h3><a "
                       "href=/b>Storm warning for the coast</a></h3>" +
                       kThird + "</article>"));
  CHECK(Removed(a, "related-articles block", "More"));
  CHECK(Removed(a, "teaser block", "Town council approves new bridge"));
  CHECK_FALSE(Has(a, "Storm warning"));
  CHECK(Has(a, "shop owners worried"));
}

TEST_CASE("a photo's credit line inside the body is removed") {
  const Article a = ExtractHtml(Page(
      "<article>" + kFirst +
      "<div class=\"photo\"><img src=wall.jpg><span>Jane Roe | Reuters/Getty Images</span></div>" +
      kSecond + kThird + "</article>"));
  CHECK(a.paragraphs.size() == 3);
  CHECK_FALSE(Has(a, "Getty Images"));
}
