// The sentences a summary may choose from, each tokenised once.
//
// Sentences come from text::SplitSentences over each body paragraph of an
// Article, so that (paragraph, sentence) points into Article::paragraphs and
// the reader can highlight a chosen sentence in place. Extraction removes
// most page furniture; this is the second line of defence. A sentence is a
// candidate only when it reads as one:
//   - it stands in a paragraph, quote or list item, not a heading;
//   - its paragraph is not a photo caption ("... (Photo: VNA)"), nor is
//     the sentence itself one, run into the text (IsCaptionOrCredit);
//   - it has at least `min_words` words (kMinWords by default) and two
//     content words (datelines such as "Santiago (VNA) –", "See more" labels
//     and bylines don't);
//   - it ends as sentences do (. ! ? … or its script's full stop, possibly
//     inside quotes or brackets; see EndsLikeSentence):
//     headlines and teaser titles that slipped through don't;
//   - it is not written in capitals only.
//
// Each candidate carries its content words as sorted ids (the sentence
// graph), its words in reading order with the breaks between them (the
// keyword graph) and all its words' ids, from which Shingles() makes 5-byte
// shingles of its letters with the spaces removed, so that a copy whose line
// breaks ate the spaces ("withcountries") still matches the clean one.
//
// Cost: linear in the text read. At most `max_sentences` candidates are kept
// per article, and reading stops after 4 times as many sentences (a page of
// 20,000 sentences, or of sentences without words, ends quickly): news puts
// what matters first, so the cut loses the least.

#ifndef WIREDESK_SUMMARIZE_CANDIDATES_H_
#define WIREDESK_SUMMARIZE_CANDIDATES_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "extract/article.h"
#include "summarize/vocabulary.h"

namespace wiredesk::summarize {

inline constexpr int kMinWords = 5;

struct Candidate {
  int article = 0;    // index of its article among the versions summarised
  int paragraph = 0;  // index into that Article's paragraphs
  int sentence = 0;   // index among the paragraph's sentences (text::SplitSentences)
  int position = 0;   // index among the article's candidates: reading order
  std::string text;
  int words = 0;             // word tokens, stopwords included (|S| in the paper)
  int letters = 0;           // bytes of the words' match keys
  std::vector<int> content;  // sorted unique ids of its content words and numbers
  // Word ids in reading order for the keyword graph; -1 where a stopword, a
  // number or punctuation stands, so two ids side by side are adjacent in the text.
  std::vector<int> sequence;
  std::vector<std::pair<std::size_t, std::size_t>>
      spans;                // byte span in `text` of each sequence entry
  std::vector<int> tokens;  // ids of all its words and numbers, in order
  // Sorted unique ids of its word bigrams: two words side by side (only a
  // space between), not both stopwords. In Vietnamese, written syllable by
  // syllable, a bigram is most often a word ("biểu tình", "Campuchia")
  // where a lone syllable ("biểu") is ambiguous.
  std::vector<int> bigrams;
};

struct CandidatePool {
  explicit CandidatePool(const text::StopwordList* stopwords) : vocabulary(stopwords) {}
  Vocabulary vocabulary;
  std::vector<Candidate> sentences;           // by article, then in reading order
  std::vector<std::vector<int>> title_words;  // content ids of each article's title
  int bigram_count = 0;                       // bigram ids are 0..bigram_count-1
};

// The candidates of every article in `versions` (one article, or the
// versions of one story). REQUIRES: max_sentences > 0.
CandidatePool CollectCandidates(const std::vector<const extract::Article*>& versions,
                                std::size_t max_sentences, int min_words = kMinWords);

// Sorted unique hashes (FNV-1a, 64 bits) of the 5-byte pieces of the
// candidate's words' match keys run together without spaces. Computed on
// demand: only sentences that look alike need them.
std::vector<std::uint64_t> Shingles(const Candidate& candidate, const Vocabulary& words);

// True when `paragraph` is a photo caption: it ends in a bracketed credit
// such as "(Photo: VNA)" or "(Ảnh: TTXVN)".
bool LooksLikeCaption(std::string_view paragraph);

// True when `sentence` ends as a sentence: . ! ? … (or the full stops of
// CJK, Devanagari, Myanmar, Khmer, Arabic and Ethiopic script), possibly
// followed by closing quotes or brackets; Thai and Lao, which mark no full
// stop, with a letter of their script.
bool EndsLikeSentence(std::string_view sentence);

}  // namespace wiredesk::summarize

#endif  // WIREDESK_SUMMARIZE_CANDIDATES_H_
