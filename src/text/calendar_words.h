// The English names dates are written with: months and weekdays, full and
// abbreviated. Two stages ask: extraction, to tell a date line ("Mon, Nov
// 18, 2019 10:30 EST") from text, and comparison, to class "October" ->
// "November" as a changed figure rather than a changed word. Each adds its
// own words (time zones; number words) to these.
//
//   IsMonthName("sept")        // true
//   IsWeekdayName("thursday")  // true
//   IsWeekdayName("thu")       // false: an abbreviation
//   IsWeekdayAbbreviation("thu")  // true
//
// REQUIRES: the word lower-cased (ASCII). Cost: a scan of a few dozen words.

#ifndef WIREDESK_TEXT_CALENDAR_WORDS_H_
#define WIREDESK_TEXT_CALENDAR_WORDS_H_

#include <string_view>

namespace wiredesk::text {

// "january".."december" and "jan".."dec" with "sept".
bool IsMonthName(std::string_view lower_word);

// "monday".."sunday".
bool IsWeekdayName(std::string_view lower_word);

// "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun":
// kept apart from the full names because "sat" and "sun" are also words.
bool IsWeekdayAbbreviation(std::string_view lower_word);

}  // namespace wiredesk::text

#endif  // WIREDESK_TEXT_CALENDAR_WORDS_H_
