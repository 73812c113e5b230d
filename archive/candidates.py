"""Which pairs the Desk verifies: a replay of dedup::LshIndex::Query over a shuffle on band keys.

The Desk files each article (one representative a text: identical copies never reach the index)
under its 64 band keys after querying them, so an article meets only earlier ones. A query walks
each of its bands' buckets newest first, at most MAX_BUCKET_WALK entries, counting the bands each
earlier article shares; the CANDIDATES_VERIFIED articles sharing most bands (then the earliest)
are verified. Here a bucket is the rows of one band key after the shuffle: sorted by place they
are the Desk's insertion order, so the walk of each entry is the up to MAX_BUCKET_WALK entries of
earlier articles before it. An article with two bands under one key walks that bucket twice, as
the Desk does. Identical copies share every bucket with their text's earliest copy, so a bucket
drops them itself (the entries of a text but its earliest), with no list of copies to consult.

Everything is columns (numpy, pandas): no Python object a band or a walk. Cost:
O(entries log entries + walks) per partition; a bucket of stock phrases costs what it costs the
Desk. The constants are the core's (src/dedup/lsh_index.h, src/desk/desk.cc).
"""

import numpy as np
import pandas as pd

MAX_BUCKET_WALK = 48
CANDIDATES_VERIFIED = 32

BAND_ROWS = pd.DataFrame({'key': np.zeros(0, '<u4'), 'place': np.zeros(0, '<u8'),
                          'exact': np.zeros(0, '<u8')})
WALKS = pd.DataFrame({'a': np.zeros(0, '<u8'), 'b': np.zeros(0, '<u8'), 'n': np.zeros(0, '<i8')})
PAIRS = pd.DataFrame({'a': np.zeros(0, '<u8'), 'b': np.zeros(0, '<u8')})


def band_rows(table):
    """A table's band entries: (key, place, exact), 64 a document with a fingerprint."""
    docs = table.docs
    has = np.flatnonzero(docs['shingles'] > 0)
    if not len(has):
        return BAND_ROWS
    keys = np.asarray(table.bands()[has]).ravel()
    return pd.DataFrame({'key': keys, 'place': np.repeat(docs['place'][has], 64),
                         'exact': np.repeat(docs['exact'][has], 64)})


def _runs(*columns):
    """For each row of sorted columns, the index of the first row of its run of equal values."""
    n = len(columns[0])
    starts = np.ones(n, dtype=bool)
    for column in columns:
        starts[1:] &= column[1:] == column[:-1]
    starts = ~starts
    starts[:1] = True
    return np.maximum.accumulate(np.where(starts, np.arange(n), 0))


def walks(rows):
    """The walks of a partition of buckets: (a, b, n) = article a's queries met earlier article b
    n times in these buckets."""
    if rows.empty:
        return WALKS
    key, place, exact = (rows[c].to_numpy() for c in ('key', 'place', 'exact'))
    order = np.lexsort((place, key))
    key, place, exact = key[order], place[order], exact[order]
    bucket = _runs(key)
    size = np.bincount(bucket, minlength=len(key))[bucket]
    shared = size > 1
    key, place, exact = key[shared], place[shared], exact[shared]
    if not len(key):
        return WALKS
    # Identical copies: only the earliest copy of a text is filed.
    earliest = pd.Series(place).groupby([key, exact]).transform('min').to_numpy()
    filed = place == earliest
    key, place = key[filed], place[filed]
    bucket, own = _runs(key), _runs(key, place)
    length = np.minimum(own - bucket, MAX_BUCKET_WALK)
    walking = np.flatnonzero(length)
    if not len(walking):
        return WALKS
    length = length[walking]
    entry = np.repeat(walking, length)
    step = np.arange(len(entry)) - np.repeat(np.cumsum(length) - length, length)
    met = pd.DataFrame({'a': place[entry], 'b': place[own[entry] - 1 - step]})
    return met.groupby(['a', 'b'], sort=False).size().rename('n').reset_index()


def chosen(met):
    """The candidates each article verifies: (a, b) for its CANDIDATES_VERIFIED earlier articles
    met most often (then the earliest), from every walk of a (all of them in `met`)."""
    if met.empty:
        return PAIRS
    counts = met.groupby(['a', 'b'], sort=False)['n'].sum().reset_index()
    counts['order'] = -counts['n']
    counts = counts.sort_values(['a', 'order', 'b'], kind='stable')
    return counts.groupby('a', sort=False).head(CANDIDATES_VERIFIED)[['a', 'b']].reset_index(drop=True)
