#include "extract/display_columns.h"

#include <catch2/catch.hpp>

using wiredesk::extract::ContentColumns;
using wiredesk::extract::DisplayColumns;

TEST_CASE("wide characters take two columns on screen and count three for what they say") {
  CHECK(DisplayColumns("port") == 4);
  CHECK(DisplayColumns("港口") == 4);
  CHECK(DisplayColumns("Vie\xCC\xA3\xCC\x82t") ==
        4);  // "Việt" decomposed: its marks take no column
  CHECK(ContentColumns("port") == 4);
  CHECK(ContentColumns("港口") == 6);
  CHECK(ContentColumns("コンテナ") == 12);
}
