// Throughput of the text stage: sentence segmentation and tokenisation over
// the sample articles repeated to a few MB. Prints one JSON line per measure;
// scripts/bench runs it natively and under node and prints the table.
//
//   text_throughput SAMPLES_DIR [MEGABYTES] [--icu-data=PATH (wasm only)]

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "best_seconds.h"
#include "program_args.h"
#include "text/sentences.h"
#include "text/tokens.h"

namespace {

using wiredesk::bench::BestSeconds;

std::string Corpus(const std::filesystem::path& dir, std::size_t megabytes) {
  std::vector<std::string> articles;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream stream(entry.path(), std::ios::binary);
    articles.emplace_back(std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>());
  }
  std::sort(articles.begin(), articles.end());
  std::string corpus;
  while (!articles.empty() && corpus.size() < (megabytes << 20)) {
    for (const std::string& article : articles) corpus += article + "\n\n";
  }
  return corpus;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args;
  if (!wiredesk::bench::ReadProgramArgs(argc, argv, args)) return 2;
  if (args.empty()) {
    std::cerr << "usage: text_throughput SAMPLES_DIR [MEGABYTES]\n";
    return 2;
  }
  const std::size_t megabytes = args.size() > 1 ? std::stoul(args[1]) : 4;
  const std::string corpus = Corpus(args[0], megabytes);
  if (corpus.empty()) {
    std::cerr << "no .txt samples in " << args[0] << '\n';
    return 2;
  }
  const double mb = static_cast<double>(corpus.size()) / (1 << 20);

  std::size_t sentences = 0;
  const double sentence_seconds =
      BestSeconds(3, [&] { sentences = wiredesk::text::SplitSentences(corpus).size(); });
  std::size_t tokens = 0;
  const double token_seconds =
      BestSeconds(3, [&] { tokens = wiredesk::text::Tokenize(corpus).size(); });
  using nlohmann::json;
  std::cout << json{{"measure", "sentences"},
                    {"megabytes", mb},
                    {"count", sentences},
                    {"mb_per_s", mb / sentence_seconds}}
                   .dump()
            << '\n'
            << json{{"measure", "tokens"},
                    {"megabytes", mb},
                    {"count", tokens},
                    {"mb_per_s", mb / token_seconds}}
                   .dump()
            << '\n';
  return 0;
}
