// The npm `minhash` package (128 permutations, word shingles, its LshIndex)
// over the same synthetic articles as bench/dedup_throughput.cc: the peer
// Wiredesk's dedup is measured against in scripts/bench.
//
//   node bench/dedup_minhash.mjs ARTICLES.jsonl
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Minhash, LshIndex } = require('minhash');
const texts = readFileSync(process.argv[2], 'utf8').trim().split('\n').map((line) => JSON.parse(line));
const start = process.hrtime.bigint();
const index = new LshIndex();
let candidates = 0;
texts.forEach((text, i) => {
  const m = new Minhash();
  const words = text.toLowerCase().split(/\W+/).filter(Boolean);
  for (let w = 0; w + 2 < words.length; ++w) m.update(`${words[w]} ${words[w + 1]} ${words[w + 2]}`);
  // Its query throws on a band never inserted: insert first, then the query
  // returns the article itself and its candidates.
  index.insert(`a${i}`, m);
  candidates += index.query(m).length - 1;
});
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ peer: 'npm minhash', articles: texts.length, seconds, articles_per_s: texts.length / seconds,
  candidates, peak_mb: process.memoryUsage().rss / (1 << 20) }));
