#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "extract/extract.h"
#include "samples.h"

namespace {

using wiredesk::extract::Article;
using wiredesk::extract::ExtractText;
using wiredesk::testing::Sample;

bool Removed(const Article& article, const std::string& reason, const std::string& text_start) {
  return std::any_of(article.removed.begin(), article.removed.end(), [&](const auto& block) {
    return block.reason == reason && block.text.rfind(text_start, 0) == 0;
  });
}

bool InBody(const Article& article, const std::string& fragment) {
  return std::any_of(article.paragraphs.begin(), article.paragraphs.end(),
                     [&](const auto& p) { return p.text.find(fragment) != std::string::npos; });
}

}  // namespace

TEST_CASE("a wire copy: headline split from its caption, dateline kept apart, sign-offs removed") {
  const Article a = ExtractText(Sample("003_94858066e6bb5739.txt"));
  CHECK(a.title == "VN hopes for more int’l cooperation to combat hi-tech crimes: Deputy Minister");
  CHECK(a.dateline == "Santiago (VNA) –");
  REQUIRE(a.paragraphs.size() == 11);
  CHECK(a.paragraphs.front().text.rfind("Vietnam stands ready to enhance collaboration", 0) == 0);
  CHECK(a.paragraphs.back().text ==
        "The delegates also cast ballots to elect new INTERPOL Secretary General and leaders of "
        "this global organisation for the 2019-2024 period.");
  CHECK(Removed(a, "photo caption", "At the 88th INTERPOL General Assembly (Photo: VNA)"));
  CHECK(Removed(a, "agency sign-off", "VNA"));
  CHECK(Removed(a, "agency sign-off", "/."));
}

TEST_CASE(
    "a damaged copy of the same story: doubled headline, summary lead and See more block go") {
  const Article a = ExtractText(Sample("002_0c1e3a2815583ef3.txt"));
  CHECK(a.title == "Vietnam hopes for more int’l cooperation to combat hi-tech crimes");
  CHECK(a.dateline == "Santiago (VNA) –");
  CHECK(a.paragraphs.size() == 11);
  CHECK(a.paragraphs.front().text.rfind("Vietnam stands ready to enhance collaboration", 0) == 0);
  CHECK(Removed(a, "headline repeated", "VN hopes for more int’l cooperation"));
  CHECK(Removed(a, "repeated later in the text", "Vietnam stands ready"));
  CHECK(Removed(a, "teaser block", "See more"));
  CHECK(Removed(a, "teaser block", "Prime Minister outlines five specific strategies"));
  CHECK_FALSE(InBody(a, "Prime Minister"));
  CHECK_FALSE(InBody(a, "(Photo: VNA)"));
  CHECK(a.paragraphs.back().text.find("2019-2024 period.") != std::string::npos);
}

TEST_CASE("a copy without its headline says so and still finds the body") {
  const Article a = ExtractText(Sample("000_6fdb084cdd6b2d10.txt"));
  CHECK(a.title.empty());
  CHECK(a.warnings == std::vector<std::string>{"no headline found at the top of the text"});
  CHECK(a.dateline == "HÀ NỘI —");
  CHECK(a.paragraphs.front().text.rfind("Ambassador Vũ Lê Thái Hoàng, Permanent Representative",
                                        0) == 0);
  CHECK(a.paragraphs.back().text.ends_with("cybercrime and related offenses."));
  CHECK(Removed(a, "photo caption", "![]() |"));
  CHECK(Removed(a, "photo caption", "Ambassador Vũ Lê Thái Hoàng, Permanent Representative"));
  CHECK(Removed(a, "agency sign-off", "VNS"));
}

TEST_CASE(
    "a date on its own line becomes the published date, in ISO 8601, and a repeated caption goes") {
  const Article a = ExtractText(Sample("004_1fbe4b0bd141bb0e.txt"));
  CHECK(a.title ==
        "UN pledges to collaborate with Vietnam to promote implementation of anti-cybercrime "
        "convention");
  CHECK(a.published == "2025-04-18");
  CHECK(a.paragraphs.front().text.rfind("The UNODC has affirmed", 0) == 0);
  CHECK(a.paragraphs.back().text.rfind("The UN official also expressed her hope", 0) == 0);
  CHECK_FALSE(InBody(a, "(Photo: VNA)"));
  CHECK(Removed(a, "date line", "Friday, 18/04/2025"));
}

TEST_CASE("a headline glued to its photo caption by the copy is split at the image marker") {
  const Article a = ExtractText(Sample("001_5f15ffd69aec10c2.txt"));
  CHECK(a.title == "Vietnam, Interpol fight transnational crime");
  CHECK(a.dateline == "Paris (VNA) –");
  CHECK(Removed(a, "photo caption", "Public Security Deputy Minister Nguyen Van Thanh (R)"));
  CHECK(a.paragraphs.front().text.rfind("The Interpol General Secretariat has appreciated", 0) ==
        0);
  // "...organised crime.-VNA": the sign-off glued to the last sentence goes.
  CHECK(a.paragraphs.back().text.ends_with("given the expansion of organised crime."));
  CHECK(Removed(a, "agency sign-off", "VNA"));
  CHECK_FALSE(InBody(a, "-VNA"));
}

TEST_CASE("text wrapped at a fixed width is re-flowed into its paragraphs") {
  const std::string wrapped =
      "Officials said the new bridge over the river would open to traffic next month after\n"
      "three years of work, cutting the journey between the two districts by half an hour.\n"
      "\n"
      "The project, financed by the city and a development bank, cost about 120 million\n"
      "dollars, and engineers said it had been built to withstand the strongest floods on\n"
      "record in the province.\n";
  const Article a = ExtractText(wrapped);
  REQUIRE(a.paragraphs.size() == 2);
  CHECK(a.paragraphs[0].text.find("month after three years") != std::string::npos);
  CHECK(a.paragraphs[1].text.ends_with("strongest floods on record in the province."));
}

TEST_CASE("menus, share lines and a comments section around the article are removed") {
  const std::string page =
      "Home | World | Business | Sport | Culture\n"
      "Share on Facebook\n"
      "Floods cut off villages in the north\n"
      "Heavy rain over the weekend flooded dozens of villages in the northern provinces, cutting "
      "off roads and leaving thousands of people without power, officials said on Monday.\n"
      "Rescue teams used boats to reach families stranded on rooftops, and the army sent "
      "helicopters with food and drinking water to the worst-hit districts.\n"
      "12 Comments\n"
      "This is terrible news and I hope that everyone in the villages is safe and gets the help "
      "that they need.\n";
  const Article a = ExtractText(page);
  CHECK(a.title == "Floods cut off villages in the north");
  REQUIRE(a.paragraphs.size() == 2);
  CHECK(Removed(a, "menu or link list", "Home | World"));
  CHECK(Removed(a, "share or subscribe line", "Share on Facebook"));
  CHECK(Removed(a, "comments", "12 Comments"));
  CHECK(Removed(a, "comments", "This is terrible news"));
}

TEST_CASE("empty or furniture-only text gives no body and a warning") {
  const Article a = ExtractText("Home | News | Sport\nSubscribe now\n");
  CHECK(a.paragraphs.empty());
  CHECK(std::find(a.warnings.begin(), a.warnings.end(), "no article text found") !=
        a.warnings.end());
}

TEST_CASE("a list introduced by a colon at the article's end is kept, item by item") {
  const std::string page =
      "Home | Music | Tours | Tickets\n"
      "\n"
      "Band announces reunion tour\n"
      "\n"
      "The band will reunite with its former singer next summer for a tour of thirty cities, the "
      "first time the five of them have played together in nearly twenty years.\n"
      "\n"
      "Tickets go on sale to the public next Friday morning, and fan club members will be able to "
      "buy them two days earlier, the promoter said.\n"
      "\n"
      "The tour dates:\n"
      "June 9 -- Amphitheatre, West Palm Beach, FL\n"
      "June 10 -- Arena, Tampa, FL\n"
      "June 14 -- Music Park, Raleigh, NC\n"
      "\n"
      "Share on Facebook\n";
  const Article a = ExtractText(page);
  REQUIRE(a.paragraphs.size() == 6);
  CHECK(a.paragraphs[2].text == "The tour dates:");
  CHECK(a.paragraphs.back().text == "June 14 -- Music Park, Raleigh, NC");
  CHECK(Removed(a, "share or subscribe line", "Share on Facebook"));
}

TEST_CASE(
    "screen-reader caption labels, picture credits, Posted by lines and a Don't miss block go") {
  const std::string page =
      "Floods cut off villages in the north\n"
      "\n"
      "Posted by Jane Doe on November 19, 2019, 6:21 AM EST\n"
      "\n"
      "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019\n"
      "\n"
      "Heavy rain over the weekend flooded dozens of villages in the northern provinces, cutting "
      "off roads and leaving thousands of people without power, officials said on Monday.\n"
      "\n"
      "Image caption Rescue teams reached the villages by boat\n"
      "\n"
      "Rescue teams used boats to reach families stranded on rooftops, and the army sent "
      "helicopters with food and drinking water to the worst-hit districts.\n"
      "\n"
      "Villagers wait for help on a roof (Image: GETTY )\n"
      "\n"
      "DON'T MISS\n"
      "Storm warning for the coast [INSIGHT]\n"
      "Bridge closed after landslide [VIDEO]\n"
      "\n"
      "The weather service said more rain was expected later in the week, and urged people living "
      "near rivers to move to higher ground while they still could.\n"
      "\n"
      "Officials said schools in the affected districts would stay closed until at least Thursday, "
      "and that the damage would be assessed once the water had gone down.\n";
  const Article a = ExtractText(page);
  CHECK(a.title == "Floods cut off villages in the north");
  CHECK(a.byline.rfind("Jane Doe", 0) == 0);
  CHECK(Removed(a, "date line", "PUBLISHED: 10:48"));
  CHECK(Removed(a, "photo caption", "Image caption Rescue teams"));
  CHECK(Removed(a, "photo caption", "Villagers wait for help"));
  CHECK_FALSE(InBody(a, "Storm warning"));
  REQUIRE(a.paragraphs.size() == 4);
  CHECK(a.paragraphs.back().text.ends_with("once the water had gone down."));
}

TEST_CASE("the match text puts back what was cut only for where it stood, not captions") {
  const Article article = ExtractText(
      "Harbour reopens after storm repairs\n\n"
      "HAI PHONG — The city's main container terminal reopened on Sunday after three weeks of "
      "repairs "
      "to berths damaged by Typhoon Yagi, the port authority said.\n\n"
      "Ships queued outside the harbour for days while cranes were inspected and two berths were "
      "rebuilt, officials told reporters at the quay.\n\n"
      "The authority expects traffic to return to normal levels by the end of the month, as "
      "shipping "
      "lines restore their regular calls.\n\n"
      "Photo: Reuters\n\nBerth 4\nReopened Sunday\nBerth 7\nReopens next week\n");
  REQUIRE(Removed(article, "after the article", "Berth 7"));
  REQUIRE(Removed(article, "photo caption", "Photo: Reuters"));
  const std::string match = wiredesk::extract::MatchText(article);
  CHECK(wiredesk::extract::BodyText(article).find("Berth 7") == std::string::npos);
  CHECK(
      match.find("regular calls.\n\nBerth 4\n\nReopened Sunday\n\nBerth 7\n\nReopens next week") !=
      std::string::npos);
  CHECK(match.find("Reuters") == std::string::npos);
  CHECK(match.rfind("The city's main container terminal", 0) == 0);
}

TEST_CASE("a Chinese copy keeps its paragraphs, short as they look in characters") {
  const Article article = ExtractText(
      "上海港恢复运营\n\n"
      "上海港周日在台风过后恢复了集装箱码头的运营。港务局表示，维修工作持续了三周。\n\n"
      "数十艘货轮在港外等待了好几天，工人们检查了起重机并重建了两个泊位。\n\n"
      "港务局预计本月底航运将恢复正常水平。航运公司正在恢复常规航线。\n\n"
      "分析人士说，台风造成的延误将影响整个地区的供应链。港口是全球最繁忙的集装箱港口之一。\n");
  CHECK(article.title == "上海港恢复运营");
  CHECK(article.paragraphs.size() == 4);
  CHECK(article.removed.empty());
}

// Eight paragraphs fill the block list to its capacity, so splitting off the
// caption grows it while the labelling still looks at the paragraph: the
// label must land on the caption all the same (and ASan sees no stale read).
TEST_CASE(
    "a caption glued after an image marker deep in the text is removed however long the text") {
  const std::string body =
      "The provincial authorities said on Monday that the new water plant would serve about "
      "forty thousand households in the northern districts from next spring.";
  for (const int paragraphs : {7, 8, 9, 15, 16, 17}) {
    std::string copy = "Water plant to open in the north\n\n";
    for (int i = 1; i < paragraphs; ++i) {
      copy += body + "\n\n";
      if (i == 5)
        copy +=
            "Workers at the site last week (Photo: VNA) hinh anh 2 Engineers test the pumps\n\n";
    }
    const Article a = ExtractText(copy);
    INFO(paragraphs << " paragraphs");
    CHECK_FALSE(InBody(a, "(Photo: VNA)"));
    CHECK_FALSE(InBody(a, "Engineers test the pumps"));
    CHECK(Removed(a, "photo caption", "Workers at the site last week"));
    CHECK(Removed(a, "photo caption", "Engineers test the pumps"));
  }
}

TEST_CASE("two short paragraphs pasted alone are both kept as the article") {
  const Article article = ExtractText(
      "Flood waters rose along the river on Tuesday, officials said.\n\n"
      "The town opened three shelters for families.\n");
  REQUIRE(article.paragraphs.size() == 2);
  CHECK(article.paragraphs[1].text == "The town opened three shelters for families.");
  CHECK(article.removed.empty());
}

TEST_CASE("a short item under its headline keeps its last line") {
  const Article article = ExtractText(
      "Ferry service resumes\n\n"
      "Ferries ran again on Monday after the storm, the port said.\n\n"
      "Passengers should expect delays.\n");
  CHECK(article.title == "Ferry service resumes");
  REQUIRE(article.paragraphs.size() == 2);
  CHECK(article.paragraphs[1].text == "Passengers should expect delays.");
}
