// Reopening a stored library in headless Chromium: the time from navigation
// to the story list shown, and the tab's memory (the page's JS heap and the
// worker's wasm heap), for libraries of generated articles; then what adding
// 1,000 more costs. Each size is reopened from the article records the core
// kept, and once more with the records deleted (every document read again,
// as before the records existed).
//
//   node bench/app_reopen.mjs [SIZE...]   (run by bench/app.mjs)
// Sizes: the arguments, else WIREDESK_REOPEN_SIZES, else 1,000, 10,000 and
// 50,000 (about ten minutes on two cores). The largest also gets 1,000 more added.
import { launch, serve } from '../tests/browser/browser.mjs';

const asked = process.argv.slice(2).length ? process.argv.slice(2) : (process.env.WIREDESK_REOPEN_SIZES ?? '').split(/\s+/);
const sizes = asked.map(Number).filter((n) => n > 0);
if (sizes.length === 0) sizes.push(1000, 10000, 50000);

// The generator runs in the page: N short news texts, stories of five
// versions (numbers and spacing changed), every story its own vocabulary.
function storeArticles({ count, from }) {
  const random = (() => {
    let seed = 12345 + from;
    return () => {
      seed = (seed + 0x6d2b79f5) >>> 0;
      let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  })();
  const syllables = 'ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu'.split(' ');
  const word = () => syllables[Math.floor(random() * syllables.length)] + syllables[Math.floor(random() * syllables.length)];
  const stories = Math.ceil((from + count) / 5);
  const bodies = Array.from({ length: stories }, () => Array.from({ length: 6 }, () =>
    `${Array.from({ length: 70 }, word).join(' ')} said on day 12.`).join('\n\n'));
  const dropped = new DataTransfer();
  for (let i = from; i < from + count; i += 1) {
    const story = Math.floor(i / 5);
    const text = `Headline ${story} ${word()} ${word()}\n\n${bodies[story].replace(/12/g, String(i)).replace(/ (\w+) said/, i % 2 ? ' $1said' : ' $1 said')}`;
    dropped.items.add(new File([text], `a-${String(i).padStart(6, '0')}.txt`, { type: 'text/plain' }));
  }
  window.dropped = dropped;
}

// Every wait below is on a state the app sets (its marks, data-batches,
// data-ready), with a timeout that names what it waited for: no fixed
// sleeps, no loop in the page that waits forever if a batch fails.
const kWait = 900000;
async function waitFor(page, what, condition, arg) {
  try {
    await page.waitForFunction(condition, arg, { timeout: kWait, polling: 50 });
  } catch (error) {
    const status = await page.textContent('#status').catch(() => '');
    throw new Error(`gave up waiting for ${what} (status: ${status}): ${error.message}`, { cause: error });
  }
}

// The time from the drop to the stories listed (the app's batch:listed
// mark) and to the batch done (what the core computed kept in storage).
async function drop(page, count, from = 0) {
  const batches = Number(await page.getAttribute('body', 'data-batches'));
  await page.evaluate(storeArticles, { count, from });
  await page.evaluate(() => {
    for (const name of ['batch:read', 'batch:added', 'batch:listed']) performance.clearMarks(name);
    window.dropStarted = performance.now();
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: window.dropped, bubbles: true, cancelable: true }));
  });
  // Files read, added to the desk (and the library), stories listed.
  await waitFor(page, 'the batch to finish', (done) => Number(document.body.dataset.batches) > done, batches);
  const result = await page.evaluate(() => {
    const started = window.dropStarted;
    const at = (name) => Math.round((performance.getEntriesByName(name).at(-1)?.startTime ?? NaN) - started);
    return { read: at('batch:read'), added: at('batch:added'), listed: at('batch:listed'), done: Math.round(performance.now() - started) };
  });
  // The next reopen draws the story list kept after this batch.
  await waitFor(page, 'the story list to be kept', () => document.body.dataset.snapshotPending === undefined);
  return result;
}

// From navigation start to the story list shown (reopen:shown, the last
// list drawn from storage, before the records are read: it scrolls and
// filters by headline at once, and a story picked opens once the desk is
// restored) and to the desk restored under it (data-ready: the app is
// idle), in the page. The memory is read after a garbage collection
// (asked of the browser, not waited for).
async function reopen(page, cdp) {
  await page.reload();
  await waitFor(page, 'the app to be ready', () => window.readyAt !== undefined);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return page.evaluate(async (jsHeap) => ({
    ms: Math.round(window.readyAt),
    marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)])),
    opened: document.body.dataset.opened,
    kept: document.body.dataset.storiesKept,
    stories: document.querySelectorAll('#story-list li').length,
    jsHeap,
    wasmHeap: (await window.wiredesk.engine.memory?.())?.wasm ?? 0,
  }), usedSize);
}

const mb = (bytes) => `${(bytes / 1048576).toFixed(0)} MB`;
// Reading every document again takes minutes past 10,000: measured up to it.
const kReadAllUpTo = Number(process.env.WIREDESK_REOPEN_READ_ALL_UP_TO ?? 10000);
const server = await serve();
const browser = await launch();
console.log('\nReopening a stored library (headless Chromium, localhost)');
console.log('| articles | list shown | reopened (desk restored, list from it) | stories | JS heap + wasm heap | reopen reading every document | target |');
console.log('|---|---|---|---|---|---|---|');
try {
  for (const size of sizes) {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body?.dataset.ready !== 'true') return;
        window.readyAt = performance.now();
        observer.disconnect();
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
    });
    const page = await context.newPage();
    page.setDefaultTimeout(kWait);
    const cdp = await context.newCDPSession(page);
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]');
    const added = (await drop(page, size)).done;
    const fast = await reopen(page, cdp);
    let grow = '';
    if (size === sizes.at(-1)) {
      const more = await drop(page, 1000, size);
      grow = `${more.listed} ms to stories listed (files read at ${more.read} ms, added at ${more.added} ms), ${more.done} ms to the batch done (records kept)`;
    }
    let slow = 'not measured';
    if (size <= kReadAllUpTo) {
      await page.evaluate(() => new Promise((resolve) => {
        const gone = indexedDB.deleteDatabase('wiredesk-derived');
        gone.onsuccess = gone.onerror = gone.onblocked = () => resolve();
      }));
      const all = await reopen(page, cdp);
      slow = `${all.ms} ms (${all.opened})`;
    }
    const target = size >= 50000 ? '≤ 2.5 s, ≤ 300 MB' : size >= 10000 ? '≤ 1 s' : '';
    console.log(`<!-- ${size}: ${JSON.stringify(fast.marks)} -->`);
    const shown = fast.marks['reopen:shown'] === undefined ? '–' : `${fast.marks['reopen:shown']} ms`;
    console.log(`| ${size.toLocaleString('en')} (+ 5 samples; added in ${added} ms) | ${shown} | ${fast.ms} ms (${fast.opened}${fast.kept === 'true' ? ', stories kept' : ''}) | ${fast.stories} | ${mb(fast.jsHeap)} + ${mb(fast.wasmHeap)} | ${slow} | ${target} |`);
    if (grow) console.log(`\nAdding 1,000 more to the ${size.toLocaleString('en')}-article library: ${grow} (target ≤ 3 s at 50,000).`);
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}
