#include "summarize/pagerank.h"

#include <cmath>

namespace wiredesk::summarize {

std::vector<double> PageRank(const Graph& g, const std::vector<double>& prior, double damping) {
  const std::size_t n = g.size();
  if (n == 0) return {};
  std::vector<double> teleport(n, 1.0 / static_cast<double>(n));
  if (prior.size() == n) {
    double total = 0;
    for (double p : prior) total += p;
    if (total > 0) {
      for (std::size_t i = 0; i < n; ++i) teleport[i] = prior[i] / total;
    }
  }
  std::vector<double> score = teleport;
  std::vector<double> next(n);
  // 200 iterations bound the work on any graph; damping 0.85 contracts the
  // error by 0.85 per step, so 1e-10 is reached in about 140 at worst.
  for (int iteration = 0; iteration < 200; ++iteration) {
    double dangling = 0;
    for (std::size_t v = 0; v < n; ++v) {
      if (g.OutWeight(v) <= 0) dangling += score[v];
      next[v] = 0;
    }
    for (std::size_t v = 0; v < n; ++v) {
      const double w = g.OutWeight(v);
      if (w <= 0) continue;
      const double share = score[v] / w;
      for (const Graph::Edge& e : g.OutEdges(v)) next[e.to] += share * e.weight;
    }
    double change = 0;
    for (std::size_t v = 0; v < n; ++v) {
      const double value = (1 - damping) * teleport[v] + damping * (next[v] + dangling * teleport[v]);
      change += std::fabs(value - score[v]);
      score[v] = value;
    }
    if (change < 1e-10) break;
  }
  return score;
}

}  // namespace wiredesk::summarize
