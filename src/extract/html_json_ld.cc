#include "extract/html_json_ld.h"

#include <algorithm>
#include <array>
#include <map>
#include <nlohmann/json.hpp>

#include "extract/html_tree.h"

namespace wiredesk::extract {
namespace {

using nlohmann::json;

bool TypeIs(const json& node, bool (*matches)(std::string_view)) {
  if (!node.contains("@type")) return false;
  const json& type = node["@type"];
  if (type.is_string()) return matches(type.get<std::string>());
  if (type.is_array()) {
    return std::any_of(type.begin(), type.end(), [&](const json& t) {
      return t.is_string() && matches(t.get<std::string>());
    });
  }
  return false;
}

bool IsArticleType(std::string_view type) {
  return type.ends_with("Article") || type == "BlogPosting" || type == "LiveBlogPosting" ||
         type == "Report" || type == "SocialMediaPosting" || type == "DiscussionForumPosting";
}

// Nodes that describe the site or a thing on it, never the article.
bool IsNotAboutTheArticle(std::string_view type) {
  return type == "WebSite" || type == "Organization" || type == "Person" || type == "ImageObject" ||
         type == "BreadcrumbList" || type == "ListItem" || type == "SiteNavigationElement" ||
         type == "Product" || type == "Offer" || type == "Comment" || type == "Question" ||
         type == "Answer";
}

bool IsOrganizationType(std::string_view type) {
  return type.ends_with("Organization") || type == "Corporation" || type == "LocalBusiness";
}

// Every object of the JSON, "@graph"s and arrays flattened, in document order.
void Flatten(const json& value, std::vector<const json*>& nodes) {
  if (value.is_array()) {
    for (const json& item : value) Flatten(item, nodes);
    return;
  }
  if (!value.is_object()) return;
  nodes.push_back(&value);
  if (value.contains("@graph")) Flatten(value["@graph"], nodes);
}

class Reader {
 public:
  explicit Reader(const std::vector<const json*>& nodes) {
    for (const json* node : nodes) {
      if (node->contains("@id") && (*node)["@id"].is_string()) {
        by_id_.emplace((*node)["@id"].get<std::string>(), node);
      }
    }
  }

  // A name from a string, {"name"}, {"@id"} of another node, or an array of them.
  std::string Name(const json& value, int depth = 0) const {
    if (depth > 3) return {};
    if (value.is_string()) return CollapsedText(value.get<std::string>());
    if (value.is_array()) {
      std::string joined;
      for (const json& item : value) {
        const std::string one = Name(item, depth + 1);
        if (one.empty() || joined.find(one) != std::string::npos) continue;
        if (!joined.empty()) joined += ", ";
        joined += one;
      }
      return joined;
    }
    if (!value.is_object()) return {};
    if (value.contains("name")) return Name(value["name"], depth + 1);
    if (value.contains("@id") && value["@id"].is_string()) {
      const auto found = by_id_.find(value["@id"].get<std::string>());
      if (found != by_id_.end() && found->second != &value && found->second->contains("name")) {
        return Name((*found->second)["name"], depth + 1);
      }
    }
    return {};
  }

  // Whether `value` (an object, or an "@id" reference to one) is an
  // organisation: sites that name no writer put their own company there.
  bool IsOrganization(const json& value) const {
    if (!value.is_object()) return false;
    if (value.contains("@type")) return TypeIs(value, IsOrganizationType);
    if (!value.contains("@id") || !value["@id"].is_string()) return false;
    const auto found = by_id_.find(value["@id"].get<std::string>());
    return found != by_id_.end() && found->second != &value &&
           TypeIs(*found->second, IsOrganizationType);
  }

 private:
  std::map<std::string, const json*> by_id_;
};

// Fills the facts still empty from `node`.
void Take(const json& node, const Reader& reader, JsonLdFacts& facts) {
  const auto text = [&](const char* key) {
    return node.contains(key) ? reader.Name(node[key]) : std::string();
  };
  if (facts.headline.empty()) facts.headline = text("headline");
  if (facts.author.empty()) {
    facts.author = text("author");
    facts.author_is_organization = !facts.author.empty() && reader.IsOrganization(node["author"]);
  }
  if (facts.published.empty()) facts.published = text("datePublished");
  if (facts.published.empty()) facts.published = text("dateCreated");
  if (facts.lang.empty()) facts.lang = text("inLanguage");
  if (facts.article_body.empty() && node.contains("articleBody") &&
      node["articleBody"].is_string()) {
    facts.article_body = node["articleBody"].get<std::string>();
  }
}

}  // namespace

JsonLdFacts ReadJsonLd(const std::vector<std::string>& scripts) {
  std::vector<json> values;
  values.reserve(scripts.size());
  for (const std::string& script : scripts) {
    json value = json::parse(script, nullptr, false);
    if (!value.is_discarded()) values.push_back(std::move(value));
  }
  std::vector<const json*> nodes;
  for (const json& value : values) Flatten(value, nodes);
  const Reader reader(nodes);
  JsonLdFacts facts;
  for (const json* node : nodes) {
    if (TypeIs(*node, IsArticleType)) Take(*node, reader, facts);
  }
  for (const json* node : nodes) {
    if (!TypeIs(*node, IsArticleType) && !TypeIs(*node, IsNotAboutTheArticle)) {
      Take(*node, reader, facts);
    }
  }
  return facts;
}

}  // namespace wiredesk::extract
