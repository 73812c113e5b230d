// Weighted PageRank over a sparse graph, as TextRank uses it.
//
// Mihalcea & Tarau, "TextRank: Bringing Order into Texts" (EMNLP 2004), eq. 2:
//   WS(Vi) = (1 - d) p_i + d * sum_{j in In(Vi)} w_ji / sum_{k in Out(Vj)} w_jk * WS(Vj)
// with a teleport distribution p (uniform in the paper; a position or support
// prior in our measured variants) and d = 0.85. A vertex without out-edges
// hands its score back through p, so the scores stay a distribution.
//
//   Graph g(n);
//   g.AddEdge(i, j, w);            // directed; AddEdge twice for undirected
//   std::vector<double> ws = PageRank(g, prior, 0.85);
//
// Deterministic across native and wasm: plain IEEE double arithmetic, edges
// visited in insertion order, a fixed stopping rule (the paper's: no score
// changes by 0.0001 of the average score; at most 200 iterations, about 60 in
// practice). Cost: O(iterations * (vertices + edges)).

#ifndef WIREDESK_SUMMARIZE_PAGERANK_H_
#define WIREDESK_SUMMARIZE_PAGERANK_H_

#include <cstddef>
#include <vector>

namespace wiredesk::summarize {

class Graph {
 public:
  explicit Graph(std::size_t vertices) : out_(vertices), out_weight_(vertices, 0.0) {}

  // REQUIRES: from, to < size(), from != to, weight > 0.
  void AddEdge(std::size_t from, std::size_t to, double weight) {
    out_[from].push_back({to, weight});
    out_weight_[from] += weight;
  }
  std::size_t size() const { return out_.size(); }

  struct Edge {
    std::size_t to;
    double weight;
  };
  const std::vector<Edge>& OutEdges(std::size_t v) const { return out_[v]; }
  double OutWeight(std::size_t v) const { return out_weight_[v]; }

 private:
  std::vector<std::vector<Edge>> out_;
  std::vector<double> out_weight_;
};

// The stationary scores (they sum to 1). `prior` is the teleport
// distribution; empty means uniform. REQUIRES: prior empty or of g.size()
// non-negative values with a positive sum; 0 < damping < 1.
std::vector<double> PageRank(const Graph& g, const std::vector<double>& prior, double damping);

}  // namespace wiredesk::summarize

#endif  // WIREDESK_SUMMARIZE_PAGERANK_H_
