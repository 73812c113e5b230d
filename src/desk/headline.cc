#include "desk/headline.h"

#include <array>
#include <string>

#include "extract/iso_date.h"
#include "text/lines.h"
#include "text/normalize.h"

namespace wiredesk::desk {
namespace {

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// List markers and arrows a teaser or a menu entry starts with.
bool StartsWithMarker(std::string_view title) {
  static constexpr std::array<std::string_view, 12> kMarkers = {
      "\u2022", "\u00B7", "\u25AA", "\u25BA", "\u25B6", "\u2013",
      "\u2014", "\u00BB", "-",      "*",      "|",      ">"};
  for (const std::string_view marker : kMarkers) {
    if (StartsWith(title, marker)) return true;
  }
  return false;
}

// Words of page furniture, matched on the folded title: prompts to sign in
// or subscribe, and the labels captions and credits open with.
bool HasFurnitureWords(const std::string& key) {
  static constexpr std::array<std::string_view, 12> kPrompts = {
      "sign in",   "sign up",           "log in",     "login",
      "subscribe", "newsletter",        "my account", "register",
      "cookies",   "enable javascript", "skip to",    "all rights reserved"};
  for (const std::string_view prompt : kPrompts) {
    if (key.find(prompt) != std::string::npos) return true;
  }
  static constexpr std::array<std::string_view, 7> kCaptions = {
      "photo", "image", "picture", "caption", "credit", "file photo", "video"};
  for (const std::string_view caption : kCaptions) {
    if (StartsWith(key, caption) && (key.size() == caption.size() || key[caption.size()] == ':' ||
                                     key[caption.size()] == ' ' || key[caption.size()] == 's'))
      return true;
  }
  // An image's alternative text: "Acme Logo".
  return key == "logo" || StartsWith(key, "logo ") ||
         (key.size() > 5 && key.compare(key.size() - 5, 5, " logo") == 0);
}

std::size_t Words(std::string_view s) {
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : s) {
    const bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// "Home | World | Business", "News › Politics": separators of a menu.
std::size_t MenuSeparators(std::string_view s) {
  std::size_t count = 0;
  for (const std::string_view separator : {std::string_view(" | "), std::string_view(" \u203A "),
                                           std::string_view(" / "), std::string_view(" \u00BB ")}) {
    for (std::size_t at = s.find(separator); at != std::string_view::npos;
         at = s.find(separator, at + 1))
      ++count;
  }
  return count;
}

}  // namespace

bool IsRealHeadline(std::string_view title) {
  const std::string line = text::CollapseWhitespace(title);
  if (line.empty() || StartsWithMarker(line) || line.back() == ':') return false;
  // Past kMaxWords it is a paragraph taken for the headline.
  constexpr std::size_t kMaxWords = 30;
  const std::size_t words = Words(line);
  if (words < 2 || words > kMaxWords || MenuSeparators(line) >= 2) return false;
  return !HasFurnitureWords(text::MatchKey(line));
}

int MetadataScore(const extract::Article& article) {
  return (IsRealHeadline(article.title) ? 2 : 0) +
         (extract::IsoDate(article.published).empty() ? 0 : 1) + (article.url.empty() ? 0 : 1) +
         (article.byline.empty() ? 0 : 1);
}

}  // namespace wiredesk::desk
