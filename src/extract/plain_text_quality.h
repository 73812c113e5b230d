// How much a paragraph of a plain-text copy reads like the article's prose:
// jusText's classification (Pomikálek 2011) by length and stopword density,
// in the text's own language.
//
// jusText's thresholds (a good paragraph is at least 30% stopwords, a
// near-good one 20%) were set on English-sized lists, and prose in another
// language, or against a shorter list, sits lower: Vietnamese news against
// our syllable list is about 24% stopwords. So the thresholds follow the
// text's own prose: its long paragraphs that end like a sentence give the
// level, and a paragraph is good from 70% of that level and near-good from
// 45% of it, never stricter than jusText's (English prose is about 42%,
// where the two agree). A language without a list, or text where the list's
// words are too rare to mean anything, is judged by length and sentence
// punctuation alone.
//
//   ProseTest prose(StopwordList::For(lang), blocks);
//   if (prose.Of(block) == Quality::kGood) ...
//
// Cost: linear in the text (one tokenisation a call).

#ifndef WIREDESK_EXTRACT_PLAIN_TEXT_QUALITY_H_
#define WIREDESK_EXTRACT_PLAIN_TEXT_QUALITY_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/plain_text_block.h"
#include "text/stopwords.h"

namespace wiredesk::extract {

enum class Quality { kBad, kShort, kNearGood, kGood };

// Word tokens in `text`.
std::size_t WordCount(std::string_view text);

class ProseTest {
 public:
  // `stopwords`: the list of the text's language, or nullptr. The level is
  // taken from the blocks that have no reason to go yet.
  ProseTest(const text::StopwordList* stopwords, const std::vector<Block>& blocks);

  // The share of `text`'s words on the list; 0 without a list.
  double Density(std::string_view text) const;

  // A block with a reason to go is kBad. `by_stopwords` false: length and
  // punctuation alone, for text where the list's words are too rare to tell.
  Quality Of(const Block& block, bool by_stopwords = true) const;

  // Whether the unlabelled `blocks` hold enough stopwords for them to tell
  // prose from furniture (12% or more of their words).
  bool StopwordsTell(const std::vector<Block>& blocks) const;

 private:
  const text::StopwordList* stopwords_;
  double good_ = 0.30;
  double near_good_ = 0.20;
};

}  // namespace wiredesk::extract

#endif  // WIREDESK_EXTRACT_PLAIN_TEXT_QUALITY_H_
