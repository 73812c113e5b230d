// Time to compare two versions of a story: the texts of two files taken as
// article bodies (compare::PlainArticle), compared and written as JSON, the
// whole of what `wiredesk compare --no-extract` does after reading. Prints one
// JSON line; bench/compare.mjs runs it natively and under node.
//
//   compare_throughput LEFT RIGHT [RUNS] [--icu-data=PATH (wasm only)]

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "compare/comparison.h"
#include "compare/plain_article.h"
#include "desk/comparison_json.h"
#include "program_args.h"

namespace {

std::string Read(const std::string& path) {
  std::ifstream stream(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()};
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args;
  if (!wiredesk::bench::ReadProgramArgs(argc, argv, args)) return 2;
  if (args.size() < 2) {
    std::cerr << "usage: compare_throughput LEFT RIGHT [RUNS]\n";
    return 2;
  }
  const std::string left = Read(args[0]);
  const std::string right = Read(args[1]);
  const int runs = args.size() > 2 ? std::stoi(args[2]) : 15;
  std::vector<double> times;
  std::size_t bytes = 0;
  nlohmann::ordered_json stats;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    const auto comparison =
        wiredesk::compare::Compare(wiredesk::compare::PlainArticle("left", left),
                                   wiredesk::compare::PlainArticle("right", right));
    const nlohmann::ordered_json json = wiredesk::desk::ComparisonJson(comparison);
    bytes = json.dump().size();
    const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
    times.push_back(took.count());
    stats = json["stats"];
  }
  std::sort(times.begin(), times.end());
  std::cout << nlohmann::ordered_json{{"measure", "compare"},
                                      {"ms_min", times.front()},
                                      {"ms_median", times[times.size() / 2]},
                                      {"json_bytes", bytes},
                                      {"stats", stats}}
                   .dump()
            << '\n';
  return 0;
}
