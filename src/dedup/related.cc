#include "dedup/related.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

#include "dedup/hash.h"
#include "text/normalize.h"
#include "text/stopwords.h"

namespace wiredesk::dedup {
namespace {

bool IsWordByte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'';
}

// A capitalised word: an ASCII capital first, or a non-ASCII first letter
// that case folding changes ("Đà", "Ólafur").
bool IsCapitalised(std::string_view word) {
  const auto first = static_cast<unsigned char>(word[0]);
  if (first < 0x80) return first >= 'A' && first <= 'Z';
  std::size_t length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2;
  const std::string_view letter = word.substr(0, std::min(length, word.size()));
  return text::FoldCase(letter) != letter;
}

}  // namespace

std::vector<Name> NamesOf(std::string_view text) {
  std::unordered_map<std::uint64_t, std::uint32_t> counts;
  for (std::size_t i = 0; i < text.size();) {
    if (!IsWordByte(static_cast<unsigned char>(text[i])) || text[i] == '\'') {
      ++i;
      continue;
    }
    std::size_t end = i;
    bool ascii = true;
    while (end < text.size() && IsWordByte(static_cast<unsigned char>(text[end]))) {
      ascii = ascii && static_cast<unsigned char>(text[end]) < 0x80;
      ++end;
    }
    const std::string_view word = text.substr(i, end - i);
    i = end;
    if (word.size() < 2 || word.size() > 40 || !IsCapitalised(word)) continue;
    std::string key = ascii ? text::LowerAscii(word) : text::MatchKey(word);
    while (!key.empty() && key.back() == '\'') key.pop_back();
    if (key.size() > 2 && key.compare(key.size() - 2, 2, "'s") == 0) key.resize(key.size() - 2);
    if (key.size() < 2 || text::IsStopword(text::Language::kEnglish, key)) continue;
    ++counts[HashBytes(key)];
  }
  std::vector<Name> names;
  names.reserve(counts.size());
  for (const auto& [key, count] : counts) names.push_back({key, count});
  if (names.size() > kMaxNames) {
    std::sort(names.begin(), names.end(), [](const Name& a, const Name& b) {
      return a.count > b.count || (a.count == b.count && a.key < b.key);
    });
    names.resize(kMaxNames);
  }
  std::sort(names.begin(), names.end(), [](const Name& a, const Name& b) { return a.key < b.key; });
  return names;
}

std::vector<std::vector<std::uint32_t>> RelatedStories(const std::vector<const std::vector<Name>*>& stories) {
  const std::size_t n = stories.size();
  std::vector<std::vector<std::uint32_t>> related(n);
  // Document frequency over the stories, and the postings of the rarer names.
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> postings;
  for (std::uint32_t s = 0; s < n; ++s) {
    for (const Name& name : *stories[s]) postings[name.key].push_back(s);
  }
  const auto idf = [&](std::uint64_t key) {
    return std::log(1.0 + static_cast<double>(n) / static_cast<double>(postings[key].size()));
  };
  // Weighted vectors, normalised, in key order like the names.
  std::vector<std::vector<double>> weights(n);
  for (std::uint32_t s = 0; s < n; ++s) {
    double norm = 0;
    for (const Name& name : *stories[s]) {
      const double w = (1.0 + std::log(static_cast<double>(name.count))) * idf(name.key);
      weights[s].push_back(w);
      norm += w * w;
    }
    norm = std::sqrt(norm);
    for (double& w : weights[s]) w = norm > 0 ? w / norm : 0;
  }
  std::vector<double> dot(n, 0);
  std::vector<std::uint32_t> touched;
  for (std::uint32_t s = 0; s < n; ++s) {
    const std::vector<Name>& names = *stories[s];
    touched.clear();
    for (std::size_t k = 0; k < names.size(); ++k) {
      const std::vector<std::uint32_t>& holders = postings[names[k].key];
      if (holders.size() > kMaxNameStories) continue;
      for (const std::uint32_t other : holders) {
        if (other == s) continue;
        if (dot[other] == 0) touched.push_back(other);
        // Shared names: add both sides' weights of this name; the full
        // cosine is computed below for the candidates only.
        dot[other] += 1;
      }
    }
    std::vector<std::pair<double, std::uint32_t>> scored;
    for (const std::uint32_t other : touched) {
      dot[other] = 0;
      // Exact cosine over all shared names, common ones included.
      const std::vector<Name>& theirs = *stories[other];
      double cosine = 0;
      for (std::size_t i = 0, j = 0; i < names.size() && j < theirs.size();) {
        if (names[i].key < theirs[j].key) {
          ++i;
        } else if (theirs[j].key < names[i].key) {
          ++j;
        } else {
          cosine += weights[s][i++] * weights[other][j++];
        }
      }
      // Rounded: libm's log may differ in the last bit between targets.
      cosine = std::round(cosine * 1e6) / 1e6;
      if (cosine >= kRelatedCosine) scored.emplace_back(cosine, other);
    }
    std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
      return a.first > b.first || (a.first == b.first && a.second < b.second);
    });
    if (scored.size() > kMaxRelated) scored.resize(kMaxRelated);
    for (const auto& [cosine, other] : scored) related[s].push_back(other);
  }
  // Related is mutual: a story kept by the other's top list points back.
  for (std::uint32_t s = 0; s < n; ++s) {
    for (std::size_t k = 0; k < related[s].size(); ++k) {
      std::vector<std::uint32_t>& back = related[related[s][k]];
      if (std::find(back.begin(), back.end(), s) == back.end()) back.push_back(s);
    }
  }
  return related;
}

}  // namespace wiredesk::dedup
