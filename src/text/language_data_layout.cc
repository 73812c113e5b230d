#include "text/language_data_layout.h"

#include <algorithm>
#include <bitset>
#include <cstddef>
#include <cstring>

namespace wiredesk::text {
namespace {

// Where CLD2's header (cld2_dynamic_data.h) keeps the number of tables, and
// where each table's 40-byte entry puts the fields read here.
constexpr std::size_t kTableCountAt = 92;
constexpr std::size_t kTablesAt = 96;
constexpr std::size_t kTableEntryBytes = 40;
constexpr std::size_t kSubscriptCountAt = 0;
constexpr std::size_t kKeyMaskAt = 8;
constexpr std::size_t kWordsAt = 16;
constexpr std::size_t kProbabilitiesAt = 24;
constexpr std::uint32_t kFewestSubscriptsPacked = 256;

std::uint32_t Read32(const std::vector<std::uint8_t>& bytes, std::size_t at) {
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < 4; ++i) value |= std::uint32_t{bytes[at + i]} << (8 * i);
  return value;
}

void Write32(std::vector<std::uint8_t>& bytes, std::size_t at, std::uint32_t value) {
  for (std::size_t i = 0; i < 4; ++i) bytes[at + i] = static_cast<std::uint8_t>(value >> (8 * i));
}

// Gathers the four byte planes of [start, start + length) back into words.
void JoinPlanes(std::vector<std::uint8_t>& bytes, std::size_t start, std::size_t length) {
  const std::size_t words = length / 4;
  const std::vector<std::uint8_t> planes(
      bytes.begin() + static_cast<std::ptrdiff_t>(start),
      bytes.begin() + static_cast<std::ptrdiff_t>(start + length));
  for (std::size_t i = 0; i < words; ++i) {
    for (std::size_t plane = 0; plane < 4; ++plane) {
      bytes[start + 4 * i + plane] = planes[plane * words + i];
    }
  }
}

// How many low bits of a table's words hold the subscript: those outside the
// key mask, which must be the low ones (and some, and not all).
int SubscriptBits(std::uint32_t key_mask) {
  const std::uint32_t low = ~key_mask;
  if (low == 0 || (low & (low + 1)) != 0 || key_mask == 0) return 0;
  return static_cast<int>(std::bitset<32>(low).count());
}

void UnpackWords(std::vector<std::uint8_t>& bytes, std::size_t start, std::size_t length,
                 std::uint32_t key_mask) {
  const int bits = SubscriptBits(key_mask);
  const std::uint32_t low = ~key_mask;
  JoinPlanes(bytes, start, length);
  std::uint32_t next = 0;  // the largest subscript so far, plus one
  for (std::size_t at = start; at < start + length; at += 4) {
    const std::uint32_t packed = Read32(bytes, at);
    const std::uint32_t subscript = (next - (packed >> (32 - bits))) & low;
    Write32(bytes, at, (packed << bits) | subscript);
    next = std::max(next, subscript + 1);
  }
}

}  // namespace

std::string UnpackLanguageData(std::vector<std::uint8_t>& bytes) {
  const auto* begin = reinterpret_cast<const char*>(bytes.data());
  if (bytes.size() < kTablesAt ||
      std::string_view(begin, kPackedLanguageDataMarker.size()) != kPackedLanguageDataMarker) {
    return "not the language detector's data (cld2.dat)";
  }
  const std::uint32_t tables = Read32(bytes, kTableCountAt);
  if (tables > (bytes.size() - kTablesAt) / kTableEntryBytes) return "cld2.dat: bad header";
  for (std::uint32_t t = 0; t < tables; ++t) {
    const std::size_t entry = kTablesAt + t * kTableEntryBytes;
    const std::uint32_t key_mask = Read32(bytes, entry + kKeyMaskAt);
    const std::size_t words_at = Read32(bytes, entry + kWordsAt);
    const std::size_t words_length = Read32(bytes, entry + kWordsAt + 4);
    const std::size_t probabilities_at = Read32(bytes, entry + kProbabilitiesAt);
    const std::size_t probabilities_length = Read32(bytes, entry + kProbabilitiesAt + 4);
    if (Read32(bytes, entry + kSubscriptCountAt) < kFewestSubscriptsPacked) continue;
    const bool fits = words_at + words_length <= bytes.size() && words_length % 4 == 0 &&
                      probabilities_at + probabilities_length <= bytes.size() &&
                      probabilities_length % 4 == 0 && SubscriptBits(key_mask) > 0;
    if (!fits) return "cld2.dat: bad header";
    UnpackWords(bytes, words_at, words_length, key_mask);
    JoinPlanes(bytes, probabilities_at, probabilities_length);
  }
  std::memcpy(bytes.data(), kLanguageDataMarker.data(), kLanguageDataMarker.size());
  return {};
}

}  // namespace wiredesk::text
