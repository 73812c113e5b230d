// Stopword lists: the function words that carry no topic.
//
// TextRank, keywords and dedup's shingles skip them. The lists are data files
// (`text/data/stopwords-<lang>.txt`, one entry a line, `#` comments) compiled
// into the library, so native and wasm builds use the same lists.
//
// Entries are stored case folded (see normalize.h) but with their diacritics:
// in Vietnamese "mà" (but) is a stopword and "ma" (ghost) is not. Vietnamese
// words are written as syllables separated by spaces, so its list holds
// syllables as the tokenizer sees them.
//
//   if (!IsStopword(Language::kEnglish, FoldCase(word))) count(word);
//
// Thread-safe: the lists are built once, on first use.

#ifndef WIREDESK_TEXT_STOPWORDS_H_
#define WIREDESK_TEXT_STOPWORDS_H_

#include <cstddef>
#include <optional>
#include <string_view>

namespace wiredesk::text {

enum class Language { kEnglish, kVietnamese };

// "en" or "vi" (also "en-GB" and the like); nullopt for a language without a list.
std::optional<Language> LanguageFromCode(std::string_view code);

// REQUIRES: `folded_word` was passed through FoldCase.
bool IsStopword(Language language, std::string_view folded_word);

// How many entries the list holds.
std::size_t StopwordCount(Language language);

}  // namespace wiredesk::text

#endif  // WIREDESK_TEXT_STOPWORDS_H_
