// Time to build a story's updates: the texts of the files taken as article
// bodies (compare::PlainArticle), versions in the order given, then the
// timeline, what's new and why merged (compare::UpdatesOf) written as JSON,
// the whole of what `wiredesk updates --no-extract` does after reading.
// Prints one JSON line; bench/updates.mjs runs it natively and under node.
//
//   updates_throughput RUNS FILE... [--icu-data=PATH (wasm only)]

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "compare/plain_article.h"
#include "compare/story_updates.h"
#include "desk/json_response.h"
#include "desk/updates_request.h"
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
    std::cerr << "usage: updates_throughput RUNS FILE...\n";
    return 2;
  }
  const int runs = std::stoi(args[0]);
  std::vector<std::string> texts;
  for (std::size_t i = 1; i < args.size(); ++i) texts.push_back(Read(args[i]));
  std::vector<double> times;
  std::size_t bytes = 0, lines = 0;
  for (int run = 0; run < runs; ++run) {
    const auto start = std::chrono::steady_clock::now();
    std::vector<wiredesk::extract::Article> versions;
    for (std::size_t i = 0; i < texts.size(); ++i) {
      versions.push_back(wiredesk::compare::PlainArticle("v" + std::to_string(i), texts[i]));
    }
    std::vector<const wiredesk::extract::Article*> pointers;
    for (const auto& v : versions) pointers.push_back(&v);
    const auto updates = wiredesk::compare::UpdatesOf(pointers);
    bytes = wiredesk::desk::Dump(wiredesk::desk::UpdatesJson(updates)).size();
    const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
    times.push_back(took.count());
    lines = 0;
    for (const auto& v : updates.versions) lines += v.changes.size();
  }
  std::sort(times.begin(), times.end());
  std::cout << nlohmann::ordered_json{{"measure", "updates"},
                                      {"versions", texts.size()},
                                      {"ms_min", times.front()},
                                      {"ms_median", times[times.size() / 2]},
                                      {"digest_lines", lines},
                                      {"json_bytes", bytes}}
                   .dump()
            << '\n';
  return 0;
}
