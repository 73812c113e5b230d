// LSH banding over one-permutation MinHash sketches: which articles are worth
// verifying against a new one.
//
// The sketch's kSketchBins bins are cut into kBands bands of kRowsPerBand
// rows; two articles are candidates when all rows of some band agree. With
// Jaccard s the chance of that is 1 - (1 - s^r)^b (Leskovec, Rajaraman &
// Ullman, "Mining of Massive Datasets", ch. 3.4). For r = 2, b = 64:
//   s = 0.4  (a trimmed copy, 40% of its full version) -> 0.99999
//   s = 0.2                                            -> 0.93
//   s = 0.02 (same topic, other event)                 -> 0.025
//   s = 0.002 (unrelated news)                         -> 0.0003
// Trimmed copies sit near s = 0.4, where a band of three rows is a long
// shot: with r = 3, b = 42 (0.94 there in theory) pair recall on the
// generated versions was 0.971 against 0.978 with r = 2, until copies were
// compared with their uncertain cuts (extract::MatchText) and clustered by
// overlap; both now give 0.993-1.0, and r = 2 keeps the margin. Candidates
// are ranked by bands shared before verification, so the extra ones cost a
// bucket walk, not a comparison.
//
// Buckets are singly linked lists threaded through one array (newest first)
// under an open-addressing table of 32-bit band hashes: about 20 bytes per
// article and band, no allocation per bucket. Two bands with the same 32-bit
// hash (a few thousand pairs among 100,000 articles' 6.4 million bands)
// share a bucket: extra candidates, which verification rejects. A query walks at most
// kMaxBucketWalk entries of each bucket, so 10,000 copies of one text cost 10,000 short walks, not
// 10^8, and a band of stock phrases every article shares ("said on Tuesday") costs no more than a
// rare one. A true version shares about ten bands (s = 0.4), most of them rare, so the cap does not
// hide it. Removed articles stay in the lists and are skipped by the caller's `live` test (the Desk
// removes rarely; a rebuild would cost more than the skips).
//
// Not thread-safe. Copyable (plain vectors).

#ifndef WIREDESK_DEDUP_LSH_INDEX_H_
#define WIREDESK_DEDUP_LSH_INDEX_H_

#include <cstdint>
#include <vector>

#include "dedup/fingerprint.h"

namespace wiredesk::dedup {

inline constexpr std::size_t kRowsPerBand = 2;
inline constexpr std::size_t kBands = kSketchBins / kRowsPerBand;  // 64
inline constexpr std::size_t kMaxBucketWalk = 48;

struct Candidate {
  std::uint32_t article = 0;
  std::uint32_t bands = 0;  // how many bands agree: a rough similarity
};

class LshIndex {
 public:
  // Files `article` (a caller's index) under its bands. REQUIRES: not empty,
  // with its sketch.
  void Insert(std::uint32_t article, const Fingerprint& fingerprint);

  // The articles sharing a band with `fingerprint`, most shared bands first
  // (then lowest index), at most `limit`.
  std::vector<Candidate> Query(const Fingerprint& fingerprint, std::size_t limit) const;

  // The key `fingerprint` is filed under in band `band` (< kBands): what a
  // batch job shuffles on to find the same candidates as Query. Never 0.
  // REQUIRES: a sketch.
  static std::uint32_t BandTag(const Fingerprint& fingerprint, std::size_t band);

 private:
  struct Slot {
    std::uint32_t tag = 0;   // high half of the band key; 0: free
    std::uint32_t head = 0;  // 1 + index into nodes_
  };
  struct Node {
    std::uint32_t article;
    std::uint32_t next;  // 1 + index into nodes_, 0 at the end
  };
  std::size_t Find(std::uint32_t tag) const;
  void Grow();

  std::vector<Slot> slots_;
  std::vector<Node> nodes_;
  std::size_t used_ = 0;
};

}  // namespace wiredesk::dedup

#endif  // WIREDESK_DEDUP_LSH_INDEX_H_
