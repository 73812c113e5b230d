#include "cli/command.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

namespace {

using wiredesk::cli::Invocation;

struct Fixture {
  std::istringstream in;
  std::ostringstream out;
  std::ostringstream err;
  Invocation Make(std::map<std::string, std::string, std::less<>> options) {
    return Invocation(std::move(options), {"a.txt"}, {in, out, err});
  }
};

}  // namespace

TEST_CASE("a numeric option in range is read as a number") {
  Fixture f;
  Invocation run = f.Make({{"sentences", "3"}, {"story", ""}});
  CHECK(run.Number("sentences", 1, 100) == 3.0);
  CHECK(run.Has("story"));
  CHECK_FALSE(run.Has("ratio"));
  CHECK_FALSE(run.Number("ratio", 0, 1).has_value());
  CHECK(run.ExitStatus() == 0);
}

TEST_CASE("a numeric option out of range or not a number is a usage error naming it") {
  for (const std::string value : {"0", "abc", "3x", "", "inf"}) {
    Fixture f;
    Invocation run = f.Make({{"sentences", value}});
    CHECK_FALSE(run.Number("sentences", 1, 100).has_value());
    CHECK(run.ExitStatus() == 2);
    const auto error = nlohmann::json::parse(f.err.str());
    CHECK(error["error"]["message"] ==
          "--sentences takes a number from 1 to 100, not \"" + value + "\"");
  }
}

TEST_CASE("a failed document makes the exit status 1 and names where it came from") {
  Fixture f;
  Invocation run = f.Make({});
  run.Fail({"b.jsonl", 4, std::nullopt}, "document is empty");
  CHECK(run.ExitStatus() == 1);
  const auto error = nlohmann::json::parse(f.err.str());
  CHECK(error["error"]["file"] == "b.jsonl");
  CHECK(error["error"]["line"] == 4);
  CHECK(error["error"]["message"] == "document is empty");
}
