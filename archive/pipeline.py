"""The Dask graph of an archive run, stage by stage.

Only small things come back to the client: the reports of bad lines, the groups of identical
copies, the verified duplicate links and, at the end, the merge of sorted story files. Sketch
records go to disk once (the map step's output, under OUT/.work; a cluster needs OUT on storage
every worker sees) and each later stage reads what it needs of them, partition by partition; the
shuffles are Dask's (`groupby`, task-based, spilling to disk where Dask does).
"""

import heapq
import json
import os
import shutil
import threading
import time

import dask
import dask.bag as db
from dask.distributed import progress, wait

from . import candidates, inputs, native, stories, verify


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
        records, reports = native.sketch(wiredesk, partition, os.path.join(work, 'scratch'))
        path = os.path.join(work, 'sketches', f'part-{partition.number:05d}.jsonl')
        _write_atomically(path, (json.dumps(r) for r in records))
        out.extend(('doc', r['place'], r['id'], r['exact'], r['letters']) for r in records)
        out.extend(('report', report) for report in reports)
    return out


def _records(paths):
    for path in paths:
        with open(path, encoding='utf-8') as stream:
            for line in stream:
                yield json.loads(line)


def _band_entries(paths, copied):
    return [(tag, (r['place'], band)) for r in _records(paths) if r['place'] not in copied
            for band, tag in enumerate(r['bands'])]


def _walks(groups):
    return [walk for _, entries in groups for walk in candidates.walks([e for _, e in entries])]


def _fingerprints(paths, copied):
    return [(r['place'], 'fp', (r['level'], r['shingles'])) for r in _records(paths)
            if r['place'] not in copied and r['shingles']]


def _forward(groups):
    """Per article: its fingerprint to each later article that verifies it."""
    out = []
    for place, items in groups:
        fingerprint = next((value for _, kind, value in items if kind == 'fp'), None)
        out.extend((value, 'other', (place, fingerprint)) for _, kind, value in items if kind == 'need')
    return out


def _verify(groups):
    """Per article: its duplicate links to the candidates it verified (the Desk's Link)."""
    links = []
    for place, items in groups:
        own = next((value for _, kind, value in items if kind == 'fp'), None)
        for _, kind, (other, fingerprint) in items:
            if kind != 'other':
                continue
            similarity = verify.compare(own[0], own[1], fingerprint[0], fingerprint[1])
            if verify.overlaps(similarity) and verify.is_duplicate(similarity):
                links.append((place, other, verify.strength(similarity)))
    return links


def _story_json(members, canonical, headline, records):
    ordered = sorted(members)
    return {'key': ordered[0], 'id': records[ordered[0]]['id'],
            'canonical': records[canonical]['id'], 'members': [records[m]['id'] for m in ordered],
            'title': records[headline]['title'], 'terms': records[canonical]['terms']}


def _single_stories(paths, group_of):
    return [_story_json([r['place']], r['place'], r['place'], {r['place']: r})
            for r in _records(paths) if r['place'] not in group_of]


def _grouped_records(paths, group_of):
    return [(group_of[r['place']], r) for r in _records(paths) if r['place'] in group_of]


def _group_stories(groups, copies, links, wiredesk):
    planned = []  # (members, records)
    for _, items in groups:
        records = {r['place']: r for _, r in items}
        for members in stories.plan(records, copies, links):
            planned.append((members, records))
    # Stories of one version need no choice; the others go to the core in one batch. A copy is
    # scored with its representative's fingerprint (the Desk keeps one a text).
    representative_of = {copy: same[0] for same in copies.values() for copy in same}
    asked = []
    for members, records in planned:
        if len(members) > 1:
            asked.append([{'text': records[m]['text'], 'metadata': records[m]['metadata'],
                           'level': records[representative_of.get(m, m)]['level'],
                           'shingles': records[representative_of.get(m, m)]['shingles']}
                          for m in members[:stories.CANONICAL_VERSIONS]])
    answers = iter(native.canonical(wiredesk, asked))
    out = []
    for members, records in planned:
        canonical = members[next(answers)] if len(members) > 1 else members[0]
        headline = stories.headline_version(members, canonical, records)
        out.append(_story_json(members, canonical, headline, records))
    return out


def _write_sorted(story_list, work):
    """A partition's stories sorted by their earliest member, in a file named after it."""
    if not story_list:
        return []
    story_list = sorted(story_list, key=lambda s: s['key'])
    path = os.path.join(work, 'stories', f"part-{story_list[0]['key']}.jsonl")
    _write_atomically(path, (json.dumps(s) for s in story_list))
    return [path]


def _components(links, places):
    """Union-find over the duplicate links: component root (its earliest place) of each place."""
    parent = {p: p for p in places}

    def root(p):
        while parent[p] != p:
            parent[p] = parent[parent[p]]
            p = parent[p]
        return p

    for a, b, _ in links:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {p: root(p) for p in places}


class Stage:
    """Persists a collection with Dask's progress bar and times it."""

    def __init__(self, client, quiet, log):
        self.client, self.quiet, self.log, self.times = client, quiet, log, {}

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
    OUT/errors.jsonl; returns (stories, documents, reports, stage times)."""
    work = os.path.join(out_dir, '.work')
    for folder in ('sketches', 'stories', 'scratch'):
        # An earlier run's files would join this one's.
        shutil.rmtree(os.path.join(work, folder), ignore_errors=True)
        os.makedirs(os.path.join(work, folder), exist_ok=True)
    stage = Stage(client, quiet, log)
    parts = inputs.partitions(paths, names, lines_per_partition)
    count = max(len(parts), 1)

    summaries = stage('sketch (map)', db.from_sequence(parts, npartitions=count)
                      .map_partitions(_sketch_partitions, wiredesk, work))
    reports = summaries.filter(lambda s: s[0] == 'report').map(lambda s: s[1]).compute()
    docs = summaries.filter(lambda s: s[0] == 'doc')
    sketch_files = db.from_sequence(
        [os.path.join(work, 'sketches', f'part-{p.number:05d}.jsonl') for p in parts], npartitions=count)

    # Identical copies: one representative (the earliest) a text, as the Desk files them.
    same_text = stage('identical copies (shuffle on the letters hash)', docs
                      .filter(lambda s: s[4] > 0).map(lambda s: (s[3], s[1]))
                      .groupby(lambda kv: kv[0], npartitions=count)
                      .map(lambda kv: sorted(place for _, place in kv[1]))
                      .filter(lambda same: len(same) > 1))
    copies = {same[0]: same for same in same_text.compute()}
    copied = dask.delayed(frozenset(c for same in copies.values() for c in same[1:]), traverse=False)

    # Candidates: the Desk's index queries, replayed per band key.
    during = (lambda: _kill_a_worker(client, log)) if kill_a_worker else None
    chosen = stage('candidates (shuffle on LSH band keys)', sketch_files
                   .map_partitions(_band_entries, copied)
                   .groupby(lambda e: e[0], npartitions=count).map_partitions(_walks)
                   .groupby(lambda w: w[0], npartitions=count)
                   .map(lambda kv: candidates.chosen(kv[0], kv[1])), during)

    # Verification: each candidate pair meets both fingerprints through two joins.
    fingerprints = sketch_files.map_partitions(_fingerprints, copied)
    needs = chosen.map_partitions(lambda ps: [(j, 'need', i) for i, js in ps for j in js])
    forwarded = db.concat([fingerprints, needs]).groupby(lambda x: x[0], npartitions=count) \
        .map_partitions(_forward)
    links = stage('verified pairs (join on the article)',
                  db.concat([fingerprints, forwarded]).groupby(lambda x: x[0], npartitions=count)
                  .map_partitions(_verify)).compute()

    # Components of the duplicate graph, with each representative's copies.
    linked = {}
    for a, b, similarity in links:
        linked.setdefault(a, []).append((b, similarity))
        linked.setdefault(b, []).append((a, similarity))
    group_of = {}
    for place, root in _components(links, set(linked) | set(copies)).items():
        group_of[place] = root
        for copy in copies.get(place, ()):
            group_of[copy] = root
    group_of_d = dask.delayed(group_of, traverse=False)
    grouped = sketch_files.map_partitions(_grouped_records, group_of_d) \
        .groupby(lambda g: g[0], npartitions=count) \
        .map_partitions(_group_stories, dask.delayed(copies, traverse=False),
                        dask.delayed(linked, traverse=False), wiredesk)
    singles = sketch_files.map_partitions(_single_stories, group_of_d)
    story_paths = stage('stories (components, clustering, canonical copies)',
                        db.concat([grouped, singles]).map_partitions(_write_sorted, work)).compute()
    return _finish(story_paths, out_dir, work, wiredesk, reports, stage, docs.count().compute())


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
    return len(ids), documents, reports, stage.times
