// Tables and code listings are the article's own text, however the page
// wraps and classes them.
#include <catch2/catch.hpp>
#include <string>

#include "extract/extract.h"

namespace {

using wiredesk::extract::BodyText;
using wiredesk::extract::ExtractHtml;

const std::string kProse =
    "<p>The council compared the three bus routes that serve the hospital before deciding "
    "which one to extend into the new estate on the hill, and published its figures.</p>"
    "<p>Route four carries the most passengers, but route nine is the only one with buses "
    "that can take the steep road past the school, so the choice was not a simple one.</p>";

std::string Page(const std::string& headline, const std::string& middle) {
  return "<html><body><article><h1>" + headline + "</h1>" + kProse + middle + kProse +
         "</article></body></html>";
}

}  // namespace

TEST_CASE("a table wrapped in a <figure> is kept as article text") {
  const std::string text =
      BodyText(ExtractHtml(Page("Which bus goes up the hill",
                                "<figure class='wp-block-table'><table><tr><td>Route four</td>"
                                "<td>1,200 riders a day</td></tr><tr><td>Route nine</td>"
                                "<td>640 riders a day</td></tr></table></figure>")));
  CHECK(text.find("1,200 riders a day") != std::string::npos);
  CHECK(text.find("640 riders a day") != std::string::npos);
}

TEST_CASE("a highlighted code comment is kept with its listing") {
  const std::string text =
      BodyText(ExtractHtml(Page("Counting riders with a script",
                                "<pre><code><span class='hljs-comment'># add up the riders of each "
                                "route</span>\ntotal = sum(riders)</code></pre>")));
  CHECK(text.find("add up the riders of each route") != std::string::npos);
  CHECK(text.find("total = sum(riders)") != std::string::npos);
}

TEST_CASE("a table that closes the article is kept, short cells and all") {
  const std::string text = BodyText(ExtractHtml(
      "<html><body><article><h1>Which bus goes up the hill</h1>" + kProse + kProse +
      "<table><tr><td>Route</td><td>Riders</td></tr><tr><td>Four</td><td>1,200</td></tr>"
      "<tr><td>Nine</td><td>640</td></tr></table></article></body></html>"));
  CHECK(text.find("1,200") != std::string::npos);
  CHECK(text.find("Nine") != std::string::npos);
}
