#include "summarize/coverage.h"

#include <catch2/catch.hpp>
#include <cstddef>
#include <vector>

namespace {

using wiredesk::summarize::ChooseByCoverage;

}  // namespace

TEST_CASE("a sentence whose concepts a chosen one already covers is passed over") {
  // Sentences 0 and 1 carry the same two concepts; sentence 2 carries a
  // lighter one of its own.
  const std::vector<std::vector<int>> concepts = {{0, 1}, {0, 1}, {2}};
  const std::vector<double> weights = {1.0, 1.0, 0.5};
  const std::vector<std::size_t> costs = {10, 10, 10};
  const std::vector<std::size_t> chosen = ChooseByCoverage(concepts, weights, costs, 0, 2, 0.5);
  CHECK(chosen == std::vector<std::size_t>{0, 2});
}

TEST_CASE("coverage stops when nothing is left to cover") {
  const std::vector<std::vector<int>> concepts = {{0}, {0}, {0}};
  const std::vector<double> weights = {1.0};
  const std::vector<std::size_t> costs = {5, 5, 5};
  CHECK(ChooseByCoverage(concepts, weights, costs, 0, 3, 0.5) == std::vector<std::size_t>{0});
}

TEST_CASE("coverage keeps the character budget, spaces between sentences included") {
  // 40 + 1 + 30 would not fit in 70; the shorter third sentence does.
  const std::vector<std::vector<int>> concepts = {{0}, {1}, {2}};
  const std::vector<double> weights = {3.0, 2.0, 0.5};
  const std::vector<std::size_t> costs = {40, 30, 20};
  CHECK(ChooseByCoverage(concepts, weights, costs, 70, 3, 0) == std::vector<std::size_t>{0, 2});
}

TEST_CASE("a short sentence can win by its gain per length") {
  // Equal gains: with gain / length the 10-character sentence comes first.
  const std::vector<std::vector<int>> concepts = {{0}, {1}};
  const std::vector<double> weights = {1.0, 1.0};
  const std::vector<std::size_t> costs = {100, 10};
  CHECK(ChooseByCoverage(concepts, weights, costs, 200, 1, 1) == std::vector<std::size_t>{1});
}
