// The canonical version of a story: the copy a reader should see first.
//
// "Most complete and least damaged", measured against the other versions:
//   support  how many of the story's shingles this copy carries that some
//            other version also carries (in shingles, scaled up from the
//            sample). Text only this copy has (another outlet's boilerplate,
//            a caption extraction missed) earns nothing; a trimmed copy
//            earns less than its full version.
//   damage   words run together by a bad copy: a word of this copy that no
//            other version has, but that splits into two words the other
//            versions do have ("withcountries" = "with" + "countries").
// score = support - kDamagePenalty x min(damage, kMaxDamage); the highest
// score wins. Versions within kMetadataMargin of the best carry the same
// text to a reader (an HTML page and the same page copied as text): among
// them the best labelled one wins (its own headline, date and URL, where a
// text copy has its first line), then the highest score, then the earliest. Spacing damage leaves
// the folded letters, and so support, unchanged: between a clean copy and its damaged twin, damage
// decides; between a full copy and a trimmed one, support does.
//
// Cost: O(m^2 x sample) for m versions (at most kCanonicalVersions are
// scored; stories are a handful of versions) plus the words of the texts.

#ifndef WIREDESK_DEDUP_CANONICAL_H_
#define WIREDESK_DEDUP_CANONICAL_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "dedup/fingerprint.h"

namespace wiredesk::dedup {

inline constexpr double kDamagePenalty = 24;  // about two words' worth of shingles
inline constexpr double kMaxDamage = 20;      // damaged words counted at most
inline constexpr std::size_t kCanonicalVersions = 24;
// Less than one damaged word: metadata never outweighs damage or a missing
// paragraph, only a tie in all but the sampling.
inline constexpr double kMetadataMargin = kDamagePenalty / 2;

struct VersionText {
  std::string_view text;  // the article body
  const Fingerprint* fingerprint = nullptr;
  int metadata = 0;  // how well labelled the version is; higher is better
};

struct CanonicalChoice {
  std::size_t version = 0;     // index into the versions
  std::vector<double> scores;  // per version scored (the first kCanonicalVersions)
};

// REQUIRES: at least one version. Versions past kCanonicalVersions (in the
// given order: pass the most complete first) are not scored.
CanonicalChoice ChooseCanonical(const std::vector<VersionText>& versions);

}  // namespace wiredesk::dedup

#endif  // WIREDESK_DEDUP_CANONICAL_H_
