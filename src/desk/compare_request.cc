#include "desk/compare_request.h"

#include <exception>

#include "compare/plain_article.h"
#include "desk/comparison_json.h"
#include "desk/intake.h"
#include "desk/json_response.h"
#include "text/lines.h"

namespace wiredesk::desk {
namespace {

using json = nlohmann::ordered_json;

}  // namespace

std::variant<extract::Article, Error> VersionOf(const Document& document,
                                                const VersionOptions& options) {
  if (document.content.size() <= kMaxDocumentBytes && text::IsBlank(document.content)) {
    extract::Article empty;
    empty.id = document.id;
    return empty;
  }
  auto prepared = PrepareContent(document.content);
  if (const Error* error = std::get_if<Error>(&prepared)) return *error;
  const PreparedText& content = std::get<PreparedText>(prepared);
  if (options.extract) {
    extract::Article article = ArticleOf(document, content);
    if (!article.paragraphs.empty() || !article.title.empty()) return article;
    // A short text extraction finds no article in (a pasted sentence) is
    // still a version: compare it as it stands rather than as nothing.
    if (document.format != "text") return article;
  }
  return compare::PlainArticle(document.id, content.text);
}

std::variant<compare::Comparison, Error> CompareDocuments(const Document& left,
                                                          const Document& right,
                                                          const VersionOptions& options) {
  auto a = VersionOf(left, options);
  if (const Error* error = std::get_if<Error>(&a)) return Error{"left: " + error->message};
  auto b = VersionOf(right, options);
  if (const Error* error = std::get_if<Error>(&b)) return Error{"right: " + error->message};
  return compare::Compare(std::get<extract::Article>(a), std::get<extract::Article>(b));
}

std::string RespondCompare(std::string_view request) {
  try {
    const json value = json::parse(request.begin(), request.end(), nullptr, false);
    if (value.is_discarded() || !value.is_object()) {
      return ErrorJson(
          "a compare request is a JSON object {\"left\": document, \"right\": document}");
    }
    Document documents[2];
    const char* const names[2] = {"left", "right"};
    for (int k = 0; k < 2; ++k) {
      const auto it = value.find(names[k]);
      if (it == value.end())
        return ErrorJson(std::string("the request has no \"") + names[k] + "\" document");
      if (it->is_string()) {
        documents[k].content = it->get<std::string>();
        documents[k].id = names[k];
        documents[k].format = SniffFormat(documents[k].content);
        continue;
      }
      auto parsed = ParseDocument(*it, names[k]);
      if (const Error* error = std::get_if<Error>(&parsed)) {
        return ErrorJson(std::string(names[k]) + ": " + error->message);
      }
      documents[k] = std::get<Document>(parsed);
    }
    VersionOptions options;
    if (const auto it = value.find("extract"); it != value.end() && it->is_boolean()) {
      options.extract = it->get<bool>();
    }
    auto result = CompareDocuments(documents[0], documents[1], options);
    if (const Error* error = std::get_if<Error>(&result)) return ErrorJson(error->message);
    return Dump(
        {{"results", json::array({ComparisonJson(std::get<compare::Comparison>(result))})}});
  } catch (const std::exception& e) {
    return ErrorJson(std::string("internal error: ") + e.what());
  } catch (...) {
    return ErrorJson("internal error");
  }
}

}  // namespace wiredesk::desk
