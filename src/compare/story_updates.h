// What a developing story's versions changed, and why they are one story:
// the timeline, "what's new" and "why merged" of a story view.
//
//   StoryUpdates u = UpdatesOf({&first, &second, &third});  // arrival order
//   for (const VersionDigest& v : u.versions) ...          // publication order
//
//   versions   ordered by publication time (published_time.h); a version
//              without a date keeps its place after the version it arrived
//              after. Each carries the digest (digest.h) of what it changed
//              against the version before it; the first has none. A
//              headline one version carried as a repeated headline (a page
//              with two) is not a retitle.
//   whats_new  TextRank (summarize/summary.h) over the sentences later
//              versions added or changed, ranked against the story: the
//              latest headline is the title prior, so a new sentence about
//              the story outranks a new credit line. At most kWhatsNew, in
//              reading order; empty for a story of one version.
//   why        per version, in arrival order: the share of its text it has
//              in common with the canonical copy (dedup's measures: the
//              larger of Jaccard and containment of the fingerprints,
//              dedup/similarity.h), the sentences only it has (quoted,
//              shortened), and a plain line: "same text, 3 sentences
//              shorter", "same text, words run together", "retitled; 2
//              sentences added".
// The canonical copy is dedup's choice (dedup/canonical.h) among the
// versions, as the Desk makes it.
//
// Pure; deterministic (native and wasm agree byte for byte). Cost: each
// version's sentences segmented and keyed once (comparison.h,
// PrepareForCompare), then one comparison per consecutive pair and per
// version against the canonical (the timeline's own reused where it is one),
// one fingerprint per version, and one TextRank over the new sentences.
// scripts/bench updates times a 500-sentence story of 10 versions.
// REQUIRES: well-formed UTF-8; the versions are of one story (dedup's job).

#ifndef WIREDESK_COMPARE_STORY_UPDATES_H_
#define WIREDESK_COMPARE_STORY_UPDATES_H_

#include <cstddef>
#include <string>
#include <vector>

#include "compare/digest.h"
#include "extract/article.h"

namespace wiredesk::compare {

inline constexpr std::size_t kWhatsNew = 3;  // sentences in "what's new"
inline constexpr std::size_t kOnlyHere = 5;  // passages listed per version

struct VersionDigest {
  std::string id, published, headline;
  std::vector<DigestLine> changes;
};

struct WhyMerged {
  std::string id;
  double shared = 0;                   // 0..1, two decimals
  std::vector<std::string> only_here;  // quoted, shortened
  std::string reason;
};

struct StoryUpdates {
  std::string canonical;  // its id
  std::vector<VersionDigest> versions;
  std::vector<std::string> whats_new;
  std::vector<WhyMerged> why;
};

// REQUIRES: no null pointer. An empty list gives an empty result.
StoryUpdates UpdatesOf(const std::vector<const extract::Article*>& versions);

// The versions' indices in publication order (see above).
std::vector<std::size_t> PublicationOrder(const std::vector<const extract::Article*>& versions);

}  // namespace wiredesk::compare

#endif  // WIREDESK_COMPARE_STORY_UPDATES_H_
