// UTF-8 validation and repair for untrusted input.
//
// Articles arrive from files, pastes and feeds in whatever state they were
// saved. Everything past this point in Wiredesk assumes well-formed UTF-8, so
// every input goes through `RepairUtf8` once, at the boundary.
//
//   Utf8Repair r = RepairUtf8(bytes);
//   if (r.replaced > 0) warn(r.replaced, "bytes were not UTF-8");
//   use(r.text);
//
// Cost: one linear pass; no allocation beyond the output string.

#ifndef WIREDESK_TEXT_UTF8_H_
#define WIREDESK_TEXT_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace wiredesk::text {

struct Utf8Repair {
  std::string text;          // well-formed UTF-8
  std::size_t replaced = 0;  // ill-formed sequences turned into U+FFFD
};

// Copies `bytes`, replacing each maximal ill-formed subsequence (stray
// continuation bytes, truncated sequences, overlongs, encoded surrogates,
// values past U+10FFFF) with U+FFFD, as the Unicode Standard recommends and
// browsers' TextDecoder do. A leading byte-order mark is dropped.
Utf8Repair RepairUtf8(std::string_view bytes);

// True when `bytes` is well-formed UTF-8 (no repair needed).
bool IsValidUtf8(std::string_view bytes);

// True when `bytes` look like a binary file rather than text: a NUL byte, or
// more than 1 in 10 of the first 4 KB being control characters other than
// tab, line feed, form feed and carriage return.
bool LooksBinary(std::string_view bytes);

}  // namespace wiredesk::text

#endif  // WIREDESK_TEXT_UTF8_H_
