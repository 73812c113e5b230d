"""The Dask graph of an archive run, stage by stage.

Sketch records go to disk once, as a table a partition (`records`: numpy arrays, of which readers
read only the documents they need; a cluster needs OUT on storage every worker sees). The shuffles are dask.dataframe's over
integer columns (`shuffle`, task-based, spilling where Dask spills): the letters' hash for
identical copies, the 64 band keys a document for candidates, the article for its candidates'
ranking. Verification and the story step read the few documents they need from the tables.
What comes back to the client grows with the duplicated documents only, as columns: the groups of
identical copies and the duplicate links (about 20 bytes each), of which it makes the connected
components and hands each partition its share. The stories' related stories are one native call
over every story's terms (see README: what does not scale yet).
"""

import functools
import gc
import heapq
import json
import os
import shutil
import threading
import time

import dask
import dask.bag as db
import dask.dataframe as dd
import numpy as np
import pandas as pd
from dask.distributed import progress, wait

from . import candidates, inputs, native, records, stories, verify

COPIES = pd.DataFrame({'place': np.zeros(0, '<u8'), 'rep': np.zeros(0, '<u8')})


def _acyclic(task):
    """`task` run with Python's cycle collector paused. The stories and verification tasks build
    hundreds of thousands of small acyclic objects (records, pairs: reference counting frees
    them), and every full collection also walks the worker's own bookkeeping, which grows with
    the number of partitions: at 300,000 documents collections took half the stories stage's CPU,
    a share that grew with the archive rather than the task."""

    @functools.wraps(task)
    def run(*args, **kwargs):
        enabled = gc.isenabled()
        gc.disable()
        try:
            return task(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()

    return run


def _write_atomically(path, lines):
    scratch = f'{path}.{os.getpid()}.tmp'
    with open(scratch, 'w', encoding='utf-8') as stream:
        for line in lines:
            stream.write(line)
            stream.write('\n')
    os.replace(scratch, path)  # a retried task rewrites the same file whole


def _sketch_partitions(partitions, wiredesk, work):
    out = []
    for partition in partitions:
        data, reports = native.sketch(wiredesk, partition, os.path.join(work, 'scratch'))
        first = inputs.place(partition.file_number, partition.first_line)
        table = records.parse(data, first)
        records.write(_folder(work, partition.number), *table)
        out.append(('documents', len(table[0])))
        out.extend(('report', report) for report in reports)
    return out


def _folder(work, number):
    return os.path.join(work, 'sketches', f'part-{number:05d}')


def _exact_rows(folder):
    docs = records.Table(folder).docs
    docs = docs[docs['letters'] > 0]
    return pd.DataFrame({'place': np.asarray(docs['place']), 'exact': np.asarray(docs['exact'])})


def _copy_groups(rows):
    """Each text held by several documents: (place, rep) for each of them, rep its earliest."""
    if rows.empty:
        return COPIES
    grouped = rows.groupby('exact')['place']
    rows = rows.assign(rep=grouped.transform('min'), size=grouped.transform('size'))
    rows = rows[rows['size'] > 1]
    return pd.DataFrame({'place': rows['place'].to_numpy('<u8'), 'rep': rows['rep'].to_numpy('<u8')})


def _band_rows(folder):
    return candidates.band_rows(records.Table(folder))


@_acyclic
def _links(pairs, folders, starts):
    return verify.links(pairs, records.Tables(folders, starts))


def _components(first, second):
    """Connected components of the edges (first[i], second[i]): (places, root of each), the root
    being the component's earliest place. Min-label propagation with pointer jumping, in
    columns: a few passes over the edges (one per doubling of the longest path)."""
    places = np.unique(np.concatenate([first, second]))
    a, b = np.searchsorted(places, first), np.searchsorted(places, second)
    label = np.arange(len(places))
    while True:
        before = label.copy()
        low = np.minimum(label[a], label[b])
        np.minimum.at(label, a, low)
        np.minimum.at(label, b, low)
        label = label[label]
        if np.array_equal(label, before):
            return places, places[label]


def _story_json(members, canonical, headline, group):
    ordered = sorted(members)
    return {'key': ordered[0], 'id': group[ordered[0]]['id'], 'canonical': group[canonical]['id'],
            'members': [group[m]['id'] for m in ordered], 'title': group[headline]['title'],
            'terms': group[canonical]['terms']}


def _group_stories(share, tables, wiredesk):
    """The stories of the duplicate groups whose root is in one partition. `share`: the groups'
    places and roots, their links (a, b, similarity) and identical copies (place, rep)."""
    places, roots, links, copies = share
    if not len(places):
        return []
    group_records, root_of = {}, dict(zip(places.tolist(), roots.tolist()))
    for table, rows, here in tables.by_table(places):
        for place, record in zip(here.tolist(), table.records(rows)):
            group_records.setdefault(root_of[place], {})[place] = record
    same = {}
    for place, rep in zip(copies['place'].tolist(), copies['rep'].tolist()):
        same.setdefault(rep, []).append(place)
    same = {rep: sorted(members) for rep, members in same.items()}
    linked = {}
    for a, b, similarity in zip(links['a'].tolist(), links['b'].tolist(),
                                links['similarity'].tolist()):
        linked.setdefault(a, []).append((b, similarity))
        linked.setdefault(b, []).append((a, similarity))
    planned = [(members, group) for group in group_records.values()
               for members in stories.plan(group, same, linked)]
    # Stories of one version need no choice; the others go to the core in one batch. A copy is
    # scored with its representative's fingerprint (the Desk keeps one a text).
    representative_of = {copy: members[0] for members in same.values() for copy in members}
    asked = []
    for members, group in planned:
        if len(members) > 1:
            asked.append([{'text': group[m]['text'], 'metadata': group[m]['metadata'],
                           'level': group[representative_of.get(m, m)]['level'],
                           'shingles': group[representative_of.get(m, m)]['shingles'].tolist()}
                          for m in members[:stories.CANONICAL_VERSIONS]])
    answers = iter(native.canonical(wiredesk, asked))
    out = []
    for members, group in planned:
        canonical = members[next(answers)] if len(members) > 1 else members[0]
        headline = stories.headline_version(members, canonical, group)
        out.append(_story_json(members, canonical, headline, group))
    return out


@_acyclic
def _partition_stories(number, folders, starts, grouped_here, share, wiredesk, work):
    """A partition's stories sorted by their earliest member, in one file: its documents in no
    group (a story each) and the groups whose root it holds."""
    table = records.Table(folders[number])
    out = _group_stories(share, records.Tables(folders, starts), wiredesk)
    single = np.flatnonzero(~np.isin(table.docs['place'], grouped_here))
    for place, record in zip(table.docs['place'][single].tolist(), table.meta(single)):
        out.append({'key': place, 'id': record['id'], 'canonical': record['id'],
                    'members': [record['id']], 'title': record['title'], 'terms': record['terms']})
    out.sort(key=lambda s: s['key'])
    path = os.path.join(work, 'stories', f'part-{number:05d}.jsonl')
    _write_atomically(path, (json.dumps(s) for s in out))
    return [path]


def _shares(count, starts, links, copies):
    """For each partition: its grouped places (sorted), and the share of the groups whose root it
    holds (places, roots, links, copies)."""
    places, roots = _components(
        np.concatenate([links['a'].to_numpy('<u8'), copies['place'].to_numpy('<u8')]),
        np.concatenate([links['b'].to_numpy('<u8'), copies['rep'].to_numpy('<u8')]))
    starts = np.asarray(starts, dtype='<u8')
    root_of = pd.Series(roots, index=places)

    def part(at):
        return np.searchsorted(starts, at, side='right') - 1

    by_place = _split(part(places), count, places)
    by_root = _split(part(roots), count, places, roots)
    by_link = _split(part(root_of.loc[links['a'].to_numpy('<u8')].to_numpy()), count, links)
    by_copy = _split(part(root_of.loc[copies['rep'].to_numpy('<u8')].to_numpy()), count, copies)
    for number in range(count):
        yield by_place[number][0], (*by_root[number], by_link[number][0], by_copy[number][0])


def _split(numbers, count, *columns):
    """The rows of `columns` (arrays or frames) cut by their partition `numbers`: count lists."""
    order = np.argsort(numbers, kind='stable')
    bounds = np.searchsorted(numbers[order], np.arange(count + 1))
    taken = [c.iloc[order] if isinstance(c, pd.DataFrame) else c[order] for c in columns]
    return [[c.iloc[bounds[n]:bounds[n + 1]] if isinstance(c, pd.DataFrame)
             else c[bounds[n]:bounds[n + 1]] for c in taken] for n in range(count)]


class Stage:
    """Persists a collection with Dask's progress bar and times it."""

    def __init__(self, client, quiet, log):
        self.client, self.quiet, self.log, self.times, self.counts = client, quiet, log, {}, {}

    def __call__(self, name, collection, during=None):
        start = time.monotonic()
        collection = collection.persist()
        if during is not None:
            time.sleep(1)
            during()
        if not self.quiet:
            self.log(f'archive: {name}')
            progress(collection)
            self.log('')
        wait(collection)
        self.times[name] = time.monotonic() - start
        return collection


def _exit_soon():
    # Not at once: the call returns first, so the client is not left waiting on a dead worker.
    threading.Timer(0.2, os._exit, [1]).start()


def _kill_a_worker(client, log):
    """Ends one worker's process mid-stage (a test of Dask's retries): its nanny starts a new one
    and the scheduler recomputes what was lost with it."""
    workers = sorted(client.scheduler_info()['workers'])
    if workers:
        log(f'archive: killing worker {workers[0]}')
        client.run(_exit_soon, workers=[workers[0]])


def run(client, paths, names, out_dir, wiredesk, lines_per_partition, quiet=False, kill_a_worker=False,
        log=print):
    """Writes OUT/stories.jsonl (one story a line, as `wiredesk stories` lists them) and
    OUT/errors.jsonl; returns (stories, documents, reports, the Stage with its times and counts)."""
    work = os.path.join(out_dir, '.work')
    for folder in ('sketches', 'stories', 'scratch'):
        # An earlier run's files would join this one's.
        shutil.rmtree(os.path.join(work, folder), ignore_errors=True)
        os.makedirs(os.path.join(work, folder), exist_ok=True)
    stage = Stage(client, quiet, log)
    parts = inputs.partitions(paths, names, lines_per_partition)
    count = max(len(parts), 1)
    folders = [_folder(work, p.number) for p in parts]
    starts = [inputs.place(p.file_number, p.first_line) for p in parts]

    summaries = stage('sketch (map)', db.from_sequence(parts, npartitions=count)
                      .map_partitions(_sketch_partitions, wiredesk, work)).compute()
    reports = [s[1] for s in summaries if s[0] == 'report']
    documents = sum(s[1] for s in summaries if s[0] == 'documents')
    if not parts:
        return _finish([], out_dir, work, wiredesk, reports, stage, documents)

    # Identical copies: one representative (the earliest) a text, as the Desk files them.
    copies = stage('identical copies (shuffle on the letters hash)',
                   dd.from_map(_exact_rows, folders, meta=COPIES.rename(columns={'rep': 'exact'}))
                   .shuffle('exact', npartitions=count, shuffle='tasks')
                   .map_partitions(_copy_groups, meta=COPIES)).compute()

    # Candidates: the Desk's index queries, replayed per band key.
    during = (lambda: _kill_a_worker(client, log)) if kill_a_worker else None
    chosen = stage('candidates (shuffle on LSH band keys)',
                   dd.from_map(_band_rows, folders, meta=candidates.BAND_ROWS)
                   .shuffle('key', npartitions=count, shuffle='tasks')
                   .map_partitions(candidates.walks, meta=candidates.WALKS)
                   .shuffle('a', npartitions=count, shuffle='tasks')
                   .map_partitions(candidates.chosen, meta=candidates.PAIRS), during)

    stage.counts.update(copies=len(copies), candidate_pairs=len(chosen))

    # Verification: each pair's fingerprints read from their tables.
    links = stage('verified pairs (fingerprints from the tables)',
                  chosen.map_partitions(_links, folders, starts, meta=verify.LINKS)).compute()

    stage.counts['links'] = len(links)
    del chosen  # the candidate pairs held on the workers: 16 bytes each, up to 32 a document

    # Components (on the client, over columns), then each partition's stories.
    paths = [dask.delayed(_partition_stories)(number, folders, starts, grouped_here, share,
                                              wiredesk, work)
             for number, (grouped_here, share) in enumerate(_shares(count, starts, links, copies))]
    story_paths = stage('stories (components, clustering, canonical copies)',
                        db.from_delayed(paths)).compute()
    return _finish(story_paths, out_dir, work, wiredesk, reports, stage, documents)


def _merged(paths):
    streams = [open(path, encoding='utf-8') for path in paths]
    try:
        yield from heapq.merge(*(map(json.loads, s) for s in streams), key=lambda s: s['key'])
    finally:
        for stream in streams:
            stream.close()


def _finish(story_paths, out_dir, work, wiredesk, reports, stage, documents):
    """Related stories over every story's terms (one native call), then the output, in order."""
    start = time.monotonic()
    terms_path = os.path.join(work, 'terms.jsonl')
    ids = []
    with open(terms_path, 'w', encoding='utf-8') as terms:
        for story in _merged(story_paths):
            ids.append(story['id'])
            terms.write(json.dumps({'terms': story['terms']}) + '\n')
    related = native.related(wiredesk, terms_path)
    out_path = os.path.join(out_dir, 'stories.jsonl')
    with open(out_path + '.tmp', 'w', encoding='utf-8') as out:
        for story, linked in zip(_merged(story_paths), related):
            out.write(json.dumps({'id': story['id'], 'canonical': story['canonical'],
                                  'members': story['members'], 'related': [ids[r] for r in linked],
                                  'title': story['title']}, ensure_ascii=False) + '\n')
    os.replace(out_path + '.tmp', out_path)
    with open(os.path.join(out_dir, 'errors.jsonl'), 'w', encoding='utf-8') as errors:
        for report in reports:
            errors.write(json.dumps(report, ensure_ascii=False) + '\n')
    stage.times['related stories and output'] = time.monotonic() - start
    return len(ids), documents, reports, stage
