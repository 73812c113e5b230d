// Unicode normalisation, case folding and the diacritic-free matching key.
//
// Copies of one story differ in how they spell the same words: composed or
// decomposed accents, full-width digits, ligatures, capitals in headlines,
// names with and without Vietnamese diacritics. These functions map such
// variants onto one form so that later stages compare like with like.
//
//   Nfkc("ﬁnal ２０２４")        == "final 2024"
//   FoldCase("VIỆT NAM")         == "việt nam"
//   MatchKey("Vũ Lê Thái Hoàng") == MatchKey("VU LE THAI HOANG") == "vu le thai hoang"
//
// All functions take and return UTF-8. REQUIRES: well-formed UTF-8 (see
// utf8.h). Cost: linear in the input; each call converts to UTF-16 and back.

#ifndef WIREDESK_TEXT_NORMALIZE_H_
#define WIREDESK_TEXT_NORMALIZE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace wiredesk::text {

// Unicode compatibility composition (NFKC).
std::string Nfkc(std::string_view text);

// Full Unicode case folding (not lower-casing: "Straße" folds to "strasse").
// Diacritics are kept: in Vietnamese "mà" and "ma" are different words.
std::string FoldCase(std::string_view text);

// The key two spellings of one name share: NFKC, case folded, combining marks
// removed, and letters whose stroke or slash is not a combining mark mapped
// to their base letter ("đ" -> "d", "ø" -> "o", "ł" -> "l").
std::string MatchKey(std::string_view text);

// `text` with A-Z lower-cased and every other byte kept: for markup names,
// class names and English phrase lists, where Unicode folding isn't needed.
std::string LowerAscii(std::string_view text);

// True when `text` has capital letters and none of them is lower case
// ("HÀ NỘI"). Letters of scripts without case (Han, Thai) are neither: a
// Chinese sentence is not "in capitals".
bool IsUpperCase(std::string_view text);

// The number of Unicode code points in `text`: line widths as a reader counts them.
std::size_t CodePointCount(std::string_view text);

}  // namespace wiredesk::text

#endif  // WIREDESK_TEXT_NORMALIZE_H_
