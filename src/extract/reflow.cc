#include "extract/reflow.h"

#include <algorithm>
#include <cstddef>

#include "extract/display_columns.h"
#include "text/lines.h"

namespace wiredesk::extract {

std::vector<FlowedParagraph> Reflow(std::string_view text) {
  std::vector<std::string> lines;
  std::vector<bool> after_blank;
  bool blank = true;
  for (const text::Line& line : text::SplitLines(text)) {
    std::string trimmed = text::CollapseWhitespace(text.substr(line.begin, line.end - line.begin));
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

  std::vector<FlowedParagraph> paragraphs;
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

}  // namespace wiredesk::extract
