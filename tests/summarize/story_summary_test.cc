#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/article.h"
#include "summarize/summary.h"

namespace {

using wiredesk::extract::Article;
using wiredesk::summarize::SummarizeStory;
using wiredesk::summarize::Summary;
using wiredesk::summarize::SummaryOptions;

Article Report(const std::string& title, const std::vector<std::string>& paragraphs) {
  Article article;
  article.lang = "vi";
  article.title = title;
  for (const std::string& p : paragraphs) article.paragraphs.push_back({{}, p});
  return article;
}

std::string Describe(const Summary& summary) {
  std::string out;
  for (const auto& s : summary.sentences) {
    out += "  [" + std::to_string(s.article) + ":" + std::to_string(s.paragraph) + "] " + s.text +
           "\n";
  }
  return out;
}

}  // namespace

TEST_CASE(
    "a story of two outlets' reports opens with each report's first sentence, not with the details "
    "both repeat") {
  // The later sentences of both reports share most of their words (people
  // wading through flooded streets, rescuers), each in its own wording:
  // central in the sentence graph, but the news is in each report's opening.
  const Article first =
      Report("Mưa lớn gây ngập Hà Nội",
             {"Mưa lớn kéo dài suốt đêm gây ngập nhiều tuyến phố ở Hà Nội sáng thứ Hai.",
              "Lực lượng cứu hộ có mặt tại các tuyến phố bị ngập sâu để hỗ trợ người dân.",
              "Nhiều người dân phải dắt xe máy qua các tuyến phố bị ngập sâu."});
  const Article second =
      Report("Hà Nội ghi nhận lượng mưa kỷ lục",
             {"Trạm khí tượng Láng đo được lượng mưa kỷ lục trong đêm Chủ nhật.",
              "Ở những tuyến phố ngập sâu, người dân dắt xe máy lội nước về nhà.",
              "Cứu hộ giúp người dân vượt qua tuyến phố ngập sâu bằng thuyền."});
  SummaryOptions options;
  options.sentences = 2;
  options.keywords = 0;
  const Summary story = SummarizeStory({&first, &second}, options);
  INFO(Describe(story));
  REQUIRE(story.sentences.size() == 2);
  CHECK(story.sentences[0].article == 0);
  CHECK(story.sentences[0].paragraph == 0);
  CHECK(story.sentences[1].article == 1);
  CHECK(story.sentences[1].paragraph == 0);
}

TEST_CASE("one article is still ranked by TextRank alone, without the story's position prior") {
  // The same text as one article: the central sentence wins, as the
  // single-article mode measured best on English summaries.
  const Article article =
      Report("Mưa lớn gây ngập Hà Nội",
             {"Trạm khí tượng Láng đo được lượng mưa kỷ lục trong đêm Chủ nhật.",
              "Người dân phải dắt xe máy qua các tuyến phố bị ngập sâu vào sáng sớm.",
              "Lực lượng cứu hộ hỗ trợ người dân qua các tuyến phố bị ngập sâu.",
              "Nhiều người dân phải dắt xe máy qua các tuyến phố bị ngập sâu."});
  SummaryOptions options;
  options.sentences = 1;
  options.keywords = 0;
  const Summary summary = SummarizeStory({&article}, options);
  INFO(Describe(summary));
  REQUIRE(summary.sentences.size() == 1);
  CHECK(summary.sentences[0].paragraph != 0);
}
