#include "text/calendar_words.h"

#include <catch2/catch.hpp>

using wiredesk::text::IsMonthName;
using wiredesk::text::IsWeekdayAbbreviation;
using wiredesk::text::IsWeekdayName;

TEST_CASE("month names, full and abbreviated, are calendar words") {
  CHECK(IsMonthName("january"));
  CHECK(IsMonthName("may"));
  CHECK(IsMonthName("sept"));
  CHECK(IsMonthName("dec"));
  CHECK_FALSE(IsMonthName("monday"));
  CHECK_FALSE(IsMonthName("January"));  // callers lower-case first
}

TEST_CASE("weekday names and their abbreviations are told apart") {
  CHECK(IsWeekdayName("thursday"));
  CHECK_FALSE(IsWeekdayName("thu"));
  CHECK(IsWeekdayAbbreviation("thurs"));
  CHECK(IsWeekdayAbbreviation("sun"));
  CHECK_FALSE(IsWeekdayAbbreviation("sunday"));
}
