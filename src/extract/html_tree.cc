#include "extract/html_tree.h"

#include <algorithm>
#include <array>
#include <climits>
#include <cstdlib>
#include <utility>

#include "extract/attribute_names.h"
#include "extract/raw_text.h"

namespace wiredesk::extract {

namespace {

// Where the next "</body" or "</html" end tag starts (any case), or npos.
std::size_t FindDocumentEnd(std::string_view html, std::size_t from) {
  for (std::size_t at = html.find("</", from); at != std::string_view::npos;
       at = html.find("</", at + 2)) {
    if (at + 7 > html.size()) break;
    std::string tag(html.substr(at + 2, 4));
    for (char& c : tag) c = static_cast<char>(c | 0x20);
    const char after = html[at + 6];
    if ((tag == "body" || tag == "html") && (after == '>' || after == ' ' || after == '\n')) {
      return at;
    }
  }
  return std::string_view::npos;
}

// Browsers ignore </body> and </html>: content after them still joins the
// body (HTML5's "after body" mode). libxml2 drops it, and pages do close
// their body early (a template that prints its header and closes the page,
// then the article). Without those tags both read the same.
std::string WithoutDocumentEnds(std::string_view html) {
  std::string out;
  std::size_t from = 0;
  for (std::size_t at = FindDocumentEnd(html, 0); at != std::string_view::npos;
       at = FindDocumentEnd(html, from)) {
    out.append(html.substr(from, at - from));
    const std::size_t close = html.find('>', at);
    from = close == std::string_view::npos ? html.size() : close + 1;
  }
  out.append(html.substr(from));
  return out;
}

// True when something other than white space follows the first </body> or
// </html>: only then is the page copied.
bool HasContentAfterEnd(std::string_view html) {
  const std::size_t at = FindDocumentEnd(html, 0);
  if (at == std::string_view::npos) return false;
  for (std::size_t i = at; i < html.size(); ++i) {
    if (html[i] == '<' && FindDocumentEnd(html, i) == i) {
      const std::size_t close = html.find('>', i);
      if (close == std::string_view::npos) return false;
      i = close;
      continue;
    }
    const char c = html[i];
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return true;
  }
  return false;
}

HtmlDoc ParseAsWritten(std::string_view html) {
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NONET | HTML_PARSE_COMPACT | XML_PARSE_HUGE;
  const int size = static_cast<int>(std::min<std::size_t>(html.size(), INT_MAX));
  return HtmlDoc(htmlReadMemory(html.data(), size, nullptr, "UTF-8", options));
}

}  // namespace

HtmlDoc ParseHtml(std::string_view html) {
  if (HasContentAfterEnd(html)) {
    const std::string whole = WithoutDocumentEnds(html);
    return ParseHtml(std::string_view(whole).substr(0, whole.size()));
  }
  if (HasUnparsableAttributeNames(html)) {
    std::string mended(html);
    MendAttributeNames(mended);
    return ParseHtml(mended);
  }
  // Scripts, styles and long attribute values lifted out, the page parses
  // in about half the time.
  const LiftedRawText lifted = LiftRawText(html);
  if (!lifted.html.empty()) {
    HtmlDoc doc = ParseAsWritten(lifted.html);
    if (doc && RestoreRawText(doc.get(), lifted)) return doc;
  }
  return ParseAsWritten(html);
}

std::string_view TagOf(const xmlNode* node) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE || node->name == nullptr) return {};
  return reinterpret_cast<const char*>(node->name);
}

std::string AttributeOf(const xmlNode* node, const char* name) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE) return {};
  // Read in place: xmlGetProp copies every value, and this is asked of
  // nearly every element. The HTML parser gives attributes no namespace and
  // one text child, and an HTML page declares no defaults for an absent one.
  const auto* wanted = reinterpret_cast<const xmlChar*>(name);
  const xmlAttr* attribute = node->properties;
  while (attribute != nullptr &&
         (attribute->ns != nullptr || !xmlStrEqual(attribute->name, wanted)))
    attribute = attribute->next;
  if (attribute == nullptr) return {};
  const xmlNode* text = attribute->children;
  if (text == nullptr) return {};
  if (text->next == nullptr && text->type == XML_TEXT_NODE) {
    return text->content == nullptr ? std::string()
                                    : std::string(reinterpret_cast<const char*>(text->content));
  }
  xmlChar* value = xmlGetProp(node, wanted);
  if (value == nullptr) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

std::string ClassAndId(const xmlNode* node) {
  if (node == nullptr || node->properties == nullptr) return " ";
  std::string hints = AttributeOf(node, "class");
  hints.push_back(' ');
  hints += AttributeOf(node, "id");
  for (char& c : hints) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return hints;
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
  const auto blank = [&text](std::size_t i) {
    const char c = text[i];
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' ||
           (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0');
  };
  bool space = !out.empty() && out.back() == ' ';
  for (std::size_t i = 0; i < text.size();) {
    // Words go in whole: a byte at a time costs more than the scan.
    std::size_t end = i;
    while (end < text.size() && !blank(end)) ++end;
    if (end > i) {
      out.append(text.substr(i, end - i));
      space = false;
      i = end;
      continue;
    }
    i += text[i] == '\xC2' ? 2 : 1;
    if (!space && !out.empty()) out.push_back(' ');
    space = true;
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

namespace {

void AppendUtf8(std::string& out, unsigned long code) {
  if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) code = 0xFFFD;
  if (code < 0x80) {
    out.push_back(static_cast<char>(code));
  } else if (code < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code >> 6)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else if (code < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (code >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (code >> 18)));
    out.push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  }
}

// The code point a reference names, 0 when unknown.
unsigned long EntityCode(std::string_view name) {
  if (!name.empty() && name[0] == '#') {
    const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    const std::string digits(name.substr(hex ? 2 : 1));
    if (digits.empty() || digits.size() > 7) return 0;
    char* end = nullptr;
    const unsigned long code = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
    return end != nullptr && *end == '\0' ? code : 0;
  }
  static constexpr std::array<std::pair<std::string_view, unsigned long>, 14> kNamed = {
      {{"amp", '&'},
       {"lt", '<'},
       {"gt", '>'},
       {"quot", '"'},
       {"apos", '\''},
       {"nbsp", 0xA0},
       {"ndash", 0x2013},
       {"mdash", 0x2014},
       {"lsquo", 0x2018},
       {"rsquo", 0x2019},
       {"ldquo", 0x201C},
       {"rdquo", 0x201D},
       {"hellip", 0x2026},
       {"middot", 0xB7}}};
  for (const auto& [entity, code] : kNamed) {
    if (name == entity) return code;
  }
  return 0;
}

}  // namespace

std::string DecodeEntities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::size_t end = text[i] == '&' ? text.find(';', i) : std::string_view::npos;
    const unsigned long code = end != std::string_view::npos && end - i <= 10
                                   ? EntityCode(text.substr(i + 1, end - i - 1))
                                   : 0;
    if (code == 0) {
      out.push_back(text[i]);
      continue;
    }
    AppendUtf8(out, code);
    i = end;
  }
  return out;
}

std::string CollapsedText(std::string_view text) {
  std::string out;
  if (text.find('&') == std::string_view::npos) {
    AppendCollapsed(out, text);  // nothing to decode, nothing to copy
  } else {
    AppendCollapsed(out, DecodeEntities(text));
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool IsBlockTag(std::string_view tag) {
  static constexpr std::array<std::string_view, 38> kBlocks = {
      "address", "article", "aside", "blockquote", "body", "center",   "dd",         "details",
      "dialog",  "dir",     "div",   "dl",         "dt",   "fieldset", "figcaption", "figure",
      "footer",  "form",    "h1",    "h2",         "h3",   "h4",       "h5",         "h6",
      "header",  "hr",      "li",    "main",       "menu", "nav",      "ol",         "p",
      "pre",     "section", "table", "td",         "tr",   "ul"};
  return std::find(kBlocks.begin(), kBlocks.end(), tag) != kBlocks.end();
}

}  // namespace wiredesk::extract
