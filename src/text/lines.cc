#include "text/lines.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>

namespace wiredesk::text {
namespace {

// Length in bytes of the line break starting at `i`, or 0 if there is none.
std::size_t BreakLength(std::string_view text, std::size_t i) {
  const auto b = static_cast<unsigned char>(text[i]);
  switch (b) {
    case '\n':
    case '\v':
    case '\f':
      return 1;
    case '\r':
      return (i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
    case 0xC2:  // NEL
      return (i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x85) ? 2 : 0;
    case 0xE2:  // U+2028, U+2029
      if (i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
        const auto third = static_cast<unsigned char>(text[i + 2]);
        if (third == 0xA8 || third == 0xA9) return 3;
      }
      return 0;
    default:
      return 0;
  }
}

bool IsSpaceAt(std::string_view text, std::size_t i, std::size_t* length) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  auto at = static_cast<std::int32_t>(i);
  UChar32 c;
  U8_NEXT(s, at, static_cast<std::int32_t>(text.size()), c);
  *length = static_cast<std::size_t>(at) - i;
  return c >= 0 && u_isUWhiteSpace(c);
}

}  // namespace

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t begin = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = BreakLength(text, i);
    if (length == 0) {
      ++i;
      continue;
    }
    lines.push_back({begin, i});
    i += length;
    begin = i;
  }
  if (begin < text.size()) lines.push_back({begin, text.size()});
  return lines;
}

bool IsBlank(std::string_view text) {
  const Line trimmed = Trim(text, {0, text.size()});
  return trimmed.begin == trimmed.end;
}

Line Trim(std::string_view text, Line range) {
  std::size_t length = 0;
  while (range.begin < range.end && IsSpaceAt(text, range.begin, &length)) {
    range.begin += length;
  }
  while (range.end > range.begin) {
    // Step back to the start of the last character.
    std::size_t last = range.end - 1;
    while (last > range.begin && (static_cast<unsigned char>(text[last]) & 0xC0) == 0x80) --last;
    if (!IsSpaceAt(text, last, &length)) break;
    range.end = last;
  }
  return range;
}

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 0;
    if (IsSpaceAt(text, i, &length)) {
      pending_space = !out.empty();
      i += length;
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.append(text.substr(i, length));
    i += length;
  }
  return out;
}

}  // namespace wiredesk::text
