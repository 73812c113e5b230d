#include "summarize/pagerank.h"

#include <catch2/catch.hpp>
#include <numeric>

using wiredesk::summarize::Graph;
using wiredesk::summarize::PageRank;

TEST_CASE("the hub of a star outranks its spokes, and the scores are a distribution") {
  Graph g(5);
  for (std::size_t spoke = 1; spoke < 5; ++spoke) {
    g.AddEdge(0, spoke, 1);
    g.AddEdge(spoke, 0, 1);
  }
  const auto score = PageRank(g, {}, 0.85);
  REQUIRE(score.size() == 5);
  for (std::size_t spoke = 1; spoke < 5; ++spoke) CHECK(score[0] > score[spoke]);
  CHECK(std::accumulate(score.begin(), score.end(), 0.0) == Approx(1.0));
}

TEST_CASE("heavier edges carry more of a vertex's score") {
  Graph g(3);
  g.AddEdge(0, 1, 3);
  g.AddEdge(0, 2, 1);
  g.AddEdge(1, 0, 1);
  g.AddEdge(2, 0, 1);
  const auto score = PageRank(g, {}, 0.85);
  CHECK(score[1] > score[2]);
}

TEST_CASE("isolated vertices keep the teleport's share: the prior decides among them") {
  Graph g(3);
  const auto uniform = PageRank(g, {}, 0.85);
  CHECK(uniform[0] == Approx(1.0 / 3));
  const auto led = PageRank(g, {3, 2, 1}, 0.85);
  CHECK(led[0] == Approx(0.5));
  CHECK(led[2] == Approx(1.0 / 6));
}

TEST_CASE("an empty graph has no scores") { CHECK(PageRank(Graph(0), {}, 0.85).empty()); }
