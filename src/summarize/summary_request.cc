#include "summarize/summary_request.h"

#include <cmath>
#include <exception>

#include "extract/extract.h"

namespace wiredesk::summarize {
namespace {

using json = nlohmann::ordered_json;

double Round6(double x) { return std::round(x * 1e6) / 1e6; }

json SentenceJson(const SummarySentence& s) {
  return {{"text", s.text}, {"score", Round6(s.score)}, {"paragraph", s.paragraph}, {"sentence", s.sentence}};
}

json KeywordsJson(const Summary& summary) {
  json keywords = json::array();
  for (const Keyword& k : summary.keywords) keywords.push_back({{"term", k.term}, {"score", Round6(k.score)}});
  return keywords;
}

json ErrorResult(std::string_view id, std::string_view message) {
  return {{"id", id}, {"error", {{"message", message}}}};
}

std::string Dump(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

// The Article of a document, or why there is none.
std::variant<extract::Article, desk::Error> ArticleOf(const desk::Document& document) {
  auto prepared = desk::PrepareContent(document.content);
  if (auto* error = std::get_if<desk::Error>(&prepared)) return *error;
  return extract::Extract(document.id, document.format, std::get<desk::PreparedText>(prepared).text,
                          document.lang);
}

}  // namespace

std::variant<SummaryOptions, desk::Error> OptionsFromJson(const nlohmann::json& value) {
  SummaryOptions options;
  if (value.is_null()) return options;
  if (!value.is_object()) return desk::Error{"options must be an object"};
  int lengths = 0;
  for (const auto& [key, v] : value.items()) {
    if (key != "story" && key != "sentences" && key != "ratio" && key != "chars" && key != "keywords") {
      return desk::Error{"unknown option \"" + key + "\""};
    }
    if (key == "story") {
      if (!v.is_boolean()) return desk::Error{"\"story\" must be true or false"};
      continue;
    }
    if (!v.is_number()) return desk::Error{"\"" + key + "\" must be a number"};
    const double x = v.get<double>();
    if (key == "sentences" || key == "chars" || key == "keywords") {
      if (!v.is_number_integer() || x < 0 || x > 1e9) {
        return desk::Error{"\"" + key + "\" must be a whole number from 0"};
      }
    }
    if (key == "sentences") {
      options.sentences = v.get<int>();
      ++lengths;
    } else if (key == "chars") {
      options.chars = v.get<int>();
      if (options.chars == 0) return desk::Error{"\"chars\" must be at least 1"};
      ++lengths;
    } else if (key == "ratio") {
      if (!(x > 0 && x <= 1)) return desk::Error{"\"ratio\" must be more than 0 and at most 1"};
      options.ratio = x;
      ++lengths;
    } else if (key == "keywords") {
      options.keywords = v.get<std::size_t>();
    } else {
      return desk::Error{"unknown option \"" + key + "\""};
    }
  }
  if (lengths > 1) return desk::Error{"give one of \"sentences\", \"ratio\" and \"chars\""};
  return options;
}

json SummaryOf(const desk::Document& document, const SummaryOptions& options) {
  auto article = ArticleOf(document);
  if (auto* error = std::get_if<desk::Error>(&article)) return ErrorResult(document.id, error->message);
  const Summary summary = Summarize(std::get<extract::Article>(article), options);
  json sentences = json::array();
  for (const SummarySentence& s : summary.sentences) sentences.push_back(SentenceJson(s));
  return {{"id", document.id}, {"sentences", std::move(sentences)}, {"keywords", KeywordsJson(summary)}};
}

json StorySummaryOf(const std::vector<desk::Document>& versions, const SummaryOptions& options) {
  std::string id;
  for (const desk::Document& d : versions) id += (id.empty() ? "" : "+") + d.id;
  std::vector<extract::Article> articles;
  for (const desk::Document& d : versions) {
    auto article = ArticleOf(d);
    if (auto* error = std::get_if<desk::Error>(&article)) {
      return ErrorResult(id, "version \"" + d.id + "\": " + error->message);
    }
    articles.push_back(std::move(std::get<extract::Article>(article)));
  }
  std::vector<const extract::Article*> pointers;
  for (const extract::Article& a : articles) pointers.push_back(&a);
  std::vector<std::string> ids;
  for (const desk::Document& d : versions) ids.push_back(d.id);
  json result = {{"id", id}};
  result.update(StorySummaryJson(SummarizeStory(pointers, options), ids));
  return result;
}

json StorySummaryJson(const Summary& summary, const std::vector<std::string>& version_ids) {
  json sentences = json::array();
  for (const SummarySentence& s : summary.sentences) {
    json sentence = SentenceJson(s);
    sentence["article"] = version_ids.at(static_cast<std::size_t>(s.article));
    sentence["support"] = s.support;
    sentences.push_back(std::move(sentence));
  }
  return {{"sentences", std::move(sentences)}, {"keywords", KeywordsJson(summary)}};
}

std::string RespondSummarize(std::string_view request) {
  try {
    const nlohmann::json parsed = nlohmann::json::parse(request, nullptr, false);
    if (parsed.is_discarded()) {
      // Not JSON to nlohmann: perhaps a bare document with a lone surrogate.
      auto documents = desk::ParseDocuments(request);
      if (std::holds_alternative<desk::Error>(documents)) {
        return Dump({{"error", {{"message", "the request is not valid JSON"}}}});
      }
    }
    const bool wrapped = parsed.is_object() && parsed.contains("documents");
    const nlohmann::json& documents_json = wrapped ? parsed["documents"] : parsed;
    const nlohmann::json options_json =
        wrapped && parsed.contains("options") ? parsed["options"] : nlohmann::json();
    auto options = OptionsFromJson(options_json);
    if (auto* error = std::get_if<desk::Error>(&options)) return Dump({{"error", {{"message", error->message}}}});
    const bool story = options_json.is_object() && options_json.value("story", false);

    // A bare document or array goes to the parser as sent, which repairs
    // what JavaScript strings may hold and JSON parsers refuse (lone surrogates).
    auto documents = desk::ParseDocuments(wrapped ? std::string_view(documents_json.dump()) : request);
    if (auto* error = std::get_if<desk::Error>(&documents)) return Dump({{"error", {{"message", error->message}}}});
    std::vector<desk::Document> valid;
    json results = json::array();
    std::size_t index = 0;
    for (const auto& entry : std::get<desk::ParsedDocuments>(documents).documents) {
      if (const auto* error = std::get_if<desk::Error>(&entry)) {
        const std::string message = "document " + std::to_string(index) + ": " + error->message;
        if (story) return Dump({{"error", {{"message", message}}}});
        results.push_back({{"error", {{"message", message}}}});
      } else if (story) {
        valid.push_back(std::get<desk::Document>(entry));
      } else {
        results.push_back(SummaryOf(std::get<desk::Document>(entry), std::get<SummaryOptions>(options)));
      }
      ++index;
    }
    if (story) results.push_back(StorySummaryOf(valid, std::get<SummaryOptions>(options)));
    return Dump({{"results", std::move(results)}});
  } catch (const std::exception& e) {
    return Dump({{"error", {{"message", std::string("internal error: ") + e.what()}}}});
  } catch (...) {
    return Dump({{"error", {{"message", "internal error"}}}});
  }
}

}  // namespace wiredesk::summarize
