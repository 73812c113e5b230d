"""Sketch tables: a partition's `wiredesk sketch --binary` records as numpy arrays on disk.

A partition's table is a folder of .npy files (memory-mapped by readers, so that a task that needs
a few documents of many partitions reads those documents, not the partitions):
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


class Table:
    """One partition's table, memory-mapped."""

    def __init__(self, folder):
        self.folder = folder
        self.docs = np.load(os.path.join(folder, 'docs.npy'), mmap_mode='r')
        self._shingles = None
        self._meta = None

    def bands(self):
        return np.load(os.path.join(self.folder, 'bands.npy'), mmap_mode='r')

    def rows(self, places):
        """The row of each place (all of them in this table)."""
        return np.searchsorted(self.docs['place'], places)

    def shingles(self, row):
        if self._shingles is None:
            self._shingles = np.load(os.path.join(self.folder, 'shingles.npy'), mmap_mode='r')
        doc = self.docs[row]
        start = int(doc['shingles_at'])
        return np.asarray(self._shingles[start:start + int(doc['shingles'])])

    def meta(self, row):
        """The document's id, title, terms and text."""
        if self._meta is None:
            self._meta = np.memmap(os.path.join(self.folder, 'meta.bin'), dtype='u1', mode='r') \
                if os.path.getsize(os.path.join(self.folder, 'meta.bin')) else np.zeros(0, 'u1')
        doc = self.docs[row]
        start = int(doc['meta_at'])
        return json.loads(self._meta[start:start + int(doc['meta_length'])].tobytes())


class Tables:
    """Every partition's table, opened when first needed; `starts` are the partitions' first
    places (ascending), which say which partition holds a place."""

    def __init__(self, folders, starts):
        self.folders, self.starts, self.open = folders, np.asarray(starts, dtype='<u8'), {}

    def partition_of(self, places):
        return np.searchsorted(self.starts, np.asarray(places, dtype='<u8'), side='right') - 1

    def table(self, number):
        if number not in self.open:
            self.open[number] = Table(self.folders[number])
        return self.open[number]

    def locate(self, places):
        """(table, row) of each place."""
        places = np.asarray(places, dtype='<u8')
        found = [None] * len(places)
        numbers = self.partition_of(places)
        for number in np.unique(numbers):
            at = np.flatnonzero(numbers == number)
            table = self.table(int(number))
            for i, row in zip(at, table.rows(places[at])):
                found[i] = (table, int(row))
        return found
