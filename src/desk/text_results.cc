#include "desk/text_results.h"

#include <exception>

#include "extract/article.h"
#include "extract/extract.h"
#include "text/sentences.h"
#include "text/tokens.h"

namespace wiredesk::desk {
namespace {

// Ordered, so results read in a natural order: id first, warnings last.
using json = nlohmann::ordered_json;

std::string Slice(const std::string& text, std::size_t begin, std::size_t end) {
  return text.substr(begin, end - begin);
}

// Our own JSON is valid UTF-8 by construction; "replace" keeps a bug from
// becoming a crash at the boundary.
std::string Dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

// The text the sentence and token stages read: an HTML page's article text.
PreparedText ReadableText(const Document& document, const PreparedText& content) {
  if (document.format != "html") return content;
  return {extract::BodyText(extract::ExtractHtml(content.text)), content.warnings};
}

}  // namespace

json ArticleOf(const Document& document, const PreparedText& content) {
  json article = extract::ArticleJson(extract::Extract(document.id, document.format, content.text, document.lang));
  json& warnings = article["warnings"];
  for (const std::string& warning : content.warnings) warnings.push_back(warning);
  return article;
}

json SentencesOf(const Document& document, const PreparedText& content) {
  const PreparedText text = ReadableText(document, content);
  json sentences = json::array();
  for (const text::Sentence& s : text::SplitSentences(text.text)) {
    sentences.push_back({{"text", Slice(text.text, s.begin, s.end)},
                         {"begin", s.begin},
                         {"end", s.end},
                         {"paragraph", s.paragraph}});
  }
  return {{"sentences", std::move(sentences)}};
}

json TokensOf(const Document& document, const PreparedText& content) {
  const PreparedText text = ReadableText(document, content);
  json tokens = json::array();
  for (const text::Token& t : text::Tokenize(text.text)) {
    tokens.push_back({{"text", Slice(text.text, t.begin, t.end)},
                      {"kind", text::TokenKindName(t.kind)},
                      {"begin", t.begin},
                      {"end", t.end}});
  }
  return {{"tokens", std::move(tokens)}};
}

json ErrorResult(std::string_view id, std::string_view message) {
  return {{"id", id}, {"error", {{"message", message}}}};
}

json Analyze(const Document& document, TextAnalysis analysis) {
  auto prepared = PrepareContent(document.content);
  if (const Error* error = std::get_if<Error>(&prepared)) {
    return ErrorResult(document.id, error->message);
  }
  const PreparedText& content = std::get<PreparedText>(prepared);
  json result = {{"id", document.id}};
  result.update(analysis(document, content));
  if (!result.contains("warnings")) result["warnings"] = content.warnings;
  return result;
}

std::string Respond(std::string_view request, TextAnalysis analysis) {
  try {
    auto parsed = ParseDocuments(request);
    if (const Error* error = std::get_if<Error>(&parsed)) {
      return Dump({{"error", {{"message", error->message}}}});
    }
    const ParsedDocuments& documents = std::get<ParsedDocuments>(parsed);
    json results = json::array();
    std::size_t index = 0;
    for (const auto& entry : documents.documents) {
      if (const Error* error = std::get_if<Error>(&entry)) {
        json failed = ErrorResult("", "document " + std::to_string(index) + ": " + error->message);
        failed.erase("id");
        results.push_back(std::move(failed));
      } else {
        results.push_back(Analyze(std::get<Document>(entry), analysis));
      }
      ++index;
    }
    json response = {{"results", std::move(results)}};
    if (!documents.warnings.empty()) response["warnings"] = documents.warnings;
    return Dump(response);
  } catch (const std::exception& e) {
    return Dump({{"error", {{"message", std::string("internal error: ") + e.what()}}}});
  } catch (...) {
    return Dump({{"error", {{"message", "internal error"}}}});
  }
}

}  // namespace wiredesk::desk
