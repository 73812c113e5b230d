// Verification: how much two articles' shingle sets overlap, and whether
// that makes them versions of one story.
//
// Two measures, because wire copies differ in two ways:
//   Jaccard     |A ∩ B| / |A ∪ B|: copies of the same length with edits
//               (retitled, a paragraph added, numbers changed);
//   containment |A ∩ B| / min(|A|, |B|): a trimmed copy inside its full
//               version. Half the story has Jaccard 0.5 with the whole but
//               containment 1.
// Containment alone would let a one-paragraph brief join every long article
// that quotes it, so it counts only when the shorter text is at least
// kMinContainedShare of the longer one.
//
// Cost: O(|A| + |B|), a merge of two sorted samples (see fingerprint.h).

#ifndef WIREDESK_DEDUP_SIMILARITY_H_
#define WIREDESK_DEDUP_SIMILARITY_H_

#include "dedup/fingerprint.h"

namespace wiredesk::dedup {

// Measured: different stories on one topic (the seeds 000/004, 001/002)
// stay under Jaccard 0.04 and containment 0.08; over all pairs of different
// stories among the generated versions (five generator seeds), the highest
// were Jaccard 0.21 and containment 0.43 (two short pieces from one site
// sharing its standing paragraph). Copies of one story with names and
// numbers changed, a paragraph dropped and the tail trimmed fall to
// containment 0.7-0.85 with their original.
inline constexpr double kDuplicateJaccard = 0.45;
inline constexpr double kDuplicateContainment = 0.7;
inline constexpr double kMinContainedShare = 0.25;

// Two versions of one story that are not duplicates of each other (each
// edited its own way) still share a good part of their text, while the two
// unrelated briefs a digest reprints share none: the clustering asks for
// this much overlap with a story's members before a version joins it
// (clustering.h).
inline constexpr double kOverlap = 0.25;

struct Similarity {
  double jaccard = 0;
  double containment = 0;
};

// Both measures over the two samples at the coarser of their levels.
// Empty fingerprints are similar to nothing (0, 0).
Similarity Compare(const Fingerprint& a, const Fingerprint& b);

// True when `similarity` between texts of these shingle counts makes them
// versions of one story.
bool IsDuplicate(const Similarity& similarity);

// True when they share at least kOverlap of their text (by either measure).
bool Overlaps(const Similarity& similarity);

}  // namespace wiredesk::dedup

#endif  // WIREDESK_DEDUP_SIMILARITY_H_
