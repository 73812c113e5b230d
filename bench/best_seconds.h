// Times a piece of work as the benchmarks report it: the best of `runs`,
// because the least disturbed run is the closest to the code's own cost.

#ifndef WIREDESK_BENCH_BEST_SECONDS_H_
#define WIREDESK_BENCH_BEST_SECONDS_H_

#include <algorithm>
#include <chrono>

namespace wiredesk::bench {

template <typename Work>
double BestSeconds(int runs, Work work) {
  double best = 1e300;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    work();
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    best = std::min(best, took.count());
  }
  return best;
}

}  // namespace wiredesk::bench

#endif  // WIREDESK_BENCH_BEST_SECONDS_H_
