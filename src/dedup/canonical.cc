#include "dedup/canonical.h"

#include <algorithm>
#include <cstdint>
#include <string>
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
  std::vector<std::string_view> others;
  for (std::size_t v = 0; v < scored; ++v) {
    others.clear();
    for (std::size_t o = 0; o < scored; ++o) {
      if (o != v) others.push_back(versions[o].text);
    }
    const double support = static_cast<double>(Support(v, versions, scored));
    const double damage = static_cast<double>(RunTogetherWords(versions[v].text, others));
    choice.scores.push_back(support - kDamagePenalty * damage);
  }
  choice.version = static_cast<std::size_t>(
      std::max_element(choice.scores.begin(), choice.scores.end()) - choice.scores.begin());
  return choice;
}

}  // namespace wiredesk::dedup
