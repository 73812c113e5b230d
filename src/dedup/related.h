// Related stories: the same people, places or organisations in a different
// event (two meetings of the same ambassador, a follow-up to a summit).
//
// Each story is described by the names in its canonical text: capitalised
// words that are not stopwords, matched by text::MatchKey so that "Vũ Lê
// Thái Hoàng" and "Vu Le Thai Hoang" are the same names. Two stories are
// related when the TF-IDF cosine (Salton & Buckley 1988; tf = 1 + ln count,
// idf = ln(1 + N / df) over the stories) of their names is at least
// kRelatedCosine. Duplicates never get here: they are already one story.
//
// Near-linear: candidates come from an inverted index over the names (a
// sorted array of (name, story)); names held by more than kMaxNameStories
// stories (the country every story mentions) open no candidates, though they
// still count in the cosine. The kCandidatesScored candidates with the most
// rare-name weight in common get the exact cosine; each story keeps its
// kMaxRelated most similar.
//
// Cost: O(N log N) for N names + O(rare postings) + O(N x kCandidatesScored
// x kMaxNames). Thread-safe (no state).

#ifndef WIREDESK_DEDUP_RELATED_H_
#define WIREDESK_DEDUP_RELATED_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace wiredesk::dedup {

// Names of one event's different reports score 0.28-0.33 on the seeds,
// unrelated stories on the same beat under 0.17.
inline constexpr double kRelatedCosine = 0.2;
inline constexpr std::size_t kMaxNameStories = 32;
inline constexpr std::size_t kMaxRelated = 5;
inline constexpr std::size_t kMaxNames = 32;
inline constexpr std::size_t kCandidatesScored = 8;

struct Name {
  std::uint64_t key = 0;  // hash of its MatchKey
  std::uint32_t count = 0;
};

// The names of a text, sorted by key: at most kMaxNames, the most frequent.
// REQUIRES: well-formed UTF-8; ICU's data for non-ASCII names.
std::vector<Name> NamesOf(std::string_view text);

// For each story (by index), the indices of its related stories: its own
// most similar first, then those that chose it (related is mutual).
std::vector<std::vector<std::uint32_t>> RelatedStories(const std::vector<const std::vector<Name>*>& stories);

}  // namespace wiredesk::dedup

#endif  // WIREDESK_DEDUP_RELATED_H_
