#include "desk/intake.h"

#include <new>
#include <utility>

#include "extract/extract.h"
#include "extract/iso_date.h"

namespace wiredesk::desk {

std::variant<extract::Article, Error> ArticleOf(const Document& document) {
  // The wasm heap has a ceiling: a page that needs more than is left fails
  // alone, and the batch and the library it was added to go on.
  try {
    auto prepared = PrepareContent(document.content);
    if (const Error* error = std::get_if<Error>(&prepared)) return *error;
    return ArticleOf(document, std::get<PreparedText>(prepared));
  } catch (const std::bad_alloc&) {
    return Error{kOutOfMemory};
  }
}

extract::Article ArticleOf(const Document& document, const PreparedText& content) {
  extract::Article article =
      extract::Extract(document.id, document.format, content.text, document.lang);
  if (article.url.empty()) article.url = document.url;
  // The page's own date unless it is none (a share count, a logo's name).
  if (extract::IsoDate(article.published).empty() &&
      !extract::IsoDate(document.published).empty()) {
    article.published = document.published;
  }
  if (article.published.empty()) article.published = document.published;
  article.warnings.insert(article.warnings.begin(), content.warnings.begin(),
                          content.warnings.end());
  return article;
}

}  // namespace wiredesk::desk
