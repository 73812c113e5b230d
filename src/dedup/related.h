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
// bigram is most often a word. The similarity of two stories is the TF-IDF
// cosine (Salton & Buckley 1988; tf = 1 + ln count, idf = ln(1 + N / df)
// over the stories) of their terms. A capitalised word that opens a
// sentence is no name. Duplicates never get here: they are already one story.
//
// Two stories are related when their cosine is at least kRelatedCosine, or
// when it stands out from what each story shares with stories of other
// events: at least kMinRelatedCosine and kStandOut times the geometric mean
// of the two stories' backgrounds, a story's background being the mean
// cosine of its kBackgroundFrom-th to kCandidatesScored-th most similar
// stories (at least kBackgroundFloor). This is local scaling (Zelnik-Manor
// & Perona, "Self-tuning spectral clustering", NIPS 2004): one fixed cosine
// cannot tell a budget debate's coverage from the day's other stories about
// the budget, which share its words; a story's farther neighbours say how
// much its topic alone gives. The background starts at the 4th neighbour so
// that an event reported by up to four outlets does not raise its own bar;
// an event with many more reports is linked by kRelatedCosine.
//
// Measured by scripts/eval-clusters on Vietnamese reports of one event by
// different outlets (100 events of 2-5 reports; pairs of one event linked,
// other pairs not), pair precision / recall: a fixed cosine of 0.2 and a
// mutual-nearest rule at 0.12 (the previous method) 0.853/0.846, and no
// fixed cosine does better than about 0.85 precision at 0.80 recall (what
// it links wrongly is the same topic, another event: a budget debate and
// the budget deficit, two stages of one court case); local scaling
// 0.923/0.871 (kStandOut 1.6: 0.880/0.902, 2.0: 0.941/0.843; background
// from the 3rd neighbour: 0.956/0.846; without kRelatedCosine:
// 0.933/0.863; kMinRelatedCosine 0.12: 0.924/0.854). Measured offline and
// left aside: the headline's terms added to the body's (a little better,
// but the desk hands over the body only), all terms instead of 64, names
// weighted up or down, word trigrams, a limit on days between publication
// dates (precision +0.01-0.02; not every document has a date). With few
// stories the backgrounds are the floor, so a pair of a three-story desk is
// related from a cosine of 0.1 (the seeds' two meetings of one ambassador
// score 0.138, unrelated seeds 0.03-0.09).
//
// Near-linear: candidates come from an inverted index over the terms (a
// sorted array of (term, story)); terms held by more than kMaxTermStories
// stories (the country every story mentions) open no candidates, though they
// still count in the cosine. The kCandidatesScored candidates with the most
// rare-term weight in common get the exact cosine (and give the
// background); each story keeps at most kMaxRelated.
//
// Cost: O(N log N) for N terms + O(rare postings) + O(N x kCandidatesScored
// x kMaxTerms). Thread-safe (no state).

#ifndef WIREDESK_DEDUP_RELATED_H_
#define WIREDESK_DEDUP_RELATED_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wiredesk::dedup {

inline constexpr double kRelatedCosine = 0.4;
inline constexpr double kMinRelatedCosine = 0.1;
inline constexpr double kStandOut = 1.8;
inline constexpr double kBackgroundFloor = 0.05;
inline constexpr std::size_t kBackgroundFrom = 4;
inline constexpr std::size_t kMaxTermStories = 32;
inline constexpr std::size_t kMaxRelated = 5;
inline constexpr std::size_t kMaxTerms = 64;
inline constexpr std::size_t kLinkingTerms = 6;
inline constexpr std::size_t kCandidatesScored = 8;

struct Term {
  std::uint64_t key = 0;  // hash of its MatchKey (a bigram's: both words')
  std::uint32_t count = 0;
};

// The terms of a text, sorted by key: at most kMaxTerms, the most frequent.
// `lang`: the text's language code, for its stopwords ("" when not known).
// REQUIRES: well-formed UTF-8; ICU's data for non-ASCII words.
std::vector<Term> TermsOf(std::string_view text, std::string_view lang);

struct RelatedStory {
  std::uint32_t story = 0;  // its index
  // What links the two: the keys of the terms both have that weigh most in
  // their cosine, most first (TermSurfaces gives them back as written).
  std::vector<std::uint64_t> linking_terms;
};

// For each story (by index), its related stories: its own most similar
// first, then those that chose it (related is mutual).
std::vector<std::vector<RelatedStory>> RelatedStories(
    const std::vector<const std::vector<Term>*>& stories);

// How `text` writes each of `keys` (terms of TermsOf(text, lang)): its first
// occurrence, a name with the capitalised words around it ("Thái Hoàng" as
// "Vũ Lê Thái Hoàng"), "" for a key the text does not have. Costs a TermsOf
// pass.
std::vector<std::string> TermSurfaces(std::string_view text, std::string_view lang,
                                      const std::vector<std::uint64_t>& keys);

}  // namespace wiredesk::dedup

#endif  // WIREDESK_DEDUP_RELATED_H_
