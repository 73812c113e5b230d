#include "dedup/canonical.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>

#include "text/hash.h"

namespace wiredesk::dedup {
namespace {

// Which of the scored versions hold a key (a shingle or a word hash): an
// open-addressing table of bitmasks, one bit a version. "Some other version
// holds it" is then one probe, where sorting every version's keys together
// (and a binary search per key) was most of the stage.
static_assert(kCanonicalVersions <= 32, "a version is one bit of a 32-bit mask");

template <typename Key>
class Holders {
 public:
  explicit Holders(std::size_t keys) {
    std::size_t capacity = 64;
    while (capacity < 2 * keys) capacity *= 2;
    slots_.assign(capacity, Slot{});
  }
  // The slot of `key`, free (holders 0) when no version holds it.
  struct Slot {
    Key key{};
    std::uint32_t holders = 0;  // bit v: version v has the key
    std::uint32_t checked = 0;  // bit v: Damage has looked at it for version v
  };
  Slot& Find(Key key) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t at = static_cast<std::size_t>(text::Mix64(key)) & mask;
    while (slots_[at].holders != 0 && slots_[at].key != key) at = (at + 1) & mask;
    return slots_[at];
  }
  void Add(Key key, std::size_t version) {
    Slot& slot = Find(key);
    slot.key = key;
    slot.holders |= std::uint32_t{1} << version;
  }
  bool OthersHave(Key key, std::size_t version) {
    return (Find(key).holders & ~(std::uint32_t{1} << version)) != 0;
  }

 private:
  std::vector<Slot> slots_;
};

// For each version, how many of its shingles some other version also has,
// at the coarsest level.
std::vector<std::size_t> Support(const std::vector<VersionText>& versions, std::size_t scored) {
  std::uint32_t level = 0;
  std::size_t keys = 0;
  for (std::size_t v = 0; v < scored; ++v) {
    level = std::max(level, versions[v].fingerprint->level);
    keys += versions[v].fingerprint->shingles.size();
  }
  const std::uint32_t mask = level >= 32 ? 0xFFFFFFFFu : (std::uint32_t{1} << level) - 1;
  Holders<std::uint32_t> holders(keys);
  for (std::size_t v = 0; v < scored; ++v) {
    for (const std::uint32_t h : versions[v].fingerprint->shingles) {
      if ((h & mask) == 0) holders.Add(h, v);
    }
  }
  std::vector<std::size_t> support(scored, 0);
  for (std::size_t v = 0; v < scored; ++v) {
    for (const std::uint32_t h : versions[v].fingerprint->shingles) {
      if ((h & mask) == 0 && holders.OthersHave(h, v)) ++support[v];
    }
  }
  for (std::size_t& s : support) s <<= level;
  return support;
}

bool IsWordByte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// text::HashBytes of the word lower-cased, without making the lower-cased copy.
std::uint64_t FnvFolded(std::uint64_t h, char c) {
  const auto b = static_cast<unsigned char>(c);
  return text::FnvAdd(h, (b >= 'A' && b <= 'Z') ? static_cast<unsigned char>(b + 32) : b);
}

std::uint64_t HashFolded(std::string_view word) {
  std::uint64_t h = text::kFnvBasis;
  for (const char c : word) h = FnvFolded(h, c);
  return text::Mix64(h);
}

// Calls visit(word) for each run of word bytes in `text`.
template <typename Visit>
void ForEachWordView(std::string_view text, Visit visit) {
  for (std::size_t i = 0; i < text.size();) {
    if (!IsWordByte(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && IsWordByte(static_cast<unsigned char>(text[end]))) ++end;
    visit(text.substr(i, end - i));
    i = end;
  }
}

// Run-together words of every version, over one table of which versions
// hold each word: a long word of a version that no other version has, but
// whose two halves (at some cut) another version has. Each distinct word of
// a version counts once.
std::vector<std::size_t> Damage(const std::vector<VersionText>& versions, std::size_t scored,
                                const std::vector<bool>& wanted) {
  std::size_t bytes = 0;
  for (std::size_t v = 0; v < scored; ++v) bytes += versions[v].text.size();
  Holders<std::uint64_t> holders(bytes / 5 + 16);  // about a word per five bytes
  for (std::size_t v = 0; v < scored; ++v) {
    ForEachWordView(versions[v].text,
                    [&](std::string_view word) { holders.Add(HashFolded(word), v); });
  }
  std::vector<std::size_t> damage(scored, 0);
  for (std::size_t v = 0; v < scored; ++v) {
    if (!wanted[v]) continue;
    const std::uint32_t bit = std::uint32_t{1} << v;
    ForEachWordView(versions[v].text, [&](std::string_view w) {
      if (w.size() < 5 || w.size() > 40) return;
      auto& slot = holders.Find(HashFolded(w));
      if ((slot.checked & bit) != 0 || (slot.holders & ~bit) != 0) return;
      slot.checked |= bit;
      // The prefix's FNV state grows by one byte per cut.
      std::uint64_t prefix = text::kFnvBasis;
      for (std::size_t b = 0; b < 2; ++b) prefix = FnvFolded(prefix, w[b]);
      for (std::size_t cut = 2; cut + 2 <= w.size(); ++cut) {
        if (holders.OthersHave(text::Mix64(prefix), v) &&
            holders.OthersHave(HashFolded(w.substr(cut)), v)) {
          ++damage[v];
          return;
        }
        prefix = FnvFolded(prefix, w[cut]);
      }
    });
  }
  return damage;
}

}  // namespace

CanonicalChoice ChooseCanonical(const std::vector<VersionText>& versions) {
  CanonicalChoice choice;
  const std::size_t scored = std::min(versions.size(), kCanonicalVersions);
  if (scored <= 1) {
    choice.scores.assign(scored, 0);
    return choice;
  }
  std::vector<double> support(scored);
  const std::vector<std::size_t> supported = Support(versions, scored);
  for (std::size_t v = 0; v < scored; ++v) support[v] = static_cast<double>(supported[v]);
  const double best = *std::max_element(support.begin(), support.end());
  // Damage counts up to kMaxDamage words, so it can only matter for a
  // version whose support is that close to the best: the others (trimmed
  // copies) are not worth reading word by word.
  std::vector<bool> wanted(scored);
  for (std::size_t v = 0; v < scored; ++v)
    wanted[v] = support[v] >= best - kDamagePenalty * kMaxDamage;
  const std::vector<std::size_t> damage = Damage(versions, scored, wanted);
  for (std::size_t v = 0; v < scored; ++v) {
    choice.scores.push_back(support[v] -
                            kDamagePenalty * std::min(static_cast<double>(damage[v]), kMaxDamage));
  }
  const double top = *std::max_element(choice.scores.begin(), choice.scores.end());
  for (std::size_t v = 0; v < scored; ++v) {
    if (choice.scores[v] < top - kMetadataMargin) continue;
    const std::size_t c = choice.version;
    const bool first = choice.scores[c] < top - kMetadataMargin;
    if (first || versions[v].metadata > versions[c].metadata ||
        (versions[v].metadata == versions[c].metadata && choice.scores[v] > choice.scores[c])) {
      choice.version = v;
    }
  }
  return choice;
}

}  // namespace wiredesk::dedup
