// The lines of a text, as Unicode counts them.
//
// A line ends at LF, CR, CR LF, NEL (U+0085), VT, FF, LINE SEPARATOR (U+2028)
// or PARAGRAPH SEPARATOR (U+2029): the paragraph separators of UAX #29, so
// that sentence and line boundaries agree.
//
// REQUIRES: well-formed UTF-8. Cost: one linear pass, no decoding of
// characters outside the separators' lead bytes.

#ifndef WIREDESK_TEXT_LINES_H_
#define WIREDESK_TEXT_LINES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace wiredesk::text {

struct Line {
  std::size_t begin = 0;  // byte offset of the first character
  std::size_t end = 0;    // byte offset of the line break (or the text's end)
};

// Every line of `text`, blank ones included; a final line break does not
// open an empty last line.
std::vector<Line> SplitLines(std::string_view text);

// True when `text` holds nothing but white space (Unicode White_Space).
bool IsBlank(std::string_view text);

// `text` without leading and trailing Unicode white space, as offsets.
Line Trim(std::string_view text, Line range);

// `text` trimmed, with every run of Unicode white space (no-break space and
// line breaks included) turned into one space.
std::string CollapseWhitespace(std::string_view text);

}  // namespace wiredesk::text

#endif  // WIREDESK_TEXT_LINES_H_
