// Extraction: a Document in, its Article out (see article.h).
//
//   Article article = Extract(document);   // html or text, by document.format
//
// HTML pages go through html_metadata (title, byline, date, language, URL)
// and html_body (the body); plain-text copies of pages through plain_text.
// Never fails: a page without an article gives an empty body and a warning.
//
// REQUIRES: `content` is well-formed UTF-8 (desk::PrepareContent).

#ifndef WIREDESK_EXTRACT_EXTRACT_H_
#define WIREDESK_EXTRACT_EXTRACT_H_

#include <string>
#include <string_view>

#include "extract/article.h"

namespace wiredesk::extract {

Article ExtractHtml(std::string_view html);
Article ExtractText(std::string_view text);

// By format ("html" or "text"); fills the article's id.
Article Extract(std::string_view id, std::string_view format, std::string_view content);

}  // namespace wiredesk::extract

#endif  // WIREDESK_EXTRACT_EXTRACT_H_
