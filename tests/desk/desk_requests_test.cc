#include "desk/desk_requests.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "samples.h"

namespace {

using nlohmann::json;
using namespace wiredesk::desk;
using wiredesk::testing::Sample;

json SeedDocument(const std::string& id) {
  return {{"id", id}, {"format", "text"}, {"content", Sample(id + ".txt")}};
}

}  // namespace

TEST_CASE("a batch with one bad document adds the others and names the bad one") {
  Desk desk;
  const json request = {SeedDocument("002_0c1e3a2815583ef3"),
                        {{"id", "blank"}, {"content", "   "}},
                        {{"id", 7}},
                        SeedDocument("003_94858066e6bb5739")};
  const json response = json::parse(AddRequest(desk, request.dump()));
  const json& results = response["results"];
  REQUIRE(results.size() == 4);
  CHECK(results[0]["id"] == "002_0c1e3a2815583ef3");
  CHECK(results[0]["title"] == "Vietnam hopes for more int’l cooperation to combat hi-tech crimes");
  CHECK(results[0]["words"].get<int>() > 200);
  CHECK(results[1]["error"]["message"] == "document is empty");
  CHECK(results[2]["error"]["message"].get<std::string>().rfind("document 2: ", 0) == 0);
  CHECK(results[3]["id"] == "003_94858066e6bb5739");
  const json stories = json::parse(StoriesRequest(desk))["stories"];
  REQUIRE(stories.size() == 1);
  CHECK(stories[0]["canonical"] == "003_94858066e6bb5739");
}

TEST_CASE("an article without a headline is listed by its opening words") {
  Desk desk;
  const json results =
      json::parse(AddRequest(desk, SeedDocument("000_6fdb084cdd6b2d10").dump()))["results"];
  CHECK(results[0]["title"] == "");
  const std::string lead = results[0]["lead"];
  CHECK(lead.rfind("Ambassador Vũ Lê Thái Hoàng, Permanent Representative", 0) == 0);
  CHECK(lead.size() <= 124);
  CHECK(lead.substr(lead.size() - 3) == "…");
}

TEST_CASE("a story's summary names the version each key sentence comes from") {
  Desk desk;
  AddRequest(desk, json::array(
                       {SeedDocument("002_0c1e3a2815583ef3"), SeedDocument("003_94858066e6bb5739")})
                       .dump());
  const json summary = json::parse(SummarizeRequest(
      desk, R"({"ids": ["003_94858066e6bb5739", "002_0c1e3a2815583ef3"], "sentences": 3})"));
  REQUIRE(summary["sentences"].size() == 3);
  bool high_tech = false;
  for (const json& sentence : summary["sentences"]) {
    CHECK((sentence["article"] == "003_94858066e6bb5739" ||
           sentence["article"] == "002_0c1e3a2815583ef3"));
    high_tech = high_tech ||
                sentence["text"].get<std::string>().find("high-tech crime") != std::string::npos;
  }
  CHECK(high_tech);
  CHECK_FALSE(summary["keywords"].empty());
}

TEST_CASE("comparing two versions on the desk reports the run-together words as spacing") {
  Desk desk;
  AddRequest(desk, json::array(
                       {SeedDocument("002_0c1e3a2815583ef3"), SeedDocument("003_94858066e6bb5739")})
                       .dump());
  const json comparison = json::parse(
      CompareRequest(desk, R"({"left": "002_0c1e3a2815583ef3", "right": "003_94858066e6bb5739"})"));
  REQUIRE(comparison.contains("stats"));
  CHECK(comparison["stats"].value("spacing", 0) > 0);
  CHECK(comparison["stats"].value("wording", 0) == 0);
}

TEST_CASE("requests naming what is not on the desk, or malformed, are errors with a message") {
  Desk desk;
  CHECK(json::parse(ArticleRequest(desk, "nope"))["error"]["message"] ==
        "no article \"nope\" on the desk");
  CHECK(json::parse(CompareRequest(desk, R"({"left": "a"})"))["error"]["message"] ==
        "compare expects {\"left\": article id, \"right\": article id}");
  CHECK(json::parse(CompareRequest(desk, R"({"left": "a", "right": "b"})"))["error"]["message"] ==
        "no article \"a\" on the desk");
  CHECK(json::parse(SummarizeRequest(desk, R"({"ids": []})"))["error"]["message"] ==
        "summarize needs at least one article id");
  CHECK(json::parse(SummarizeRequest(
            desk, R"({"ids": ["x"], "sentences": "three"})"))["error"]["message"] ==
        "\"sentences\" must be a number");
  CHECK(json::parse(RemoveRequest(desk, R"("x")"))["error"]["message"] ==
        "remove expects a JSON array of article ids");
  CHECK(json::parse(AddRequest(desk, "{"))["error"].contains("message"));
}

TEST_CASE("removing an article takes it out of its story") {
  Desk desk;
  AddRequest(desk, json::array(
                       {SeedDocument("002_0c1e3a2815583ef3"), SeedDocument("003_94858066e6bb5739")})
                       .dump());
  CHECK(json::parse(RemoveRequest(desk, R"(["002_0c1e3a2815583ef3", "missing"])"))["removed"] == 1);
  const json stories = json::parse(StoriesRequest(desk))["stories"];
  REQUIRE(stories.size() == 1);
  CHECK(stories[0]["members"] == json::array({"003_94858066e6bb5739"}));
}

TEST_CASE("a story's updates name its related stories and the terms that link each") {
  Desk desk;
  json batch = json::array();
  for (const char* id : {"000_6fdb084cdd6b2d10", "001_5f15ffd69aec10c2", "004_1fbe4b0bd141bb0e"}) {
    batch.push_back(SeedDocument(id));
  }
  AddRequest(desk, batch.dump());
  const json updates = json::parse(UpdatesRequest(desk, R"({"ids": ["000_6fdb084cdd6b2d10"]})"));
  REQUIRE(updates.contains("related"));
  INFO(updates["related"].dump());
  REQUIRE(updates["related"].size() == 1);
  CHECK(updates["related"][0]["id"] == "004_1fbe4b0bd141bb0e");
  CHECK(!updates["related"][0]["terms"].empty());
}

TEST_CASE("a search finds stories by a word only in their text, whatever its diacritics") {
  Desk desk;
  json batch = json::array();
  for (const char* id : {"000_6fdb084cdd6b2d10", "002_0c1e3a2815583ef3", "003_94858066e6bb5739"}) {
    batch.push_back(SeedDocument(id));
  }
  AddRequest(desk, batch.dump());
  // Found by the ambassador's name without its diacritics.
  CHECK(json::parse(SearchRequest(desk, R"({"query": "vu le thai hoang"})"))["stories"] ==
        json::array({"000_6fdb084cdd6b2d10"}));
  CHECK(json::parse(SearchRequest(desk, R"("INTERPOL")"))["stories"].size() == 2);
  CHECK(json::parse(SearchRequest(desk, R"({"query": "interpol vienna"})"))["stories"] ==
        json::array({"000_6fdb084cdd6b2d10"}));
  CHECK(json::parse(SearchRequest(desk, R"({"query": "interpol lyon"})"))["stories"].empty());
  CHECK(json::parse(SearchRequest(desk, R"({"query": ""})"))["stories"].size() == 2);
  CHECK(json::parse(SearchRequest(desk, R"({"query": 3})"))["error"]["message"] ==
        "search expects {\"query\": \"words\"}");
}
