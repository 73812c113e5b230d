#include "extract/plain_text.h"

#include <optional>
#include <utility>
#include <vector>

#include "extract/line_labels.h"
#include "extract/plain_text_block.h"
#include "extract/plain_text_body.h"
#include "extract/plain_text_headline.h"
#include "extract/plain_text_labels.h"
#include "extract/plain_text_quality.h"
#include "extract/plain_text_run.h"
#include "extract/reflow.h"
#include "text/stopwords.h"

namespace wiredesk::extract {
namespace {

// The paragraphs, with the caption a copy glued on after an image marker
// ("... hinh anh 1 Caption") as a block of its own. Done once, up front: the
// labelling loops then never insert into the list they hold references into.
std::vector<Block> SplitAtImageMarkers(std::vector<FlowedParagraph> paragraphs) {
  std::vector<Block> blocks;
  blocks.reserve(paragraphs.size());
  for (FlowedParagraph& paragraph : paragraphs) {
    std::optional<MarkerSplit> split = SplitAtImageMarker(paragraph.text);
    if (!split) {
      blocks.push_back({std::move(paragraph.text), "", paragraph.after_blank});
      continue;
    }
    blocks.push_back({std::move(split->before), "", paragraph.after_blank});
    if (!split->after.empty()) blocks.push_back({std::move(split->after), "photo caption", true});
  }
  return blocks;
}

}  // namespace

Article ExtractPlainText(std::string_view input, std::string_view lang) {
  Article article;
  std::vector<Block> blocks = SplitAtImageMarkers(Reflow(input));
  const ProseTest prose(text::StopwordList::For(lang), blocks);
  TakeHeadline(blocks, prose, article);
  LabelBlocks(blocks, prose, article);
  MarkRepeats(blocks);

  const bool by_stopwords = prose.StopwordsTell(blocks);
  std::vector<Quality> quality;
  quality.reserve(blocks.size());
  for (const Block& block : blocks) quality.push_back(prose.Of(block, by_stopwords));
  const std::optional<ArticleRun> run = FindArticleRun(blocks, quality);
  TakeHeadlineFromRun(blocks, quality, run, article);
  TakeHeadlineAboveRun(blocks, run, text::StopwordList::For(lang), article);
  AssembleBody(blocks, quality, run, article);
  return article;
}

}  // namespace wiredesk::extract
