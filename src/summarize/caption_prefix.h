// A photo caption run into the sentence after it.
//
// Aggregated and pasted copy often loses the line break between a photo's
// caption and the text: "Crowds in the square - Photo: AFP The protest
// began on Monday, ..." or "The minister speaks. (Photo: VNA) He said ...".
// The caption and its credit are no part of the sentence, and in a summary
// with a character budget they spend characters the story's facts need.
// Measured by scripts/eval-clusters (see summary.h).
//
//   std::size_t at = CaptionPrefix(sentence);  // 0: none
//   std::string_view proper = sentence.substr(at);
//
// The credit is a bracketed one ("(Photo: VNA)", "(Ảnh: TTXVN)") followed
// by a capitalised word, or a capitalised credit word after a dash ("-
// Photo: AFP", "- Ảnh do ... cung cấp") or with a colon ("Photo: AFP"),
// after which the sentence restarts at the first capitalised word that a
// lower-case word follows (a credit is a name: capitalised words only).
// Nothing is cut when the restart is not found. A dateline in brackets
// and a dash opening the sentence ("(Reuters) - ") is cut too.
// REQUIRES: well-formed UTF-8. Cost: linear in the sentence.

#ifndef WIREDESK_SUMMARIZE_CAPTION_PREFIX_H_
#define WIREDESK_SUMMARIZE_CAPTION_PREFIX_H_

#include <cstddef>
#include <string_view>

namespace wiredesk::summarize {

// The byte offset at which `sentence` proper begins after a leading photo
// caption and its credit; 0 when it has none.
std::size_t CaptionPrefix(std::string_view sentence);

// True when `sentence` opens with a photo credit, bracketed or with a
// colon: the sentence before it is the photo's caption ("The minister
// speaks." "(Photo: VNA) He said ...").
bool OpensWithCredit(std::string_view sentence);

// True when `sentence` is a photo caption or credit run into the text
// without a paragraph break of its own: it ends in a credit, bracketed
// ("... on Monday (Photo: VNA).") or after a dash and a colon ("Gold
// prices this week - Source: SJC."), or it is a credit alone ("Photo: Anna
// Lee Video: Anna Lee.").
bool IsCaptionOrCredit(std::string_view sentence);

}  // namespace wiredesk::summarize

#endif  // WIREDESK_SUMMARIZE_CAPTION_PREFIX_H_
