#include "dedup/fingerprint.h"

#include <catch2/catch.hpp>
#include <string>

#include "dedup/letters.h"
#include "dedup/similarity.h"

using wiredesk::dedup::Compare;
using wiredesk::dedup::FingerprintText;
using wiredesk::dedup::FoldedLetters;

TEST_CASE("spacing, punctuation, case and diacritics vanish from the folded letters") {
  CHECK(FoldedLetters("with countries, Việt Nam’s") == "withcountriesvietnams");
  CHECK(FoldedLetters("withcountries VIET NAMS") == "withcountriesvietnams");
  CHECK(FoldedLetters("Vie\xCC\xA3\xCC\x82t Nam") == "vietnam");  // decomposed accents
  CHECK(FoldedLetters("Đà Nẵng — 2024") == "danang0");
  CHECK(FoldedLetters("killed 12 people, 3,400 hurt") ==
        FoldedLetters("killed 15 people, 3,412 hurt"));
  CHECK(FoldedLetters("“…”  ") == "");
}

TEST_CASE("a copy with words run together has the fingerprint of the clean copy") {
  const std::string clean =
      "Vietnam stands ready to enhance collaboration with countries and territories worldwide as "
      "well as "
      "international organisations based on international laws and practices in the fight against "
      "high-tech crimes.";
  const std::string damaged =
      "Vietnam stands ready to enhance collaboration withcountries and territories worldwide as "
      "well as "
      "international organisationsbased on international laws and practices in the fight against "
      "high-techcrimes.";
  const auto a = FingerprintText(clean), b = FingerprintText(damaged);
  CHECK(a.exact == b.exact);
  CHECK(a.sketch == b.sketch);
  CHECK(Compare(a, b).jaccard == 1.0);
}

TEST_CASE("half of a text is contained in it though its Jaccard is about one half") {
  std::string text;
  // Paragraphs told apart by letters (numbers fold alike: letters.h).
  for (int i = 0; i < 200; ++i) {
    text += "Paragraph ";
    text += static_cast<char>('a' + i % 26);
    text += static_cast<char>('a' + i / 26);
    text += " of the long report on the summit. ";
  }
  const auto full = FingerprintText(text);
  const auto half = FingerprintText(text.substr(0, text.size() / 2));
  const auto similarity = Compare(full, half);
  CHECK(similarity.containment > 0.95);
  CHECK(similarity.jaccard < 0.6);
  CHECK(wiredesk::dedup::IsDuplicate(similarity));
}

TEST_CASE("a text of one repeated word keeps a non-empty fingerprint, however long") {
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "crime ";
  const auto fingerprint = FingerprintText(text);
  CHECK_FALSE(fingerprint.empty());
  CHECK(fingerprint.shingles.size() <= wiredesk::dedup::kExactShingles);
  CHECK(FingerprintText("").empty());
}
