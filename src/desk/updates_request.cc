#include "desk/updates_request.h"

#include <exception>

#include "desk/json_response.h"

namespace wiredesk::desk {
namespace {

using json = nlohmann::ordered_json;

json LineJson(const compare::DigestLine& line) {
  json out = {{"class", line.kind}, {"text", line.text}};
  if (line.paired) {
    out["left"] = line.left;
    out["right"] = line.right;
  }
  return out;
}

}  // namespace

json UpdatesJson(const compare::StoryUpdates& updates) {
  json versions = json::array();
  for (const compare::VersionDigest& v : updates.versions) {
    json changes = json::array();
    for (const compare::DigestLine& line : v.changes) changes.push_back(LineJson(line));
    versions.push_back({{"id", v.id},
                        {"published", v.published},
                        {"headline", v.headline},
                        {"changes", std::move(changes)}});
  }
  json why = json::array();
  for (const compare::WhyMerged& w : updates.why) {
    why.push_back(
        {{"id", w.id}, {"shared", w.shared}, {"only_here", w.only_here}, {"reason", w.reason}});
  }
  return {{"versions", std::move(versions)},
          {"whats_new", updates.whats_new},
          {"why", std::move(why)},
          {"canonical", updates.canonical}};
}

std::variant<compare::StoryUpdates, Error> UpdatesOfDocuments(const std::vector<Document>& versions,
                                                              const VersionOptions& options) {
  std::vector<extract::Article> articles;
  articles.reserve(versions.size());
  for (const Document& document : versions) {
    auto article = VersionOf(document, options);
    if (const Error* error = std::get_if<Error>(&article))
      return Error{document.id + ": " + error->message};
    articles.push_back(std::move(std::get<extract::Article>(article)));
  }
  std::vector<const extract::Article*> pointers;
  for (const extract::Article& a : articles) pointers.push_back(&a);
  return compare::UpdatesOf(pointers);
}

std::string RespondUpdates(std::string_view request) {
  try {
    const json value = json::parse(request.begin(), request.end(), nullptr, false);
    const char* const usage = "an updates request is {\"documents\": [document, ...]}";
    if (value.is_discarded() || !value.is_object() || !value.contains("documents") ||
        !value["documents"].is_array() || value["documents"].empty()) {
      return ErrorJson(usage);
    }
    std::vector<Document> documents;
    for (const json& item : value["documents"]) {
      const std::string name = "version " + std::to_string(documents.size() + 1);
      if (item.is_string()) {
        Document d;
        d.content = item.get<std::string>();
        d.id = name;
        d.format = SniffFormat(d.content);
        documents.push_back(std::move(d));
        continue;
      }
      auto parsed = ParseDocument(item, name);
      if (const Error* error = std::get_if<Error>(&parsed))
        return ErrorJson(name + ": " + error->message);
      documents.push_back(std::get<Document>(parsed));
    }
    VersionOptions options;
    if (const auto it = value.find("extract"); it != value.end() && it->is_boolean()) {
      options.extract = it->get<bool>();
    }
    auto result = UpdatesOfDocuments(documents, options);
    if (const Error* error = std::get_if<Error>(&result)) return ErrorJson(error->message);
    return Dump(UpdatesJson(std::get<compare::StoryUpdates>(result)));
  } catch (const std::exception& e) {
    return ErrorJson(std::string("internal error: ") + e.what());
  } catch (...) {
    return ErrorJson("internal error");
  }
}

}  // namespace wiredesk::desk
