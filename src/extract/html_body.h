// Finds the article body in a parsed page and splits it into paragraphs.
//
// The method is Readability's (Arc90, now Mozilla), with block-level cleaning
// after it in the spirit of jusText and trafilatura:
//   1. drop what is never text (scripts, styles, form controls); split the
//      rest into text blocks in reading order;
//   2. weigh furniture hints (html_furniture.h: nav, aside, header, footer,
//      figures, hidden elements, roles, class and id words) as evidence: an
//      element a hint names is furniture unless it holds most of the page's
//      prose, so no one hint can erase a page;
//   3. score every text block outside furniture (length, commas) into its
//      parent and, less, its ancestors; weight candidates by tag and class
//      hints and by the share of their text that is not links; exact ties go
//      to the earlier element;
//   4. take the best candidate, widened to the wrapper of sibling sections
//      when a few levels up clearly more prose (and little else) waits, plus
//      siblings that score alike;
//   5. keep its blocks in reading order, dropping link lists, share and
//      subscribe lines, bylines and date lines, each with its reason.
// When that finds too little text, the page is read again without class and
// id hints (a site that calls its body "content-extra").
//
// Cost: linear in the number of nodes, times the depth for furniture marks.
// The tree is modified (never-text elements are removed).

#ifndef WIREDESK_EXTRACT_HTML_BODY_H_
#define WIREDESK_EXTRACT_HTML_BODY_H_

#include <libxml/tree.h>

#include <string>
#include <vector>

#include "extract/article.h"

namespace wiredesk::extract {

struct Body {
  std::vector<Paragraph> paragraphs;
  std::vector<RemovedBlock> removed;
};

// `title` is the article's headline: a heading repeating it is dropped.
Body ExtractBody(xmlDoc* doc, const std::string& title);

}  // namespace wiredesk::extract

#endif  // WIREDESK_EXTRACT_HTML_BODY_H_
