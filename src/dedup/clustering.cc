#include "dedup/clustering.h"

#include <algorithm>
#include <limits>

namespace wiredesk::dedup {

std::vector<std::vector<std::uint32_t>> ClusterComponent(
    const std::vector<ComponentVersion>& versions, const OverlapTest& overlaps) {
  constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
  std::vector<std::vector<std::uint32_t>> stories;
  std::vector<std::uint32_t> story_of(versions.size(), kNone);
  struct Met {
    std::uint32_t story;
    float similarity;  // of the most similar neighbour in it
  };
  std::vector<Met> met;
  for (std::uint32_t v = 0; v < versions.size(); ++v) {
    // The stories of its neighbours already placed, each once.
    met.clear();
    for (const Neighbour& n : versions[v].neighbours) {
      if (n.version >= v || story_of[n.version] == kNone) continue;
      const std::uint32_t s = story_of[n.version];
      const auto seen =
          std::find_if(met.begin(), met.end(), [s](const Met& m) { return m.story == s; });
      if (seen == met.end()) {
        met.push_back({s, n.similarity});
      } else {
        seen->similarity = std::max(seen->similarity, n.similarity);
      }
    }
    // Each scored by the share of its first members (centre included) this
    // version overlaps.
    std::uint32_t best = kNone;
    double best_share = 0;
    float best_similarity = 0;
    for (const Met& candidate : met) {
      const std::vector<std::uint32_t>& story = stories[candidate.story];
      const std::size_t checked = std::min(story.size(), kMembersChecked);
      std::size_t agreeing = 0, documents = 0;
      for (std::size_t m = 0; m < checked; ++m) {
        const std::uint32_t weight = std::max<std::uint32_t>(versions[story[m]].documents, 1);
        documents += weight;
        if (overlaps(v, story[m])) agreeing += weight;
      }
      const double share = static_cast<double>(agreeing) / static_cast<double>(documents);
      if (share <= 0.5) continue;
      if (best == kNone || share > best_share ||
          (share == best_share &&
           (candidate.similarity > best_similarity ||
            (candidate.similarity == best_similarity && candidate.story < best)))) {
        best = candidate.story;
        best_share = share;
        best_similarity = candidate.similarity;
      }
    }
    if (best == kNone) {
      best = static_cast<std::uint32_t>(stories.size());
      stories.emplace_back();
    }
    stories[best].push_back(v);
    story_of[v] = best;
  }
  return stories;
}

}  // namespace wiredesk::dedup
