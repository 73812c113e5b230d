#include "extract/html_body.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "extract/boilerplate.h"
#include "extract/html_furniture.h"
#include "extract/html_tree.h"
#include "extract/substrings.h"

namespace wiredesk::extract {
namespace {

constexpr std::size_t kMaxRemovedText = 300;

std::string Truncated(std::string text) {
  if (text.size() <= kMaxRemovedText) return text;
  std::size_t cut = kMaxRemovedText;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  text.resize(cut);
  return text + "…";
}

// Comments and what is never text (scripts, styles, form controls) go
// before anything is read; what a reader could see is kept in `removed`.
void PruneNeverText(xmlDoc* doc, std::vector<RemovedBlock>& removed) {
  xmlNode* root = xmlDocGetRootElement(doc);
  std::vector<xmlNode*> doomed;
  for (const xmlNode* node = root; node != nullptr;) {
    if (node->type != XML_COMMENT_NODE && !IsNeverText(node)) {
      node = NextInWalk(node, root);
      continue;
    }
    doomed.push_back(const_cast<xmlNode*>(node));
    const std::string_view tag = TagOf(node);
    if (node->type == XML_ELEMENT_NODE && tag != "script" && tag != "style" && tag != "noscript" &&
        tag != "template" && tag != "svg") {
      std::string text = TextOf(node);
      if (!text.empty()) {
        removed.push_back({Truncated(std::move(text)), "not text (" + std::string(tag) + ")"});
      }
    }
    node = NextInWalk(node, root, true);
  }
  for (xmlNode* node : doomed) {
    xmlUnlinkNode(node);
    xmlFreeNode(node);
  }
}

// A run of text that belongs to one block element (its own inline content,
// without the text of the blocks nested in it).
struct TextBlock {
  const xmlNode* element = nullptr;
  std::string text;
  std::size_t link_chars = 0;
  bool opens_with_link = false;
  const xmlNode* furniture = nullptr;  // the furniture it stands in, if any
};

// A block element, or an inline one a furniture hint names (a caption in a
// <span class="credit">): its text must be a block of its own to be judged
// apart from the paragraph around it.
bool OwnsBlock(const xmlNode* node, std::string_view tag) {
  if (IsBlockTag(tag)) return true;
  return node->type == XML_ELEMENT_NODE && node->properties != nullptr && tag != "a" &&
         !FurnitureHint(node, true).empty();
}

// Splits the page into text blocks in reading order. A block element's inline
// text before and after a nested block gives two blocks, as a reader sees it.
std::vector<TextBlock> CollectBlocks(const xmlNode* root) {
  std::vector<TextBlock> blocks;
  std::vector<const xmlNode*> open;  // block elements enclosing the walk
  int links = 0;                     // <a> elements enclosing the walk
  TextBlock current;
  const auto flush = [&] {
    while (!current.text.empty() && current.text.back() == ' ') current.text.pop_back();
    if (!current.text.empty()) blocks.push_back(std::move(current));
    current = TextBlock{};
  };
  Walk(
      root,
      [&](const xmlNode* node) {
        const std::string_view tag = TagOf(node);
        if (OwnsBlock(node, tag)) {
          flush();
          open.push_back(node);
        } else if (tag == "a") {
          ++links;
        } else if (tag == "br" && !current.text.empty() && current.text.back() != ' ') {
          current.text.push_back(' ');
        } else if ((node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) &&
                   node->content != nullptr && !open.empty()) {
          if (current.element == nullptr) current.element = open.back();
          const std::size_t before = current.text.size();
          if (before == 0) current.opens_with_link = links > 0;
          AppendCollapsed(current.text, reinterpret_cast<const char*>(node->content));
          if (links > 0) current.link_chars += current.text.size() - before;
        }
        return true;
      },
      [&](const xmlNode* node) {
        if (!open.empty() && open.back() == node) {
          flush();
          open.pop_back();
        } else if (TagOf(node) == "a") {
          --links;
        }
      });
  flush();
  return blocks;
}

std::size_t CountCommas(std::string_view text) {
  std::size_t commas = static_cast<std::size_t>(std::count(text.begin(), text.end(), ','));
  for (std::size_t at = text.find("\xEF\xBC\x8C"); at != std::string_view::npos;
       at = text.find("\xEF\xBC\x8C", at + 1)) {
    ++commas;  // full-width comma
  }
  return commas;
}

double TagWeight(std::string_view tag) {
  if (tag == "div" || tag == "article" || tag == "main") return 5;
  if (tag == "pre" || tag == "td" || tag == "blockquote") return 3;
  if (tag == "address" || tag == "ol" || tag == "ul" || tag == "dl" || tag == "dd" || tag == "dt" ||
      tag == "li" || tag == "form") {
    return -3;
  }
  if (tag == "h1" || tag == "h2" || tag == "h3" || tag == "h4" || tag == "h5" || tag == "h6" ||
      tag == "th") {
    return -5;
  }
  return 0;
}

// Text and link lengths of every element's subtree, from the blocks.
struct Totals {
  double text = 0;
  double links = 0;
  double prose = 0;       // text in paragraph-sized blocks that are not link lists
  std::size_t order = 0;  // the element's place in document order
};

using TotalsMap = std::unordered_map<const xmlNode*, Totals>;

// Letters and spaces make up nearly all of a sentence; markup or data that
// leaked into the text (a script's JSON, an attribute the parser broke on)
// is thick with quotes, brackets and colons, and is not prose.
bool LooksLikeText(std::string_view text) {
  std::size_t letters = 0;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || c == ' ' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++letters;
  }
  return letters * 4 >= text.size() * 3;
}

// With `skip_furniture`, blocks that stand in furniture count for nothing.
TotalsMap SubtreeTotals(const std::vector<TextBlock>& blocks, const xmlNode* root,
                        bool skip_furniture) {
  // Sum each block into its element, then every element into its parent, in
  // reverse document order: children before parents, linear time.
  std::vector<const xmlNode*> order;
  for (const xmlNode* node = root; node != nullptr; node = NextInWalk(node, root)) {
    if (node->type == XML_ELEMENT_NODE) order.push_back(node);
  }
  TotalsMap totals;
  totals.reserve(order.size());  // every element gets an entry: no rehashing
  for (const TextBlock& block : blocks) {
    if (skip_furniture && block.furniture != nullptr) continue;
    Totals& t = totals[block.element];
    t.text += static_cast<double>(block.text.size());
    t.links += static_cast<double>(block.link_chars);
    if (block.text.size() >= 80 && block.link_chars * 10 < block.text.size() * 3 &&
        LooksLikeText(block.text)) {
      t.prose += static_cast<double>(block.text.size());
    }
  }
  for (std::size_t i = 0; i < order.size(); ++i) totals[order[i]].order = i;
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    const auto found = totals.find(*it);
    if ((*it)->parent == nullptr || (*it)->parent->type != XML_ELEMENT_NODE) continue;
    const Totals own = found->second;
    Totals& parent = totals[(*it)->parent];
    parent.text += own.text;
    parent.links += own.links;
    parent.prose += own.prose;
  }
  return totals;
}

bool IsScoredTag(std::string_view tag) {
  return tag == "p" || tag == "pre" || tag == "td" || tag == "section" || tag == "h2" ||
         tag == "h3" || tag == "h4" || tag == "h5" || tag == "h6";
}

bool IsAncestor(const xmlNode* ancestor, const xmlNode* node) {
  for (const xmlNode* at = node; at != nullptr; at = at->parent) {
    if (at == ancestor) return true;
  }
  return false;
}

// An element's class without its digits: numbered sections are built alike
// ("item rank-1", "item rank-2").
std::string ClassKind(const xmlNode* node) {
  std::string kind = AttributeOf(node, "class");
  std::erase_if(kind, [](char c) { return c >= '0' && c <= '9'; });
  return kind;
}

// A body split over sibling sections (numbered items, product cards, "our
// picks") nests each section a level or two down, so no one parent step
// adds much: look a few levels up for a wrapper whose extra prose comes from
// sections built like the one on the way up (same tag, same class), not
// from whatever else the page holds (a FAQ, a cookie notice, a sidebar).
const xmlNode* WidenToSections(const xmlNode* top, const TotalsMap& totals) {
  const auto at = [&](const xmlNode* node) {
    const auto found = totals.find(node);
    return found == totals.end() ? Totals{} : found->second;
  };
  const double own = at(top).prose;
  const xmlNode* best = top;
  const xmlNode* child = top;
  for (int level = 0; level < 4; ++level, child = child->parent) {
    const xmlNode* node = child->parent;
    if (node == nullptr || node->type != XML_ELEMENT_NODE || TagOf(node) == "body" ||
        TagOf(node) == "html") {
      break;
    }
    const Totals wide = at(node);
    const std::string kind = ClassKind(child);
    double alike = 0;
    for (const xmlNode* sibling = node->children; sibling != nullptr; sibling = sibling->next) {
      if (sibling != child && TagOf(sibling) == TagOf(child) && ClassKind(sibling) == kind) {
        alike += at(sibling).prose;
      }
    }
    const double added = wide.prose - at(child).prose;
    if (wide.prose >= 1.3 * own && alike >= 0.5 * added && wide.links < 0.3 * wide.text) {
      best = node;
    }
  }
  return best;
}

using ScoreMap = std::unordered_map<const xmlNode*, double>;

// Readability's candidate scoring: each paragraph's score (commas, length)
// goes to its container and, divided, to four ancestors above it.
ScoreMap ScoreCandidates(const std::vector<TextBlock>& blocks) {
  ScoreMap scores;
  const auto candidate = [&](const xmlNode* node) -> double& {
    auto [it, inserted] = scores.try_emplace(node, 0.0);
    if (inserted) it->second = TagWeight(TagOf(node)) + ClassWeight(node);
    return it->second;
  };
  for (const TextBlock& block : blocks) {
    if (block.text.size() < 25 || block.furniture != nullptr) continue;
    const double score = 1.0 + static_cast<double>(CountCommas(block.text)) +
                         std::min(3.0, static_cast<double>(block.text.size()) / 100.0);
    // A <p>'s score goes to its container; text straight inside a <div> is
    // a paragraph of that <div>, so the <div> itself is its container.
    const xmlNode* at = IsScoredTag(TagOf(block.element)) ? block.element->parent : block.element;
    for (int level = 0; level < 5 && at != nullptr && at->type == XML_ELEMENT_NODE;
         ++level, at = at->parent) {
      const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
      candidate(at) += score / divider;
    }
  }
  return scores;
}

// The candidates best first, each score discounted by its link density.
std::vector<std::pair<double, const xmlNode*>> RankCandidates(const ScoreMap& scores,
                                                              const TotalsMap& totals) {
  std::vector<std::pair<double, const xmlNode*>> ranked;
  for (const auto& [node, score] : scores) {
    const auto found = totals.find(node);
    const double density = found == totals.end() || found->second.text == 0
                               ? 0
                               : found->second.links / found->second.text;
    ranked.emplace_back(score * (1.0 - density), node);
  }
  // Exact ties go to the earlier element: the map's order is the nodes'
  // addresses, which differ between runs and between native and wasm.
  std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first > b.first;
    return totals.at(a.second).order < totals.at(b.second).order;
  });
  return ranked;
}

// The best candidate, widened to the ancestor that holds the whole body
// when the body is split across sibling containers or cut into sections.
const xmlNode* TopContainer(const std::vector<std::pair<double, const xmlNode*>>& ranked,
                            const TotalsMap& totals) {
  const xmlNode* top = ranked.front().second;
  const double top_score = ranked.front().first;
  // Several strong candidates under one ancestor: the body is split across
  // sibling containers, take the ancestor.
  std::vector<const xmlNode*> alternatives;
  for (std::size_t i = 1; i < ranked.size() && i < 5; ++i) {
    if (ranked[i].first >= 0.75 * top_score) alternatives.push_back(ranked[i].second);
  }
  if (alternatives.size() >= 3) {
    for (const xmlNode* parent = top->parent; parent != nullptr && TagOf(parent) != "body";
         parent = parent->parent) {
      const auto under = std::count_if(alternatives.begin(), alternatives.end(),
                                       [&](const xmlNode* alt) { return IsAncestor(parent, alt); });
      if (under >= 3) {
        top = parent;
        break;
      }
    }
  }
  // A body cut into sections by figures or ads: the parent holds clearly
  // more prose than the candidate, so the candidate was one section of it.
  const auto prose = [&](const xmlNode* node) {
    const auto found = totals.find(node);
    return found == totals.end() ? 0.0 : found->second.prose;
  };
  // An only child says nothing its parent doesn't: climbing through one
  // may reach the wrapper that holds the other sections.
  while (top->parent != nullptr && TagOf(top->parent) != "body" &&
         top->parent->type == XML_ELEMENT_NODE &&
         (prose(top->parent) >= 1.3 * prose(top) || xmlChildElementCount(top->parent) == 1)) {
    top = top->parent;
  }
  return WidenToSections(top, totals);
}

// `top` with the siblings that score well themselves, and the plain <p>s
// beside it that read as prose, in document order.
std::vector<const xmlNode*> WithSiblings(const xmlNode* top, double threshold,
                                         const ScoreMap& scores, const TotalsMap& totals) {
  std::vector<const xmlNode*> containers;
  for (const xmlNode* sibling = top->parent->children; sibling != nullptr;
       sibling = sibling->next) {
    if (sibling->type != XML_ELEMENT_NODE) continue;
    if (sibling == top) {
      containers.push_back(sibling);
      continue;
    }
    const auto score = scores.find(sibling);
    const auto total = totals.find(sibling);
    const double text = total == totals.end() ? 0 : total->second.text;
    const double density = text == 0 ? 1 : total->second.links / text;
    bool append = score != scores.end() && score->second >= threshold;
    if (!append && TagOf(sibling) == "p") {
      const std::string content = TextOf(sibling);
      append = (text > 80 && density < 0.25) ||
               (text > 0 && text <= 80 && density == 0 && !content.empty() &&
                (content.back() == '.' || Contains(content, ". ")));
    }
    if (append) containers.push_back(sibling);
  }
  return containers;
}

// Readability's candidate scoring; returns the chosen containers.
std::vector<const xmlNode*> ChooseContainers(const std::vector<TextBlock>& blocks,
                                             const TotalsMap& totals) {
  const ScoreMap scores = ScoreCandidates(blocks);
  const auto ranked = RankCandidates(scores, totals);
  if (ranked.empty()) return {};
  const xmlNode* top = TopContainer(ranked, totals);
  if (top->parent == nullptr) return {top};
  return WithSiblings(top, std::max(10.0, ranked.front().first * 0.2), scores, totals);
}

Paragraph::Kind KindOf(const xmlNode* element) {
  for (const xmlNode* at = element; at != nullptr; at = at->parent) {
    const std::string_view tag = TagOf(at);
    if (tag == "blockquote" || tag == "q") return Paragraph::Kind::kQuote;
  }
  const std::string_view tag = TagOf(element);
  if (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6')
    return Paragraph::Kind::kHeading;
  if (tag == "li" || tag == "dd" || tag == "dt") return Paragraph::Kind::kListItem;
  return Paragraph::Kind::kParagraph;
}

// Ends like a sentence: a stop, a question, an exclamation, a closing quote,
// in Latin or in CJK punctuation ("。", "！", "？", "」").
bool EndsLikeSentence(const std::string& text) {
  if (text.size() < 20) return false;
  const char last = text.back();
  return last == '.' || last == '?' || last == '!' || last == '"' || text.ends_with("”") ||
         text.ends_with("…") || text.ends_with("。") || text.ends_with("！") ||
         text.ends_with("？") || text.ends_with("」");
}

// A paragraph a reader would call one: long enough to hold a sentence.
bool IsRealParagraph(const Paragraph& paragraph) {
  return paragraph.kind != Paragraph::Kind::kHeading &&
         (paragraph.text.size() >= 80 || EndsLikeSentence(paragraph.text));
}

// A line this long before the first paragraph may be the article's own.
constexpr std::size_t kLeadingLine = 30;

// Bylines, time stamps, gallery counters and captions cluster around the body's
// edges inside the same container; the body starts and ends with real
// paragraphs, so short blocks outside them go.
// A table's cells are short but are the article's data ("Route 4 | 1,200
// riders"), so `in_table` (one flag per paragraph) spares them.
void TrimEdges(Body& body, const std::vector<bool>& in_table) {
  auto& paragraphs = body.paragraphs;
  auto first = std::find_if(paragraphs.begin(), paragraphs.end(), IsRealParagraph);
  if (first == paragraphs.end()) return;
  // A byline, a date and a caption make a few short lines; five or more
  // lines of some length before the first paragraph are the article's own
  // (a schedule, a list of facts) and stay.
  const auto lines = std::count_if(
      paragraphs.begin(), first, [](const Paragraph& p) { return p.text.size() >= kLeadingLine; });
  if (lines >= 5) first = paragraphs.begin();
  const auto last = std::find_if(paragraphs.rbegin(), paragraphs.rend(), IsRealParagraph).base();
  // The places of the blocks removed so far move with the paragraphs kept.
  std::vector<int> kept_before(paragraphs.size() + 1, 0);
  std::vector<Paragraph> kept;
  std::vector<RemovedBlock> trimmed;
  for (auto it = paragraphs.begin(); it != paragraphs.end(); ++it) {
    kept_before[static_cast<std::size_t>(it - paragraphs.begin())] = static_cast<int>(kept.size());
    const bool table = in_table[static_cast<std::size_t>(it - paragraphs.begin())];
    const bool before = it < first && !table;
    // After the last real paragraph, a closing line that is a sentence stays.
    const bool after = it >= last && !EndsLikeSentence(it->text) && !table;
    if (before || after) {
      trimmed.push_back({Truncated(it->text),
                         before ? "before the article text" : "after the article text",
                         static_cast<int>(kept.size())});
    } else {
      kept.push_back(std::move(*it));
    }
  }
  kept_before[paragraphs.size()] = static_cast<int>(kept.size());
  for (RemovedBlock& block : body.removed) {
    if (block.at >= 0) block.at = kept_before[static_cast<std::size_t>(block.at)];
  }
  body.removed.insert(body.removed.end(), trimmed.begin(), trimmed.end());
  paragraphs = std::move(kept);
}

// Below this much body text, class and id hints are suspected of having taken
// the article with the furniture, and the page is read again without them.
constexpr std::size_t kTooLittleText = 250;

std::size_t TextSize(const Body& body) {
  std::size_t size = 0;
  for (const Paragraph& p : body.paragraphs) size += p.text.size();
  return size;
}

// A hinted element holding this share of the page's prose or more is not
// furniture: the hint is about something else. Half for most hints (a
// <figure> holding paragraphs is no caption; a <header> the parser closed
// late holds the article); but <aside>, <nav> and <footer> say outright that
// their content is beside the point, and an <aside> of teasers can hold more
// prose than a short article, so those need most of the page.
double MostOfThePage(const xmlNode* node) {
  const std::string_view tag = TagOf(node);
  return tag == "aside" || tag == "nav" || tag == "footer" ? 0.8 : 0.5;
}

// Marks each block that stands in furniture: under an element a hint names,
// unless that element holds most of the page's prose. Then the hint is
// about something else (a wrapper called "header", a <header> the parser
// closed late) and only what is inside it is judged. Returns the outermost
// furniture elements, each with its reason.
std::vector<std::pair<const xmlNode*, std::string>> MarkFurniture(std::vector<TextBlock>& blocks,
                                                                  const TotalsMap& page,
                                                                  const xmlNode* root,
                                                                  bool use_class) {
  const double page_prose = page.at(root).prose;
  std::vector<std::pair<const xmlNode*, std::string>> found;
  std::unordered_set<const xmlNode*> marked;
  for (const xmlNode* node = root; node != nullptr;) {
    if (node->type == XML_ELEMENT_NODE) {
      std::string hint = FurnitureHint(node, use_class);
      const auto totals = page.find(node);
      const double prose = totals == page.end() ? 0 : totals->second.prose;
      if (!hint.empty() && !(page_prose > 0 && prose >= MostOfThePage(node) * page_prose)) {
        found.emplace_back(node, std::move(hint));
        marked.insert(node);
        node = NextInWalk(node, root, true);
        continue;
      }
    }
    node = NextInWalk(node, root);
  }
  for (TextBlock& block : blocks) {
    block.furniture = nullptr;
    for (const xmlNode* at = block.element; at != nullptr && at != root; at = at->parent) {
      if (marked.count(at) != 0) {
        block.furniture = at;
        break;
      }
    }
  }
  return found;
}

// Why a block of the chosen containers is not body text, or "".
std::string BlockReason(const TextBlock& block, Paragraph::Kind kind, const std::string& title) {
  const double density =
      static_cast<double>(block.link_chars) / static_cast<double>(block.text.size());
  if (kind == Paragraph::Kind::kHeading && !title.empty() && block.text == title) {
    return "headline repeated";
  }
  // A linked headline followed by a sentence of its own ("<a>Rates
  // rise</a>. The bank said ...") is a news digest's item, not a link list;
  // one short sentence is enough (40 characters: "Valve calls it a flagship
  // game."), a link list's date or source line does not end as a sentence.
  const std::size_t unlinked = block.text.size() - std::min(block.text.size(), block.link_chars);
  const bool annotated = block.opens_with_link && unlinked >= 40 && EndsLikeSentence(block.text);
  if (density > 0.5 && kind != Paragraph::Kind::kHeading && !annotated) return "link list";
  return BoilerplateReason(block.text);
}

// The smallest element holding most of the prose outside furniture.
const xmlNode* ProseWrapper(const TotalsMap& totals, const xmlNode* root) {
  const auto prose = [&](const xmlNode* node) {
    const auto found = totals.find(node);
    return found == totals.end() ? 0.0 : found->second.prose;
  };
  const double all = prose(root);
  const xmlNode* at = root;
  for (const xmlNode* child = at->children; child != nullptr;) {
    if (child->type == XML_ELEMENT_NODE && prose(child) >= 0.6 * all) {
      at = child;
      child = at->children;
    } else {
      child = child->next;
    }
  }
  return at;
}

// A choice holding under a quarter of the page's prose (outside furniture)
// missed the article: a teaser or a summary box outscored a body spread
// over many small containers. The wrapper of most of the prose is then the
// better guess; what it holds beyond the article is still cleaned block by
// block.
std::vector<const xmlNode*> WidenWhenTiny(std::vector<const xmlNode*> containers,
                                          const TotalsMap& totals, const xmlNode* root) {
  const auto found = totals.find(root);
  if (found == totals.end() || found->second.prose == 0) return containers;
  double chosen = 0;
  for (const xmlNode* container : containers) {
    const auto total = totals.find(container);
    if (total != totals.end()) chosen += total->second.text;
  }
  if (chosen * 4 >= found->second.prose) return containers;
  return {ProseWrapper(totals, root)};
}

// Whether `element` is a table cell inside one of `containers` (a table
// that holds the whole container lays out the page, not data).
bool InTableInside(const xmlNode* element, const std::vector<const xmlNode*>& containers) {
  for (const xmlNode* at = element; at != nullptr; at = at->parent) {
    if (std::find(containers.begin(), containers.end(), at) != containers.end()) return false;
    const std::string_view tag = TagOf(at);
    if (tag == "td" || tag == "th") return true;
  }
  return false;
}

// The body the chosen containers give, with furniture pruned first.
Body BodyFrom(std::vector<TextBlock>& blocks, const TotalsMap& page, const xmlNode* root,
              const std::string& title, bool use_class) {
  Body body;
  for (const auto& [node, reason] : MarkFurniture(blocks, page, root, use_class)) {
    std::string text = TextOf(node);
    if (!text.empty()) body.removed.push_back({Truncated(std::move(text)), reason});
  }
  const TotalsMap totals = SubtreeTotals(blocks, root, true);
  std::unordered_set<const xmlNode*> inside;
  const std::vector<const xmlNode*> containers =
      WidenWhenTiny(ChooseContainers(blocks, totals), totals, root);
  std::vector<bool> in_table;
  for (const xmlNode* container : containers) {
    for (const xmlNode* node = container; node != nullptr; node = NextInWalk(node, container)) {
      inside.insert(node);
    }
  }
  bool teaser = false;
  for (const TextBlock& block : blocks) {
    if (block.furniture != nullptr || inside.count(block.element) == 0) continue;
    const Paragraph::Kind kind = KindOf(block.element);
    std::string reason = BlockReason(block, kind, title);
    // A "More:" or "Related" heading inside the body opens a list of other
    // stories' headlines: they go with it, until a real paragraph.
    if (reason.empty() && teaser) {
      if (IsRealParagraph({kind, block.text})) {
        teaser = false;
      } else {
        reason = "teaser block";
      }
    }
    if (reason == "related-articles block") teaser = true;
    if (reason.empty()) {
      body.paragraphs.push_back({kind, block.text});
      in_table.push_back(InTableInside(block.element, containers));
    } else {
      body.removed.push_back(
          {Truncated(block.text), reason, static_cast<int>(body.paragraphs.size())});
    }
  }
  TrimEdges(body, in_table);
  return body;
}

}  // namespace

Body ExtractBody(xmlDoc* doc, const std::string& title) {
  Body body;
  PruneNeverText(doc, body.removed);
  const xmlNode* root = xmlDocGetRootElement(doc);
  if (root == nullptr) return body;
  std::vector<TextBlock> blocks = CollectBlocks(root);
  const TotalsMap page = SubtreeTotals(blocks, root, false);
  Body chosen = BodyFrom(blocks, page, root, title, true);
  if (TextSize(chosen) < kTooLittleText) {
    Body lenient = BodyFrom(blocks, page, root, title, false);
    if (TextSize(lenient) > TextSize(chosen)) chosen = std::move(lenient);
  }
  body.paragraphs = std::move(chosen.paragraphs);
  body.removed.insert(body.removed.end(), std::make_move_iterator(chosen.removed.begin()),
                      std::make_move_iterator(chosen.removed.end()));
  return body;
}

}  // namespace wiredesk::extract
