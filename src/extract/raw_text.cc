#include "extract/raw_text.h"

#include <charconv>
#include <cstdint>
#include <cstring>

#include "extract/html_tree.h"

namespace wiredesk::extract {
namespace {

bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsNameByte(char c) {
  return IsLetter(c) || (c >= '0' && c <= '9') || c == ':' || c == '-' || c == '_' || c == '.';
}

bool EqualsNoCase(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((text[i] | 0x20) != lower[i]) return false;
  }
  return true;
}

// The length of the UTF-8 sequence at `at` when it encodes a character
// libxml2 copies as it is (tab, newlines, U+0020 up, but U+FFFE, U+FFFF and
// surrogates), else 0: those it drops or reports, and the body stays put.
std::size_t CopiedAsIs(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char c = byte(at);
  if (c < 0x80) return c >= 0x20 || c == '\t' || c == '\n' || c == '\r' ? 1 : 0;
  const std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (length == 0 || c > 0xF4 || at + length > text.size()) return 0;
  unsigned long code = c & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return 0;
    code = (code << 6) | (byte(at + i) & 0x3F);
  }
  const unsigned long shortest = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
  const bool allowed = (code >= shortest && code <= 0xD7FF) || (code >= 0xE000 && code <= 0xFFFD) ||
                       (code >= 0x10000 && code <= 0x10FFFF);
  return allowed ? length : 0;
}

// True when none of the eight bytes is a control character or above 0x7F
// (a word at a time: most bodies are ASCII).
bool PlainAscii(std::uint64_t bytes) {
  constexpr std::uint64_t kOnes = 0x0101010101010101;
  constexpr std::uint64_t kHigh = 0x8080808080808080;
  return ((bytes | (bytes - 0x20 * kOnes)) & kHigh) == 0;
}

// Every body that can be is lifted, however short: then a body the parser
// left as a number is a placeholder, and one out of place is caught.
bool Liftable(std::string_view body) {
  if (body.empty()) return false;
  for (std::size_t at = 0; at < body.size();) {
    std::uint64_t bytes = 0;
    if (at + 8 <= body.size() && (std::memcpy(&bytes, body.data() + at, 8), PlainAscii(bytes))) {
      at += 8;
      continue;
    }
    const std::size_t length = CopiedAsIs(body, at);
    if (length == 0) return false;
    at += length;
  }
  return true;
}

// Past the '>' of the start tag whose attributes begin at `at`, or npos;
// `empty` tells an element closed the XML way ("<script src=x.js />").
std::size_t TagEnd(std::string_view html, std::size_t at, bool& empty) {
  const std::size_t n = html.size();
  while (at < n) {
    while (at < n && IsBlank(html[at])) ++at;
    if (at >= n) break;
    if (html[at] == '>') return at + 1;
    if (html[at] == '/') {
      if (at + 1 < n && html[at + 1] == '>') {
        empty = true;
        return at + 2;
      }
      ++at;
      continue;
    }
    while (at < n && !IsBlank(html[at]) && html[at] != '=' && html[at] != '>') ++at;
    while (at < n && IsBlank(html[at])) ++at;
    if (at >= n || html[at] != '=') continue;
    ++at;
    while (at < n && IsBlank(html[at])) ++at;
    if (at < n && (html[at] == '"' || html[at] == '\'')) {
      const std::size_t close = html.find(html[at], at + 1);
      if (close == std::string_view::npos) break;
      at = close + 1;
    } else {
      while (at < n && !IsBlank(html[at]) && html[at] != '>') ++at;
    }
  }
  return std::string_view::npos;
}

// Where the raw text of `tag` starting at `at` ends: libxml2 (recovering)
// ends it at the first "</" the tag's name follows, in any case.
std::size_t RawTextEnd(std::string_view html, std::size_t at, std::string_view tag) {
  for (std::size_t end = html.find("</", at); end != std::string_view::npos;
       end = html.find("</", end + 2)) {
    if (EqualsNoCase(html.substr(end + 2, tag.size()), tag)) return end;
  }
  return html.size();
}

std::string Ordinal(std::size_t i) {
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, i).ptr;
  return std::string(digits, end);
}

// The placeholder a script or style element holds as its only text, or "".
std::string_view Placeholder(const xmlNode* node) {
  const std::string_view tag = TagOf(node);
  if (tag != "script" && tag != "style") return {};
  const xmlNode* text = node->children;
  if (text == nullptr || text->next != nullptr || text->type != XML_CDATA_SECTION_NODE ||
      text->content == nullptr) {
    return {};
  }
  const std::string_view content(reinterpret_cast<const char*>(text->content));
  const bool digits = !content.empty() && content.find_first_not_of("0123456789") == content.npos;
  return digits ? content : std::string_view();
}

}  // namespace

LiftedRawText LiftRawText(std::string_view html) {
  LiftedRawText lifted;
  std::size_t copied = 0;  // html before this is in lifted.html
  std::size_t at = 0;
  while ((at = html.find('<', at)) != std::string_view::npos) {
    if (html.compare(at, 4, "<!--") == 0) {
      at = html.find("-->", at + 4);
      if (at == std::string_view::npos) break;
      at += 3;
      continue;
    }
    if (at + 1 >= html.size() || !IsLetter(html[at + 1])) {
      ++at;
      continue;
    }
    std::size_t name_end = at + 1;
    while (name_end < html.size() && IsNameByte(html[name_end])) ++name_end;
    const std::string_view name = html.substr(at + 1, name_end - at - 1);
    bool empty = false;
    at = TagEnd(html, name_end, empty);
    if (at == std::string_view::npos) break;
    const std::string_view tag = EqualsNoCase(name, "script")  ? "script"
                                 : EqualsNoCase(name, "style") ? "style"
                                                               : "";
    if (tag.empty() || empty) continue;
    const std::size_t end = RawTextEnd(html, at, tag);
    const std::string_view body = html.substr(at, end - at);
    if (Liftable(body)) {
      if (lifted.bodies.empty()) lifted.html.reserve(html.size());
      lifted.html.append(html.substr(copied, at - copied));
      lifted.html += Ordinal(lifted.bodies.size());
      lifted.bodies.push_back(body);
      copied = end;
    }
    at = end;
  }
  if (!lifted.bodies.empty()) lifted.html.append(html.substr(copied));
  return lifted;
}

bool RestoreRawText(xmlDoc* doc, const std::vector<std::string_view>& bodies) {
  // Every placeholder in the tree must be the next one left, in order.
  std::size_t next = 0;
  std::string wanted = Ordinal(next);
  for (xmlNode* top = doc->children; top != nullptr; top = top->next) {
    for (const xmlNode* node = top; node != nullptr; node = NextInWalk(node, top)) {
      const std::string_view placeholder = Placeholder(node);
      if (placeholder.empty()) continue;
      if (next == bodies.size() || placeholder != wanted) return false;
      const std::string_view body = bodies[next];
      xmlNode* text = node->children;
      xmlNodeSetContentLen(text, reinterpret_cast<const xmlChar*>(body.data()),
                           static_cast<int>(body.size()));
      wanted = Ordinal(++next);
    }
  }
  return next == bodies.size();
}

}  // namespace wiredesk::extract
