// The width of text on a terminal or in a text-mode browser's dump, in
// columns: East Asian wide and fullwidth characters (CJK ideographs, kana,
// Hangul, fullwidth forms) take two, combining marks none, others one, as
// wcwidth() and Unicode's East Asian Width (UAX #11) have it.
//
// A page dumped at 100 columns holds about 50 Japanese characters a line:
// re-flowing a dump needs its lines' widths, not their lengths.
//
// How much a paragraph says is another measure (ContentColumns): a Chinese
// or Japanese word is one or two characters, four columns, where an English
// word takes about six, so a wide character counts three there.
//
// REQUIRES: well-formed UTF-8. Cost: linear in the text, no allocation.

#ifndef WIREDESK_EXTRACT_DISPLAY_COLUMNS_H_
#define WIREDESK_EXTRACT_DISPLAY_COLUMNS_H_

#include <cstddef>
#include <string_view>

namespace wiredesk::extract {

// Columns `text` takes when displayed.
std::size_t DisplayColumns(std::string_view text);

// The columns an English text saying as much as `text` would take: its
// display columns with each wide character counted three.
std::size_t ContentColumns(std::string_view text);

// Whether the first (last) character of `text` is a wide one; false for "".
bool StartsWide(std::string_view text);
bool EndsWide(std::string_view text);

}  // namespace wiredesk::extract

#endif  // WIREDESK_EXTRACT_DISPLAY_COLUMNS_H_
