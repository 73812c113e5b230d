#include "compare/story_updates.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <initializer_list>
#include <iterator>
#include <string>

#include "compare/comparison.h"
#include "compare/digest.h"
#include "compare/published_time.h"
#include "extract/extract.h"

namespace {

using wiredesk::compare::Compare;
using wiredesk::compare::Digest;
using wiredesk::compare::DigestLine;
using wiredesk::compare::PublishedSeconds;
using wiredesk::compare::StoryUpdates;
using wiredesk::compare::UpdatesOf;
using wiredesk::extract::Article;

Article Version(const std::string& id, const std::string& title,
                std::initializer_list<const char*> paragraphs, const std::string& published = "") {
  Article a;
  a.id = id;
  a.title = title;
  a.published = published;
  a.lang = "en";
  for (const char* p : paragraphs) a.paragraphs.push_back({{}, p});
  return a;
}

const char* const kOne = "The storm reached the northern coast on Monday night.";
const char* const kTwo = "Rescue teams searched flooded villages near the river delta.";
const char* const kThree = "The regional governor asked the army for boats and helicopters.";
const char* const kFour = "Schools in the province will stay closed until Friday.";

std::vector<DigestLine> DigestOf(const Article& before, const Article& after) {
  return Digest(Compare(before, after));
}

}  // namespace

TEST_CASE("a changed number is one line with the words around it", "[updates]") {
  const Article before =
      Version("a", "Storm hits coast", {"The storm left 20 dead in the region.", kTwo});
  const Article after =
      Version("b", "Storm hits coast", {"The storm left 25 dead in the region.", kTwo});
  const auto lines = DigestOf(before, after);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].kind == "number");
  CHECK(lines[0].left == "20");
  CHECK(lines[0].right == "25");
  CHECK(lines[0].text == "storm left 20 → 25 dead in");
}

TEST_CASE("a changed name is a name line", "[updates]") {
  const Article before = Version("a", "", {"Minister Okafor visited the camp on Tuesday.", kTwo});
  const Article after = Version("b", "", {"Minister Lindqvist visited the camp on Tuesday.", kTwo});
  const auto lines = DigestOf(before, after);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].kind == "name");
  CHECK(lines[0].left == "Okafor");
  CHECK(lines[0].right == "Lindqvist");
}

TEST_CASE("an added and a removed sentence are quoted lines", "[updates]") {
  const Article before = Version("a", "", {kOne, kTwo, kThree});
  const Article after = Version("b", "", {kOne, kThree, kFour});
  const auto lines = DigestOf(before, after);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].kind == "removed");
  CHECK(lines[0].text == std::string("removed “") + kTwo + "”");
  CHECK(lines[1].kind == "added");
  CHECK(lines[1].text == std::string("added “") + kFour + "”");
}

TEST_CASE("a long quoted sentence is shortened at a word boundary", "[updates]") {
  const std::string quoted = wiredesk::compare::Quoted(
      "Officials said the bridge over the river would stay closed to heavy traffic for weeks", 30);
  CHECK(quoted == "“Officials said the bridge over…”");
}

TEST_CASE("consecutive moved sentences are one moved block", "[updates]") {
  const Article before =
      Version("a", "",
              {kOne, "Aid agencies flew tents to the island on Sunday.",
               "A second flight carried water filters and medicine.", kTwo, kThree, kFour});
  const Article after =
      Version("b", "",
              {kOne, kTwo, kThree, kFour, "Aid agencies flew tents to the island on Sunday.",
               "A second flight carried water filters and medicine."});
  const auto lines = DigestOf(before, after);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].kind == "moved");
  CHECK(lines[0].text.find("(2 sentences)") != std::string::npos);
}

TEST_CASE("a changed headline is its own line", "[updates]") {
  const Article before = Version("a", "Storm hits coast", {kOne, kTwo});
  const Article after = Version("b", "Storm kills 25 on coast", {kOne, kTwo});
  const auto lines = DigestOf(before, after);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].kind == "headline");
  CHECK(lines[0].left == "Storm hits coast");
  CHECK(lines[0].right == "Storm kills 25 on coast");
}

TEST_CASE("spacing, punctuation, case and diacritics alone give one cosmetic line", "[updates]") {
  const Article before =
      Version("a", "", {"The mayor of Hà Nội met aid workers, then left.", kTwo});
  const Article after = Version("b", "", {"The Mayor of Ha Noi met aidworkers then left.", kTwo});
  const auto lines = DigestOf(before, after);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].kind == "cosmetic");
  CHECK(lines[0].text.rfind("no substantive change", 0) == 0);
  CHECK_FALSE(wiredesk::compare::IsSubstantiveLine(lines[0]));
}

TEST_CASE("identical versions give no line", "[updates]") {
  const Article a = Version("a", "Storm", {kOne, kTwo});
  CHECK(DigestOf(a, a).empty());
}

TEST_CASE("dates are parsed, not compared as strings", "[updates]") {
  CHECK(PublishedSeconds("2024-03-05T09:00+07:00") < PublishedSeconds("2024-03-05T03:00Z"));
  CHECK(PublishedSeconds("Tue, 05 Mar 2024 09:00:00 +0700") ==
        PublishedSeconds("2024-03-05T02:00:00Z"));
  CHECK(PublishedSeconds("2024-03-05") == PublishedSeconds("2024-03-05T00:00:00Z"));
  CHECK_FALSE(PublishedSeconds("yesterday").has_value());
  CHECK_FALSE(PublishedSeconds("").has_value());
}

TEST_CASE("versions are ordered by publication time, undated ones by arrival", "[updates]") {
  const Article late = Version("late", "", {kOne, kTwo, kThree}, "2024-03-05T12:00:00+07:00");
  const Article early = Version("early", "", {kOne, kTwo}, "2024-03-05T04:00:00Z");
  const Article undated = Version("undated", "", {kOne, kTwo, kThree, kFour});
  const StoryUpdates u = UpdatesOf({&late, &undated, &early});
  REQUIRE(u.versions.size() == 3);
  CHECK(u.versions[0].id == "early");
  CHECK(u.versions[1].id == "late");
  CHECK(u.versions[2].id == "undated");
  CHECK(u.versions[0].changes.empty());
  REQUIRE(u.versions[1].changes.size() == 1);
  CHECK(u.versions[1].changes[0].kind == "added");
}

TEST_CASE("what's new holds only sentences later versions added", "[updates]") {
  const Article first = Version("first", "Storm hits coast", {kOne, kTwo});
  const Article second = Version("second", "Storm hits coast", {kOne, kTwo, kThree, kFour});
  const StoryUpdates u = UpdatesOf({&first, &second});
  REQUIRE_FALSE(u.whats_new.empty());
  for (const std::string& s : u.whats_new) CHECK((s == kThree || s == kFour));
}

TEST_CASE("why merged says how a copy differs from the canonical one", "[updates]") {
  const Article full = Version("full", "Storm hits coast", {kOne, kTwo, kThree, kFour});
  const Article trimmed = Version("trimmed", "Storm hits coast", {kOne, kTwo});
  const StoryUpdates u = UpdatesOf({&full, &trimmed});
  REQUIRE(u.why.size() == 2);
  CHECK(u.canonical == "full");
  CHECK(u.why[0].reason == "the canonical copy");
  CHECK(u.why[0].shared == 1);
  CHECK(u.why[1].reason == "same text, 2 sentences shorter");
  CHECK(u.why[1].shared > 0.5);
  CHECK(u.why[1].only_here.empty());
}

TEST_CASE("why merged names a retitled copy's added sentences", "[updates]") {
  const Article first = Version("first", "Storm hits coast", {kOne, kTwo, kThree});
  const Article retitled =
      Version("retitled", "Army sends boats to flooded coast", {kOne, kTwo, kThree, kFour});
  const StoryUpdates u = UpdatesOf({&first, &retitled});
  const auto& other = u.why[u.canonical == "first" ? 1 : 0];
  if (u.canonical == "first") {
    CHECK(other.reason == "retitled; 1 sentence added");
    REQUIRE(other.only_here.size() == 1);
    CHECK(other.only_here[0] == std::string("“") + kFour + "”");
  } else {
    CHECK(other.reason == "retitled; same text, 1 sentence shorter");
  }
}

TEST_CASE("a copy with words run together is the same text", "[updates]") {
  const Article clean = Version("clean", "", {"Talks with countries in the region resumed.", kTwo});
  const Article damaged =
      Version("damaged", "", {"Talks withcountries in the region resumed.", kTwo});
  const StoryUpdates u = UpdatesOf({&clean, &damaged});
  REQUIRE(u.canonical == "clean");
  CHECK(u.why[1].reason == "same text, words run together");
}

TEST_CASE("a headline the earlier copy carried as a repeated headline is no retitle", "[updates]") {
  Article both = Version("both", "Storm hits coast", {kOne, kTwo});
  both.removed.push_back({"Storm hits northern coast: governor", "headline repeated"});
  const Article second = Version("second", "Storm hits northern coast: governor", {kOne, kTwo});
  const StoryUpdates u = UpdatesOf({&both, &second});
  CHECK(u.versions[1].changes.empty());
  const Article retitled = Version("retitled", "Storm hits northern coast: governor", {kOne, kTwo});
  const Article first = Version("first", "Storm hits coast", {kOne, kTwo});
  const StoryUpdates v = UpdatesOf({&first, &retitled});
  REQUIRE(v.versions[1].changes.size() == 1);
  CHECK(v.versions[1].changes[0].kind == "headline");
}
