// Stopword lists: the function words that carry no topic, for every language
// with a list, keyed by BCP 47 code.
//
// TextRank, keywords, dedup's related-story links and plain-text extraction's
// prose test (stopword density, after jusText) look words up here, in the
// list of the text's own language. The lists come from the npm package
// stopwords-iso (58 languages), generated into the build and compiled into
// the library, so native and wasm builds use the same lists; English and
// Vietnamese use the project's own shorter lists in `text/data/`, picked from
// the same words for summaries (stopwords-iso's English has "billion",
// "computer", "home"), see cmake/embed_stopwords.mjs.
//
// Entries are stored case folded (see normalize.h) but with their diacritics:
// in Vietnamese "mà" (but) is a stopword and "ma" (ghost) is not. An entry of
// several words is left out, since the tokenizer yields single words; so
// Vietnamese lists hold syllables as the tokenizer sees them.
//
//   const StopwordList* list = StopwordList::For(article.lang);  // nullptr: none
//   if (list && !list->Contains(FoldCase(word))) count(word);
//   IsStopword("pt-BR", "não");                                     // true
//
// Thread-safe: each list is built once, on its first use (a few hundred
// microseconds); the rest of the time a lookup is one hash.

#ifndef WIREDESK_TEXT_STOPWORDS_H_
#define WIREDESK_TEXT_STOPWORDS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace wiredesk::text {

class StopwordList {
 public:
  // The list of a BCP 47 code's primary language ("pt-BR" uses "pt"), or
  // nullptr when there is none ("und", "", a language stopwords-iso lacks).
  // The list lives for the program's life.
  static const StopwordList* For(std::string_view lang);

  // REQUIRES: `folded_word` was passed through FoldCase.
  bool Contains(std::string_view folded_word) const {
    return words_.find(folded_word) != words_.end();
  }
  std::size_t size() const { return words_.size(); }
  const std::string& lang() const { return lang_; }  // primary subtag: "pt"

  // Not copyable: callers hold the pointer For gives.
  StopwordList(const StopwordList&) = delete;
  StopwordList& operator=(const StopwordList&) = delete;

 private:
  struct WordHash {  // transparent, so lookups by string_view don't allocate
    using is_transparent = void;
    std::size_t operator()(std::string_view w) const { return std::hash<std::string_view>{}(w); }
  };
  StopwordList(std::string lang, std::string_view entries);
  friend struct StopwordRegistry;

  std::string lang_;
  std::unordered_set<std::string, WordHash, std::equal_to<>> words_;
};

// False for a language without a list.
// REQUIRES: `folded_word` was passed through FoldCase.
bool IsStopword(std::string_view lang, std::string_view folded_word);

// The primary subtags of every language with a list, sorted.
std::vector<std::string_view> StopwordLanguages();

}  // namespace wiredesk::text

#endif  // WIREDESK_TEXT_STOPWORDS_H_
