#include "desk/compare_request.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

using wiredesk::desk::RespondCompare;

TEST_CASE("a compare request with invalid UTF-8 or a missing side gets an answer") {
  const std::string response = RespondCompare(
      R"({"left": "The talks ended on Monday.", "right": {"content": "The talks ended on Tuesday."}})");
  const auto json = nlohmann::json::parse(response);
  REQUIRE(json.contains("results"));
  CHECK(json["results"][0]["stats"]["number"] == 1);
  const std::string bad =
      std::string(R"({"left": "Caf)") + "\xE9" + R"( news.", "right": "Cafe news."})";
  CHECK(nlohmann::json::parse(RespondCompare(bad)).contains("error"));
  CHECK(nlohmann::json::parse(RespondCompare(R"({"left": "x"})")).contains("error"));
  CHECK(nlohmann::json::parse(RespondCompare("[1, 2")).contains("error"));
  const auto blank = nlohmann::json::parse(RespondCompare(R"({"left": "", "right": ""})"));
  CHECK(blank["results"][0]["verdict"] == "empty");
}
