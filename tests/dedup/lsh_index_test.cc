#include "dedup/lsh_index.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "dedup/fingerprint.h"

namespace {

using wiredesk::dedup::Candidate;
using wiredesk::dedup::Fingerprint;
using wiredesk::dedup::FingerprintText;
using wiredesk::dedup::LshIndex;

const std::string kFlood =
    "The river rose two metres overnight in the northern province, and three thousand families "
    "left "
    "their homes before dawn on Tuesday. Rescue boats reached the last flooded village by noon, "
    "the "
    "provincial governor said, adding that the dam upstream had held through the night. The "
    "weather "
    "service expects more rain until the end of the week and has asked schools to stay closed.";
const std::string kBudget =
    "The city council approved next year's budget on Monday after a debate that lasted nine hours. "
    "Spending on public transport rises by a fifth, while the parks department loses two of its "
    "depots. The mayor said the new tram line would open in the spring of the year after next, and "
    "that fares would not rise before then.";

}  // namespace

TEST_CASE("a trimmed copy finds its full version among the filed articles") {
  LshIndex index;
  index.Insert(0, FingerprintText(kBudget));
  index.Insert(1, FingerprintText(kFlood));
  const std::string trimmed = kFlood.substr(0, kFlood.find(" The weather"));
  const std::vector<Candidate> found = index.Query(FingerprintText(trimmed), 10);
  REQUIRE_FALSE(found.empty());
  CHECK(found.front().article == 1);
  CHECK(found.front().bands > 1);
}

TEST_CASE("an unrelated article shares no band") {
  LshIndex index;
  index.Insert(0, FingerprintText(kFlood));
  CHECK(index.Query(FingerprintText(kBudget), 10).empty());
}

TEST_CASE("candidates come most shared bands first, then lowest index, at most the limit") {
  LshIndex index;
  for (std::uint32_t article = 0; article < 5; ++article)
    index.Insert(article, FingerprintText(kFlood));
  const std::vector<Candidate> found = index.Query(FingerprintText(kFlood), 3);
  REQUIRE(found.size() == 3);
  CHECK(found[0].article == 0);
  CHECK(found[1].article == 1);
  CHECK(found[2].article == 2);
  CHECK(found[0].bands == found[2].bands);
}

// A text of its own for each seed: 60 words drawn from a small vocabulary.
std::string MadeUpReport(std::uint32_t seed) {
  static const char* const kWords[] = {"river",   "council",  "budget",   "rescue", "village",
                                       "tram",    "minister", "harbour",  "storm",  "school",
                                       "market",  "bridge",   "election", "court",  "factory",
                                       "farmers", "rain",     "police"};
  std::string text;
  for (int i = 0; i < 60; ++i) {
    seed = seed * 1664525u + 1013904223u;
    text.append(kWords[(seed >> 16) % 18]).append(" ");
  }
  return text;
}

TEST_CASE("the index grows past its first table without losing an article") {
  LshIndex index;
  for (std::uint32_t i = 0; i < 300; ++i) index.Insert(i, FingerprintText(MadeUpReport(i)));
  for (std::uint32_t i : {0u, 151u, 299u}) {
    const std::vector<Candidate> found = index.Query(FingerprintText(MadeUpReport(i)), 1);
    REQUIRE(found.size() == 1);
    CHECK(found.front().article == i);
  }
}
