// Archive: scripts/archive (Dask distributed, a LocalCluster) beside `wiredesk stories` (one
// Desk, one core) on the same synthetic archive (scripts/gen-archive), with 1 and 2 workers:
// wall time, documents/s, each stage's time, and whether the stories are identical.
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

try {
  const generated = spawnSync(join(root, 'scripts', 'gen-archive'), [String(documents), work], { encoding: 'utf8' });
  if (generated.status !== 0) throw new Error(generated.stderr);
  const input = join(work, 'archive-1.jsonl');
  const desk = timed(join(root, 'build', 'native', 'wiredesk'), ['stories', input]);
  const expected = JSON.parse(desk.result.stdout).stories;
  console.log(`Archive: ${documents.toLocaleString('en')} synthetic ~3 KB documents (scripts/gen-archive), ${expected.length.toLocaleString('en')} stories`);
  console.log('| run | wall s | documents/s | stages (s) | same stories |');
  console.log('|---|---|---|---|---|');
  console.log(`| wiredesk stories (one Desk) | ${desk.seconds.toFixed(1)} | ${Math.round(documents / desk.seconds)} | | |`);
  for (const workers of [1, 2]) {
    const out = join(work, `out-${workers}`);
    const run = timed(join(root, 'scripts', 'archive'), ['--quiet', '--workers', String(workers), input, out]);
    const summary = JSON.parse(run.result.stderr.trim().split('\n').pop());
    const stories = readFileSync(join(out, 'stories.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
    const same = JSON.stringify(stories) === JSON.stringify(expected);
    const stages = Object.entries(summary.stages).map(([name, s]) => `${name.split(' (')[0]} ${s}`).join('; ');
    console.log(`| scripts/archive, ${workers} worker${workers > 1 ? 's' : ''} | ${run.seconds.toFixed(1)} | ` +
                `${Math.round(documents / run.seconds)} | ${stages} | ${same ? 'yes' : 'NO'} |`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
