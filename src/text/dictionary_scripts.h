// Word boundaries for the scripts ICU segments with dictionaries, without the
// dictionaries. Internal to text/ (tokens.cc).
//
// Why: ICU breaks Chinese, Japanese, Thai, Lao, Khmer and Burmese text into
// words with dictionaries (3+ MB). Natively the system's ICU has them; the
// wasm build ships trimmed data without them (scripts/lib/icu-data.sh), and
// there ICU falls back to its plain rules. The two targets would then tokenise
// the same page differently, and everything built on tokens (extraction's
// word counts, summaries, fingerprints, diffs) would differ too. So text/
// never lets ICU see these characters: it cuts them out of the text and
// segments them here, by the rules Unicode's default word boundaries (UAX #29)
// give when no dictionary is at hand:
//   Han and Hiragana   one token per character (with its combining marks and
//                      variation selectors), the usual fallback of search
//                      engines that index CJK without a dictionary ("日本語"
//                      -> "日" "本" "語")
//   Katakana           a run is one token (UAX #29 WB13): mostly loanwords
//                      ("コンピューター")
//   Thai, Lao, Khmer,  a run of the script is one token: these scripts put
//   Myanmar and other  spaces between phrases, not words, so a token is a
//   Complex_Context    phrase
// Cost of the choice: no dictionary words, so a Chinese or Japanese word of
// several characters is several tokens, and a Thai phrase is one token, which
// matches less often than words would (summaries and near-duplicate detection
// see coarser or finer units than a reader does). The gain: identical tokens
// on both targets and a download 3 MB smaller.
//
// The set of characters is exactly the set ICU's word rules send to a
// dictionary ($dictionary in ICU's word.txt): Line_Break=Complex_Context,
// Script=Han, Script=Hiragana, Word_Break=Katakana, and the halfwidth voiced
// sound marks U+FF9E and U+FF9F. Their properties are compiled into ICU's
// common library, so this needs no ICU data.
//
// REQUIRES: well-formed UTF-8. Cost: linear in the run.

#ifndef WIREDESK_TEXT_DICTIONARY_SCRIPTS_H_
#define WIREDESK_TEXT_DICTIONARY_SCRIPTS_H_

#include <unicode/umachine.h>

#include <cstddef>
#include <string_view>
#include <vector>

#include "text/tokens.h"

namespace wiredesk::text {

// True when ICU would hand `c` to a dictionary.
bool IsDictionaryScript(UChar32 c);

// The end of the run of dictionary-script characters starting at `begin`
// (whose first character IsDictionaryScript), with the combining marks,
// format characters and joiners that follow them.
std::size_t DictionaryRunEnd(std::string_view text, std::size_t begin);

// Appends the word tokens of the run text[begin, end), as described above.
void SegmentDictionaryRun(std::string_view text, std::size_t begin, std::size_t end,
                          std::vector<Token>& tokens);

}  // namespace wiredesk::text

#endif  // WIREDESK_TEXT_DICTIONARY_SCRIPTS_H_
