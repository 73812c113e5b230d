// The digest of one version against the version before it: one line per
// change that alters what the story says, for a reader scanning a timeline.
//
//   Comparison c = Compare(earlier, later);
//   for (const DigestLine& line : Digest(c)) show(line.kind, line.text);
//
// Lines, in reading order, built from the comparison's rows (comparison.h):
//   headline  the headline changed, added or dropped      left, right
//   number    one number edit, with the words around it   "left 20 → 25 dead"
//   name      one name edit                               "Hanh → Nguyen"
//   wording   one wording edit                            "“said” → “told reporters”"
//   added     a sentence only the later version has       quoted, shortened
//   removed   a sentence only the earlier version had     quoted, shortened
//   moved     a run of consecutive moved sentences: ONE line for the block
//   cosmetic  at most one line, and only when nothing else changed:
//             "no substantive change (only spacing changed)"
//   unrelated the versions share no text (one line)
// Spacing, punctuation, case and diacritic edits never get a line of their
// own: they are what a re-keyed copy does to a text, not news.
//
// Pure; deterministic. Cost: linear in the comparison's rows and words.

#ifndef WIREDESK_COMPARE_DIGEST_H_
#define WIREDESK_COMPARE_DIGEST_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "compare/comparison.h"

namespace wiredesk::compare {

struct DigestLine {
  std::string kind;         // see above
  std::string text;         // the line as a reader sees it
  bool paired = false;      // headline, number, name and wording lines
  std::string left, right;  // paired lines: the earlier and the later text
};

std::vector<DigestLine> Digest(const Comparison& comparison);

// True for the lines that say the story changed (all but cosmetic).
bool IsSubstantiveLine(const DigestLine& line);

// `text` in curly quotes, cut at a word boundary after about `max_chars`
// characters (code points) with an ellipsis.
std::string Quoted(std::string_view text, std::size_t max_chars = 90);

}  // namespace wiredesk::compare

#endif  // WIREDESK_COMPARE_DIGEST_H_
