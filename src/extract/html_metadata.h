// What a page says about its article outside the body: JSON-LD (schema.org
// NewsArticle and kin), OpenGraph and <meta> tags, <title>, <html lang>, the
// canonical link. Sites fill these for search engines and social previews,
// so they are more reliable than anything guessed from the layout.

#ifndef WIREDESK_EXTRACT_HTML_METADATA_H_
#define WIREDESK_EXTRACT_HTML_METADATA_H_

#include <libxml/tree.h>

#include <string>

namespace wiredesk::extract {

struct PageMetadata {
  std::string title;    // the headline, site name removed
  std::string heading;  // the headline as the page prints it, to drop it from the body
  std::string byline;
  std::string published;
  std::string lang;
  std::string url;
  std::string article_body;  // JSON-LD articleBody, when the page gives one
};

PageMetadata ReadMetadata(const xmlDoc* doc);

// "Headline - WSJ" -> "Headline": drops a site name that follows or precedes
// the headline after " - ", " | ", " — ", " :: " or " · ", when the other side
// is the page's <h1>, or the dropped side is the site name the page declares
// or clearly the shorter side.
std::string RemoveSiteName(const std::string& title, const std::string& site_name,
                           const std::string& h1 = "");

}  // namespace wiredesk::extract

#endif  // WIREDESK_EXTRACT_HTML_METADATA_H_
