// Keywords and keyphrases by TextRank over the word graph.
//
// Mihalcea & Tarau 2004, section 3: the content words of the text are the
// vertices; two are linked when they occur within a window of kWindow
// content words in one sentence (weighted by how often they do); PageRank
// (d = 0.85) ranks them; the top third of the vocabulary are keywords, and
// keywords that stand side by side in the text (nothing but a space between)
// merge into a keyphrase ("UN Convention", "cybercrime convention"), scored by
// the sum of its words' scores. Without a part-of-speech tagger, the
// paper's noun-and-adjective filter is approximated by the stopword list
// (and, for a language without one, by dropping the most widespread words).
// Words are compared diacritics-insensitively ("Việt Nam" = "Viet Nam"); a
// term is shown in its most frequent spelling.
//
// Cost: linear in the words plus PageRank over the word graph.

#ifndef WIREDESK_SUMMARIZE_KEYWORDS_H_
#define WIREDESK_SUMMARIZE_KEYWORDS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "summarize/candidates.h"

namespace wiredesk::summarize {

inline constexpr int kWindow = 2;
inline constexpr std::size_t kMaxPhraseWords = 5;

struct Keyword {
  std::string term;
  double score = 0;  // relative to the best term (1)
};

// The `count` best terms of the pool's sentences, best first; ties broken by
// first appearance. A term is left out when better-ranked terms already
// hold all its words.
std::vector<Keyword> ExtractKeywords(const CandidatePool& pool, std::size_t count);

}  // namespace wiredesk::summarize

#endif  // WIREDESK_SUMMARIZE_KEYWORDS_H_
