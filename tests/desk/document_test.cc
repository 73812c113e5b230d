#include "desk/document.h"

#include <catch2/catch.hpp>
#include <string>
#include <variant>

using wiredesk::desk::ContentId;
using wiredesk::desk::Document;
using wiredesk::desk::Error;
using wiredesk::desk::ParsedDocuments;
using wiredesk::desk::ParseDocuments;
using wiredesk::desk::PrepareContent;
using wiredesk::desk::PreparedText;
using wiredesk::desk::SniffFormat;

TEST_CASE("a document without an id gets a stable content hash") {
  auto parsed = ParseDocuments(R"({"content":"Hanoi, Oct 15 - Talks opened."})");
  REQUIRE(std::holds_alternative<ParsedDocuments>(parsed));
  const auto& doc = std::get<Document>(std::get<ParsedDocuments>(parsed).documents.at(0));
  CHECK(doc.id == ContentId("Hanoi, Oct 15 - Talks opened."));
  CHECK(doc.id.size() == 16);
  CHECK(doc.format == "text");
}

TEST_CASE("one bad document in an array fails alone") {
  auto parsed = ParseDocuments(
      R"([{"id":"a","content":"One."},{"id":"b","content":42},{"content":"Three."}])");
  REQUIRE(std::holds_alternative<ParsedDocuments>(parsed));
  const auto& documents = std::get<ParsedDocuments>(parsed).documents;
  REQUIRE(documents.size() == 3);
  CHECK(std::get<Document>(documents[0]).id == "a");
  CHECK(std::get<Error>(documents[1]).message == "\"content\" must be a string, not number");
  CHECK(std::holds_alternative<Document>(documents[2]));
}

TEST_CASE("malformed JSON is one clear error") {
  auto parsed = ParseDocuments(R"({"content": "unterminated)");
  REQUIRE(std::holds_alternative<Error>(parsed));
  CHECK(std::get<Error>(parsed).message.rfind("malformed JSON: ", 0) == 0);
}

TEST_CASE("a lone surrogate escape in JSON becomes U+FFFD with a warning") {
  auto parsed = ParseDocuments(R"({"content":"a\ud800b \ud83d\udcf0"})");
  REQUIRE(std::holds_alternative<ParsedDocuments>(parsed));
  const auto& result = std::get<ParsedDocuments>(parsed);
  CHECK(std::get<Document>(result.documents.at(0)).content == "a\uFFFDb 📰");
  REQUIRE(result.warnings.size() == 1);
  CHECK(result.warnings[0] == "1 unpaired UTF-16 surrogate in the JSON replaced with U+FFFD");
}

TEST_CASE("an escaped backslash before u is not read as a unicode escape") {
  auto parsed = ParseDocuments(R"({"content":"C:\\ud800"})");
  REQUIRE(std::holds_alternative<ParsedDocuments>(parsed));
  CHECK(std::get<Document>(std::get<ParsedDocuments>(parsed).documents.at(0)).content ==
        "C:\\ud800");
}

TEST_CASE("a document with an unknown format or no content is refused") {
  auto unknown = ParseDocuments(R"({"content":"x","format":"pdf"})");
  CHECK(std::holds_alternative<Error>(std::get<ParsedDocuments>(unknown).documents.at(0)));
  auto missing = ParseDocuments(R"({"id":"x"})");
  CHECK(std::get<Error>(std::get<ParsedDocuments>(missing).documents.at(0)).message ==
        "a document needs \"content\"");
}

TEST_CASE("markup is sniffed as html and prose as text") {
  CHECK(SniffFormat("  <!doctype html><html>") == "html");
  CHECK(SniffFormat("Title\n\n<p>Body</p>") == "html");
  CHECK(SniffFormat("Hanoi (VNA) - The talks opened.") == "text");
}

TEST_CASE("content is refused when empty or binary and repaired when not UTF-8") {
  CHECK(std::get<Error>(PrepareContent(" \n\t ")).message == "document is empty");
  CHECK(std::holds_alternative<Error>(PrepareContent(std::string("\x89PNG\r\n\x1a\n\0\0", 10))));
  auto repaired = PrepareContent("caf\xE9 au lait");
  REQUIRE(std::holds_alternative<PreparedText>(repaired));
  CHECK(std::get<PreparedText>(repaired).text == "caf\uFFFD au lait");
  CHECK(std::get<PreparedText>(repaired).warnings ==
        std::vector<std::string>{"1 invalid UTF-8 sequence replaced with U+FFFD"});
}

TEST_CASE("content over the size limit is refused with its size") {
  const std::string huge(wiredesk::desk::kMaxDocumentBytes + 1, 'a');
  CHECK(std::get<Error>(PrepareContent(huge)).message ==
        "document is 32.1 MB; the limit is 32.0 MB");
}
