// Which version's metadata a story is shown with. Extraction takes a text
// copy's headline from its first lines, and a page copied as text starts
// with whatever the page showed first: a bulleted teaser, a photo caption,
// a menu or a sign-in link. A page's own metadata (its headline, date and
// URL) is the better label whenever the story has one.
//
//   IsRealHeadline("Opening Bell 11.18.19")  // true
//   IsRealHeadline("• Steve Mnuchin")        // false: a list item
//   IsRealHeadline("Sign in | Register")     // false: page furniture
//
// Generic signs only (markers, furniture words, shape); a title that passes
// can still be a site's name, which is why MetadataScore also weighs the
// date and URL a page carries. Cost: a pass over the title.

#ifndef WIREDESK_DESK_HEADLINE_H_
#define WIREDESK_DESK_HEADLINE_H_

#include <string_view>

#include "extract/article.h"

namespace wiredesk::desk {

// False for an empty title and for lines that are not a story's headline:
// list items, captions and credits, menus and breadcrumbs, sign-in and
// subscription prompts, a logo's alternative text, a lone word, a label
// ending in a colon, a paragraph (over 30 words).
bool IsRealHeadline(std::string_view title);

// How well an article is labelled: a real headline (2), a date that parses
// (1), a URL (1), a byline (1). Higher is better.
int MetadataScore(const extract::Article& article);

}  // namespace wiredesk::desk

#endif  // WIREDESK_DESK_HEADLINE_H_
