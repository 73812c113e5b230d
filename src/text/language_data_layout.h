// The layout in which the wasm build downloads CLD2's tables (cld2.dat), and
// its undoing into the layout CLD2 reads. The file is CLD2's own data file
// (cld2_dynamic_data.h) with its large hash tables rearranged so that gzip
// finds their regularities: 837 KB gzip in CLD2's layout, about 780 KB in
// this one. The rearrangement loses nothing: unpacking gives back CLD2's file
// byte for byte (scripts/lib/pack-cld2.mjs writes it and checks that).
//
// In CLD2's file, a scoring table is an array of 32-bit words, each a key (the
// bits of its key mask) and a subscript into the table's array of language
// probabilities (the other, low bits). Subscripts are numbered in order of
// first use, so the table below holds, for each word of a table with more
// than 255 subscripts (smaller tables compress best as they are):
//   code = (largest subscript before it + 1 - subscript) mod 2^bits
// which is 0 for every subscript's first use, and the word becomes
//   (key >> bits) | (code << (32 - bits)),
// stored as four byte planes (every word's first byte, then every second
// byte, ...); the table's probability array is stored as byte planes too.
// The 16-byte marker at the start says which layout a file is in.
//
// Cost: one pass over the file, and a copy of the largest table (512 KB).

#ifndef WIREDESK_TEXT_LANGUAGE_DATA_LAYOUT_H_
#define WIREDESK_TEXT_LANGUAGE_DATA_LAYOUT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wiredesk::text {

inline constexpr std::string_view kPackedLanguageDataMarker = "wiredesk_cld2_p1";
inline constexpr std::string_view kLanguageDataMarker = "cld2_data_file00";

// Restores CLD2's layout of `bytes` in place. Returns "" on success, else what
// is wrong with the file (not in the packed layout, or its header points
// outside it); `bytes` is then left as it was or partly restored.
std::string UnpackLanguageData(std::vector<std::uint8_t>& bytes);

}  // namespace wiredesk::text

#endif  // WIREDESK_TEXT_LANGUAGE_DATA_LAYOUT_H_
