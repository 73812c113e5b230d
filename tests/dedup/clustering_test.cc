#include <catch2/catch.hpp>

#include <vector>

#include "dedup/clustering.h"

namespace {

using wiredesk::dedup::ClusterComponent;
using wiredesk::dedup::ComponentVersion;

// Links `a` and `b`: as duplicates (an edge of the graph) or as overlapping only.
void Link(std::vector<ComponentVersion>& versions, std::uint32_t a, std::uint32_t b, bool duplicate) {
  versions[a].overlapping.push_back(b);
  versions[b].overlapping.push_back(a);
  if (duplicate) {
    versions[a].neighbours.push_back({b, 0.9f});
    versions[b].neighbours.push_back({a, 0.9f});
  }
}

}  // namespace

TEST_CASE("copies edited different ways join their original's story though not duplicates of each other") {
  // 0: the original (hub); 1: trimmed; 2: names changed; 3: a paragraph dropped.
  std::vector<ComponentVersion> versions(4);
  Link(versions, 0, 1, true);
  Link(versions, 0, 2, true);
  Link(versions, 0, 3, true);
  Link(versions, 1, 2, false);
  Link(versions, 1, 3, false);
  Link(versions, 2, 3, false);
  const auto stories = ClusterComponent(versions);
  REQUIRE(stories.size() == 1);
  CHECK(stories[0] == std::vector<std::uint32_t>{0, 1, 2, 3});
}

TEST_CASE("a digest reprinting two briefs that share nothing keeps them apart") {
  // 0: the digest, a duplicate (by containment) of each brief; 1, 2: the briefs.
  std::vector<ComponentVersion> versions(3);
  Link(versions, 0, 1, true);
  Link(versions, 0, 2, true);
  const auto stories = ClusterComponent(versions);
  REQUIRE(stories.size() == 2);
  CHECK(stories[0] == std::vector<std::uint32_t>{0, 1});
  CHECK(stories[1] == std::vector<std::uint32_t>{2});
}

TEST_CASE("identical copies count as the documents they stand for") {
  // 0 stands for four identical copies; 1 is edited; 2, short, overlaps only 0.
  std::vector<ComponentVersion> versions(3);
  versions[0].documents = 4;
  Link(versions, 0, 1, true);
  Link(versions, 0, 2, true);
  const auto stories = ClusterComponent(versions);
  REQUIRE(stories.size() == 1);
  CHECK(stories[0].size() == 3);
}
