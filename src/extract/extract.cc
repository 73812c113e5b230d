#include "extract/extract.h"

#include "extract/html_body.h"
#include "extract/html_metadata.h"
#include "extract/html_tree.h"
#include "extract/plain_text.h"
#include "text/language.h"

namespace wiredesk::extract {
namespace {

// The body tells the language best; an article with none has its title.
std::string DetectedLanguage(const Article& article) {
  const std::string body = BodyText(article);
  return text::DetectLanguage(body.empty() ? article.title : body);
}

}  // namespace

Article ExtractHtml(std::string_view html, std::string_view lang) {
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
  Body body = ExtractBody(doc.get(), meta.heading);
  article.paragraphs = std::move(body.paragraphs);
  article.removed = std::move(body.removed);
  if (article.paragraphs.empty()) {
    article.warnings.push_back("no article text found on this page");
  }
  if (!lang.empty()) article.lang = std::string(lang);
  if (article.lang.empty()) article.lang = DetectedLanguage(article);
  return article;
}

Article ExtractText(std::string_view text, std::string_view lang) {
  // The whole copy's language picks the stopword list that finds its body;
  // the body's own then names the article's, furniture left out.
  Article article = ExtractPlainText(text, lang.empty() ? text::DetectLanguage(text) : lang);
  article.lang = lang.empty() ? DetectedLanguage(article) : std::string(lang);
  return article;
}

Article Extract(std::string_view id, std::string_view format, std::string_view content,
                std::string_view lang) {
  Article article = format == "html" ? ExtractHtml(content, lang) : ExtractText(content, lang);
  article.id = std::string(id);
  return article;
}

}  // namespace wiredesk::extract
