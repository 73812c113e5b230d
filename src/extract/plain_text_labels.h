// The labels of a plain-text copy's paragraphs that need more than the line
// itself (line_labels.h tests single lines): the headline at the top, a
// headline repeated further down, the readers' comments running to the end,
// a teaser block lasting until the article resumes, a paragraph repeated
// later. The steps of ExtractPlainText (plain_text.h) between re-flowing and
// finding the article's run.
//
// Cost: linear in the text, but for MarkRepeats, which compares each long
// paragraph with the 40 after it.

#ifndef WIREDESK_EXTRACT_PLAIN_TEXT_LABELS_H_
#define WIREDESK_EXTRACT_PLAIN_TEXT_LABELS_H_

#include <vector>

#include "extract/article.h"
#include "extract/plain_text_block.h"
#include "extract/plain_text_quality.h"

namespace wiredesk::extract {

// The headline: the first of the first four blocks that is not a caption, a
// date, a menu or the like, if it reads like one. Labels it "headline" and
// sets article.title, or adds a warning.
void TakeHeadline(std::vector<Block>& blocks, const ProseTest& prose, Article& article);

// Gives each block that one line tells (caption, date line, sign-off, byline,
// menu, teaser or comments heading, boilerplate) or that repeats the headline
// its reason; fills article.published and article.byline from the first date
// line and byline; extends each teaser heading over its teasers.
void LabelBlocks(std::vector<Block>& blocks, const ProseTest& prose, Article& article);

// Marks paragraphs repeated later in the text (a summary lead that the body
// repeats, a caption shown twice) and keeps the last copy.
void MarkRepeats(std::vector<Block>& blocks);

}  // namespace wiredesk::extract

#endif  // WIREDESK_EXTRACT_PLAIN_TEXT_LABELS_H_
