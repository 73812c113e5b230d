"""The native core's batch commands, run as subprocesses by the workers.

`wiredesk sketch --binary` reads a partition (written to a scratch .jsonl file, so that it is read
exactly as `wiredesk stories` reads the whole file) and answers one binary record a document; its
errors and warnings name the scratch file and the line in it, and come back here under the input's
own name and line. `wiredesk canonical` and `wiredesk related` take JSON lines on standard input.
On a real cluster every worker needs the same build at the same path (`--wiredesk`).
"""

import json
import os
import subprocess
import tempfile

from . import inputs


class NativeError(RuntimeError):
    pass


def _run(wiredesk, args, stdin_bytes):
    done = subprocess.run([wiredesk, *args], input=stdin_bytes, capture_output=True, check=False)
    if done.returncode not in (0, 1):
        raise NativeError(f"{wiredesk} {args[0]} failed ({done.returncode}): {done.stderr.decode(errors='replace')}")
    return done.stdout, done.stderr


def sketch(wiredesk, partition, scratch_dir):
    """The partition's binary sketch records (`wiredesk sketch --binary`, lines numbered from 1
    in the partition) and its reports (errors and warnings, as {"error"|"warning": {"file",
    "line", "message"}}, under the input's own name and line)."""
    os.makedirs(scratch_dir, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=scratch_dir, suffix='.jsonl') as scratch:
        scratch.write(inputs.read(partition))
        scratch.flush()
        out, err = _run(wiredesk, ['sketch', '--binary', scratch.name], None)
    reports = []
    for raw in err.splitlines():
        report = json.loads(raw)
        for detail in report.values():
            detail['file'] = partition.name
            if 'line' in detail:
                detail['line'] = partition.first_line + detail['line'] - 1
        reports.append(report)
    return out, reports


def canonical(wiredesk, stories):
    """For each story (a list of versions: text, metadata, level, shingles) the index of its
    canonical version."""
    if not stories:
        return []
    lines = ''.join(json.dumps({'versions': versions}) + '\n' for versions in stories).encode()
    out, err = _run(wiredesk, ['canonical', '-'], lines)
    if err:
        raise NativeError(err.decode(errors='replace'))
    return [json.loads(raw)['canonical'] for raw in out.splitlines()]


def related(wiredesk, terms_path):
    """The related stories (indices) of each story of the terms file, in its order."""
    with open(terms_path, 'rb') as stream:
        done = subprocess.run([wiredesk, 'related', '-'], stdin=stream, capture_output=True, check=False)
    if done.returncode != 0:
        raise NativeError(done.stderr.decode(errors='replace'))
    for raw in done.stdout.splitlines():
        yield json.loads(raw)['related']
