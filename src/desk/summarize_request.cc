#include "desk/summarize_request.h"

#include <exception>

#include "desk/intake.h"
#include "desk/json_response.h"
#include "desk/summary_json.h"

namespace wiredesk::desk {
namespace {

using json = nlohmann::ordered_json;
using summarize::SummaryOptions;

}  // namespace

std::variant<SummaryOptions, Error> OptionsFromJson(const nlohmann::json& value) {
  SummaryOptions options;
  if (value.is_null()) return options;
  if (!value.is_object()) return Error{"options must be an object"};
  int lengths = 0;
  for (const auto& [key, v] : value.items()) {
    if (key != "story" && key != "sentences" && key != "ratio" && key != "chars" &&
        key != "keywords") {
      return Error{"unknown option \"" + key + "\""};
    }
    if (key == "story") {
      if (!v.is_boolean()) return Error{"\"story\" must be true or false"};
      continue;
    }
    if (!v.is_number()) return Error{"\"" + key + "\" must be a number"};
    const double x = v.get<double>();
    if (key == "sentences" || key == "chars" || key == "keywords") {
      if (!v.is_number_integer() || x < 0 || x > 1e9) {
        return Error{"\"" + key + "\" must be a whole number from 0"};
      }
    }
    if (key == "sentences") {
      options.sentences = v.get<int>();
      ++lengths;
    } else if (key == "chars") {
      options.chars = v.get<int>();
      if (options.chars == 0) return Error{"\"chars\" must be at least 1"};
      ++lengths;
    } else if (key == "ratio") {
      if (!(x > 0 && x <= 1)) return Error{"\"ratio\" must be more than 0 and at most 1"};
      options.ratio = x;
      ++lengths;
    } else if (key == "keywords") {
      options.keywords = v.get<std::size_t>();
    } else {
      return Error{"unknown option \"" + key + "\""};
    }
  }
  if (lengths > 1) return Error{"give one of \"sentences\", \"ratio\" and \"chars\""};
  return options;
}

json SummaryOf(const Document& document, const SummaryOptions& options) {
  auto article = ArticleOf(document);
  if (auto* error = std::get_if<Error>(&article)) return ErrorResult(document.id, error->message);
  json result = {{"id", document.id}};
  result.update(SummaryJson(summarize::Summarize(std::get<extract::Article>(article), options)));
  return result;
}

json StorySummaryOf(const std::vector<Document>& versions, const SummaryOptions& options) {
  std::string id;
  for (const Document& d : versions) id += (id.empty() ? "" : "+") + d.id;
  std::vector<extract::Article> articles;
  for (const Document& d : versions) {
    auto article = ArticleOf(d);
    if (auto* error = std::get_if<Error>(&article)) {
      return ErrorResult(id, "version \"" + d.id + "\": " + error->message);
    }
    articles.push_back(std::move(std::get<extract::Article>(article)));
  }
  std::vector<const extract::Article*> pointers;
  for (const extract::Article& a : articles) pointers.push_back(&a);
  std::vector<std::string> ids;
  for (const Document& d : versions) ids.push_back(d.id);
  json result = {{"id", id}};
  result.update(StorySummaryJson(summarize::SummarizeStory(pointers, options), ids));
  return result;
}

std::string RespondSummarize(std::string_view request) {
  try {
    const nlohmann::json parsed = nlohmann::json::parse(request, nullptr, false);
    if (parsed.is_discarded()) {
      // Not JSON to nlohmann: perhaps a bare document with a lone surrogate.
      auto documents = ParseDocuments(request);
      if (std::holds_alternative<Error>(documents)) {
        return ErrorJson("the request is not valid JSON");
      }
    }
    const bool wrapped = parsed.is_object() && parsed.contains("documents");
    const nlohmann::json& documents_json = wrapped ? parsed["documents"] : parsed;
    const nlohmann::json options_json =
        wrapped && parsed.contains("options") ? parsed["options"] : nlohmann::json();
    auto options = OptionsFromJson(options_json);
    if (auto* error = std::get_if<Error>(&options)) return ErrorJson(error->message);
    const bool story = options_json.is_object() && options_json.value("story", false);

    // A bare document or array goes to the parser as sent, which repairs
    // what JavaScript strings may hold and JSON parsers refuse (lone surrogates).
    auto documents = ParseDocuments(wrapped ? std::string_view(documents_json.dump()) : request);
    if (auto* error = std::get_if<Error>(&documents)) return ErrorJson(error->message);
    std::vector<Document> valid;
    json results = json::array();
    std::size_t index = 0;
    for (const auto& entry : std::get<ParsedDocuments>(documents).documents) {
      if (const auto* error = std::get_if<Error>(&entry)) {
        const std::string message = "document " + std::to_string(index) + ": " + error->message;
        if (story) return ErrorJson(message);
        results.push_back({{"error", {{"message", message}}}});
      } else if (story) {
        valid.push_back(std::get<Document>(entry));
      } else {
        results.push_back(SummaryOf(std::get<Document>(entry), std::get<SummaryOptions>(options)));
      }
      ++index;
    }
    if (story) results.push_back(StorySummaryOf(valid, std::get<SummaryOptions>(options)));
    return Dump({{"results", std::move(results)}});
  } catch (const std::exception& e) {
    return ErrorJson(std::string("internal error: ") + e.what());
  } catch (...) {
    return ErrorJson("internal error");
  }
}

}  // namespace wiredesk::desk
