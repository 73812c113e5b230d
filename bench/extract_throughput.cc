// Throughput of HTML extraction: every page given, parsed and extracted in
// process (no file reading or JSON in the timing). Prints one JSON line;
// scripts/bench runs it natively and under node beside Readability.js.
//
//   extract_throughput FILE.html... [--icu-data=PATH (wasm only)]

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extract.h"
#include "program_args.h"

int main(int argc, char** argv) {
  std::vector<std::string> args;
  if (!wiredesk::bench::ReadProgramArgs(argc, argv, args)) return 2;
  std::vector<std::string> pages;
  for (const std::string& file : args) {
    std::ifstream stream(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << stream.rdbuf();
    pages.push_back(bytes.str());
  }
  if (pages.empty()) {
    std::cerr << "usage: extract_throughput FILE.html...\n";
    return 2;
  }
  std::vector<double> times;
  std::size_t characters = 0;
  // Two passes like the JavaScript peers' (whose first warms their JIT up);
  // the second is timed.
  for (int pass = 0; pass < 2; ++pass) {
    times.clear();
    characters = 0;
    for (const std::string& page : pages) {
      const auto start = std::chrono::steady_clock::now();
      const wiredesk::extract::Article article = wiredesk::extract::ExtractHtml(page);
      const std::chrono::duration<double, std::milli> took =
          std::chrono::steady_clock::now() - start;
      times.push_back(took.count());
      characters += wiredesk::extract::BodyText(article).size();
    }
  }
  double total = 0;
  for (const double t : times) total += t;
  std::sort(times.begin(), times.end());
  std::cout << nlohmann::json{{"pages", pages.size()},
                              {"pages_per_s", static_cast<double>(pages.size()) / (total / 1000)},
                              {"median_ms", times[times.size() / 2]},
                              {"characters", characters}}
                   .dump()
            << '\n';
  return 0;
}
