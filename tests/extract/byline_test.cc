// Bylines as pages print them: the name without its label, role or date,
// from metadata or, when a page declares none, from the visible line.
#include "extract/byline.h"

#include <catch2/catch.hpp>
#include <string>

#include "extract/extract.h"

namespace {

using wiredesk::extract::Article;
using wiredesk::extract::AuthorName;
using wiredesk::extract::ExtractHtml;

const std::string kBody =
    "<p>The orchard cooperative will press its first cider in the old mill this autumn, after "
    "two years of repairs to the water wheel and the stone floor of the press room.</p>"
    "<p>Members voted to sell half of the first pressing at the village market and to keep "
    "the rest in oak barrels until the spring fair, when the new label will be chosen.</p>";

std::string Page(const std::string& head, const std::string& body) {
  return "<html><head>" + head + "</head><body><article><h1>Cider returns to the mill</h1>" + body +
         kBody + "</article></body></html>";
}

}  // namespace

TEST_CASE("a byline's label, job title and date are not part of the name") {
  CHECK(AuthorName("Written By: Ann Lee") == "Ann Lee");
  CHECK(AuthorName("Guide by Ann Lee Former Deputy Food Editor") == "Ann Lee");
  CHECK(AuthorName("Ann Lee, Orchard and Cider Expert") == "Ann Lee");
  CHECK(AuthorName("Ann Lee, Bo Chan") == "Ann Lee, Bo Chan");
  CHECK(AuthorName("Dr. Ann K. Lee") == "Dr. Ann K. Lee");
  CHECK(AuthorName("Staff Writer") == "Staff Writer");
  // Elements printed side by side, their text run together.
  CHECK(AuthorName("Ann LeeDecember 3, 2025") == "Ann Lee");
  CHECK(AuthorName("Ann LeeFounder at Valley Growers") == "Ann Lee");
  CHECK(AuthorName("Ann McDonald") == "Ann McDonald");
  CHECK(AuthorName("ByAnn Lee") == "Ann Lee");
}

TEST_CASE("a date or a sentence is never a byline") {
  CHECK(AuthorName("Dec").empty());
  CHECK(AuthorName("Feb.").empty());
  CHECK(AuthorName("Sat").empty());
  CHECK(AuthorName("The mill reopened. Cider followed").empty());
}

TEST_CASE("a byline shown only on the page is found after its label") {
  CHECK(ExtractHtml(Page("", "<p class='meta'>By <a href='/p/ann'>Ann Lee</a></p>")).byline ==
        "Ann Lee");
  CHECK(ExtractHtml(Page("", "<div><p>Written by</p><p>Ann Lee</p></div>")).byline == "Ann Lee");
  CHECK(ExtractHtml(Page("", "<span>Posted by Ann Lee on March 3</span>")).byline == "Ann Lee");
  CHECK(ExtractHtml(Page("", "<div><strong>Contributors:</strong> Ann Lee</div>")).byline ==
        "Ann Lee");
  CHECK(ExtractHtml(Page("", "<div><span>March 3, 2025</span> <span>by Ann Lee</span></div>"))
            .byline == "Ann Lee");
}

TEST_CASE("a sentence opening with 'by' or a photo credit is not a byline") {
  CHECK(ExtractHtml(Page("", "<p>By clicking below you agree to the terms.</p>")).byline.empty());
  CHECK(ExtractHtml(Page("", "<figure><figcaption>Photo by Ann Lee</figcaption></figure>"))
            .byline.empty());
  CHECK(ExtractHtml(Page("",
                         "<p>The press was built to a plan in <i>Old Mills</i> by "
                         "<a href='/bo'>Bo Chan</a>, who restored six of them.</p>"))
            .byline.empty());
}

TEST_CASE("the site's own name gives way to a person the page names") {
  const Article article =
      ExtractHtml(Page("<meta property='og:site_name' content='Valley Growers'>"
                       "<meta name='author' content='Valley Growers'>",
                       "<p>Written by Ann Lee</p>"));
  CHECK(article.byline == "Ann Lee");
}

TEST_CASE("an author box's heading names the author; a menu's 'By' heading does not") {
  CHECK(ExtractHtml(Page("", "<div class='box'><h3>Written by Ann Lee</h3></div>")).byline ==
        "Ann Lee");
  CHECK(ExtractHtml(Page("", "<div><h4>By Orchard Type</h4></div>")).byline.empty());
}

TEST_CASE("a company named as JSON-LD author gives way to the writer the page shows") {
  const Article article =
      ExtractHtml(Page("<script type='application/ld+json'>{\"@type\":\"BlogPosting\",\"author\":"
                       "{\"@type\":\"Organization\",\"name\":\"Valley Growers\"}}</script>",
                       "<div class='post-author'>Ann Lee</div>"));
  CHECK(article.byline == "Ann Lee");
  // With no person named, the company is the byline.
  CHECK(ExtractHtml(Page("<script type='application/ld+json'>{\"@type\":\"BlogPosting\","
                         "\"author\":{\"@type\":\"Organization\",\"name\":\"Valley "
                         "Growers\"}}</script>",
                         ""))
            .byline == "Valley Growers");
}

TEST_CASE("an author box gives its itemprop name, not the whole box") {
  const Article article = ExtractHtml(
      Page("",
           "<div itemprop='author'><h4>About <span itemprop='name'>Ann</span></h4><p>Ann Lee "
           "is a writer who grows apples.</p></div>"));
  CHECK(article.byline == "Ann");
}

TEST_CASE("a comment form's name field and a template's unfilled key are not bylines") {
  const Article article = ExtractHtml(
      Page("<meta name='author' content='page.meta.author'>",
           "<p class='entry-meta'>by <a href='/a/ann'>Ann Lee</a> &middot; March 3, 2025</p>"
           "<form><p class='comment-form-author'><label>Your Name:</label> *</p></form>"));
  CHECK(article.byline == "Ann Lee");
  CHECK(AuthorName("Your Name: *").empty());
  CHECK(AuthorName("ann.lee") == "ann.lee");  // a handle is a name
}

TEST_CASE("a byline's time and a bio that runs on are not part of the name") {
  CHECK(AuthorName("Posted by Ann at December 16, 2025 11:15 AM") == "Ann");
  CHECK(AuthorName("Ann Lee Hi! I write about orchards") == "Ann Lee");
}
