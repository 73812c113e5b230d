#include "text/lines.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using wiredesk::text::IsBlank;
using wiredesk::text::Line;
using wiredesk::text::SplitLines;
using wiredesk::text::Trim;

namespace {

std::vector<std::string> LineTexts(const std::string& text) {
  std::vector<std::string> out;
  for (const Line& line : SplitLines(text))
    out.push_back(text.substr(line.begin, line.end - line.begin));
  return out;
}

}  // namespace

TEST_CASE("every Unicode line break ends a line") {
  CHECK(LineTexts("a\nb\r\nc\rd\u2029e\u2028f\u0085g") ==
        std::vector<std::string>{"a", "b", "c", "d", "e", "f", "g"});
}

TEST_CASE("blank lines are kept and a final break opens no empty line") {
  CHECK(LineTexts("a\n\nb\n") == std::vector<std::string>{"a", "", "b"});
  CHECK(SplitLines("").empty());
}

TEST_CASE("trimming removes Unicode white space, including no-break space") {
  const std::string text = "\u00A0 Hà Nội\u3000 ";
  const Line trimmed = Trim(text, {0, text.size()});
  CHECK(text.substr(trimmed.begin, trimmed.end - trimmed.begin) == "Hà Nội");
  CHECK(IsBlank("\u00A0\t \u2003"));
  CHECK_FALSE(IsBlank(" x "));
}

TEST_CASE("white space runs, no-break spaces included, collapse to one space") {
  CHECK(wiredesk::text::CollapseWhitespace("  At the\u00A088th \t General\n Assembly ") ==
        "At the 88th General Assembly");
  CHECK(wiredesk::text::CollapseWhitespace(" \u3000 ").empty());
}
