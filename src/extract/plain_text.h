// Extraction from a news page copied as plain text: what a reader gets by
// selecting a page and pasting it, or from a text-mode browser's dump.
//
// Such a copy carries the page's furniture as lines of text. The extractor
//   1. re-flows text wrapped at a fixed width into paragraphs;
//   2. splits off what copy-paste glues together: an image marker
//      ("hinh anh 1", "ảnh 1") between a headline and its photo caption;
//   3. labels each paragraph: photo caption, date line, agency sign-off
//      ("VNA", "/."), teaser-block heading ("See more", "Related", "Xem
//      thêm": it and everything after go), menu or link list, share and
//      subscribe lines, a headline repeated, a paragraph repeated;
//   4. classifies the rest by length and stopword density, as jusText does,
//      and keeps the run from the first to the last good paragraph, with the
//      short paragraphs (sub-headings) between them;
//   5. takes the headline from the top and a dateline prefix ("Paris (VNA)
//      –", "HÀ NỘI —") off the first paragraph into their own fields.
// Every paragraph left out is in `removed` with its reason.
//
// REQUIRES: well-formed UTF-8. Cost: linear in the text.

#ifndef WIREDESK_EXTRACT_PLAIN_TEXT_H_
#define WIREDESK_EXTRACT_PLAIN_TEXT_H_

#include <string_view>

#include "extract/article.h"

namespace wiredesk::extract {

// `lang`: the text's language (BCP 47; "und" or "" when not known), whose
// stopword list tells prose from furniture. The Article's `lang` is left for
// the caller to fill.
Article ExtractPlainText(std::string_view text, std::string_view lang);

}  // namespace wiredesk::extract

#endif  // WIREDESK_EXTRACT_PLAIN_TEXT_H_
