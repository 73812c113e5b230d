#include "summarize/summary.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "extract/extract.h"
#include "samples.h"
#include "text/normalize.h"
#include "text/sentences.h"

namespace {

using wiredesk::extract::Article;
using wiredesk::extract::ExtractText;
using wiredesk::summarize::Summarize;
using wiredesk::summarize::SummarizeStory;
using wiredesk::summarize::Summary;
using wiredesk::summarize::SummaryOptions;
using wiredesk::testing::Sample;

SummaryOptions Sentences(int k) {
  SummaryOptions options;
  options.sentences = k;
  return options;
}

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Letters only, without diacritics: two spellings of one sentence (spaces
// lost in a copy, a dateline) compare by how much of one is in the other.
std::string Letters(const std::string& text) {
  std::string letters;
  for (char c : wiredesk::text::MatchKey(text)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) letters += c;
  }
  return letters;
}

bool SameInSubstance(const std::string& a, const std::string& b) {
  const std::string x = Letters(a), y = Letters(b);
  return Contains(x, y) || Contains(y, x);
}

std::string Describe(const Summary& summary) {
  std::string out;
  for (const auto& s : summary.sentences)
    out += "  [" + std::to_string(s.article) + "] " + s.text + "\n";
  for (const auto& k : summary.keywords) out += "  #" + k.term + "\n";
  return out;
}

}  // namespace

TEST_CASE(
    "the summary of the Interpol assembly report carries the Deputy Minister's call for "
    "cooperation against high-tech crime") {
  const Article article = ExtractText(Sample("003_94858066e6bb5739.txt"));
  const Summary summary = Summarize(article, Sentences(3));
  INFO(Describe(summary));
  REQUIRE(summary.sentences.size() == 3);
  CHECK(std::any_of(summary.sentences.begin(), summary.sentences.end(), [](const auto& s) {
    return Contains(s.text, "Vietnam stands ready to enhance collaboration") &&
           Contains(s.text, "high-tech crimes, Deputy Minister of Public Security");
  }));
}

TEST_CASE("no caption, teaser or dateline is ever chosen, even when the page's copy kept them") {
  for (const char* name : {"002_0c1e3a2815583ef3.txt", "003_94858066e6bb5739.txt"}) {
    const Article article = ExtractText(Sample(name));
    // Every candidate: a summary as long as the article.
    SummaryOptions all;
    all.ratio = 1;
    all.redundancy = 1;
    const Summary summary = Summarize(article, all);
    INFO(name << "\n" << Describe(summary));
    CHECK(summary.sentences.size() >= 10);
    for (const auto& s : summary.sentences) {
      CHECK_FALSE(Contains(s.text, "(Photo"));
      CHECK_FALSE(Contains(s.text, "See more"));
      CHECK_FALSE(Contains(s.text, "hinh anh"));
      CHECK_FALSE(Contains(s.text, "ảnh 1"));
      CHECK_FALSE(Contains(s.text, "Party leader receives outgoing US Ambassador"));
      CHECK_FALSE(Contains(s.text, "Foreign affairs played an important role"));
      CHECK(s.text != "Santiago (VNA) –");
    }
  }
}

TEST_CASE(
    "each chosen sentence points at its place in the article's paragraphs, in reading order") {
  const Article article = ExtractText(Sample("000_6fdb084cdd6b2d10.txt"));
  const Summary summary = Summarize(article, Sentences(4));
  REQUIRE(summary.sentences.size() == 4);
  for (std::size_t i = 0; i < summary.sentences.size(); ++i) {
    const auto& s = summary.sentences[i];
    REQUIRE(s.paragraph < static_cast<int>(article.paragraphs.size()));
    const std::string& paragraph = article.paragraphs[static_cast<std::size_t>(s.paragraph)].text;
    const auto sentences = wiredesk::text::SplitSentences(paragraph);
    REQUIRE(s.sentence < static_cast<int>(sentences.size()));
    const auto& at = sentences[static_cast<std::size_t>(s.sentence)];
    CHECK(paragraph.substr(at.begin, at.end - at.begin) == s.text);
    CHECK(s.score > 0);
    CHECK(s.score <= 1);
    if (i > 0) {
      const auto& before = summary.sentences[i - 1];
      CHECK((before.paragraph < s.paragraph ||
             (before.paragraph == s.paragraph && before.sentence < s.sentence)));
    }
  }
  CHECK(std::any_of(summary.sentences.begin(), summary.sentences.end(),
                    [](const auto& s) { return s.score == 1; }));
}

TEST_CASE(
    "the story of two copies, one damaged, is summarised as two clean copies are, without "
    "repeating itself") {
  const Article damaged = ExtractText(Sample("002_0c1e3a2815583ef3.txt"));
  const Article clean = ExtractText(Sample("003_94858066e6bb5739.txt"));
  const Summary story = SummarizeStory({&damaged, &clean}, Sentences(3));
  // A story (two versions or more) weighs each sentence's position too, so
  // the comparison is with a story of two clean copies.
  const Summary alone = SummarizeStory({&clean, &clean}, Sentences(3));
  INFO("story:\n" << Describe(story) << "clean:\n" << Describe(alone));
  REQUIRE(story.sentences.size() == alone.sentences.size());
  for (std::size_t i = 0; i < story.sentences.size(); ++i) {
    CHECK(SameInSubstance(story.sentences[i].text, alone.sentences[i].text));
    // Both copies carry every sentence the summary took.
    CHECK(story.sentences[i].support == 2);
    // Shown in the spelling whose spaces survived.
    CHECK_FALSE(Contains(story.sentences[i].text, "withcountries"));
  }
  for (std::size_t i = 0; i < story.sentences.size(); ++i) {
    for (std::size_t j = i + 1; j < story.sentences.size(); ++j) {
      CHECK_FALSE(SameInSubstance(story.sentences[i].text, story.sentences[j].text));
    }
  }
}

TEST_CASE("a sentence carried by several versions outranks one only a single version has") {
  Article a, b;
  a.paragraphs = {
      {{}, "The council approved the new harbour budget on Monday after a long debate."},
      {{}, "Fishermen protested outside the council building during the harbour debate."},
      {{}, "The mayor said the harbour budget would be spent over five years."}};
  b.paragraphs = {
      {{}, "The mayor said the harbour budget would be spent over five years."},
      {{}, "Fishermen protested outside the council building during the harbour debate."},
      {{}, "The council approved the new harbour budget on Monday after a long debate."},
      {{}, "A local choir sang at the opening of the new school library on Sunday."}};
  const Summary story = SummarizeStory({&a, &b}, Sentences(4));
  INFO(Describe(story));
  // Three distinct sentences carried twice, one carried once: it comes last in rank.
  REQUIRE(story.sentences.size() == 4);
  double lowest = 2;
  std::string lowest_text;
  for (const auto& s : story.sentences) {
    if (s.score < lowest) lowest = s.score, lowest_text = s.text;
  }
  CHECK(Contains(lowest_text, "choir"));
}

TEST_CASE("summary length by sentence count, by share of the article, and by a character budget") {
  const Article article = ExtractText(Sample("001_5f15ffd69aec10c2.txt"));
  CHECK(Summarize(article, Sentences(2)).sentences.size() == 2);
  CHECK(Summarize(article, Sentences(0)).sentences.empty());

  SummaryOptions ratio;
  ratio.ratio = 0.3;
  const std::size_t candidates = Summarize(article,
                                           [] {
                                             SummaryOptions all;
                                             all.ratio = 1;
                                             all.redundancy = 1;
                                             return all;
                                           }())
                                     .sentences.size();
  const std::size_t by_ratio = Summarize(article, ratio).sentences.size();
  CHECK(by_ratio >= 1);
  CHECK(by_ratio <= (candidates * 3 + 9) / 10);

  SummaryOptions chars;
  chars.chars = 400;
  const Summary budget = Summarize(article, chars);
  REQUIRE_FALSE(budget.sentences.empty());
  std::size_t used = 0;
  for (const auto& s : budget.sentences) used += wiredesk::text::CodePointCount(s.text) + 1;
  CHECK(used - 1 <= 400);

  SummaryOptions tiny;
  tiny.chars = 10;
  CHECK(Summarize(article, tiny).sentences.empty());
}

TEST_CASE(
    "keywords of two reports on the cybercrime convention both name the convention and the "
    "ambassador") {
  for (const char* name : {"000_6fdb084cdd6b2d10.txt", "004_1fbe4b0bd141bb0e.txt"}) {
    const Summary summary = Summarize(ExtractText(Sample(name)), Sentences(3));
    INFO(name << "\n" << Describe(summary));
    std::vector<std::string> keys;
    for (const auto& k : summary.keywords) keys.push_back(wiredesk::text::MatchKey(k.term));
    auto has = [&keys](const std::string& part) {
      return std::any_of(keys.begin(), keys.end(),
                         [&](const std::string& key) { return Contains(key, part); });
    };
    CHECK(has("convention"));
    CHECK(has("vu le thai hoang"));  // the ambassador, spelled with diacritics in one, without in
                                     // the other
    REQUIRE_FALSE(summary.keywords.empty());
    CHECK(summary.keywords.front().score == 1);
    for (const auto& k : summary.keywords) {
      CHECK(k.score > 0);
      CHECK(k.score <= 1);
    }
  }
}

TEST_CASE("an article of one sentence is its own summary") {
  Article article;
  article.paragraphs = {
      {{}, "Heavy rain flooded parts of the capital on Tuesday, closing two bridges."}};
  const Summary summary = Summarize(article, Sentences(3));
  REQUIRE(summary.sentences.size() == 1);
  CHECK(summary.sentences[0].score == 1);
  CHECK(summary.sentences[0].paragraph == 0);
  CHECK(summary.sentences[0].sentence == 0);
}

TEST_CASE("text with no words, and an empty article, give an empty summary") {
  Article article;
  article.paragraphs = {{{}, "... !!! ??? --- 123 456."}, {{}, "* * *"}, {{}, "(((( ))))."}};
  CHECK(Summarize(article, Sentences(3)).sentences.empty());
  CHECK(Summarize(Article{}, Sentences(3)).sentences.empty());
  CHECK(Summarize(Article{}, Sentences(3)).keywords.empty());
  CHECK(SummarizeStory({}, Sentences(3)).sentences.empty());
}

TEST_CASE("an article of 20,000 sentences is summarised from its opening sentences") {
  // Distinct made-up words, so no two sentences collapse into one.
  std::uint32_t seed = 12345;
  auto word = [&seed] {
    std::string w;
    for (int i = 0; i < 6; ++i) {
      seed = seed * 1664525u + 1013904223u;
      w += static_cast<char>('a' + (seed >> 24) % 26);
    }
    return w;
  };
  Article article;
  for (int p = 0; p < 2000; ++p) {
    std::string paragraph;
    for (int s = 0; s < 10; ++s) {
      paragraph += "The";
      for (int w = 0; w < 9; ++w) {
        paragraph += ' ';
        paragraph += word();
      }
      paragraph += ". ";
    }
    article.paragraphs.push_back({{}, paragraph});
  }
  SummaryOptions options = Sentences(3);
  options.max_sentences = 200;  // the cap, small here to keep the test quick
  const Summary summary = Summarize(article, options);
  REQUIRE(summary.sentences.size() == 3);
  for (const auto& s : summary.sentences) CHECK(s.paragraph < 20);
}

TEST_CASE(
    "a language without a stopword list still gets a summary and keywords without its function "
    "words") {
  Article article;
  article.lang = "de";
  article.paragraphs = {
      {{}, "Der Bundestag hat am Donnerstag das neue Klimagesetz mit großer Mehrheit beschlossen."},
      {{},
       "Das Klimagesetz verpflichtet die Regierung, den Ausstoß von Treibhausgasen bis 2030 zu "
       "halbieren."},
      {{},
       "Die Opposition kritisierte, dass das Gesetz keine festen Ziele für den Verkehr enthält."},
      {{},
       "Der Minister sagte, die Regierung werde das Klimagesetz im Herbst mit einem Programm "
       "ergänzen."},
      {{},
       "Die Umweltverbände begrüßten das Gesetz, forderten aber schnellere Schritte der "
       "Regierung."}};
  const Summary summary = Summarize(article, Sentences(2));
  INFO(Describe(summary));
  CHECK(summary.sentences.size() == 2);
  REQUIRE_FALSE(summary.keywords.empty());
  for (const auto& k : summary.keywords) {
    const std::string key = wiredesk::text::MatchKey(k.term);
    CHECK(key != "die");
    CHECK(key != "der");
    CHECK(key != "das");
  }
}

TEST_CASE(
    "a Chinese article, written without capitals or spaces between words, gets a summary and "
    "keywords") {
  Article chinese;
  chinese.paragraphs = {
      {{}, "上海港周日在台风过后恢复了集装箱码头的运营。港务局表示，维修工作持续了三周。"},
      {{}, "数十艘货轮在港外等待了好几天，工人们检查了起重机并重建了两个泊位。"},
      {{}, "港务局预计本月底航运将恢复正常水平。航运公司正在恢复常规航线。"},
      {{}, "分析人士说，台风造成的延误将影响整个地区的供应链。"}};
  const Summary summary = Summarize(chinese, Sentences(2));
  INFO(Describe(summary));
  CHECK(summary.sentences.size() == 2);
  // Keywords are runs of characters the text repeats, never one character.
  REQUIRE_FALSE(summary.keywords.empty());
  CHECK(summary.keywords[0].term == "台风");
  for (const auto& k : summary.keywords) CHECK(wiredesk::text::CodePointCount(k.term) >= 2);
}
