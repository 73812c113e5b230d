// The reader app in headless Chromium: what a first visit downloads (gzip),
// how long a cold load takes to be interactive, and what 1,000 dropped
// articles cost: time until their stories are listed, and the longest the
// page's main thread was blocked meanwhile (long tasks); and how long an
// offline reload takes, from the service worker's cache, to be interactive.
//
// Then reopening stored libraries of 1,000, 10,000 and 50,000 articles, and
// adding 1,000 to the largest (bench/app_reopen.mjs).
//
//   node bench/app.mjs      (run by scripts/bench; needs scripts/build first)
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve, launch, launchWithProfile, root } from '../tests/browser/browser.mjs';

// --- What a first visit downloads -------------------------------------------------
// The page's files (no icons, no samples), and the language detector's tables
// that the worker fetches with the first document: every visitor who adds an
// article downloads them, so they count. Sizes are gzip -9 of each file.
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const precache = readFileSync(join(root, 'web', 'gen', 'precache.js'), 'utf8');
const lists = JSON.parse(precache.slice(precache.indexOf('{'), precache.lastIndexOf('}') + 1));
const measure = (file) => {
  const bytes = readFileSync(join(root, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const page = lists.files.filter((f) => !f.startsWith('samples/') && !f.endsWith('.png')).map(measure);
const later = (lists.later ?? []).map(measure);
const heavy = (f) => /\.(wasm|dat)$|core\.js$/.test(f.file);
const rows = [...page.filter(heavy), ...later];
const light = page.filter((f) => !heavy(f));
const sum = (list, key) => list.reduce((total, f) => total + f[key], 0);
// The stopword lists are compiled into the wasm module: their share is the
// generated lists alone, gzipped (in the module they compress along with the
// rest, so this is close, not exact).
const generated = readFileSync(join(root, 'build', 'wasm', 'generated', 'stopwords_data.cc'), 'utf8');
const stopwords = Buffer.from([...generated.matchAll(/R"wiredesk_data\(([\s\S]*?)\)wiredesk_data"/g)]
  .map((m) => m[1]).join('\n'));
const stopwordsGzip = gzipSync(stopwords, { level: 9 }).length;
const all = [...page, ...later];
console.log('The app as first downloaded, with the language detector (gzip -9; no CJK dictionaries)');
console.log('| part | raw | gzip |\n|---|---|---|');
console.log(`| page, JS, CSS (${light.length} files) | ${kb(sum(light, 'raw'))} | ${kb(sum(light, 'gzip'))} |`);
for (const f of rows) {
  const note = later.includes(f) ? ' (language detector, fetched with the first document)'
    : f.file.endsWith('.wasm') ? ` (of which the stopword lists of 58 languages: about ${kb(stopwordsGzip)})` : '';
  console.log(`| ${f.file}${note} | ${kb(f.raw)} | ${kb(f.gzip)} |`);
}
console.log(`| total | ${kb(sum(all, 'raw'))} | ${kb(sum(all, 'gzip'))} (target < 1331 KB, 1.3 MB) |`);
console.log(`The detector adds ${kb(sum(later, 'gzip'))} to the first load's ${kb(sum(page, 'gzip'))}; ` +
  `the stopword lists about ${kb(stopwordsGzip)}.`);

// --- 1,000 sample-sized articles ------------------------------------------------------
// 200 stories of five copies each. A story is a seed with the words of each
// line shuffled by the story's own generator (so its 12-letter shingles are
// its own, as another event's text would be); its copies differ in numbers
// and spacing, which dedup folds away.
const seeds = readdirSync(join(root, 'samples')).filter((n) => n.endsWith('.txt')).sort()
  .map((n) => readFileSync(join(root, 'samples', n), 'utf8'));
const generator = (seed) => () => {  // mulberry32
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const shuffled = (text, story) => {
  const random = generator(story + 1);
  return text.split('\n').map((line) => {
    const words = line.split(' ');
    for (let i = words.length - 1; i > 0; --i) {
      const j = Math.floor(random() * (i + 1));
      [words[i], words[j]] = [words[j], words[i]];
    }
    return words.join(' ');
  }).join('\n');
};
const batch = Array.from({ length: 1000 }, (_, i) => {
  const story = Math.floor(i / 5);
  const text = shuffled(seeds[story % seeds.length], story).replace(/\d+/g, (n) => String(Number(n) + i))
    .replace(/Vietnam/g, `Vietnam${i % 2 ? '' : ' '}`);
  return { name: `article-${String(i).padStart(4, '0')}.txt`, text };
});
const batchBytes = batch.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);

const server = await serve();
const browser = await launch();
try {
  const loads = [];
  for (let run = 0; run < 3; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]');
    loads.push(Date.now() - started);
    await context.close();
  }
  loads.sort((a, b) => a - b);

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  // The files exist before the drop, as a user's do; the page's main thread
  // is watched from the drop on.
  await page.evaluate((files) => {
    window.dropped = new DataTransfer();
    for (const { name, text } of files) window.dropped.items.add(new File([text], name, { type: 'text/plain' }));
  }, batch);
  const before = await page.$$eval('#story-list li', (items) => items.length);
  const batches = Number(await page.getAttribute('body', 'data-batches'));
  const elapsed = await page.evaluate(async (done) => {
    window.longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push(e.duration); })
      .observe({ type: 'longtask' });
    const started = performance.now();
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: window.dropped, bubbles: true, cancelable: true }));
    while (Number(document.body.dataset.batches) <= done) await new Promise((resolve) => setTimeout(resolve, 10));
    return Math.round(performance.now() - started);
  }, batches);
  const after = await page.$$eval('#story-list li', (items) => items.length);
  const longTasks = await page.evaluate(() => window.longTasks);
  await context.close();

  console.log('\nThe app in headless Chromium (localhost)');
  console.log('| measure | value | target |\n|---|---|---|');
  console.log(`| cold first load to interactive (median of 3, samples loaded) | ${loads[1]} ms | < 1000 ms |`);
  console.log(`| 1,000 articles (${(batchBytes / 1048576).toFixed(1)} MB) dropped to stories listed | ${elapsed} ms | < 5000 ms |`);
  console.log(`| stories listed after the drop | ${after - before} new | |`);
  console.log(`| longest main-thread block meanwhile | ${longTasks.length ? Math.max(...longTasks).toFixed(0) : 0} ms (${longTasks.length} tasks over 50 ms) | < 100 ms |`);
} finally {
  await browser.close();
  server.stop();
}

// --- Offline reload ---------------------------------------------------------------------
// From navigation start to the library listed, read in the page itself, so
// the driver's own overhead is not counted; the server is down throughout.
const profile = mkdtempSync(join(tmpdir(), 'wiredesk-bench-'));
const offline = await serve();
const installed = await launchWithProfile(profile);
try {
  await installed.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body?.dataset.ready !== 'true') return;
      window.readyAt = performance.now();
      observer.disconnect();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
  });
  const page = installed.pages()[0] ?? await installed.newPage();
  await page.goto(offline.url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await offline.stop();
  const reloads = [];
  for (let run = 0; run < 9; run += 1) {
    await page.reload();
    await page.waitForFunction(() => window.readyAt !== undefined, null, { timeout: 30000 });
    reloads.push(Math.round(await page.evaluate(() => window.readyAt)));
  }
  reloads.sort((a, b) => a - b);
  console.log(`| offline reload to interactive (median of 9, server down) | ${reloads[4]} ms | < 500 ms |`);
} finally {
  await installed.close();
  await offline.stop();
  rmSync(profile, { recursive: true, force: true });
}

// --- Reopening a stored library ---------------------------------------------------------
await import('./app_reopen.mjs');
