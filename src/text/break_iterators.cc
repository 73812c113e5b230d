#include "text/break_iterators.h"

#include <unicode/locid.h>

#include <memory>

namespace wiredesk::text {
namespace {

using Factory = icu::BreakIterator* (*)(const icu::Locale&, UErrorCode&);

icu::BreakIterator* Cached(std::unique_ptr<icu::BreakIterator>& slot, Factory create) {
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    slot.reset(create(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) slot.reset();
  }
  return slot.get();
}

}  // namespace

icu::BreakIterator* SentenceBreaker() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator;
  return Cached(iterator, &icu::BreakIterator::createSentenceInstance);
}

icu::BreakIterator* WordBreaker() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator;
  return Cached(iterator, &icu::BreakIterator::createWordInstance);
}

}  // namespace wiredesk::text
