// The fingerprint of an article: everything dedup needs to find and verify its
// duplicates, computed in one pass over its folded letters (letters.h).
//
// Shingles are character k-grams of the folded letters (k = kShingleLetters),
// not word n-grams: with spaces gone, "withcountries" and "with countries"
// give the same shingles, and no word segmentation is needed. Each shingle is
// hashed once (a rolling polynomial hash, mixed to 64 bits) and that one hash
// feeds both parts of the fingerprint:
//   - `sketch`: a one-permutation MinHash (Li, Owen & Zhang 2012): the top
//     bits of the hash pick one of kSketchBins bins, the bin keeps its
//     minimum; empty bins (short texts) are filled by rotation densification
//     (Shrivastava & Li 2014). One hash per shingle instead of one per
//     permutation: 128x less hashing than classic MinHash with 128
//     permutations, the cost that dominates the npm `minhash` package.
//     The sketch only feeds LSH banding (lsh_index.h): candidates, never
//     decisions.
//   - `shingles`: the shingle set itself, sorted, as 32-bit hashes, for
//     verification. Long texts keep a content-defined sample (Broder 1997's
//     "mod 2^level" sample: the hashes whose low `level` bits are zero), the
//     same subset in every article, so that two samples compared at the
//     coarser of their levels estimate |A ∩ B|, |A| and |B| without bias.
//     Texts up to kExactShingles distinct shingles (about 1,500 letters) are
//     kept whole; a 3 KB article keeps about 300 hashes (1.2 KB).
//   - `exact`: a hash of all the folded letters, so that identical copies
//     are recognised without any comparison.
//
// Cost: O(bytes) time, O(kSketchBins + kExactShingles) memory per article.
// REQUIRES: well-formed UTF-8 (desk::PrepareContent).

#ifndef WIREDESK_DEDUP_FINGERPRINT_H_
#define WIREDESK_DEDUP_FINGERPRINT_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace wiredesk::dedup {

inline constexpr std::size_t kShingleLetters = 12;
inline constexpr std::size_t kSketchBins = 128;
inline constexpr std::size_t kExactShingles = 512;

struct Fingerprint {
  std::uint64_t exact = 0;              // hash of the folded letters
  std::uint32_t letters = 0;            // how many bytes of folded letters
  std::uint32_t level = 0;              // `shingles` keeps hashes with low `level` bits zero
  std::vector<std::uint32_t> shingles;  // sorted, distinct; empty for texts under k letters
  // kSketchBins values; empty when `shingles` is. Needed only to file the
  // article in an LshIndex: the Desk drops it then (512 bytes an article).
  std::vector<std::uint32_t> sketch;

  bool empty() const { return shingles.empty(); }
};

// The fingerprint of `folded_letters` (the output of FoldedLetters).
Fingerprint FingerprintLetters(std::string_view folded_letters);

// FoldedLetters, then FingerprintLetters.
Fingerprint FingerprintText(std::string_view text);

}  // namespace wiredesk::dedup

#endif  // WIREDESK_DEDUP_FINGERPRINT_H_
