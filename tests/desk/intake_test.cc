#include "desk/intake.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli/cli.h"
#include "desk/desk_requests.h"
#include "desk/text_results.h"

namespace {

using nlohmann::json;
using namespace wiredesk::desk;

// What `wiredesk extract -` prints for `input` on standard input: its one article.
json CliArticle(const std::string& input) {
  std::istringstream in(input);
  std::ostringstream out, err;
  REQUIRE(wiredesk::cli::Main({"extract", "-"}, "native", {}, {in, out, err}) == 0);
  const json articles = json::parse(out.str());
  REQUIRE(articles.size() == 1);
  return articles[0];
}

// What the Desk keeps for `document`.
json DeskArticle(const Document& document) {
  Desk desk;
  REQUIRE(std::holds_alternative<std::string>(desk.Add(document)));
  return json::parse(ArticleRequest(desk, document.id));
}

// A wire copy opening with a sentence, not a headline: extraction warns.
const std::string kText =
    "The two delegations ended three days of talks in Hanoi on Monday with a joint statement on "
    "trade and fisheries.\n\n"
    "They agreed to meet again in the spring, the statement said, and to set up a working group "
    "on port fees before then.\n\n"
    "Officials from both sides described the talks as frank and useful, and said the working "
    "group would report to ministers by the end of the year.\n";

}  // namespace

TEST_CASE("the CLI, a one-off call and the Desk give one article, url and date included") {
  const json sent = {{"id", "wire-7"},
                     {"url", "https://example.org/talks"},
                     {"published", "2025-03-02"},
                     {"format", "text"},
                     {"content", kText}};
  const json one_off = json::parse(Respond(sent.dump(), ArticleJsonOf))["results"][0];
  Document document;
  document.id = "wire-7";
  document.url = "https://example.org/talks";
  document.published = "2025-03-02";
  document.format = "text";
  document.content = kText;

  CHECK(one_off["paragraphs"].size() == 3);
  CHECK(one_off["url"] == "https://example.org/talks");
  CHECK(one_off["published"] == "2025-03-02");
  CHECK(CliArticle(sent.dump()) == one_off);
  CHECK(DeskArticle(document) == one_off);
}

TEST_CASE("invalid UTF-8 is repaired and said first, the same on the CLI and on the Desk") {
  const std::string damaged = "Caf\xE9 owners met. " + kText;
  Document document;
  document.id = ContentId(damaged);  // what the CLI names a document read from stdin
  document.format = "text";
  document.content = damaged;
  const json cli = CliArticle(damaged);

  REQUIRE(cli["warnings"].size() == 2);
  CHECK(cli["warnings"][0] == "1 invalid UTF-8 sequence replaced with U+FFFD");
  CHECK(cli["warnings"][1] == "no headline found at the top of the text");
  CHECK(cli["text"].get<std::string>().rfind("Caf\xEF\xBF\xBD owners met.", 0) == 0);
  CHECK(DeskArticle(document) == cli);
}

TEST_CASE("what the page says of itself stands before what the sender says of it") {
  Document document;
  document.id = "page";
  document.format = "html";
  document.url = "https://example.org/sent";
  document.content =
      "<html><head><link rel=\"canonical\" href=\"https://example.org/canonical\"></head>"
      "<body><article><p>" +
      kText + "</p></article></body></html>";
  const auto article = ArticleOf(document);
  REQUIRE(std::holds_alternative<wiredesk::extract::Article>(article));
  CHECK(std::get<wiredesk::extract::Article>(article).url == "https://example.org/canonical");
}

TEST_CASE("a document refused at intake says why") {
  Document blank;
  blank.id = "blank";
  blank.content = " \n ";
  const auto article = ArticleOf(blank);
  REQUIRE(std::holds_alternative<Error>(article));
  CHECK(std::get<Error>(article).message == "document is empty");
}
