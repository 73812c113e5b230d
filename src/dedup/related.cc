#include "dedup/related.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <utility>

#include "text/hash.h"
#include "text/normalize.h"
#include "text/stopwords.h"

namespace wiredesk::dedup {
namespace {

// Bytes of words: letters, digits, the apostrophe, and all of UTF-8's
// multi-byte sequences. A table: this scan reads every byte of every story.
constexpr std::array<bool, 256> kWordByte = [] {
  std::array<bool, 256> word{};
  for (int c = 0; c < 256; ++c) {
    word[c] = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'';
  }
  return word;
}();

bool IsWordByte(unsigned char c) { return kWordByte[c]; }

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
  // Every name's key hash once per occurrence, then sorted and counted: a
  // flat vector, where a hash map cost an allocation per distinct name.
  std::vector<std::uint64_t> keys;
  std::string key;
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
    if (ascii) {
      key.assign(word);  // reuses the buffer: no allocation per word
      for (char& c : key) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    } else {
      key = text::MatchKey(word);
    }
    while (!key.empty() && key.back() == '\'') key.pop_back();
    if (key.size() > 2 && key.compare(key.size() - 2, 2, "'s") == 0) key.resize(key.size() - 2);
    if (key.size() < 2 || text::IsStopword("en", key)) continue;
    keys.push_back(text::HashBytes(key));
  }
  std::sort(keys.begin(), keys.end());
  std::vector<Name> names;
  for (std::size_t i = 0; i < keys.size();) {
    std::size_t j = i;
    while (j < keys.size() && keys[j] == keys[i]) ++j;
    names.push_back({keys[i], static_cast<std::uint32_t>(j - i)});
    i = j;
  }
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
  // Every (name, story) once, sorted by name: the postings are its runs.
  // A flat sorted array rather than a hash map of lists: one allocation, and
  // half the time at 100,000 stories.
  std::vector<std::size_t> first(n + 1, 0);  // story s's names are at first[s]..first[s+1]
  for (std::size_t s = 0; s < n; ++s) first[s + 1] = first[s] + stories[s]->size();
  struct Posting {
    std::uint64_t key;
    std::uint32_t story;
    std::uint32_t slot;  // index into the story's names
  };
  std::vector<Posting> postings;
  postings.reserve(first[n]);
  for (std::uint32_t s = 0; s < n; ++s) {
    for (std::uint32_t k = 0; k < stories[s]->size(); ++k) postings.push_back({(*stories[s])[k].key, s, k});
  }
  std::sort(postings.begin(), postings.end(), [](const Posting& a, const Posting& b) {
    return a.key < b.key || (a.key == b.key && a.story < b.story);
  });
  // For each story's name: where its run starts and how long it is.
  std::vector<std::uint32_t> run_start(first[n]), run_length(first[n]);
  for (std::size_t i = 0; i < postings.size();) {
    std::size_t j = i;
    while (j < postings.size() && postings[j].key == postings[i].key) ++j;
    for (std::size_t p = i; p < j; ++p) {
      run_start[first[postings[p].story] + postings[p].slot] = static_cast<std::uint32_t>(i);
      run_length[first[postings[p].story] + postings[p].slot] = static_cast<std::uint32_t>(j - i);
    }
    i = j;
  }
  // TF-IDF weights, normalised, in the names' (key) order.
  std::vector<double> weight(first[n]);
  for (std::size_t s = 0; s < n; ++s) {
    double norm = 0;
    for (std::size_t k = 0; k < stories[s]->size(); ++k) {
      const std::size_t at = first[s] + k;
      const double idf = std::log(1.0 + static_cast<double>(n) / static_cast<double>(run_length[at]));
      weight[at] = (1.0 + std::log(static_cast<double>((*stories[s])[k].count))) * idf;
      norm += weight[at] * weight[at];
    }
    norm = std::sqrt(norm);
    for (std::size_t k = 0; k < stories[s]->size(); ++k) weight[first[s] + k] = norm > 0 ? weight[first[s] + k] / norm : 0;
  }

  std::vector<double> partial(n, 0);
  std::vector<std::uint32_t> touched;
  for (std::uint32_t s = 0; s < n; ++s) {
    // The cosine over the rarer names only, accumulated through the postings.
    touched.clear();
    for (std::size_t k = 0; k < stories[s]->size(); ++k) {
      const std::size_t at = first[s] + k;
      if (run_length[at] > kMaxNameStories) continue;
      for (std::size_t p = run_start[at]; p < run_start[at] + run_length[at]; ++p) {
        const std::uint32_t other = postings[p].story;
        if (other == s) continue;
        if (partial[other] == 0) touched.push_back(other);
        partial[other] += weight[at] * weight[first[other] + postings[p].slot];
      }
    }
    // The best few by that, then their exact cosine over all shared names.
    std::vector<std::pair<double, std::uint32_t>> scored;
    for (const std::uint32_t other : touched) scored.emplace_back(partial[other], other), partial[other] = 0;
    const auto better = [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); };
    const std::size_t keep = std::min(scored.size(), kCandidatesScored);
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(keep), scored.end(), better);
    scored.resize(keep);
    const std::vector<Name>& names = *stories[s];
    for (auto& [cosine, other] : scored) {
      const std::vector<Name>& theirs = *stories[other];
      cosine = 0;
      for (std::size_t i = 0, j = 0; i < names.size() && j < theirs.size();) {
        if (names[i].key < theirs[j].key) {
          ++i;
        } else if (theirs[j].key < names[i].key) {
          ++j;
        } else {
          cosine += weight[first[s] + i++] * weight[first[other] + j++];
        }
      }
      // Rounded: libm's log may differ in the last bit between targets.
      cosine = std::round(cosine * 1e6) / 1e6;
    }
    scored.erase(std::remove_if(scored.begin(), scored.end(), [](const auto& c) { return c.first < kRelatedCosine; }),
                 scored.end());
    std::sort(scored.begin(), scored.end(), better);
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
