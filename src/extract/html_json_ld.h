// What a page's JSON-LD (schema.org, in <script type="application/ld+json">)
// says about its article: headline, author, publication date, language,
// articleBody. Sites write it for search engines, in many shapes: one object,
// an array, an "@graph" whose Article names its author only by "@id" (the
// Person is another node of the graph). All of those are read.
//
// An Article-like node (NewsArticle, BlogPosting, Report, ...) wins; other
// nodes that carry a headline, an author or a date (a WebPage, a Recipe) are
// the fallback. Cost: linear in the size of the JSON.

#ifndef WIREDESK_EXTRACT_HTML_JSON_LD_H_
#define WIREDESK_EXTRACT_HTML_JSON_LD_H_

#include <string>
#include <string_view>
#include <vector>

namespace wiredesk::extract {

struct JsonLdFacts {
  std::string headline;
  std::string author;                   // names joined by ", "
  bool author_is_organization = false;  // the author named is a company, not a person
  std::string published;                // as written (datePublished, else dateCreated)
  std::string lang;
  std::string article_body;
};

// `scripts`: the text of each ld+json script of the page; malformed ones are skipped.
JsonLdFacts ReadJsonLd(const std::vector<std::string>& scripts);

}  // namespace wiredesk::extract

#endif  // WIREDESK_EXTRACT_HTML_JSON_LD_H_
