#include "dedup/canonical.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "dedup/fingerprint.h"

namespace {

using wiredesk::dedup::ChooseCanonical;
using wiredesk::dedup::Fingerprint;
using wiredesk::dedup::FingerprintText;
using wiredesk::dedup::VersionText;

const std::string kFull =
    "Vietnam stands ready to enhance collaboration with countries and territories worldwide in the "
    "fight against high-tech crimes, the deputy minister told the conference in Hanoi on Tuesday. "
    "Delegates from forty countries signed a statement on sharing evidence across borders. The "
    "agreement also sets up a hotline between police forces for cases of online fraud. A second "
    "meeting is planned for next year in Singapore, where the results will be reviewed.";

// The versions with their fingerprints, kept alive for the call.
struct Versions {
  std::vector<std::string> texts;
  std::vector<Fingerprint> fingerprints;
  std::vector<int> metadata;
  std::vector<VersionText> Get() {
    fingerprints.clear();
    for (const std::string& text : texts) fingerprints.push_back(FingerprintText(text));
    std::vector<VersionText> versions;
    for (std::size_t i = 0; i < texts.size(); ++i) {
      versions.push_back({texts[i], &fingerprints[i], i < metadata.size() ? metadata[i] : 0});
    }
    return versions;
  }
};

}  // namespace

TEST_CASE("a full version is canonical over a trimmed copy, first or not") {
  // What only one copy carries earns nothing: a second full copy, from
  // another desk, is what makes the trimmed one the lesser.
  const std::string trimmed = kFull.substr(0, kFull.find(" The agreement"));
  const std::string other = kFull + " The minister did not take questions.";
  Versions versions{{trimmed, kFull, other}, {}, {}};
  const auto choice = ChooseCanonical(versions.Get());
  CHECK(choice.version == 1);
  REQUIRE(choice.scores.size() == 3);
  CHECK(choice.scores[0] < choice.scores[1]);
}

TEST_CASE("a clean copy is canonical over its twin with words run together") {
  std::string damaged = kFull;
  for (const char* pair : {"with countries", "high-tech crimes", "police forces"}) {
    const std::string from(pair);
    std::string to = from;
    to.erase(to.find_first_of(" -"), 1);
    damaged.replace(damaged.find(from), from.size(), to);
  }
  Versions versions{{damaged, kFull}, {}, {}};
  const auto choice = ChooseCanonical(versions.Get());
  CHECK(choice.version == 1);
  REQUIRE(choice.scores.size() == 2);
  CHECK(choice.scores[1] > choice.scores[0]);
}

TEST_CASE("between copies of the same text the better labelled one is canonical") {
  Versions versions{{kFull, kFull, kFull}, {}, {0, 2, 1}};
  CHECK(ChooseCanonical(versions.Get()).version == 1);
}
