// An Article: what extraction makes of a Document, the input of every later
// stage (dedup, summaries, comparison).
//
// The body is a list of paragraphs with their kind; everything extraction took
// out is kept in `removed` with the reason, so that a reader can see what was
// stripped and why, and nothing a user pasted is silently lost.

#ifndef WIREDESK_EXTRACT_ARTICLE_H_
#define WIREDESK_EXTRACT_ARTICLE_H_

#include <string>
#include <vector>

namespace wiredesk::extract {

struct Paragraph {
  enum class Kind { kParagraph, kHeading, kListItem, kQuote };
  Kind kind = Kind::kParagraph;
  std::string text;
};

struct RemovedBlock {
  std::string text;
  std::string reason;  // a short phrase a reader understands: "photo caption", "menu"
  // Where it stood: the index of the body paragraph it came before
  // (paragraphs.size() when after the last); -1 when it had no place in the
  // body's reading order (page furniture pruned before the body was found).
  int at = -1;
  // Cut by a guess about where the article starts and ends, or for echoing
  // the headline, not for what the text is (a caption, a menu): it may well
  // be article text, so dedup still counts it (MatchText).
  bool uncertain = false;
};

struct Article {
  std::string id;
  std::string title;
  std::string byline;
  std::string dateline;   // "Santiago (VNA) –": where and who filed it
  std::string published;  // as the page gives it (ISO 8601 when it has one)
  std::string lang;       // BCP 47 code when known
  std::string url;        // the canonical URL when the page names one
  std::vector<Paragraph> paragraphs;
  std::vector<RemovedBlock> removed;
  std::vector<std::string> warnings;
};

// "paragraph", "heading", "list item", "quote".
const char* ParagraphKindName(Paragraph::Kind kind);

// The body as plain text: paragraphs joined by blank lines.
std::string BodyText(const Article& article);

// The body with the uncertain cuts put back where they stood: what dedup
// compares. Two copies of one story that extraction cut at different places
// (a list kept in one, judged trailing matter in the other; a lead paragraph
// taken for the headline in one) still share their text; captions, menus
// and boilerplate stay out.
std::string MatchText(const Article& article);

}  // namespace wiredesk::extract

#endif  // WIREDESK_EXTRACT_ARTICLE_H_
