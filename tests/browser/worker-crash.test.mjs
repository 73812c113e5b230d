// The app outlives its worker, in real Chromium: when the core crashes in
// the middle of a batch, a new worker takes over with the library, and the
// batch goes on without adding anything twice; when the worker dies between
// batches, the library is read into a new one. The crash is made from
// outside (Playwright evaluates in the worker): the test's own code wraps
// the desk so that one document traps, as a real trap in the wasm would
// (WebAssembly.RuntimeError); the app has no hook for it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, watch, madeUpArticles, startDrop, libraryIds } from './browser.mjs';

const app = appUnderTest({ before, after });

async function openApp() {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(app.server.url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  return { context, page, problems };
}

const appWorker = (page) => page.workers().find((w) => new URL(w.url()).pathname.endsWith('/web/worker.js'));
const counter = (page, name) => page.evaluate((key) => Number(document.body.dataset[key] ?? 0), name);
const shownStories = (page) => page.$$eval('#story-list .story-title', (nodes) => nodes.length);
// The members of every story of the app's (current) desk.
const deskMembers = (page) => page.evaluate(async () =>
  (await window.wiredesk.desk.stories()).stories.flatMap((s) => s.members));

test('a crash of the core in the middle of a batch: a new worker finishes it, each document once in the library and the stories', async () => {
  const { context, page, problems } = await openApp();
  const before = { ids: await libraryIds(page), stories: await shownStories(page), batches: await counter(page, 'batches') };
  assert.ok(before.stories > 0, 'the samples are in');
  // The worker reads 25 documents a call: wire-40 is in the second call,
  // so the first 25 are in when the core traps.
  await appWorker(page).evaluate(() => {
    /* global desks */
    for (const desk of desks.values()) {
      const add = desk.add;
      desk.add = function trapOnWire40(json) {
        if (json.includes('"id":"wire-40"')) throw new WebAssembly.RuntimeError('unreachable');
        return add.call(this, json);
      };
    }
  });
  await startDrop(page, madeUpArticles(60, 7));
  await page.waitForFunction((n) => Number(document.body.dataset.batches ?? 0) > n, before.batches, { timeout: 120000 });

  assert.equal(await counter(page, 'restarts'), 1);
  const ids = await libraryIds(page);
  const added = ids.filter((id) => !before.ids.includes(id));
  assert.deepEqual(added.sort(), Array.from({ length: 60 }, (_, i) => `wire-${i + 1}`).sort());
  const members = await deskMembers(page);
  assert.equal(members.length, new Set(members).size, 'a document is twice in the desk');
  assert.deepEqual([...members].sort(), [...ids].sort(), 'the desk holds the library');
  assert.equal(await shownStories(page), before.stories + 60);
  assert.match(await page.textContent('#status'), /core stopped and was restarted; nothing was added twice\. 60 articles added\./);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a worker that dies between batches is replaced, with the library read into the new one', async () => {
  const { context, page, problems } = await openApp();
  const stories = await shownStories(page);
  const members = await deskMembers(page);
  const batches = await counter(page, 'batches');
  // An error that escapes the worker's handlers: its state is unknown, so
  // the page ends it.
  await appWorker(page).evaluate(() => {
    setTimeout(() => { throw new Error('an error that escapes the worker'); });
  });
  await page.waitForFunction((n) => Number(document.body.dataset.batches ?? 0) > n, batches, { timeout: 60000 });
  assert.equal(await counter(page, 'restarts'), 1);
  assert.deepEqual((await deskMembers(page)).sort(), [...members].sort());
  assert.equal(await shownStories(page), stories);
  assert.match(await page.textContent('#status'), /core stopped and was restarted; nothing was added twice\. \d+ articles restored from your library\./);
  assert.deepEqual(problems, []);
  await context.close();
});
