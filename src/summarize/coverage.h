// Choosing sentences by the concepts they cover, within a length budget.
//
// Gillick & Favre, "A Scalable Global Model for Summarization" (ILP for NLP
// 2009): a multi-document summary should cover the concepts (word bigrams)
// that matter, each counted once however many chosen sentences carry it, so
// redundancy costs a sentence its value instead of needing a threshold. The
// objective is monotone submodular; Lin & Bilmes, "A Class of Submodular
// Functions for Document Summarization" (ACL 2011) choose greedily by gain
// divided by cost^r under a budget, which we do with r = `cost_exponent`.
//
//   std::vector<std::size_t> chosen =
//       ChooseByCoverage(concepts, weights, costs, budget, wanted, 0.5);
//
// Deterministic on every target: ties go to the vertex earlier in `concepts`
// (callers order it by reading order). Cost: O(k · n · c) for k chosen of n
// vertices carrying c concepts each.

#ifndef WIREDESK_SUMMARIZE_COVERAGE_H_
#define WIREDESK_SUMMARIZE_COVERAGE_H_

#include <cstddef>
#include <vector>

namespace wiredesk::summarize {

// Greedily the vertices whose uncovered concepts weigh most per cost^r,
// each fitting what is left of `budget` (0: no budget, every cost 1), until
// `wanted` are chosen or no vertex adds weight. Returns them in the order
// chosen. REQUIRES: every concept id < weights.size(); costs.size() ==
// concepts.size(); costs > 0.
std::vector<std::size_t> ChooseByCoverage(const std::vector<std::vector<int>>& concepts,
                                          const std::vector<double>& weights,
                                          const std::vector<std::size_t>& costs, std::size_t budget,
                                          std::size_t wanted, double cost_exponent);

}  // namespace wiredesk::summarize

#endif  // WIREDESK_SUMMARIZE_COVERAGE_H_
