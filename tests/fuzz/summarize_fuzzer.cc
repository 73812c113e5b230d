// Fuzzes summaries: the input is cut at form feeds into up to four versions
// of one story (HTML or text, sniffed), each extracted as the desk does; the
// first is summarised alone and all together as a story, with a length that
// the input's size picks, and both summaries are written as JSON.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "desk/summary_json.h"
#include "extract/article.h"
#include "fuzz_input.h"
#include "summarize/summary.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace wiredesk;
  std::vector<extract::Article> articles;
  std::vector<std::string> ids;
  for (std::string_view part : fuzz::Parts(fuzz::AsText(data, size), 4)) {
    extract::Article article;
    ids.push_back("v" + std::to_string(ids.size()));
    if (!fuzz::ArticleOf(part, ids.back(), &article)) return 0;
    articles.push_back(std::move(article));
  }
  summarize::SummaryOptions options;
  options.sentences = 1 + static_cast<int>(size % 5);
  options.keywords = 1 + size % 15;
  const summarize::Summary one = summarize::Summarize(articles.front(), options);
  (void)desk::StorySummaryJson(one, {ids.front()}).dump();

  std::vector<const extract::Article*> versions;
  for (const extract::Article& article : articles) versions.push_back(&article);
  (void)desk::StorySummaryJson(summarize::SummarizeStory(versions, options), ids).dump();
  return 0;
}
