#include "dedup/lsh_index.h"

#include <algorithm>

#include "dedup/hash.h"

namespace wiredesk::dedup {

std::uint32_t LshIndex::BandTag(const Fingerprint& fingerprint, std::size_t band) {
  std::uint64_t key = Mix64(band + 1);
  for (std::size_t row = 0; row < kRowsPerBand; ++row) {
    key = Mix64(key ^ fingerprint.sketch[band * kRowsPerBand + row]);
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
  std::vector<std::uint32_t> met;
  if (slots_.empty()) return {};
  for (std::size_t band = 0; band < kBands; ++band) {
    const Slot& slot = slots_[Find(BandTag(fingerprint, band))];
    std::size_t walked = 0;
    for (std::uint32_t at = slot.tag == 0 ? 0 : slot.head; at != 0 && walked < kMaxBucketWalk; ++walked) {
      met.push_back(nodes_[at - 1].article);
      at = nodes_[at - 1].next;
    }
  }
  std::sort(met.begin(), met.end());
  std::vector<Candidate> candidates;
  for (std::size_t i = 0; i < met.size();) {
    std::size_t j = i;
    while (j < met.size() && met[j] == met[i]) ++j;
    candidates.push_back({met[i], static_cast<std::uint32_t>(j - i)});
    i = j;
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.bands > b.bands; });
  if (candidates.size() > limit) candidates.resize(limit);
  return candidates;
}

}  // namespace wiredesk::dedup
