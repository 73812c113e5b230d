#include "extract/display_columns.h"

#include <cstdint>

namespace wiredesk::extract {
namespace {

// The code point starting at `at`; `length` gets its byte count.
char32_t Decode(std::string_view text, std::size_t at, std::size_t& length) {
  const auto lead = static_cast<unsigned char>(text[at]);
  length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  if (at + length > text.size()) {
    length = 1;
    return 0xFFFD;
  }
  if (length == 1) return lead;
  char32_t c = lead & (0xFF >> (length + 1));
  for (std::size_t i = 1; i < length; ++i)
    c = (c << 6) | (static_cast<unsigned char>(text[at + i]) & 0x3F);
  return c;
}

// UAX #11 wide (W) and fullwidth (F) ranges, as wcwidth() tables group them.
bool IsWide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
         (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

// Combining marks that add no column: diacritics a decomposed text carries.
bool IsZeroWidth(char32_t c) {
  return (c >= 0x0300 && c <= 0x036F) || c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF;
}

// Columns with each wide character counted `wide`.
std::size_t Columns(std::string_view text, std::size_t wide) {
  std::size_t columns = 0;
  std::size_t length = 0;
  for (std::size_t at = 0; at < text.size(); at += length) {
    const char32_t c = Decode(text, at, length);
    columns += IsZeroWidth(c) ? 0 : IsWide(c) ? wide : 1;
  }
  return columns;
}

}  // namespace

std::size_t DisplayColumns(std::string_view text) { return Columns(text, 2); }

std::size_t ContentColumns(std::string_view text) { return Columns(text, 3); }

bool StartsWide(std::string_view text) {
  std::size_t length = 0;
  return !text.empty() && IsWide(Decode(text, 0, length));
}

bool EndsWide(std::string_view text) {
  if (text.empty()) return false;
  std::size_t at = text.size() - 1;
  while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  std::size_t length = 0;
  return IsWide(Decode(text, at, length));
}

}  // namespace wiredesk::extract
