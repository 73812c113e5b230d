#include "desk/article_json.h"

namespace wiredesk::desk {

nlohmann::ordered_json ArticleJson(const extract::Article& article) {
  nlohmann::ordered_json paragraphs = nlohmann::ordered_json::array();
  for (const extract::Paragraph& p : article.paragraphs) {
    paragraphs.push_back({{"kind", extract::ParagraphKindName(p.kind)}, {"text", p.text}});
  }
  nlohmann::ordered_json removed = nlohmann::ordered_json::array();
  for (const extract::RemovedBlock& block : article.removed) {
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
          {"text", extract::BodyText(article)},
          {"paragraphs", std::move(paragraphs)},
          {"removed", std::move(removed)},
          {"warnings", article.warnings}};
}

}  // namespace wiredesk::desk
