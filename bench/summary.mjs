// Summaries (TextRank sentences and keywords) from extracted articles, native
// and wasm side by side: a 50-sentence article, 1,000 sample articles,
// 500-sentence stories, and a 20,000-sentence article (the graph's cap).
//
//   node bench/summary.mjs     (run by scripts/bench)
import { runBothEngines } from './engines.mjs';

const { native, wasm } = runBothEngines('summary_throughput', ['samples']);
const names = {
  article_50: 'a 50-sentence article',
  articles_1000: '1,000 sample articles (about 3 KB each), the batch',
  story_500_copies: 'a story: 10 versions x 50 sentences (shared)',
  story_500_distinct: 'a story: 500 different sentences (worst case)',
  article_20000: 'an article of 20,000 sentences (graph capped at 1,000)',
};
const w = Object.fromEntries(wasm.map((r) => [r.measure, r]));
console.log('Summaries (TextRank sentences + keywords), from extracted articles (best of 3)');
console.log('| input | sentences | native ms | native sentences/s | wasm ms | wasm sentences/s |');
console.log('|---|---|---|---|---|---|');
for (const n of native) {
  const b = w[n.measure];
  console.log(`| ${names[n.measure] || n.measure} | ${n.sentences} | ${n.ms.toFixed(2)} | ${Math.round(n.sentences_per_s)} | ` +
              `${b.ms.toFixed(2)} | ${Math.round(b.sentences_per_s)} |`);
}
