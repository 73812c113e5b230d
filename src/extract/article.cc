#include "extract/article.h"

#include <algorithm>

namespace wiredesk::extract {

const char* ParagraphKindName(Paragraph::Kind kind) {
  switch (kind) {
    case Paragraph::Kind::kParagraph:
      return "paragraph";
    case Paragraph::Kind::kHeading:
      return "heading";
    case Paragraph::Kind::kListItem:
      return "list item";
    case Paragraph::Kind::kQuote:
      return "quote";
  }
  return "paragraph";
}

std::string BodyText(const Article& article) {
  std::string text;
  for (const Paragraph& paragraph : article.paragraphs) {
    if (!text.empty()) text += "\n\n";
    text += paragraph.text;
  }
  return text;
}

std::string MatchText(const Article& article) {
  std::vector<const RemovedBlock*> cuts;
  for (const RemovedBlock& block : article.removed) {
    if (block.uncertain && block.at >= 0) cuts.push_back(&block);
  }
  std::stable_sort(cuts.begin(), cuts.end(),
                   [](const RemovedBlock* a, const RemovedBlock* b) { return a->at < b->at; });
  std::string text;
  const auto append = [&text](const std::string& part) {
    if (!text.empty()) text += "\n\n";
    text += part;
  };
  auto cut = cuts.begin();
  for (std::size_t p = 0; p <= article.paragraphs.size(); ++p) {
    for (; cut != cuts.end() && static_cast<std::size_t>((*cut)->at) <= p; ++cut)
      append((*cut)->text);
    if (p < article.paragraphs.size()) append(article.paragraphs[p].text);
  }
  return text;
}

}  // namespace wiredesk::extract
