#include "desk/desk.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <variant>
#include <vector>

#include "samples.h"
#include "text_document.h"

namespace {

using wiredesk::desk::Desk;
using wiredesk::desk::Document;
using wiredesk::desk::Story;
using wiredesk::testing::TextDocument;

const char* const kSamples[] = {"000_6fdb084cdd6b2d10", "001_5f15ffd69aec10c2",
                                "002_0c1e3a2815583ef3", "003_94858066e6bb5739",
                                "004_1fbe4b0bd141bb0e"};

Document Sample(const std::string& id) {
  Document document;
  document.id = id;
  document.format = "text";
  document.content = wiredesk::testing::Sample(id + ".txt");
  return document;
}

const Story* StoryOf(const std::vector<Story>& stories, const std::string& member) {
  for (const Story& story : stories) {
    if (std::find(story.members.begin(), story.members.end(), member) != story.members.end())
      return &story;
  }
  return nullptr;
}

bool Related(const Story& a, const Story& b) {
  return std::find(a.related.begin(), a.related.end(), b.id) != a.related.end();
}

void AddSamples(Desk& desk) {
  for (const char* id : kSamples)
    REQUIRE(std::holds_alternative<std::string>(desk.Add(Sample(id))));
}

}  // namespace

TEST_CASE("two copies of one wire story are one story, the undamaged copy canonical") {
  Desk desk;
  AddSamples(desk);
  const std::vector<Story> stories = desk.Stories();
  REQUIRE(stories.size() == 4);
  const Story* interpol = StoryOf(stories, "002_0c1e3a2815583ef3");
  REQUIRE(interpol != nullptr);
  CHECK(interpol->members ==
        std::vector<std::string>{"002_0c1e3a2815583ef3", "003_94858066e6bb5739"});
  CHECK(interpol->canonical == "003_94858066e6bb5739");
  CHECK(interpol->title ==
        "VN hopes for more int’l cooperation to combat hi-tech crimes: Deputy Minister");
}

TEST_CASE(
    "different events are different stories; the same ambassador's two meetings are related") {
  Desk desk;
  AddSamples(desk);
  const std::vector<Story> stories = desk.Stories();
  const Story* meeting = StoryOf(stories, "000_6fdb084cdd6b2d10");
  const Story* interpol = StoryOf(stories, "001_5f15ffd69aec10c2");
  const Story* unodc = StoryOf(stories, "004_1fbe4b0bd141bb0e");
  REQUIRE((meeting && interpol && unodc));
  CHECK(meeting->members.size() == 1);
  CHECK(interpol->members.size() == 1);
  CHECK(unodc->members.size() == 1);
  CHECK(meeting != unodc);
  CHECK(Related(*meeting, *unodc));
  CHECK(Related(*unodc, *meeting));
}

TEST_CASE("adding a copy joins its story; removing it splits the story again") {
  Desk desk;
  for (const char* id : {"000_6fdb084cdd6b2d10", "002_0c1e3a2815583ef3", "004_1fbe4b0bd141bb0e"}) {
    REQUIRE(std::holds_alternative<std::string>(desk.Add(Sample(id))));
  }
  CHECK(desk.Stories().size() == 3);
  REQUIRE(std::holds_alternative<std::string>(desk.Add(Sample("003_94858066e6bb5739"))));
  std::vector<Story> stories = desk.Stories();
  REQUIRE(stories.size() == 3);
  CHECK(StoryOf(stories, "003_94858066e6bb5739")->id == "002_0c1e3a2815583ef3");
  CHECK(StoryOf(stories, "003_94858066e6bb5739")->canonical == "003_94858066e6bb5739");

  CHECK(desk.Remove("002_0c1e3a2815583ef3"));
  CHECK_FALSE(desk.Remove("002_0c1e3a2815583ef3"));
  CHECK(desk.Article("002_0c1e3a2815583ef3") == nullptr);
  stories = desk.Stories();
  REQUIRE(stories.size() == 3);
  const Story* left = StoryOf(stories, "003_94858066e6bb5739");
  REQUIRE(left != nullptr);
  CHECK(left->id == "003_94858066e6bb5739");
  CHECK(left->members == std::vector<std::string>{"003_94858066e6bb5739"});
}

TEST_CASE("a trimmed copy, half the length, joins its full version") {
  Desk desk;
  const Document full = Sample("000_6fdb084cdd6b2d10");
  Document trimmed = TextDocument("000-trimmed", full.content.substr(0, full.content.size() / 2));
  REQUIRE(std::holds_alternative<std::string>(desk.Add(full)));
  REQUIRE(std::holds_alternative<std::string>(desk.Add(trimmed)));
  REQUIRE(std::holds_alternative<std::string>(desk.Add(Sample("004_1fbe4b0bd141bb0e"))));
  const std::vector<Story> stories = desk.Stories();
  REQUIRE(stories.size() == 2);
  CHECK(StoryOf(stories, "000-trimmed")->canonical == "000_6fdb084cdd6b2d10");
}

TEST_CASE(
    "a trimmed copy and a copy missing its opening join their original, though they share little") {
  const std::string full = Sample("000_6fdb084cdd6b2d10").content;
  // The trimmed copy keeps the first 55%; the other drops the first 30%.
  // Each is a version of the original, neither of the other (a quarter shared).
  const std::size_t cut = full.find('\n', full.size() * 55 / 100);
  const std::size_t start = full.find('\n', full.size() * 30 / 100);
  REQUIRE(cut != std::string::npos);
  REQUIRE(start != std::string::npos);
  Desk desk;
  REQUIRE(std::holds_alternative<std::string>(desk.Add(Sample("000_6fdb084cdd6b2d10"))));
  REQUIRE(
      std::holds_alternative<std::string>(desk.Add(TextDocument("trimmed", full.substr(0, cut)))));
  REQUIRE(std::holds_alternative<std::string>(desk.Add(TextDocument(
      "late start", "Việt Nam seeks closer Interpol ties\n\n" + full.substr(start + 1)))));
  REQUIRE(std::holds_alternative<std::string>(desk.Add(Sample("004_1fbe4b0bd141bb0e"))));
  const std::vector<Story> stories = desk.Stories();
  REQUIRE(stories.size() == 2);
  CHECK(StoryOf(stories, "trimmed") == StoryOf(stories, "late start"));
  CHECK(StoryOf(stories, "trimmed") == StoryOf(stories, "000_6fdb084cdd6b2d10"));
}

TEST_CASE("a digest reprinting two unrelated stories does not merge them") {
  const std::string a = Sample("001_5f15ffd69aec10c2").content;
  const std::string b = Sample("004_1fbe4b0bd141bb0e").content;
  Desk desk;
  REQUIRE(std::holds_alternative<std::string>(desk.Add(TextDocument("a", a))));
  REQUIRE(std::holds_alternative<std::string>(desk.Add(TextDocument("b", b))));
  REQUIRE(std::holds_alternative<std::string>(desk.Add(TextDocument("digest", a + "\n\n" + b))));
  const std::vector<Story> stories = desk.Stories();
  CHECK(StoryOf(stories, "a") != StoryOf(stories, "b"));
}

TEST_CASE("identical copies are one story; removing the first keeps the rest together") {
  Desk desk;
  const std::string text = Sample("001_5f15ffd69aec10c2").content;
  for (int i = 0; i < 50; ++i)
    REQUIRE(std::holds_alternative<std::string>(
        desk.Add(TextDocument("copy" + std::to_string(i), text))));
  REQUIRE(desk.Stories().size() == 1);
  CHECK(desk.Remove("copy0"));
  const std::vector<Story> stories = desk.Stories();
  REQUIRE(stories.size() == 1);
  CHECK(stories[0].members.size() == 49);
  CHECK(stories[0].id == "copy1");
}

TEST_CASE("a flood of 10,000 copies and 500 near copies of one wire story is one story") {
  const std::string story =
      "Port reopens after storm\n\n"
      "HAI PHONG — The city's main container terminal reopened on Sunday after three weeks of "
      "repairs to "
      "berths damaged by the typhoon, the port authority said.\n\n"
      "Ships had queued outside the harbour for days while cranes were inspected and two berths "
      "rebuilt, "
      "officials told reporters at the quay on Sunday morning.\n\n"
      "The authority expects traffic to return to normal by the end of the month.\n";
  Desk desk;
  for (int i = 0; i < 10000; ++i) {
    REQUIRE(std::holds_alternative<std::string>(
        desk.Add(TextDocument("copy" + std::to_string(i), story))));
  }
  // Each outlet signs the copy off its own way: near copies, never identical.
  const char* const kLetters = "abcdefghijklmnopqrstuvwxyz";
  for (int i = 0; i < 500; ++i) {
    std::string desk_name = {kLetters[i % 26], kLetters[(i / 26) % 26], kLetters[(i * 7) % 26],
                             'x'};
    REQUIRE(std::holds_alternative<std::string>(
        desk.Add(TextDocument("near" + std::to_string(i), story + "\nFiled by the " + desk_name +
                                                              " desk for the wire service.\n"))));
  }
  REQUIRE(std::holds_alternative<std::string>(desk.Add(Sample("004_1fbe4b0bd141bb0e"))));
  const std::vector<Story> stories = desk.Stories();
  REQUIRE(stories.size() == 2);
  CHECK(StoryOf(stories, "copy0")->members.size() == 10500);
}

TEST_CASE("bad input: a duplicate id, empty and one-word articles, a 5 MB article") {
  Desk desk;
  REQUIRE(std::holds_alternative<std::string>(desk.Add(Sample("001_5f15ffd69aec10c2"))));
  CHECK(std::holds_alternative<wiredesk::desk::Error>(desk.Add(Sample("001_5f15ffd69aec10c2"))));
  CHECK(std::holds_alternative<wiredesk::desk::Error>(desk.Add(TextDocument("blank", "   \n"))));
  REQUIRE(std::holds_alternative<std::string>(desk.Add(TextDocument("dots", "... /. ---"))));
  REQUIRE(std::holds_alternative<std::string>(desk.Add(TextDocument("dashes", "—— ——"))));
  std::string word;
  for (int i = 0; i < 2000; ++i) word += "crime ";
  REQUIRE(std::holds_alternative<std::string>(desk.Add(TextDocument("word", word))));
  std::string huge;
  const std::string body = Sample("004_1fbe4b0bd141bb0e").content;
  while (huge.size() < (5u << 20)) huge += body + "\n" + std::to_string(huge.size()) + "\n";
  REQUIRE(std::holds_alternative<std::string>(desk.Add(TextDocument("huge", huge))));
  const std::vector<Story> stories = desk.Stories();
  CHECK(StoryOf(stories, "dots") != StoryOf(stories, "dashes"));
  CHECK(StoryOf(stories, "word")->members.size() == 1);
  CHECK(StoryOf(stories, "huge") != nullptr);
  CHECK(desk.StoriesJson()["stories"].size() == stories.size());
}
