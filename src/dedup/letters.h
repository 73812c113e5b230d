// The letters of a text: what dedup compares, with every spacing, punctuation,
// case and diacritic difference between copies gone.
//
// Wire copies are damaged in predictable ways: line breaks lost so words run
// together ("withcountries"), quotes straightened or curled, headlines in
// capitals, names with and without Vietnamese diacritics. Keeping only the
// letters and digits, case and diacritic folded, makes all of that vanish:
//
//   FoldedLetters("with countries, Việt Nam’s") == FoldedLetters("withcountries Viet Nams")
//                                               == "withcountriesvietnams"
//
// Numbers are the other edit copies carry: a desk updates a toll, a
// score, a date. Every run of digits folds to a single '0', so "killed 12
// people" and "killed 15 people" have the same letters (a 12-letter shingle
// holds about two words: one changed number cost each copy a dozen shingles,
// and a box score or a budget story was no longer a version of itself).
//
// Cost: one pass over the bytes. ASCII (the bulk of English copy) is folded
// inline; only runs of non-ASCII bytes go through text::MatchKey (ICU), and
// those runs are cached per thread, since a story repeats the same few
// accented syllables. REQUIRES: well-formed UTF-8; ICU's data for non-ASCII.

#ifndef WIREDESK_DEDUP_LETTERS_H_
#define WIREDESK_DEDUP_LETTERS_H_

#include <string>
#include <string_view>

namespace wiredesk::dedup {

// The letters of `text`, case folded, without diacritics or anything between
// them; each run of digits as one '0'. Non-ASCII letters that have no ASCII base
// (Cyrillic, CJK...) are kept, folded, as UTF-8.
std::string FoldedLetters(std::string_view text);

// The folded letters of one non-ASCII run (a syllable's accented part, a
// curly quote): MatchKey without the punctuation and symbols it keeps.
std::string FoldedLettersOfRun(std::string_view run);

}  // namespace wiredesk::dedup

#endif  // WIREDESK_DEDUP_LETTERS_H_
