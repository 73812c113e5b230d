// What reopening a library costs in the core: N generated articles (stories
// of five versions, as bench/app_reopen.mjs drops them) are added to a
// Desk, their index records (article_record.h) kept, then restored into a
// new Desk as the app does (Restore each record, RestoreStories, Stories),
// and 1,000 more are added to the restored desk. Prints one JSON line per
// size with the seconds of each phase (the best of three), so that a change
// to the record format or the desk's restore path is measured alone.
//
//   restore_throughput [N...] [--icu-data=PATH (wasm only)]

#include <cstdint>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "best_seconds.h"
#include "desk/article_record.h"
#include "desk/desk.h"

#ifdef WIREDESK_NEEDS_ICU_DATA_FILE
#include "icu_data_file.h"
#endif

namespace {

using wiredesk::desk::Desk;

// The generator of bench/app_reopen.mjs, in C++: stories of five versions
// (a number and a space changed), each story its own random syllable words.
struct Random {
  std::uint32_t seed;
  double Next() {
    seed += 0x6d2b79f5u;
    std::uint32_t t = (seed ^ (seed >> 15)) * (seed | 1u);
    t ^= t + (t ^ (t >> 7)) * (t | 61u);
    return static_cast<double>(t ^ (t >> 14)) / 4294967296.0;
  }
};

wiredesk::extract::Article Version(std::size_t i, const std::vector<std::string>& body) {
  wiredesk::extract::Article article;
  article.id = "a-" + std::to_string(i);
  article.title = "Headline " + std::to_string(i / 5);
  article.lang = "en";
  for (std::size_t p = 0; p < body.size(); ++p) {
    // Odd versions run the first "said" into the word before it.
    const bool run_together = p == 0 && i % 2 == 1;
    std::string text =
        body[p] + (run_together ? "said" : " said") + " on day " + std::to_string(i) + ".";
    article.paragraphs.push_back({wiredesk::extract::Paragraph::Kind::kParagraph, text});
  }
  return article;
}

std::vector<wiredesk::extract::Article> Articles(std::size_t from, std::size_t count) {
  static const char* const kSyllables[] = {
      "ba", "be", "bi", "bo", "bu", "da", "de", "di", "do", "du", "ka", "ke", "ki", "ko", "ku",
      "la", "le", "li", "lo", "lu", "ma", "me", "mi", "mo", "mu", "na", "ne", "ni", "no", "nu",
      "ra", "re", "ri", "ro", "ru", "sa", "se", "si", "so", "su", "ta", "te", "ti", "to", "tu"};
  constexpr std::size_t kCount = sizeof(kSyllables) / sizeof(kSyllables[0]);
  Random random{static_cast<std::uint32_t>(12345 + from)};
  const auto word = [&] {
    return std::string(kSyllables[static_cast<std::size_t>(random.Next() * kCount)]) +
           kSyllables[static_cast<std::size_t>(random.Next() * kCount)];
  };
  std::vector<wiredesk::extract::Article> articles;
  std::vector<std::string> body;
  for (std::size_t i = from; i < from + count; ++i) {
    if (i % 5 == 0 || body.empty()) {
      body.assign(6, "");
      for (std::string& paragraph : body) {
        for (int w = 0; w < 70; ++w) paragraph += (w ? " " : "") + word();
      }
    }
    articles.push_back(Version(i, body));
  }
  return articles;
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
  if (args.empty()) args = {"10000"};
  for (const std::string& arg : args) {
    const std::size_t n = std::stoul(arg);
    Desk built;
    for (auto& article : Articles(0, n)) built.AddArticle(std::move(article));
    const std::vector<wiredesk::desk::Story> stories = built.Stories();
    std::vector<std::string> records;
    for (std::size_t i = 0; i < n; ++i) {
      auto record =
          std::get<wiredesk::desk::ArticleRecord>(built.RecordOf("a-" + std::to_string(i)));
      record.texts = false;
      records.push_back(wiredesk::desk::EncodeRecord(record));
    }
    built = Desk();
    std::size_t bytes = 0;
    for (const std::string& record : records) bytes += record.size();
    const double decode_s = wiredesk::bench::BestSeconds(3, [&] {
      for (const std::string& record : records) wiredesk::desk::DecodeRecord(record);
    });
    Desk desk;
    const double restore_s = wiredesk::bench::BestSeconds(3, [&] {
      desk = Desk();
      for (const std::string& record : records) desk.Restore(record);
    });
    const double stories_s = wiredesk::bench::BestSeconds(1, [&] { desk.RestoreStories(stories); });
    const double relate_s = wiredesk::bench::BestSeconds(1, [&] { desk.StoriesJson().dump(); });
    std::vector<wiredesk::extract::Article> more = Articles(n, 1000);
    const double add_s = wiredesk::bench::BestSeconds(1, [&] {
      for (auto& article : more) desk.AddArticle(std::move(article));
    });
    const double relisted_s = wiredesk::bench::BestSeconds(1, [&] { desk.StoriesJson().dump(); });
    std::cout << nlohmann::json{{"articles", n},
                                {"index_record_bytes", bytes / n},
                                {"decode_s", decode_s},
                                {"restore_s", restore_s},
                                {"restore_stories_s", stories_s},
                                {"stories_json_s", relate_s},
                                {"add_1000_s", add_s},
                                {"stories_json_after_add_s", relisted_s}}
                     .dump()
              << '\n';
  }
  return 0;
}
