// A date as it is written in a page's metadata or on its date line, read
// into ISO 8601, or nothing when the text is not a date. Pages carry all
// sorts of strings where a date is expected ("858shares", a logo's file
// name, a phone number): only what parses is shown and sorted.
//
//   IsoDate("2019-11-18T15:12:00Z")          // "2019-11-18T15:12:00Z"
//   IsoDate("2019-11-18 15:12")              // "2019-11-18T15:12"
//   IsoDate("Mon, Nov 18, 2019 10:30 EST")   // "2019-11-18"
//   IsoDate("Published 18 November 2019")    // "2019-11-18"
//   IsoDate("03-5829-8082")                  // ""
//
// Read forms: ISO 8601 (date, optional time with seconds, fraction and
// zone; "T" or a space between), and English dates with a month name, a
// day and a four-digit year in either order, in a short line. A time in
// the English form is dropped: its zone is often a local name ("EST") that
// can't be read reliably. Years 1900 to 2199 only.
// Cost: one pass over at most a line of text. Locale-independent.

#ifndef WIREDESK_TEXT_DATES_H_
#define WIREDESK_TEXT_DATES_H_

#include <string>
#include <string_view>

namespace wiredesk::text {

// The date in ISO 8601 ("YYYY-MM-DD", with "THH:MM[:SS[.f]][zone]" when
// an ISO time was given), or "" when `written` is not a date.
std::string IsoDate(std::string_view written);

}  // namespace wiredesk::text

#endif  // WIREDESK_TEXT_DATES_H_
