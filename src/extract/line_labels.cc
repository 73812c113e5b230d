#include "extract/line_labels.h"

#include <algorithm>
#include <array>
#include <cstddef>

#include "text/calendar_words.h"
#include "text/lines.h"
#include "text/normalize.h"
#include "text/tokens.h"

namespace wiredesk::extract {
namespace {

// The photo's alt text as copying a Vietnamese news page leaves it, with or
// without its diacritics.
constexpr std::array<std::string_view, 5> kImageMarkers = {" hinh anh ", " hình ảnh ", " ảnh ",
                                                           " Ảnh ", " anh "};

// Besides the month and weekday names (text/calendar_words.h): time zones,
// clock and age words.
constexpr std::array<std::string_view, 30> kDateWords = {
    "et",   "est",     "edt", "pt",  "pst",  "pdt",    "ct",        "cst",    "cdt",   "bst",
    "cet",  "ist",     "ago", "min", "mins", "minute", "minutes",   "hour",   "hours", "day",
    "days", "updated", "am",  "pm",  "gmt",  "utc",    "published", "posted", "ict",   "at"};
constexpr std::array<std::string_view, 12> kVietnameseDateWords = {
    "thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "nhật", "tháng", "ngày", "lúc"};

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

constexpr std::array<std::string_view, 9> kCommentHeadings = {
    "comments",      "leave a reply",  "leave a comment", "add a comment", "join the conversation",
    "show comments", "post a comment", "reader comments", "discussion"};

}  // namespace

bool EndsWithSentencePunctuation(std::string_view text) {
  if (text.empty()) return false;
  const char last = text.back();
  return last == '.' || last == '!' || last == '?' || last == '"' || last == ':' ||
         text.ends_with("”") || text.ends_with("’") || text.ends_with("…") ||
         text.ends_with("。") || text.ends_with("！") || text.ends_with("？");
}

std::optional<MarkerSplit> SplitAtImageMarker(const std::string& line) {
  for (const std::string_view marker : kImageMarkers) {
    for (std::size_t at = line.find(marker); at != std::string::npos;
         at = line.find(marker, at + 1)) {
      std::size_t digits = at + marker.size();
      while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
      // A photo's number is small: "điểm ảnh 445ppi" (pixels) is no marker.
      if (digits == at + marker.size() || digits - (at + marker.size()) > 2) continue;
      return MarkerSplit{text::CollapseWhitespace(line.substr(0, at)),
                         text::CollapseWhitespace(line.substr(digits))};
    }
  }
  return std::nullopt;
}

// About 400 characters of Vietnamese, 700 of English: the longest photo
// captions seen in wire copy are half that.
constexpr std::size_t kLongestCaptionBytes = 700;

bool IsCaption(const std::string& line) {
  const std::string lower = text::LowerAscii(line);
  if (lower.starts_with("![") || lower.starts_with("[image") || lower.starts_with("image:"))
    return true;
  const std::string tail = lower.substr(lower.size() > 48 ? lower.size() - 48 : 0);
  // A credit closing a long paragraph ("... the NSA's surveillance. (AFP)")
  // ends an article's text, in any language: captions are a few lines.
  const bool caption_sized = line.size() <= kLongestCaptionBytes;
  for (const std::string_view mark :
       {"(photo", "photo:", "photo |", "photo)", "/photo", " photo",
        "credit:", "(image:", "(picture:", "(pic:", "(ảnh", "ảnh:", "(anh:", "(file photo",
        "(getty", "(reuters)", "(afp)", "(ap photo"}) {
    if (caption_sized && tail.find(mark) != std::string::npos && !tail.ends_with(".\"")) {
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
    if (!text::IsMonthName(folded) && !text::IsWeekdayName(folded) &&
        !text::IsWeekdayAbbreviation(folded) &&
        std::find(kDateWords.begin(), kDateWords.end(), folded) == kDateWords.end() &&
        std::find(kVietnameseDateWords.begin(), kVietnameseDateWords.end(), folded) ==
            kVietnameseDateWords.end()) {
      return false;
    }
  }
  return digit;
}

bool IsBylineLine(const std::string& line) {
  return line == "By" || line == "by" ||
         (line.size() <= 60 && (line.starts_with("By ") || line.starts_with("by ")) &&
          !EndsWithSentencePunctuation(line)) ||
         // "Posted by Jane Doe on November 19, 2019, 6:21 AM EST"
         (line.size() <= 120 &&
          (line.starts_with("Posted by ") || line.starts_with("Written by ")) &&
          !EndsWithSentencePunctuation(line));
}

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
  std::size_t bars = 0;
  for (std::size_t at = line.find(" | "); at != std::string::npos; at = line.find(" | ", at + 3))
    ++bars;
  return bars >= 2 && line.size() / (bars + 1) < 30;
}

}  // namespace wiredesk::extract
