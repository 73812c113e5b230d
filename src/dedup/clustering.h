// Clustering verified duplicates into stories without chaining.
//
// The duplicate graph (an edge wherever verification says "versions of one
// story", similarity.h) is not transitive: a digest that reprints two
// unrelated briefs contains both, and single-link clustering (connected
// components) would merge the two briefs through it. Here each component is
// split by a greedy clustering in the spirit of star clustering (Aslam,
// Pelekhov & Rus 2004):
//   1. versions are visited hubs first (most duplicates, then most letters,
//      then the caller's order), so a story starts from the version most
//      others agree with;
//   2. a version joins the story, among its duplicates' stories, of whose
//      first kMembersChecked members it overlaps (similarity.h: shares a
//      quarter of the text) the largest share, when that share is more
//      than half (ties: the most similar neighbour); a member counts as
//      many documents as it stands for (identical copies are one version in
//      the graph but each is a wire copy that agrees);
//   3. otherwise it starts a story of its own.
// Step 2 is what stops the bridge: the second brief is a duplicate of the
// digest but shares nothing with the first brief (one of two), so it starts
// its own story. Versions edited different ways are often not duplicates of
// each other (a copy with names changed against a trimmed one: containment
// 0.6) but always overlap; asking for duplicates of most members instead
// split 0.5-2% of true pairs off on the generated versions. Visiting the
// fullest text first and joining only through it lost 4.5%. The result
// depends only on the graph and the order, never on when versions arrived.
//
// Whether two versions overlap is asked of the caller, for just the pairs
// step 2 needs: the duplicate graph holds only the pairs LSH offered (a few
// dozen an article), so a flood of near-identical copies (each outlet's own
// sign-off on one wire story) knew too few of its stories' first members and
// split into dozens of stories.
//
// Cost: O(sum over versions of neighbours) + O(versions x stories met x
// kMembersChecked) overlap tests.

#ifndef WIREDESK_DEDUP_CLUSTERING_H_
#define WIREDESK_DEDUP_CLUSTERING_H_

#include <cstdint>
#include <functional>
#include <vector>

namespace wiredesk::dedup {

inline constexpr std::size_t kMembersChecked = 8;

struct Neighbour {
  std::uint32_t version = 0;  // index into the component's versions
  float similarity = 0;       // max(Jaccard, containment): which centre to try first
};

struct ComponentVersion {
  std::vector<Neighbour> neighbours;  // its verified duplicates
  std::uint32_t documents = 1;        // itself and its identical copies
};

// Whether versions `a` and `b` (indices into the component) overlap
// (similarity.h's Overlaps).
using OverlapTest = std::function<bool(std::uint32_t a, std::uint32_t b)>;

// The stories of one component, each a list of version indices in visiting
// order. REQUIRES: `versions` in visiting order (hubs first);
// neighbour lists symmetric.
std::vector<std::vector<std::uint32_t>> ClusterComponent(
    const std::vector<ComponentVersion>& versions, const OverlapTest& overlaps);

}  // namespace wiredesk::dedup

#endif  // WIREDESK_DEDUP_CLUSTERING_H_
