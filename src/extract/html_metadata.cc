#include "extract/html_metadata.h"

#include <algorithm>
#include <array>
#include <string_view>

#include <nlohmann/json.hpp>

#include "extract/html_tree.h"
#include "text/normalize.h"

namespace wiredesk::extract {
namespace {

using nlohmann::json;

std::string Collapsed(std::string_view text) {
  std::string out;
  AppendCollapsed(out, text);
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool IsArticleType(const json& type) {
  static constexpr std::array<std::string_view, 8> kTypes = {
      "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
      "LiveBlogPosting", "OpinionNewsArticle", "Report"};
  const auto matches = [](const json& t) {
    return t.is_string() &&
           std::find(kTypes.begin(), kTypes.end(), t.get<std::string>()) != kTypes.end();
  };
  if (type.is_array()) return std::any_of(type.begin(), type.end(), matches);
  return matches(type);
}

std::string StringOf(const json& value) {
  if (value.is_string()) return Collapsed(value.get<std::string>());
  if (value.is_object() && value.contains("name")) return StringOf(value["name"]);
  if (value.is_array()) {
    std::string joined;
    for (const json& item : value) {
      const std::string one = StringOf(item);
      if (one.empty()) continue;
      if (!joined.empty()) joined += ", ";
      joined += one;
    }
    return joined;
  }
  return {};
}

// Fills what JSON-LD article objects give, first one wins per field.
void ReadJsonLd(const json& value, PageMetadata& meta, std::string& headline) {
  if (value.is_array()) {
    for (const json& item : value) ReadJsonLd(item, meta, headline);
    return;
  }
  if (!value.is_object()) return;
  if (value.contains("@graph")) ReadJsonLd(value["@graph"], meta, headline);
  if (!value.contains("@type") || !IsArticleType(value["@type"])) return;
  if (headline.empty() && value.contains("headline")) headline = StringOf(value["headline"]);
  if (meta.byline.empty() && value.contains("author")) meta.byline = StringOf(value["author"]);
  if (meta.published.empty() && value.contains("datePublished")) {
    meta.published = StringOf(value["datePublished"]);
  }
  if (meta.lang.empty() && value.contains("inLanguage")) meta.lang = StringOf(value["inLanguage"]);
  if (meta.article_body.empty() && value.contains("articleBody") && value["articleBody"].is_string()) {
    meta.article_body = value["articleBody"].get<std::string>();
  }
}

}  // namespace

std::string RemoveSiteName(const std::string& title, const std::string& site_name,
                           const std::string& h1) {
  static constexpr std::array<std::string_view, 7> kSeparators = {
      " | ", " - ", " – ", " — ", " :: ", " · ", " » "};
  const std::string site = text::LowerAscii(site_name);
  for (const std::string_view separator : kSeparators) {
    const std::size_t last = title.rfind(separator);
    const std::size_t first = title.find(separator);
    if (last != std::string::npos) {
      const std::string tail = title.substr(last + separator.size());
      const std::string head = title.substr(0, last);
      // A declared site name, or a short tail after a long headline.
      if (!h1.empty() && text::LowerAscii(head) == text::LowerAscii(h1)) return head;
      if ((!site.empty() && text::LowerAscii(tail) == site) ||
          (tail.size() * 3 < head.size() && std::count(tail.begin(), tail.end(), ' ') < 4)) {
        return RemoveSiteName(head, site_name, h1);
      }
    }
    if (first != std::string::npos) {
      const std::string rest = title.substr(first + separator.size());
      if ((!site.empty() && text::LowerAscii(title.substr(0, first)) == site) || (!h1.empty() && text::LowerAscii(rest) == text::LowerAscii(h1))) {
        return rest;
      }
    }
  }
  return title;
}

PageMetadata ReadMetadata(const xmlDoc* doc) {
  PageMetadata meta;
  const xmlNode* root = xmlDocGetRootElement(doc);
  if (root == nullptr) return meta;
  std::string title_tag;
  std::string og_title;
  std::string site_name;
  std::string headline;
  std::string meta_author;
  std::string meta_published;
  std::string h1;
  meta.lang = AttributeOf(root, "lang");
  for (const xmlNode* node = root; node != nullptr; node = NextInWalk(node, root)) {
    const std::string_view tag = TagOf(node);
    if (tag == "title" && title_tag.empty()) {
      title_tag = TextOf(node);
    } else if (tag == "h1" && h1.empty()) {
      h1 = TextOf(node);
    } else if (tag == "meta") {
      const std::string key = text::LowerAscii(AttributeOf(node, "property").empty() ? AttributeOf(node, "name")
                                                                           : AttributeOf(node, "property"));
      const std::string content = Collapsed(AttributeOf(node, "content"));
      if (content.empty()) continue;
      if (key == "og:title" && og_title.empty()) og_title = content;
      else if (key == "og:site_name" && site_name.empty()) site_name = content;
      else if (key == "og:url" && meta.url.empty()) meta.url = content;
      else if ((key == "author" || key == "byl" || key == "dc.creator") && meta_author.empty()) meta_author = content;
      else if ((key == "article:published_time" || key == "datepublished" || key == "pubdate" ||
                key == "dc.date" || key == "date" || key == "publish-date") && meta_published.empty()) {
        meta_published = content;
      }
    } else if (tag == "link" && text::LowerAscii(AttributeOf(node, "rel")) == "canonical") {
      const std::string href = AttributeOf(node, "href");
      if (!href.empty()) meta.url = href;
    } else if (tag == "script" && text::LowerAscii(AttributeOf(node, "type")) == "application/ld+json") {
      const std::string text = TextOf(node);
      const json value = json::parse(text, nullptr, false);
      if (!value.is_discarded()) ReadJsonLd(value, meta, headline);
    }
  }
  if (meta.byline.empty()) meta.byline = meta_author;
  if (meta.published.empty()) meta.published = meta_published;
  std::string title = !headline.empty() ? headline : !og_title.empty() ? og_title : title_tag;
  if (title.empty()) title = h1;
  meta.title = RemoveSiteName(title, site_name, h1);
  return meta;
}

}  // namespace wiredesk::extract
