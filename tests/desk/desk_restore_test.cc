#include <catch2/catch.hpp>
#include <string>
#include <variant>
#include <vector>

#include "desk/article_json.h"
#include "desk/desk.h"
#include "samples.h"
#include "text_document.h"

namespace {

using wiredesk::desk::Desk;
using wiredesk::desk::Document;
using wiredesk::desk::Error;
using wiredesk::testing::TextDocument;

const char* const kSamples[] = {"000_6fdb084cdd6b2d10", "001_5f15ffd69aec10c2",
                                "002_0c1e3a2815583ef3", "003_94858066e6bb5739",
                                "004_1fbe4b0bd141bb0e"};

std::vector<Document> Documents() {
  std::vector<Document> documents;
  for (const char* id : kSamples)
    documents.push_back(TextDocument(id, wiredesk::testing::Sample(std::string(id) + ".txt")));
  // An identical copy (filed as a copy) and an empty body (its own story).
  documents.push_back(TextDocument("copy", wiredesk::testing::Sample("003_94858066e6bb5739.txt")));
  documents.push_back(TextDocument("short", "Rain."));
  return documents;
}

std::vector<std::string> RecordsOf(Desk& desk, const std::vector<Document>& documents) {
  std::vector<std::string> records;
  for (const Document& document : documents) {
    REQUIRE(std::holds_alternative<std::string>(desk.Add(document)));
    auto record = desk.Record(document.id);
    REQUIRE(std::holds_alternative<std::string>(record));
    records.push_back(std::get<std::string>(record));
  }
  return records;
}

}  // namespace

TEST_CASE("a desk restored from its records gives exactly the stories of a full rebuild") {
  Desk built;
  const std::vector<std::string> records = RecordsOf(built, Documents());
  Desk restored;
  for (const std::string& record : records)
    REQUIRE(std::holds_alternative<std::string>(restored.Restore(record)));
  CHECK(restored.size() == built.size());
  CHECK(restored.StoriesJson() == built.StoriesJson());
  CHECK(wiredesk::desk::ArticleJson(*restored.Article("003_94858066e6bb5739")) ==
        wiredesk::desk::ArticleJson(*built.Article("003_94858066e6bb5739")));
}

TEST_CASE("a restored desk takes new documents and removals as a rebuilt one does") {
  const std::vector<Document> documents = Documents();
  Desk built;
  std::vector<std::string> records = RecordsOf(built, {documents.begin(), documents.begin() + 3});
  Desk restored;
  for (const std::string& record : records)
    REQUIRE(std::holds_alternative<std::string>(restored.Restore(record)));
  restored.Stories();
  for (std::size_t i = 3; i < documents.size(); ++i) {
    REQUIRE(std::holds_alternative<std::string>(built.Add(documents[i])));
    REQUIRE(std::holds_alternative<std::string>(restored.Add(documents[i])));
  }
  CHECK(restored.StoriesJson() == built.StoriesJson());
  CHECK(built.Remove("003_94858066e6bb5739"));
  CHECK(restored.Remove("003_94858066e6bb5739"));
  CHECK(restored.StoriesJson() == built.StoriesJson());
}

TEST_CASE(
    "a refused record leaves the desk unchanged, and adding its document instead gives the same "
    "stories") {
  const std::vector<Document> documents = Documents();
  Desk built;
  std::vector<std::string> records = RecordsOf(built, documents);
  records[3][records[3].size() / 2] ^= 0x01;
  Desk restored;
  for (std::size_t i = 0; i < records.size(); ++i) {
    auto restored_id = restored.Restore(records[i]);
    if (i != 3) {
      REQUIRE(std::holds_alternative<std::string>(restored_id));
      continue;
    }
    REQUIRE(std::holds_alternative<Error>(restored_id));
    CHECK(std::get<Error>(restored_id).message.rfind("the stored record is damaged", 0) == 0);
    CHECK(restored.Article(documents[i].id) == nullptr);
    REQUIRE(std::holds_alternative<std::string>(restored.Add(documents[i])));
  }
  CHECK(restored.StoriesJson() == built.StoriesJson());
}

TEST_CASE("a record of an article already on the desk is refused") {
  Desk desk;
  const std::vector<std::string> records =
      RecordsOf(desk, {TextDocument("a", "A ferry ran aground near the harbour mouth.")});
  const auto again = desk.Restore(records[0]);
  REQUIRE(std::holds_alternative<Error>(again));
  CHECK(std::get<Error>(again).message == "an article with id \"a\" is already on the desk");
  CHECK(std::holds_alternative<Error>(desk.Record("missing")));
}
