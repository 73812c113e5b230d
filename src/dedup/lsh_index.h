// LSH banding over one-permutation MinHash sketches: which articles are worth
// verifying against a new one.
//
// The sketch's kSketchBins bins are cut into kBands bands of kRowsPerBand
// rows; two articles are candidates when all rows of some band agree. With
// Jaccard s the chance of that is 1 - (1 - s^r)^b (Leskovec, Rajaraman &
// Ullman, "Mining of Massive Datasets", ch. 3.4). For r = 3, b = 42:
//   s = 0.5  (half of a story, trimmed)  -> 0.996
//   s = 0.4                               -> 0.94
//   s = 0.05 (same topic, other event)    -> 0.005
// so trimmed copies are found and unrelated articles almost never compared.
//
// Buckets are singly linked lists threaded through one array (newest first)
// under an open-addressing table: 12 bytes per article and band, no
// allocation per bucket. A query walks at most kMaxBucketWalk entries of each
// bucket, so 10,000 copies of one text cost 10,000 short walks, not 10^8.
// Removed articles stay in the lists and are skipped by the caller's `live`
// test (the Desk removes rarely; a rebuild would cost more than the skips).
//
// Not thread-safe. Copyable (plain vectors).

#ifndef WIREDESK_DEDUP_LSH_INDEX_H_
#define WIREDESK_DEDUP_LSH_INDEX_H_

#include <cstdint>
#include <vector>

#include "dedup/fingerprint.h"

namespace wiredesk::dedup {

inline constexpr std::size_t kRowsPerBand = 3;
inline constexpr std::size_t kBands = kSketchBins / kRowsPerBand;  // 42
inline constexpr std::size_t kMaxBucketWalk = 200;

struct Candidate {
  std::uint32_t article = 0;
  std::uint32_t bands = 0;  // how many bands agree: a rough similarity
};

class LshIndex {
 public:
  // Files `article` (a caller's index) under its bands. REQUIRES: not empty.
  void Insert(std::uint32_t article, const Fingerprint& fingerprint);

  // The articles sharing a band with `fingerprint`, most shared bands first
  // (then lowest index), at most `limit`.
  std::vector<Candidate> Query(const Fingerprint& fingerprint, std::size_t limit) const;

 private:
  struct Slot {
    std::uint64_t key = 0;  // 0: free
    std::uint32_t head = 0;  // 1 + index into nodes_
  };
  struct Node {
    std::uint32_t article;
    std::uint32_t next;  // 1 + index into nodes_, 0 at the end
  };
  static std::uint64_t BandKey(const Fingerprint& fingerprint, std::size_t band);
  std::size_t Find(std::uint64_t key) const;
  void Grow();

  std::vector<Slot> slots_;
  std::vector<Node> nodes_;
  std::size_t used_ = 0;
};

}  // namespace wiredesk::dedup

#endif  // WIREDESK_DEDUP_LSH_INDEX_H_
