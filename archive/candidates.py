"""Which pairs the Desk verifies: a replay of dedup::LshIndex::Query over a shuffle on band keys.

The Desk files each article (one representative a text: identical copies never reach the index)
under its 64 band keys after querying them, so an article meets only earlier ones. A query walks
each of its bands' buckets newest first, at most MAX_BUCKET_WALK entries, counting the bands each
earlier article shares; the CANDIDATES_VERIFIED articles sharing most bands (then the earliest)
are verified. Here a bucket is the group of one band key after the shuffle: its entries sorted by
(place, band) are the Desk's insertion order, so the walk of each entry is the up to
MAX_BUCKET_WALK entries of earlier articles before it. An article with two bands under one key
walks that bucket twice, as the Desk does.

Cost: O(entries x MAX_BUCKET_WALK) per bucket; a bucket of stock phrases costs what it costs the
Desk. The constants are the core's (src/dedup/lsh_index.h, src/desk/desk.cc).
"""

import bisect
from collections import Counter

MAX_BUCKET_WALK = 48
CANDIDATES_VERIFIED = 32


def walks(bucket):
    """(article, earlier article) once per bucket entry the article's query counts."""
    entries = sorted(bucket)  # (place, band)
    places = [place for place, _ in entries]
    for place, _ in entries:
        first = bisect.bisect_left(places, place)
        for earlier in range(first - 1, max(first - MAX_BUCKET_WALK, 0) - 1, -1):
            yield place, places[earlier]


def chosen(place, earlier_articles):
    """The candidates the Desk verifies for `place`, given every (article, earlier) walk entry."""
    counts = Counter(earlier for _, earlier in earlier_articles)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return place, [earlier for earlier, _ in ranked[:CANDIDATES_VERIFIED]]
