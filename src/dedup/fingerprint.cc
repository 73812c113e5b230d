#include "dedup/fingerprint.h"

#include <algorithm>
#include <array>
#include <limits>
#include <utility>

#include "dedup/letters.h"
#include "text/hash.h"

namespace wiredesk::dedup {
namespace {

constexpr std::uint64_t kBase = 0x100000001b3ULL;  // odd: the rolling hash is invertible

std::uint64_t Power(std::uint64_t base, std::size_t exponent) {
  std::uint64_t result = 1;
  while (exponent-- > 0) result *= base;
  return result;
}

// Rotation densification: an empty bin borrows the value of the next
// non-empty bin to its right, offset by the distance, so that two texts with
// the same shingles fill their empty bins the same way.
void Densify(std::array<std::uint32_t, kSketchBins>& sketch) {
  // A bin still at the maximum saw no shingle (or one hashing to it exactly:
  // odds 2^-32 per bin, and the same for every copy of the text).
  std::array<bool, kSketchBins> filled{};
  for (std::size_t bin = 0; bin < kSketchBins; ++bin)
    filled[bin] = sketch[bin] != std::numeric_limits<std::uint32_t>::max();
  for (std::size_t bin = 0; bin < kSketchBins; ++bin) {
    if (filled[bin]) continue;
    for (std::size_t distance = 1; distance < kSketchBins; ++distance) {
      const std::size_t from = (bin + distance) % kSketchBins;
      if (filled[from]) {
        sketch[bin] = static_cast<std::uint32_t>(
            text::Mix64(sketch[from] + distance * 0x9E3779B97F4A7C15ULL));
        break;
      }
    }
  }
}

// Sorts and deduplicates 32-bit hashes: LSD radix sort, four passes of a
// byte, for the few hundred a 3 KB article keeps (std::sort's comparisons
// were a tenth of dedup's time at 100,000 articles; wider digits spent more
// on their counters than on the hashes).
void SortDistinct(std::vector<std::uint32_t>& hashes) {
  if (hashes.size() < 64) {
    std::sort(hashes.begin(), hashes.end());
  } else {
    thread_local std::vector<std::uint32_t> buffer;
    buffer.resize(hashes.size());
    std::uint32_t* from = hashes.data();
    std::uint32_t* to = buffer.data();
    for (const int shift : {0, 8, 16, 24}) {
      std::array<std::uint32_t, 256> count{};
      for (std::size_t i = 0; i < hashes.size(); ++i) ++count[(from[i] >> shift) & 255];
      std::uint32_t total = 0;
      for (std::uint32_t& c : count) total += std::exchange(c, total);
      for (std::size_t i = 0; i < hashes.size(); ++i)
        to[count[(from[i] >> shift) & 255]++] = from[i];
      std::swap(from, to);
    }
    // An even number of passes: the sorted hashes are back in `hashes`.
  }
  hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
}

// The sample's level is the smallest at which at most kExactShingles
// distinct hashes remain: a function of the shingle set alone, raised on
// the way so that a 5 MB text never holds more than a few thousand.
// Sampling starts at the level the shingle count calls for, so that a 3 KB
// text sorts a few hundred hashes, not three thousand (measured: the sort
// was half the cost); a repetitive text that keeps too few starts again
// from level 0. A `start_level` of 0 or more is taken as given.
// REQUIRES: letters >= kShingleLetters.
std::uint32_t StartLevel(std::size_t letters, int start_level) {
  if (start_level >= 0) return static_cast<std::uint32_t>(start_level);
  std::uint32_t level = 0;
  while (((letters - kShingleLetters + 1) >> level) > kExactShingles) ++level;
  return level;
}

// What the letter leaving the window takes out of the rolling hash, per byte.
std::array<std::uint64_t, 256> DropTable() {
  std::array<std::uint64_t, 256> drop;
  const std::uint64_t power = Power(kBase, kShingleLetters - 1);
  for (std::size_t b = 0; b < 256; ++b) drop[b] = (b + 1) * power;
  return drop;
}

Fingerprint Sketch(std::string_view letters, int start_level) {
  Fingerprint fingerprint;
  fingerprint.exact = text::HashBytes(letters);
  fingerprint.letters =
      static_cast<std::uint32_t>(std::min<std::size_t>(letters.size(), 0xFFFFFFFFu));
  if (letters.size() < kShingleLetters) return fingerprint;

  std::uint32_t level = StartLevel(letters.size(), start_level);
  const std::uint32_t first_level = level;
  std::uint64_t sample_mask = (std::uint64_t{1} << level) - 1;
  std::vector<std::uint32_t>& kept = fingerprint.shingles;
  const auto compact = [&](std::size_t limit) {
    SortDistinct(kept);
    while (kept.size() > limit) {
      ++level;
      sample_mask = (std::uint64_t{1} << level) - 1;
      kept.erase(std::remove_if(kept.begin(), kept.end(),
                                [&](std::uint32_t h) { return (h & sample_mask) != 0; }),
                 kept.end());
    }
  };
  // Sampled hashes go to a fixed buffer, written every letter and kept when
  // sampled: branch-free, where a branch taken one letter in eight
  // mispredicted. Full at kBuffered, it is compacted into `kept`.
  constexpr std::size_t kBuffered = 8 * kExactShingles;
  thread_local std::array<std::uint32_t, kBuffered + 1> buffer;
  std::size_t buffered = 0;
  const auto flush = [&] {
    for (std::size_t b = 0; b < buffered; ++b) {
      if ((buffer[b] & sample_mask) == 0) kept.push_back(buffer[b]);  // the level may have risen
    }
    buffered = 0;
  };
  kept.reserve(
      std::min<std::size_t>((letters.size() >> level) + 16, 2 * kExactShingles + kBuffered));

  std::array<std::uint32_t, kSketchBins> sketch;
  sketch.fill(std::numeric_limits<std::uint32_t>::max());

  const std::array<std::uint64_t, 256> drop = DropTable();
  std::uint64_t rolling = 0;
  const auto* bytes = reinterpret_cast<const unsigned char*>(letters.data());
  for (std::size_t i = 0; i < kShingleLetters - 1; ++i) rolling = rolling * kBase + bytes[i] + 1;
  for (std::size_t i = kShingleLetters - 1; i < letters.size(); ++i) {
    rolling = rolling * kBase + bytes[i] + 1;
    const std::uint64_t hash = text::Mix64(rolling);
    const std::size_t bin = hash >> 57;  // top 7 bits: 128 bins
    const auto value = static_cast<std::uint32_t>(hash >> 25);
    sketch[bin] = std::min(sketch[bin], value);  // branch-free: the branch mispredicts
    buffer[buffered] = static_cast<std::uint32_t>(hash);
    buffered += (hash & sample_mask) == 0;
    if (buffered == kBuffered) {
      flush();
      compact(2 * kExactShingles);
    }
    rolling -= drop[bytes[i - kShingleLetters + 1]];
  }
  flush();
  compact(kExactShingles);
  fingerprint.level = level;
  kept.shrink_to_fit();
  Densify(sketch);
  fingerprint.sketch.assign(sketch.begin(), sketch.end());
  if (first_level > 0 && kept.size() < kExactShingles / 8) return Sketch(letters, 0);
  return fingerprint;
}

}  // namespace

Fingerprint FingerprintLetters(std::string_view letters) { return Sketch(letters, -1); }

Fingerprint FingerprintText(std::string_view text) {
  return FingerprintLetters(FoldedLetters(text));
}

}  // namespace wiredesk::dedup
