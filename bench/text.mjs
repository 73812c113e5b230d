// The text stage's throughput (sentences, tokens, normalisation) on the sample
// articles repeated to N megabytes, native and wasm side by side.
//
//   node bench/text.mjs [MEGABYTES]     (run by scripts/bench)
import { runBothEngines } from './engines.mjs';

const megabytes = process.argv[2] ?? '4';
const { native, wasm } = runBothEngines('text_throughput', ['samples', megabytes]);
const byMeasure = (records) => Object.fromEntries(records.map((r) => [r.measure, r]));
const n = byMeasure(native);
const w = byMeasure(wasm);
console.log(`Text stage throughput on the sample articles repeated to ${n.sentences.megabytes.toFixed(1)} MB (best of 3)`);
console.log('| measure | native MB/s | wasm MB/s | wasm/native |');
console.log('|---|---|---|---|');
for (const measure of Object.keys(n)) {
  const a = n[measure].mb_per_s;
  const b = w[measure].mb_per_s;
  console.log(`| ${measure} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(b / a).toFixed(2)} |`);
}
