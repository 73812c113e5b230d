// Publication dates as ISO 8601, from the ways pages write them: the
// machine forms of meta tags and JSON-LD ("2025-09-04T10:00:00+02:00",
// "2025/09/04") and the forms a reader sees ("September 4, 2025",
// "Thu, 4 Sep 2025 10:00", "4. 9. 2025"). Anything else gives "", so a
// date field never holds text that is not a date ("858shares").
//
//   IsoDate("2025-09-04T10:00:00Z")        // "2025-09-04T10:00:00Z"
//   IsoDate("Sept. 4th, 2025, 10:30 am")   // "2025-09-04"
//   IsoDate("04/09/2025")                  // "": day and month can't be told apart
//   IsoDate("13/09/2025")                  // "2025-09-13"
//   IsoDate("logo_dfw_2x")                 // ""
//
// Years 1990-2099 only: a page's publication date, not any number.
// Cost: one scan of the text. REQUIRES: UTF-8 (only ASCII is read).

#ifndef WIREDESK_EXTRACT_ISO_DATE_H_
#define WIREDESK_EXTRACT_ISO_DATE_H_

#include <string>
#include <string_view>

namespace wiredesk::extract {

// The date (with its time and zone when given in ISO form), or "".
std::string IsoDate(std::string_view text);

// The first date written in a line of visible text ("By Ann Lee | Updated
// March 3, 2024"), or "". Stricter than IsoDate about what surrounds it.
std::string DateInText(std::string_view text);

}  // namespace wiredesk::extract

#endif  // WIREDESK_EXTRACT_ISO_DATE_H_
