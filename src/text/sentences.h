// Sentence segmentation for news text.
//
// ICU's sentence rules (Unicode UAX #29) with Wiredesk's own repairs on top,
// because wire copy breaks ICU in predictable places:
//   - titles and abbreviations: "Mr. Smith met Dr. Jones in the U.S. on
//     Oct. 15." is one sentence (ICU alone makes four);
//   - initials: "John F. Kennedy";
//   - a quote ending in "!" or "?" that the sentence goes on after:
//     "“Yes!” she said.";
//   - pieces with no letter or digit, such as the agency sign-off "/." in
//     "The talks ended./.", belong to the sentence before them.
// A line break ends a paragraph and so always ends a sentence; text wrapped
// at a fixed width must be re-flowed before it gets here (extract does).
//
//   for (const Sentence& s : SplitSentences(text))
//     use(text.substr(s.begin, s.end - s.begin), s.paragraph);
//
// REQUIRES: well-formed UTF-8 (see utf8.h) and ICU's data (see icu_data.h).
// Cost: linear in the text. Thread-safe: each thread keeps its own ICU
// break iterator.

#ifndef WIREDESK_TEXT_SENTENCES_H_
#define WIREDESK_TEXT_SENTENCES_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace wiredesk::text {

struct Sentence {
  std::size_t begin = 0;  // byte offset of the first character
  std::size_t end = 0;    // byte offset just past the last non-space character
  int paragraph = 0;      // index of the non-blank line it stands on, from 0
};

// The sentences of `text` in reading order, trimmed of surrounding space.
// Blank lines give no sentence and no paragraph number.
std::vector<Sentence> SplitSentences(std::string_view text);

}  // namespace wiredesk::text

#endif  // WIREDESK_TEXT_SENTENCES_H_
