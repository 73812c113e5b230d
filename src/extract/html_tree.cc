#include "extract/html_tree.h"

#include "text/normalize.h"

#include <algorithm>
#include <array>
#include <climits>

namespace wiredesk::extract {

HtmlDoc ParseHtml(std::string_view html) {
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NONET | HTML_PARSE_COMPACT | XML_PARSE_HUGE;
  const int size = static_cast<int>(std::min<std::size_t>(html.size(), INT_MAX));
  return HtmlDoc(htmlReadMemory(html.data(), size, nullptr, "UTF-8", options));
}

std::string_view TagOf(const xmlNode* node) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE || node->name == nullptr) return {};
  return reinterpret_cast<const char*>(node->name);
}

std::string AttributeOf(const xmlNode* node, const char* name) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE) return {};
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

std::string ClassAndId(const xmlNode* node) {
  return text::LowerAscii(AttributeOf(node, "class") + " " + AttributeOf(node, "id"));
}

const xmlNode* NextInWalk(const xmlNode* node, const xmlNode* root, bool skip_children) {
  if (!skip_children && node->children != nullptr && node->type == XML_ELEMENT_NODE) {
    return node->children;
  }
  while (node != nullptr && node != root) {
    if (node->next != nullptr) return node->next;
    node = node->parent;
  }
  return nullptr;
}

void AppendCollapsed(std::string& out, std::string_view text) {
  bool space = !out.empty() && out.back() == ' ';
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool nbsp = c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0';
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || nbsp) {
      if (nbsp) ++i;
      if (!space && !out.empty()) out.push_back(' ');
      space = true;
      continue;
    }
    out.push_back(c);
    space = false;
  }
}

std::string TextOf(const xmlNode* node) {
  std::string out;
  for (const xmlNode* at = node; at != nullptr; at = NextInWalk(at, node)) {
    if (at->type == XML_TEXT_NODE || at->type == XML_CDATA_SECTION_NODE) {
      if (at->content != nullptr) AppendCollapsed(out, reinterpret_cast<const char*>(at->content));
    } else if (IsBlockTag(TagOf(at)) || TagOf(at) == "br") {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool IsBlockTag(std::string_view tag) {
  static constexpr std::array<std::string_view, 38> kBlocks = {
      "address", "article", "aside",   "blockquote", "body",    "center", "dd",     "details",
      "dialog",  "dir",     "div",     "dl",         "dt",      "fieldset", "figcaption", "figure",
      "footer",  "form",    "h1",      "h2",         "h3",      "h4",     "h5",     "h6",
      "header",  "hr",      "li",      "main",       "menu",    "nav",    "ol",     "p",
      "pre",     "section", "table",   "td",         "tr",      "ul"};
  return std::find(kBlocks.begin(), kBlocks.end(), tag) != kBlocks.end();
}

}  // namespace wiredesk::extract
