#include "compare/alignment.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace {

using wiredesk::compare::AlignSentences;
using wiredesk::compare::KeyOf;
using wiredesk::compare::Link;
using wiredesk::compare::SentenceKey;
using wiredesk::compare::Shingles;
using wiredesk::compare::Similarity;

std::vector<SentenceKey> Keys(const std::vector<std::string>& sentences) {
  std::vector<SentenceKey> keys;
  for (const std::string& sentence : sentences) keys.push_back(KeyOf(sentence));
  return keys;
}

const std::vector<std::string> kStory = {
    "The river rose two metres overnight in the northern province.",
    "Three thousand families left their homes before dawn on Tuesday.",
    "Rescue boats reached the last flooded village by noon.",
    "The weather service expects more rain until the end of the week.",
};

}  // namespace

TEST_CASE("a run-together copy of a sentence has the key of the clean sentence") {
  CHECK(KeyOf("Ready to work withcountries and territories.").key ==
        KeyOf("Ready to work with Countries, and territories").key);
  CHECK(KeyOf("…").text_only);
}

TEST_CASE("the same sentences in the same order align one to one") {
  const std::vector<Link> links = AlignSentences(Keys(kStory), Keys(kStory));
  REQUIRE(links.size() == kStory.size());
  for (int i = 0; i < static_cast<int>(links.size()); ++i) {
    CHECK(links[i].left_begin == i);
    CHECK(links[i].right_begin == i);
    CHECK(links[i].left_end == i + 1);
    CHECK(links[i].similarity == 10000);
    CHECK_FALSE(links[i].moved);
  }
}

TEST_CASE("an added sentence is in no link and a reworded one still links") {
  std::vector<std::string> edited = kStory;
  edited[2] = "Rescue boats reached the last flooded village shortly after noon.";
  edited.insert(edited.begin() + 1, "Officials said the dam held through the night.");
  const std::vector<Link> links = AlignSentences(Keys(kStory), Keys(edited));
  REQUIRE(links.size() == 4);
  CHECK(links[1].right_begin == 2);  // the inserted sentence (1) is skipped
  CHECK(links[2].right_begin == 3);
  CHECK(links[2].similarity < 10000);
  CHECK(links[2].similarity >= wiredesk::compare::kMinSimilarity);
}

TEST_CASE("a sentence taken to the end of the story is a move") {
  const std::vector<std::string> moved = {kStory[1], kStory[2], kStory[3], kStory[0]};
  const std::vector<Link> links = AlignSentences(Keys(kStory), Keys(moved));
  REQUIRE(links.size() == 4);
  int moves = 0;
  for (const Link& link : links) moves += link.moved ? 1 : 0;
  CHECK(moves == 1);
  CHECK(links[0].moved);  // links are in the left side's order
  CHECK(links[0].right_begin == 3);
}

TEST_CASE("a sentence split in two links to both halves") {
  const std::vector<std::string> left = {
      "The council approved the budget on Monday, and the mayor said work on the bridge would "
      "start "
      "in spring."};
  const std::vector<std::string> right = {
      "The council approved the budget on Monday.",
      "The mayor said work on the bridge would start in spring."};
  const std::vector<Link> links = AlignSentences(Keys(left), Keys(right));
  REQUIRE(links.size() == 1);
  CHECK(links[0].right_begin == 0);
  CHECK(links[0].right_end == 2);
}

TEST_CASE("shingle similarity is 10000 for equal keys and 0 for nothing shared") {
  const SentenceKey a = KeyOf(kStory[0]);
  const SentenceKey b = KeyOf(kStory[0]);
  const SentenceKey c = KeyOf("Zebras graze quietly.");
  CHECK(Similarity(Shingles(a), Shingles(b)) == 10000);
  CHECK(Similarity(Shingles(a), Shingles(c)) == 0);
}
