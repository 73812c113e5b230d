// Throughput of summaries (TextRank over sentences, and keywords), from
// extracted articles: the sample articles, combined into
//   - a 50-sentence article;
//   - 1,000 articles of about 3 KB (the samples in turn), the whole batch timed;
//   - a 500-sentence story: 10 versions of 50 sentences, as wire copies are
//     (the same sentences, reordered and trimmed between versions);
//   - a 500-sentence story of 500 different sentences (the graph's worst case);
//   - a 20,000-sentence article (the cap at work).
// Prints one JSON line per measure; scripts/bench runs it natively and under
// node and prints the table.
//
//   summary_throughput SAMPLES_DIR [--icu-data=PATH (wasm only)]

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "best_seconds.h"
#include "extract/extract.h"
#include "program_args.h"
#include "summarize/summary.h"
#include "text/sentences.h"

namespace {

using wiredesk::bench::BestSeconds;

using wiredesk::extract::Article;
using wiredesk::summarize::SummaryOptions;

// The body sentences of the samples, one paragraph each.
std::vector<std::string> SampleSentences(const std::vector<Article>& articles) {
  std::vector<std::string> sentences;
  for (const Article& a : articles) {
    for (const auto& p : a.paragraphs) {
      for (const auto& s : wiredesk::text::SplitSentences(p.text)) {
        if (s.end - s.begin > 60) sentences.push_back(p.text.substr(s.begin, s.end - s.begin));
      }
    }
  }
  return sentences;
}

Article FromSentences(const std::vector<std::string>& sentences) {
  Article a;
  for (const std::string& s : sentences) a.paragraphs.push_back({{}, s});
  return a;
}

void Print(const char* measure, std::size_t sentences, std::size_t runs, double seconds) {
  std::cout << nlohmann::json{{"measure", measure},
                              {"sentences", sentences},
                              {"ms", 1000 * seconds / static_cast<double>(runs)},
                              {"sentences_per_s", static_cast<double>(sentences * runs) / seconds}}
                   .dump()
            << '\n';
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args;
  if (!wiredesk::bench::ReadProgramArgs(argc, argv, args)) return 2;
  if (args.empty()) {
    std::cerr << "usage: summary_throughput SAMPLES_DIR\n";
    return 2;
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(args[0])) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<Article> samples;
  for (const auto& file : files) {
    std::ifstream stream(file, std::ios::binary);
    samples.push_back(wiredesk::extract::ExtractText(
        std::string(std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>())));
  }
  const std::vector<std::string> pool = SampleSentences(samples);
  if (pool.size() < 10) {
    std::cerr << "too few sample sentences in " << args[0] << '\n';
    return 2;
  }
  SummaryOptions options;
  options.sentences = 5;

  // A 50-sentence article: the samples' sentences in turn.
  std::vector<std::string> fifty;
  for (std::size_t i = 0; fifty.size() < 50; ++i) {
    fifty.push_back(pool[i % pool.size()] + (i >= pool.size() ? " Again." : ""));
  }
  const Article article = FromSentences(fifty);
  const int runs = 200;
  Print("article_50", 50, runs, BestSeconds(3, [&] {
          for (int i = 0; i < runs; ++i) wiredesk::summarize::Summarize(article, options);
        }));

  // 1,000 articles of about 3 KB: the samples in turn.
  std::size_t batch_sentences = 0;
  std::size_t batch_bytes = 0;
  for (std::size_t i = 0; i < 1000; ++i) {
    const Article& a = samples[i % samples.size()];
    for (const auto& p : a.paragraphs) batch_bytes += p.text.size();
    batch_sentences += wiredesk::summarize::Summarize(a,
                                                      [] {
                                                        SummaryOptions all;
                                                        all.ratio = 1;
                                                        all.redundancy = 1;
                                                        all.keywords = 0;
                                                        return all;
                                                      }())
                           .sentences.size();
  }
  const double batch = BestSeconds(3, [&] {
    for (std::size_t i = 0; i < 1000; ++i)
      wiredesk::summarize::Summarize(samples[i % samples.size()], options);
  });
  Print("articles_1000", batch_sentences, 1, batch);
  std::cerr << "articles_1000: " << batch_bytes / 1000 << " bytes of body text an article\n";

  // A story of 10 versions x 50 sentences: each version the same sentences,
  // rotated and with its last few trimmed, as agencies' copies differ.
  std::vector<Article> versions;
  for (std::size_t v = 0; v < 10; ++v) {
    std::vector<std::string> copy;
    for (std::size_t i = 0; copy.size() < 50; ++i) copy.push_back(fifty[(i + v) % fifty.size()]);
    versions.push_back(FromSentences(copy));
  }
  std::vector<const Article*> story;
  for (const Article& a : versions) story.push_back(&a);
  Print("story_500_copies", 500, 20, BestSeconds(3, [&] {
          for (int i = 0; i < 20; ++i) wiredesk::summarize::SummarizeStory(story, options);
        }));

  // A story of 500 different sentences: words of the samples' sentences drawn at random.
  std::vector<std::string> words;
  for (const std::string& s : pool) {
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
      if (i == s.size() || s[i] == ' ') {
        if (i > start) words.push_back(s.substr(start, i - start));
        start = i + 1;
      }
    }
  }
  std::uint32_t seed = 2004;
  std::vector<Article> distinct(10);
  for (std::size_t v = 0; v < 10; ++v) {
    std::vector<std::string> sentences;
    for (int s = 0; s < 50; ++s) {
      std::string sentence = "The";
      for (int w = 0; w < 20; ++w) {
        seed = seed * 1664525u + 1013904223u;
        sentence += ' ';
        sentence += words[(seed >> 8) % words.size()];
      }
      sentences.push_back(sentence + ".");
    }
    distinct[v] = FromSentences(sentences);
  }
  std::vector<const Article*> worst;
  for (const Article& a : distinct) worst.push_back(&a);
  Print("story_500_distinct", 500, 5, BestSeconds(3, [&] {
          for (int i = 0; i < 5; ++i) wiredesk::summarize::SummarizeStory(worst, options);
        }));

  // 20,000 sentences: the cap keeps the graph at 1,000 candidates.
  std::vector<std::string> many;
  for (std::size_t i = 0; i < 20000; ++i)
    many.push_back(distinct[i % 10].paragraphs[(i / 10) % 50].text);
  const Article huge = FromSentences(many);
  Print("article_20000", 20000, 1,
        BestSeconds(1, [&] { wiredesk::summarize::Summarize(huge, options); }));
  return 0;
}
