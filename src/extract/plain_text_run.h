// Where the article stands in a plain-text copy: the stretch of paragraphs
// with the most prose in it net of furniture (the maximum-sum run over
// paragraphs weighted by quality, as in Finn et al.'s body text extraction),
// widened by jusText's context rule to near-good neighbours and to a list
// that a line ending in a colon introduces. A step of ExtractPlainText
// (plain_text.h).
//
// Cost: linear in the number of blocks.

#ifndef WIREDESK_EXTRACT_PLAIN_TEXT_RUN_H_
#define WIREDESK_EXTRACT_PLAIN_TEXT_RUN_H_

#include <cstddef>
#include <optional>
#include <vector>

#include "extract/plain_text_block.h"
#include "extract/plain_text_quality.h"

namespace wiredesk::extract {

struct ArticleRun {
  std::size_t first = 0;  // the first and last block of the article, inclusive
  std::size_t last = 0;
};

// The article's run, or nullopt when no block is worth keeping.
// REQUIRES: quality.size() == blocks.size().
std::optional<ArticleRun> FindArticleRun(const std::vector<Block>& blocks,
                                         const std::vector<Quality>& quality);

}  // namespace wiredesk::extract

#endif  // WIREDESK_EXTRACT_PLAIN_TEXT_RUN_H_
