// Attribute names libxml2 refuses (script frameworks' `@click`, `:class`
// is fine) must not spill their code into the page text.
#include "extract/attribute_names.h"

#include <catch2/catch.hpp>
#include <string>

#include "extract/extract.h"

namespace {

using wiredesk::extract::Article;
using wiredesk::extract::BodyText;
using wiredesk::extract::ExtractHtml;
using wiredesk::extract::HasUnparsableAttributeNames;
using wiredesk::extract::MendAttributeNames;

}  // namespace

TEST_CASE("a script handler in an @-attribute stays out of the article text") {
  const Article article = ExtractHtml(
      "<html><body><article><h1>Ferry timetable changes</h1>"
      "<p @click=\"shown = count > 2\" class=\"lead\">The ferry to the northern islands will "
      "leave an hour earlier from Monday, the operator said, because the evening tide no "
      "longer gives the deeper boats enough water at the outer pier.</p>"
      "<p>Passengers who booked the later crossing will be moved to the new sailing or "
      "refunded in full, and the <a @click.prevent=\"open = !open\" href=\"/cafe\">cafe on "
      "the quay</a> will open earlier to match.</p></article></body></html>");
  REQUIRE(!article.paragraphs.empty());
  CHECK(article.paragraphs.front().text.starts_with("The ferry to the northern islands"));
  CHECK(BodyText(article).find("class=") == std::string::npos);
  CHECK(BodyText(article).find("cafe on the quay will open") != std::string::npos);
}

TEST_CASE("names libxml2 refuses are mended in place and nothing else changes") {
  std::string html =
      "<div @click=\"a > b\" (tap)='go()' x-on:key.up=\"k\" data-x=1>"
      "<!-- <p @x='1'> --><script>if (a <b @c) {}</script><p>@home</p></div>";
  CHECK(HasUnparsableAttributeNames(html));
  CHECK(MendAttributeNames(html));
  CHECK(html ==
        "<div _click=\"a > b\" _tap_='go()' x-on:key.up=\"k\" data-x=1>"
        "<!-- <p @x='1'> --><script>if (a <b @c) {}</script><p>@home</p></div>");
  CHECK_FALSE(HasUnparsableAttributeNames(html));
  std::string plain = "<p class=\"a\">x</p>";
  CHECK_FALSE(MendAttributeNames(plain));
}
