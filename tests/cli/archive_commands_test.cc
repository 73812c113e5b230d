// sketch, canonical and related: the batch steps give what the Desk gives on the same articles.

#include <catch2/catch.hpp>
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "dedup/lsh_index.h"
#include "desk/desk.h"
#include "samples.h"

namespace {

using nlohmann::json;

struct Run {
  int status = 0;
  std::vector<json> lines;   // stdout, one JSON value a line
  std::vector<json> errors;  // stderr
};

std::vector<json> Lines(const std::string& text) {
  std::vector<json> lines;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);) lines.push_back(json::parse(line));
  return lines;
}

Run RunCli(const std::vector<std::string>& args, const std::string& stdin_text) {
  std::istringstream in(stdin_text);
  std::ostringstream out, err;
  Run run;
  run.status = wiredesk::cli::Main(args, "native", {}, {in, out, err});
  run.lines = Lines(out.str());
  run.errors = Lines(err.str());
  return run;
}

const std::vector<std::string> kSamples = {"000_6fdb084cdd6b2d10", "001_5f15ffd69aec10c2",
                                           "002_0c1e3a2815583ef3", "003_94858066e6bb5739",
                                           "004_1fbe4b0bd141bb0e"};

wiredesk::desk::Document SampleDocument(const std::string& name) {
  wiredesk::desk::Document document;
  document.id = name;
  document.format = "text";
  document.content = wiredesk::testing::Sample(name + ".txt");
  return document;
}

// The samples as one JSON array on standard input, their sketches by id.
std::map<std::string, json> Sketches() {
  json documents = json::array();
  for (const std::string& name : kSamples)
    documents.push_back(
        {{"id", name}, {"format", "text"}, {"content", SampleDocument(name).content}});
  const Run run = RunCli({"sketch", "-"}, documents.dump());
  REQUIRE(run.status == 0);
  std::map<std::string, json> sketches;
  for (const json& record : run.lines) sketches[record["id"]] = record;
  return sketches;
}

}  // namespace

TEST_CASE("a sketch is one line a document, with the band keys the Desk files it under") {
  const Run run =
      RunCli({"sketch", "-"}, R"([{"id":"a","content":"The council met on Monday to vote on the )"
                              R"(budget for the coming year."},{"id":"b"}])");
  CHECK(run.status == 1);
  REQUIRE(run.lines.size() == 1);
  const json& record = run.lines[0];
  CHECK(record["id"] == "a");
  CHECK(record["index"] == 0);
  CHECK(record["bands"].size() == wiredesk::dedup::kBands);
  CHECK(record["text"] == "The council met on Monday to vote on the budget for the coming year.");
  REQUIRE(run.errors.size() == 1);
  CHECK(run.errors[0]["error"]["index"] == 1);
}

TEST_CASE("canonical and related over sketches give the Desk's stories of the samples") {
  wiredesk::desk::Desk desk;
  for (const std::string& name : kSamples) desk.Add(SampleDocument(name));
  const std::vector<wiredesk::desk::Story> stories = desk.Stories();
  std::map<std::string, json> sketches = Sketches();

  std::string canonical_input, related_input;
  for (const auto& story : stories) {
    json versions = json::array();
    for (const std::string& member : story.members) {
      const json& sketch = sketches.at(member);
      versions.push_back({{"text", sketch["text"]},
                          {"metadata", sketch["metadata"]},
                          {"level", sketch["level"]},
                          {"shingles", sketch["shingles"]}});
    }
    canonical_input += json{{"versions", versions}}.dump() + "\n";
    related_input += json{{"terms", sketches.at(story.canonical)["terms"]}}.dump() + "\n";
  }
  const Run canonical = RunCli({"canonical", "-"}, canonical_input);
  const Run related = RunCli({"related", "-"}, related_input);
  REQUIRE(canonical.lines.size() == stories.size());
  REQUIRE(related.lines.size() == stories.size());
  for (std::size_t s = 0; s < stories.size(); ++s) {
    CHECK(stories[s].members.at(canonical.lines[s]["canonical"]) == stories[s].canonical);
    std::vector<std::string> ids;
    for (const json& other : related.lines[s]["related"]) ids.push_back(stories.at(other).id);
    CHECK(ids == stories[s].related);
  }
  CHECK(stories.size() == 4);  // 002 and 003 are one story
}

TEST_CASE("a story line related cannot read is reported and still holds its place") {
  const Run run = RunCli({"related", "-"}, "{\"terms\":[[1,2]]}\nnot json\n\n{\"terms\":[]}\n");
  CHECK(run.status == 1);
  CHECK(run.lines.size() == 3);
  REQUIRE(run.errors.size() == 1);
  CHECK(run.errors[0]["error"]["file"] == "-");
  CHECK(run.errors[0]["error"]["line"] == 2);
}

namespace {

std::uint32_t U32At(const std::string& bytes, std::size_t at) {
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < 4; ++i)
    value |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + i])) << (8 * i);
  return value;
}

}  // namespace

TEST_CASE("a binary sketch holds the JSON sketch's numbers, then its id, title, terms and text") {
  json documents = json::array();
  for (const std::string& name : kSamples)
    documents.push_back(
        {{"id", name}, {"format", "text"}, {"content", SampleDocument(name).content}});
  const std::vector<json> expected = RunCli({"sketch", "-"}, documents.dump()).lines;
  std::istringstream in(documents.dump());
  std::ostringstream out, err;
  REQUIRE(wiredesk::cli::Main({"sketch", "--binary", "-"}, "native", {}, {in, out, err}) == 0);
  const std::string bytes = out.str();
  std::size_t at = 0;
  for (const json& record : expected) {
    REQUIRE(at + 40 <= bytes.size());
    CHECK(U32At(bytes, at + 4) == record["letters"].get<std::uint32_t>());
    CHECK(U32At(bytes, at + 8) == record["level"].get<std::uint32_t>());
    CHECK(U32At(bytes, at + 16) == (record["headline"].get<bool>() ? 1U : 0U));
    CHECK((U32At(bytes, at + 20) | std::uint64_t{U32At(bytes, at + 24)} << 32) ==
          record["exact"].get<std::uint64_t>());
    const std::uint32_t shingles = U32At(bytes, at + 28), bands = U32At(bytes, at + 32);
    const std::uint32_t length = U32At(bytes, at + 36);
    REQUIRE(shingles == record["shingles"].size());
    REQUIRE(bands == record["bands"].size());
    at += 40;
    for (std::uint32_t i = 0; i < shingles; ++i, at += 4)
      CHECK(U32At(bytes, at) == record["shingles"][i].get<std::uint32_t>());
    for (std::uint32_t i = 0; i < bands; ++i, at += 4)
      CHECK(U32At(bytes, at) == record["bands"][i].get<std::uint32_t>());
    const json rest = json::parse(bytes.substr(at, length));
    at += length;
    CHECK(rest["id"] == record["id"]);
    CHECK(rest["title"] == record["title"]);
    CHECK(rest["terms"] == record["terms"]);
    CHECK(rest["text"] == record["text"]);
  }
  CHECK(at == bytes.size());
}
