// Script and style bodies lifted out before parsing and put back after
// leave the tree the page itself gives.
#include "extract/raw_text.h"

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>

#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "extract/html_tree.h"

namespace {

using wiredesk::extract::HtmlDoc;
using wiredesk::extract::LiftRawText;
using wiredesk::extract::RestoreRawText;

HtmlDoc ParseAsWritten(std::string_view html) {
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NONET | HTML_PARSE_COMPACT | XML_PARSE_HUGE;
  return HtmlDoc(
      htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8", options));
}

std::string Serialised(xmlDoc* doc) {
  xmlChar* bytes = nullptr;
  int size = 0;
  htmlDocDumpMemory(doc, &bytes, &size);
  std::string out(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size));
  xmlFree(bytes);
  return out;
}

}  // namespace

TEST_CASE("a page parses to the same tree with its scripts and styles lifted out") {
  const std::string html =
      "<html lang=\"en-GB-oxendict-x-tides\"><head><title>Tide tables</title>"
      "<style>p > a { color: red } /* </p> */</style>"
      "<script type=\"application/ld+json\">{\"headline\": \"Tide – tables\"}</script>"
      "<script src=\"a.js\" /><!-- <script>hidden()</script> -->"
      "</head><body class=\"page page--tides\"><div class=\"page  page--tides\tharbour\nnight\" "
      "id=\"first-of-the-two-ids\" ID=\"second-of-the-two-ids\">"
      "<p title='Tide &amp; weather for the harbour'>High water at <b>noon</b>.</p>"
      "<a href=\"/tides/harbour/2025/high-water.html\" data-x=unquoted-and-long-value>x</a>"
      "<SCRIPT data-x='a > b'>if (a < b) { w('</div><p>x</p>'); }</SCRIPT>"
      "<div>Low water at six.<script>\n12\n</script></div>"
      "<script>var unclosed = '<p>'";
  const auto lifted = LiftRawText(html);
  CHECK(lifted.bodies.size() == 5);
  // The div's class and first id, the script's type, the link: the root's
  // and the body's values and a name given twice stay.
  CHECK(lifted.values.size() == 4);
  CHECK(lifted.html.find("w('") == std::string::npos);
  const HtmlDoc doc = ParseAsWritten(lifted.html);
  REQUIRE(doc);
  CHECK(RestoreRawText(doc.get(), lifted));
  const HtmlDoc written = ParseAsWritten(html);
  REQUIRE(written);
  CHECK(Serialised(doc.get()) == Serialised(written.get()));
}

TEST_CASE("a value whose placeholder the parser did not keep fails the restore") {
  wiredesk::extract::LiftedRawText values;
  values.values = {"harbour tides"};
  const HtmlDoc kept = ParseAsWritten(
      "<p class=\"\x7F"
      "0\">x</p>");
  CHECK(RestoreRawText(kept.get(), values));
  const HtmlDoc dropped = ParseAsWritten(
      "<p class=\"a\" class=\"\x7F"
      "0\">x</p>");
  CHECK_FALSE(RestoreRawText(dropped.get(), values));
}

TEST_CASE("a body the parser would not copy as written stays in the page") {
  const std::string html = "<p>Ferry</p><script>var bell = '\x07';</script>";
  CHECK(LiftRawText(html).bodies.empty());
}

TEST_CASE("a placeholder the parser did not read as the next body fails the restore") {
  wiredesk::extract::LiftedRawText bodies;
  bodies.bodies = {"first()", "second()"};
  const HtmlDoc swapped = ParseAsWritten("<script>1</script><script>0</script>");
  CHECK_FALSE(RestoreRawText(swapped.get(), bodies));
  const HtmlDoc missing = ParseAsWritten("<!-- <script>0</script> --><script>1</script>");
  CHECK_FALSE(RestoreRawText(missing.get(), bodies));
  const HtmlDoc both = ParseAsWritten("<script>0</script><p>x</p><style>1</style>");
  CHECK(RestoreRawText(both.get(), bodies));
}
