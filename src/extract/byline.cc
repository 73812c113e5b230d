#include "extract/byline.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "extract/html_tree.h"
#include "extract/substrings.h"
#include "text/calendar_words.h"
#include "text/normalize.h"

namespace wiredesk::extract {
namespace {

bool IsAsciiLetter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// The word at `at` (letters only), lower-cased.
std::string LowerWordAt(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && (IsAsciiLetter(text[end]) || text[end] == '-')) ++end;
  return text::LowerAscii(text.substr(at, end - at));
}

// The labels that open a byline, lower-cased: before the name, alone on a
// line, and the words that open one before "by" ("Photo by", "Powered by"
// open credits).
constexpr std::array<std::string_view, 7> kLabels = {
    "authors:", "author:", "contributors:", "contributor:", "author ", "by:", "by "};
constexpr std::array<std::string_view, 4> kLabelsAlone = {"by", "author", "authors", "the author"};
constexpr std::array<std::string_view, 9> kWordsBeforeBy = {
    "written", "authored", "posted", "words", "article", "story", "guide", "text", "reported"};

// Whether a label of the lists above opens with `lower_letter`.
bool OpensALabel(char lower_letter) {
  const auto opens = [lower_letter](std::string_view label) { return label[0] == lower_letter; };
  return std::any_of(kLabels.begin(), kLabels.end(), opens) ||
         std::any_of(kLabelsAlone.begin(), kLabelsAlone.end(), opens) ||
         std::any_of(kWordsBeforeBy.begin(), kWordsBeforeBy.end(), opens);
}

// "By ", "By: ", "Author: ", and a one-word label before "by" ("Written
// by", "Posted by:", "Guide by"): what is left after it, or `text` itself.
std::string_view AfterLabel(std::string_view text) {
  const std::string lower =
      text::LowerAscii(text.substr(0, std::min<std::size_t>(text.size(), 24)));
  for (const std::string_view label : kLabels) {
    if (lower.starts_with(label)) return text.substr(label.size());
  }
  if (std::find(kLabelsAlone.begin(), kLabelsAlone.end(), lower) != kLabelsAlone.end()) return {};
  // "By" set apart from the name only by markup: "ByAnn Lee".
  if (lower.starts_with("by") && text.size() > 2 && text[2] >= 'A' && text[2] <= 'Z') {
    return text.substr(2);
  }
  for (const std::string_view word : kWordsBeforeBy) {
    const std::string_view rest =
        std::string_view(lower).substr(std::min(lower.size(), word.size()));
    if (!lower.starts_with(word) || !rest.starts_with(" by")) continue;
    if (rest == " by" || rest == " by:") return {};
    for (const std::string_view by : {" by: ", " by "}) {
      if (rest.starts_with(by)) return text.substr(word.size() + by.size());
    }
  }
  return text;
}

bool HasLabel(std::string_view text) { return AfterLabel(text).size() != text.size(); }

// Whether a text node's raw content may open with one of AfterLabel's
// labels, by its first letter: a page has thousands of text nodes and one
// byline, so most are told apart here before their text is copied. An
// entity first is read the long way.
bool MayOpenWithLabel(std::string_view raw) {
  std::size_t at = 0;
  while (at < raw.size()) {
    const char c = raw[at];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      ++at;
    } else if (c == '\xC2' && at + 1 < raw.size() && raw[at + 1] == '\xA0') {
      at += 2;
    } else {
      return c == '&' || (IsAsciiLetter(c) && OpensALabel(static_cast<char>(c | 0x20)));
    }
  }
  return false;
}

// Job titles that follow a name ("Ann Lee, Senior Editor", "Ann Lee Former
// Staff Writer"): a byline's name is what comes before them.
bool IsRoleWord(std::string_view lower_word) {
  static constexpr std::array<std::string_view, 24> kRoles = {
      "editor",     "writer",     "reporter",   "correspondent", "columnist", "contributor",
      "expert",     "founder",    "co-founder", "cofounder",     "director",  "manager",
      "consultant", "specialist", "analyst",    "journalist",    "former",    "head",
      "senior",     "staff",      "chief",      "president",     "officer",   "strategist"};
  return std::find(kRoles.begin(), kRoles.end(), lower_word) != kRoles.end();
}

// Where the name in a byline line ends: at a separator, a digit, a month
// name, a job title or a word that starts the date ("published", "on").
std::size_t NameEnd(std::string_view text) {
  std::size_t end = text.size();
  for (const std::string_view stop : {" - ", " | ", " • ", " · ", " — ", " – "}) {
    end = std::min(end, text.find(stop));
  }
  for (std::size_t i = 0; i < end; ++i) {
    if (text[i] >= '0' && text[i] <= '9') return i;
    // A bio runs on after the name: "Ann Lee Hi! I write about ...".
    if (text[i] == '!' || text[i] == '?') {
      const std::size_t space = text.rfind(' ', i);
      return space == std::string_view::npos ? 0 : space;
    }
    // Elements set side by side read as one word: "Ann LeeDecember 3",
    // "Ann LeeFounder at Acme".
    const bool glued =
        i > 0 && text[i - 1] >= 'a' && text[i - 1] <= 'z' && text[i] >= 'A' && text[i] <= 'Z';
    if (glued && (text::IsMonthName(LowerWordAt(text, i)) || IsRoleWord(LowerWordAt(text, i))))
      return i;
    if (i > 0 && text[i - 1] != ' ') continue;
    const std::string word = LowerWordAt(text, i);
    // "at" opens a time or a place: "Posted by Ann at 10:15 AM".
    if (word == "published" || word == "updated" || word == "posted" || word == "on" ||
        word == "at" || word == "sponsored" || (i > 0 && text::IsMonthName(word))) {
      return i;
    }
  }
  return end;
}

// `name` cut before a role: at the comma that opens one, else at a role word
// from the third word on (two words are kept: "Staff Writer" may be all
// there is).
std::string_view WithoutRole(std::string_view name) {
  for (std::size_t comma = name.find(", "); comma != std::string_view::npos;
       comma = name.find(", ", comma + 2)) {
    const std::size_t next = name.find(", ", comma + 2);
    const std::string_view part = name.substr(
        comma + 2, next == std::string_view::npos ? std::string_view::npos : next - comma - 2);
    for (std::size_t i = 0; i < part.size(); ++i) {
      if ((i == 0 || part[i - 1] == ' ') && IsRoleWord(LowerWordAt(part, i))) {
        return name.substr(0, comma);
      }
    }
  }
  int words = 0;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (i > 0 && name[i - 1] != ' ') continue;
    if (++words >= 3 && IsRoleWord(LowerWordAt(name, i))) return name.substr(0, i);
  }
  return name;
}

// "Dec", "Sat", "Feb.": a date's first word caught alone.
bool IsCalendarWord(std::string_view text) {
  std::string word = text::LowerAscii(text);
  if (!word.empty() && word.back() == '.') word.pop_back();
  return text::IsMonthName(word) || text::IsWeekdayName(word) || text::IsWeekdayAbbreviation(word);
}

// A sentence, not a name: a full stop after a word of four letters or
// more ("Dr. Ann Lee", "Ann K. Lee" and "M.D." are names).
bool IsSentence(std::string_view text) {
  for (std::size_t dot = text.find(". "); dot != std::string_view::npos;
       dot = text.find(". ", dot + 1)) {
    std::size_t start = dot;
    while (start > 0 && IsAsciiLetter(text[start - 1])) --start;
    if (dot - start >= 4) return true;
  }
  return false;
}

// Capitalised words, joined by "and", "&", commas and name particles.
bool IsWrittenAsName(std::string_view name) {
  static constexpr std::array<std::string_view, 14> kJoins = {
      "and", "&", "de", "van", "der", "den", "von", "la", "le", "da", "di", "du", "del", "y"};
  int words = 0;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (i > 0 && name[i - 1] != ' ') continue;
    std::size_t end = name.find(' ', i);
    if (end == std::string_view::npos) end = name.size();
    const std::string_view word = name.substr(i, end - i);
    const bool capital = (word[0] >= 'A' && word[0] <= 'Z') || (word[0] & 0x80) != 0;
    if (!capital && std::find(kJoins.begin(), kJoins.end(), word) == kJoins.end()) return false;
    ++words;
  }
  return words > 0 && words <= 12;
}

// Menus sort links "By Topic", "By Use Case": a line in a form control or
// in a menu a few levels up is no byline.
bool InMenu(const xmlNode* node) {
  const xmlNode* at = node;
  for (int level = 0; level < 4 && at != nullptr && at->type == XML_ELEMENT_NODE;
       ++level, at = at->parent) {
    const std::string_view tag = TagOf(at);
    if (tag == "option" || tag == "label" || tag == "nav") return true;
    const std::string hints = ClassAndId(at);
    if (Contains(hints, "menu") || Contains(hints, "dropdown")) return true;
  }
  return false;
}

// Whether a sentence runs into `node`: "by Ann Lee" after a book's
// <i>title</i> cites someone; a byline opens its line, or follows a date
// in an element of its own.
bool FollowsText(const xmlNode* node) {
  for (const xmlNode* at = node->prev; at != nullptr; at = at->prev) {
    if (at->type == XML_TEXT_NODE && at->content != nullptr) {
      const std::string_view text(reinterpret_cast<const char*>(at->content));
      if (text.find_first_not_of(" \t\r\n") != std::string_view::npos) return true;
    } else if (at->type == XML_ELEMENT_NODE && !TextOf(at).empty()) {
      const std::string_view tag = TagOf(at);
      return tag == "a" || tag == "i" || tag == "em" || tag == "cite" || tag == "b" ||
             tag == "strong";
    }
  }
  return false;
}

// A form's label ("Your Name: *") or a template's unfilled key
// ("page.meta.author"), not a name; a handle ("ann.lee") is one.
bool IsFormOrTemplate(std::string_view name) {
  if (Contains(name, "*") || name.ends_with(":")) return true;
  return name.find(' ') == std::string_view::npos && Contains(name, ".") &&
         (name.ends_with("author") || name.ends_with("name"));
}

}  // namespace

std::string AuthorName(std::string text) {
  text = CollapsedText(text);
  std::string_view name = AfterLabel(text);
  while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
  name = WithoutRole(name.substr(0, NameEnd(name)));
  while (!name.empty() && (name.back() == ',' || name.back() == '|' || name.back() == ' '))
    name.remove_suffix(1);
  // A commenter's line ends "says:"; a stylesheet's class name leaks as ".css-".
  if (name.empty() || name.size() > 200 || name.starts_with("http") || name.starts_with("@") ||
      name.starts_with(".") || name.ends_with(" says:") || name.ends_with(" says") ||
      Contains(name, "://") || IsSentence(name) || IsCalendarWord(name) || IsFormOrTemplate(name)) {
    return {};
  }
  return std::string(name);
}

std::string VisibleByline(const xmlNode* text_node) {
  if (text_node->content == nullptr || text_node->parent == nullptr) return {};
  if (!MayOpenWithLabel(reinterpret_cast<const char*>(text_node->content))) return {};
  const std::string text = CollapsedText(reinterpret_cast<const char*>(text_node->content));
  if (text.size() > 120 || !HasLabel(text)) return {};
  const auto named = [](const std::string& line) {
    // The name comes first; what follows a long line's first words (a bio,
    // "4+ years covering laptops") is cut by AuthorName or fails the test.
    const std::size_t cut = line.size() > 160 ? line.rfind(' ', 160) : std::string::npos;
    std::string name = AuthorName(cut == std::string::npos ? line : line.substr(0, cut));
    return IsWrittenAsName(name) ? name : std::string();
  };
  const xmlNode* parent = text_node->parent;
  if (InMenu(parent) || FollowsText(text_node)) return {};
  // A heading that opens with "By" sorts a menu ("By Event Type"); one
  // that is only a label ("Article by") heads the name below it.
  const std::string_view tag = TagOf(parent);
  const bool heading = tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6';
  if (!AfterLabel(text).empty()) {
    // An author box heads itself "Written by Ann Lee"; a menu, "By Topic".
    const bool menu_like = heading && text::LowerAscii(text).starts_with("by");
    return menu_like ? std::string() : named(text);
  }
  // A label alone: the name is in the rest of its element ("By <a>Ann
  // Lee</a>"), or in the element after it ("<p>Written by</p><p>Ann Lee</p>").
  if (!heading) {
    if (std::string name = named(TextOf(parent)); !name.empty()) return name;
    // "<strong>Contributors:</strong> Ann Lee": the name is beside the label.
    if (parent->parent != nullptr && parent->parent->type == XML_ELEMENT_NODE) {
      if (std::string name = named(TextOf(parent->parent)); !name.empty()) return name;
    }
  }
  const xmlNode* next = parent->next;
  while (next != nullptr && (next->type != XML_ELEMENT_NODE || TextOf(next).empty())) {
    next = next->next;  // a <br>, an icon
  }
  return next == nullptr ? std::string() : named(TextOf(next));
}

}  // namespace wiredesk::extract
