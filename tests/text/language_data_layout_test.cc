#include "text/language_data_layout.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <cstring>
#include <vector>

using wiredesk::text::kLanguageDataMarker;
using wiredesk::text::kPackedLanguageDataMarker;
using wiredesk::text::UnpackLanguageData;

namespace {

using Bytes = std::vector<std::uint8_t>;

void Put32(Bytes& bytes, std::size_t at, std::uint32_t value) {
  for (std::size_t i = 0; i < 4; ++i) bytes[at + i] = static_cast<std::uint8_t>(value >> (8 * i));
}

std::uint32_t Get32(const Bytes& bytes, std::size_t at) {
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < 4; ++i) value |= std::uint32_t{bytes[at + i]} << (8 * i);
  return value;
}

// A CLD2 data file with one table of `words` words whose low 9 bits are a
// subscript into `subscripts` probabilities; words and probabilities are made
// up, numbered in order of first use as CLD2's generator numbers them.
constexpr std::size_t kWordsAt = 256;
Bytes Cld2File(std::uint32_t words, std::uint32_t subscripts) {
  const std::size_t probabilities_at = kWordsAt + 4 * words;
  Bytes bytes(probabilities_at + 4 * subscripts, 0);
  std::memcpy(bytes.data(), kLanguageDataMarker.data(), kLanguageDataMarker.size());
  Put32(bytes, 92, 1);  // one table; its entry follows at 96
  Put32(bytes, 96, subscripts);
  Put32(bytes, 96 + 8, 0xfffffe00u);
  Put32(bytes, 96 + 16, kWordsAt);
  Put32(bytes, 96 + 20, 4 * words);
  Put32(bytes, 96 + 24, static_cast<std::uint32_t>(probabilities_at));
  Put32(bytes, 96 + 28, 4 * subscripts);
  std::uint32_t next = 0;
  for (std::uint32_t i = 0; i < words; ++i) {
    const std::uint32_t subscript = i % 3 == 0 && next < subscripts ? next++ : (i * 7) % (next + 1);
    Put32(bytes, kWordsAt + 4 * i, ((i * 2654435761u) & 0xfffffe00u) | subscript);
  }
  for (std::uint32_t i = 0; i < subscripts; ++i) Put32(bytes, probabilities_at + 4 * i, i * 40503u);
  return bytes;
}

// The layout text/language_data_layout.h describes, written out plainly.
Bytes Packed(Bytes bytes) {
  const std::size_t words = Get32(bytes, 96 + 20) / 4;
  const std::size_t subscripts = Get32(bytes, 96 + 28) / 4;
  if (Get32(bytes, 96) >= 256) {
    std::uint32_t next = 0;
    for (std::size_t i = 0; i < words; ++i) {
      const std::uint32_t word = Get32(bytes, kWordsAt + 4 * i);
      const std::uint32_t subscript = word & 0x1ff;
      Put32(bytes, kWordsAt + 4 * i, (word >> 9) | (((next - subscript) & 0x1ff) << 23));
      next = std::max(next, subscript + 1);
    }
    const auto split = [&bytes](std::size_t start, std::size_t count) {
      const Bytes copy(bytes.begin() + static_cast<std::ptrdiff_t>(start),
                       bytes.begin() + static_cast<std::ptrdiff_t>(start + 4 * count));
      for (std::size_t i = 0; i < 4 * count; ++i) bytes[start + (i % 4) * count + i / 4] = copy[i];
    };
    split(kWordsAt, words);
    split(kWordsAt + 4 * words, subscripts);
  }
  std::memcpy(bytes.data(), kPackedLanguageDataMarker.data(), kPackedLanguageDataMarker.size());
  return bytes;
}

}  // namespace

TEST_CASE("the packed layout of CLD2's tables unpacks to CLD2's own, byte for byte") {
  const Bytes original = Cld2File(1024, 300);
  Bytes bytes = Packed(original);
  REQUIRE(bytes != original);
  CHECK(UnpackLanguageData(bytes).empty());
  CHECK(bytes == original);
}

TEST_CASE("a table of few subscripts is kept as CLD2 lays it out") {
  const Bytes original = Cld2File(64, 40);
  Bytes bytes = Packed(original);
  CHECK(std::equal(bytes.begin() + 16, bytes.end(), original.begin() + 16));
  CHECK(UnpackLanguageData(bytes).empty());
  CHECK(bytes == original);
}

TEST_CASE("language data that is not in the packed layout is refused") {
  Bytes bytes = Cld2File(1024, 300);
  CHECK_FALSE(UnpackLanguageData(bytes).empty());
  Bytes cut = Packed(Cld2File(1024, 300));
  cut.resize(kWordsAt + 64);
  CHECK_FALSE(UnpackLanguageData(cut).empty());
}
