// Throughput of dedup: synthetic wire articles (about 3 KB each, one in five
// a damaged version of another: trimmed, words run together, a number
// changed) added to a Desk (extract-free: AddArticle, so fingerprinting and
// LSH verification are measured, not extraction), then Stories() (clustering,
// canonical versions, related stories). Prints one JSON line per size with
// articles/s for each phase and the process's peak memory.
//
//   dedup_throughput [N...] [--dump N FILE [TRUTH]] [--icu-data=PATH (wasm only)]
// --dump writes the N articles' bodies as JSON lines (for bench/dedup_minhash.mjs)
// and, given TRUTH, the index of each one's original, one a line (scripts/gen-archive).

#include <chrono>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "desk/desk.h"

#ifdef WIREDESK_NEEDS_ICU_DATA_FILE
#include "icu_data_file.h"
#endif
#ifdef __EMSCRIPTEN__
#include <emscripten/heap.h>
#else
#include <sys/resource.h>
#endif

namespace {

// xorshift64*: the same articles on every target.
struct Random {
  std::uint64_t state;
  std::uint64_t Next() {
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 0x2545F4914F6CDD1DULL;
  }
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>(Next() % n); }
};

std::vector<std::string> Vocabulary(Random& random) {
  std::vector<std::string> words;
  for (int i = 0; i < 20000; ++i) {
    std::string word;
    const std::size_t length = 2 + random.Below(9);
    for (std::size_t c = 0; c < length; ++c) word += static_cast<char>('a' + random.Below(26));
    if (random.Below(8) == 0) word[0] = static_cast<char>(word[0] - 32);
    words.push_back(word);
  }
  return words;
}

// Zipf-like: most words from the common head, as in news text.
std::string Article(Random& random, const std::vector<std::string>& words) {
  std::string text;
  while (text.size() < 3000) {
    for (int sentence = 0; sentence < 4; ++sentence) {
      const std::size_t length = 8 + random.Below(16);
      for (std::size_t w = 0; w < length; ++w) {
        const std::size_t head = random.Below(4) == 0 ? words.size() : 300;
        text += words[random.Below(head)];
        text += w + 1 == length ? ". " : " ";
      }
    }
    text += "\n\n";
  }
  // Grown by appends, the text holds up to twice its size: a fifth of the
  // peak at 100,000 articles was this generator's slack, not the Desk's.
  text.shrink_to_fit();
  return text;
}

std::string Damaged(Random& random, std::string text) {
  text.resize(text.size() * (6 + random.Below(5)) / 10);  // trimmed to 60-100%
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ' && random.Below(30) == 0) text.erase(i, 1);  // words run together
  }
  for (char& c : text) {
    if (c == 'e' && random.Below(400) == 0) c = '7';
  }
  text.shrink_to_fit();  // trimmed: as Article() above
  return text;
}

// `originals`, when given, gets for each article the index of the article it
// is a version of (its own for an original): the generator's truth.
std::vector<std::string> Corpus(std::size_t n, std::vector<std::size_t>* originals = nullptr) {
  Random random{0x9E3779B97F4A7C15ULL};
  const std::vector<std::string> words = Vocabulary(random);
  std::vector<std::string> corpus;
  std::vector<std::size_t> original;
  corpus.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && random.Below(5) == 0) {
      const std::size_t source = random.Below(i);
      corpus.push_back(Damaged(random, corpus[source]));
      original.push_back(original[source]);
    } else {
      corpus.push_back(Article(random, words));
      original.push_back(i);
    }
  }
  if (originals != nullptr) *originals = std::move(original);
  return corpus;
}

double PeakMegabytes() {
#ifdef __EMSCRIPTEN__
  return static_cast<double>(emscripten_get_heap_size()) / (1 << 20);  // the heap only grows
#else
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024;
#endif
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
#ifdef WIREDESK_NEEDS_ICU_DATA_FILE
  if (const std::string error = wiredesk::wasm::InstallIcuDataFromArgs(args); !error.empty()) {
    std::cerr << error << '\n';
    return 1;
  }
#endif
  if ((args.size() == 3 || args.size() == 4) && args[0] == "--dump") {
    std::vector<std::size_t> originals;
    std::ofstream out(args[2]);
    for (const std::string& text : Corpus(std::stoul(args[1]), &originals))
      out << nlohmann::json(text).dump() << '\n';
    if (args.size() == 4) {
      std::ofstream truth(args[3]);
      for (const std::size_t original : originals) truth << original << '\n';
    }
    return 0;
  }
  if (args.empty()) args = {"1000"};
  for (const std::string& arg : args) {
    const std::size_t n = std::stoul(arg);
    std::vector<std::string> corpus = Corpus(n);
    std::size_t bytes = 0;
    for (const std::string& text : corpus) bytes += text.size();
    wiredesk::desk::Desk desk;
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < n; ++i) {
      wiredesk::extract::Article article;
      article.id = "a" + std::to_string(i);
      article.paragraphs.push_back(
          {wiredesk::extract::Paragraph::Kind::kParagraph, std::move(corpus[i])});
      desk.AddArticle(std::move(article));
    }
    const auto added = std::chrono::steady_clock::now();
    const std::size_t stories = desk.Stories().size();
    const auto clustered = std::chrono::steady_clock::now();
    const double add_s = std::chrono::duration<double>(added - start).count();
    const double cluster_s = std::chrono::duration<double>(clustered - added).count();
    std::cout << nlohmann::json{{"articles", n},
                                {"megabytes", static_cast<double>(bytes) / (1 << 20)},
                                {"stories", stories},
                                {"fingerprint_s", add_s},
                                {"cluster_s", cluster_s},
                                {"total_s", add_s + cluster_s},
                                {"articles_per_s", static_cast<double>(n) / (add_s + cluster_s)},
                                {"peak_mb", PeakMegabytes()}}
                     .dump()
              << '\n';
  }
  return 0;
}
