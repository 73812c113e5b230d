// ICU's break iterators, one of each kind per thread: building one loads its
// rules from ICU's data, far too slow to do per call. Internal to text/.
//
// Each returns null when ICU has no rules for it (its data is missing); the
// callers then degrade (a line is one sentence) rather than fail.

#ifndef WIREDESK_TEXT_BREAK_ITERATORS_H_
#define WIREDESK_TEXT_BREAK_ITERATORS_H_

#include <unicode/brkiter.h>

namespace wiredesk::text {

icu::BreakIterator* SentenceBreaker();
icu::BreakIterator* WordBreaker();

}  // namespace wiredesk::text

#endif  // WIREDESK_TEXT_BREAK_ITERATORS_H_
