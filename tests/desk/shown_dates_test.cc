// The dates the Desk shows and sorts by (extract::IsoDate, as the add
// results' "date"): strings a page put where a date goes are none.
#include <catch2/catch.hpp>

#include "extract/iso_date.h"

using wiredesk::extract::IsoDate;

TEST_CASE("a date line or an ISO date is shown as its ISO date") {
  CHECK(IsoDate("2019-11-18T15:12:00Z") == "2019-11-18T15:12:00Z");
  CHECK(IsoDate("Mon, Nov 18, 2019 10:30 EST") == "2019-11-18");
  CHECK(IsoDate("Published 18 November 2019") == "2019-11-18");
}

TEST_CASE("share counts, image names and phone numbers are never shown as dates") {
  CHECK(IsoDate("858shares").empty());
  CHECK(IsoDate("logo_dfw_2x").empty());
  CHECK(IsoDate("03-5829-8082").empty());
  CHECK(IsoDate("2019-13-01").empty());
  CHECK(IsoDate("").empty());
}
