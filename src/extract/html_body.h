// Finds the article body in a parsed page and splits it into paragraphs.
//
// The method is Readability's (Arc90, now Mozilla), with block-level cleaning
// after it in the spirit of jusText and trafilatura:
//   1. prune what is never body text: scripts, navigation, asides, footers,
//      figures and captions, forms' controls, hidden elements, and elements
//      whose class or id says menu, comment, share, related, sidebar...;
//   2. score every text block (length, commas) into its parent and, halved,
//      its grandparent; weight candidates by tag and class hints and by the
//      share of their text that is not links;
//   3. take the best candidate, widened to a common ancestor when the other
//      strong candidates sit under one, plus siblings that score alike;
//   4. keep its blocks in reading order, dropping link lists, share and
//      subscribe lines, bylines and date lines, each with its reason.
// The caller runs it again on a fresh tree without class-name pruning when the
// first run finds too little text (a site that calls its body "content-extra").
//
// Cost: linear in the number of nodes. The tree is modified (pruned).

#ifndef WIREDESK_EXTRACT_HTML_BODY_H_
#define WIREDESK_EXTRACT_HTML_BODY_H_

#include <string>
#include <vector>

#include <libxml/tree.h>

#include "extract/article.h"

namespace wiredesk::extract {

struct Body {
  std::vector<Paragraph> paragraphs;
  std::vector<RemovedBlock> removed;
};

struct BodyOptions {
  bool prune_by_class = true;  // step 1's class and id hints
};

// `title` is the article's headline: a heading repeating it is dropped.
Body ExtractBody(xmlDoc* doc, const std::string& title, BodyOptions options = {});

}  // namespace wiredesk::extract

#endif  // WIREDESK_EXTRACT_HTML_BODY_H_
