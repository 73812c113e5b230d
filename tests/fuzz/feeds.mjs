// Fuzzes the reading of RSS and Atom feeds: the app's documentsFromFeed
// (web/app/intake.js) in Chromium, whose XML parser it relies on, then the
// core (in its worker, as the app adds them) on every document it makes.
// libFuzzer can't reach this code (JavaScript on the browser's parser), so
// this is a small mutation fuzzer of its own: seeded, so that a run can be
// repeated, and starting each input from a seed in seeds/feeds/.
//
//   node tests/fuzz/feeds.mjs SECONDS OUT         fuzz for SECONDS
//   node tests/fuzz/feeds.mjs --replay OUT FILE...  run saved inputs once
//
// A finding is an exception other than the two a bad feed gets, a document
// out of the shape the app builds (fields not strings, an unescaped title),
// or a core that fails or crashes on the documents. It is written to
// OUT/findings/feeds/ and the exit status is 1. WIREDESK_FUZZ_SEED sets the
// random seed (it is printed).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch } from '../browser/browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const replay = process.argv[2] === '--replay';
const [seconds, out, ...files] = replay ? [0, ...process.argv.slice(3)] : [Number(process.argv[2]), process.argv[3]];
if (!out || (!replay && !(seconds > 0))) {
  console.error('usage: node tests/fuzz/feeds.mjs SECONDS OUT | --replay OUT FILE...');
  process.exit(2);
}
const seedsDir = join(here, 'seeds', 'feeds');
const seeds = readdirSync(seedsDir).sort().map((name) => readFileSync(join(seedsDir, name), 'utf8'));
// Pieces that change a feed's structure, as libFuzzer's dictionaries do.
const dictionary = ['<item>', '</item>', '<entry>', '</entry>', '<![CDATA[', ']]>', '&amp;', '&lt;', '&#0;', '&#xD800;',
  '&undefined;', '<title>', '</title>', '<link>', '</link>', '<link href="', '" rel="enclosure"/>', '<guid>', '</guid>',
  '<id>', '<content:encoded>', '<description>', '</description>', '<summary>', '<pubDate>', '<published>',
  'xmlns="http://www.w3.org/2005/Atom"', '<?xml version="1.0" encoding="windows-1252"?>', '<!DOCTYPE x [<!ENTITY e "&e;&e;">]>',
  '<feed>', '<rss>', '<channel>', '</channel>', 'javascript:alert(1)', '</article></body></html>', '<script>', '\u0000',
  '\uFFFD', 'Việt Nam', '\n\n', ' '];

// Runs in the page: `count` inputs (mutated seeds, or `inputs` as they are),
// each read as a feed and its documents added to a desk.
async function fuzzInPage({ seeds, dictionary, seed, count, inputs }) {
  let state = seed | 0;
  const next = () => {  // mulberry32
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
  const below = (n) => (n > 0 ? next() % n : 0);
  const mutations = [
    (s) => { const at = below(s.length + 1); return s.slice(0, at) + dictionary[below(dictionary.length)] + s.slice(at); },
    (s) => { const at = below(s.length); return s.slice(0, at) + s.slice(at + 1 + below(16)); },
    (s) => { const at = below(s.length); const piece = s.slice(at, at + 1 + below(200)); const to = below(s.length + 1); return s.slice(0, to) + piece + s.slice(to); },
    (s) => { const at = below(s.length); return s.slice(0, at) + String.fromCharCode(below(0x3000)) + s.slice(at + 1); },
    (s) => { const other = seeds[below(seeds.length)]; const at = below(other.length); const to = below(s.length + 1); return s.slice(0, to) + other.slice(at, at + 1 + below(300)) + s.slice(to); },
  ];
  const { documentsFromFeed } = await import('/web/app/intake.js');
  window.fuzzDesk ??= await (await (await import('/web/wiredesk.js')).createWiredesk()).openDesk();
  const known = new Set(['not a well-formed RSS or Atom feed', 'a feed with no items']);
  const shape = (documents) => {
    if (!Array.isArray(documents) || documents.length === 0) return 'no documents and no error';
    for (const d of documents) {
      for (const field of ['id', 'source', 'url', 'published', 'format', 'content']) {
        if (typeof d[field] !== 'string') return `"${field}" is not a string`;
      }
      if (!d.id) return 'a document with an empty id';
      // The item's title is text: escaped, it can't close the <title> or <h1> early.
      const built = /^<html><head><title>([^<>]*)<\/title><\/head><body><article><h1>([^<>]*)<\/h1>/.exec(d.content);
      if (!built || built[1] !== built[2]) return 'the page is not as built (an unescaped title?)';
    }
    return null;
  };
  let items = 0;
  const total = inputs ? inputs.length : count;
  for (let run = 0; run < total; run += 1) {
    let input = inputs ? inputs[run] : seeds[below(seeds.length)];
    if (!inputs) for (let n = 1 + below(4); n > 0; n -= 1) input = mutations[below(mutations.length)](input);
    let documents;
    try {
      documents = documentsFromFeed(input, 'fuzz.xml');
    } catch (error) {
      if (known.has(error.message)) continue;
      return { runs: run + 1, items, finding: { input, problem: `documentsFromFeed threw: ${error.stack || error}` } };
    }
    const problem = shape(documents);
    if (problem) return { runs: run + 1, items, finding: { input, problem } };
    items += documents.length;
    try {
      const result = await window.fuzzDesk.add(documents.map((d, i) => ({ ...d, id: `${run}-${i}` })));
      if (result.added.length + result.failed.length !== documents.length) throw new Error('documents went missing');
      await window.fuzzDesk.clear();
    } catch (error) {
      return { runs: run + 1, items, finding: { input, problem: `the core failed on the documents: ${error.message}` } };
    }
  }
  return { runs: total, items, finding: null };
}

const server = await serve();
const browser = await launch();
let status = 0;
try {
  const page = await browser.newPage();
  // A blank page of the app's origin, to import the modules from.
  await page.route('**/fuzz-feeds.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>feeds</title>' }));
  await page.goto(`${server.url}fuzz-feeds.html`);
  const started = Date.now();
  const seed = Number(process.env.WIREDESK_FUZZ_SEED ?? started % 0x7fffffff);
  let runs = 0;
  let items = 0;
  let finding = null;
  if (replay) {
    const inputs = files.map((file) => readFileSync(file, 'utf8'));
    ({ runs, items, finding } = await page.evaluate(fuzzInPage, { seeds, dictionary, seed, inputs }));
  } else {
    for (let round = 0; !finding && Date.now() - started < seconds * 1000; round += 1) {
      const result = await page.evaluate(fuzzInPage, { seeds, dictionary, seed: seed + round * 7919, count: 100 });
      ({ finding } = result);
      runs += result.runs;
      items += result.items;
    }
  }
  const took = (Date.now() - started) / 1000;
  const what = `${runs} runs (${Math.round(runs / Math.max(took, 0.001))}/s), ${items} items read, seed ${seed}`;
  if (finding) {
    const folder = join(out, 'findings', 'feeds');
    mkdirSync(folder, { recursive: true });
    const file = join(folder, `finding-${Date.now()}.xml`);
    writeFileSync(file, finding.input);
    console.error(`fuzz: feeds: FINDING after ${what}: ${finding.problem.split('\n')[0]} (input: ${file})`);
    status = 1;
  } else {
    console.log(replay ? `fuzz: feeds: ${files.length} saved crash input(s) replayed, all pass`
      : `fuzz: feeds: ${seconds} s, ${what}: no finding`);
  }
} finally {
  await browser.close();
  await server.stop();
}
process.exit(status);
