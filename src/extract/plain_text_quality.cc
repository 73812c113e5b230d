#include "extract/plain_text_quality.h"

#include <algorithm>
#include <string>

#include "extract/display_columns.h"
#include "extract/line_labels.h"
#include "text/normalize.h"
#include "text/tokens.h"

namespace wiredesk::extract {
namespace {

// Paragraphs this long that end like a sentence are prose in any language:
// they set the level the others are measured against.
constexpr std::size_t kProseColumns = 150;

std::string UnlabelledText(const std::vector<Block>& blocks, bool prose_only) {
  std::string text;
  for (const Block& block : blocks) {
    if (!block.reason.empty()) continue;
    if (prose_only &&
        (ContentColumns(block.text) < kProseColumns || !EndsWithSentencePunctuation(block.text))) {
      continue;
    }
    text += block.text + " ";
  }
  return text;
}

}  // namespace

std::size_t WordCount(std::string_view text) {
  const auto tokens = text::Tokenize(text);
  return static_cast<std::size_t>(std::count_if(tokens.begin(), tokens.end(), [](const auto& t) {
    return t.kind == text::TokenKind::kWord;
  }));
}

ProseTest::ProseTest(const text::StopwordList* stopwords, const std::vector<Block>& blocks)
    : stopwords_(stopwords) {
  std::string prose = UnlabelledText(blocks, /*prose_only=*/true);
  if (prose.empty()) prose = UnlabelledText(blocks, /*prose_only=*/false);
  const double level = Density(prose);
  if (level > 0) {
    good_ = std::min(good_, 0.70 * level);
    near_good_ = std::min(near_good_, 0.45 * level);
  }
}

double ProseTest::Density(std::string_view text) const {
  if (stopwords_ == nullptr) return 0;
  std::size_t words = 0;
  std::size_t hits = 0;
  for (const text::Token& token : text::Tokenize(text)) {
    if (token.kind != text::TokenKind::kWord) continue;
    ++words;
    hits += stopwords_->Contains(text::FoldCase(text.substr(token.begin, token.end - token.begin)));
  }
  return words == 0 ? 0 : static_cast<double>(hits) / static_cast<double>(words);
}

Quality ProseTest::Of(const Block& block, bool by_stopwords) const {
  if (!block.reason.empty()) return Quality::kBad;
  const std::size_t length = ContentColumns(block.text);
  if (length < 70) return Quality::kShort;
  if (!by_stopwords || stopwords_ == nullptr) {
    if (length >= kProseColumns && EndsWithSentencePunctuation(block.text)) return Quality::kGood;
    return length >= 200 ? Quality::kGood : Quality::kNearGood;
  }
  const double density = Density(block.text);
  if (density >= good_) {
    return length >= 200 || EndsWithSentencePunctuation(block.text) ? Quality::kGood
                                                                    : Quality::kNearGood;
  }
  if (density >= near_good_) return Quality::kNearGood;
  return Quality::kBad;
}

bool ProseTest::StopwordsTell(const std::vector<Block>& blocks) const {
  return stopwords_ != nullptr && Density(UnlabelledText(blocks, false)) >= 0.12;
}

}  // namespace wiredesk::extract
