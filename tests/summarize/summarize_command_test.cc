#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.h"

namespace {

using nlohmann::json;

struct Run {
  int status = 0;
  json out;
  std::string err;
};

Run Summarize(std::vector<std::string> args, const std::string& stdin_text = "") {
  args.insert(args.begin(), "summarize");
  std::istringstream in(stdin_text);
  std::ostringstream out, err;
  Run run;
  run.status = wiredesk::cli::Main(args, "native", {}, {in, out, err});
  run.out = json::parse(out.str(), nullptr, false);
  run.err = err.str();
  return run;
}

const std::string kSample = std::string(WIREDESK_SOURCE_DIR) + "/samples/003_94858066e6bb5739.txt";
const std::string kCopy = std::string(WIREDESK_SOURCE_DIR) + "/samples/002_0c1e3a2815583ef3.txt";

}  // namespace

TEST_CASE("summarize --sentences K gives K sentences and keywords per document, named by file") {
  const Run run = Summarize({"--sentences", "2", kSample});
  REQUIRE(run.status == 0);
  REQUIRE(run.out.size() == 1);
  CHECK(run.out[0]["id"] == "003_94858066e6bb5739");
  CHECK(run.out[0]["sentences"].size() == 2);
  CHECK(run.out[0]["sentences"][0].contains("paragraph"));
  CHECK_FALSE(run.out[0]["sentences"][0].contains("article"));
  CHECK(run.out[0]["keywords"].size() == 15);
}

TEST_CASE("summarize --story gives one summary whose sentences name their version") {
  const Run run = Summarize({"--story", "--ratio", "0.3", "--keywords", "4", kCopy, kSample});
  REQUIRE(run.status == 0);
  REQUIRE(run.out.size() == 1);
  CHECK(run.out[0]["id"] == "002_0c1e3a2815583ef3+003_94858066e6bb5739");
  CHECK(run.out[0]["keywords"].size() == 4);
  for (const json& s : run.out[0]["sentences"]) {
    CHECK((s["article"] == "002_0c1e3a2815583ef3" || s["article"] == "003_94858066e6bb5739"));
  }
}

TEST_CASE("summarize refuses two lengths at once, and lengths out of range") {
  CHECK(Summarize({"--sentences", "2", "--chars", "300", kSample}).status == 2);
  CHECK(Summarize({"--ratio", "0", kSample}).status == 2);
  CHECK(Summarize({"--ratio", "1.5", kSample}).status == 2);
  CHECK(Summarize({"--sentences", "2.5", kSample}).status == 2);
  const Run run = Summarize({"--chars", "abc", kSample});
  CHECK(run.status == 2);
  CHECK(run.err.find("--chars") != std::string::npos);
}

TEST_CASE("summarize of a blank document reports it and still summarises the others") {
  const Run run = Summarize({"-", kSample}, "   \n");
  CHECK(run.status == 1);
  REQUIRE(run.out.size() == 1);
  CHECK(run.out[0]["id"] == "003_94858066e6bb5739");
  CHECK_FALSE(run.err.empty());
}
