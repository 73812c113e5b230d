#include "dedup/lsh_index.h"

#include <algorithm>

#include "text/hash.h"

namespace wiredesk::dedup {

std::uint32_t LshIndex::BandTag(const Fingerprint& fingerprint, std::size_t band) {
  std::uint64_t key = text::Mix64(band + 1);
  for (std::size_t row = 0; row < kRowsPerBand; ++row) {
    key = text::Mix64(key ^ fingerprint.sketch[band * kRowsPerBand + row]);
  }
  const auto tag = static_cast<std::uint32_t>(key >> 32);
  return tag == 0 ? 1 : tag;  // never 0, the free mark
}

std::size_t LshIndex::Find(std::uint32_t tag) const {
  const std::size_t mask = slots_.size() - 1;
  std::size_t at = static_cast<std::size_t>(tag) & mask;
  while (slots_[at].tag != 0 && slots_[at].tag != tag) at = (at + 1) & mask;
  return at;
}

void LshIndex::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
  for (const Slot& slot : old) {
    if (slot.tag != 0) slots_[Find(slot.tag)] = slot;
  }
}

void LshIndex::Insert(std::uint32_t article, const Fingerprint& fingerprint) {
  for (std::size_t band = 0; band < kBands; ++band) {
    if ((used_ + 1) * 10 > slots_.size() * 7) Grow();
    const std::uint32_t tag = BandTag(fingerprint, band);
    Slot& slot = slots_[Find(tag)];
    if (slot.tag == 0) {
      slot.tag = tag;
      ++used_;
    }
    nodes_.push_back({article, slot.head});
    slot.head = static_cast<std::uint32_t>(nodes_.size());
  }
}

std::vector<Candidate> LshIndex::Query(const Fingerprint& fingerprint, std::size_t limit) const {
  if (slots_.empty()) return {};
  // Bands met per article, counted in a small open-addressing table (key:
  // 1 + article): sorting every bucket entry met was a tenth of the adds,
  // since stock phrases fill buckets to the walk cap.
  constexpr std::size_t kTable = 8192;  // at least twice the entries a query can meet
  static_assert(kTable >= 2 * kBands * kMaxBucketWalk);
  thread_local std::vector<std::uint64_t> table(kTable, 0);  // (1 + article) << 32 | bands
  std::vector<std::uint32_t> used;
  for (std::size_t band = 0; band < kBands; ++band) {
    const Slot& slot = slots_[Find(BandTag(fingerprint, band))];
    std::size_t walked = 0;
    for (std::uint32_t at = slot.tag == 0 ? 0 : slot.head; at != 0 && walked < kMaxBucketWalk;
         ++walked) {
      const std::uint64_t key = std::uint64_t{nodes_[at - 1].article} + 1;
      std::size_t i = static_cast<std::size_t>(text::Mix64(key)) & (kTable - 1);
      while (table[i] != 0 && (table[i] >> 32) != key) i = (i + 1) & (kTable - 1);
      if (table[i] == 0) {
        table[i] = key << 32;
        used.push_back(static_cast<std::uint32_t>(i));
      }
      ++table[i];
      at = nodes_[at - 1].next;
    }
  }
  std::vector<Candidate> candidates;
  candidates.reserve(used.size());
  for (const std::uint32_t i : used) {
    candidates.push_back(
        {static_cast<std::uint32_t>((table[i] >> 32) - 1), static_cast<std::uint32_t>(table[i])});
    table[i] = 0;
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    return a.bands > b.bands || (a.bands == b.bands && a.article < b.article);
  });
  if (candidates.size() > limit) candidates.resize(limit);
  return candidates;
}

}  // namespace wiredesk::dedup
