#include "compare/versions.h"

#include <exception>

#include "extract/extract.h"
#include "text/lines.h"

namespace wiredesk::compare {
namespace {

using json = nlohmann::ordered_json;

std::string Dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string ErrorJson(const std::string& message) {
  return Dump({{"error", {{"message", message}}}});
}

}  // namespace

extract::Article PlainArticle(std::string_view id, std::string_view text) {
  extract::Article article;
  article.id = std::string(id);
  std::string block;
  auto flush = [&]() {
    const std::string collapsed = text::CollapseWhitespace(block);
    if (!collapsed.empty())
      article.paragraphs.push_back({extract::Paragraph::Kind::kParagraph, collapsed});
    block.clear();
  };
  for (const text::Line& line : text::SplitLines(text)) {
    const std::string_view content = text.substr(line.begin, line.end - line.begin);
    if (text::IsBlank(content)) {
      flush();
      continue;
    }
    block += ' ';
    block += content;
  }
  flush();
  return article;
}

std::variant<extract::Article, desk::Error> VersionOf(const desk::Document& document,
                                                      const VersionOptions& options) {
  if (document.content.size() <= desk::kMaxDocumentBytes && text::IsBlank(document.content)) {
    extract::Article empty;
    empty.id = document.id;
    return empty;
  }
  auto prepared = desk::PrepareContent(document.content);
  if (const desk::Error* error = std::get_if<desk::Error>(&prepared)) return *error;
  const desk::PreparedText& content = std::get<desk::PreparedText>(prepared);
  if (options.extract) {
    extract::Article article = extract::Extract(document.id, document.format, content.text, document.lang);
    if (!article.paragraphs.empty() || !article.title.empty()) return article;
    // A short text extraction finds no article in (a pasted sentence) is
    // still a version: compare it as it stands rather than as nothing.
    if (document.format != "text") return article;
  }
  return PlainArticle(document.id, content.text);
}

std::variant<Comparison, desk::Error> CompareDocuments(const desk::Document& left,
                                                       const desk::Document& right,
                                                       const VersionOptions& options) {
  auto a = VersionOf(left, options);
  if (const desk::Error* error = std::get_if<desk::Error>(&a))
    return desk::Error{"left: " + error->message};
  auto b = VersionOf(right, options);
  if (const desk::Error* error = std::get_if<desk::Error>(&b))
    return desk::Error{"right: " + error->message};
  return Compare(std::get<extract::Article>(a), std::get<extract::Article>(b));
}

std::string RespondCompare(std::string_view request) {
  try {
    const json value = json::parse(request.begin(), request.end(), nullptr, false);
    if (value.is_discarded() || !value.is_object()) {
      return ErrorJson(
          "a compare request is a JSON object {\"left\": document, \"right\": document}");
    }
    desk::Document documents[2];
    const char* const names[2] = {"left", "right"};
    for (int k = 0; k < 2; ++k) {
      const auto it = value.find(names[k]);
      if (it == value.end())
        return ErrorJson(std::string("the request has no \"") + names[k] + "\" document");
      if (it->is_string()) {
        documents[k].content = it->get<std::string>();
        documents[k].id = names[k];
        documents[k].format = desk::SniffFormat(documents[k].content);
        continue;
      }
      auto parsed = desk::ParseDocument(*it, names[k]);
      if (const desk::Error* error = std::get_if<desk::Error>(&parsed)) {
        return ErrorJson(std::string(names[k]) + ": " + error->message);
      }
      documents[k] = std::get<desk::Document>(parsed);
    }
    VersionOptions options;
    if (const auto it = value.find("extract"); it != value.end() && it->is_boolean()) {
      options.extract = it->get<bool>();
    }
    auto result = CompareDocuments(documents[0], documents[1], options);
    if (const desk::Error* error = std::get_if<desk::Error>(&result))
      return ErrorJson(error->message);
    return Dump({{"results", json::array({ComparisonJson(std::get<Comparison>(result))})}});
  } catch (const std::exception& e) {
    return ErrorJson(std::string("internal error: ") + e.what());
  } catch (...) {
    return ErrorJson("internal error");
  }
}

}  // namespace wiredesk::compare
