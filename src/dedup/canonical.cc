#include "dedup/canonical.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
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

// Which shingles of `mine` some other version also has, at the coarsest level.
std::size_t Support(std::size_t mine, const std::vector<VersionText>& versions, std::size_t scored) {
  std::uint32_t level = 0;
  for (std::size_t v = 0; v < scored; ++v) level = std::max(level, versions[v].fingerprint->level);
  const std::uint32_t mask = level >= 32 ? 0xFFFFFFFFu : (std::uint32_t{1} << level) - 1;
  std::size_t support = 0;
  const auto& own = versions[mine].fingerprint->shingles;
  for (const std::uint32_t h : own) {
    if ((h & mask) != 0) continue;
    for (std::size_t v = 0; v < scored; ++v) {
      if (v == mine) continue;
      const auto& other = versions[v].fingerprint->shingles;
      if (std::binary_search(other.begin(), other.end(), h)) {
        ++support;
        break;
      }
    }
  }
  return support << level;
}

// A version's words once: every distinct word's hash (sorted), and the
// distinct words long enough to be two run together.
struct Words {
  std::vector<std::uint64_t> all;
  std::vector<std::string> long_words;
};

Words WordsOf(std::string_view text) {
  Words words;
  std::unordered_set<std::uint64_t> seen;
  ForEachWord(text, [&](const std::string& word) {
    const std::uint64_t hash = HashBytes(word);
    if (!seen.insert(hash).second) return;
    words.all.push_back(hash);
    if (word.size() >= 5 && word.size() <= 40) words.long_words.push_back(word);
  });
  std::sort(words.all.begin(), words.all.end());
  return words;
}

// Run-together words of every version in one pass over all their words:
// a word is another version's when the count of versions holding it is more
// than its own share. O(words), where calling RunTogetherWords per version
// would read every other version again (O(m^2)).
std::vector<std::size_t> Damage(const std::vector<VersionText>& versions, std::size_t scored,
                                const std::vector<bool>& wanted) {
  std::vector<Words> words;
  words.reserve(scored);
  std::unordered_map<std::uint64_t, std::uint32_t> holders;
  for (std::size_t v = 0; v < scored; ++v) {
    words.push_back(WordsOf(versions[v].text));
    for (const std::uint64_t hash : words.back().all) ++holders[hash];
  }
  std::vector<std::size_t> damage(scored, 0);
  for (std::size_t v = 0; v < scored; ++v) {
    if (!wanted[v]) continue;
    const auto others_have = [&](std::string_view word) {
      const std::uint64_t hash = HashBytes(word);
      const auto found = holders.find(hash);
      if (found == holders.end()) return false;
      return found->second > (std::binary_search(words[v].all.begin(), words[v].all.end(), hash) ? 1u : 0u);
    };
    for (const std::string& word : words[v].long_words) {
      if (others_have(word)) continue;
      const std::string_view w = word;
      for (std::size_t cut = 2; cut + 2 <= w.size(); ++cut) {
        if (others_have(w.substr(0, cut)) && others_have(w.substr(cut))) {
          ++damage[v];
          break;
        }
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
  for (std::size_t v = 0; v < scored; ++v) support[v] = static_cast<double>(Support(v, versions, scored));
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
