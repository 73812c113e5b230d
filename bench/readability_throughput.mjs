// Readability.js (Mozilla's, the reader view of Firefox) over the same pages
// as Wiredesk's extract_throughput, on a DOM from linkedom or jsdom: the
// peers scripts/bench reports beside Wiredesk. Prints one JSON line.
//
//   node readability_throughput.mjs linkedom|jsdom FILE.html...
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';

const [dom, ...files] = process.argv.slice(2);
const pages = files.map((file) => readFileSync(file, 'utf8'));

async function documentMaker() {
  if (dom === 'linkedom') {
    const { parseHTML } = await import('linkedom');
    return (html) => parseHTML(html).document;
  }
  if (dom === 'jsdom') {
    const { JSDOM, VirtualConsole } = await import('jsdom');
    const quiet = new VirtualConsole();  // no "Could not parse CSS" noise
    return (html) => new JSDOM(html, { virtualConsole: quiet }).window.document;
  }
  throw new Error(`unknown DOM "${dom}": use linkedom or jsdom`);
}

const makeDocument = await documentMaker();
let times = [];
let characters = 0;
let failed = 0;
// Two passes, the first to warm the JIT up; the second is timed.
for (let pass = 0; pass < 2; pass++) {
  times = [];
  characters = 0;
  failed = 0;
  for (const html of pages) {
  const start = performance.now();
  try {
    const article = new Readability(makeDocument(html)).parse();
    characters += article?.textContent?.length ?? 0;
  } catch {
    failed += 1;  // jsdom's CSS parser throws on some real stylesheets
  }
  times.push(performance.now() - start);
  }
}
times.sort((a, b) => a - b);
const total = times.reduce((sum, t) => sum + t, 0) / 1000;
console.log(JSON.stringify({
  extractor: `Readability.js on ${dom}`,
  pages: pages.length,
  pages_per_s: pages.length / total,
  median_ms: times[Math.floor(times.length / 2)],
  characters,
  failed,
}));
