// The story updates benchmark: a 500-sentence story in 10 versions, each an
// edited copy of the one before (scripts/compare-edits.mjs: numbers, names,
// wording, sentences added, removed and moved, paragraphs merged and split),
// given to compare::UpdatesOf (timeline digests, what's new, why merged, and
// the JSON) natively and in wasm under node (bench/updates_throughput.cc).
// Prints milliseconds (best and median of 7 runs). Target: < 200 ms in wasm.
//
//   node bench/updates.mjs [SENTENCES] [VERSIONS]    (run by scripts/bench)
// The texts: the article-extraction development set when present
// ($WIREDESK_SHARED_DATA or <repo>/../shared/data), else the sample articles.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeEditedPair } from '../scripts/compare-edits.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sentences = Number(process.argv[2] || 500);
const versions = Number(process.argv[3] || 10);
const shared = process.env.WIREDESK_SHARED_DATA || resolve(root, '..', 'shared', 'data');
const truthFile = join(shared, 'extraction-dev', 'ground-truth.json');

let bodies, source;
if (existsSync(truthFile)) {
  const truth = JSON.parse(readFileSync(truthFile, 'utf8'));
  bodies = Object.keys(truth).sort().map((id) => truth[id].articleBody);
  source = 'development articles';
} else {
  bodies = readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => readFileSync(join(root, 'samples', f), 'utf8'));
  source = 'sample articles (development set absent)';
}
const split = (text) => text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean)
  .map((p) => p.split(/(?<=[.!?]["”’)]?)\s+(?=["“]?[A-Z])/));
// Paragraphs of sentences until the story holds `sentences` sentences.
const story = [];
let count = 0;
for (let round = 0; count < sentences; round++) {
  for (const body of bodies) {
    for (const p of split(body)) {
      if (count >= sentences) break;
      const kept = p.slice(0, sentences - count);
      story.push(round === 0 ? kept : kept.map((s) => `${s.replace(/[.!?]$/, '')} (${round}).`));
      count += kept.length;
    }
  }
}
const foreign = bodies.slice(-3).join(' ').split(/(?<=[.])\s+/).filter((s) => s.split(' ').length > 8);
const texts = [story.map((p) => p.join(' ')).join('\n\n') + '\n'];
let current = story;
for (let v = 1; v < versions; v++) {
  const pair = makeEditedPair(current, { seed: 20261129 + v, foreign, scale: 2 });
  texts.push(pair.rightText);
  current = split(pair.rightText);
}

const work = mkdtempSync(join(tmpdir(), 'wiredesk-bench-updates-'));
try {
  const files = texts.map((text, i) => {
    const file = join(work, `v${i}.txt`);
    writeFileSync(file, text);
    return file;
  });
  const runs = '7';
  const run = (command, args) => JSON.parse(execFileSync(command, args, { maxBuffer: 1 << 26 }).toString());
  const native = run(join(root, 'build', 'native', 'updates_throughput'), [runs, ...files]);
  const wasm = run(process.execPath, ['--no-experimental-fetch', join(root, 'build', 'wasm', 'updates_throughput.js'),
    runs, ...files, `--icu-data=${join(root, 'build', 'wasm', 'icudt72l.dat')}`]);
  const words = texts[0].split(/\s+/).filter(Boolean).length;
  console.log(`story updates: ${count} sentences (${words} words), ${versions} versions, from ${source}`);
  console.log('engine   best ms   median ms   digest lines   JSON bytes');
  for (const [name, r] of [['native', native], ['wasm', wasm]]) {
    console.log(`${name.padEnd(8)} ${r.ms_min.toFixed(1).padStart(7)}   ${r.ms_median.toFixed(1).padStart(9)}   ` +
      `${String(r.digest_lines).padStart(12)}   ${String(r.json_bytes).padStart(10)}`);
  }
  console.log(`target: wasm < 200 ms: ${wasm.ms_median < 200 ? 'met' : 'NOT met'}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
