// Page furniture: what a page's markup says is not its article. Tags (nav,
// aside, header, footer, form, and figure unless it holds a table or a code
// listing), ARIA roles (navigation, banner, ...),
// hidden elements, and class or id words from Readability's lists ("menu",
// "sidebar", "comment", "related", ...).
//
// Every one of these is a hint, not a verdict: sites put "header" on the
// element that wraps their whole page, or leave a <header> unclosed so the
// parser nests the page inside it. The caller weighs the hint against the
// prose under the element (html_body.cc): an element holding most of the
// page's prose is never furniture, whatever it is called.
//
// Cost: a few attribute reads and substring scans per element.

#ifndef WIREDESK_EXTRACT_HTML_FURNITURE_H_
#define WIREDESK_EXTRACT_HTML_FURNITURE_H_

#include <libxml/tree.h>

#include <string>

namespace wiredesk::extract {

// Tags whose content is never text a reader sees (script, style, svg, form
// controls, media): removed before anything else, whatever surrounds them.
bool IsNeverText(const xmlNode* node);

// Why `node` looks like furniture ("menu", "page header", "hidden",
// "page furniture (class \"sidebar\")"), or "" when nothing says so.
// With `use_class` false the class and id words are not read.
std::string FurnitureHint(const xmlNode* node, bool use_class);

// A class/id hint that speaks for the element being article text
// ("article", "content", "post-body"...): +25, against: -25, both: 0.
double ClassWeight(const xmlNode* node);

}  // namespace wiredesk::extract

#endif  // WIREDESK_EXTRACT_HTML_FURNITURE_H_
