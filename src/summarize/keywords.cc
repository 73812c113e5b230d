#include "summarize/keywords.h"

#include <algorithm>
#include <map>

#include "summarize/pagerank.h"
#include "text/normalize.h"

namespace wiredesk::summarize {
namespace {

struct Phrase {
  std::vector<int> words;   // word ids (diacritic-free keys)
  double score = 0;
  std::size_t first = 0;    // order of first appearance
  std::map<std::string, int> spellings;
};

std::string BestSpelling(const std::map<std::string, int>& spellings,
                         const std::map<std::string, std::size_t>& first_seen) {
  std::string best;
  int best_count = -1;
  std::size_t best_first = 0;
  for (const auto& [spelling, count] : spellings) {
    const std::size_t first = first_seen.at(spelling);
    if (count > best_count || (count == best_count && first < best_first)) {
      best = spelling;
      best_count = count;
      best_first = first;
    }
  }
  return best;
}

}  // namespace

std::vector<Keyword> ExtractKeywords(const CandidatePool& pool, std::size_t count) {
  const std::size_t vocabulary = static_cast<std::size_t>(pool.vocabulary.size());
  if (count == 0 || vocabulary == 0) return {};

  // Vertices: the content words that occur, numbered in order of appearance.
  std::vector<int> vertex_of(vocabulary, -1);
  std::vector<int> word_of;
  for (const Candidate& c : pool.sentences) {
    for (int id : c.sequence) {
      if (id < 0 || vertex_of[static_cast<std::size_t>(id)] >= 0) continue;
      // One-letter words are initials and list markers, not topics.
      if (text::CodePointCount(pool.vocabulary.Key(id)) < 2) continue;
      vertex_of[static_cast<std::size_t>(id)] = static_cast<int>(word_of.size());
      word_of.push_back(id);
    }
  }
  const std::size_t n = word_of.size();
  if (n == 0) return {};

  // Co-occurrence counts within the window, per ordered pair (a < b).
  std::map<std::pair<int, int>, int> together;
  for (const Candidate& c : pool.sentences) {
    std::vector<int> words;  // the sentence's vertices in order
    for (int id : c.sequence) {
      if (id >= 0 && vertex_of[static_cast<std::size_t>(id)] >= 0) {
        words.push_back(vertex_of[static_cast<std::size_t>(id)]);
      }
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
      for (std::size_t j = i + 1; j < words.size() && j < i + kWindow; ++j) {
        if (words[i] == words[j]) continue;
        ++together[{std::min(words[i], words[j]), std::max(words[i], words[j])}];
      }
    }
  }
  Graph graph(n);
  for (const auto& [pair, times] : together) {
    graph.AddEdge(static_cast<std::size_t>(pair.first), static_cast<std::size_t>(pair.second), times);
    graph.AddEdge(static_cast<std::size_t>(pair.second), static_cast<std::size_t>(pair.first), times);
  }
  const std::vector<double> rank = PageRank(graph, {}, 0.85);

  // The top third of the vertices (at least `count`) are keywords.
  std::vector<int> order(n);
  for (std::size_t v = 0; v < n; ++v) order[v] = static_cast<int>(v);
  std::stable_sort(order.begin(), order.end(),
                   [&rank](int a, int b) { return rank[static_cast<std::size_t>(a)] > rank[static_cast<std::size_t>(b)]; });
  const std::size_t top = std::min(n, std::max(count, (n + 2) / 3));
  std::vector<bool> keyword(n, false);
  for (std::size_t i = 0; i < top; ++i) keyword[static_cast<std::size_t>(order[i])] = true;
  auto is_keyword = [&](int id) {
    return id >= 0 && vertex_of[static_cast<std::size_t>(id)] >= 0 &&
           keyword[static_cast<std::size_t>(vertex_of[static_cast<std::size_t>(id)])];
  };

  // Runs of adjacent keywords become phrases (at most kMaxPhraseWords long).
  std::map<std::vector<int>, std::size_t> index_of;
  std::vector<Phrase> phrases;
  std::map<std::string, std::size_t> first_seen;
  std::size_t seen = 0;
  for (const Candidate& c : pool.sentences) {
    for (std::size_t i = 0; i < c.sequence.size();) {
      if (!is_keyword(c.sequence[i])) {
        ++i;
        continue;
      }
      std::size_t end = i;
      while (end < c.sequence.size() && end - i < kMaxPhraseWords && is_keyword(c.sequence[end])) ++end;
      std::vector<int> words(c.sequence.begin() + static_cast<std::ptrdiff_t>(i),
                             c.sequence.begin() + static_cast<std::ptrdiff_t>(end));
      const std::string spelling =
          c.text.substr(c.spans[i].first, c.spans[end - 1].second - c.spans[i].first);
      auto [at, fresh] = index_of.emplace(words, phrases.size());
      if (fresh) {
        Phrase p;
        p.words = words;
        p.first = seen;
        for (int id : words) p.score += rank[static_cast<std::size_t>(vertex_of[static_cast<std::size_t>(id)])];
        phrases.push_back(std::move(p));
      }
      ++phrases[at->second].spellings[spelling];
      first_seen.emplace(spelling, seen++);
      i = end;
    }
  }

  std::vector<std::size_t> ranked(phrases.size());
  for (std::size_t i = 0; i < ranked.size(); ++i) ranked[i] = i;
  std::stable_sort(ranked.begin(), ranked.end(), [&phrases](std::size_t a, std::size_t b) {
    if (phrases[a].score != phrases[b].score) return phrases[a].score > phrases[b].score;
    return phrases[a].first < phrases[b].first;
  });
  std::vector<Keyword> keywords;
  std::vector<bool> in_phrase(vocabulary, false);
  double best = 0;
  for (std::size_t i : ranked) {
    if (keywords.size() >= count) break;
    const Phrase& p = phrases[i];
    if (p.words.size() == 1 && in_phrase[static_cast<std::size_t>(p.words[0])]) continue;
    if (p.words.size() > 1) {
      for (int id : p.words) in_phrase[static_cast<std::size_t>(id)] = true;
    }
    if (keywords.empty()) best = p.score;
    keywords.push_back({BestSpelling(p.spellings, first_seen), best > 0 ? p.score / best : 0});
  }
  return keywords;
}

}  // namespace wiredesk::summarize
