"""scripts/archive: the command line of an archive run.

    scripts/archive [--scheduler tcp://HOST:8786] [--workers N] [--partition-lines N]
                    [--wiredesk PATH] [--quiet] IN.jsonl... OUT/

Without --scheduler it starts a LocalCluster (one single-threaded worker process a core, or N).
Writes OUT/stories.jsonl (one story a line: id, canonical, members, related, title, as
`wiredesk stories` lists them, in the same order) and OUT/errors.jsonl (each input line that
gave no document, with its file and line, also shown on stderr). Exit status: 0, or 1 when some
input line failed (the others are still in the stories), 2 for a usage error.
"""

import argparse
import json
import os
import resource
import sys
import time

from dask.distributed import Client, LocalCluster

from . import pipeline

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def arguments(argv):
    parser = argparse.ArgumentParser(prog='scripts/archive', description=__doc__.split('\n\n')[0])
    parser.add_argument('paths', nargs='+', metavar='IN.jsonl... OUT/')
    parser.add_argument('--scheduler', help='a running Dask scheduler (tcp://HOST:8786)')
    parser.add_argument('--workers', type=int, default=os.cpu_count() or 1,
                        help='worker processes of the LocalCluster (default: one a core)')
    parser.add_argument('--memory-limit', default='3GB', help='per LocalCluster worker (spills before)')
    parser.add_argument('--partition-lines', type=int, default=2000, help='input lines a partition')
    parser.add_argument('--wiredesk', default=os.path.join(ROOT, 'build', 'native', 'wiredesk'),
                        help='the native build, at the same path on every worker')
    parser.add_argument('--quiet', action='store_true', help='no progress bars')
    parser.add_argument('--kill-a-worker', action='store_true',
                        help='end one worker mid-run (a test of the retries)')
    args = parser.parse_args(argv)
    if len(args.paths) < 2:
        parser.error('give the input files and the output folder')
    *args.inputs, args.out = args.paths
    for path in args.inputs:
        if not path.endswith('.jsonl') or not os.path.isfile(path):
            parser.error(f'{path}: inputs are .jsonl files (one document a line)')
    if not os.access(args.wiredesk, os.X_OK):
        parser.error(f'{args.wiredesk} is not built (scripts/build native)')
    return args


def _peak_mb():
    """The peak resident memory of this process, in MB (its native subprocesses not included)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def _cpu_seconds():
    """CPU time of this process and of its finished native subprocesses, in seconds."""
    own, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return round(own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime, 1)


def main(argv):
    args = arguments(argv)
    os.makedirs(args.out, exist_ok=True)
    log = (lambda *_: None) if args.quiet else (lambda message: print(message, file=sys.stderr))
    start = time.monotonic()
    if args.scheduler:
        cluster, client = None, Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               memory_limit=args.memory_limit, dashboard_address=None,
                               local_directory=os.path.join(os.path.abspath(args.out), '.work', 'dask'))
        client = Client(cluster)
    try:
        stories, documents, reports, stage = pipeline.run(
            client, [os.path.abspath(p) for p in args.inputs], args.inputs, os.path.abspath(args.out),
            os.path.abspath(args.wiredesk), args.partition_lines, quiet=args.quiet,
            kill_a_worker=args.kill_a_worker, log=log)
        peaks = {'workers': sorted(client.run(_peak_mb).values()), 'client': _peak_mb()}
        # Before the cluster closes: the client's only finished children are its native steps.
        cpu = {'workers': sorted(client.run(_cpu_seconds).values()), 'client': _cpu_seconds()}
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    for report in reports:
        print(json.dumps(report, ensure_ascii=False), file=sys.stderr)
    summary = {'documents': documents, 'stories': stories, 'seconds': round(time.monotonic() - start, 2),
               'stages': {name: round(t, 2) for name, t in stage.times.items()}, 'counts': stage.counts,
               'peak_mb': peaks, 'cpu_seconds': cpu}
    print(json.dumps(summary), file=sys.stderr)
    return 1 if any('error' in r for r in reports) else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
