#include "desk/summary_json.h"

#include <cmath>

namespace wiredesk::desk {
namespace {

using json = nlohmann::ordered_json;
using summarize::Keyword;
using summarize::Summary;
using summarize::SummarySentence;

double Round6(double x) { return std::round(x * 1e6) / 1e6; }

json SentenceJson(const SummarySentence& s) {
  return {{"text", s.text},
          {"score", Round6(s.score)},
          {"paragraph", s.paragraph},
          {"sentence", s.sentence}};
}

json KeywordsJson(const Summary& summary) {
  json keywords = json::array();
  for (const Keyword& k : summary.keywords) {
    keywords.push_back({{"term", k.term}, {"score", Round6(k.score)}});
  }
  return keywords;
}

}  // namespace

json SummaryJson(const Summary& summary) {
  json sentences = json::array();
  for (const SummarySentence& s : summary.sentences) sentences.push_back(SentenceJson(s));
  return {{"sentences", std::move(sentences)}, {"keywords", KeywordsJson(summary)}};
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

}  // namespace wiredesk::desk
