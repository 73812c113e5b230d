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
    word[c] = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
              (c >= 'A' && c <= 'Z') || c == '\'';
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

// A story's background: the mean cosine of its kBackgroundFrom-th to
// kCandidatesScored-th most similar stories (0 for those it lacks), at least
// kBackgroundFloor. Stories on a busy topic have a high one.
std::vector<double> Backgrounds(
    const std::vector<std::vector<std::pair<double, std::uint32_t>>>& scored) {
  std::vector<double> background(scored.size(), kBackgroundFloor);
  for (std::size_t s = 0; s < scored.size(); ++s) {
    double sum = 0;
    for (std::size_t k = kBackgroundFrom - 1; k < scored[s].size(); ++k) sum += scored[s][k].first;
    background[s] = std::max(kBackgroundFloor,
                             sum / static_cast<double>(kCandidatesScored - kBackgroundFrom + 1));
  }
  return background;
}

// Related is made mutual: a story kept by the other's list points back.
void LinkBack(std::vector<std::vector<std::uint32_t>>& related) {
  const auto n = static_cast<std::uint32_t>(related.size());
  for (std::uint32_t s = 0; s < n; ++s) {
    for (std::size_t k = 0; k < related[s].size(); ++k) {
      std::vector<std::uint32_t>& back = related[related[s][k]];
      if (std::find(back.begin(), back.end(), s) == back.end()) back.push_back(s);
    }
  }
}

}  // namespace

std::vector<Term> TermsOf(std::string_view text, std::string_view lang) {
  // The language's stopwords; where it is not known, those of English and
  // Vietnamese, the desk's usual two (a function word of one language is
  // rarely a topic word of the other).
  const text::StopwordList* list = text::StopwordList::For(lang);
  auto is_stopword = [list](std::string_view folded) {
    if (list != nullptr) return list->Contains(folded);
    return text::IsStopword("en", folded) || text::IsStopword("vi", folded);
  };
  // Every term's hash once per occurrence, then sorted and counted: a flat
  // vector, where a hash map cost an allocation per distinct term.
  std::vector<std::uint64_t> keys;
  std::string key, previous, folded;
  bool previous_content = false;
  for (std::size_t i = 0; i < text.size();) {
    if (!IsWordByte(static_cast<unsigned char>(text[i])) || text[i] == '\'') {
      ++i;
      continue;
    }
    // A capitalised word that opens a sentence or a line need not be a name.
    std::size_t back = i;
    while (back > 0 && text[back - 1] == ' ') --back;
    const bool opens = back == 0 || text[back - 1] == '.' || text[back - 1] == '!' ||
                       text[back - 1] == '?' || text[back - 1] == '\n' || text[back - 1] == ':';
    // A bigram is two words with one space between.
    const bool spaced = i > 0 && text[i - 1] == ' ' &&
                        (i < 2 || IsWordByte(static_cast<unsigned char>(text[i - 2])));
    std::size_t end = i;
    bool ascii = true;
    while (end < text.size() && IsWordByte(static_cast<unsigned char>(text[end]))) {
      ascii = ascii && static_cast<unsigned char>(text[end]) < 0x80;
      ++end;
    }
    const std::string_view word = text.substr(i, end - i);
    i = end;
    if (word.size() > 40) {
      previous_content = false;
      continue;
    }
    if (ascii) {
      key.assign(word);  // reuses the buffer: no allocation per word
      for (char& c : key) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
      folded = key;
    } else {
      folded = text::FoldCase(word);
      key = text::MatchKey(folded);
    }
    while (!key.empty() && key.back() == '\'') key.pop_back();
    if (key.size() > 2 && key.compare(key.size() - 2, 2, "'s") == 0) key.resize(key.size() - 2);
    const bool content = !key.empty() && !is_stopword(folded);
    // The lowest bit of a key says its kind: 1 for a name, 0 for a bigram.
    if (content && spaced && previous_content)
      keys.push_back(text::HashBytes(previous + ' ' + key) & ~std::uint64_t{1});
    if (content && !opens && key.size() >= 2 && IsCapitalised(word))
      keys.push_back(text::HashBytes(key) | 1);
    previous_content = content;
    previous.swap(key);
  }
  std::sort(keys.begin(), keys.end());
  std::vector<Term> terms;
  for (std::size_t i = 0; i < keys.size();) {
    std::size_t j = i;
    while (j < keys.size() && keys[j] == keys[i]) ++j;
    terms.push_back({keys[i], static_cast<std::uint32_t>(j - i)});
    i = j;
  }
  if (terms.size() > kMaxTerms) {
    std::sort(terms.begin(), terms.end(), [](const Term& a, const Term& b) {
      return a.count > b.count || (a.count == b.count && a.key < b.key);
    });
    terms.resize(kMaxTerms);
  }
  std::sort(terms.begin(), terms.end(), [](const Term& a, const Term& b) { return a.key < b.key; });
  return terms;
}

std::vector<std::vector<std::uint32_t>> RelatedStories(
    const std::vector<const std::vector<Term>*>& stories) {
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
    for (std::uint32_t k = 0; k < stories[s]->size(); ++k)
      postings.push_back({(*stories[s])[k].key, s, k});
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
      const double idf =
          std::log(1.0 + static_cast<double>(n) / static_cast<double>(run_length[at]));
      weight[at] = (1.0 + std::log(static_cast<double>((*stories[s])[k].count))) * idf;
      norm += weight[at] * weight[at];
    }
    norm = std::sqrt(norm);
    for (std::size_t k = 0; k < stories[s]->size(); ++k)
      weight[first[s] + k] = norm > 0 ? weight[first[s] + k] / norm : 0;
  }

  std::vector<double> partial(n, 0);
  // Each story's candidates with their exact cosines, most similar first.
  std::vector<std::vector<std::pair<double, std::uint32_t>>> candidates(n);
  std::vector<std::uint32_t> touched;
  for (std::uint32_t s = 0; s < n; ++s) {
    // The cosine over the rarer names only, accumulated through the postings.
    touched.clear();
    for (std::size_t k = 0; k < stories[s]->size(); ++k) {
      const std::size_t at = first[s] + k;
      if (run_length[at] > kMaxTermStories) continue;
      for (std::size_t p = run_start[at]; p < run_start[at] + run_length[at]; ++p) {
        const std::uint32_t other = postings[p].story;
        if (other == s) continue;
        if (partial[other] == 0) touched.push_back(other);
        partial[other] += weight[at] * weight[first[other] + postings[p].slot];
      }
    }
    // The best few by that, then their exact cosine over all shared names.
    std::vector<std::pair<double, std::uint32_t>> scored;
    for (const std::uint32_t other : touched)
      scored.emplace_back(partial[other], other), partial[other] = 0;
    const auto better = [](const auto& a, const auto& b) {
      return a.first > b.first || (a.first == b.first && a.second < b.second);
    };
    const std::size_t keep = std::min(scored.size(), kCandidatesScored);
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(keep),
                      scored.end(), better);
    scored.resize(keep);
    const std::vector<Term>& names = *stories[s];
    for (auto& [cosine, other] : scored) {
      const std::vector<Term>& theirs = *stories[other];
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
    std::sort(scored.begin(), scored.end(), better);
    candidates[s] = std::move(scored);
  }
  // A pair stands out when its cosine is well above both stories' backgrounds.
  const std::vector<double> background = Backgrounds(candidates);
  for (std::uint32_t s = 0; s < n; ++s) {
    for (const auto& [cosine, other] : candidates[s]) {
      if (related[s].size() >= kMaxRelated) break;
      const bool stands_out = cosine >= kMinRelatedCosine &&
                              cosine >= kStandOut * std::sqrt(background[s] * background[other]);
      if (cosine >= kRelatedCosine || stands_out) related[s].push_back(other);
    }
  }
  LinkBack(related);
  return related;
}

}  // namespace wiredesk::dedup
