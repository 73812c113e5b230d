#include "extract/plain_text_labels.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <set>
#include <string>

#include "extract/boilerplate.h"
#include "extract/byline.h"
#include "extract/iso_date.h"
#include "extract/line_labels.h"
#include "text/normalize.h"
#include "text/tokens.h"

namespace wiredesk::extract {
namespace {

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

bool RepeatsHeadline(const Block& block, const std::set<std::string>& title_keys) {
  return !title_keys.empty() && block.text.size() <= 250 &&
         !EndsWithSentencePunctuation(block.text) &&
         Overlap(WordKeys(block.text), title_keys) >= 0.6;
}

// A teaser block (headlines, captions, one-paragraph summaries) lasts until
// the article resumes with two good paragraphs in a row, or to the end.
void ExtendTeaserBlock(std::vector<Block>& blocks, std::size_t heading, const ProseTest& prose) {
  for (std::size_t j = heading + 1; j < blocks.size(); ++j) {
    if (!blocks[j].reason.empty()) continue;
    std::size_t next = j + 1;
    while (next < blocks.size() && !blocks[next].reason.empty()) ++next;
    if (prose.Of(blocks[j]) == Quality::kGood && next < blocks.size() && next == j + 1 &&
        prose.Of(blocks[next]) == Quality::kGood) {
      return;
    }
    blocks[j].reason = "teaser block";
  }
}

}  // namespace

void TakeHeadline(std::vector<Block>& blocks, const ProseTest& prose, Article& article) {
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
    if (block.text.size() <= 250 && !block.text.ends_with(".") && prose.Density(block.text) < 0.6 &&
        WordCount(block.text) >= 2 && block.text.find('[') == std::string::npos) {
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
}

namespace {

std::string PublishedDate(const std::string& line) {
  std::string date = DateInText(line);
  return date.empty() ? IsoDate(line) : date;
}

// The reason one line gives to go, or "": what it is, wherever it stands.
std::string LineReason(const Block& block, const std::set<std::string>& title_keys,
                       Article& article) {
  const std::string& line = block.text;
  if (IsCaption(line)) return "photo caption";
  if (IsDateLine(line)) {
    // Only a date that parses: a date line may be a clock time or "3 hours ago".
    if (article.published.empty()) article.published = PublishedDate(line);
    return "date line";
  }
  if (IsAgencySignOff(line)) return "agency sign-off";
  if (IsBylineLine(line)) {
    if (article.byline.empty()) article.byline = AuthorName(line);
    return "byline";
  }
  if (IsIconLabels(line) || IsImageFileName(line)) return "image or icon labels";
  if (IsMenuLine(line)) return "menu or link list";
  if (RepeatsHeadline(block, title_keys)) return "headline repeated";
  return BoilerplateReason(line);
}

}  // namespace

void LabelBlocks(std::vector<Block>& blocks, const ProseTest& prose, Article& article) {
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
    } else {
      block.reason = LineReason(block, title_keys, article);
    }
    good_seen += prose.Of(block) == Quality::kGood;
  }
  for (const std::size_t heading : teaser_headings) ExtendTeaserBlock(blocks, heading, prose);
}

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

}  // namespace wiredesk::extract
