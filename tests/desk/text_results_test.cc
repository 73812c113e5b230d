#include "desk/text_results.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using nlohmann::json;
using wiredesk::desk::Respond;
using wiredesk::desk::SentencesOf;
using wiredesk::desk::TokensOf;

TEST_CASE("a request for sentences answers each document in order") {
  const json response = json::parse(Respond(
      R"([{"id":"a","content":"First one. Second one."},{"id":"b","content":""},{"content":"Third."}])",
      SentencesOf));
  const json& results = response.at("results");
  REQUIRE(results.size() == 3);
  CHECK(results[0]["id"] == "a");
  CHECK(results[0]["sentences"][1]["text"] == "Second one.");
  CHECK(results[0]["sentences"][1]["begin"] == 11);
  CHECK(results[0]["warnings"].empty());
  CHECK(results[1]["error"]["message"] == "document is empty");
  CHECK(results[2]["sentences"][0]["text"] == "Third.");
}

TEST_CASE("tokens come with their kind and byte offsets") {
  const json response = json::parse(Respond(R"({"id":"t","content":"Hà Nội 2019"})", TokensOf));
  const json& tokens = response["results"][0]["tokens"];
  REQUIRE(tokens.size() == 3);
  CHECK(tokens[1] == json{{"text", "Nội"}, {"kind", "word"}, {"begin", 4}, {"end", 9}});
  CHECK(tokens[2]["kind"] == "number");
}

TEST_CASE("a malformed request is an error value, not an exception") {
  const json response = json::parse(Respond("[{", SentencesOf));
  CHECK(response["error"]["message"].get<std::string>().rfind("malformed JSON", 0) == 0);
  const json not_object = json::parse(Respond("[1]", SentencesOf));
  CHECK(not_object["results"][0]["error"]["message"] ==
        "document 0: a document must be a JSON object, not number");
}

TEST_CASE("the sentences of an HTML page are those of its article text") {
  const json response = json::parse(Respond(
      R"({"id":"h","content":"<html><body><nav><a href=/>Home</a></nav><article><p>The talks opened in Hanoi on Monday, officials said. Both sides, after years of delay, signed the accord.</p></article></body></html>"})",
      SentencesOf));
  const json& sentences = response["results"][0]["sentences"];
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[0]["text"] == "The talks opened in Hanoi on Monday, officials said.");
}
