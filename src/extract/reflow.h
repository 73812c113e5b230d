// Re-flowing a page copied as plain text into its paragraphs.
//
// A text-mode browser's dump or a wrapped e-mail breaks every paragraph into
// lines of one fixed width; a page selected and pasted has one paragraph a
// line. Reflow finds the width, if there is one, from the lines themselves:
// the longest lines (the 97th percentile of widths, 40 to 160 columns), when
// at least three come within 85% of it. A line then continues the one before
// it when that one was wrapped: it is at least 60% of the width and this
// line's first word would not have fitted at its end. With no width found,
// every non-blank line is a paragraph.
//
// Widths are display columns (display_columns.h): a Japanese dump at 100
// columns holds 50 characters a line and is found wrapped too. CJK text
// wraps between any two characters, so two CJK lines join without a space.
//
// REQUIRES: well-formed UTF-8. Cost: linear in the text, plus a sort of the
// lines' widths.

#ifndef WIREDESK_EXTRACT_REFLOW_H_
#define WIREDESK_EXTRACT_REFLOW_H_

#include <string>
#include <string_view>
#include <vector>

namespace wiredesk::extract {

struct FlowedParagraph {
  std::string text;  // white space collapsed, wrapped lines joined
  bool after_blank;  // a blank line (or the text's start) before it: not the next item of a list
};

// The paragraphs of `text`: its non-blank lines, with wrapped ones joined.
std::vector<FlowedParagraph> Reflow(std::string_view text);

}  // namespace wiredesk::extract

#endif  // WIREDESK_EXTRACT_REFLOW_H_
