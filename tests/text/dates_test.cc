#include "text/dates.h"

#include <catch2/catch.hpp>

using wiredesk::text::IsoDate;

TEST_CASE("an ISO 8601 date and time is kept as written") {
  CHECK(IsoDate("2019-11-18") == "2019-11-18");
  CHECK(IsoDate("2019-11-18T15:12:00Z") == "2019-11-18T15:12:00Z");
  CHECK(IsoDate(" 2021-03-04T08:05:09.123+07:00 ") == "2021-03-04T08:05:09.123+07:00");
  CHECK(IsoDate("2019-11-18 15:12") == "2019-11-18T15:12");
}

TEST_CASE("an English date line is read into its ISO date") {
  CHECK(IsoDate("Mon, Nov 18, 2019 10:30 EST") == "2019-11-18");
  CHECK(IsoDate("Published 18 November 2019") == "2019-11-18");
  CHECK(IsoDate("Updated: March 3rd, 2020 at 9:15 am") == "2020-03-03");
  CHECK(IsoDate("10:30, Nov 18 2019") == "2019-11-18");
}

TEST_CASE("strings that stand where a date should but are none are no date") {
  CHECK(IsoDate("858shares").empty());
  CHECK(IsoDate("logo_dfw_2x").empty());
  CHECK(IsoDate("03-5829-8082").empty());
  CHECK(IsoDate("2019-13-01").empty());
  CHECK(IsoDate("2019-02-30").empty());
  CHECK(IsoDate("2019-11-18Tnoon").empty());
  CHECK(IsoDate("November 2019").empty());  // no day
  CHECK(IsoDate("").empty());
}
