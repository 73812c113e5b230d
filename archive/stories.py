"""Stories of one group of sketches: the Desk's Recluster (src/desk/desk.cc) replayed.

A group is a connected component of the duplicate graph over representatives, with each
representative's identical copies. Its representatives are visited hubs first (most duplicates,
then most letters, then the earliest), clustered as dedup::ClusterComponent clusters them
(src/dedup/clustering.h, ported line for line: star-like clustering that stops a digest from
bridging two briefs), and each story's canonical version is chosen by the core
(`wiredesk canonical`, over its first CANONICAL_VERSIONS members in the Desk's order). Its title is
the best labelled version's headline (desk::Desk::HeadlineVersion), its terms the canonical
copy's. Cost: the clustering's, O(versions x stories met x MEMBERS_CHECKED) comparisons.
"""

from . import verify

MEMBERS_CHECKED = 8
CANONICAL_VERSIONS = 24


def cluster_component(versions, overlaps):
    """dedup::ClusterComponent. `versions`: (neighbours [(version, similarity)], documents) in
    visiting order; `overlaps(a, b)`. The stories, each a list of version indices."""
    stories, story_of = [], [None] * len(versions)
    for v, (neighbours, _) in enumerate(versions):
        met = {}  # story -> similarity of its most similar neighbour; insertion order kept
        for other, similarity in neighbours:
            if other >= v or story_of[other] is None:
                continue
            s = story_of[other]
            met[s] = max(met.get(s, similarity), similarity)
        best, best_share, best_similarity = None, 0.0, 0.0
        for s, similarity in met.items():
            checked = stories[s][:MEMBERS_CHECKED]
            agreeing = documents = 0
            for member in checked:
                weight = max(versions[member][1], 1)
                documents += weight
                if overlaps(v, member):
                    agreeing += weight
            share = agreeing / documents
            if share <= 0.5:
                continue
            if (best is None or share > best_share or
                    (share == best_share and (similarity > best_similarity or
                                              (similarity == best_similarity and s < best)))):
                best, best_share, best_similarity = s, share, similarity
        if best is None:
            best = len(stories)
            stories.append([])
        stories[best].append(v)
        story_of[v] = best
    return stories


def headline_version(members, canonical, records):
    """desk::Desk::HeadlineVersion: the member with a real headline and the best metadata."""
    best = canonical
    best_real = records[best]['headline']
    best_score = records[best]['metadata']
    for member in members:
        record = records[member]
        if member == canonical or not record['headline']:
            continue
        if not best_real or record['metadata'] > best_score:
            best, best_real, best_score = member, True, record['metadata']
    return best


def plan(group, copies, links):
    """The stories of a group before the canonical choice: each a list of members (places) in the
    Desk's order. `group`: {place: record}; `copies`: representative -> its copies (places,
    ascending, itself first); `links`: representative -> [(other, similarity)] duplicates."""
    copied = {copy for same in copies.values() for copy in same[1:]}
    representatives = [place for place in group if place not in copied]
    order = sorted(representatives,
                   key=lambda p: (-len(links.get(p, ())), -group[p]['letters'], p))
    local = {place: i for i, place in enumerate(order)}
    versions = []
    for place in order:
        neighbours = [(local[other], similarity) for other, similarity in links.get(place, ())
                      if other in local]
        versions.append((neighbours, len(copies.get(place, (place,)))))

    def overlaps(a, b):
        first, second = group[order[a]], group[order[b]]
        return verify.overlaps(verify.compare(first['level'], first['shingles'],
                                              second['level'], second['shingles']))

    stories = []
    for cluster in cluster_component(versions, overlaps):
        members = []
        for version in cluster:
            representative = order[version]
            members.append(representative)
            members.extend(c for c in copies.get(representative, ()) if c != representative)
        stories.append(members)
    return stories

