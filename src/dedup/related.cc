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

// Every story's terms with their TF-IDF weights, and for each term the
// stories that have it.
class TermIndex {
 public:
  explicit TermIndex(const std::vector<const std::vector<Term>*>& stories)
      : stories_(stories), first_(stories.size() + 1, 0) {
    const std::size_t n = stories.size();
    for (std::size_t s = 0; s < n; ++s) first_[s + 1] = first_[s] + stories[s]->size();
    IndexPostings();
    Weigh();
  }

  // Story s's candidates with their exact cosines, most similar first: the
  // best kCandidatesScored by the cosine over the rarer terms only
  // (accumulated through the postings), then scored over all shared terms.
  // `partial` is all zeros, of one slot per story, and is left so;
  // `touched` is scratch space.
  std::vector<std::pair<double, std::uint32_t>> MostSimilar(
      std::uint32_t s, std::vector<double>& partial, std::vector<std::uint32_t>& touched) const {
    touched.clear();
    for (std::size_t k = 0; k < stories_[s]->size(); ++k) {
      const std::size_t at = first_[s] + k;
      if (run_length_[at] > kMaxTermStories) continue;
      for (std::size_t p = run_start_[at]; p < run_start_[at] + run_length_[at]; ++p) {
        const std::uint32_t other = postings_[p].story;
        if (other == s) continue;
        if (partial[other] == 0) touched.push_back(other);
        partial[other] += weight_[at] * weight_[first_[other] + postings_[p].slot];
      }
    }
    std::vector<std::pair<double, std::uint32_t>> scored;
    for (const std::uint32_t other : touched)
      scored.emplace_back(partial[other], other), partial[other] = 0;
    const std::size_t keep = std::min(scored.size(), kCandidatesScored);
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(keep),
                      scored.end(), MoreSimilar);
    scored.resize(keep);
    for (auto& [cosine, other] : scored) cosine = Cosine(s, other);
    std::sort(scored.begin(), scored.end(), MoreSimilar);
    return scored;
  }

  // The keys of the terms stories s and other share that weigh most in
  // their cosine, most first: at most kLinkingTerms.
  std::vector<std::uint64_t> LinkingTerms(std::uint32_t s, std::uint32_t other) const {
    std::vector<std::pair<double, std::uint64_t>> shared;
    ForEachShared(s, other, [&](std::uint64_t key, double weight) {
      // Rounded, as the cosine is, so that both targets rank alike.
      shared.emplace_back(std::round(weight * 1e6) / 1e6, key);
    });
    const std::size_t keep = std::min(shared.size(), kLinkingTerms);
    std::partial_sort(shared.begin(), shared.begin() + static_cast<std::ptrdiff_t>(keep),
                      shared.end(), [](const auto& a, const auto& b) {
                        return a.first > b.first || (a.first == b.first && a.second < b.second);
                      });
    std::vector<std::uint64_t> keys;
    for (std::size_t k = 0; k < keep; ++k) keys.push_back(shared[k].second);
    return keys;
  }

 private:
  struct Posting {
    std::uint64_t key;
    std::uint32_t story;
    std::uint32_t slot;  // index into the story's terms
  };

  static bool MoreSimilar(const std::pair<double, std::uint32_t>& a,
                          const std::pair<double, std::uint32_t>& b) {
    return a.first > b.first || (a.first == b.first && a.second < b.second);
  }

  // Every (term, story) once, sorted by term: the postings are its runs. A
  // flat sorted array rather than a hash map of lists: one allocation, and
  // half the time at 100,000 stories.
  void IndexPostings() {
    const std::size_t n = stories_.size();
    postings_.reserve(first_[n]);
    for (std::uint32_t s = 0; s < n; ++s) {
      for (std::uint32_t k = 0; k < stories_[s]->size(); ++k)
        postings_.push_back({(*stories_[s])[k].key, s, k});
    }
    std::sort(postings_.begin(), postings_.end(), [](const Posting& a, const Posting& b) {
      return a.key < b.key || (a.key == b.key && a.story < b.story);
    });
    run_start_.resize(first_[n]);
    run_length_.resize(first_[n]);
    for (std::size_t i = 0; i < postings_.size();) {
      std::size_t j = i;
      while (j < postings_.size() && postings_[j].key == postings_[i].key) ++j;
      for (std::size_t p = i; p < j; ++p) {
        const std::size_t at = first_[postings_[p].story] + postings_[p].slot;
        run_start_[at] = static_cast<std::uint32_t>(i);
        run_length_[at] = static_cast<std::uint32_t>(j - i);
      }
      i = j;
    }
  }

  // TF-IDF weights, normalised, in the terms' (key) order.
  void Weigh() {
    const std::size_t n = stories_.size();
    weight_.resize(first_[n]);
    for (std::size_t s = 0; s < n; ++s) {
      double norm = 0;
      for (std::size_t k = 0; k < stories_[s]->size(); ++k) {
        const std::size_t at = first_[s] + k;
        const double idf =
            std::log(1.0 + static_cast<double>(n) / static_cast<double>(run_length_[at]));
        weight_[at] = (1.0 + std::log(static_cast<double>((*stories_[s])[k].count))) * idf;
        norm += weight_[at] * weight_[at];
      }
      norm = std::sqrt(norm);
      for (std::size_t k = 0; k < stories_[s]->size(); ++k)
        weight_[first_[s] + k] = norm > 0 ? weight_[first_[s] + k] / norm : 0;
    }
  }

  // Calls visit(key, product of the two weights) for each term stories s
  // and other share, in key order.
  template <typename Visit>
  void ForEachShared(std::uint32_t s, std::uint32_t other, Visit visit) const {
    const std::vector<Term>& terms = *stories_[s];
    const std::vector<Term>& theirs = *stories_[other];
    for (std::size_t i = 0, j = 0; i < terms.size() && j < theirs.size();) {
      if (terms[i].key < theirs[j].key) {
        ++i;
      } else if (theirs[j].key < terms[i].key) {
        ++j;
      } else {
        visit(terms[i].key, weight_[first_[s] + i] * weight_[first_[other] + j]);
        ++i;
        ++j;
      }
    }
  }

  double Cosine(std::uint32_t s, std::uint32_t other) const {
    double cosine = 0;
    ForEachShared(s, other, [&](std::uint64_t, double weight) { cosine += weight; });
    // Rounded: libm's log may differ in the last bit between targets.
    return std::round(cosine * 1e6) / 1e6;
  }

  const std::vector<const std::vector<Term>*>& stories_;
  std::vector<std::size_t> first_;  // story s's terms are at first_[s]..first_[s+1]
  std::vector<Posting> postings_;
  std::vector<std::uint32_t> run_start_, run_length_;  // each story term's postings
  std::vector<double> weight_;
};

// A pair stands out when its cosine is well above both stories' backgrounds
// (or high in itself).
std::vector<std::vector<std::uint32_t>> StandingOut(
    const std::vector<std::vector<std::pair<double, std::uint32_t>>>& candidates) {
  const std::vector<double> background = Backgrounds(candidates);
  std::vector<std::vector<std::uint32_t>> related(candidates.size());
  for (std::uint32_t s = 0; s < candidates.size(); ++s) {
    for (const auto& [cosine, other] : candidates[s]) {
      if (related[s].size() >= kMaxRelated) break;
      const bool stands_out = cosine >= kMinRelatedCosine &&
                              cosine >= kStandOut * std::sqrt(background[s] * background[other]);
      if (cosine >= kRelatedCosine || stands_out) related[s].push_back(other);
    }
  }
  return related;
}

// Whether a case-folded word is a stopword of `lang`; where the language is
// not known, of English or Vietnamese, the desk's usual two (a function word
// of one language is rarely a topic word of the other).
auto StopwordTest(std::string_view lang) {
  const text::StopwordList* list = text::StopwordList::For(lang);
  return [list](std::string_view folded) {
    if (list != nullptr) return list->Contains(folded);
    return text::IsStopword("en", folded) || text::IsStopword("vi", folded);
  };
}

// The run of capitalised words, one space apart, around text[begin, end):
// "Hoàng" as "Vũ Lê Thái Hoàng", "Convention" as "UN Convention"; without
// a stopword at either end ("The" of a sentence that opens with the name).
template <typename IsStopword>
std::string_view WholeName(std::string_view text, std::size_t begin, std::size_t end,
                           const IsStopword& is_stopword) {
  auto word_start = [&](std::size_t at) {
    while (at > 0 && IsWordByte(static_cast<unsigned char>(text[at - 1])) && text[at - 1] != '\'')
      --at;
    return at;
  };
  auto word_end = [&](std::size_t at) {
    while (at < text.size() && IsWordByte(static_cast<unsigned char>(text[at]))) ++at;
    return at;
  };
  const std::size_t original_begin = begin, original_end = end;
  while (begin >= 2 && text[begin - 1] == ' ' &&
         IsWordByte(static_cast<unsigned char>(text[begin - 2]))) {
    const std::size_t before = word_start(begin - 1);
    if (!IsCapitalised(text.substr(before, begin - 1 - before))) break;
    begin = before;
  }
  while (end + 1 < text.size() && text[end] == ' ' &&
         IsWordByte(static_cast<unsigned char>(text[end + 1]))) {
    const std::size_t after = word_end(end + 1);
    if (!IsCapitalised(text.substr(end + 1, after - end - 1))) break;
    end = after;
  }
  const auto stopword = [&](std::size_t from, std::size_t to) {
    return is_stopword(text::FoldCase(text.substr(from, to - from)));
  };
  while (begin < original_begin && stopword(begin, word_end(begin))) begin = word_end(begin) + 1;
  while (end > original_end && stopword(word_start(end), end)) end = word_start(end) - 1;
  return text.substr(begin, end - begin);
}

// Calls visit(key, surface) for each occurrence of a term in `text`, in
// order: the key as TermsOf counts it, the surface as the text writes it.
template <typename Visit>
void ForEachTerm(std::string_view text, std::string_view lang, Visit visit) {
  const auto is_stopword = StopwordTest(lang);
  std::string key, previous, folded;
  std::size_t previous_begin = 0;
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
    const std::size_t begin = i;
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
    if (content && spaced && previous_content) {
      visit(text::HashBytes(previous + ' ' + key) & ~std::uint64_t{1},
            text.substr(previous_begin, end - previous_begin));
    }
    if (content && !opens && key.size() >= 2 && IsCapitalised(word))
      visit(text::HashBytes(key) | 1, word);
    previous_content = content;
    previous.swap(key);
    previous_begin = begin;
  }
}

}  // namespace

std::vector<Term> TermsOf(std::string_view text, std::string_view lang) {
  // Every term's hash once per occurrence, then sorted and counted: a flat
  // vector, where a hash map cost an allocation per distinct term.
  std::vector<std::uint64_t> keys;
  ForEachTerm(text, lang, [&](std::uint64_t key, std::string_view) { keys.push_back(key); });
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

std::vector<std::string> TermSurfaces(std::string_view text, std::string_view lang,
                                      const std::vector<std::uint64_t>& keys) {
  std::vector<std::string> surfaces(keys.size());
  std::size_t missing = keys.size();
  const auto is_stopword = StopwordTest(lang);
  ForEachTerm(text, lang, [&](std::uint64_t key, std::string_view surface) {
    for (std::size_t k = 0; k < keys.size() && missing > 0; ++k) {
      if (keys[k] != key || !surfaces[k].empty()) continue;
      const auto begin = static_cast<std::size_t>(surface.data() - text.data());
      surfaces[k] = std::string(
          (key & 1) != 0 ? WholeName(text, begin, begin + surface.size(), is_stopword) : surface);
      --missing;
    }
  });
  return surfaces;
}

std::vector<std::vector<RelatedStory>> RelatedStories(
    const std::vector<const std::vector<Term>*>& stories) {
  const TermIndex index(stories);
  std::vector<std::vector<std::pair<double, std::uint32_t>>> candidates(stories.size());
  std::vector<double> partial(stories.size(), 0);
  std::vector<std::uint32_t> touched;
  for (std::uint32_t s = 0; s < stories.size(); ++s)
    candidates[s] = index.MostSimilar(s, partial, touched);
  std::vector<std::vector<std::uint32_t>> related = StandingOut(candidates);
  LinkBack(related);
  std::vector<std::vector<RelatedStory>> out(stories.size());
  for (std::uint32_t s = 0; s < stories.size(); ++s) {
    for (const std::uint32_t other : related[s])
      out[s].push_back({other, index.LinkingTerms(s, other)});
  }
  return out;
}

}  // namespace wiredesk::dedup
