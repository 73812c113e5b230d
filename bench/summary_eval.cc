// The summariser's side of scripts/eval-summary: runs every method asked for
// over every article and prints what each chose. The script does the
// scoring (and the lead and random baselines, over the candidates printed
// here), so that all methods see the same sentences.
//
//   summary_eval < request.json > answers.jsonl
//   request: {"articles": [{"id", "content", "k"}],
//             "methods": [{"name", "similarity": "overlap-log"|"cosine"|"bm25",
//                          "lead": exponent, "title": bool, "damping": d,
//                          "redundancy": r}]}
//   answers: one line per article:
//            {"id", "candidates": [text...], "chosen": {"<method name>": [text...]}}
//
// Story summaries (scripts/eval-clusters --variants) take
//   {"stories": [{"id", "documents": [content...], "chars"}], "methods": [...]}
// and answer one line per story: {"id", "chosen": {"<method name>": [text...]}}.
// With "bodies": true in the request each content is taken as its headline,
// a blank line and body paragraphs, without extraction: the summariser
// measured apart from what extraction keeps.

#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

#include "extract/extract.h"
#include "program_args.h"
#include "summarize/candidates.h"
#include "summarize/summary.h"

namespace {

using nlohmann::json;
using wiredesk::summarize::Similarity;
using wiredesk::summarize::SummaryOptions;

SummaryOptions MethodOptions(const json& method, int k, int chars = 0) {
  SummaryOptions options;
  options.sentences = k;
  options.chars = chars;
  options.keywords = 0;
  const std::string similarity = method.value("similarity", "cosine");
  options.similarity = similarity == "overlap-log" ? Similarity::kOverlapLog
                       : similarity == "bm25"      ? Similarity::kBm25
                                                   : Similarity::kCosine;
  options.lead_exponent = method.value("lead", options.lead_exponent);
  options.title_prior = method.value("title", options.title_prior);
  options.damping = method.value("damping", options.damping);
  options.redundancy = method.value("redundancy", options.redundancy);
  options.min_words = method.value("minWords", options.min_words);
  options.support = method.value("support", options.support);
  const std::string units = method.value("units", "");
  if (units == "words") options.units = wiredesk::summarize::Units::kWords;
  if (units == "bigrams") options.units = wiredesk::summarize::Units::kBigrams;
  if (units == "both") options.units = wiredesk::summarize::Units::kWordsAndBigrams;
  options.story_lead_exponent = method.value("storyLead", options.story_lead_exponent);
  options.overrun = method.value("overrun", options.overrun);
  options.story_damping = method.value("storyDamping", options.story_damping);
  options.story_coverage = method.value("coverage", options.story_coverage);
  const std::string concepts = method.value("concepts", "");
  if (concepts == "words") options.coverage_units = wiredesk::summarize::Units::kWords;
  if (concepts == "bigrams") options.coverage_units = wiredesk::summarize::Units::kBigrams;
  if (concepts == "both") options.coverage_units = wiredesk::summarize::Units::kWordsAndBigrams;
  if (concepts == "all-bigrams") options.coverage_units = wiredesk::summarize::Units::kAllBigrams;
  options.coverage_lead_exponent = method.value("coverageLead", options.coverage_lead_exponent);
  options.coverage_cost_exponent = method.value("coverageCost", options.coverage_cost_exponent);
  return options;
}

wiredesk::extract::Article AsWritten(const std::string& content) {
  wiredesk::extract::Article article;
  std::size_t at = content.find("\n\n");
  article.title = content.substr(0, at);
  while (at != std::string::npos) {
    const std::size_t begin = at + 2;
    at = content.find("\n\n", begin);
    const std::string text = content.substr(begin, at == std::string::npos ? std::string::npos : at - begin);
    if (!text.empty()) article.paragraphs.push_back({wiredesk::extract::Paragraph::Kind::kParagraph, text});
  }
  return article;
}

int RunStories(const json& request) {
  const bool bodies = request.value("bodies", false);
  for (const json& item : request["stories"]) {
    std::vector<wiredesk::extract::Article> articles;
    for (const json& content : item["documents"]) {
      articles.push_back(bodies ? AsWritten(content.get<std::string>())
                                : wiredesk::extract::ExtractText(content.get<std::string>()));
    }
    std::vector<const wiredesk::extract::Article*> versions;
    for (const auto& article : articles) versions.push_back(&article);
    json answer = {{"id", item["id"]}, {"chosen", json::object()}};
    for (const json& method : request["methods"]) {
      json chosen = json::array();
      const SummaryOptions options = MethodOptions(method, 0, item["chars"].get<int>());
      for (const auto& s : wiredesk::summarize::SummarizeStory(versions, options).sentences) {
        chosen.push_back(s.text);
      }
      answer["chosen"][method["name"].get<std::string>()] = std::move(chosen);
    }
    std::cout << answer.dump() << '\n';
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args;
  if (!wiredesk::bench::ReadProgramArgs(argc, argv, args)) return 2;
  const std::string input(std::istreambuf_iterator<char>(std::cin), {});
  const json request = json::parse(input, nullptr, false);
  if (!request.is_discarded() && request.contains("stories")) return RunStories(request);
  if (request.is_discarded() || !request.contains("articles")) {
    std::cerr << "summary_eval: expected {\"articles\": [...], \"methods\": [...]} on stdin\n";
    return 2;
  }
  for (const json& item : request["articles"]) {
    const auto article = wiredesk::extract::ExtractText(item["content"].get<std::string>());
    const int k = item["k"].get<int>();
    json answer = {{"id", item["id"]}, {"candidates", json::array()}, {"chosen", json::object()}};
    const auto pool = wiredesk::summarize::CollectCandidates({&article}, 1000);
    for (const auto& c : pool.sentences) answer["candidates"].push_back(c.text);
    for (const json& method : request["methods"]) {
      json chosen = json::array();
      for (const auto& s :
           wiredesk::summarize::Summarize(article, MethodOptions(method, k)).sentences) {
        chosen.push_back(s.text);
      }
      answer["chosen"][method["name"].get<std::string>()] = std::move(chosen);
    }
    std::cout << answer.dump() << '\n';
  }
  return 0;
}
