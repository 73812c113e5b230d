#include "extract/html_furniture.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "extract/html_tree.h"
#include "extract/substrings.h"

namespace wiredesk::extract {
namespace {

// Readability's lists: class or id words that mark page furniture, and words
// that rescue an element from that verdict.
constexpr std::array<std::string_view, 36> kUnlikely = {
    "caption",    "credit",  "gallery",    "slideshow", "carousel", "-ad-",
    "ai2html",    "banner",  "breadcrumb", "combx",     "comment",  "community",
    "cover-wrap", "disqus",  "extra",      "footer",    "gdpr",     "header",
    "legends",    "menu",    "related",    "remark",    "replies",  "rss",
    "shoutbox",   "sidebar", "skyscraper", "social",    "sponsor",  "supplemental",
    "ad-break",   "agegate", "pagination", "pager",     "popup",    "yom-remote"};
// "embed": quoted posts (tweets and the like) are part of the story.
constexpr std::array<std::string_view, 8> kMaybe = {"and",     "article", "body",   "column",
                                                    "content", "main",    "shadow", "embed"};
constexpr std::array<std::string_view, 14> kPositive = {
    "article", "body", "content", "entry", "hentry", "h-entry",   "main",
    "page",    "post", "text",    "blog",  "story",  "paragraph", "prose"};
constexpr std::array<std::string_view, 22> kNegative = {
    "hidden",  "-ad-",     "banner", "combx",    "comment", "com-",   "contact",  "foot",
    "footer",  "footnote", "gdpr",   "masthead", "media",   "meta",   "outbrain", "promo",
    "related", "scroll",   "share",  "shoutbox", "sidebar", "sponsor"};

// A <button> is here only while it holds phrasing content, as HTML allows:
// a button left open swallows the rest of the page, blocks and all.
constexpr std::array<std::string_view, 15> kNeverText = {
    "script", "style", "noscript", "template", "svg",   "canvas", "iframe", "object",
    "embed",  "input", "select",   "textarea", "video", "audio",  "button"};

constexpr std::array<std::string_view, 8> kFurnitureRoles = {
    "navigation", "complementary", "banner", "contentinfo",
    "dialog",     "alertdialog",   "menu",   "menubar"};

std::string TagHint(std::string_view tag) {
  if (tag == "figure" || tag == "figcaption") return "photo caption";
  if (tag == "nav") return "menu";
  if (tag == "aside") return "aside";
  if (tag == "footer") return "footer";
  if (tag == "header") return "page header";
  if (tag == "dialog") return "not text (dialog)";
  // Contact and sign-up forms; a form that wraps the whole page (ASP.NET
  // does) holds most of its prose and so is no furniture (html_body.cc).
  if (tag == "form") return "form";
  return {};
}

bool Hidden(const xmlNode* node) {
  if (xmlHasProp(node, reinterpret_cast<const xmlChar*>("hidden")) != nullptr ||
      AttributeOf(node, "aria-hidden") == "true") {
    return true;
  }
  std::string style = AttributeOf(node, "style");
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return Contains(style, "display:none") || Contains(style, "visibility:hidden");
}

// WordPress and other editors wrap tables and code listings in <figure>:
// those are the article's own content, not a photo and its caption.
bool HoldsTableOrCode(const xmlNode* figure) {
  for (const xmlNode* at = figure->children; at != nullptr; at = NextInWalk(at, figure)) {
    const std::string_view tag = TagOf(at);
    if (tag == "table" || tag == "pre") return true;
  }
  return false;
}

// Syntax highlighters class their spans by token ("hljs-comment",
// "token-header"): inside a listing, class words name code, not furniture.
bool InsideCode(const xmlNode* node) {
  for (const xmlNode* at = node; at != nullptr; at = at->parent) {
    const std::string_view tag = TagOf(at);
    if (tag == "pre" || tag == "code") return true;
  }
  return false;
}

}  // namespace

bool IsNeverText(const xmlNode* node) {
  const std::string_view tag = TagOf(node);
  if (std::find(kNeverText.begin(), kNeverText.end(), tag) == kNeverText.end()) return false;
  if (tag != "button") return true;
  for (const xmlNode* at = node->children; at != nullptr; at = NextInWalk(at, node)) {
    if (IsBlockTag(TagOf(at))) return false;
  }
  return true;
}

std::string FurnitureHint(const xmlNode* node, bool use_class) {
  const std::string_view tag = TagOf(node);
  if (tag.empty() || tag == "html" || tag == "body") return {};
  if (tag == "figure" && HoldsTableOrCode(node)) return {};
  if (std::string hint = TagHint(tag); !hint.empty()) return hint;
  if (node->properties == nullptr) return {};
  if (Hidden(node)) return "hidden";
  const std::string role = AttributeOf(node, "role");
  if (std::find(kFurnitureRoles.begin(), kFurnitureRoles.end(), role) != kFurnitureRoles.end()) {
    return "page furniture (" + role + ")";
  }
  if (use_class && tag != "a" && tag != "article" && tag != "main") {
    const std::string hints = ClassAndId(node);
    if (ContainsAny(hints, kUnlikely) && !ContainsAny(hints, kMaybe) && !InsideCode(node)) {
      return "page furniture (class \"" + hints.substr(0, 60) + "\")";
    }
  }
  return {};
}

double ClassWeight(const xmlNode* node) {
  const std::string hints = ClassAndId(node);
  double weight = 0;
  if (ContainsAny(hints, kNegative)) weight -= 25;
  if (ContainsAny(hints, kPositive)) weight += 25;
  return weight;
}

}  // namespace wiredesk::extract
