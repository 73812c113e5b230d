#include "compare/change_class.h"

#include <catch2/catch.hpp>
#include <initializer_list>
#include <string_view>

namespace {

using wiredesk::compare::ChangeClass;
using wiredesk::compare::ChangeClassName;
using wiredesk::compare::ClassifyChange;
using wiredesk::compare::EditSide;
using wiredesk::compare::IsSubstantive;
using wiredesk::compare::Piece;
using wiredesk::compare::PieceKind;

// An edit side from its pieces, the kind read from the text as the tokenizer would.
EditSide Side(std::initializer_list<std::string_view> texts) {
  EditSide side;
  for (std::string_view text : texts) {
    PieceKind kind = PieceKind::kWord;
    if (text == " ")
      kind = PieceKind::kSpace;
    else if (text.find_first_of("0123456789") == 0)
      kind = PieceKind::kNumber;
    else if (text.find_first_of(",.-\"") == 0)
      kind = PieceKind::kPunctuation;
    side.pieces.push_back({text, kind});
  }
  return side;
}

}  // namespace

TEST_CASE("words run together and pulled apart are a spacing change") {
  CHECK(ClassifyChange(Side({"withcountries"}), Side({"with", " ", "countries"})) ==
        ChangeClass::kSpacing);
}

TEST_CASE("a hyphen or comma gained or lost is punctuation") {
  CHECK(ClassifyChange(Side({"hi", "-", "tech"}), Side({"hitech"})) == ChangeClass::kPunctuation);
  CHECK(ClassifyChange(Side({"said", ","}), Side({"said"})) == ChangeClass::kPunctuation);
}

TEST_CASE("capitals and accents are case and diacritics") {
  CHECK(ClassifyChange(Side({"Interpol"}), Side({"INTERPOL"})) == ChangeClass::kCase);
  CHECK(ClassifyChange(Side({"Jürgen"}), Side({"Jurgen"})) == ChangeClass::kDiacritics);
}

TEST_CASE("a changed figure or month is a number change, a changed proper name a name change") {
  CHECK(ClassifyChange(Side({"900"}), Side({"950"})) == ChangeClass::kNumber);
  CHECK(ClassifyChange(Side({"October"}), Side({"November"})) == ChangeClass::kNumber);
  CHECK(ClassifyChange(Side({"Thanh"}), Side({"Nguyen"})) == ChangeClass::kName);
}

TEST_CASE("other words changed, added or removed are wording") {
  CHECK(ClassifyChange(Side({"rose"}), Side({"fell"})) == ChangeClass::kWording);
  CHECK(ClassifyChange(Side({}), Side({"sharply"})) == ChangeClass::kWording);
}

TEST_CASE("only number, name and wording changes are substantive, and each class has its name") {
  CHECK_FALSE(IsSubstantive(ChangeClass::kSpacing));
  CHECK_FALSE(IsSubstantive(ChangeClass::kDiacritics));
  CHECK(IsSubstantive(ChangeClass::kNumber));
  CHECK(IsSubstantive(ChangeClass::kWording));
  CHECK(std::string_view(ChangeClassName(ChangeClass::kPunctuation)) == "punctuation");
  CHECK(std::string_view(ChangeClassName(ChangeClass::kName)) == "name");
}
