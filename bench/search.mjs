// Searching a desk's stories by the words of their text: 1,000 stories of
// generated news-like text (one version each, about 2,500 characters), added
// to the wasm Desk under node (web/gen/wiredesk-core.js), then searched for
// two words only one story's body holds. Prints the first search (which
// gathers every article's words), the first search on a desk whose records
// were written (as the app's are after an add), and the median and best of
// 25 after it.
// Target: 1,000 stories searched in < 50 ms, the first search after an add included.
//
//   node bench/search.mjs [STORIES]    (run by scripts/bench)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../scripts/compare-edits.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const gen = join(root, 'web', 'gen');
const count = Number(process.argv[2] || 1000);

const random = mulberry32(20261129);
const syllables = 'ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu'.split(' ');
const word = () => syllables[Math.floor(random() * syllables.length)] + syllables[Math.floor(random() * syllables.length)];
const documents = Array.from({ length: count }, (_, i) => ({
  id: `s${i}`,
  format: 'text',
  content: `Headline ${i} ${word()} ${word()}\n\n${Array.from({ length: 6 }, () =>
    `${Array.from({ length: 60 }, word).join(' ')} said on day ${i % 28 + 1}.`).join('\n\n')}`,
}));
// Two words only the middle story's body holds.
const target = Math.floor(count / 2);
documents[target].content = documents[target].content.replace(' said on day', ' said the ferry Đông Hải Xanh docked on day');

const require = createRequire(import.meta.url);
const core = await require(join(gen, 'wiredesk-core.js'))({ wasmBinary: readFileSync(join(gen, 'wiredesk-core.wasm')) });
core.loadIcuData(readFileSync(join(gen, 'icudt72l.dat')));
core.loadLanguageData(readFileSync(join(gen, 'cld2.dat')));
const deskOf = () => {
  const desk = new core.Desk();
  for (let i = 0; i < documents.length; i += 100) desk.add(JSON.stringify(documents.slice(i, i + 100)));
  return desk;
};
let desk = deskOf();
const stories = JSON.parse(desk.stories()).stories.length;

const search = (query) => {
  const started = performance.now();
  const found = JSON.parse(desk.search(JSON.stringify({ query }))).stories;
  return { ms: performance.now() - started, found };
};
const first = search('dong hai xanh');
const times = Array.from({ length: 25 }, () => search('DONG HAI xanh').ms).sort((a, b) => a - b);
desk.delete();

// After an add the app lists the stories, then keeps every added article's
// records (web/worker.js), and the words gathered for a record are kept:
// its first search gathers nothing.
desk = deskOf();
desk.stories();
for (const { id } of documents) desk.recordPair(id);
const afterRecords = search('dong hai xanh');
desk.delete();

console.log(`search: ${stories} stories, wasm under node`);
console.log(`first search (gathers every article's words): ${first.ms.toFixed(1)} ms, found ${first.found.join(', ')}`);
console.log(`first search after the records were written, as the app does after an add: ${afterRecords.ms.toFixed(1)} ms`);
console.log(`later searches: median ${times[12].toFixed(2)} ms, best ${times[0].toFixed(2)} ms`);
console.log(`target: ${stories} stories searched in < 50 ms, the first search after an add included: ${Math.max(times[12], afterRecords.ms) < 50 ? 'met' : 'NOT met'}`);
for (const { found } of [first, afterRecords]) {
  if (found.length !== 1 || found[0] !== `s${target}`) {
    console.error(`search: expected only s${target}, found ${found.join(', ') || 'nothing'}`);
    process.exit(1);
  }
}
