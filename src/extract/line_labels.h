// What a line of a news page copied as plain text is, when it is not the
// article's text: a photo caption, a date line, a byline, an agency's
// sign-off, the heading of a teaser block or of the readers' comments, an
// image's file name or its icons' labels, a menu. Each test looks at one
// line alone; where the line stands (at the top, after the article's text)
// is for the caller to weigh, as ExtractPlainText does.
//
//   IsCaption("At the 88th INTERPOL General Assembly (Photo: VNA)")  // true
//   IsDateLine("Thứ Sáu, 18/04/2025 10:30")                          // true
//   IsAgencySignOff("VNA/VNS")                                       // true
//   IsTeaserHeading("See more:")                                     // true
//   IsCommentsHeading("34 responses to “Headline”")                  // true
//   IsMenuLine("Home | World | Business | Sport")                    // true
//
// The word lists (date words, teaser and comments headings, caption marks)
// are English and Vietnamese.
//
// REQUIRES: well-formed UTF-8; a line (a paragraph from Reflow) with its
// white space collapsed, as text::CollapseWhitespace leaves it.
// Cost: linear in the line.

#ifndef WIREDESK_EXTRACT_LINE_LABELS_H_
#define WIREDESK_EXTRACT_LINE_LABELS_H_

#include <optional>
#include <string>
#include <string_view>

namespace wiredesk::extract {

// Whether `text` ends a sentence: ".", "!", "?", ":", a closing quote, "…",
// or their CJK forms.
bool EndsWithSentencePunctuation(std::string_view text);

// A line cut in two at an image marker.
struct MarkerSplit {
  std::string before;  // the headline, white space collapsed
  std::string after;   // the photo's caption, or ""
};

// Copying a Vietnamese news page turns the photo's alt text into a marker
// between the headline and the caption: "Headline hinh anh 1Caption". The
// line cut around a marker and its digits, or nullopt when it has none.
std::optional<MarkerSplit> SplitAtImageMarker(const std::string& line);

// A photo caption or credit: "(Photo: VNA)", "Image caption ...", "In this
// photo issued by ITV, ...", "![alt](...)".
bool IsCaption(const std::string& line);

// Only a date and time: "Friday, 18/04/2025", "October 15, 2019 - 10:30
// GMT+7", "Updated 3 hours ago". At most 80 bytes.
bool IsDateLine(const std::string& line);

// "By", "By Jane Doe", "By JANE DOE, Reuters", "Posted by Jane Doe on ...".
bool IsBylineLine(const std::string& line);

// An agency's name alone on a line: "VNA", "VNA/VNS", "(AFP)", "TTXVN".
bool IsAgencySignOff(const std::string& line);

// A heading that opens a list of other stories: "See more", "Related",
// "Most read in world news", "Xem thêm".
bool IsTeaserHeading(const std::string& line);

// The heading of the readers' comments: "34 responses to “Headline”",
// "Comments (12)", "Leave a Reply".
bool IsCommentsHeading(const std::string& line);

// An image's file name left where the image was: "koala-rescue.jpg".
bool IsImageFileName(const std::string& line);

// Images' alt labels in a text dump, at least half the line:
// "[facebook-i] [twitter-ic] [share-icon]".
bool IsIconLabels(const std::string& line);

// Short items between separators: "Home | World | Business | Sport".
bool IsMenuLine(const std::string& line);

}  // namespace wiredesk::extract

#endif  // WIREDESK_EXTRACT_LINE_LABELS_H_
