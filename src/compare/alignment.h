// Sentence alignment of two versions of a story.
//
// Which sentence of the left version became which sentence of the right one,
// found the way a reader would: by how much text two sentences share, not by
// where they stand.
//   1. Each sentence gets a matching key: its text case folded, without
//      diacritics (text::MatchKey), white space or punctuation, so that
//      "withcountries" and "with Countries," give the same key; and the
//      multiset of the key's 5-byte shingles.
//   2. Candidate pairs: sentences with equal keys, then, for the rest, the
//      right sentences sharing the most shingles with a left one (an
//      inverted index; shingles common to many sentences are skipped), kept
//      when the Dice coefficient of their shingles reaches kMinSimilarity.
//   3. The monotone alignment is the heaviest chain of candidates increasing
//      on both sides (weighted longest increasing subsequence, O(P log P)
//      with a Fenwick tree of maxima), as in sentence aligners for parallel
//      text (Gale & Church 1993) but over fuzzy matches instead of lengths.
//   4. Candidates left off the chain whose two sentences are both still
//      unmatched and alike (kMinMoveSimilarity) are moves, best first.
//   5. A sentence split in two, or two merged, is found by growing each
//      aligned pair with an unmatched neighbour while that makes the pair
//      more alike; a paragraph split or merged changes nothing here, since
//      sentences are aligned whatever paragraph holds them.
//
// Scores are integers (Dice x 10000), so both builds break ties the same way.
// Cost: O(S log S + K) for S sentences and K shingle postings visited.

#ifndef WIREDESK_COMPARE_ALIGNMENT_H_
#define WIREDESK_COMPARE_ALIGNMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wiredesk::compare {

inline constexpr int kMinSimilarity = 5000;      // Dice x 10000 for a changed sentence
inline constexpr int kMinMoveSimilarity = 6000;  // for a sentence moved elsewhere

// A sentence prepared for matching.
struct SentenceKey {
  std::string key;         // folded, without space or punctuation (the text
                           // itself when that leaves nothing: see text_only)
  bool text_only = false;  // no letter or digit: matched by equal text only
  std::uint64_t hash = 0;  // of `key`: equal keys are found by it
  // The sorted shingles of `key`, filled by Shingles() on first use: most
  // sentences have an equal on the other side and never need them.
  mutable std::vector<std::uint64_t> grams;
  mutable bool has_grams = false;
};

SentenceKey KeyOf(std::string_view sentence);

// The 5-byte shingles of the key, sorted (empty for text_only keys). Not
// thread-safe for one key: it fills the cache.
const std::vector<std::uint64_t>& Shingles(const SentenceKey& key);

// Pieces of the alignment: sentences [left_begin, left_end) of the left side
// correspond to [right_begin, right_end) of the right side. Ranges hold more
// than one sentence when a sentence was split or merged.
struct Link {
  int left_begin = 0, left_end = 0;
  int right_begin = 0, right_end = 0;
  int similarity = 0;  // Dice x 10000 of the two ranges' shingles
  bool moved = false;  // off the monotone chain
};

// The links in the left side's order. Sentences in no link were removed
// (left) or added (right).
std::vector<Link> AlignSentences(const std::vector<SentenceKey>& left,
                                 const std::vector<SentenceKey>& right);

// Dice x 10000 of two sorted shingle multisets.
int Similarity(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

}  // namespace wiredesk::compare

#endif  // WIREDESK_COMPARE_ALIGNMENT_H_
