// A parsed HTML page and the few questions extraction asks of its nodes.
//
// Parsing is libxml2's HTML parser, the one lxml wraps (and so the parser
// behind trafilatura, readability-lxml and jusText), in recovery mode: any
// bytes give a tree. Walks are iterative, so 100,000 nested <div>s cost
// memory, not the stack.
//
// REQUIRES: the page as UTF-8 (the CLI and the browser decode it first).

#ifndef WIREDESK_EXTRACT_HTML_TREE_H_
#define WIREDESK_EXTRACT_HTML_TREE_H_

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>

namespace wiredesk::extract {

struct XmlDocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using HtmlDoc = std::unique_ptr<xmlDoc, XmlDocFree>;

// Parses `html`; null only when libxml2 can make no tree at all.
HtmlDoc ParseHtml(std::string_view html);

// The element's lower-case tag name, "" for anything but an element.
std::string_view TagOf(const xmlNode* node);

// An attribute's value, "" when absent.
std::string AttributeOf(const xmlNode* node, const char* name);

// The element's class and id joined, lower-cased: what class/id hints match.
std::string ClassAndId(const xmlNode* node);

// The next node of a depth-first walk of the subtree under `root`, or null.
// With `skip_children`, the walk doesn't enter `node`.
const xmlNode* NextInWalk(const xmlNode* node, const xmlNode* root, bool skip_children = false);

// Walks the subtree under `root` depth first, calling `enter(node)` on the
// way down (return false to skip its children) and `leave(node)` on the way
// up, for every node entered. Iterative: any depth is fine.
template <typename Enter, typename Leave>
void Walk(const xmlNode* root, Enter enter, Leave leave) {
  const xmlNode* node = root;
  while (node != nullptr) {
    if (enter(node) && node->type == XML_ELEMENT_NODE && node->children != nullptr) {
      node = node->children;
      continue;
    }
    while (node != nullptr) {
      leave(node);
      if (node == root) return;
      if (node->next != nullptr) {
        node = node->next;
        break;
      }
      node = node->parent;
    }
  }
}

// All text under `node`, with runs of white space collapsed to one space.
std::string TextOf(const xmlNode* node);

// Appends `text` to `out` collapsing white space (including no-break space)
// to single spaces; never starts `out` with a space.
void AppendCollapsed(std::string& out, std::string_view text);

// `text` with HTML character references decoded ("&amp;", "&#8211;",
// "&#x2019;", "&rsquo;"): metadata strings (JSON-LD, some meta tags) often
// carry them escaped twice. Unknown names are left as written.
std::string DecodeEntities(std::string_view text);

// A metadata string as a reader sees it: entities decoded, white space
// collapsed, no space at either end.
std::string CollapsedText(std::string_view text);

// Elements that start a new block of text (p, div, li, h1, ...).
bool IsBlockTag(std::string_view tag);

}  // namespace wiredesk::extract

#endif  // WIREDESK_EXTRACT_HTML_TREE_H_
