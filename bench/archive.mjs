// Archive: scripts/archive (Dask distributed, a LocalCluster) beside `wiredesk stories` (one
// Desk, one core) on the same synthetic archive (scripts/gen-archive), with 1 and 2 workers:
// wall time, documents/s, each stage's time, the peak memory of each worker, whether the stories
// are identical, and pair precision and recall against the generator's truth (pairs of documents
// in one story), with the machine's load average beside each run.
//
//   node bench/archive.mjs [DOCUMENTS] [--workers 1,2] [--no-desk] [--partition-lines N]
// (run by `scripts/bench archive`; default 10,000). Files of 10,000 documents, under the CLI's
// 32 MB limit; --no-desk skips `wiredesk stories` (one Desk holds the whole archive in memory).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTruth, score } from './archive_score.mjs';
import { root } from './engines.mjs';

const flag = (name) => process.argv.indexOf(name);
const value = (name, fallback) => (flag(name) > 0 ? process.argv[flag(name) + 1] : fallback);
const documents = Number(/^\d+$/.test(process.argv[2] ?? '') ? process.argv[2] : 10000);
const workerCounts = value('--workers', '1,2').split(',').map(Number);
const partitionLines = value('--partition-lines', '2000');
const load = () => loadavg().map((n) => n.toFixed(1)).join(' ');
const work = mkdtempSync(join(tmpdir(), 'wiredesk-archive-bench-'));

function timed(command, args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${command} failed (${result.status}): ${result.stderr.slice(-2000)}`);
  return { seconds, result };
}

try {
  const files = String(Math.max(1, Math.ceil(documents / 10000)));
  const generated = spawnSync(join(root, 'scripts', 'gen-archive'), [String(documents), work, '--files', files], { encoding: 'utf8' });
  if (generated.status !== 0) throw new Error(generated.stderr);
  const inputs = readdirSync(work).filter((name) => name.endsWith('.jsonl'))
    .sort((a, b) => Number(a.match(/\d+/)[0]) - Number(b.match(/\d+/)[0])).map((name) => join(work, name));
  const truth = readTruth(join(work, 'truth.tsv'));
  console.log(`Archive: ${documents.toLocaleString('en')} synthetic ~3 KB documents (scripts/gen-archive) in ${files} files`);
  console.log('| run | load before | wall s | documents/s | CPU s (workers + client) | stages (s) | peak MB a worker | same stories | pair precision / recall |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  let expected;
  if (flag('--no-desk') < 0) {
    const before = load();
    const desk = timed(join(root, 'build', 'native', 'wiredesk'), ['stories', ...inputs]);
    expected = JSON.parse(desk.result.stdout).stories;
    console.log(`| wiredesk stories (one Desk) | ${before} | ${desk.seconds.toFixed(1)} | ${Math.round(documents / desk.seconds)} | | | | | ${score(expected, truth)} |`);
  }
  for (const workers of workerCounts) {
    const out = join(work, `out-${workers}`);
    const before = load();
    const run = timed(join(root, 'scripts', 'archive'),
                      ['--quiet', '--workers', String(workers), '--partition-lines', partitionLines, ...inputs, out]);
    const summary = JSON.parse(run.result.stderr.trim().split('\n').pop());
    const stories = readFileSync(join(out, 'stories.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
    const same = expected ? (JSON.stringify(stories) === JSON.stringify(expected) ? 'yes' : 'NO') : '';
    const cpu = `${summary.cpu_seconds.workers.reduce((a, b) => a + b, 0).toFixed(0)} + ${summary.cpu_seconds.client.toFixed(0)}`;
    const stages = Object.entries(summary.stages).map(([name, s]) => `${name.split(' (')[0]} ${s}`).join('; ');
    console.log(`| scripts/archive, ${workers} worker${workers > 1 ? 's' : ''} | ${before} | ${run.seconds.toFixed(1)} | ` +
                `${Math.round(documents / run.seconds)} | ${cpu} | ${stages} | ${summary.peak_mb.workers.join(', ')} | ${same} | ${score(stories, truth)} |`);
    rmSync(out, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
