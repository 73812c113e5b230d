#include "extract/attribute_names.h"

namespace wiredesk::extract {
namespace {

bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool CanStartName(char c) { return IsLetter(c) || c == '_' || c == ':'; }
bool CanFollowInName(char c) {
  return CanStartName(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

bool StartsWithNoCase(std::string_view text, std::size_t at, std::string_view prefix) {
  if (text.size() - at < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if ((text[at + i] | 0x20) != prefix[i]) return false;
  }
  return true;
}

// Where the element whose start tag ended before `at` has its raw text end:
// the markup-free bodies of <script> and <style> are not tags.
std::size_t SkipRawText(std::string_view html, std::size_t at, std::string_view tag) {
  for (const std::string_view raw : {"script", "style", "textarea"}) {
    if (tag.size() != raw.size() || !StartsWithNoCase(tag, 0, raw)) continue;
    for (std::size_t end = html.find("</", at); end != std::string_view::npos;
         end = html.find("</", end + 2)) {
      if (StartsWithNoCase(html, end + 2, raw)) return end;
    }
    return html.size();
  }
  return at;
}

// Reads the attributes of a start tag from `at` (just after its name) to
// past its '>', calling bad(i) on each name byte libxml2 would refuse.
// Returns where the tag ends, or npos when `bad` asked to stop.
template <typename Bad>
std::size_t ScanAttributes(std::string_view html, std::size_t at, Bad& bad) {
  const std::size_t n = html.size();
  while (at < n) {
    while (at < n && (IsBlank(html[at]) || html[at] == '/')) ++at;
    if (at >= n || html[at] == '>') return at + 1;
    const std::size_t name = at;
    while (at < n && !IsBlank(html[at]) && html[at] != '=' && html[at] != '>' && html[at] != '/')
      ++at;
    for (std::size_t i = name; i < at; ++i) {
      const bool fine = i == name ? CanStartName(html[i]) : CanFollowInName(html[i]);
      if (!fine && !bad(i)) return std::string_view::npos;
    }
    while (at < n && IsBlank(html[at])) ++at;
    if (at >= n || html[at] != '=') continue;
    ++at;
    while (at < n && IsBlank(html[at])) ++at;
    if (at < n && (html[at] == '"' || html[at] == '\'')) {
      const std::size_t close = html.find(html[at], at + 1);
      at = close == std::string_view::npos ? n : close + 1;
    } else {
      while (at < n && !IsBlank(html[at]) && html[at] != '>') ++at;
    }
  }
  return n;
}

// Calls bad(i) for each attribute-name byte to mend, in order, until it
// returns false.
template <typename Bad>
void ScanNames(std::string_view html, Bad bad) {
  std::size_t at = 0;
  while ((at = html.find('<', at)) != std::string_view::npos) {
    if (html.compare(at, 4, "<!--") == 0) {
      at = html.find("-->", at + 4);
      if (at == std::string_view::npos) return;
      at += 3;
      continue;
    }
    if (at + 1 >= html.size() || !IsLetter(html[at + 1])) {
      ++at;
      continue;
    }
    std::size_t end = at + 1;
    while (end < html.size() && !IsBlank(html[end]) && html[end] != '>' && html[end] != '/') ++end;
    const std::string_view tag = html.substr(at + 1, end - at - 1);
    at = ScanAttributes(html, end, bad);
    if (at == std::string_view::npos) return;
    at = SkipRawText(html, at, tag);
  }
}

}  // namespace

bool HasUnparsableAttributeNames(std::string_view html) {
  bool found = false;
  ScanNames(html, [&found](std::size_t) {
    found = true;
    return false;
  });
  return found;
}

bool MendAttributeNames(std::string& html) {
  bool mended = false;
  // The scan reads the view while bytes change under it: only name bytes
  // change, and only to '_', which the scan reads as a name byte again.
  ScanNames(std::string_view(html), [&](std::size_t i) {
    html[i] = '_';
    mended = true;
    return true;
  });
  return mended;
}

}  // namespace wiredesk::extract
