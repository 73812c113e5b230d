#include "extract/html_metadata.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "extract/byline.h"
#include "extract/html_json_ld.h"
#include "extract/html_tree.h"
#include "extract/iso_date.h"
#include "extract/mojibake.h"
#include "extract/substrings.h"
#include "text/calendar_words.h"
#include "text/normalize.h"

namespace wiredesk::extract {
namespace {

// Letters and digits only, lower-cased: "Stocks Fall!" = "stocks fall".
std::string Folded(std::string_view text) {
  std::string out;
  for (const char c : text::LowerAscii(text)) {
    const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c & 0x80) != 0;
    if (word) {
      out.push_back(c);
    } else if (!out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string> WordsOf(const std::string& folded) {
  std::vector<std::string> words;
  for (std::size_t at = 0; at < folded.size();) {
    std::size_t end = folded.find(' ', at);
    if (end == std::string::npos) end = folded.size();
    words.push_back(folded.substr(at, end - at));
    at = end + 1;
  }
  return words;
}

std::size_t Words(std::string_view text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) +
         (text.empty() ? 0 : 1);
}

// Meta names that carry the publication date, most specific first.
constexpr std::array<std::string_view, 17> kDateKeys = {"article:published_time",
                                                        "og:published_time",
                                                        "datepublished",
                                                        "article.published",
                                                        "parsely-pub-date",
                                                        "sailthru.date",
                                                        "pubdate",
                                                        "publishdate",
                                                        "publish-date",
                                                        "publish_date",
                                                        "published",
                                                        "dc.date.issued",
                                                        "dcterms.date",
                                                        "dc.date",
                                                        "citation_publication_date",
                                                        "citation_date",
                                                        "date"};
// What sets a site name apart from a headline in a title.
constexpr std::array<std::string_view, 8> kSeparators = {" | ",  " - ", " – ", " — ",
                                                         " :: ", " · ", " » ", " • "};
constexpr std::array<std::string_view, 6> kAuthorKeys = {
    "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"};

// Everything the page offers, gathered in one walk before anything is chosen.
struct Sources {
  std::string title_tag, og_title, twitter_title, site_name, lang, url;
  std::vector<std::string> h1s;      // in document order, first few
  std::size_t h1s_before_prose = 0;  // how many come before the first paragraph of prose
  // <h2>-<h4> texts, folded, the first few dozen.
  std::vector<std::string> subheadings;
  bool prose_seen = false;
  std::vector<std::string> json_ld;  // script texts
  std::array<std::string, kDateKeys.size()> meta_dates;
  std::array<std::string, kAuthorKeys.size()> meta_authors;
  std::string itemprop_date, time_date, itemprop_author, rel_author, byline_text, dated_text;
  std::string written_by;  // twitter:data1 when twitter:label1 says "Written by"
  std::string twitter_label;
  std::string shown_date;      // the first short visible text after the <h1> that is a date
  std::string early_date;      // the same before the <h1>
  std::string visible_byline;  // "By Ann Lee" or "Written by" over "Ann Lee" (byline.h)
};

// The value an element with itemprop/time gives: content, datetime, or its text.
std::string ValueOf(const xmlNode* node) {
  std::string value = AttributeOf(node, "content");
  if (value.empty()) value = AttributeOf(node, "datetime");
  if (value.empty()) value = TextOf(node);
  return CollapsedText(value);
}

// An itemprop="author" element's name: its itemprop="name" when it has one
// (an author box holds a photo, "About" and a bio around the name).
std::string ItempropName(const xmlNode* node) {
  for (const xmlNode* at = node; at != nullptr; at = NextInWalk(at, node)) {
    if (at != node && text::LowerAscii(AttributeOf(at, "itemprop")) == "name") {
      return AuthorName(ValueOf(at));
    }
  }
  return AuthorName(TextOf(node));
}

void ReadMeta(const xmlNode* node, Sources& s) {
  const std::string property = AttributeOf(node, "property");
  std::string key = text::LowerAscii(property.empty() ? AttributeOf(node, "name") : property);
  if (key.empty()) key = text::LowerAscii(AttributeOf(node, "itemprop"));
  const std::string content = CollapsedText(AttributeOf(node, "content"));
  if (content.empty()) return;
  if (key == "og:title" && s.og_title.empty()) s.og_title = content;
  if (key == "twitter:title" && s.twitter_title.empty()) s.twitter_title = content;
  if ((key == "og:site_name" || key == "application-name") && s.site_name.empty())
    s.site_name = content;
  if (key == "twitter:label1") s.twitter_label = text::LowerAscii(content);
  if (key == "twitter:data1" && s.twitter_label == "written by") s.written_by = content;
  if (key == "og:url" && s.url.empty()) s.url = content;
  for (std::size_t i = 0; i < kDateKeys.size(); ++i) {
    if (key == kDateKeys[i] && s.meta_dates[i].empty()) s.meta_dates[i] = content;
  }
  for (std::size_t i = 0; i < kAuthorKeys.size(); ++i) {
    if (key == kAuthorKeys[i] && s.meta_authors[i].empty()) s.meta_authors[i] = content;
  }
}

// Visible bylines and date lines: short text in an element whose class says so.
void ReadVisible(const xmlNode* node, std::string_view tag, Sources& s) {
  const std::string itemprop = text::LowerAscii(AttributeOf(node, "itemprop"));
  if (itemprop == "datepublished" && s.itemprop_date.empty()) s.itemprop_date = ValueOf(node);
  if (itemprop == "author" && s.itemprop_author.empty()) s.itemprop_author = ItempropName(node);
  if (tag == "time" && s.time_date.empty()) s.time_date = ValueOf(node);
  if (tag == "a" && s.rel_author.empty() &&
      Contains(text::LowerAscii(AttributeOf(node, "rel")), "author")) {
    s.rel_author = AuthorName(TextOf(node));
  }
  const std::string hints = ClassAndId(node);
  if (hints.size() <= 1) return;
  if (s.byline_text.empty() && (Contains(hints, "author") || Contains(hints, "byline")) &&
      !Contains(hints, "bio") && !Contains(hints, "avatar") && !Contains(hints, "image") &&
      !Contains(hints, "role") && !Contains(hints, "comment")) {
    const std::string text = TextOf(node);
    if (!text.empty() && text.size() <= 60 && Words(text) <= 8) s.byline_text = AuthorName(text);
  }
  if (s.dated_text.empty() &&
      (Contains(hints, "date") || Contains(hints, "publish") || Contains(hints, "posted") ||
       Contains(hints, "byline") || Contains(hints, "meta"))) {
    const std::string text = TextOf(node);
    if (text.size() <= 120) s.dated_text = DateInText(text);
  }
}

// Pages that print their date only for the reader put it near the headline,
// alone on a short line ("Dec 17, 2025", "Last updated: November 13, 2025").
std::string ShownDate(const xmlNode* node) {
  if (node->content == nullptr) return {};
  const std::string_view text(reinterpret_cast<const char*>(node->content));
  if (text.size() > 80 ||
      std::none_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return {};
  }
  const std::string_view parent = TagOf(node->parent);
  if (parent == "script" || parent == "style" || parent == "title") return {};
  return DateInText(text);
}

// A paragraph this long is the article's prose, not a teaser or a caption.
constexpr std::size_t kProseParagraph = 200;

// Enough <h2>-<h4>s to reach an article's own headings past a page's menus
// and teasers.
constexpr std::size_t kSubheadings = 64;

// Keeps the first few <h1>s and whether each came before the prose.
void ReadHeading(const xmlNode* node, Sources& s) {
  if (s.h1s.size() >= 4) return;
  std::string h1 = TextOf(node);
  if (h1.empty()) return;
  s.h1s.push_back(std::move(h1));
  if (!s.prose_seen) s.h1s_before_prose = s.h1s.size();
}

Sources Gather(const xmlNode* root) {
  Sources s;
  s.lang = AttributeOf(root, "lang");
  for (const xmlNode* node = root; node != nullptr; node = NextInWalk(node, root)) {
    const std::string_view tag = TagOf(node);
    if (node->type == XML_TEXT_NODE) {
      if (s.visible_byline.empty() && TagOf(node->parent) != "script" &&
          TagOf(node->parent) != "style") {
        s.visible_byline = VisibleByline(node);
      }
      if (!s.h1s.empty() && s.shown_date.empty()) {
        s.shown_date = ShownDate(node);
      } else if (s.h1s.empty() && s.early_date.empty()) {
        s.early_date = ShownDate(node);
      }
    }
    if (tag.empty()) continue;
    if (tag == "title" && s.title_tag.empty()) {
      s.title_tag = TextOf(node);
    } else if (tag == "h1") {
      ReadHeading(node, s);
    } else if ((tag == "h2" || tag == "h3" || tag == "h4") && s.subheadings.size() < kSubheadings) {
      s.subheadings.push_back(Folded(TextOf(node)));
    } else if (tag == "p" && !s.prose_seen) {
      s.prose_seen = TextOf(node).size() >= kProseParagraph;
    } else if (tag == "meta") {
      ReadMeta(node, s);
    } else if (tag == "link" && text::LowerAscii(AttributeOf(node, "rel")) == "canonical") {
      if (std::string href = AttributeOf(node, "href"); !href.empty()) s.url = std::move(href);
    } else if (tag == "script") {
      if (text::LowerAscii(AttributeOf(node, "type")) == "application/ld+json") {
        s.json_ld.push_back(TextOf(node));
      }
      continue;
    }
    ReadVisible(node, tag, s);
  }
  return s;
}

// Dice's coefficient of two word lists: 1 when they hold the same words,
// low when one is a few words of the other ("Acme" against "Story - Acme").
double Agreement(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0.0;
  const auto shared = std::count_if(a.begin(), a.end(), [&](const std::string& w) {
    return std::find(b.begin(), b.end(), w) != b.end();
  });
  return 2.0 * static_cast<double>(shared) / static_cast<double>(a.size() + b.size());
}

// Share of `words` that `other` holds too.
double Covered(const std::vector<std::string>& words, const std::vector<std::string>& other) {
  if (words.empty()) return 0.0;
  const auto shared = std::count_if(words.begin(), words.end(), [&](const std::string& w) {
    return std::find(other.begin(), other.end(), w) != other.end();
  });
  return static_cast<double>(shared) / static_cast<double>(words.size());
}

// Headings set in capitals by the page's type ("SUPPORTING GAAP COMPLIANCE"):
// the declared title keeps the words' own case.
bool AllCapitals(std::string_view text) {
  bool letters = false;
  for (const char c : text) {
    if (c >= 'a' && c <= 'z') return false;
    letters = letters || (c >= 'A' && c <= 'Z');
  }
  return letters;
}

// An <h1> that holds a declared title whole with a date or a one-word
// label run in ("Dec 18 2025 Harbour to be dredged", "Blog: Harbour to be
// dredged", "Harbour to be dredged Posted on May 2, 2025"): the date or
// label is markup set inside the heading.
bool RunInTitle(const std::string& heading, const std::string& title) {
  const std::string folded = Folded(heading);
  const std::string wanted = Folded(title);
  if (wanted.empty() || folded.size() <= wanted.size() + 1) return false;
  std::string extra;
  if (folded.ends_with(" " + wanted)) {
    extra = folded.substr(0, folded.size() - wanted.size() - 1);
    const std::size_t colon = heading.find(':');
    if (colon != std::string::npos && Words(extra) == 1 &&
        Folded(heading.substr(0, colon)) == extra) {
      return true;
    }
  } else if (folded.starts_with(wanted + " ")) {
    extra = folded.substr(wanted.size() + 1);
  } else {
    return false;
  }
  return Words(extra) <= 8 && !DateInText(extra).empty();
}

// `text` with each U+FFFD written as "?": both mark a character the page
// could not encode.
std::string LostAsQuestionMarks(std::string_view text) {
  std::string out(text);
  for (std::size_t at = out.find("\xEF\xBF\xBD"); at != std::string::npos;
       at = out.find("\xEF\xBF\xBD", at)) {
    out.replace(at, 3, "?");
  }
  return out;
}

std::size_t QuestionMarks(std::string_view text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '?'));
}

// An <h1> in which the page lost characters it could not encode, each
// printed as "?" or U+FFFD ("Event Planning? Beginner? Guide"), beside a
// declared title that has every one of its words: the title kept them.
bool LostCharacters(const std::string& heading, const std::string& title) {
  // A question mark that ends the heading is the headline's own.
  std::string_view inside = heading;
  while (!inside.empty() && (inside.back() == '?' || inside.back() == ' ')) inside.remove_suffix(1);
  const std::string shown = LostAsQuestionMarks(heading);
  if (QuestionMarks(LostAsQuestionMarks(inside)) == 0 ||
      QuestionMarks(LostAsQuestionMarks(title)) >= QuestionMarks(shown)) {
    return false;
  }
  const std::vector<std::string> words = WordsOf(Folded(shown));
  const std::vector<std::string> other = WordsOf(Folded(title));
  return Covered(words, other) == 1.0 && other.size() <= words.size() + 2;
}

// An <h1> that names the site: the declared site name, or the words a
// declared title adds before or after another one ("Acme Blog: Story" or
// "Story - Acme Blog" beside "Story").
bool IsSiteHeading(const std::string& heading, const std::string& site_name,
                   const std::vector<std::string>& declared) {
  const std::string folded = Folded(heading);
  if (folded.empty() || folded == Folded(site_name)) return true;
  for (const std::string& title : declared) {
    const std::string whole = Folded(title);
    std::string rest;
    if (whole.starts_with(folded + " ")) {
      rest = whole.substr(folded.size() + 1);
    } else if (whole.ends_with(" " + folded)) {
      rest = whole.substr(0, whole.size() - folded.size() - 1);
    } else {
      continue;
    }
    // One word left is more often the site's name than the story's
    // ("Story | Acme" beside an OpenGraph title "Acme").
    if (Words(rest) < 2 || rest == Folded(site_name)) continue;
    for (const std::string& other : declared) {
      if (Folded(other) == rest) return true;
    }
  }
  return false;
}

// "Story – Acme" -> "Story" when Acme is the site's declared name: some
// pages set the site name into the <h1> as well.
std::string WithoutSiteName(const std::string& heading, const std::string& site_name) {
  if (site_name.empty()) return heading;
  const std::string lower = text::LowerAscii(heading);
  const std::string site = text::LowerAscii(site_name);
  for (const std::string_view separator : kSeparators) {
    const std::string tail = std::string(separator) + site;
    if (lower.size() > tail.size() && lower.ends_with(tail)) {
      return heading.substr(0, heading.size() - tail.size());
    }
  }
  return heading;
}

// A pipe segment this long is a subtitle, not a site or section name.
constexpr std::size_t kSubtitleWords = 6;

bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The first declared title, or a longer one it is the start of: JSON-LD
// headlines are often cut at 110 characters for search engines.
std::string FullestTitle(const std::vector<std::string>& declared) {
  std::string best = declared.front();
  for (const std::string& title : declared) {
    // Cut mid-sentence, not a site name added after a separator.
    const bool longer = title.size() > best.size() + 2 && title.starts_with(best + " ");
    if (longer && IsAlnum(title[best.size() + 1])) best = title;
  }
  return best;
}

// The words after a separator, up to the next one: "Section" in
// "Headline | Section | Site".
std::size_t WordsOfSegment(std::string_view rest) {
  std::size_t end = rest.size();
  for (const std::string_view separator : kSeparators) end = std::min(end, rest.find(separator));
  return Words(Folded(rest.substr(0, end)));
}

// "Headline | Section | Site": what follows a pipe is a section, a site or
// a tagline, rarely the headline's own words; kept when it is the longer
// side, or a subtitle as long as a sentence (site and section names run to a
// few words: "Opinion", "Top 19 Companies", "Python, SQL & AI").
std::string BeforePipe(const std::string& headline) {
  const std::size_t pipe = headline.find(" | ");
  if (pipe == std::string::npos) return headline;
  const std::string head = headline.substr(0, pipe);
  const std::string_view rest = std::string_view(headline).substr(pipe + 3);
  if (Words(Folded(head)) < Words(Folded(rest))) return headline;
  if (WordsOfSegment(rest) >= kSubtitleWords) return headline;
  return head;
}

struct Headline {
  std::string text;   // what the article is called
  std::string shown;  // the heading as the page prints it, to find it in the body
};

// The <h1> that agrees best with a declared title (sharing most of its words,
// scored by how much of both they are), or null; `agreed` is that title.
// `titles` (declared and cut) tell an <h1> that names the site.
const std::string* AgreedHeading(const std::vector<std::string>& h1s,
                                 const std::vector<std::string>& declared,
                                 const std::vector<std::string>& titles,
                                 const std::string& site_name, const std::string** agreed) {
  const std::string* best = nullptr;
  // Below this, the <h1> is a word or two of a long title (a brand, a
  // section), not the headline reworded.
  double best_agreement = 0.3;
  for (const std::string& heading : h1s) {
    // A logo set in an <h1> names the site, not the story.
    if (IsSiteHeading(heading, site_name, titles)) continue;
    const std::vector<std::string> words = WordsOf(Folded(heading));
    for (const std::string& title : declared) {
      const std::vector<std::string> other = WordsOf(Folded(title));
      if (Covered(words, other) <= 0.5) continue;
      const double agreement = Agreement(words, other);
      if (agreement > best_agreement) {
        best_agreement = agreement;
        best = &heading;
        *agreed = &title;
      }
    }
  }
  return best;
}

// A declared title that the page also prints as a heading of its own (an
// <h2>-<h4>: a blog's post title under the blog's <h1>, a "top picks" box)
// is named twice over, by the page's head and its text; an <h1> that words it
// otherwise is a hero's tagline, a section's heading or a call to action
// ("Form your company today"). Headline-sized titles only: a heading
// "Reviews" says nothing. Null when none is printed.
const std::string* PrintedTitle(const std::vector<std::string>& declared,
                                const std::vector<std::string>& subheadings,
                                const std::string& heading) {
  const std::string shown = Folded(heading);
  for (const std::string& title : declared) {
    const std::string folded = Folded(title);
    if (Words(folded) < 3 || folded == shown) continue;
    if (std::find(subheadings.begin(), subheadings.end(), folded) != subheadings.end()) {
      return &title;
    }
  }
  return nullptr;
}

// None agrees: a headline-sized <h1> is the visible headline, reworded for
// search engines in the declared titles; a short one is more often a logo or
// a section name ("Contact us", "Our blog"). Not an <h1> below the first
// paragraph of prose: a pull quote, a pop-up, a footer's "Contact us".
const std::string* UnagreedHeading(const Sources& s, const std::vector<std::string>& titles) {
  for (std::size_t i = 0; i < s.h1s_before_prose; ++i) {
    const std::size_t words = Words(Folded(s.h1s[i]));
    if (words >= 4 && words <= 20 && !IsSiteHeading(s.h1s[i], s.site_name, titles)) {
      return &s.h1s[i];
    }
  }
  return nullptr;
}

// The headline the sources agree on: an <h1> that another source repeats
// is the page's own headline; otherwise JSON-LD, OpenGraph, <title> in turn.
Headline ChooseHeadline(const Sources& s, const std::string& json_ld_headline) {
  // The titles as declared and with the site name cut, and the <h1>s judged
  // against both: "Story - Acme Blog" and an <h1> "Acme Blog" name the site.
  std::vector<std::string> titles;
  for (const std::string* title :
       {&json_ld_headline, &s.og_title, &s.twitter_title, &s.title_tag}) {
    if (!title->empty()) titles.push_back(CollapsedText(*title));
  }
  const auto story = std::find_if(s.h1s.begin(), s.h1s.end(), [&](const std::string& heading) {
    return !IsSiteHeading(heading, s.site_name, titles);
  });
  const std::string h1 = story == s.h1s.end() ? std::string() : *story;
  std::vector<std::string> declared;
  for (const std::string& title : titles) {
    declared.push_back(RemoveSiteName(title, s.site_name, h1));
  }
  titles.insert(titles.end(), declared.begin(), declared.end());
  const std::string* agreed = nullptr;
  if (const std::string* best = AgreedHeading(s.h1s, declared, titles, s.site_name, &agreed)) {
    std::string shown = CollapsedText(*best);
    if (const std::string* printed = PrintedTitle(declared, s.subheadings, shown)) {
      return {*printed, shown};
    }
    if (AllCapitals(shown) || RunInTitle(shown, *agreed) || LostCharacters(shown, *agreed)) {
      return {*agreed, shown};
    }
    return {BeforePipe(WithoutSiteName(shown, s.site_name)), shown};
  }
  if (const std::string* heading = UnagreedHeading(s, titles)) {
    std::string shown = CollapsedText(*heading);
    if (const std::string* printed = PrintedTitle(declared, s.subheadings, shown)) {
      return {*printed, shown};
    }
    for (const std::string& title : declared) {
      if (RunInTitle(shown, title)) return {title, shown};
    }
    return {BeforePipe(shown), shown};
  }
  const std::string shown = declared.empty() ? CollapsedText(h1) : FullestTitle(declared);
  return {BeforePipe(shown), shown};
}

// The first name the sources give, most reliable first; a name that is the
// site's own ("Acme News" on acme's pages) or a company's (JSON-LD's author
// typed Organization) only when no person is named.
std::string ChooseAuthor(const Sources& s, const JsonLdFacts& facts) {
  std::string fallback;
  const std::string site = Folded(s.site_name);
  const std::string company = facts.author_is_organization ? Folded(facts.author) : "";
  for (const std::string* candidate :
       {&facts.author, &s.meta_authors[0], &s.itemprop_author, &s.meta_authors[1],
        &s.meta_authors[2], &s.meta_authors[3], &s.meta_authors[4], &s.meta_authors[5],
        &s.written_by, &s.rel_author, &s.byline_text, &s.visible_byline}) {
    std::string name = AuthorName(*candidate);
    if (name.empty()) continue;
    const std::string folded = Folded(name);
    if (folded != site && folded != company) return name;
    if (fallback.empty()) fallback = std::move(name);
  }
  return fallback;
}

// "/2024/03/17/" or "/2024-03-17-title" in the address: many sites file
// articles by day.
std::string DateInUrl(const std::string& url) {
  for (std::size_t at = url.find('/'); at != std::string::npos; at = url.find('/', at + 1)) {
    const std::string_view rest = std::string_view(url).substr(at + 1);
    if (rest.size() >= 10 && rest[4] == rest[7] && (rest[4] == '/' || rest[4] == '-')) {
      std::string date =
          IsoDate(std::string(rest.substr(0, 4)) + "-" + std::string(rest.substr(5, 2)) + "-" +
                  std::string(rest.substr(8, 2)));
      if (!date.empty()) return date;
    }
  }
  return {};
}

std::string ChooseDate(const Sources& s, const JsonLdFacts& facts) {
  std::vector<const std::string*> candidates = {&facts.published};
  for (const std::string& date : s.meta_dates) candidates.push_back(&date);
  for (const std::string* date : {&s.itemprop_date, &s.time_date}) candidates.push_back(date);
  for (const std::string* candidate : candidates) {
    if (std::string date = IsoDate(*candidate); !date.empty()) return date;
  }
  if (!s.dated_text.empty()) return s.dated_text;
  if (!s.shown_date.empty()) return s.shown_date;
  if (std::string date = DateInUrl(s.url); !date.empty()) return date;
  // Last, a date line above the headline (a hero banner's "Published
  // October 14, 2025").
  return s.early_date;
}

}  // namespace

std::string RemoveSiteName(const std::string& title, const std::string& site_name,
                           const std::string& h1) {
  const std::string site = text::LowerAscii(site_name);
  for (const std::string_view separator : kSeparators) {
    const std::size_t last = title.rfind(separator);
    const std::size_t first = title.find(separator);
    if (last != std::string::npos) {
      const std::string tail = title.substr(last + separator.size());
      const std::string head = title.substr(0, last);
      // A declared site name (the <h1> may repeat it: "Story – Acme - Acme"),
      // the <h1> itself, or a short tail after a long headline.
      if (!site.empty() && text::LowerAscii(tail) == site) {
        return RemoveSiteName(head, site_name, h1);
      }
      if (!h1.empty() && text::LowerAscii(head) == text::LowerAscii(h1)) return head;
      if (tail.size() * 3 < head.size() && std::count(tail.begin(), tail.end(), ' ') < 4) {
        return RemoveSiteName(head, site_name, h1);
      }
    }
    if (first != std::string::npos) {
      const std::string rest = title.substr(first + separator.size());
      if ((!site.empty() && text::LowerAscii(title.substr(0, first)) == site) ||
          (!h1.empty() && text::LowerAscii(rest) == text::LowerAscii(h1))) {
        return rest;
      }
    }
  }
  return title;
}

PageMetadata ReadMetadata(const xmlDoc* doc) {
  PageMetadata meta;
  const xmlNode* root = xmlDocGetRootElement(doc);
  if (root == nullptr) return meta;
  const Sources sources = Gather(root);
  const JsonLdFacts facts = ReadJsonLd(sources.json_ld);
  Headline headline = ChooseHeadline(sources, facts.headline);
  // Repaired for the reader only: `heading` must still match the body's copy.
  meta.title = RepairMojibake(headline.text);
  meta.heading = std::move(headline.shown);
  meta.byline = ChooseAuthor(sources, facts);
  meta.published = ChooseDate(sources, facts);
  meta.lang = !sources.lang.empty() ? sources.lang : facts.lang;
  meta.url = sources.url;
  meta.article_body = facts.article_body;
  return meta;
}

}  // namespace wiredesk::extract
