#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/article.h"
#include "summarize/summary.h"
#include "text/normalize.h"

namespace {

using wiredesk::extract::Article;
using wiredesk::summarize::Summarize;
using wiredesk::summarize::Summary;
using wiredesk::summarize::SummaryOptions;

std::vector<std::string> KeywordKeys(const Summary& summary) {
  std::vector<std::string> keys;
  for (const auto& k : summary.keywords) keys.push_back(wiredesk::text::MatchKey(k.term));
  return keys;
}

std::string Describe(const Summary& summary) {
  std::string out;
  for (const auto& k : summary.keywords) out += "  #" + k.term + "\n";
  return out;
}

bool Has(const std::vector<std::string>& keys, const std::string& key) {
  for (const std::string& k : keys) {
    if (k == key) return true;
  }
  return false;
}

}  // namespace

TEST_CASE(
    "keywords of a Vietnamese report are words of several syllables, never a lone lower-case "
    "syllable") {
  Article article;
  article.lang = "vi";
  article.paragraphs = {
      {{}, "Phe đối lập Campuchia bắt đầu đợt biểu tình mới tại thủ đô Phnom Penh."},
      {{}, "Lãnh đạo phe đối lập cho biết cuộc bieu tinh sẽ kéo dài ba ngày."},
      {{}, "Chính quyền đã triển khai hàng nghìn cảnh sát tại các con phố trung tâm."},
      {{}, "Phe đối lập yêu cầu điều tra kết quả bầu cử tháng bảy."},
      {{}, "Cảnh sát được lệnh ngăn chặn bạo động trong những ngày tới."}};
  SummaryOptions options;
  options.sentences = 1;
  const Summary summary = Summarize(article, options);
  INFO(Describe(summary));
  const std::vector<std::string> keys = KeywordKeys(summary);
  REQUIRE_FALSE(keys.empty());
  CHECK(Has(keys, "phe doi lap"));
  // Written once with its diacritics and once without: one word, twice.
  CHECK(Has(keys, "bieu tinh"));
  CHECK(Has(keys, "canh sat"));
  for (const auto& k : summary.keywords) {
    const bool several = k.term.find(' ') != std::string::npos;
    const bool capitalised = wiredesk::text::FoldCase(k.term) != k.term;
    CHECK((several || capitalised));
  }
}

TEST_CASE("English keywords are still single words where the text repeats no phrase") {
  Article article;
  article.lang = "en";
  article.paragraphs = {
      {{}, "Engineers inspected the bridge after the flood damaged its northern pillars."},
      {{}, "The bridge will stay closed while engineers repair the pillars."},
      {{}, "Commuters must take the ferry until the bridge reopens next month."}};
  SummaryOptions options;
  options.sentences = 1;
  const Summary summary = Summarize(article, options);
  INFO(Describe(summary));
  const std::vector<std::string> keys = KeywordKeys(summary);
  CHECK(Has(keys, "bridge"));
  CHECK(Has(keys, "engineers"));
}
