#include "desk/intake.h"

#include <utility>

#include "extract/extract.h"
#include "text/dates.h"

namespace wiredesk::desk {

std::variant<extract::Article, Error> ArticleOf(const Document& document) {
  auto prepared = PrepareContent(document.content);
  if (const Error* error = std::get_if<Error>(&prepared)) return *error;
  return ArticleOf(document, std::get<PreparedText>(prepared));
}

extract::Article ArticleOf(const Document& document, const PreparedText& content) {
  extract::Article article = extract::Extract(document.id, document.format, content.text);
  if (article.url.empty()) article.url = document.url;
  // The page's own date unless it is none (a share count, a logo's name).
  if (text::IsoDate(article.published).empty() && !text::IsoDate(document.published).empty()) {
    article.published = document.published;
  }
  if (article.published.empty()) article.published = document.published;
  article.warnings.insert(article.warnings.begin(), content.warnings.begin(),
                          content.warnings.end());
  return article;
}

}  // namespace wiredesk::desk
