// The compare benchmark: two 10,000-word versions of a text with known edits
// (scripts/compare-edits.mjs: ~17 of each kind of word edit, sentences added,
// removed and moved, paragraphs merged and split), compared by Wiredesk
// (native, and wasm under node: Compare + JSON, bench/compare_throughput.cc)
// and, in the same run on the same pair, by the npm peers: jsdiff's
// diffWords and diff-match-patch's diff_main + diff_cleanupSemantic (its
// default 1 s timeout). Prints milliseconds (best and median of 15 runs).
//
//   node bench/compare.mjs [WORDS]     (run by scripts/bench)
// The texts: the article-extraction development set when present
// ($WIREDESK_SHARED_DATA or <repo>/../shared/data), else the sample articles.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffWords } from 'diff';
import DiffMatchPatch from 'diff-match-patch';
import { makeEditedPair } from '../scripts/compare-edits.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const words = Number(process.argv[2] || 10_000);
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
// Paragraphs of sentences until the text holds `words` words.
const paragraphs = [];
let count = 0;
for (let round = 0; count < words; round++) {
  for (const body of bodies) {
    for (const p of body.split(/\n\s*\n/)) {
      const text = p.replace(/\s+/g, ' ').trim();
      if (!text || count >= words) continue;
      const sentences = text.split(/(?<=[.!?]["”’)]?)\s+(?=["“]?[A-Z])/);
      // A repeated text would be a story of copies: vary later rounds.
      paragraphs.push(round === 0 ? sentences : sentences.map((s) => `${s.replace(/[.!?]$/, '')} (${round}).`));
      count += text.split(' ').length;
    }
  }
}
const pair = makeEditedPair(paragraphs, {
  seed: 20261123,
  foreign: bodies.slice(-3).join(' ').split(/(?<=[.])\s+/).filter((s) => s.split(' ').length > 8),
});

const work = mkdtempSync(join(tmpdir(), 'wiredesk-bench-compare-'));
try {
  const left = join(work, 'left.txt'), right = join(work, 'right.txt');
  writeFileSync(left, pair.leftText);
  writeFileSync(right, pair.rightText);
  if (process.env.WIREDESK_BENCH_PAIR_DIR) {  // keep the pair, e.g. to profile
    writeFileSync(join(process.env.WIREDESK_BENCH_PAIR_DIR, 'left.txt'), pair.leftText);
    writeFileSync(join(process.env.WIREDESK_BENCH_PAIR_DIR, 'right.txt'), pair.rightText);
  }
  const runs = 15;
  const wiredesk = (command, args) => JSON.parse(execFileSync(command, args, { maxBuffer: 1 << 26 }).toString());
  const native = wiredesk(join(root, 'build', 'native', 'compare_throughput'), [left, right, String(runs)]);
  const wasm = wiredesk(process.execPath, ['--no-experimental-fetch', join(root, 'build', 'wasm', 'compare_throughput.js'),
    left, right, String(runs), `--icu-data=${join(root, 'build', 'wasm', 'icudt72l.dat')}`]);

  const time = (work) => {
    work();  // warm up
    const times = [];
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint();
      work();
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.sort((a, b) => a - b);
    return { ms_min: times[0], ms_median: times[Math.floor(times.length / 2)] };
  };
  let jsdiffParts = 0, dmpParts = 0;
  const jsdiff = time(() => { jsdiffParts = diffWords(pair.leftText, pair.rightText).length; });
  const dmp = new DiffMatchPatch();
  const dmpTime = time(() => {
    const diffs = dmp.diff_main(pair.leftText, pair.rightText);
    dmp.diff_cleanupSemantic(diffs);
    dmpParts = diffs.length;
  });

  const leftWords = pair.leftText.split(/\s+/).filter(Boolean).length;
  const rightWords = pair.rightText.split(/\s+/).filter(Boolean).length;
  console.log(`Compare: two versions of ${leftWords} and ${rightWords} words (${source}; ${pair.changes.length} word edits, ` +
    `${pair.leftSentences.filter((s) => s.op === 'removed').length} sentences removed, ` +
    `${pair.rightSentences.filter((s) => s.op === 'added').length} added, ` +
    `${pair.rightSentences.filter((s) => s.op === 'moved').length} moved), ${runs} runs`);
  console.log('| engine | best ms | median ms | vs jsdiff | vs diff-match-patch | output |');
  console.log('|---|---|---|---|---|---|');
  const rows = [
    ['Wiredesk native (align + word diff + classes + JSON)', native, `${native.stats.unchanged} same sentences, ${native.stats.moved} moved`],
    ['Wiredesk wasm under node', wasm, `${wasm.stats.unchanged} same sentences, ${wasm.stats.moved} moved`],
    ['jsdiff 9.0.0 diffWords', jsdiff, `${jsdiffParts} parts, no moves`],
    ['diff-match-patch 1.0.5 + cleanupSemantic', dmpTime, `${dmpParts} parts, no moves`],
  ];
  for (const [name, t, output] of rows) {
    console.log(`| ${name} | ${t.ms_min.toFixed(1)} | ${t.ms_median.toFixed(1)} | ` +
      `${(jsdiff.ms_median / t.ms_median).toFixed(1)}x | ${(dmpTime.ms_median / t.ms_median).toFixed(1)}x | ${output} |`);
  }
  console.log('(vs columns: how many times faster than the peer, by median)');
} finally {
  rmSync(work, { recursive: true, force: true });
}
