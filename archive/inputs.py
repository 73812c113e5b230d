"""Partitions of the input: line-aligned byte ranges of JSON Lines files.

The client only scans for line breaks (a few hundred MB/s); the workers read their own ranges,
so no document passes through the client. A document's place in the archive is
`file_number << 32 | line`: the order `wiredesk stories` reads the same files in, which decides
story ids (the earliest member) and every tie the Desk breaks by arrival.
"""

from dataclasses import dataclass

LINE_BITS = 32


@dataclass(frozen=True)
class Partition:
    number: int
    file_number: int
    path: str  # absolute: what a worker opens
    name: str  # as the user gave it: what reports name
    offset: int  # byte offset of its first line
    length: int  # bytes
    first_line: int  # 1-based number of its first line in the file


def place(file_number, line):
    """The archive-wide order of the document on `line` of file `file_number`."""
    return (file_number << LINE_BITS) | line


def partitions(paths, names, lines_per_partition, bytes_per_partition=16 << 20):
    """Cuts each file (`paths` absolute, `names` as given) into ranges of at most `lines_per_partition` lines and about
    `bytes_per_partition` bytes (the native reader takes files up to 32 MB)."""
    result = []
    for file_number, path in enumerate(paths):
        with open(path, 'rb') as stream:
            offset = start = 0
            line = first_line = 1
            for raw in stream:
                offset += len(raw)
                line += 1
                if line - first_line >= lines_per_partition or offset - start >= bytes_per_partition:
                    result.append(Partition(len(result), file_number, path, names[file_number], start, offset - start, first_line))
                    start, first_line = offset, line
            if offset > start:
                result.append(Partition(len(result), file_number, path, names[file_number], start, offset - start, first_line))
    return result


def read(partition):
    with open(partition.path, 'rb') as stream:
        stream.seek(partition.offset)
        return stream.read(partition.length)
