// How the body is chosen on pages built the ways real sites build them:
// furniture hints on wrappers, bodies split over sections, summaries that
// outscore the article, and exact ties.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/extract.h"

namespace {

using wiredesk::extract::Article;
using wiredesk::extract::BodyText;
using wiredesk::extract::ExtractHtml;

std::string Paragraphs(const std::vector<std::string>& texts) {
  std::string html;
  for (const std::string& text : texts) html += "<p>" + text + "</p>";
  return html;
}

bool Has(const Article& article, const std::string& text) {
  return BodyText(article).find(text) != std::string::npos;
}

const std::vector<std::string> kHarbour = {
    "The harbour authority approved a plan on Monday to dredge the northern channel, which has "
    "silted up since the storms of last winter, so that larger ferries can dock again.",
    "Fishermen welcomed the decision, saying the shallow water had forced them to wait for high "
    "tide before landing their catch, and had cost them two hours on most days.",
    "The work will take about six weeks and will be paid for from the port's maintenance budget, "
    "the authority said, adding that no fees would rise because of it."};

const std::string kMenu =
    "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>"
    "<li><a href='/sport'>Sport</a></li></ul></nav>";

// A list article's numbered picks.
const std::vector<std::pair<std::string, std::vector<std::string>>> kPicks = {
    {"1. A sturdy tent",
     {"A good tent keeps you dry when the weather turns, and it should pitch in minutes even "
      "with cold hands.",
      "Look for one with a full-length fly and taped seams, and practise pitching it once in "
      "the garden before you go.",
      "A footprint under the groundsheet, cut a little smaller than the tent, keeps it from "
      "wearing through on stony pitches."}},
    {"2. A warm sleeping bag",
     {"Choose a bag rated a few degrees below the coldest night you expect, because ratings "
      "assume you sleep warm."}},
    {"3. A reliable stove",
     {"A small gas stove boils water in three minutes and weighs less than a paperback, so it "
      "earns its place."}},
    {"4. A headlamp",
     {"Evenings come early in autumn, and a headlamp leaves both hands free for cooking or "
      "pitching the tent."}}};

// The picks as sibling <section>s, the nth with class `class_of(n)`.
template <typename ClassOf>
Article PicksPage(ClassOf class_of) {
  std::string sections;
  int n = 0;
  for (const auto& [heading, texts] : kPicks) {
    sections += "<section class='" + class_of(++n) + "'><div class='pick-inner'><h2>" + heading +
                "</h2><div class='pick-copy'>" + Paragraphs(texts) + "</div></div></section>";
  }
  return ExtractHtml(
      "<html><head><title>What to pack for a first camping trip</title></head><body>" + kMenu +
      "<main><h1>What to pack for a first camping trip</h1><p>Packing for a first night "
      "outdoors is mostly about staying warm, dry and fed, and need not cost much.</p>" +
      sections + "</main><footer>Outdoor Weekly</footer></body></html>");
}

bool HasAllPicks(const Article& article) {
  for (const auto& [heading, texts] : kPicks) {
    if (!Has(article, heading)) return false;
    for (const std::string& text : texts) {
      if (!Has(article, text)) return false;
    }
  }
  return true;
}

}  // namespace

TEST_CASE("a furniture class on an element wrapping the whole page does not erase the article") {
  // The notice outside the wrapper is enough text for a body on its own.
  const Article article = ExtractHtml(
      "<html><head><title>Harbour to be dredged</title></head><body>"
      "<div class='site-header-section'>" +
      kMenu + "<h1>Harbour to be dredged</h1>" + Paragraphs(kHarbour) +
      "</div>"
      "<div class='notice'><p>We keep a record of visits to understand how readers use this "
      "site, to remember their settings, and to show them offers from our partners, and anyone "
      "may change those choices at any time on the settings page, where each kind of record is "
      "explained in turn.</p></div></body></html>");
  for (const std::string& paragraph : kHarbour) CHECK(Has(article, paragraph));
  CHECK_FALSE(Has(article, "Sport"));
}

TEST_CASE("a button left open around the page does not swallow the article") {
  const Article article = ExtractHtml("<html><body><header>" + kMenu +
                                      "</header><button>Menu<div><h1>Harbour to be dredged</h1>" +
                                      Paragraphs(kHarbour) + "</div></body></html>");
  REQUIRE(article.paragraphs.size() == kHarbour.size());
  CHECK(article.warnings.empty());
}

TEST_CASE("content after a closing body tag is still read, as browsers do") {
  const Article article = ExtractHtml("<html><body><header>" + kMenu +
                                      "</header></body></html>"
                                      "<div class='story'>" +
                                      Paragraphs(kHarbour) + "</div>");
  for (const std::string& paragraph : kHarbour) CHECK(Has(article, paragraph));
}

TEST_CASE("a body split over sibling sections is one article") {
  CHECK(HasAllPicks(PicksPage([](int) { return std::string("pick"); })));
}

TEST_CASE("sibling sections told apart only by their numbers are built alike") {
  CHECK(HasAllPicks(PicksPage([](int n) { return "pick pick-" + std::to_string(n); })));
}

TEST_CASE("a summary box that outscores a body spread thin gives way to the wider body") {
  const std::vector<std::string> body = {
      "Engineers finished the last load tests on Wednesday night, after two years of work that "
      "replaced the deck and strengthened the piers against floods.",
      "The closure had doubled many commutes, with drivers queuing for the ferry or taking the "
      "ring road, which added half an hour at busy times.",
      "Shops on the old high street said trade had fallen by a third while the bridge was shut, "
      "and several asked the council for help with rents.",
      "The council said a grant scheme would stay open until the spring, and that it had already "
      "paid out to more than forty businesses.",
      "A ceremony is planned for Friday morning, with the first bus due across at seven and the "
      "bridge open to all traffic by nine.",
      "The ferry crews will return to the summer timetable, which runs to the island twice a day "
      "from April until the end of September."};
  std::string spread;
  for (const std::string& text : body) {
    spread +=
        "<div><div><div><div><div><div><p>" + text + "</p></div></div></div></div></div></div>";
  }
  const Article article = ExtractHtml(
      "<html><body><div class='entry-summary'><p>In short: the bridge reopens on Friday, buses "
      "return to their old routes, and the ferry that ran in its place stops at the end of the "
      "month, the transport office said, adding that cyclists will have a lane of their own on "
      "the new deck from the first day.</p></div><div id='wrap'>" +
      spread + "</div></body></html>");
  for (const std::string& text : body) CHECK(Has(article, text));
}

TEST_CASE("two candidates that score exactly alike: the first in the page wins") {
  const std::string library =
      "<div class='one'><div>" +
      Paragraphs(
          {"The library will open on Sundays from next month, said the council on Tuesday.",
           "Opening hours run from ten in the morning until four in the afternoon, it said."}) +
      "</div></div>";
  const std::string gallery =
      "<div class='two'><div>" +
      Paragraphs(
          {"The gallery will open on Mondays from next month, said the council on Tuesday.",
           "Viewing hours run from ten in the morning until four in the afternoon, it said."}) +
      "</div></div>";
  const Article first = ExtractHtml("<html><body>" + library + gallery + "</body></html>");
  CHECK(Has(first, "The library will open"));
  CHECK_FALSE(Has(first, "The gallery will open"));
  const Article swapped = ExtractHtml("<html><body>" + gallery + library + "</body></html>");
  CHECK(Has(swapped, "The gallery will open"));
  CHECK_FALSE(Has(swapped, "The library will open"));
}
