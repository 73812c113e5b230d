"""Sketch tables: a partition's `wiredesk sketch --binary` records as numpy arrays on disk.

A partition's table is a folder of .npy files (a task that needs a few documents of many partitions
reads those documents, not the partitions):
    docs.npy      one row a document (DOC): place, exact, letters, level, metadata, headline,
                  where its shingles and its JSON (id, title, terms, text) are
    shingles.npy  every document's sampled shingles, one after the other (uint32)
    bands.npy     the 64 LSH band keys of each document (zeros for an empty fingerprint)
    meta.bin      every document's JSON, one after the other
Parsing is a few struct reads a document; nothing is parsed as text until the story step, and
then only the documents a story shows. Cost: about 1.5 KB a 3 KB document plus its text.
"""

import json
import os
import struct

import numpy as np

BANDS = 64
HEADER = struct.Struct('<IIIiIIIIII')  # see src/cli/archive_commands.cc, WriteBinary
DOC = np.dtype([('place', '<u8'), ('exact', '<u8'), ('letters', '<u4'), ('level', '<u4'),
                ('metadata', '<i4'), ('headline', '<u4'), ('shingles_at', '<u8'),
                ('shingles', '<u4'), ('meta_length', '<u4'), ('meta_at', '<u8')])


def parse(data, first_place):
    """The table of a `--binary` stream whose line 1 is at archive place `first_place`:
    (docs, shingles, bands, meta bytes)."""
    rows, shingle_parts, band_parts, metas = [], [], [], []
    pos = shingles_at = meta_at = 0
    empty = np.zeros(BANDS, '<u4')
    while pos < len(data):
        line, letters, level, metadata, headline, low, high, count, bands, length = \
            HEADER.unpack_from(data, pos)
        pos += HEADER.size
        shingle_parts.append(np.frombuffer(data, '<u4', count, pos))
        pos += 4 * count
        band_parts.append(np.frombuffer(data, '<u4', bands, pos) if bands else empty)
        pos += 4 * bands
        metas.append(data[pos:pos + length])
        pos += length
        rows.append((first_place + line - 1, low | high << 32, letters, level, metadata, headline,
                     shingles_at, count, length, meta_at))
        shingles_at += count
        meta_at += length
    docs = np.array(rows, dtype=DOC)
    shingles = np.concatenate(shingle_parts) if shingle_parts else np.zeros(0, '<u4')
    bands = np.stack(band_parts) if band_parts else np.zeros((0, BANDS), '<u4')
    return docs, shingles, bands, b''.join(metas)


def write(folder, docs, shingles, bands, meta):
    """Writes a table whole (a retried task rewrites it; docs.npy last, so a reader never sees a
    table whose docs point past its shingles)."""
    os.makedirs(folder, exist_ok=True)
    for name, value in (('shingles.npy', shingles), ('bands.npy', bands), ('meta.bin', meta),
                        ('docs.npy', docs)):
        scratch = os.path.join(folder, f'{name}.{os.getpid()}.tmp')
        with open(scratch, 'wb') as stream:
            if isinstance(value, bytes):
                stream.write(value)
            else:
                np.save(stream, value)
        os.replace(scratch, os.path.join(folder, name))


def _data_offset(stream):
    """Where the array of an open .npy file starts (past its header)."""
    version = np.lib.format.read_magic(stream)
    if version == (1, 0):
        np.lib.format.read_array_header_1_0(stream)
    else:
        np.lib.format.read_array_header_2_0(stream)
    return stream.tell()


class Table:
    """One partition's table: its documents' rows in memory (56 bytes a document), their shingles
    and JSON read from disk a document at a time (os.pread), not memory-mapped: a mapping's pages
    count in the worker's resident memory (which Dask's nanny watches) once touched, so tasks
    reading a few documents of every partition grew a worker with the archive, not the task."""

    def __init__(self, folder):
        self.folder = folder
        self.docs = np.load(os.path.join(folder, 'docs.npy'))

    def bands(self):
        return np.load(os.path.join(self.folder, 'bands.npy'))

    def rows(self, places):
        """The row of each place (all of them in this table)."""
        return np.searchsorted(self.docs['place'], places)

    def shingles(self, rows):
        """Each row's sampled shingles (uint32 arrays), one read a row."""
        docs = self.docs[rows]
        with open(os.path.join(self.folder, 'shingles.npy'), 'rb') as stream:
            base, fd = _data_offset(stream), stream.fileno()
            return [np.frombuffer(os.pread(fd, 4 * count, base + 4 * at), '<u4')
                    for at, count in zip(docs['shingles_at'].tolist(), docs['shingles'].tolist())]

    def meta(self, rows):
        """Each row's document JSON (id, title, terms, text), one read a row."""
        docs = self.docs[rows]
        with open(os.path.join(self.folder, 'meta.bin'), 'rb') as stream:
            fd = stream.fileno()
            return [json.loads(os.pread(fd, length, at))
                    for at, length in zip(docs['meta_at'].tolist(), docs['meta_length'].tolist())]

    def records(self, rows):
        """Each row's document: its JSON with its numbers and shingles."""
        out = []
        for doc, record, shingles in zip(self.docs[rows].tolist(), self.meta(rows), self.shingles(rows)):
            place, _, letters, level, metadata, headline = doc[:6]
            record.update(place=place, letters=letters, level=level, metadata=metadata,
                          headline=bool(headline), shingles=shingles)
            out.append(record)
        return out


class Tables:
    """Every partition's table, opened by the task that needs it; `starts` are the partitions'
    first places (ascending), which say which partition holds a place."""

    def __init__(self, folders, starts):
        self.folders, self.starts = folders, np.asarray(starts, dtype='<u8')

    def partition_of(self, places):
        return np.searchsorted(self.starts, np.asarray(places, dtype='<u8'), side='right') - 1

    def by_table(self, places):
        """(table, rows, places) for each table holding some of `places` (ascending), in the
        order of the tables: places ascending overall."""
        places = np.asarray(places, dtype='<u8')
        numbers = self.partition_of(places)
        for number in np.unique(numbers):
            here = places[numbers == number]
            table = Table(self.folders[int(number)])
            yield table, table.rows(here), here
