#include "extract/article.h"

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

nlohmann::ordered_json ArticleJson(const Article& article) {
  nlohmann::ordered_json paragraphs = nlohmann::ordered_json::array();
  for (const Paragraph& p : article.paragraphs) {
    paragraphs.push_back({{"kind", ParagraphKindName(p.kind)}, {"text", p.text}});
  }
  nlohmann::ordered_json removed = nlohmann::ordered_json::array();
  for (const RemovedBlock& block : article.removed) {
    nlohmann::ordered_json entry = {{"text", block.text}, {"reason", block.reason}};
    if (block.at >= 0) entry["at"] = block.at;
    removed.push_back(std::move(entry));
  }
  return {{"id", article.id},
          {"title", article.title},
          {"byline", article.byline},
          {"dateline", article.dateline},
          {"published", article.published},
          {"lang", article.lang},
          {"url", article.url},
          {"text", BodyText(article)},
          {"paragraphs", std::move(paragraphs)},
          {"removed", std::move(removed)},
          {"warnings", article.warnings}};
}

}  // namespace wiredesk::extract
