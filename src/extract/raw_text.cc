#include "extract/raw_text.h"

#include <array>
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

std::string Ordinal(std::size_t i) {
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, i).ptr;
  return std::string(digits, end);
}

// Attribute values shorter than this cost the parser little.
constexpr std::size_t kLongValue = 16;

// A value's placeholder opens with DEL, which no page has (values are not
// lifted from one that does): a value opening with it was left by the lift.
constexpr char kValueMark = '\x7F';

// The lifted page as it is written, a cut at a time.
struct Cuts {
  std::string_view html;
  LiftedRawText& lifted;
  bool values = true;      // whether attribute values may be lifted
  std::size_t copied = 0;  // html before this is in lifted.html

  void Cut(std::size_t from, std::size_t to, std::string_view placeholder) {
    if (copied == 0) lifted.html.reserve(html.size());
    lifted.html.append(html.substr(copied, from - copied));
    lifted.html.append(placeholder);
    copied = to;
  }
};

// Lifts a quoted attribute value the parser would copy as written: no
// character references to decode, nothing it drops.
void LiftValue(Cuts& cuts, std::size_t from, std::size_t to) {
  const std::string_view value = cuts.html.substr(from, to - from);
  if (!cuts.values || value.size() < kLongValue || value.find('&') != value.npos ||
      !Liftable(value)) {
    return;
  }
  cuts.Cut(from, to, kValueMark + Ordinal(cuts.lifted.values.size()));
  cuts.lifted.values.push_back(value);
}

bool SameNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if ((a[i] | 0x20) != (b[i] | 0x20)) return false;
  }
  return true;
}

// The names a start tag has given so far: the parser drops an attribute
// named twice (and its placeholder with it), so only a first is lifted.
class NamesSeen {
 public:
  // Whether `name` is new to the tag (and room was left to note it).
  bool First(std::string_view name) {
    for (std::size_t i = 0; i < count_; ++i) {
      if (SameNoCase(names_[i], name)) return false;
    }
    if (count_ == names_.size()) return false;
    names_[count_++] = name;
    return true;
  }

 private:
  std::array<std::string_view, 32> names_;
  std::size_t count_ = 0;
};

// Past the '>' of the start tag whose attributes begin at `at`, or npos;
// `empty` tells an element closed the XML way ("<script src=x.js />").
// With `lift`, its long values are lifted.
std::size_t TagEnd(Cuts& cuts, std::size_t at, bool lift, bool& empty) {
  const std::string_view html = cuts.html;
  const std::size_t n = html.size();
  NamesSeen seen;
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
    const std::size_t name = at;
    while (at < n && !IsBlank(html[at]) && html[at] != '=' && html[at] != '>') ++at;
    const bool first = seen.First(html.substr(name, at - name));
    while (at < n && IsBlank(html[at])) ++at;
    if (at >= n || html[at] != '=') continue;
    ++at;
    while (at < n && IsBlank(html[at])) ++at;
    if (at < n && (html[at] == '"' || html[at] == '\'')) {
      const std::size_t close = html.find(html[at], at + 1);
      if (close == std::string_view::npos) break;
      if (lift && first) LiftValue(cuts, at + 1, close);
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

void SetContent(xmlNode* text, std::string_view content) {
  xmlNodeSetContentLen(text, reinterpret_cast<const xmlChar*>(content.data()),
                       static_cast<int>(content.size()));
}

}  // namespace

LiftedRawText LiftRawText(std::string_view html) {
  LiftedRawText lifted;
  Cuts cuts{html, lifted, html.find(kValueMark) == std::string_view::npos};
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
    // A second <html>, <head> or <body> is merged into the first, or dropped.
    const bool lift = cuts.values && !EqualsNoCase(name, "html") && !EqualsNoCase(name, "head") &&
                      !EqualsNoCase(name, "body");
    bool empty = false;
    at = TagEnd(cuts, name_end, lift, empty);
    if (at == std::string_view::npos) break;
    const std::string_view tag = EqualsNoCase(name, "script")  ? "script"
                                 : EqualsNoCase(name, "style") ? "style"
                                                               : "";
    if (tag.empty() || empty) continue;
    const std::size_t end = RawTextEnd(html, at, tag);
    const std::string_view body = html.substr(at, end - at);
    if (Liftable(body)) {
      cuts.Cut(at, end, Ordinal(lifted.bodies.size()));
      lifted.bodies.push_back(body);
    }
    at = end;
  }
  if (cuts.copied > 0) lifted.html.append(html.substr(cuts.copied));
  return lifted;
}

bool RestoreRawText(xmlDoc* doc, const LiftedRawText& lifted) {
  // Every placeholder in the tree must be the next one left, in order.
  std::size_t body = 0;
  std::size_t value = 0;
  for (xmlNode* top = doc->children; top != nullptr; top = top->next) {
    for (const xmlNode* node = top; node != nullptr; node = NextInWalk(node, top)) {
      if (node->type != XML_ELEMENT_NODE) continue;
      for (const xmlAttr* attribute = node->properties; attribute != nullptr;
           attribute = attribute->next) {
        xmlNode* text = attribute->children;
        if (text == nullptr || text->content == nullptr || text->content[0] != kValueMark) {
          continue;
        }
        if (value == lifted.values.size() || text->next != nullptr ||
            kValueMark + Ordinal(value) != reinterpret_cast<const char*>(text->content)) {
          return false;
        }
        SetContent(text, lifted.values[value++]);
      }
      const std::string_view placeholder = Placeholder(node);
      if (placeholder.empty()) continue;
      if (body == lifted.bodies.size() || placeholder != Ordinal(body)) return false;
      SetContent(node->children, lifted.bodies[body++]);
    }
  }
  return body == lifted.bodies.size() && value == lifted.values.size();
}

}  // namespace wiredesk::extract
