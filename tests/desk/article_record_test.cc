#include "desk/article_record.h"

#include <catch2/catch.hpp>
#include <string>
#include <variant>

#include "dedup/fingerprint.h"
#include "dedup/related.h"
#include "desk/article_json.h"
#include "desk/version.h"
#include "extract/article.h"

namespace {

using namespace wiredesk::desk;
using wiredesk::extract::Paragraph;

ArticleRecord ShortRecord() {
  ArticleRecord record;
  record.article.id = "quay-reopens";
  record.article.title = "Harbour quay reopens after repairs";
  record.article.byline = "By a staff writer";
  record.article.published = "2026-11-28";
  record.article.lang = "en";
  record.article.paragraphs = {
      {Paragraph::Kind::kParagraph, "The old quay reopened on Friday after two years of work."},
      {Paragraph::Kind::kQuote, "“It was worth the wait,” said a fisherman. Phở ngon."}};
  record.article.removed = {{"Photo: the quay at dawn", "photo caption", 1, false},
                            {"Subscribe", "menu", -1, true}};
  record.article.warnings = {"1 byte was not UTF-8"};
  const std::string body = wiredesk::extract::BodyText(record.article);
  record.fingerprint = wiredesk::dedup::FingerprintText(body);
  record.terms = {{3, 2}, {0xFFFFFFFFFFFFFFF0ULL, 1}, {7, 4}};  // unsorted on purpose
  return record;
}

}  // namespace

TEST_CASE("an article record gives back the article, its fingerprint and its terms") {
  const ArticleRecord original = ShortRecord();
  const auto decoded = DecodeRecord(EncodeRecord(original));
  REQUIRE(std::holds_alternative<ArticleRecord>(decoded));
  const ArticleRecord& record = std::get<ArticleRecord>(decoded);
  CHECK(ArticleJson(record.article) == ArticleJson(original.article));
  CHECK(record.article.removed[0].at == 1);
  CHECK(record.article.removed[1].at == -1);
  CHECK(record.article.removed[1].uncertain);
  CHECK(record.fingerprint.exact == original.fingerprint.exact);
  CHECK(record.fingerprint.letters == original.fingerprint.letters);
  CHECK(record.fingerprint.level == original.fingerprint.level);
  CHECK(record.fingerprint.shingles == original.fingerprint.shingles);
  CHECK(record.fingerprint.sketch == original.fingerprint.sketch);
  REQUIRE(record.terms.size() == 3);
  CHECK(record.terms[1].key == 0xFFFFFFFFFFFFFFF0ULL);
  CHECK(record.terms[2].key == 7);
  CHECK(record.terms[2].count == 4);
}

TEST_CASE("an article without a body keeps its empty fingerprint through a record") {
  ArticleRecord original;
  original.article.id = "empty";
  const auto decoded = DecodeRecord(EncodeRecord(original));
  REQUIRE(std::holds_alternative<ArticleRecord>(decoded));
  CHECK(std::get<ArticleRecord>(decoded).fingerprint.empty());
  CHECK(std::get<ArticleRecord>(decoded).article.id == "empty");
}

TEST_CASE("a record with a changed byte is refused as damaged") {
  const std::string bytes = EncodeRecord(ShortRecord());
  for (const std::size_t at : {bytes.size() / 2, bytes.size() - 1, std::size_t{30}}) {
    std::string damaged = bytes;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x10);
    const auto decoded = DecodeRecord(damaged);
    REQUIRE(std::holds_alternative<Error>(decoded));
    CHECK(std::get<Error>(decoded).message.rfind("the stored record is damaged", 0) == 0);
  }
}

TEST_CASE("a record with any one bit flipped, anywhere past its format, is refused") {
  const std::string bytes = EncodeRecord(ShortRecord());
  for (std::size_t at = 5; at < bytes.size(); ++at) {
    for (int bit = 0; bit < 8; ++bit) {
      std::string damaged = bytes;
      damaged[at] = static_cast<char>(damaged[at] ^ (1 << bit));
      INFO("byte " << at << ", bit " << bit);
      CHECK(std::holds_alternative<Error>(DecodeRecord(damaged)));
    }
  }
}

TEST_CASE("a record's checksum reads its bytes as little-endian words on every target") {
  // Pinned: native and wasm read each other's records, and a change to the
  // checksum is a new format (kRecordFormat).
  CHECK(RecordChecksum("") == 0x4fd0bfc1u);
  CHECK(RecordChecksum("WDAR record bytes") == 0x7985911bu);
}

TEST_CASE("a cut record or one that is no record at all is refused as damaged") {
  const std::string bytes = EncodeRecord(ShortRecord());
  for (const std::string& damaged : {bytes.substr(0, bytes.size() - 7), bytes.substr(0, 6),
                                     std::string("{\"id\":1}"), std::string()}) {
    const auto decoded = DecodeRecord(damaged);
    REQUIRE(std::holds_alternative<Error>(decoded));
    CHECK(std::get<Error>(decoded).message.rfind("the stored record is damaged", 0) == 0);
  }
}

TEST_CASE("a record of another format is refused, naming both versions") {
  std::string bytes = EncodeRecord(ShortRecord());
  bytes[4] = static_cast<char>(kRecordFormat + 1);
  const auto decoded = DecodeRecord(bytes);
  REQUIRE(std::holds_alternative<Error>(decoded));
  const std::string& message = std::get<Error>(decoded).message;
  CHECK(message.rfind("the stored record was made by another version of the core", 0) == 0);
  CHECK(message.find("format " + std::to_string(kRecordFormat + 1)) != std::string::npos);
  CHECK(message.find(std::string(wiredesk::kVersion)) != std::string::npos);
}

TEST_CASE("a record whose fingerprint samples past any text's length is refused as damaged") {
  ArticleRecord record = ShortRecord();
  record.fingerprint.level = 40;
  const auto decoded = DecodeRecord(EncodeRecord(record));
  REQUIRE(std::holds_alternative<Error>(decoded));
  CHECK(std::get<Error>(decoded).message ==
        "the stored record is damaged (the sampling level is out of range)");
}
