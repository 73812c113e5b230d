#include "extract/plain_text_run.h"

#include <algorithm>

#include "extract/display_columns.h"
#include "extract/line_labels.h"

namespace wiredesk::extract {
namespace {

// How much a block speaks for (positive) or against (negative) a run holding it.
double Weight(const std::vector<Block>& blocks, const std::vector<Quality>& quality,
              std::size_t i) {
  const auto length = static_cast<double>(ContentColumns(blocks[i].text));
  // A whole page's last lines are its footer (legal notices, contact
  // details, disclaimers): text there counts for less than the same text
  // higher up. A short text (an article copied alone) has no footer.
  const bool footer = blocks.size() >= 40 && i * 100 >= blocks.size() * 85;
  switch (quality[i]) {
    case Quality::kGood:
      return footer ? 0.25 * length : length;
    case Quality::kNearGood:
      return 0.15 * length;
    case Quality::kShort:
      return -std::max(8.0, 0.3 * length);
    // A line labelled as furniture is a short gap in the article (a caption
    // between paragraphs); unlabelled low-quality text is evidence against.
    case Quality::kBad:
      break;
  }
  return -std::max(25.0, (blocks[i].reason.empty() ? 0.6 : 0.3) * length);
}

std::optional<ArticleRun> MaximumRun(const std::vector<Block>& blocks,
                                     const std::vector<Quality>& quality) {
  std::optional<ArticleRun> run;
  double best = 0;
  double sum = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += Weight(blocks, quality, i);
    if (sum > best) {
      best = sum;
      run = ArticleRun{start, i};
    }
  }
  return run;
}

// A near-good paragraph just outside the run, with at most furniture
// between, belongs to it (jusText's context rule): an opening paragraph
// cut off by an ad marker, a closing one too short to pay for its gap.
void AddNeighbours(const std::vector<Block>& blocks, const std::vector<Quality>& quality,
                   ArticleRun& run) {
  auto worth = [&](std::size_t i) {
    return quality[i] == Quality::kGood || quality[i] == Quality::kNearGood;
  };
  for (std::size_t i = run.first; i-- > 0 && run.first - i <= 2;) {
    if (worth(i)) {
      if (blocks[i].reason.empty()) run.first = i;
      break;
    }
    if (quality[i] == Quality::kShort) break;
  }
  for (std::size_t i = run.last + 1; i < blocks.size() && i - run.last <= 2; ++i) {
    if (worth(i)) {
      if (blocks[i].reason.empty()) run.last = i;
      break;
    }
    if (quality[i] == Quality::kShort) break;
  }
}

// "Tour dates:", "Results:": a line ending in a colon at the run's end
// introduces the list that follows, line after line, and it belongs to
// the article however short its items are.
void AddIntroducedList(const std::vector<Block>& blocks, ArticleRun& run) {
  const std::size_t intro = blocks[run.last].text.ends_with(":") ? run.last : run.last + 1;
  if (intro >= blocks.size() || !blocks[intro].reason.empty() ||
      !blocks[intro].text.ends_with(":")) {
    return;
  }
  std::size_t end = intro + 1;
  while (end < blocks.size() && blocks[end].reason.empty() &&
         (end == intro + 1 || !blocks[end].after_blank) &&
         DisplayColumns(blocks[end].text) <= 200) {
    ++end;
  }
  if (end > intro + 1) run.last = end - 1;
}

// A few paragraphs pasted alone have no page around them to cut: every
// sentence of theirs is the article, however short (the run weighs short
// lines against the text, as a page's furniture would be).
void AddPastedSentences(const std::vector<Block>& blocks, std::optional<ArticleRun>& run) {
  constexpr std::size_t kPastedBlocks = 6;
  if (blocks.size() > kPastedBlocks) return;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (!blocks[i].reason.empty() || !EndsWithSentencePunctuation(blocks[i].text)) continue;
    if (!run) {
      run = ArticleRun{};
      run->first = run->last = i;
    }
    run->first = std::min(run->first, i);
    run->last = std::max(run->last, i);
  }
}

}  // namespace

std::optional<ArticleRun> FindArticleRun(const std::vector<Block>& blocks,
                                         const std::vector<Quality>& quality) {
  std::optional<ArticleRun> run = MaximumRun(blocks, quality);
  if (run) {
    AddNeighbours(blocks, quality, *run);
    AddIntroducedList(blocks, *run);
  }
  AddPastedSentences(blocks, run);
  return run;
}

}  // namespace wiredesk::extract
