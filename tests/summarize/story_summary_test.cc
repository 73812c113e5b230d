#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/article.h"
#include "summarize/summary.h"
#include "text/normalize.h"

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

TEST_CASE("coverage of all word pairs also weighs the function-word pairs the reports share") {
  // The first report opens with news of its own in content words; the
  // second opens with function-word pairs ("it was", "one of", "of those",
  // "was in") that the first report's second sentence has too, and little
  // else.
  Article first =
      Report("Storm", {"Storm damage closed harbour road and ferry terminal and fish market today.",
                       "All the boats in the bay were lost, and it was in one of those."});
  Article second = Report("Port storm", {"It was one of those gales and it was in the port.",
                                         "Boats stayed moored along the quay until Tuesday."});
  first.lang = second.lang = "en";
  SummaryOptions options;
  options.keywords = 0;
  options.chars = 75;
  options.story_coverage = true;
  options.coverage_units = wiredesk::summarize::Units::kBigrams;
  const Summary content = SummarizeStory({&first, &second}, options);
  INFO(Describe(content));
  options.coverage_units = wiredesk::summarize::Units::kAllBigrams;
  const Summary all = SummarizeStory({&first, &second}, options);
  INFO(Describe(all));
  REQUIRE(content.sentences.size() == 1);
  REQUIRE(all.sentences.size() == 1);
  CHECK(content.sentences[0].article == 0);
  CHECK(all.sentences[0].article == 1);
}

TEST_CASE(
    "a story summary with a character budget never runs past it: an opening too long to fit is "
    "passed over for a shorter sentence") {
  // Both reports open with the news; the first report's opening is long,
  // and the budget leaves room for the second's opening and one short
  // sentence only.
  const Article first = Report(
      "Cầu mới thông xe", {"Cây cầu dây văng dài nhất tỉnh chính thức thông xe sáng thứ Bảy sau "
                           "bốn năm thi công, rút ngắn quãng đường giữa hai huyện còn mười phút.",
                           "Hàng nghìn người dân đến dự lễ thông xe."});
  const Article second =
      Report("Thông xe cầu dây văng", {"Cầu dây văng nối hai huyện đã thông xe sáng thứ Bảy.",
                                       "Tổng vốn đầu tư của cây cầu là hai nghìn tỷ đồng."});
  SummaryOptions options;
  options.keywords = 0;
  options.chars = 100;
  const Summary story = SummarizeStory({&first, &second}, options);
  INFO(Describe(story));
  std::size_t used = 0;
  for (const auto& s : story.sentences) {
    used += wiredesk::text::CodePointCount(s.text) + (used ? 1 : 0);
    CHECK_FALSE((s.article == 0 && s.paragraph == 0));
  }
  REQUIRE(story.sentences.size() == 2);
  CHECK(used <= 100);
}
