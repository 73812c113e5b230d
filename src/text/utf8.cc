#include "text/utf8.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

namespace wiredesk::text {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

}  // namespace

Utf8Repair RepairUtf8(std::string_view bytes) {
  if (bytes.substr(0, kByteOrderMark.size()) == kByteOrderMark) {
    bytes.remove_prefix(kByteOrderMark.size());
  }
  Utf8Repair out;
  out.text.reserve(bytes.size());
  const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const auto length = static_cast<std::int32_t>(bytes.size());
  std::int32_t i = 0;
  while (i < length) {
    // ASCII runs are the common case; copy them without decoding.
    std::int32_t run = i;
    while (run < length && s[run] < 0x80) ++run;
    if (run > i) {
      out.text.append(bytes.data() + i, static_cast<std::size_t>(run - i));
      i = run;
      continue;
    }
    const std::int32_t start = i;
    UChar32 c;
    // U8_NEXT consumes one maximal subpart of an ill-formed sequence and
    // yields a negative value for it (surrogates included).
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      out.text.append(kReplacement);
      ++out.replaced;
    } else {
      out.text.append(bytes.data() + start, static_cast<std::size_t>(i - start));
    }
  }
  return out;
}

bool IsValidUtf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const auto length = static_cast<std::int32_t>(bytes.size());
  std::int32_t i = 0;
  while (i < length) {
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

bool LooksBinary(std::string_view bytes) {
  if (bytes.find('\0') != std::string_view::npos) return true;
  const std::string_view head = bytes.substr(0, 4096);
  const auto controls = std::count_if(head.begin(), head.end(), [](char ch) {
    const auto b = static_cast<unsigned char>(ch);
    return b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r';
  });
  return controls * 10 > static_cast<std::ptrdiff_t>(head.size());
}

}  // namespace wiredesk::text
