// Forms (contact, sign-up, search) are page furniture unless one wraps the
// whole page.
#include <catch2/catch.hpp>
#include <string>

#include "extract/extract.h"

namespace {

using wiredesk::extract::BodyText;
using wiredesk::extract::ExtractHtml;

const std::string kProse =
    "<p>The council compared the three bus routes that serve the hospital before deciding "
    "which one to extend into the new estate on the hill, and published its figures.</p>"
    "<p>Route four carries the most passengers, but route nine is the only one with buses "
    "that can take the steep road past the school, so the choice was not a simple one.</p>";

}  // namespace

TEST_CASE("a contact form beside the article is not article text") {
  const std::string text = BodyText(ExtractHtml(
      "<html><body><div class='page'><article><h1>Which bus goes up the hill</h1>" + kProse +
      kProse +
      "</article><form action='/contact'><p>Tell us what you think of the new "
      "route and we will reply within two working days, by email or by phone.</p>"
      "<p>First name</p><p>Last name</p><p>Phone number</p></form></div></body></html>"));
  CHECK(text.find("route nine") != std::string::npos);
  CHECK(text.find("reply within two working days") == std::string::npos);
  CHECK(text.find("Last name") == std::string::npos);
}

TEST_CASE("a form that wraps the whole page keeps its article") {
  const std::string text = BodyText(ExtractHtml(
      "<html><body><form id='page' action='/postback'><article><h1>Which bus goes up the "
      "hill</h1>" +
      kProse + kProse + "</article></form></body></html>"));
  CHECK(text.find("route nine") != std::string::npos);
}
