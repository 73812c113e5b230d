// How much two sentences say the same thing: the edge weights of TextRank's
// sentence graph, and the measured alternatives.
//
//   kOverlapLog  Mihalcea & Tarau 2004, eq. 5: |Si ∩ Sj| / (log|Si| + log|Sj|),
//                the content words shared, |S| the sentence's words. Long
//                sentences share more words by chance; the log damps that
//                only a little, so the classic graph favours long sentences.
//   kCosine      |Si ∩ Sj| / sqrt(|Si| |Sj|) over content-word sets: the same
//                overlap normalised by both sentences' content-word counts,
//                so a sentence wins by being central, not by being long.
//   kBm25        Barrios et al. 2016 ("Variations of the similarity function
//                of TextRank"): BM25 of Sj as a document for the query Si
//                over the article's sentences (k1 = 1.2, b = 0.75, each word
//                counted once per sentence); directed.
//
// REQUIRES: content vectors sorted and unique. Cost: O(|Si| + |Sj|) a pair.

#ifndef WIREDESK_SUMMARIZE_SENTENCE_GRAPH_H_
#define WIREDESK_SUMMARIZE_SENTENCE_GRAPH_H_

#include <vector>

#include "summarize/pagerank.h"

namespace wiredesk::summarize {

enum class Similarity { kOverlapLog, kCosine, kBm25 };

// Shared entries of two sorted unique vectors.
template <typename T>
int SharedCount(const std::vector<T>& a, const std::vector<T>& b) {
  int shared = 0;
  auto i = a.begin(), j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++shared, ++i, ++j;
    }
  }
  return shared;
}

// |A ∩ B| / sqrt(|A| |B|); 0 when either is empty.
double Cosine(const std::vector<int>& a, const std::vector<int>& b);

struct GraphSentence {
  const std::vector<int>* content;  // sorted unique content-word ids
  int words;                        // all its words
};

// The sentence graph: an edge each way between every pair with a positive
// weight, pairs visited in index order (so the graph, and PageRank over it,
// come out the same on every target). `vocabulary_size` bounds the ids.
Graph BuildSentenceGraph(const std::vector<GraphSentence>& sentences, Similarity similarity,
                         int vocabulary_size);

}  // namespace wiredesk::summarize

#endif  // WIREDESK_SUMMARIZE_SENTENCE_GRAPH_H_
