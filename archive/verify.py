"""Verification of a candidate pair: dedup/similarity.h's Compare, IsDuplicate and Overlaps, line
for line, over the sampled shingle sets of two sketches.

The thresholds are the core's (src/dedup/similarity.h); the equivalence test against
`wiredesk stories` fails if they drift apart. A link's similarity is kept as the Desk keeps it, a
32-bit float, since the clustering breaks ties on it. Cost: O(|A| + |B|).
"""

import struct

DUPLICATE_JACCARD = 0.45
DUPLICATE_CONTAINMENT = 0.7
MIN_CONTAINED_SHARE = 0.25
OVERLAP = 0.25


def compare(level_a, shingles_a, level_b, shingles_b):
    """(Jaccard, containment) of the two samples at the coarser of their levels."""
    if not shingles_a or not shingles_b:
        return 0.0, 0.0
    level = max(level_a, level_b)
    mask = 0xFFFFFFFF if level >= 32 else (1 << level) - 1
    a = {h for h in shingles_a if h & mask == 0}
    b = {h for h in shingles_b if h & mask == 0}
    if not a or not b:
        return 0.0, 0.0
    shared = len(a & b)
    jaccard = shared / (len(a) + len(b) - shared)
    smaller, larger = min(len(a), len(b)), max(len(a), len(b))
    containment = shared / smaller if float(smaller) >= MIN_CONTAINED_SHARE * float(larger) else 0.0
    return jaccard, containment


def is_duplicate(similarity):
    jaccard, containment = similarity
    return jaccard >= DUPLICATE_JACCARD or containment >= DUPLICATE_CONTAINMENT


def overlaps(similarity):
    jaccard, containment = similarity
    return jaccard >= OVERLAP or containment >= OVERLAP


def strength(similarity):
    """max(Jaccard, containment) rounded to a float, as the Desk's links hold it."""
    return struct.unpack('f', struct.pack('f', max(similarity)))[0]
