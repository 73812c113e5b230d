// When a version was published, as a number that sorts: the timeline orders
// a story's versions by it (story_updates.h). Dates are parsed, not compared
// as strings: "2024-03-05T09:00+07:00" is earlier than "2024-03-05T03:00Z".
//
// Read: ISO 8601 / RFC 3339 ("2024-03-05", "2024-03-05T09:00",
// "2024-03-05 09:00:30.5Z", "…+07:00", "…+0700") and RFC 2822 as feeds and
// mail headers give it ("Tue, 05 Mar 2024 09:00:00 +0700", "GMT"). A time
// without a zone is taken as UTC; a date without a time as its midnight.
// Anything else is no date. Linear in the text.

#ifndef WIREDESK_COMPARE_PUBLISHED_TIME_H_
#define WIREDESK_COMPARE_PUBLISHED_TIME_H_

#include <cstdint>
#include <optional>
#include <string_view>

namespace wiredesk::compare {

// Seconds since 1970-01-01T00:00Z, or nothing when `published` is no date.
std::optional<std::int64_t> PublishedSeconds(std::string_view published);

}  // namespace wiredesk::compare

#endif  // WIREDESK_COMPARE_PUBLISHED_TIME_H_
