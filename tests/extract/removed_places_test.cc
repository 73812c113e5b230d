#include <catch2/catch.hpp>
#include <string>

#include "extract/extract.h"
#include "samples.h"

// The reader shows each removed block where it stood, so every block taken
// from inside the body's reading order carries the paragraph it came before.

namespace {

using wiredesk::extract::Article;
using wiredesk::extract::RemovedBlock;
using wiredesk::testing::Sample;

const RemovedBlock* Find(const Article& article, const std::string& start) {
  for (const RemovedBlock& block : article.removed) {
    if (block.text.rfind(start, 0) == 0) return &block;
  }
  return nullptr;
}

}  // namespace

TEST_CASE(
    "a caption above a copied article stands before its first paragraph, teasers after its last") {
  const Article article = wiredesk::extract::ExtractText(Sample("002_0c1e3a2815583ef3.txt"));
  const RemovedBlock* caption = Find(article, "At the 88th INTERPOL General Assembly (Photo: VNA)");
  REQUIRE(caption != nullptr);
  CHECK(caption->at == 0);
  const RemovedBlock* teasers = Find(article, "See more");
  REQUIRE(teasers != nullptr);
  CHECK(teasers->at == static_cast<int>(article.paragraphs.size()));
  for (const RemovedBlock& block : article.removed) {
    CHECK(block.at >= 0);
    CHECK(block.at <= static_cast<int>(article.paragraphs.size()));
  }
}

TEST_CASE(
    "a caption between two paragraphs of a page stands before the second, after edges are "
    "trimmed") {
  const std::string first =
      "<p>The city council voted on Tuesday to expand the tram network into the eastern suburbs, "
      "ending a debate that has lasted more than a decade, officials said.</p>";
  const std::string second =
      "<p>The new line, which will cost about 400 million euros, is expected to carry 60,000 "
      "passengers a day when it opens, according to the transport authority.</p>";
  const std::string third =
      "<p>Opponents argued that buses would have been cheaper, but the mayor said the tram would "
      "cut journey times and pollution, and that construction would start next spring.</p>";
  const Article article = wiredesk::extract::ExtractHtml(
      "<html><body><article><p>By Staff</p>" + first + second + "<p>Share on Facebook</p>" + third +
      "</article></body></html>");
  REQUIRE(article.paragraphs.size() == 3);
  const RemovedBlock* share = Find(article, "Share on Facebook");
  REQUIRE(share != nullptr);
  CHECK(share->at == 2);
  const RemovedBlock* byline = Find(article, "By Staff");
  REQUIRE(byline != nullptr);
  CHECK(byline->at == 0);
}
