#include "summarize/sentence_graph.h"

#include <cmath>
#include <cstddef>

namespace wiredesk::summarize {

double Cosine(const std::vector<int>& a, const std::vector<int>& b) {
  if (a.empty() || b.empty()) return 0;
  return SharedCount(a, b) /
         std::sqrt(static_cast<double>(a.size()) * static_cast<double>(b.size()));
}

Graph BuildSentenceGraph(const std::vector<GraphSentence>& sentences, Similarity similarity,
                         int vocabulary_size) {
  const std::size_t n = sentences.size();
  Graph graph(n);
  if (similarity == Similarity::kBm25) {
    constexpr double k1 = 1.2, b = 0.75;
    std::vector<int> sentences_with(static_cast<std::size_t>(vocabulary_size), 0);
    double total_length = 0;
    for (const GraphSentence& s : sentences) {
      for (int id : *s.content) ++sentences_with[static_cast<std::size_t>(id)];
      total_length += static_cast<double>(s.content->size());
    }
    const double average = n > 0 ? total_length / static_cast<double>(n) : 1;
    std::vector<double> idf(sentences_with.size());
    for (std::size_t id = 0; id < idf.size(); ++id) {
      const double df = sentences_with[id];
      idf[id] = std::log((static_cast<double>(n) - df + 0.5) / (df + 0.5) + 1);
    }
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = 0; j < n; ++j) {
        if (i == j) continue;
        const std::vector<int>& query = *sentences[i].content;
        const std::vector<int>& document = *sentences[j].content;
        const double norm =
            (k1 + 1) / (1 + k1 * (1 - b + b * static_cast<double>(document.size()) / average));
        double weight = 0;
        auto q = query.begin(), d = document.begin();
        while (q != query.end() && d != document.end()) {
          if (*q < *d) {
            ++q;
          } else if (*d < *q) {
            ++d;
          } else {
            weight += idf[static_cast<std::size_t>(*q)] * norm;
            ++q, ++d;
          }
        }
        if (weight > 0) graph.AddEdge(i, j, weight);
      }
    }
    return graph;
  }
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) {
      double weight = 0;
      if (similarity == Similarity::kCosine) {
        weight = Cosine(*sentences[i].content, *sentences[j].content);
      } else {
        const int shared = SharedCount(*sentences[i].content, *sentences[j].content);
        const double norm = std::log(static_cast<double>(sentences[i].words)) +
                            std::log(static_cast<double>(sentences[j].words));
        weight = shared > 0 && norm > 0 ? shared / norm : 0;
      }
      if (weight > 0) {
        graph.AddEdge(i, j, weight);
        graph.AddEdge(j, i, weight);
      }
    }
  }
  return graph;
}

}  // namespace wiredesk::summarize
