#include <catch2/catch.hpp>
#include <string>
#include <variant>

#include "desk/document.h"
#include "extract/extract.h"
#include "text/charset.h"

namespace {

using wiredesk::extract::Article;
using wiredesk::extract::BodyText;
using wiredesk::extract::ExtractHtml;
using wiredesk::extract::ExtractText;

const std::string kParagraph =
    "<p>The harbour authority said on Monday that the new container terminal would open in the "
    "spring, after two years of delays caused by flooding and a shortage of cranes.</p>";

// Content as the stages get it: through the same preparation as the CLI
// and the JS API (size limit, binary check, UTF-8 repair).
std::string Prepared(const std::string& bytes) {
  auto prepared = wiredesk::desk::PrepareContent(bytes);
  REQUIRE(std::holds_alternative<wiredesk::desk::PreparedText>(prepared));
  return std::get<wiredesk::desk::PreparedText>(prepared).text;
}

}  // namespace

TEST_CASE("a 20 MB page gives its article, in both formats") {
  std::string html = "<html><body><nav><a href=/>Home</a></nav><article>";
  while (html.size() < (20u << 20)) html += kParagraph;
  html += "</article></body></html>";
  const Article page = ExtractHtml(Prepared(html));
  CHECK(page.paragraphs.size() > 50000);
  CHECK(page.paragraphs.front().text.rfind("The harbour authority said", 0) == 0);

  std::string text = "Harbour terminal to open in spring\n\n";
  const std::string line = kParagraph.substr(3, kParagraph.size() - 7) + "\n\n";
  while (text.size() < (20u << 20)) text += line;
  const Article copy = ExtractText(Prepared(text));
  CHECK(copy.title == "Harbour terminal to open in spring");
  // The paragraphs repeat: all but the last copy go as repeats.
  REQUIRE_FALSE(copy.paragraphs.empty());
  CHECK(copy.paragraphs.back().text.rfind("The harbour authority said", 0) == 0);
}

TEST_CASE("100,000 nested divs around and inside the article don't exhaust the stack") {
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div class=\"wrap\">";
  html += "<article>" + kParagraph + kParagraph.substr(0, 3) +
          "Officials said the opening date would be set in March." + "</p>";
  for (int i = 0; i < 100000; ++i) html += "<span>";
  html += "deep</article></body></html>";
  const Article a = ExtractHtml(html);
  CHECK(BodyText(a).find("harbour authority") != std::string::npos);

  // Unclosed inline elements nest just as deep.
  std::string unclosed = "<p>";
  for (int i = 0; i < 100000; ++i) unclosed += "<b>";
  const Article b = ExtractHtml(unclosed + "text");
  CHECK(b.title.empty());
}

TEST_CASE("a page without html, head or body tags is still read") {
  const Article a = ExtractHtml("<title>Terminal delayed</title>" + kParagraph + kParagraph);
  CHECK(a.title == "Terminal delayed");
  CHECK(BodyText(a).find("container terminal") != std::string::npos);
}

TEST_CASE("binary bytes are refused with a clear error before extraction") {
  const std::string png("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", 20);
  auto prepared = wiredesk::desk::PrepareContent(png);
  REQUIRE(std::holds_alternative<wiredesk::desk::Error>(prepared));
  CHECK(std::get<wiredesk::desk::Error>(prepared).message.find("binary") != std::string::npos);
  // Called directly, the extractors still return a result.
  CHECK(ExtractHtml(png).paragraphs.empty());
  CHECK(ExtractText(png).paragraphs.empty());
}

TEST_CASE("a page in a wrong or undeclared charset gives a readable result") {
  using wiredesk::text::DeclaredCharset;
  using wiredesk::text::DecodeToUtf8;
  // Declared UTF-8, written in windows-1252: the bad bytes become U+FFFD.
  const std::string latin =
      "<html><head><meta charset=\"utf-8\"><title>Caf\xe9 reopens</title></head><body>" +
      kParagraph +
      "<p>The caf\xe9 on the quay reopened on Sunday after a long winter of "
      "repairs, its owner said.</p></body></html>";
  const Article declared_wrong =
      ExtractHtml(Prepared(DecodeToUtf8(latin, DeclaredCharset(latin)).text));
  CHECK(declared_wrong.title == "Caf\uFFFD reopens");
  CHECK(BodyText(declared_wrong).find("reopened on Sunday") != std::string::npos);

  // Undeclared and not UTF-8: read as windows-1252, as browsers do.
  std::string undeclared = latin;
  undeclared.replace(undeclared.find("<meta charset=\"utf-8\">"), 22, "");
  const Article guessed =
      ExtractHtml(Prepared(DecodeToUtf8(undeclared, DeclaredCharset(undeclared)).text));
  CHECK(guessed.title == "Café reopens");

  // Declared windows-1252, written in UTF-8: mojibake in the body, but a
  // result, and the headline read back as written.
  std::string mislabelled =
      "<html><head><meta charset=\"windows-1252\"><title>Café reopens</title></head><body>" +
      kParagraph + "</body></html>";
  const Article mojibake =
      ExtractHtml(Prepared(DecodeToUtf8(mislabelled, DeclaredCharset(mislabelled)).text));
  CHECK(mojibake.title == "Café reopens");
  CHECK(BodyText(mojibake).find("container terminal") != std::string::npos);
}
