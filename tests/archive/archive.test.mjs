// scripts/archive on Dask distributed (a LocalCluster of two workers) gives the same stories as
// `wiredesk stories` on the same files: same members, canonical copies, related stories and
// titles, in the same order; lines that are no document are reported with their file and line
// and skipped; a worker killed mid-run changes nothing. 10,000 synthetic documents
// (scripts/gen-archive) in two files and small partitions, so the shuffles cross partitions,
// after the sample articles (real text: headlines, a story of two copies, related stories).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'build', 'native', 'wiredesk');
const documents = Number(process.env.WIREDESK_ARCHIVE_TEST_DOCUMENTS || 10000);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  assert.equal(result.error, undefined, `cannot run ${command}`);
  return result;
}

// Each error as "file:line message", the file by its name (the archive names files absolutely).
function errorsOf(stderr) {
  return stderr.split('\n').filter((line) => line.startsWith('{"error"')).map((line) => {
    const { error } = JSON.parse(line);
    return `${basename(error.file)}:${error.line} ${error.message}`;
  });
}

function archive(inputs, out, extra = ['--quiet']) {
  const result = run(join(root, 'scripts', 'archive'),
                     ['--workers', '2', '--partition-lines', '1500', ...extra, ...inputs, out]);
  assert.equal(result.status, 1, `scripts/archive: expected exit 1 (bad lines), got ${result.status}\n${result.stderr}`);
  const stories = readFileSync(join(out, 'stories.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  return { stories, errors: errorsOf(result.stderr), log: result.stderr };
}

// The sample articles as one JSON Lines file, each under its file name.
function writeSamples(path) {
  const lines = readdirSync(join(root, 'samples')).filter((name) => name.endsWith('.txt')).sort()
    .map((name) => JSON.stringify({ id: name.replace(/\.txt$/, ''), format: 'text',
                                    content: readFileSync(join(root, 'samples', name), 'utf8') }));
  writeFileSync(path, lines.join('\n') + '\n');
}

test(`the archive of ${documents} documents on Dask gives the stories of wiredesk stories`, { timeout: 900_000 }, (t) => {
  if (spawnSync('/usr/bin/python3', ['-c', 'import distributed']).status !== 0) {
    t.skip('python3-distributed is not installed (scripts/setup installs it)');
    return;
  }
  assert.ok(existsSync(cli), 'build/native/wiredesk is missing: run scripts/build');
  const work = mkdtempSync(join(tmpdir(), 'wiredesk-archive-'));
  try {
    const generated = run(join(root, 'scripts', 'gen-archive'), [String(documents), work, '--files', '2', '--bad', '3']);
    assert.equal(generated.status, 0, generated.stderr);
    writeSamples(join(work, 'samples.jsonl'));
    const inputs = [join(work, 'samples.jsonl'), join(work, 'archive-1.jsonl'), join(work, 'archive-2.jsonl')];

    const desk = run(cli, ['stories', ...inputs]);
    assert.equal(desk.status, 1, 'wiredesk stories: the bad lines fail');
    const expected = JSON.parse(desk.stdout).stories;
    const expectedErrors = errorsOf(desk.stderr);
    assert.equal(expectedErrors.length, 3);
    assert.ok(expected.some((story) => story.members.length > 1), 'the archive has stories of several copies');
    assert.ok(expected.some((story) => story.related.length > 0), 'the archive has related stories');

    const first = archive(inputs, join(work, 'out'));
    assert.deepEqual(first.errors, expectedErrors, 'bad lines reported with file and line');
    assert.equal(first.stories.length, expected.length);
    assert.deepEqual(first.stories, expected);

    const killed = archive(inputs, join(work, 'out-killed'), ['--kill-a-worker']);
    assert.match(killed.log, /archive: killing worker/);
    assert.deepEqual(killed.stories, expected, 'a worker killed mid-run changes nothing');
    assert.deepEqual(killed.errors, expectedErrors);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
