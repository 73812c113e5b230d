// Archive: scripts/archive (Dask distributed, a LocalCluster) beside `wiredesk stories` (one
// Desk, one core) on the same synthetic archive (scripts/gen-archive), with 1 and 2 workers:
// wall time, documents/s, each stage's time, whether the stories are identical, and pair
// precision and recall against the generator's truth (pairs of documents in one story).
//
//   node bench/archive.mjs [DOCUMENTS]     (run by `scripts/bench archive`; default 10,000)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './engines.mjs';

const documents = Number(process.argv[2] || 10000);
const work = mkdtempSync(join(tmpdir(), 'wiredesk-archive-bench-'));

function timed(command, args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${command} failed (${result.status}): ${result.stderr.slice(-2000)}`);
  return { seconds, result };
}

const pairs = (n) => (n * (n - 1)) / 2;

// Pair precision and recall of `stories` against truth (id -> its original's id).
function score(stories, truth) {
  let found = 0, correct = 0;
  const sizes = new Map();
  for (const original of truth.values()) sizes.set(original, (sizes.get(original) ?? 0) + 1);
  const expected = [...sizes.values()].reduce((sum, n) => sum + pairs(n), 0);
  for (const story of stories) {
    found += pairs(story.members.length);
    const within = new Map();
    for (const id of story.members) within.set(truth.get(id), (within.get(truth.get(id)) ?? 0) + 1);
    for (const n of within.values()) correct += pairs(n);
  }
  return `${(correct / found).toFixed(4)} / ${(correct / expected).toFixed(4)}`;
}

try {
  const generated = spawnSync(join(root, 'scripts', 'gen-archive'), [String(documents), work], { encoding: 'utf8' });
  if (generated.status !== 0) throw new Error(generated.stderr);
  const input = join(work, 'archive-1.jsonl');
  const desk = timed(join(root, 'build', 'native', 'wiredesk'), ['stories', input]);
  const expected = JSON.parse(desk.result.stdout).stories;
  const truth = new Map(readFileSync(join(work, 'truth.tsv'), 'utf8').trim().split('\n').map((line) => line.split('\t')));
  console.log(`Archive: ${documents.toLocaleString('en')} synthetic ~3 KB documents (scripts/gen-archive), ${expected.length.toLocaleString('en')} stories`);
  console.log('| run | wall s | documents/s | stages (s) | same stories | pair precision / recall |');
  console.log('|---|---|---|---|---|---|');
  console.log(`| wiredesk stories (one Desk) | ${desk.seconds.toFixed(1)} | ${Math.round(documents / desk.seconds)} | | | ${score(expected, truth)} |`);
  for (const workers of [1, 2]) {
    const out = join(work, `out-${workers}`);
    const run = timed(join(root, 'scripts', 'archive'), ['--quiet', '--workers', String(workers), input, out]);
    const summary = JSON.parse(run.result.stderr.trim().split('\n').pop());
    const stories = readFileSync(join(out, 'stories.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
    const same = JSON.stringify(stories) === JSON.stringify(expected);
    const stages = Object.entries(summary.stages).map(([name, s]) => `${name.split(' (')[0]} ${s}`).join('; ');
    console.log(`| scripts/archive, ${workers} worker${workers > 1 ? 's' : ''} | ${run.seconds.toFixed(1)} | ` +
                `${Math.round(documents / run.seconds)} | ${stages} | ${same ? 'yes' : 'NO'} | ${score(stories, truth)} |`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
