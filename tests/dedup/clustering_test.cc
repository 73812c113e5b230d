#include "dedup/clustering.h"

#include <catch2/catch.hpp>
#include <set>
#include <utility>
#include <vector>

namespace {

using wiredesk::dedup::ClusterComponent;
using wiredesk::dedup::ComponentVersion;

// A component: its versions and which pairs overlap.
struct Component {
  explicit Component(std::size_t size) : versions(size) {}

  // Links `a` and `b`: as duplicates (an edge of the graph) or as overlapping only.
  void Link(std::uint32_t a, std::uint32_t b, bool duplicate) {
    overlapping.insert({a, b});
    overlapping.insert({b, a});
    if (duplicate) {
      versions[a].neighbours.push_back({b, 0.9f});
      versions[b].neighbours.push_back({a, 0.9f});
    }
  }
  std::vector<std::vector<std::uint32_t>> Cluster() const {
    return ClusterComponent(versions, [this](std::uint32_t a, std::uint32_t b) {
      return overlapping.count({a, b}) != 0;
    });
  }

  std::vector<ComponentVersion> versions;
  std::set<std::pair<std::uint32_t, std::uint32_t>> overlapping;
};

}  // namespace

TEST_CASE(
    "copies edited different ways join their original's story though not duplicates of each "
    "other") {
  // 0: the original (hub); 1: trimmed; 2: names changed; 3: a paragraph dropped.
  Component component(4);
  component.Link(0, 1, true);
  component.Link(0, 2, true);
  component.Link(0, 3, true);
  component.Link(1, 2, false);
  component.Link(1, 3, false);
  component.Link(2, 3, false);
  const auto stories = component.Cluster();
  REQUIRE(stories.size() == 1);
  CHECK(stories[0] == std::vector<std::uint32_t>{0, 1, 2, 3});
}

TEST_CASE("a digest reprinting two briefs that share nothing keeps them apart") {
  // 0: the digest, a duplicate (by containment) of each brief; 1, 2: the briefs.
  Component component(3);
  component.Link(0, 1, true);
  component.Link(0, 2, true);
  const auto stories = component.Cluster();
  REQUIRE(stories.size() == 2);
  CHECK(stories[0] == std::vector<std::uint32_t>{0, 1});
  CHECK(stories[1] == std::vector<std::uint32_t>{2});
}

TEST_CASE("identical copies count as the documents they stand for") {
  // 0 stands for four identical copies; 1 is edited; 2, short, overlaps only 0.
  Component component(3);
  component.versions[0].documents = 4;
  component.Link(0, 1, true);
  component.Link(0, 2, true);
  const auto stories = component.Cluster();
  REQUIRE(stories.size() == 1);
  CHECK(stories[0].size() == 3);
}
