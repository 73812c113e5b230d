#include "dedup/similarity.h"

#include <algorithm>
#include <cstdint>

namespace wiredesk::dedup {

Similarity Compare(const Fingerprint& a, const Fingerprint& b) {
  if (a.empty() || b.empty()) return {};
  const std::uint32_t level = std::max(a.level, b.level);
  const std::uint32_t mask = level >= 32 ? 0xFFFFFFFFu : (std::uint32_t{1} << level) - 1;
  std::size_t size_a = 0, size_b = 0, shared = 0;
  auto i = a.shingles.begin(), j = b.shingles.begin();
  const auto skip = [mask](auto& it, auto end) {
    while (it != end && (*it & mask) != 0) ++it;
  };
  skip(i, a.shingles.end());
  skip(j, b.shingles.end());
  while (i != a.shingles.end() && j != b.shingles.end()) {
    if (*i < *j) {
      ++size_a, ++i;
      skip(i, a.shingles.end());
    } else if (*j < *i) {
      ++size_b, ++j;
      skip(j, b.shingles.end());
    } else {
      ++size_a, ++size_b, ++shared, ++i, ++j;
      skip(i, a.shingles.end());
      skip(j, b.shingles.end());
    }
  }
  for (; i != a.shingles.end(); ++i) size_a += (*i & mask) == 0;
  for (; j != b.shingles.end(); ++j) size_b += (*j & mask) == 0;
  if (size_a == 0 || size_b == 0) return {};
  Similarity similarity;
  similarity.jaccard = static_cast<double>(shared) / static_cast<double>(size_a + size_b - shared);
  const std::size_t smaller = std::min(size_a, size_b), larger = std::max(size_a, size_b);
  if (static_cast<double>(smaller) >= kMinContainedShare * static_cast<double>(larger)) {
    similarity.containment = static_cast<double>(shared) / static_cast<double>(smaller);
  }
  return similarity;
}

bool IsDuplicate(const Similarity& similarity) {
  return similarity.jaccard >= kDuplicateJaccard || similarity.containment >= kDuplicateContainment;
}

bool Overlaps(const Similarity& similarity) {
  return similarity.jaccard >= kOverlap || similarity.containment >= kOverlap;
}

}  // namespace wiredesk::dedup
