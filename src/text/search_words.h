// The words a text is found by: what a reader's search matches against
// articles, whatever the case, the diacritics or the composition.
//
//   std::vector<std::uint32_t> words = SearchWords("Bộ Công an điều tra");
//   HasAllWords(words, SearchWords("cong an"))   // true
//   HasAllWords(words, SearchWords("CÔNG AN"))   // true
//
// A word is a run of letters and digits after MatchKey (normalize.h), held as
// a 32-bit hash: a text's words take about a third of its bytes, and a
// search is a binary search per query word. Two words share a hash with odds
// of about 2^-32 a pair: a search may, that rarely, find a text that lacks
// a word. Scripts written without spaces (Chinese, Japanese, Thai) are one
// word per run, so a search finds them by the whole run only.
//
// Pure. Cost: one MatchKey over the text (a UTF-16 round trip), then linear.
// REQUIRES: well-formed UTF-8.

#ifndef WIREDESK_TEXT_SEARCH_WORDS_H_
#define WIREDESK_TEXT_SEARCH_WORDS_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace wiredesk::text {

// The distinct words of `text`, as sorted hashes.
std::vector<std::uint32_t> SearchWords(std::string_view text);

// True when every word of `query` is among `words` (both from SearchWords);
// true for an empty query.
bool HasAllWords(const std::vector<std::uint32_t>& words, const std::vector<std::uint32_t>& query);

}  // namespace wiredesk::text

#endif  // WIREDESK_TEXT_SEARCH_WORDS_H_
