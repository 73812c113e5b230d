#include <catch2/catch.hpp>
#include <string>
#include <variant>
#include <vector>

#include "desk/article_json.h"
#include "desk/article_record.h"
#include "desk/desk.h"
#include "desk/desk_requests.h"
#include "samples.h"
#include "text_document.h"

namespace {

using wiredesk::desk::ArticleRecord;
using wiredesk::desk::Desk;
using wiredesk::desk::Document;
using wiredesk::desk::Error;
using wiredesk::testing::TextDocument;

// Two versions of one story, an identical copy of the first, another story.
std::vector<Document> Documents() {
  const std::string ferry = wiredesk::testing::Sample("003_94858066e6bb5739.txt");
  return {TextDocument("first", ferry),
          TextDocument("other", wiredesk::testing::Sample("000_6fdb084cdd6b2d10.txt")),
          TextDocument("edited", "Updated.\n\n" + ferry), TextDocument("copy", ferry)};
}

std::string Record(const Desk& built, const std::string& id, bool texts) {
  auto record = std::get<ArticleRecord>(built.RecordOf(id));
  record.texts = texts;
  return wiredesk::desk::EncodeRecord(record);
}

// Records one after another, each after its size (u32, little-endian).
std::string PackOf(const std::vector<std::string>& records) {
  std::string pack;
  for (const std::string& record : records) {
    for (int i = 0; i < 4; ++i) pack.push_back(static_cast<char>(record.size() >> (8 * i)));
    pack += record;
  }
  return pack;
}

std::string FullPack(const Desk& built, const std::vector<std::string>& ids) {
  std::vector<std::string> records;
  for (const std::string& id : ids) records.push_back(Record(built, id, true));
  return PackOf(records);
}

// A desk restored from the index records of `built`'s articles.
Desk RestoredWithoutTexts(const Desk& built, const std::vector<Document>& documents) {
  Desk restored;
  for (const Document& document : documents)
    REQUIRE(restored.Restore(Record(built, document.id, false)).index() == 0);
  return restored;
}

Desk Built(const std::vector<Document>& documents) {
  Desk built;
  for (const Document& document : documents) REQUIRE(built.Add(document).index() == 0);
  return built;
}

}  // namespace

TEST_CASE("an index record leaves the article's texts out and keeps what lists and finds it") {
  const Desk built = Built(Documents());
  const std::string full = Record(built, "first", true);
  const std::string index = Record(built, "first", false);
  CHECK(index.size() + 1000 < full.size());
  const auto decoded = wiredesk::desk::DecodeRecord(index);
  REQUIRE(std::holds_alternative<ArticleRecord>(decoded));
  const ArticleRecord& record = std::get<ArticleRecord>(decoded);
  CHECK_FALSE(record.texts);
  CHECK(record.article.paragraphs.empty());
  CHECK(record.article.title == built.Article("first")->title);
  CHECK_FALSE(record.search_words.empty());
  CHECK(record.search_words ==
        std::get<ArticleRecord>(wiredesk::desk::DecodeRecord(full)).search_words);
}

TEST_CASE("a desk restored from index records lists and searches as a full rebuild") {
  const std::vector<Document> documents = Documents();
  Desk built = Built(documents);
  Desk restored = RestoredWithoutTexts(built, documents);
  // Nothing clustered yet: every version's texts are wanted, then given.
  const std::vector<std::string> needed = restored.TextsNeeded({}, {});
  CHECK(needed.size() == documents.size());
  REQUIRE(std::get<std::size_t>(restored.LendTexts(FullPack(built, needed))) == needed.size());
  CHECK(restored.StoriesJson() == built.StoriesJson());
  restored.ReturnTexts();
  CHECK_FALSE(restored.HoldsTexts("first"));
  for (const char* query : {"ferry", "updated", "no such word here", ""})
    CHECK(restored.Search(query) == built.Search(query));
  CHECK(restored.TextsNeeded({}, {}).empty());
}

TEST_CASE("an article restored without its texts is read once they are lent, until returned") {
  const std::vector<Document> documents = Documents();
  Desk built = Built(documents);
  Desk restored = RestoredWithoutTexts(built, documents);
  REQUIRE_FALSE(restored.RestoreStories(built.Stories()).has_value());
  CHECK(restored.TextsNeeded({}, {}).empty());

  CHECK(ArticleRequest(restored, "other").find("are not on the desk") != std::string::npos);
  CHECK(restored.TextsNeeded({"other"}, {}) == std::vector<std::string>{"other"});
  CHECK(LendTextsRequest(restored, FullPack(built, {"other"})) == R"({"lent":1})");
  CHECK(ArticleRequest(restored, "other") == ArticleRequest(built, "other"));
  restored.ReturnTexts();
  CHECK(ArticleRequest(restored, "other").find("are not on the desk") != std::string::npos);
}

TEST_CASE("a version joining a restored story wants that story's texts to choose its canonical") {
  const std::vector<Document> documents = Documents();
  Desk built = Built(documents);
  Desk restored = RestoredWithoutTexts(built, documents);
  REQUIRE_FALSE(restored.RestoreStories(built.Stories()).has_value());
  const Document late = TextDocument("late", "Late edition.\n\n" + documents[0].content);
  REQUIRE(built.Add(late).index() == 0);
  REQUIRE(restored.Add(late).index() == 0);
  const std::vector<std::string> needed = restored.TextsNeeded({}, {});
  CHECK(needed == std::vector<std::string>{"first", "edited", "copy"});
  REQUIRE(restored.LendTexts(FullPack(built, needed)).index() == 0);
  CHECK(restored.StoriesJson() == built.StoriesJson());
}

TEST_CASE("removing an article with an identical copy wants the copy's texts") {
  const std::vector<Document> documents = Documents();
  Desk built = Built(documents);
  Desk restored = RestoredWithoutTexts(built, documents);
  REQUIRE_FALSE(restored.RestoreStories(built.Stories()).has_value());
  CHECK(restored.TextsNeeded({}, {"first"}) == std::vector<std::string>{"copy"});
  REQUIRE(restored.LendTexts(FullPack(built, {"copy"})).index() == 0);
  CHECK(built.Remove("first"));
  CHECK(restored.Remove("first"));
  REQUIRE(restored.LendTexts(FullPack(built, restored.TextsNeeded({}, {}))).index() == 0);
  CHECK(restored.StoriesJson() == built.StoriesJson());
  // The copy stands in for it: a new copy of the text still joins it.
  REQUIRE(built.Add(TextDocument("again", documents[0].content)).index() == 0);
  REQUIRE(restored.Add(TextDocument("again", documents[0].content)).index() == 0);
  CHECK(restored.StoriesJson() == built.StoriesJson());
}

TEST_CASE("a lent pack holding an index record or a damaged one lends nothing") {
  const std::vector<Document> documents = Documents();
  Desk built = Built(documents);
  Desk restored = RestoredWithoutTexts(built, documents);
  const std::string good = Record(built, "first", true);
  auto lent = restored.LendTexts(PackOf({good, Record(built, "other", false)}));
  REQUIRE(std::holds_alternative<Error>(lent));
  CHECK(std::get<Error>(lent).message == "a lent record holds no texts (an index record)");
  std::string damaged = Record(built, "other", true);
  damaged[damaged.size() / 2] ^= 0x01;
  CHECK(std::holds_alternative<Error>(restored.LendTexts(PackOf({good, damaged}))));
  CHECK_FALSE(restored.HoldsTexts("first"));
  CHECK(restored.LendTexts(PackOf({good}).substr(0, 10)).index() == 1);
}
