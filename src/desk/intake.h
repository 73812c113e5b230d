// The one way a document becomes an Article. Every path that reads a
// document comes through here: the Desk (Add), the CLI's and the wasm
// module's one-off calls (extract, sentences, tokens, summarize, compare).
// So the same document gives the same article, warnings included, whichever
// way it came in.
//
//   auto article = ArticleOf(document);   // extract::Article, or an Error
//
// The content passes the checks every document passes (PrepareContent in
// document.h: size, binary, blank; invalid UTF-8 repaired) and is extracted
// by its format (extract/extract.h). What the sender knows of the document
// (url, published) stands where the page itself says nothing, and the
// repairs made to the content come first among the article's warnings,
// before extraction's own. Cost: extraction's, linear in the content.

#ifndef WIREDESK_DESK_INTAKE_H_
#define WIREDESK_DESK_INTAKE_H_

#include <variant>

#include "desk/document.h"
#include "extract/article.h"

namespace wiredesk::desk {

// What a document that ran out of memory gets (only the wasm build, whose
// heap has a ceiling, can be expected to see it).
inline constexpr char kOutOfMemory[] =
    "out of memory while reading this document (it needs more memory than the core may use); "
    "the other documents are not affected";

std::variant<extract::Article, Error> ArticleOf(const Document& document);

// The same, for a caller that has prepared the content already and needs
// the prepared text as well. REQUIRES: `content` is what
// PrepareContent(document.content) gave.
extract::Article ArticleOf(const Document& document, const PreparedText& content);

}  // namespace wiredesk::desk

#endif  // WIREDESK_DESK_INTAKE_H_
