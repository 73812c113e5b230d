// summarize: key sentences and keywords of each document, or of the
// documents taken together as versions of one story (--story).

#include <cmath>

#include "cli/commands.h"
#include "desk/summarize_request.h"

namespace wiredesk::cli {
namespace {

using json = nlohmann::ordered_json;

int RunSummarize(Invocation& run) {
  summarize::SummaryOptions options;
  int lengths = 0;
  if (auto k = run.Number("sentences", 0, 100000)) {
    if (*k != std::floor(*k)) return run.UsageError("--sentences takes a whole number");
    options.sentences = static_cast<int>(*k), ++lengths;
  }
  if (auto r = run.Number("ratio", 0, 1)) {
    if (*r <= 0) return run.UsageError("--ratio takes a share above 0, such as 0.2");
    options.ratio = *r, ++lengths;
  }
  if (auto n = run.Number("chars", 1, 1e9)) options.chars = static_cast<int>(*n), ++lengths;
  if (auto m = run.Number("keywords", 0, 1000)) options.keywords = static_cast<std::size_t>(*m);
  if (run.usage_error()) return run.ExitStatus();
  if (lengths > 1) return run.UsageError("give one of --sentences, --ratio and --chars");

  if (run.Has("story")) {
    std::vector<Input> inputs = run.ReadDocuments();
    std::vector<desk::Document> versions;
    for (Input& input : inputs) versions.push_back(std::move(input.document));
    json result = desk::StorySummaryOf(versions, options);
    json results = json::array();
    if (const auto error = result.find("error"); error != result.end()) {
      run.Fail({"-", std::nullopt, std::nullopt}, (*error)["message"].get<std::string>());
    } else if (!versions.empty()) {
      results.push_back(std::move(result));
    }
    run.WriteJson(results);
    return run.ExitStatus();
  }

  return run.WriteEachResult(
      [&](const Input& input) { return desk::SummaryOf(input.document, options); });
}

}  // namespace

Command SummarizeCommand() {
  return {"summarize",
          "the key sentences (TextRank) and keywords of each document, in reading order,\n"
          "each with its score and its place (paragraph, sentence) in the extracted article",
          {{"sentences", "K", "summary length in sentences (default 3)"},
           {"ratio", "R", "summary length as a share of the article's sentences (0 < R <= 1)"},
           {"chars", "N", "summary length in characters, a cap: whole sentences, never past N"},
           {"keywords", "M", "how many keywords (default 15)"},
           {"story", "",
            "the documents are versions of one story: one summary of them all,\n"
            "each sentence naming the \"article\" it comes from"}},
          RunSummarize};
}

}  // namespace wiredesk::cli
