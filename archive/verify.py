"""Verification of a candidate pair: dedup/similarity.h's Compare, IsDuplicate and Overlaps, line
for line, over the sampled shingle sets of two sketches (sorted, distinct numpy arrays of uint32).

The thresholds are the core's (src/dedup/similarity.h); the equivalence test against
`wiredesk stories` fails if they drift apart. A link's similarity is kept as the Desk keeps it, a
32-bit float, since the clustering breaks ties on it. Cost: O(|A| + |B|).
"""

import struct

import numpy as np
import pandas as pd

DUPLICATE_JACCARD = 0.45
DUPLICATE_CONTAINMENT = 0.7
MIN_CONTAINED_SHARE = 0.25
OVERLAP = 0.25


def compare(level_a, shingles_a, level_b, shingles_b):
    """(Jaccard, containment) of the two samples at the coarser of their levels."""
    if not len(shingles_a) or not len(shingles_b):
        return 0.0, 0.0
    level = max(level_a, level_b)
    mask = 0xFFFFFFFF if level >= 32 else (1 << level) - 1
    a = shingles_a[(shingles_a & np.uint32(mask)) == 0]
    b = shingles_b[(shingles_b & np.uint32(mask)) == 0]
    if not len(a) or not len(b):
        return 0.0, 0.0
    shared = len(np.intersect1d(a, b, assume_unique=True))
    jaccard = shared / (len(a) + len(b) - shared)
    smaller, larger = min(len(a), len(b)), max(len(a), len(b))  # Python ints: the core's arithmetic
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


LINKS = pd.DataFrame({'a': np.zeros(0, '<u8'), 'b': np.zeros(0, '<u8'), 'similarity': np.zeros(0, '<f4')})


def links(pairs, tables):
    """The Desk's Link over candidate pairs (a, b): (a, b, similarity) for each duplicate. Each
    fingerprint is read from its partition's table (only the documents asked)."""
    if pairs.empty:
        return LINKS
    a, b = pairs['a'].to_numpy(), pairs['b'].to_numpy()
    places = np.unique(np.concatenate([a, b]))
    fingerprints = {}
    for table, rows, here in tables.by_table(places):
        fingerprints.update(zip(here.tolist(), zip(table.docs['level'][rows].tolist(),
                                                   table.shingles(rows))))
    found = []
    for first, second in zip(a.tolist(), b.tolist()):
        level_a, shingles_a = fingerprints[first]
        level_b, shingles_b = fingerprints[second]
        similarity = compare(level_a, shingles_a, level_b, shingles_b)
        if overlaps(similarity) and is_duplicate(similarity):
            found.append((first, second, max(similarity)))
    if not found:
        return LINKS
    first, second, similarity = zip(*found)
    return pd.DataFrame({'a': np.array(first, '<u8'), 'b': np.array(second, '<u8'),
                         'similarity': np.array(similarity, '<f4')})
