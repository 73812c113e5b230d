#include "extract/mojibake.h"

#include <array>
#include <cstdint>
#include <utility>
#include <vector>

#include "text/utf8.h"

namespace wiredesk::extract {
namespace {

// The characters Windows-1252 puts at bytes 0x80..0x9F, where Latin-1 has
// control codes: a mis-decoded continuation byte shows as one of these.
constexpr std::array<std::pair<char32_t, std::uint8_t>, 27> kWindows1252 = {{
    {0x20AC, 0x80}, {0x201A, 0x82}, {0x0192, 0x83}, {0x201E, 0x84}, {0x2026, 0x85}, {0x2020, 0x86},
    {0x2021, 0x87}, {0x02C6, 0x88}, {0x2030, 0x89}, {0x0160, 0x8A}, {0x2039, 0x8B}, {0x0152, 0x8C},
    {0x017D, 0x8E}, {0x2018, 0x91}, {0x2019, 0x92}, {0x201C, 0x93}, {0x201D, 0x94}, {0x2022, 0x95},
    {0x2013, 0x96}, {0x2014, 0x97}, {0x02DC, 0x98}, {0x2122, 0x99}, {0x0161, 0x9A}, {0x203A, 0x9B},
    {0x0153, 0x9C}, {0x017E, 0x9E}, {0x0178, 0x9F},
}};

struct CodePoint {
  char32_t value;
  std::size_t begin, end;  // its bytes in the text
};

std::vector<CodePoint> Decode(std::string_view text) {
  std::vector<CodePoint> out;
  for (std::size_t at = 0; at < text.size();) {
    const auto lead = static_cast<std::uint8_t>(text[at]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t value = length == 1 ? lead : lead & (0x7F >> length);
    for (std::size_t i = 1; i < length && at + i < text.size(); ++i) {
      value = (value << 6) | (static_cast<std::uint8_t>(text[at + i]) & 0x3F);
    }
    out.push_back({value, at, std::min(at + length, text.size())});
    at += length;
  }
  return out;
}

// The byte a character stands for when text was read as Windows-1252, or
// -1 when no single byte gives it.
int ByteOf(char32_t c) {
  if (c <= 0xFF) return static_cast<int>(c);
  for (const auto& [character, byte] : kWindows1252) {
    if (character == c) return byte;
  }
  return -1;
}

// How many continuation bytes a lead byte asks for (the sequence's validity
// is text::IsValidUtf8's to judge), or 0 when it leads nothing.
std::size_t ContinuationsOf(int lead) {
  if (lead < 0xC2 || lead > 0xF4) return 0;
  return lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
}

// The bytes the run starting at `at` stood for, or "" when it is no run:
// read back through Windows-1252, they must make one valid UTF-8 sequence
// (no overlong forms, no surrogates, nothing past U+10FFFF).
std::string Repaired(const std::vector<CodePoint>& points, std::size_t at) {
  const int lead = points[at].value <= 0xFF ? static_cast<int>(points[at].value) : -1;
  const std::size_t continuations = ContinuationsOf(lead);
  if (continuations == 0 || at + continuations >= points.size()) return {};
  std::string bytes(1, static_cast<char>(lead));
  for (std::size_t i = 1; i <= continuations; ++i) {
    const int byte = ByteOf(points[at + i].value);
    if (byte < 0x80 || byte > 0xBF) return {};
    bytes.push_back(static_cast<char>(byte));
  }
  return text::IsValidUtf8(bytes) ? bytes : std::string();
}

}  // namespace

std::string RepairMojibake(std::string_view text) {
  // Every run starts with a character from U+00C2..U+00F4, all of which
  // UTF-8 writes with the byte 0xC3: most text has none.
  if (text.find('\xC3') == std::string_view::npos) return std::string(text);
  const std::vector<CodePoint> points = Decode(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < points.size();) {
    if (std::string bytes = Repaired(points, at); !bytes.empty()) {
      out += bytes;
      at += bytes.size();
      continue;
    }
    out.append(text.substr(points[at].begin, points[at].end - points[at].begin));
    ++at;
  }
  return out;
}

}  // namespace wiredesk::extract
