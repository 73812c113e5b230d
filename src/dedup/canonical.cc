#include "dedup/canonical.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <unordered_set>

#include "dedup/hash.h"

namespace wiredesk::dedup {
namespace {

// Words as runs of letters and digits; non-ASCII bytes count as letters.
template <typename Visit>
void ForEachWord(std::string_view text, Visit visit) {
  std::string word;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const auto c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    const bool letter = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letter) {
      word += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    } else if (!word.empty()) {
      visit(word);
      word.clear();
    }
  }
}

// For each version, how many of its shingles some other version also has,
// at the coarsest level: one sort of all the versions' samples together (a
// run of one hash longer than one is held by that many versions), where a
// binary search per shingle and version was the stage's hot spot.
std::vector<std::size_t> Support(const std::vector<VersionText>& versions, std::size_t scored) {
  std::uint32_t level = 0;
  for (std::size_t v = 0; v < scored; ++v) level = std::max(level, versions[v].fingerprint->level);
  const std::uint32_t mask = level >= 32 ? 0xFFFFFFFFu : (std::uint32_t{1} << level) - 1;
  std::vector<std::uint64_t> held;  // hash << 32 | version: each version's shingles are distinct
  for (std::size_t v = 0; v < scored; ++v) {
    for (const std::uint32_t h : versions[v].fingerprint->shingles) {
      if ((h & mask) == 0) held.push_back(std::uint64_t{h} << 32 | v);
    }
  }
  std::sort(held.begin(), held.end());
  std::vector<std::size_t> support(scored, 0);
  for (std::size_t i = 0; i < held.size();) {
    std::size_t j = i;
    while (j < held.size() && (held[j] >> 32) == (held[i] >> 32)) ++j;
    if (j - i > 1) {
      for (std::size_t k = i; k < j; ++k) ++support[held[k] & 0xFFFFFFFFu];
    }
    i = j;
  }
  for (std::size_t& s : support) s <<= level;
  return support;
}

bool IsWordByte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// HashBytes of the word lower-cased, without making the lower-cased copy.
std::uint64_t FnvFolded(std::uint64_t h, char c) {
  const auto b = static_cast<unsigned char>(c);
  h ^= (b >= 'A' && b <= 'Z') ? b + 32u : b;
  return h * 0x100000001b3ULL;
}

std::uint64_t HashFolded(std::string_view word) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const char c : word) h = FnvFolded(h, c);
  return Mix64(h);
}

// A version's words once: every distinct word's hash (sorted), and the
// words long enough to be two run together, as views of the text (their
// hashes are taken folded). Flat vectors: a hash set cost an allocation
// per word and was a third of the whole stage.
struct Words {
  std::vector<std::uint64_t> all;
  std::vector<std::pair<std::uint64_t, std::string_view>> long_words;  // by hash, distinct
};

Words WordsOf(std::string_view text) {
  Words words;
  words.all.reserve(text.size() / 5);
  for (std::size_t i = 0; i < text.size();) {
    if (!IsWordByte(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && IsWordByte(static_cast<unsigned char>(text[end]))) ++end;
    const std::string_view word = text.substr(i, end - i);
    i = end;
    const std::uint64_t hash = HashFolded(word);
    words.all.push_back(hash);
    if (word.size() >= 5 && word.size() <= 40) words.long_words.emplace_back(hash, word);
  }
  std::sort(words.all.begin(), words.all.end());
  words.all.erase(std::unique(words.all.begin(), words.all.end()), words.all.end());
  std::sort(words.long_words.begin(), words.long_words.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  words.long_words.erase(std::unique(words.long_words.begin(), words.long_words.end(),
                                     [](const auto& a, const auto& b) { return a.first == b.first; }),
                         words.long_words.end());
  return words;
}

// Run-together words of every version in one pass over all their words:
// a word is another version's when the count of versions holding it is more
// than its own share. O(words log words), where calling RunTogetherWords per
// version would read every other version again (O(m^2)).
std::vector<std::size_t> Damage(const std::vector<VersionText>& versions, std::size_t scored,
                                const std::vector<bool>& wanted) {
  std::vector<Words> words;
  words.reserve(scored);
  // How many versions hold each word: an open-addressing table of hashes
  // (a word hash is never 0 in practice; 0 marks a free slot).
  std::size_t distinct = 0;
  for (std::size_t v = 0; v < scored; ++v) {
    words.push_back(WordsOf(versions[v].text));
    distinct += words.back().all.size();
  }
  std::size_t capacity = 64;
  while (capacity < 2 * distinct) capacity *= 2;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> holders(capacity, {0, 0});
  const std::size_t mask = capacity - 1;
  const auto slot = [&](std::uint64_t hash) -> std::pair<std::uint64_t, std::uint32_t>& {
    std::size_t at = static_cast<std::size_t>(hash) & mask;
    while (holders[at].first != 0 && holders[at].first != hash) at = (at + 1) & mask;
    return holders[at];
  };
  for (const Words& version : words) {
    for (const std::uint64_t hash : version.all) {
      auto& held = slot(hash);
      held.first = hash;
      ++held.second;
    }
  }
  std::vector<std::size_t> damage(scored, 0);
  for (std::size_t v = 0; v < scored; ++v) {
    if (!wanted[v]) continue;
    const auto others_have = [&](std::uint64_t hash) {
      const std::uint32_t count = slot(hash).second;
      if (count == 0) return false;
      return count > (std::binary_search(words[v].all.begin(), words[v].all.end(), hash) ? 1u : 0u);
    };
    for (const auto& [hash, w] : words[v].long_words) {
      if (others_have(hash)) continue;
      // The prefix's FNV state grows by one byte per cut.
      std::uint64_t prefix = 0xcbf29ce484222325ULL;
      for (std::size_t b = 0; b < 2; ++b) prefix = FnvFolded(prefix, w[b]);
      for (std::size_t cut = 2; cut + 2 <= w.size(); ++cut) {
        if (others_have(Mix64(prefix)) && others_have(HashFolded(w.substr(cut)))) {
          ++damage[v];
          break;
        }
        prefix = FnvFolded(prefix, w[cut]);
      }
    }
  }
  return damage;
}

}  // namespace

std::size_t RunTogetherWords(std::string_view text, const std::vector<std::string_view>& others) {
  std::unordered_set<std::uint64_t> vocabulary;
  for (const std::string_view other : others) {
    ForEachWord(other, [&](const std::string& word) { vocabulary.insert(HashBytes(word)); });
  }
  std::unordered_set<std::uint64_t> counted;
  std::size_t damaged = 0;
  ForEachWord(text, [&](const std::string& word) {
    if (word.size() < 5 || word.size() > 40) return;
    const std::uint64_t hash = HashBytes(word);
    if (vocabulary.count(hash) != 0 || !counted.insert(hash).second) return;
    const std::string_view w = word;
    for (std::size_t cut = 2; cut + 2 <= w.size(); ++cut) {
      if (vocabulary.count(HashBytes(w.substr(0, cut))) != 0 && vocabulary.count(HashBytes(w.substr(cut))) != 0) {
        ++damaged;
        return;
      }
    }
  });
  return damaged;
}

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
  for (std::size_t v = 0; v < scored; ++v) wanted[v] = support[v] >= best - kDamagePenalty * kMaxDamage;
  const std::vector<std::size_t> damage = Damage(versions, scored, wanted);
  for (std::size_t v = 0; v < scored; ++v) {
    choice.scores.push_back(support[v] - kDamagePenalty * std::min(static_cast<double>(damage[v]), kMaxDamage));
  }
  choice.version = static_cast<std::size_t>(
      std::max_element(choice.scores.begin(), choice.scores.end()) - choice.scores.begin());
  return choice;
}

}  // namespace wiredesk::dedup
