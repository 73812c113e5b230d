// Related stories: other outlets' coverage of the same event (reports
// written independently, not copies), and the same people, places or
// organisations in a different event (two meetings of the same ambassador,
// a follow-up to a summit).
//
// Each story is described by the terms of its canonical text: its names
// (capitalised words that are not stopwords) and its word bigrams (two
// words side by side, neither a stopword of the text's language), all
// matched by text::MatchKey so that "Vũ Lê Thái Hoàng" and "Vu Le Thai
// Hoang" are the same names. Bigrams are what two reports of one event
// share beyond its names: its action and objects ("biểu tình", "phe đối
// lập", "bomb attack"); in Vietnamese, written syllable by syllable, a
// bigram is most often a word. Two stories are related when the TF-IDF
// cosine (Salton & Buckley 1988; tf = 1 + ln count, idf = ln(1 + N / df)
// over the stories) of their terms is at least kRelatedCosine, or at least
// kMutualNearestCosine when each is the other's most similar story (mutual
// nearest neighbours: with few stories, IDF tells little and cosines are
// low). A capitalised word that opens a sentence is no name. Duplicates
// never get here: they are already one story.
//
// Measured by scripts/eval-clusters on Vietnamese reports of one event by
// different outlets (pairs of one event linked, other pairs not), given
// whole bodies: names alone P/R 0.565/0.860; names and bigrams at 0.2:
// 0.848/0.843; at 0.25 0.902/0.725 (so 0.2: what is lost above it are true
// pairs; what is linked wrongly is mostly the same topic, another event:
// a budget debate and the budget deficit, two stages of one court case);
// names weighted 2x: 0.770/0.874; 256 terms a story instead of 64:
// 0.886/0.742 at 0.2; the mutual-nearest rule at 0.12: 0.853/0.846. The
// seeds' two meetings of one ambassador score 0.138 (each other's nearest),
// unrelated seeds 0.03-0.09.
//
// Near-linear: candidates come from an inverted index over the terms (a
// sorted array of (term, story)); terms held by more than kMaxTermStories
// stories (the country every story mentions) open no candidates, though they
// still count in the cosine. The kCandidatesScored candidates with the most
// rare-term weight in common get the exact cosine; each story keeps its
// kMaxRelated most similar.
//
// Cost: O(N log N) for N terms + O(rare postings) + O(N x kCandidatesScored
// x kMaxTerms). Thread-safe (no state).

#ifndef WIREDESK_DEDUP_RELATED_H_
#define WIREDESK_DEDUP_RELATED_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace wiredesk::dedup {

inline constexpr double kRelatedCosine = 0.2;
inline constexpr double kMutualNearestCosine = 0.12;
inline constexpr std::size_t kMaxTermStories = 32;
inline constexpr std::size_t kMaxRelated = 5;
inline constexpr std::size_t kMaxTerms = 64;
inline constexpr std::size_t kCandidatesScored = 8;

struct Term {
  std::uint64_t key = 0;  // hash of its MatchKey (a bigram's: both words')
  std::uint32_t count = 0;
};

// The terms of a text, sorted by key: at most kMaxTerms, the most frequent.
// `lang`: the text's language code, for its stopwords ("" when not known).
// REQUIRES: well-formed UTF-8; ICU's data for non-ASCII words.
std::vector<Term> TermsOf(std::string_view text, std::string_view lang);

// For each story (by index), the indices of its related stories: its own
// most similar first, then those that chose it (related is mutual).
std::vector<std::vector<std::uint32_t>> RelatedStories(const std::vector<const std::vector<Term>*>& stories);

}  // namespace wiredesk::dedup

#endif  // WIREDESK_DEDUP_RELATED_H_
