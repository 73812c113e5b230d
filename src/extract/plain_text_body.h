// The last step of ExtractPlainText (plain_text.h): the Article's body from
// the labelled blocks and the article's run. Blocks outside the run go to
// `removed` as "before/after the article" (uncertain cuts, which dedup still
// counts), every other labelled block with its reason; a dateline prefix
// ("Paris (VNA) –", "HÀ NỘI —") comes off the first paragraph into its own
// field, and an agency's sign-off ("/.", "— VNS") off the last.
//
// Cost: linear in the text.

#ifndef WIREDESK_EXTRACT_PLAIN_TEXT_BODY_H_
#define WIREDESK_EXTRACT_PLAIN_TEXT_BODY_H_

#include <optional>
#include <string>
#include <vector>

#include "extract/article.h"
#include "extract/plain_text_block.h"
#include "extract/plain_text_quality.h"
#include "extract/plain_text_run.h"

namespace wiredesk::extract {

// With no headline at the top (a page's menus came first), a short opening
// line of the run that is not prose is the headline.
void TakeHeadlineFromRun(std::vector<Block>& blocks, const std::vector<Quality>& quality,
                         const std::optional<ArticleRun>& run, Article& article);

// Fills article.paragraphs, .removed and .dateline; warns when nothing is left.
void AssembleBody(std::vector<Block>& blocks, const std::vector<Quality>& quality,
                  const std::optional<ArticleRun>& run, Article& article);

// "Santiago (VNA) – ", "HANOI, Oct 15 (Reuters) - ", "HÀ NỘI — ": the prefix,
// or "" when the paragraph doesn't open with one.
std::string DatelinePrefix(const std::string& paragraph);

}  // namespace wiredesk::extract

#endif  // WIREDESK_EXTRACT_PLAIN_TEXT_BODY_H_
