#include "summarize/coverage.h"

#include <cmath>

namespace wiredesk::summarize {

std::vector<std::size_t> ChooseByCoverage(const std::vector<std::vector<int>>& concepts,
                                          const std::vector<double>& weights,
                                          const std::vector<std::size_t>& costs, std::size_t budget,
                                          std::size_t wanted, double cost_exponent) {
  const std::size_t n = concepts.size();
  std::vector<bool> covered(weights.size(), false);
  std::vector<bool> taken(n, false);
  std::vector<std::size_t> chosen;
  std::size_t left = budget;
  while (chosen.size() < wanted) {
    std::size_t best = n;
    double best_value = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (taken[i]) continue;
      // A separating space before every sentence but the first.
      const std::size_t cost = budget > 0 ? costs[i] + (chosen.empty() ? 0 : 1) : 1;
      if (budget > 0 && cost > left) continue;
      double gain = 0;
      for (int c : concepts[i]) {
        if (!covered[static_cast<std::size_t>(c)]) gain += weights[static_cast<std::size_t>(c)];
      }
      const double value = gain / std::pow(static_cast<double>(cost), cost_exponent);
      if (value > best_value) {
        best = i;
        best_value = value;
      }
    }
    if (best == n) break;
    taken[best] = true;
    for (int c : concepts[best]) covered[static_cast<std::size_t>(c)] = true;
    if (budget > 0) left -= costs[best] + (chosen.empty() ? 0 : 1);
    chosen.push_back(best);
  }
  return chosen;
}

}  // namespace wiredesk::summarize
