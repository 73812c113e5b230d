#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "desk/desk.h"
#include "desk/desk_requests.h"
#include "samples.h"
#include "text_document.h"

namespace {

using wiredesk::desk::Desk;
using wiredesk::desk::Document;
using wiredesk::desk::Story;
using wiredesk::testing::TextDocument;

// Three versions of one story (one of them an identical copy), another
// story, and an empty body.
std::vector<Document> Documents() {
  const std::string ferry = wiredesk::testing::Sample("003_94858066e6bb5739.txt");
  return {TextDocument("first", ferry),
          TextDocument("other", wiredesk::testing::Sample("000_6fdb084cdd6b2d10.txt")),
          TextDocument("edited", "Updated.\n\n" + ferry), TextDocument("copy", ferry),
          TextDocument("short", "Rain.")};
}

// The records of `built`'s articles, each after its size, as one pack.
std::string PackOf(const Desk& built, const std::vector<Document>& documents) {
  std::string pack;
  for (const Document& document : documents) {
    const std::string record = std::get<std::string>(built.Record(document.id));
    for (int i = 0; i < 4; ++i) pack.push_back(static_cast<char>(record.size() >> (8 * i)));
    pack += record;
  }
  return pack;
}

}  // namespace

TEST_CASE("a desk restored with its stories gives exactly the stories of the desk it came from") {
  const std::vector<Document> documents = Documents();
  Desk built;
  for (const Document& document : documents) REQUIRE(built.Add(document).index() == 0);
  const std::vector<Story> stories = built.Stories();
  REQUIRE(stories.size() < documents.size());

  Desk restored;
  const std::string answer = RestorePackRequest(restored, PackOf(built, documents));
  CHECK(answer == R"({"restored":["first","other","edited","copy","short"],"refused":[]})");
  CHECK_FALSE(restored.RestoreStories(stories).has_value());
  CHECK(restored.StoriesJson() == built.StoriesJson());

  // And it takes a new version and a removal as the built one does.
  const Document late = TextDocument("late", "Late edition.\n\n" + documents[0].content);
  REQUIRE(built.Add(late).index() == 0);
  REQUIRE(restored.Add(late).index() == 0);
  CHECK(restored.StoriesJson() == built.StoriesJson());
  CHECK(built.Remove("first"));
  CHECK(restored.Remove("first"));
  CHECK(restored.StoriesJson() == built.StoriesJson());
}

TEST_CASE("stories that do not fit the desk are refused, and the desk clusters its articles") {
  const std::vector<Document> documents = Documents();
  Desk built;
  for (const Document& document : documents) REQUIRE(built.Add(document).index() == 0);
  const std::vector<Story> stories = built.Stories();

  std::vector<Story> short_one = stories;
  short_one.pop_back();
  std::vector<Story> renamed = stories;
  renamed.front().title = "A headline no member has";
  std::vector<Story> twice = stories;
  twice.back().members.push_back(twice.front().members.front());
  std::vector<Story> misnamed = stories;
  for (Story& story : misnamed) {
    if (story.members.size() > 1) story.id = story.members.back();
  }
  std::vector<Story> reordered(stories.rbegin(), stories.rend());
  for (const auto& wrong : {short_one, renamed, twice, misnamed, reordered}) {
    Desk restored;
    RestorePackRequest(restored, PackOf(built, documents));
    REQUIRE(restored.RestoreStories(wrong).has_value());
    CHECK(restored.StoriesJson() == built.StoriesJson());
  }
}

TEST_CASE("a pack cut short restores the records before the cut and says where it stopped") {
  const std::vector<Document> documents = Documents();
  Desk built;
  for (const Document& document : documents) REQUIRE(built.Add(document).index() == 0);
  const std::string pack = PackOf(built, documents);
  Desk restored;
  const std::string answer = RestorePackRequest(restored, pack.substr(0, pack.size() - 3));
  CHECK(
      answer ==
      R"({"restored":["first","other","edited","copy"],"refused":[{"index":4,"message":"the stored records are cut short"}]})");
  CHECK(restored.size() == 4);
}
