#include "extract/extract.h"

#include "extract/html_body.h"
#include "extract/html_metadata.h"
#include "extract/html_tree.h"
#include "extract/plain_text.h"

namespace wiredesk::extract {

Article ExtractHtml(std::string_view html) {
  Article article;
  HtmlDoc doc = ParseHtml(html);
  if (!doc) {
    article.warnings.push_back("the page could not be parsed as HTML");
    return article;
  }
  const PageMetadata meta = ReadMetadata(doc.get());
  article.title = meta.title;
  article.byline = meta.byline;
  article.published = meta.published;
  article.lang = meta.lang;
  article.url = meta.url;
  Body body = ExtractBody(doc.get(), meta.title);
  article.paragraphs = std::move(body.paragraphs);
  article.removed = std::move(body.removed);
  if (article.paragraphs.empty()) {
    article.warnings.push_back("no article text found on this page");
  }
  return article;
}

Article ExtractText(std::string_view text) { return ExtractPlainText(text); }

Article Extract(std::string_view id, std::string_view format, std::string_view content) {
  Article article = format == "html" ? ExtractHtml(content) : ExtractText(content);
  article.id = std::string(id);
  return article;
}

}  // namespace wiredesk::extract
