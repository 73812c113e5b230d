// Reopening the library: from the article records the core kept, with no
// document read again (the calls that read documents are counted), to the
// stories a full reading gives; and after the core changed, the last story
// list at once while the documents are read again in the background.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, watch } from './browser.mjs';

const app = appUnderTest({ before, after });

// Counts, in the page, the documents sent to the worker to be read and the
// records sent to be restored, and every way the library was opened.
function countCalls() {
  window.calls = { read: 0, restored: 0, opened: [], lent: 0 };
  const post = Worker.prototype.postMessage;
  // A pack holds records one after another, each after its size (u32).
  const recordsIn = (pack) => {
    const view = new DataView(pack.buffer, pack.byteOffset, pack.byteLength);
    let records = 0;
    for (let at = 0; at + 4 <= pack.length; at += 4 + view.getUint32(at, true)) records += 1;
    return records;
  };
  Worker.prototype.postMessage = function counted(message, ...rest) {
    // The full records the page hands to a desk restored without texts, as one pack.
    if (message?.textsFor !== undefined && message.pack) window.calls.lent += recordsIn(message.pack);
    if (message?.method === 'add') window.calls.read += message.args[1]?.length ?? 0;
    if (['extract', 'summarize', 'compare', 'updates'].includes(message?.method)) window.calls.read += 1;
    if (message?.method === 'restore') window.calls.restored += message.args[1]?.length ?? 0;
    if (message?.method === 'restorePacks') {
      for (const pack of message.args[1] ?? []) window.calls.restored += recordsIn(pack);
    }
    return post.call(this, message, ...rest);
  };
  new MutationObserver(() => {
    const how = document.body?.dataset.opened;
    if (how && window.calls.opened.at(-1) !== how) window.calls.opened.push(how);
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-opened'] });
}

// The records the page's derived store holds: [{id, build, bytes}].
const storedRecords = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const open = indexedDB.open('wiredesk-derived');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const all = open.result.transaction('packs').objectStore('packs').getAll();
    all.onsuccess = () => {
      resolve(all.result.flatMap((pack) => {
        const view = new DataView(pack.bytes.buffer, pack.bytes.byteOffset, pack.bytes.byteLength);
        const sizes = [];
        for (let at = 0; at + 4 <= pack.bytes.length; at += 4 + sizes.at(-1)) sizes.push(view.getUint32(at, true));
        return pack.ids.map((id, i) => ({ id, build: pack.build, bytes: sizes[i] }));
      }));
      open.result.close();
    };
  };
}));

const stories = (page) => page.evaluate(async () => (await window.wiredesk.desk.stories()).stories);

async function opened(page) {
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  return page.evaluate(() => window.calls);
}

async function firstVisit() {
  const context = await app.browser.newContext();
  await context.addInitScript(countCalls);
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(app.server.url);
  const calls = await opened(page);
  assert.equal(calls.read, 5, 'the first visit reads the five samples');
  await page.waitForFunction(() => document.querySelectorAll('#story-list .story-title').length === 4);
  // The records and the story list are written after the stories show.
  await page.waitForTimeout(1500);
  const records = await storedRecords(page);
  assert.equal(records.length, 5);
  assert.ok(records.every((r) => r.bytes > 200), JSON.stringify(records));
  return { context, page, problems, built: await stories(page) };
}

test('a reopened library reads no document and shows exactly the stories of reading them all', async () => {
  const { context, page, problems, built } = await firstVisit();
  await page.reload();
  const calls = await opened(page);
  assert.equal(calls.read, 0, 'a document was read again on reopening');
  assert.equal(calls.restored, 5);
  assert.deepEqual(calls.opened, ['records']);
  assert.equal(await page.getAttribute('body', 'data-stories-kept'), 'true', 'the stories were clustered again');
  assert.deepEqual(await stories(page), built);
  assert.equal(await page.$$eval('#story-list .story-title', (nodes) => nodes.length), 4);
  assert.match(await page.textContent('#status'), /5 articles opened from your library/);

  // A restored story opens with its summary: its articles are on the desk.
  const story = built.find((s) => s.members.length === 2);
  await page.click(`[data-story="${story.id}"]`);
  await page.waitForSelector('.summary:not([aria-busy]) li');
  assert.deepEqual(problems, []);
  await context.close();
});

test('packs restored as they were read give way to the plan when it rewrites them', async () => {
  const { context, page, problems, built } = await firstVisit();
  // A pack left behind by a crash between two writes: records of ids the
  // library no longer holds. The packs are then rewritten without it, so
  // those restored while they were read are not the ones to keep.
  await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('wiredesk-derived');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const store = open.result.transaction('packs', 'readwrite').objectStore('packs');
      const all = store.getAll();
      all.onsuccess = () => {
        const pack = all.result[0];
        const added = store.add({ ...pack, ids: pack.ids.map((id) => `gone-${id}`) });
        added.onsuccess = () => { open.result.close(); resolve(); };
        added.onerror = () => reject(added.error);
      };
    };
  }));
  await page.reload();
  const calls = await opened(page);
  assert.equal(calls.read, 0, 'a document was read again on reopening');
  assert.deepEqual(calls.opened, ['records']);
  assert.deepEqual(await stories(page), built);
  assert.deepEqual(problems, []);
  await context.close();
});

// What a story's readers ask of the desk: its summary, updates, comparison,
// one article, and a search for a word of that article's text.
const readStory = (page, members, word) => page.evaluate(async ([ids, query]) => {
  const { desk } = window.wiredesk;
  return {
    summary: await desk.storySummary(ids, { sentences: 3 }),
    updates: await desk.storyUpdates(ids),
    comparison: await desk.compareArticles(ids[0], ids[1]),
    article: await desk.article(ids[1]),
    search: await desk.search(query),
  };
}, [members, word]);

test('a reopened desk holds no article text until a story is read, and reads it as the first visit did', async () => {
  const { context, page, problems, built } = await firstVisit();
  const story = built.find((s) => s.members.length === 2);
  const text = (await page.evaluate((id) => window.wiredesk.desk.article(id), story.members[1])).text;
  const word = text.split(/\s+/).map((w) => w.replace(/\W/g, '')).find((w) => w.length > 6);
  const first = await readStory(page, story.members, word);
  assert.ok(first.search.includes(story.id));

  await page.reload();
  assert.equal((await opened(page)).lent, 0, 'texts were read to reopen the library');
  const again = await readStory(page, story.members, word);
  assert.deepEqual(again, first);
  const calls = await page.evaluate(() => window.calls);
  assert.equal(calls.read, 0, 'a document was read again');
  assert.ok(calls.lent >= 2, `the story's texts were not lent (${calls.lent})`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('without the last story list, a reopened library clusters its records into the same stories', async () => {
  const { context, page, problems, built } = await firstVisit();
  await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('wiredesk-derived');
    open.onsuccess = () => {
      const transaction = open.result.transaction('snapshot', 'readwrite');
      transaction.objectStore('snapshot').clear();
      transaction.oncomplete = () => { open.result.close(); resolve(); };
      transaction.onerror = () => reject(transaction.error);
    };
  }));
  await page.reload();
  const calls = await opened(page);
  assert.equal(calls.read, 0, 'a document was read again on reopening');
  assert.deepEqual(calls.opened, ['records']);
  assert.equal(await page.getAttribute('body', 'data-stories-kept'), 'false');
  assert.deepEqual(await stories(page), built);
  assert.deepEqual(problems, []);
  await context.close();
});

test('after the core changed, the last story list shows at once and the library is read again behind it', async () => {
  const { context, page, problems, built } = await firstVisit();
  // Records written by another build of the core, as after an update.
  await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('wiredesk-derived');
    open.onsuccess = () => {
      const transaction = open.result.transaction('packs', 'readwrite');
      transaction.objectStore('packs').openCursor().onsuccess = (event) => {
        const cursor = event.target.result;
        if (!cursor) return;
        cursor.update({ ...cursor.value, build: 'an-older-build' });
        cursor.continue();
      };
      transaction.oncomplete = () => { open.result.close(); resolve(); };
      transaction.onerror = () => reject(transaction.error);
    };
  }));
  await page.reload();
  await opened(page);
  await page.waitForFunction(() => window.calls.opened.includes('rebuilt'), null, { timeout: 30000 });
  const calls = await page.evaluate(() => window.calls);
  assert.deepEqual(calls.opened, ['snapshot', 'rebuilt']);
  assert.equal(calls.restored, 0, 'records of another build were restored');
  assert.equal(calls.read, 5, 'the library was not read again');
  assert.deepEqual(await stories(page), built);
  assert.match(await page.textContent('#status'), /read again by the new version: 4 stories/);
  const build = await page.evaluate(() => window.wiredesk.engine.build());
  await page.waitForTimeout(300);
  assert.ok((await storedRecords(page)).every((r) => r.build === build), 'the records were not renewed');
  assert.deepEqual(problems, []);
  await context.close();
});
