#include "desk/record_pack.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>

namespace {

using wiredesk::desk::SplitPack;

std::string Sized(std::string_view record) {
  std::string bytes;
  for (int i = 0; i < 4; ++i) bytes.push_back(static_cast<char>(record.size() >> (8 * i)));
  return bytes.append(record);
}

TEST_CASE("a record pack splits into its records in order, an empty one included") {
  const std::string bytes = Sized("first") + Sized("") + Sized(std::string(300, 'x'));
  const auto pack = SplitPack(bytes);
  CHECK_FALSE(pack.cut_short);
  REQUIRE(pack.records.size() == 3);
  CHECK(pack.records[0] == "first");
  CHECK(pack.records[1].empty());
  CHECK(pack.records[2] == std::string(300, 'x'));
}

TEST_CASE("a record pack cut inside a size or a record keeps the records before the cut") {
  const std::string whole = Sized("first") + Sized("second");
  for (const std::size_t cut : {whole.size() - 1, std::size_t{9} + 2}) {
    const auto pack = SplitPack(std::string_view(whole).substr(0, cut));
    CHECK(pack.cut_short);
    REQUIRE(pack.records.size() == 1);
    CHECK(pack.records[0] == "first");
  }
  CHECK(SplitPack("").records.empty());
  CHECK_FALSE(SplitPack("").cut_short);
}

}  // namespace
