#include "dedup/clustering.h"

#include <algorithm>
#include <limits>

namespace wiredesk::dedup {
namespace {

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

bool Adjacent(const ComponentVersion& version, std::uint32_t other) {
  return std::any_of(version.neighbours.begin(), version.neighbours.end(),
                     [other](const Neighbour& n) { return n.version == other; });
}

}  // namespace

std::vector<std::vector<std::uint32_t>> ClusterComponent(const std::vector<ComponentVersion>& versions) {
  std::vector<std::vector<std::uint32_t>> stories;
  std::vector<std::uint32_t> story_of_centre(versions.size(), kNone);
  for (std::uint32_t v = 0; v < versions.size(); ++v) {
    // Centres this version duplicates, most similar first (then earliest).
    std::vector<Neighbour> centres;
    for (const Neighbour& n : versions[v].neighbours) {
      if (n.version < v && story_of_centre[n.version] != kNone) centres.push_back(n);
    }
    std::stable_sort(centres.begin(), centres.end(), [](const Neighbour& a, const Neighbour& b) {
      return a.similarity > b.similarity || (a.similarity == b.similarity && a.version < b.version);
    });
    bool joined = false;
    for (const Neighbour& centre : centres) {
      std::vector<std::uint32_t>& story = stories[story_of_centre[centre.version]];
      const std::size_t others = std::min(story.size() - 1, kMembersChecked);
      std::size_t agreeing = 0;
      for (std::size_t m = 1; m <= others; ++m) agreeing += Adjacent(versions[v], story[m]);
      if (2 * agreeing >= others) {
        story.push_back(v);
        joined = true;
        break;
      }
    }
    if (!joined) {
      story_of_centre[v] = static_cast<std::uint32_t>(stories.size());
      stories.push_back({v});
    }
  }
  return stories;
}

}  // namespace wiredesk::dedup
