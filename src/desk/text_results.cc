#include "desk/text_results.h"

#include <exception>
#include <new>

#include "desk/article_json.h"
#include "desk/intake.h"
#include "desk/json_response.h"
#include "extract/article.h"
#include "text/sentences.h"
#include "text/tokens.h"

namespace wiredesk::desk {
namespace {

// Ordered, so results read in a natural order: id first, warnings last.
using json = nlohmann::ordered_json;

std::string Slice(const std::string& text, std::size_t begin, std::size_t end) {
  return text.substr(begin, end - begin);
}

// The text the sentence and token stages read: an HTML page's article text.
PreparedText ReadableText(const Document& document, const PreparedText& content) {
  if (document.format != "html") return content;
  return {extract::BodyText(ArticleOf(document, content)), content.warnings};
}

}  // namespace

json ArticleJsonOf(const Document& document, const PreparedText& content) {
  return desk::ArticleJson(ArticleOf(document, content));
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

json Analyze(const Document& document, TextAnalysis analysis) {
  try {
    auto prepared = PrepareContent(document.content);
    if (const Error* error = std::get_if<Error>(&prepared)) {
      return ErrorResult(document.id, error->message);
    }
    const PreparedText& content = std::get<PreparedText>(prepared);
    json result = {{"id", document.id}};
    result.update(analysis(document, content));
    if (!result.contains("warnings")) result["warnings"] = content.warnings;
    return result;
  } catch (const std::bad_alloc&) {
    return ErrorResult(document.id, kOutOfMemory);  // this document alone
  }
}

std::string Respond(std::string_view request, TextAnalysis analysis) {
  try {
    auto parsed = ParseDocuments(request);
    if (const Error* error = std::get_if<Error>(&parsed)) {
      return ErrorJson(error->message);
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
    return ErrorJson(std::string("internal error: ") + e.what());
  } catch (...) {
    return ErrorJson("internal error");
  }
}

}  // namespace wiredesk::desk
