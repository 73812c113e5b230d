#include "summarize/pagerank.h"

#include <algorithm>
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
  // The paper's stopping rule: every vertex's score changes by less than
  // 0.0001 of the average score (the paper's scores average 1). The error
  // shrinks by d = 0.85 a step, so that takes about 60 steps; 200 bound the
  // work whatever the graph.
  const double tolerance = 1e-4 / static_cast<double>(n);
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
      const double value =
          (1 - damping) * teleport[v] + damping * (next[v] + dangling * teleport[v]);
      change = std::max(change, std::fabs(value - score[v]));
      score[v] = value;
    }
    if (change < tolerance) break;
  }
  return score;
}

}  // namespace wiredesk::summarize
