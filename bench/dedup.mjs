// Dedup: fingerprinting and clustering synthetic ~3 KB articles (20% of them
// damaged versions) at 1,000, 10,000 and 100,000 articles, native and wasm,
// with peak memory; then the npm `minhash` package on the same 10,000.
//
//   node bench/dedup.mjs [SIZES...]     (run by scripts/bench)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, runBothEngines } from './engines.mjs';

const sizes = process.argv.length > 2 ? process.argv.slice(2) : ['1000', '10000', '100000'];
const { native, wasm } = runBothEngines('dedup_throughput', sizes);
console.log('Dedup: fingerprint (Desk::AddArticle) and cluster (Stories()) synthetic ~3 KB articles, one core');
console.log('| articles | native s | native articles/s | native peak MB | wasm s | wasm articles/s | wasm heap MB |');
console.log('|---|---|---|---|---|---|---|');
wasm.forEach((w, i) => {
  const n = native[i];
  console.log(`| ${n.articles.toLocaleString('en')} | ${n.total_s.toFixed(2)} | ${Math.round(n.articles_per_s)} | ` +
              `${Math.round(n.peak_mb)} | ${w.total_s.toFixed(2)} | ${Math.round(w.articles_per_s)} | ${Math.round(w.peak_mb)} |`);
});

const work = mkdtempSync(join(tmpdir(), 'wiredesk-dedup-'));
try {
  const articles = join(work, 'articles.jsonl');
  const count = '10000';
  execFileSync(join(root, 'build', 'native', 'dedup_throughput'), ['--dump', count, articles], { stdio: 'ignore' });
  const peer = JSON.parse(execFileSync(process.execPath, [join(root, 'bench', 'dedup_minhash.mjs'), articles], { encoding: 'utf8' }));
  const ours = native.find((n) => String(n.articles) === count) ?? native[0];
  const oursWasm = wasm.find((w) => String(w.articles) === count) ?? wasm[0];
  console.log(`\nnpm minhash (128 permutations, word 3-grams, its LshIndex) on the same ${count} articles: ` +
              `${Math.round(peer.articles_per_s)} articles/s; Wiredesk is ${(ours.articles_per_s / peer.articles_per_s).toFixed(1)}x ` +
              `(native) and ${(oursWasm.articles_per_s / peer.articles_per_s).toFixed(1)}x (wasm) as fast (target: 20x)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
