#include "compare/word_diff.h"

#include <catch2/catch.hpp>
#include <string>

namespace {

using wiredesk::compare::ChangeClass;
using wiredesk::compare::DiffWords;
using wiredesk::compare::WordOp;
using wiredesk::compare::WordPiece;

std::string Side(const std::vector<WordPiece>& words, bool left) {
  std::string text;
  for (const auto& piece : words) {
    if (piece.op == WordOp::kEqual || (piece.op == WordOp::kDelete) == left) text += piece.text;
  }
  return text;
}

int EditCount(const std::vector<WordPiece>& words) {
  int last = -1, count = 0;
  for (const auto& piece : words) {
    if (piece.op != WordOp::kEqual && piece.edit != last) {
      ++count;
      last = piece.edit;
    }
  }
  return count;
}

std::vector<WordPiece> Changes(const std::vector<WordPiece>& words) {
  std::vector<WordPiece> changes;
  for (const auto& piece : words) {
    if (piece.op != WordOp::kEqual) changes.push_back(piece);
  }
  return changes;
}

}  // namespace

TEST_CASE("the pieces of a diff put back together give both sentences") {
  const std::string left =
      "Vietnam stands ready to enhance collaboration withcountries and territories "
      "worldwide,as well as international organisationsbased on laws.";
  const std::string right =
      "Vietnam is ready to boost collaboration with countries and territories "
      "worldwide, as well as global organisations based on international law.";
  const auto words = DiffWords(left, right);
  CHECK(Side(words, true) == left);
  CHECK(Side(words, false) == right);
}

TEST_CASE("a run-together word is a spacing change, whole") {
  const auto words = DiffWords("to enhance collaboration withcountries and territories",
                               "to enhance collaboration with countries and territories");
  const auto changes = Changes(words);
  REQUIRE(changes.size() == 2);
  CHECK(changes[0].text == "withcountries");
  CHECK(changes[1].text == "with countries");
  CHECK(changes[0].change_class == ChangeClass::kSpacing);
  CHECK(changes[1].change_class == ChangeClass::kSpacing);
}

TEST_CASE("a missing space after a comma is spacing") {
  const auto changes = Changes(DiffWords("on the sidelines of the event,Thanh said",
                                         "on the sidelines of the event, Thanh said"));
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].op == WordOp::kInsert);
  CHECK(changes[0].change_class == ChangeClass::kSpacing);
}

TEST_CASE("a reworded phrase reads as one edit, not scattered words") {
  const auto words =
      DiffWords("The minister said the talks were a major success for the region.",
                "The official told reporters the meeting was a big step for the region.");
  const auto changes = Changes(words);
  REQUIRE(changes.size() == 2);
  CHECK(changes[0].text == "minister said the talks were a major success");
  CHECK(changes[1].text == "official told reporters the meeting was a big step");
  CHECK(changes[0].change_class == ChangeClass::kWording);
}

TEST_CASE("numbers, dates and names are classified as such") {
  auto only = [](const std::string& a, const std::string& b) {
    const auto changes = Changes(DiffWords(a, b));
    REQUIRE(!changes.empty());
    return changes[0].change_class;
  };
  CHECK(only("some 900 representatives", "some 950 representatives") == ChangeClass::kNumber);
  CHECK(only("held on October 15-18 in Santiago", "held on October 16-19 in Santiago") ==
        ChangeClass::kNumber);
  CHECK(only("held in October in Santiago", "held in November in Santiago") ==
        ChangeClass::kNumber);
  CHECK(only("talks with President Kim Jong Yang", "talks with President Moon Jae-in") ==
        ChangeClass::kName);
  CHECK(only("the fight against high-tech crimes", "the fight against high tech crimes") ==
        ChangeClass::kPunctuation);
  CHECK(only("Secretary General Jürgen Stock", "Secretary General Jurgen Stock") ==
        ChangeClass::kDiacritics);
  CHECK(only("members of Interpol met", "members of INTERPOL met") == ChangeClass::kCase);
  CHECK(only("The official said", "This official said") == ChangeClass::kWording);
  CHECK(only("he said", "he told reporters") == ChangeClass::kWording);
}

TEST_CASE("identical sentences have no edit; one edit per change") {
  CHECK(EditCount(DiffWords("The talks ended.", "The talks ended.")) == 0);
  CHECK(EditCount(DiffWords("", "")) == 0);
  CHECK(EditCount(DiffWords("", "A new sentence.")) == 1);
  CHECK(EditCount(DiffWords("some 900 representatives from 162 countries",
                            "some 950 representatives from 160 countries")) == 2);
}

TEST_CASE("a very long pair with few common words still ends, as one edit") {
  std::string left, right;
  for (int i = 0; i < 6000; ++i) {
    left += "alpha" + std::to_string(i) + " ";
    right += "beta" + std::to_string(i) + " ";
  }
  const auto words = DiffWords(left, right);
  CHECK(Side(words, true) == left);
  CHECK(Side(words, false) == right);
}
