#include "dedup/clustering.h"

#include <algorithm>
#include <limits>

namespace wiredesk::dedup {
namespace {

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

bool Overlapping(const ComponentVersion& version, std::uint32_t other) {
  return std::find(version.overlapping.begin(), version.overlapping.end(), other) != version.overlapping.end();
}

}  // namespace

std::vector<std::vector<std::uint32_t>> ClusterComponent(const std::vector<ComponentVersion>& versions) {
  std::vector<std::vector<std::uint32_t>> stories;
  std::vector<std::uint32_t> story_of(versions.size(), kNone);
  for (std::uint32_t v = 0; v < versions.size(); ++v) {
    // The stories of its neighbours already placed, each scored by the share
    // of its first members (centre included) this version duplicates.
    std::uint32_t best = kNone;
    double best_share = 0;
    float best_similarity = 0;
    for (const Neighbour& n : versions[v].neighbours) {
      if (n.version >= v || story_of[n.version] == kNone) continue;
      const std::uint32_t s = story_of[n.version];
      const std::vector<std::uint32_t>& story = stories[s];
      const std::size_t checked = std::min(story.size(), kMembersChecked);
      std::size_t agreeing = 0, documents = 0;
      for (std::size_t m = 0; m < checked; ++m) {
        const std::uint32_t weight = std::max<std::uint32_t>(versions[story[m]].documents, 1);
        documents += weight;
        if (Overlapping(versions[v], story[m])) agreeing += weight;
      }
      const double share = static_cast<double>(agreeing) / static_cast<double>(documents);
      if (share <= 0.5) continue;
      if (best == kNone || share > best_share ||
          (share == best_share && (n.similarity > best_similarity || (n.similarity == best_similarity && s < best))))
      {
        best = s;
        best_share = share;
        best_similarity = n.similarity;
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
