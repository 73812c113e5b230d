#include "summarize/candidates.h"

#include <catch2/catch.hpp>

using wiredesk::extract::Article;
using wiredesk::extract::Paragraph;
using wiredesk::summarize::CollectCandidates;
using wiredesk::summarize::EndsLikeSentence;
using wiredesk::summarize::LooksLikeCaption;
using wiredesk::summarize::Shingles;

TEST_CASE("photo captions are recognised by their bracketed credit") {
  CHECK(LooksLikeCaption("At the 88th INTERPOL General Assembly (Photo: VNA)"));
  CHECK(
      LooksLikeCaption("Party General Secretary To Lam receives US Ambassador Marc Evans Knapper "
                       "in Hanoi on January 9, 2026. (Photo: VNA)"));
  CHECK(LooksLikeCaption("Đại sứ Vũ Lê Thái Hoàng (Ảnh: TTXVN)"));
  CHECK_FALSE(LooksLikeCaption("The talks ended on Friday (local time)."));
  CHECK_FALSE(
      LooksLikeCaption("Vietnam stands ready to enhance collaboration, the minister said."));
}

TEST_CASE("a sentence ends with a full stop, possibly inside quotes or brackets") {
  CHECK(EndsLikeSentence("The talks ended."));
  CHECK(EndsLikeSentence("“We are ready,” he said. “Let us begin.”"));
  CHECK(EndsLikeSentence("Is it over?"));
  CHECK(EndsLikeSentence("The talks ended./."));
  CHECK(EndsLikeSentence("(The ministry later denied it.)"));
  CHECK_FALSE(EndsLikeSentence(
      "VN hopes for more int’l cooperation to combat hi-tech crimes: Deputy Minister"));
  CHECK_FALSE(EndsLikeSentence("Party leader receives outgoing US Ambassador"));
  CHECK_FALSE(EndsLikeSentence("Santiago (VNA) –"));
}

TEST_CASE("each script's own full stop ends a sentence; Thai, which has none, ends with a letter") {
  CHECK(EndsLikeSentence("港务局表示，维修工作持续了三周。"));
  CHECK(EndsLikeSentence("बंदरगाह रविवार को फिर से खुल गया।"));
  CHECK(EndsLikeSentence("ဆိပ်ကမ်း ပြန်ဖွင့်သည်။"));
  CHECK(EndsLikeSentence("ท่าเรือเปิดให้บริการอีกครั้งในวันอาทิตย์"));
  CHECK_FALSE(EndsLikeSentence("上海港恢复运营："));
}

TEST_CASE(
    "headings, captions, datelines and short lines are never candidates; the rest keep their "
    "place") {
  Article article;
  article.paragraphs = {
      {Paragraph::Kind::kHeading, "Interpol assembly opens in Santiago."},
      {Paragraph::Kind::kParagraph, "Santiago (VNA) –"},
      {Paragraph::Kind::kParagraph,
       "Delegates from 162 countries met in Santiago on Tuesday. See more."},
      {Paragraph::Kind::kParagraph,
       "At the assembly hall in Santiago, delegates and ministers (Photo: VNA)"},
      {Paragraph::Kind::kQuote,
       "“Police must share information across borders,” the minister told the delegates."},
  };
  const auto pool = CollectCandidates({&article}, 100);
  REQUIRE(pool.sentences.size() == 2);
  CHECK(pool.sentences[0].text == "Delegates from 162 countries met in Santiago on Tuesday.");
  CHECK(pool.sentences[0].paragraph == 2);
  CHECK(pool.sentences[0].sentence == 0);
  CHECK(pool.sentences[0].position == 0);
  CHECK(pool.sentences[1].paragraph == 4);
  CHECK(pool.sentences[1].position == 1);
}

TEST_CASE(
    "the same words with and without diacritics, or with spaces lost, share ids and shingles") {
  Article a, b;
  a.paragraphs = {{{}, "Ambassador Vũ Lê Thái Hoàng met officials in Vienna on Thursday."}};
  b.paragraphs = {{{}, "Ambassador Vu Le Thai Hoang met officialsin Vienna on Thursday."}};
  const auto pool = CollectCandidates({&a, &b}, 100);
  REQUIRE(pool.sentences.size() == 2);
  CHECK(Shingles(pool.sentences[0], pool.vocabulary) ==
        Shingles(pool.sentences[1], pool.vocabulary));
  CHECK(pool.sentences[0].content.size() > pool.sentences[1].content.size());
}
