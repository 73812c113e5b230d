// A plain text taken as an article body as it stands, with no extraction:
// what `compare --no-extract` compares, and what a short pasted text that
// extraction finds no article in is compared as.
//
//   extract::Article body = PlainArticle("left", text);
//
// A paragraph per block of non-blank lines, white space collapsed; no
// headline, no metadata. Linear in the text. REQUIRES: well-formed UTF-8.

#ifndef WIREDESK_COMPARE_PLAIN_ARTICLE_H_
#define WIREDESK_COMPARE_PLAIN_ARTICLE_H_

#include <string_view>

#include "extract/article.h"

namespace wiredesk::compare {

extract::Article PlainArticle(std::string_view id, std::string_view text);

}  // namespace wiredesk::compare

#endif  // WIREDESK_COMPARE_PLAIN_ARTICLE_H_
