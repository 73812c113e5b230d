#include "extract/plain_text.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "extract/boilerplate.h"
#include "extract/display_columns.h"
#include "extract/line_labels.h"
#include "extract/reflow.h"
#include "text/lines.h"
#include "text/normalize.h"
#include "text/stopwords.h"
#include "text/tokens.h"

// Steps 1 to 3 of plain_text.h live in reflow.h (re-flowing) and
// line_labels.h (image markers, labels of single lines); what needs the
// whole page (repeats, classification, the article's run, the dateline)
// is here.

namespace wiredesk::extract {
namespace {

struct Block {
  std::string text;
  std::string reason;       // why it goes; "" while it may stay
  bool after_blank = true;  // a blank line before it: not the next item of a list
};

// --- 3. Labels that compare lines: a headline or a paragraph repeated -------

std::set<std::string> WordKeys(const std::string& line) {
  std::set<std::string> keys;
  for (const text::Token& token : text::Tokenize(line)) {
    if (token.kind == text::TokenKind::kPunctuation) continue;
    keys.insert(
        text::MatchKey(std::string_view(line).substr(token.begin, token.end - token.begin)));
  }
  return keys;
}

double Overlap(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  std::size_t common = 0;
  for (const std::string& key : a) common += b.count(key);
  return static_cast<double>(common) / static_cast<double>(std::min(a.size(), b.size()));
}

// The letters and digits of `line`, case and diacritics folded, spaces and
// punctuation gone: two copies of a paragraph compare equal even when one
// lost its spaces ("withcountries").
std::string Squashed(const std::string& line) {
  std::string squashed;
  for (const text::Token& token : text::Tokenize(line)) {
    if (token.kind == text::TokenKind::kPunctuation) continue;
    squashed += text::MatchKey(std::string_view(line).substr(token.begin, token.end - token.begin));
  }
  return squashed;
}

// Marks paragraphs repeated later in the text (a summary lead that the body
// repeats, a caption shown twice) and keeps the last copy.
void MarkRepeats(std::vector<Block>& blocks) {
  std::vector<std::string> keys;
  for (const Block& block : blocks)
    keys.push_back(block.reason.empty() ? Squashed(block.text) : "");
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (keys[i].size() < 40) continue;
    // Repeats stand close together; a window keeps long texts linear.
    for (std::size_t j = i + 1; j < blocks.size() && j <= i + 40; ++j) {
      if (keys[j].size() < 40) continue;
      const std::string& shorter = keys[i].size() <= keys[j].size() ? keys[i] : keys[j];
      const std::string& longer = keys[i].size() <= keys[j].size() ? keys[j] : keys[i];
      if (longer.find(shorter) != std::string::npos) {
        blocks[i].reason = "repeated later in the text";
        break;
      }
    }
  }
}

// --- 4. Classification by length and stopwords (jusText) ---------------------

enum class Quality { kBad, kShort, kNearGood, kGood };

std::size_t WordCount(const std::string& line) {
  const auto tokens = text::Tokenize(line);
  return static_cast<std::size_t>(
      std::count_if(tokens.begin(), tokens.end(),
                    [](const text::Token& token) { return token.kind == text::TokenKind::kWord; }));
}

double StopwordDensity(const std::string& line) {
  std::size_t words = 0;
  std::size_t stopwords = 0;
  for (const text::Token& token : text::Tokenize(line)) {
    if (token.kind != text::TokenKind::kWord) continue;
    ++words;
    const std::string folded =
        text::FoldCase(std::string_view(line).substr(token.begin, token.end - token.begin));
    stopwords += text::IsStopword(text::Language::kEnglish, folded) ||
                 text::IsStopword(text::Language::kVietnamese, folded);
  }
  return words == 0 ? 0 : static_cast<double>(stopwords) / static_cast<double>(words);
}

// `stopwords`: whether the text is in a language with a stopword list; if
// not, length alone has to tell text from furniture.
Quality QualityOf(const Block& block, bool stopwords = true) {
  if (!block.reason.empty()) return Quality::kBad;
  const std::size_t length = ContentColumns(block.text);
  if (length < 70) return Quality::kShort;
  if (!stopwords) {
    if (length >= 150 && EndsWithSentencePunctuation(block.text)) return Quality::kGood;
    return length >= 200 ? Quality::kGood : Quality::kNearGood;
  }
  const double density = StopwordDensity(block.text);
  if (density >= 0.30)
    return length >= 200 || EndsWithSentencePunctuation(block.text) ? Quality::kGood
                                                                    : Quality::kNearGood;
  if (density >= 0.20) return Quality::kNearGood;
  return Quality::kBad;
}

// --- 5. Dateline ------------------------------------------------------------

// "Santiago (VNA) – ", "HANOI, Oct 15 (Reuters) - ", "HÀ NỘI — ": the prefix,
// or "" when the paragraph doesn't open with one.
std::string DatelinePrefix(const std::string& paragraph) {
  for (const std::string_view dash : {" – ", " — ", " - "}) {
    const std::size_t at = paragraph.find(dash);
    if (at == std::string::npos || at == 0 || at > 60) continue;
    const std::string head = paragraph.substr(0, at);
    const bool agency = head.back() == ')' && head.find(" (") != std::string::npos &&
                        text::IsUpperCase(head.substr(head.rfind(" (")));
    if (agency || text::IsUpperCase(head)) return paragraph.substr(0, at + dash.size());
  }
  return {};
}

// The paragraphs, with the caption a copy glued on after an image marker
// ("... hinh anh 1 Caption") as a block of its own. Done once, up front: the
// labelling loops then never insert into the list they hold references into.
std::vector<Block> SplitAtImageMarkers(std::vector<FlowedParagraph> paragraphs) {
  std::vector<Block> blocks;
  blocks.reserve(paragraphs.size());
  for (FlowedParagraph& paragraph : paragraphs) {
    std::optional<MarkerSplit> split = SplitAtImageMarker(paragraph.text);
    if (!split) {
      blocks.push_back({std::move(paragraph.text), "", paragraph.after_blank});
      continue;
    }
    blocks.push_back({std::move(split->before), "", paragraph.after_blank});
    if (!split->after.empty()) blocks.push_back({std::move(split->after), "photo caption", true});
  }
  return blocks;
}

}  // namespace

Article ExtractPlainText(std::string_view input) {
  Article article;
  std::vector<Block> blocks = SplitAtImageMarkers(Reflow(input));

  // The headline: the first line that reads like one.
  std::optional<std::size_t> title_at;
  for (std::size_t i = 0; i < blocks.size() && i < 4; ++i) {
    const Block& block = blocks[i];
    if (IsCaption(block.text) || IsDateLine(block.text) || IsMenuLine(block.text) ||
        IsIconLabels(block.text) || IsTeaserHeading(block.text) ||
        !BoilerplateReason(block.text).empty()) {
      continue;
    }
    // A headline has words ("*", "toggle" are a page's controls) and no
    // form fields ("Search for: [ ]").
    if (block.text.size() <= 250 && !block.text.ends_with(".") &&
        StopwordDensity(block.text) < 0.6 && WordCount(block.text) >= 2 &&
        block.text.find('[') == std::string::npos) {
      title_at = i;
    }
    break;
  }
  if (title_at) {
    article.title = blocks[*title_at].text;
    blocks[*title_at].reason = "headline";
  } else {
    article.warnings.push_back("no headline found at the top of the text");
  }

  // Labels.
  const std::set<std::string> title_keys = WordKeys(article.title);
  bool comments = false;
  std::vector<std::size_t> teaser_headings;
  std::size_t good_seen = 0;  // article paragraphs so far: teasers follow an article
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    Block& block = blocks[i];
    if (!block.reason.empty()) continue;
    if (comments) {
      block.reason = "comments";
      continue;
    }
    if (good_seen >= 2 && IsCommentsHeading(block.text)) {
      // Readers' comments run to the end of the page.
      block.reason = "comments";
      comments = true;
    } else if (IsTeaserHeading(block.text)) {
      // After some article text, a "See more" heading opens a block of
      // teasers; before it, it is one more line of the page's furniture.
      block.reason = good_seen >= 2 ? "teaser block" : "teaser heading";
      if (good_seen >= 2) teaser_headings.push_back(i);
    } else if (IsCaption(block.text)) {
      block.reason = "photo caption";
    } else if (IsDateLine(block.text)) {
      block.reason = "date line";
      if (article.published.empty()) article.published = block.text;
    } else if (IsAgencySignOff(block.text)) {
      block.reason = "agency sign-off";
    } else if (IsBylineLine(block.text)) {
      block.reason = "byline";
      const std::size_t by = block.text.find("by ");
      const std::size_t name = by == std::string::npos ? 3 : by + 3;  // after "By " or "Posted by "
      if (article.byline.empty() && block.text.size() > name)
        article.byline = block.text.substr(name);
    } else if (IsIconLabels(block.text) || IsImageFileName(block.text)) {
      block.reason = "image or icon labels";
    } else if (IsMenuLine(block.text)) {
      block.reason = "menu or link list";
    } else if (!title_keys.empty() && block.text.size() <= 250 &&
               !EndsWithSentencePunctuation(block.text) &&
               Overlap(WordKeys(block.text), title_keys) >= 0.6) {
      block.reason = "headline repeated";
    } else {
      block.reason = BoilerplateReason(block.text);
    }
    good_seen += QualityOf(block) == Quality::kGood;
  }

  // A teaser block (headlines, captions, one-paragraph summaries) lasts until
  // the article resumes with two good paragraphs in a row, or to the end.
  for (const std::size_t heading : teaser_headings) {
    for (std::size_t j = heading + 1; j < blocks.size(); ++j) {
      if (!blocks[j].reason.empty()) continue;
      std::size_t next = j + 1;
      while (next < blocks.size() && !blocks[next].reason.empty()) ++next;
      if (QualityOf(blocks[j]) == Quality::kGood && next < blocks.size() && next == j + 1 &&
          QualityOf(blocks[next]) == Quality::kGood) {
        break;
      }
      blocks[j].reason = "teaser block";
    }
  }

  MarkRepeats(blocks);

  // Keep the run of good paragraphs and the short ones between them.
  std::string all_text;
  for (const Block& block : blocks) {
    if (block.reason.empty()) all_text += block.text + " ";
  }
  const bool stopwords = StopwordDensity(all_text) >= 0.12;
  std::vector<Quality> quality;
  for (const Block& block : blocks) quality.push_back(QualityOf(block, stopwords));
  // The article is the stretch of the page with the most text in it net of
  // furniture: the maximum-sum run (Kadane) over paragraphs weighted by
  // their quality, as in Finn et al.'s body text extraction.
  std::optional<std::size_t> first;
  std::size_t last = 0;
  double best = 0;
  double sum = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const auto length = static_cast<double>(ContentColumns(blocks[i].text));
    // A whole page's last lines are its footer (legal notices, contact
    // details, disclaimers): text there counts for less than the same text
    // higher up. A short text (an article copied alone) has no footer.
    const bool footer = blocks.size() >= 40 && i * 100 >= blocks.size() * 85;
    double weight = 0;
    switch (quality[i]) {
      case Quality::kGood:
        weight = footer ? 0.25 * length : length;
        break;
      case Quality::kNearGood:
        weight = 0.15 * length;
        break;
      case Quality::kShort:
        weight = -std::max(8.0, 0.3 * length);
        break;
      // A line labelled as furniture is a short gap in the article (a caption
      // between paragraphs); unlabelled low-quality text is evidence against.
      case Quality::kBad:
        weight = -std::max(25.0, (blocks[i].reason.empty() ? 0.6 : 0.3) * length);
        break;
    }
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += weight;
    if (sum > best) {
      best = sum;
      first = start;
      last = i;
    }
  }
  // A near-good paragraph just outside the run, with at most furniture
  // between, belongs to it (jusText's context rule): an opening paragraph
  // cut off by an ad marker, a closing one too short to pay for its gap.
  if (first) {
    for (std::size_t i = *first; i-- > 0 && *first - i <= 2;) {
      if (quality[i] == Quality::kGood || quality[i] == Quality::kNearGood) {
        if (blocks[i].reason.empty()) first = i;
        break;
      }
      if (quality[i] == Quality::kShort) break;
    }
    for (std::size_t i = last + 1; i < blocks.size() && i - last <= 2; ++i) {
      if (quality[i] == Quality::kGood || quality[i] == Quality::kNearGood) {
        if (blocks[i].reason.empty()) last = i;
        break;
      }
      if (quality[i] == Quality::kShort) break;
    }
  }
  // A few paragraphs pasted alone have no page around them to cut: every
  // sentence of theirs is the article, however short (the run above weighs
  // short lines against the text, as a page's furniture would be).
  constexpr std::size_t kPastedBlocks = 6;
  if (blocks.size() <= kPastedBlocks) {
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      if (!blocks[i].reason.empty() || !EndsWithSentencePunctuation(blocks[i].text)) continue;
      if (!first) last = i;
      first = first ? std::min(*first, i) : i;
      last = std::max(last, i);
    }
  }
  // "Tour dates:", "Results:": a line ending in a colon at the run's end
  // introduces the list that follows, line after line, and it belongs to
  // the article however short its items are.
  if (first) {
    const std::size_t intro = blocks[last].text.ends_with(":") ? last : last + 1;
    if (intro < blocks.size() && blocks[intro].reason.empty() &&
        blocks[intro].text.ends_with(":")) {
      std::size_t end = intro + 1;
      while (end < blocks.size() && blocks[end].reason.empty() &&
             (end == intro + 1 || !blocks[end].after_blank) &&
             DisplayColumns(blocks[end].text) <= 200) {
        ++end;
      }
      if (end > intro + 1) last = end - 1;
    }
  }
  // No headline at the top (a page's menus came first): the article's
  // stretch opens with it.
  if (article.title.empty() && first && *first < last) {
    Block& opening = blocks[*first];
    if (quality[*first] != Quality::kGood && DisplayColumns(opening.text) <= 150 &&
        !EndsWithSentencePunctuation(opening.text)) {
      article.title = opening.text;
      opening.reason = "headline";
      std::erase(article.warnings, std::string("no headline found at the top of the text"));
    }
  }

  for (std::size_t i = 0; i < blocks.size(); ++i) {
    Block& block = blocks[i];
    const bool in_run = first && i >= *first && i <= last;
    if (block.reason.empty() && !in_run) {
      block.reason = first && i < *first ? "before the article" : "after the article";
    }
    if (block.reason == "headline") continue;
    if (!block.reason.empty()) {
      const bool uncertain = block.reason == "before the article" ||
                             block.reason == "after the article" ||
                             block.reason == "headline repeated";
      article.removed.push_back(
          {block.text, block.reason, static_cast<int>(article.paragraphs.size()), uncertain});
      continue;
    }
    std::string text = block.text;
    if (article.paragraphs.empty() && article.dateline.empty()) {
      const std::string prefix = DatelinePrefix(text);
      if (!prefix.empty()) {
        article.dateline = text::CollapseWhitespace(prefix);
        text = text.substr(prefix.size());
      }
    }
    // The agency sign-off "/." closes the last sentence of Vietnamese wire copy.
    if (text.ends_with("/.")) {
      text.pop_back();
      text.pop_back();
      article.removed.push_back(
          {"/.", "agency sign-off", static_cast<int>(article.paragraphs.size()) + 1});
    }
    const bool heading = quality[i] == Quality::kShort && !EndsWithSentencePunctuation(text);
    article.paragraphs.push_back(
        {heading ? Paragraph::Kind::kHeading : Paragraph::Kind::kParagraph, text});
  }
  if (article.paragraphs.empty()) {
    article.warnings.push_back("no article text found");
    return article;
  }
  // "... offenses. — VNS", "... organised crime.-VNA": the agency's name
  // closing the last paragraph, after a dash with spaces or straight after
  // the last sentence's stop.
  std::string& closing = article.paragraphs.back().text;
  for (const std::string_view dash : {"—", "–", "-"}) {
    const std::size_t at = closing.rfind(dash);
    if (at == std::string::npos || at == 0) continue;
    const std::string tail = text::CollapseWhitespace(closing.substr(at + dash.size()));
    const bool spaced = closing[at - 1] == ' ' && at + dash.size() < closing.size() &&
                        closing[at + dash.size()] == ' ';
    const bool after_stop = closing[at - 1] == '.';
    if ((spaced || after_stop) && IsAgencySignOff(tail) && tail.size() <= 8) {
      article.removed.push_back(
          {tail, "agency sign-off", static_cast<int>(article.paragraphs.size())});
      closing.resize(at);
      while (!closing.empty() && closing.back() == ' ') closing.pop_back();
      break;
    }
  }
  return article;
}

}  // namespace wiredesk::extract
