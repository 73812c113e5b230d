// Extraction: a Document in, its Article out (see article.h).
//
//   Article article = Extract(document);   // html or text, by document.format
//
// HTML pages go through html_metadata (title, byline, date, language, URL)
// and html_body (the body); plain-text copies of pages through plain_text.
// Never fails: a page without an article gives an empty body and a warning.
//
// Every Article gets a `lang`: the one the document declares (its "lang"
// field, else the page's <html lang> or JSON-LD inLanguage), else the one
// text::DetectLanguage finds in the body ("und" when it cannot tell). A
// plain-text copy is also read in that language: its stopword list tells
// prose from furniture (see plain_text.h).
//
// REQUIRES: `content` is well-formed UTF-8 (desk::PrepareContent).

#ifndef WIREDESK_EXTRACT_EXTRACT_H_
#define WIREDESK_EXTRACT_EXTRACT_H_

#include <string>
#include <string_view>

#include "extract/article.h"

namespace wiredesk::extract {

// `lang`: the language the document declares, "" when it declares none.
Article ExtractHtml(std::string_view html, std::string_view lang = {});
Article ExtractText(std::string_view text, std::string_view lang = {});

// By format ("html" or "text"); fills the article's id.
Article Extract(std::string_view id, std::string_view format, std::string_view content,
                std::string_view lang = {});

}  // namespace wiredesk::extract

#endif  // WIREDESK_EXTRACT_EXTRACT_H_
