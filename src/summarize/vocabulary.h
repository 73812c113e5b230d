// The words of the texts being summarised, as small integer ids.
//
// Every later step (sentence overlap, BM25, the keyword graph) compares
// words many times; comparing ids in sorted vectors is what keeps TextRank
// cheap. Words are keyed diacritics-insensitively (text::MatchKey), so
// "Việt Nam" and "Viet Nam" in two versions of a story are the same words,
// and checked against the stopword list in their case-folded form (the
// lists keep diacritics: Vietnamese "mà" is a stopword, "ma" is not).
//
//   Vocabulary words(text::StopwordList::For("en"));
//   Vocabulary::Word w = words.Lookup("Convention");  // w.id, w.stopword
//
// Each distinct spelling is folded once (a cache by surface form); ASCII
// words skip ICU. Not thread-safe: one per summary.

#ifndef WIREDESK_SUMMARIZE_VOCABULARY_H_
#define WIREDESK_SUMMARIZE_VOCABULARY_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/stopwords.h"

namespace wiredesk::summarize {

class Vocabulary {
 public:
  // `stopwords`: the list to use; nullptr for a language without one.
  explicit Vocabulary(const text::StopwordList* stopwords) : language_(stopwords) {}

  struct Word {
    int id = 0;
    bool stopword = false;
  };

  // REQUIRES: `surface` is one word token, well-formed UTF-8.
  Word Lookup(std::string_view surface);

  // Marks every spelling of `id` as a stopword: for texts in a language
  // without a list, the words that occur in too many sentences to tell them
  // apart. (A listed stopword is one by its spelling: see Lookup.)
  void MarkStopword(int id) { stopword_by_id_[static_cast<std::size_t>(id)] = true; }
  // True when MarkStopword was called for `id`.
  bool IsStopword(int id) const { return stopword_by_id_[static_cast<std::size_t>(id)]; }

  int size() const { return static_cast<int>(stopword_by_id_.size()); }

  // The stopword list in use; nullptr for a language without one.
  const text::StopwordList* language() const { return language_; }

  // The match key of `id`: its case-folded spelling without diacritics.
  const std::string& Key(int id) const { return key_by_id_[static_cast<std::size_t>(id)]; }

 private:
  const text::StopwordList* language_;
  // Lookups only, never iterated: ids are given in order of first sight, so
  // the hash function (which differs between 32- and 64-bit targets) can't
  // change any result.
  // Transparent, so that a lookup by string_view allocates nothing.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, Word, Hash, std::equal_to<>> id_by_surface_;
  std::unordered_map<std::string, int> id_by_key_;
  std::vector<bool> stopword_by_id_;
  std::vector<std::string> key_by_id_;
};

// The stopword list for a text: the one its language code names; when the
// code is empty or "und", the English or Vietnamese list when its words make
// up at least a fifth of the text's first words (function words are that
// frequent in any prose); nullptr when the language has no list.
const text::StopwordList* StopwordsFor(std::string_view lang_code,
                                       const std::vector<std::string_view>& words);

}  // namespace wiredesk::summarize

#endif  // WIREDESK_SUMMARIZE_VOCABULARY_H_
