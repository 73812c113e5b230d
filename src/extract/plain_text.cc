#include "extract/plain_text.h"

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "extract/boilerplate.h"
#include "extract/display_columns.h"
#include "text/lines.h"
#include "text/normalize.h"
#include "text/stopwords.h"
#include "text/tokens.h"

namespace wiredesk::extract {
namespace {

struct Block {
  std::string text;
  std::string reason;       // why it goes; "" while it may stay
  bool after_blank = true;  // a blank line before it: not the next item of a list
};

std::string Trimmed(std::string_view text) { return text::CollapseWhitespace(text); }

bool EndsWithSentencePunctuation(std::string_view text) {
  if (text.empty()) return false;
  const char last = text.back();
  return last == '.' || last == '!' || last == '?' || last == '"' || last == ':' ||
         text.ends_with("”") || text.ends_with("’") || text.ends_with("…") ||
         text.ends_with("。") || text.ends_with("！") || text.ends_with("？");
}

// --- 1. Re-flowing -----------------------------------------------------------

// Paragraphs of the text: non-blank lines, joined where the text was wrapped
// at a fixed width (a text-mode browser's dump, a wrapped e-mail). A line was
// wrapped when the next line's first word would not have fitted on it.
struct Flowed {
  std::string text;
  bool after_blank;
};

std::vector<Flowed> Paragraphs(std::string_view text) {
  std::vector<std::string> lines;
  std::vector<bool> after_blank;
  bool blank = true;
  for (const text::Line& line : text::SplitLines(text)) {
    std::string trimmed = Trimmed(text.substr(line.begin, line.end - line.begin));
    if (trimmed.empty()) {
      blank = true;
      continue;
    }
    lines.push_back(std::move(trimmed));
    after_blank.push_back(blank);
    blank = false;
  }
  // The wrapping width: the longest lines, when enough of them come close to
  // it. Pages copied with one paragraph a line have no such width.
  std::vector<std::size_t> widths;
  for (const std::string& line : lines) widths.push_back(DisplayColumns(line));
  std::vector<std::size_t> sorted = widths;
  std::sort(sorted.begin(), sorted.end());
  const std::size_t width = sorted.empty() ? 0 : sorted[sorted.size() * 97 / 100];
  const auto near_width = std::count_if(widths.begin(), widths.end(), [&](std::size_t w) {
    return w * 100 >= width * 85 && w <= width;
  });
  const bool wrapped = width >= 40 && width <= 160 && near_width >= 3;

  std::vector<Flowed> paragraphs;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    bool continues = false;
    if (wrapped && i > 0 && !after_blank[i]) {
      // CJK text wraps between any two characters, other text between words.
      const std::size_t space = lines[i].find(' ');
      const std::size_t next_word =
          StartsWide(lines[i]) ? 2 : DisplayColumns(lines[i].substr(0, space));
      continues = widths[i - 1] + 1 + next_word > width && widths[i - 1] * 10 >= width * 6;
    }
    if (continues) {
      if (!EndsWide(paragraphs.back().text) || !StartsWide(lines[i])) paragraphs.back().text += ' ';
      paragraphs.back().text += lines[i];
    } else {
      paragraphs.push_back({lines[i], after_blank[i]});
    }
  }
  return paragraphs;
}

// --- 2. Image markers --------------------------------------------------------

// Copying a Vietnamese news page turns the photo's alt text into a marker
// between the headline and the caption: "Headline hinh anh 1Caption".
constexpr std::array<std::string_view, 5> kImageMarkers = {" hinh anh ", " hình ảnh ", " ảnh ",
                                                           " Ảnh ", " anh "};

struct MarkerSplit {
  std::string before;
  std::string after;
};

std::optional<MarkerSplit> SplitAtImageMarker(const std::string& line) {
  for (const std::string_view marker : kImageMarkers) {
    for (std::size_t at = line.find(marker); at != std::string::npos;
         at = line.find(marker, at + 1)) {
      std::size_t digits = at + marker.size();
      while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
      if (digits == at + marker.size()) continue;
      return MarkerSplit{Trimmed(line.substr(0, at)), Trimmed(line.substr(digits))};
    }
  }
  return std::nullopt;
}

// --- 3. Labels -----------------------------------------------------------------

bool IsCaption(const std::string& line) {
  const std::string lower = text::LowerAscii(line);
  if (lower.starts_with("![") || lower.starts_with("[image") || lower.starts_with("image:"))
    return true;
  const std::string tail = lower.substr(lower.size() > 48 ? lower.size() - 48 : 0);
  for (const std::string_view mark :
       {"(photo", "photo:", "photo |", "photo)", "/photo", " photo",
        "credit:", "(image:", "(picture:", "(pic:", "(ảnh", "ảnh:", "(anh:", "(file photo",
        "(getty", "(reuters)", "(afp)", "(ap photo"}) {
    if (tail.find(mark) != std::string::npos && !tail.ends_with(".\"")) {
      // "photo" as the last word of a sentence is text, not a credit.
      if ((mark == std::string_view(" photo")) && EndsWithSentencePunctuation(line)) continue;
      return true;
    }
  }
  // Screen-reader labels a copy keeps: "Image caption ...", "Media caption".
  for (const std::string_view label :
       {"image caption", "image copyright", "media caption", "image source"}) {
    if (lower.starts_with(label)) return true;
  }
  // Wire captions open by saying what they are: "In this photo issued by
  // ITV, ...", "In this Nov. 3 file photo, ...", "This image shows ...".
  for (const std::string_view opening :
       {"in this photo", "in this image", "in this file photo", "in this handout",
        "this photo shows", "this image shows", "this photo provided by"}) {
    if (lower.starts_with(opening)) return true;
  }
  if (lower.starts_with("in this ") && lower.size() > 16) {
    const std::size_t comma = lower.find(',');
    const std::size_t photo = lower.find(" photo");
    if (photo != std::string::npos && comma != std::string::npos && photo < comma && comma < 48)
      return true;
  }
  return lower.starts_with("photo:") || lower.starts_with("photo credit") ||
         lower.starts_with("ảnh:");
}

constexpr std::array<std::string_view, 72> kDateWords = {
    "mon",    "tue",     "tues",      "wed",       "thu",     "thur",     "thurs",    "fri",
    "sat",    "sun",     "et",        "est",       "edt",     "pt",       "pst",      "pdt",
    "ct",     "cst",     "cdt",       "bst",       "cet",     "ist",      "ago",      "min",
    "mins",   "minute",  "minutes",   "hour",      "hours",   "day",      "days",     "updated",
    "monday", "tuesday", "wednesday", "thursday",  "friday",  "saturday", "sunday",   "jan",
    "feb",    "mar",     "apr",       "may",       "jun",     "jul",      "aug",      "sep",
    "sept",   "oct",     "nov",       "dec",       "january", "february", "march",    "april",
    "june",   "july",    "august",    "september", "october", "november", "december", "am",
    "pm",     "gmt",     "utc",       "published", "posted",  "ict",      "at"};
constexpr std::array<std::string_view, 12> kVietnameseDateWords = {
    "thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "nhật", "tháng", "ngày", "lúc"};

// A line that is only a date and time: "Friday, 18/04/2025", "October 15,
// 2019 - 10:30 GMT+7", "Thứ Sáu, 18/04/2025 10:30".
bool IsDateLine(const std::string& line) {
  if (line.size() > 80) return false;
  bool digit = false;
  for (const text::Token& token : text::Tokenize(line)) {
    const std::string_view word(line.data() + token.begin, token.end - token.begin);
    if (token.kind == text::TokenKind::kNumber) {
      digit = true;
      continue;
    }
    if (token.kind == text::TokenKind::kPunctuation) continue;
    const std::string folded = text::FoldCase(word);
    // "15th", "10:30am" come out as words with digits in them.
    if (std::any_of(folded.begin(), folded.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      digit = true;
      continue;
    }
    if (std::find(kDateWords.begin(), kDateWords.end(), folded) == kDateWords.end() &&
        std::find(kVietnameseDateWords.begin(), kVietnameseDateWords.end(), folded) ==
            kVietnameseDateWords.end()) {
      return false;
    }
  }
  return digit;
}

// "By", "By Jane Doe", "By JANE DOE, Reuters": the byline of a copied page.
bool IsBylineLine(const std::string& line) {
  return line == "By" || line == "by" ||
         (line.size() <= 60 && (line.starts_with("By ") || line.starts_with("by ")) &&
          !EndsWithSentencePunctuation(line)) ||
         // "Posted by Jane Doe on November 19, 2019, 6:21 AM EST"
         (line.size() <= 120 &&
          (line.starts_with("Posted by ") || line.starts_with("Written by ")) &&
          !EndsWithSentencePunctuation(line));
}

// "VNA", "VNA/VNS", "(AFP)", "TTXVN": an agency's name alone on a line.
bool IsAgencySignOff(const std::string& line) {
  if (line.size() > 16) return false;
  std::string core = line;
  std::erase_if(core,
                [](char c) { return c == '(' || c == ')' || c == '/' || c == ' ' || c == '-'; });
  return core.size() >= 2 && text::IsUpperCase(core) &&
         std::all_of(core.begin(), core.end(), [](char c) {
           return (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
         });
}

constexpr std::array<std::string_view, 29> kTeaserHeadings = {"see more",
                                                              "see also",
                                                              "read more",
                                                              "read also",
                                                              "related",
                                                              "related news",
                                                              "don't miss",
                                                              "don’t miss",
                                                              "also read",
                                                              "must read",
                                                              "we recommend",
                                                              "explore further",
                                                              "previous article",
                                                              "next article",
                                                              "about the author",
                                                              "more like this",
                                                              "related articles",
                                                              "related stories",
                                                              "more news",
                                                              "more stories",
                                                              "you may also like",
                                                              "you might also like",
                                                              "most read",
                                                              "most popular",
                                                              "latest news",
                                                              "recommended",
                                                              "xem thêm",
                                                              "tin liên quan",
                                                              "tin cùng chuyên mục"};

// Short headings that open a list of other stories: "Most read in world
// news", "More from Business", "Popular articles".
constexpr std::array<std::string_view, 16> kTeaserPrefixes = {
    "most read",   "most popular",   "most viewed",    "more from ",   "more in ",  "more on ",
    "popular ",    "trending",       "related ",       "recommended",  "read next", "up next",
    "top stories", "editor's picks", "editors' picks", "tin đọc nhiều"};

bool IsTeaserHeading(const std::string& line) {
  std::string key = text::FoldCase(line);
  while (!key.empty() && (key.back() == ':' || key.back() == ' ' || key.back() == '.'))
    key.pop_back();
  if (std::find(kTeaserHeadings.begin(), kTeaserHeadings.end(), key) != kTeaserHeadings.end())
    return true;
  return key.size() <= 40 &&
         std::any_of(kTeaserPrefixes.begin(), kTeaserPrefixes.end(),
                     [&](std::string_view prefix) { return key.starts_with(prefix); });
}

constexpr std::array<std::string_view, 9> kCommentHeadings = {
    "comments",      "leave a reply",  "leave a comment", "add a comment", "join the conversation",
    "show comments", "post a comment", "reader comments", "discussion"};

// The heading of the readers' comments: "34 responses to “Headline”",
// "Comments (12)", "Leave a Reply".
bool IsCommentsHeading(const std::string& line) {
  if (line.size() > 200) return false;
  std::string key = text::FoldCase(line);
  std::size_t digits = 0;
  while (digits < key.size() && key[digits] >= '0' && key[digits] <= '9') ++digits;
  if (digits > 0) {
    const std::string rest = key.substr(digits);
    for (const std::string_view noun :
         {" responses to", " comments on", " replies to", " thoughts on", " comments", " responses",
          " replies", " comment", " response", " reply"}) {
      if (rest.starts_with(noun)) return true;
    }
  }
  while (!key.empty() && (key.back() == ':' || key.back() == ' ' || key.back() == ')' ||
                          (key.back() >= '0' && key.back() <= '9') || key.back() == '(')) {
    key.pop_back();
  }
  return std::find(kCommentHeadings.begin(), kCommentHeadings.end(), key) != kCommentHeadings.end();
}

// "[facebook-i] [twitter-ic] [share-icon]": images' alt labels in a text dump.
// "koala-rescue.jpg": an image's file name left where the image was.
bool IsImageFileName(const std::string& line) {
  const std::string lower = text::LowerAscii(line);
  return line.find(' ') == std::string::npos &&
         (lower.ends_with(".jpg") || lower.ends_with(".jpeg") || lower.ends_with(".png") ||
          lower.ends_with(".gif") || lower.ends_with(".webp"));
}

bool IsIconLabels(const std::string& line) {
  // Labels are short ("[share-icon]"); a long bracketed run is text.
  std::size_t bracketed = 0;
  std::size_t open = std::string::npos;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '[') open = i;
    if (line[i] == ']' && open != std::string::npos) {
      if (i - open > 32) return false;
      bracketed += i - open + 1;
      open = std::string::npos;
    }
  }
  return bracketed * 2 >= line.size();
}

bool IsMenuLine(const std::string& line) {
  // "Home | World | Business | Sport": items between separators.
  std::size_t bars = 0;
  for (std::size_t at = line.find(" | "); at != std::string::npos; at = line.find(" | ", at + 3))
    ++bars;
  return bars >= 2 && line.size() / (bars + 1) < 30;
}

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

std::size_t WordCount(const std::string& line) {
  const auto tokens = text::Tokenize(line);
  return static_cast<std::size_t>(
      std::count_if(tokens.begin(), tokens.end(),
                    [](const text::Token& token) { return token.kind == text::TokenKind::kWord; }));
}

// --- 4. Classification by length and stopwords (jusText) ---------------------

enum class Quality { kBad, kShort, kNearGood, kGood };

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

}  // namespace

Article ExtractPlainText(std::string_view input) {
  Article article;
  std::vector<Block> blocks;
  for (Flowed& paragraph : Paragraphs(input)) {
    blocks.push_back({std::move(paragraph.text), "", paragraph.after_blank});
  }

  // The headline: the first line that reads like one.
  std::optional<std::size_t> title_at;
  for (std::size_t i = 0; i < blocks.size() && i < 4; ++i) {
    Block& block = blocks[i];
    if (auto split = SplitAtImageMarker(block.text)) {
      block.text = split->before;
      if (!split->after.empty())
        blocks.insert(blocks.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                      {split->after, "photo caption", true});
    }
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
    if (auto split = SplitAtImageMarker(block.text)) {
      block.text = split->before;
      if (!split->after.empty()) {
        blocks.insert(blocks.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                      {split->after, "photo caption", true});
      }
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
      const bool uncertain = block.reason == "before the article" || block.reason == "after the article" ||
                             block.reason == "headline repeated";
      article.removed.push_back(
          {block.text, block.reason, static_cast<int>(article.paragraphs.size()), uncertain});
      continue;
    }
    std::string text = block.text;
    if (article.paragraphs.empty() && article.dateline.empty()) {
      const std::string prefix = DatelinePrefix(text);
      if (!prefix.empty()) {
        article.dateline = Trimmed(prefix);
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
    const std::string tail = Trimmed(closing.substr(at + dash.size()));
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
