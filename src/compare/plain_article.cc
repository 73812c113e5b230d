#include "compare/plain_article.h"

#include <string>

#include "text/lines.h"

namespace wiredesk::compare {

extract::Article PlainArticle(std::string_view id, std::string_view text) {
  extract::Article article;
  article.id = std::string(id);
  std::string block;
  auto flush = [&]() {
    const std::string collapsed = text::CollapseWhitespace(block);
    if (!collapsed.empty())
      article.paragraphs.push_back({extract::Paragraph::Kind::kParagraph, collapsed});
    block.clear();
  };
  for (const text::Line& line : text::SplitLines(text)) {
    const std::string_view content = text.substr(line.begin, line.end - line.begin);
    if (text::IsBlank(content)) {
      flush();
      continue;
    }
    block += ' ';
    block += content;
  }
  flush();
  return article;
}

}  // namespace wiredesk::compare
