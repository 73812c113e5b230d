#include "text/sentences.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace {

using wiredesk::text::Sentence;
using wiredesk::text::SplitSentences;

std::vector<std::string> Texts(std::string_view text) {
  std::vector<std::string> out;
  for (const Sentence& s : SplitSentences(text)) {
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

using Texts_t = std::vector<std::string>;

}  // namespace

TEST_CASE("titles, initials-free abbreviations and a date stay in one sentence") {
  CHECK(Texts("Mr. Smith met Dr. Jones in the U.S. on Oct. 15. They talked.") ==
        Texts_t{"Mr. Smith met Dr. Jones in the U.S. on Oct. 15.", "They talked."});
}

TEST_CASE("a decimal amount does not end a sentence") {
  CHECK(Texts("He paid $3.5 million. The rest was debt.") ==
        Texts_t{"He paid $3.5 million.", "The rest was debt."});
}

TEST_CASE("a quote with a comma inside is one sentence") {
  CHECK(Texts("“Yes,” she said. Then she left.") == Texts_t{"“Yes,” she said.", "Then she left."});
}

TEST_CASE("a quote ending in an exclamation mark goes on when the sentence does") {
  CHECK(Texts("“Stop!” he shouted at the crowd. Nobody moved.") ==
        Texts_t{"“Stop!” he shouted at the crowd.", "Nobody moved."});
}

TEST_CASE("the agency sign-off ./. stays with its sentence") {
  CHECK(Texts("The two sides agreed to meet again next year./. Read more here.") ==
        Texts_t{"The two sides agreed to meet again next year./.", "Read more here."});
  CHECK(Texts("The talks ended in Hanoi./.") == Texts_t{"The talks ended in Hanoi./."});
}

TEST_CASE("a middle initial does not end a sentence") {
  CHECK(Texts("John F. Kennedy was elected in 1960. He was 43.") ==
        Texts_t{"John F. Kennedy was elected in 1960.", "He was 43."});
}

TEST_CASE("an abbreviation at the end of a sentence still ends it") {
  CHECK(Texts("He moved to the U.S. The family followed.") ==
        Texts_t{"He moved to the U.S.", "The family followed."});
}

TEST_CASE("a new line always starts a new sentence and a new paragraph") {
  const std::string text = "Headline without a stop\nFirst sentence. Second one.\n\nLast";
  const auto sentences = SplitSentences(text);
  REQUIRE(sentences.size() == 4);
  CHECK(sentences[0].paragraph == 0);
  CHECK(sentences[1].paragraph == 1);
  CHECK(sentences[2].paragraph == 1);
  CHECK(sentences[3].paragraph == 2);
  CHECK(text.substr(sentences[0].begin, sentences[0].end - sentences[0].begin) ==
        "Headline without a stop");
}

TEST_CASE("offsets point into the original text, diacritics included") {
  const std::string text = "  Vũ Lê Thái Hoàng phát biểu. Đây là câu thứ hai.  ";
  const auto sentences = SplitSentences(text);
  REQUIRE(sentences.size() == 2);
  CHECK(text.substr(sentences[0].begin, sentences[0].end - sentences[0].begin) ==
        "Vũ Lê Thái Hoàng phát biểu.");
  CHECK(text.substr(sentences[1].begin, sentences[1].end - sentences[1].begin) ==
        "Đây là câu thứ hai.");
}

TEST_CASE("empty and blank text give no sentences") {
  CHECK(SplitSentences("").empty());
  CHECK(SplitSentences(" \n\t\n ").empty());
}

TEST_CASE("Vietnamese titles and city abbreviations do not end a sentence") {
  CHECK(Texts("PGS.TS. Nguyễn Văn A làm việc tại TP. Hồ Chí Minh. Ông nói.") ==
        Texts_t{"PGS.TS. Nguyễn Văn A làm việc tại TP. Hồ Chí Minh.", "Ông nói."});
}

// ICU's sentence rules use no dictionary: these run natively and in wasm alike.
TEST_CASE(
    "Japanese and Chinese sentences end at their full stops, and an opening bracket starts the "
    "next") {
  CHECK(Texts("東京は晴れ。大阪は雨です！明日は？「はい。」と答えた。") ==
        Texts_t{"東京は晴れ。", "大阪は雨です！", "明日は？", "「はい。」", "と答えた。"});
  CHECK(Texts("中国经济增长5.2%。出口下降了。") == Texts_t{"中国经济增长5.2%。", "出口下降了。"});
}
