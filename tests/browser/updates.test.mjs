// The service worker across versions, in real Chromium: a new deployment is
// offered, and taken only when the user asks; a cache that lost or damaged a
// file while offline gives a clear message in the app and in the element,
// and leaves the library alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve, launch, screenshots } from './browser.mjs';
import { copySite } from './site.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const cacheNames = (page) => page.evaluate(() => caches.keys());

// The app opened once from `url`, under its service worker.
async function firstVisit(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page;
}

test('a new deployment is offered; its button switches to it and the old cache goes', async () => {
  const site = copySite();
  const host = await serve({ folder: site.folder });
  const context = await browser.newContext();
  try {
    const page = await firstVisit(context, host.url);
    assert.deepEqual(await cacheNames(page), [`wiredesk-${site.version}`]);
    assert.equal(await page.isVisible('#update'), false, 'an update is offered before there is one');

    const next = site.deploy({
      'index.html': (html) => html.replace('<title>Wiredesk</title>', '<title>Wiredesk (next)</title>'),
    });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.locator('#update').waitFor({ state: 'visible' });
    assert.match(await page.textContent('#update'), /A new version of Wiredesk is ready\./);
    // Until the user agrees, the running version stays.
    assert.equal(await page.title(), 'Wiredesk');

    await Promise.all([page.waitForEvent('load'), page.click('#update-reload')]);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
    assert.equal(await page.title(), 'Wiredesk (next)');
    assert.equal(await page.isVisible('#update'), false);
    await page.waitForFunction(async (name) => JSON.stringify(await caches.keys()) === JSON.stringify([name]),
      `wiredesk-${next}`);
    assert.equal((await page.$$('#story-list .story-title')).length, 4, 'the library did not survive the update');
  } finally {
    await context.close();
    await host.stop();
    site.remove();
  }
});

const libraryCount = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const open = indexedDB.open('wiredesk');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const count = open.result.transaction('documents').objectStore('documents').count();
    count.onsuccess = () => resolve(count.result);
    count.onerror = () => reject(count.error);
  };
}));

// Each damage is what an old worker's cache can hold after a partial update:
// a file gone, or a body that is not what the scripts beside it expect.
const damages = [
  {
    name: 'the worker script is missing',
    path: 'web/worker.js',
    message: /Wiredesk could not start: its worker \(worker\.js\) could not be loaded\. Reload the page to finish updating/,
  },
  {
    name: 'the wasm is not a wasm module',
    path: 'web/gen/wiredesk-core.wasm',
    body: '<!doctype html><title>Moved</title>',
    message: /Wiredesk could not start: the core \(wiredesk-core\.wasm\) could not be compiled \(.+\)\. Reload the page to finish updating/,
  },
  {
    name: 'the wasm is another build\'s',
    path: 'web/gen/wiredesk-core.wasm',
    // A valid module importing a function (a.zz) that this core's script does not provide.
    body: [0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 2, 8, 1, 1, 0x61, 2, 0x7a, 0x7a, 0, 0],
    message: /Wiredesk could not start: the core \(wiredesk-core\.wasm\) does not match its script, wiredesk-core\.js \(.+\)\. Reload the page to finish updating/,
  },
];

for (const { name, path, body, message } of damages) {
  test(`offline with an old cache where ${name}: the app and the element say so, the library stays`, async () => {
    const site = copySite();
    const host = await serve({ folder: site.folder });
    const context = await browser.newContext();
    try {
      const page = await firstVisit(context, host.url);
      const stored = await libraryCount(page);
      assert.equal(stored, 5, 'the samples were not stored');
      await host.stop();
      await page.evaluate(async ([cacheName, file, text]) => {
        const cache = await caches.open(cacheName);
        const url = new URL(file, location.href);
        if (text === undefined) await cache.delete(url);
        else await cache.put(url, new Response(typeof text === 'string' ? text : new Uint8Array(text),
          { headers: { 'content-type': 'application/wasm' } }));
      }, [`wiredesk-${site.version}`, path, body]);

      await page.reload();
      const failure = page.locator('#detail .start-failure');
      await failure.waitFor({ state: 'visible', timeout: 30000 });
      assert.match(await failure.textContent(), message);
      assert.match(await page.textContent('#status'), message);
      await page.screenshot({ path: join(screenshots, `start-failure-${name.replace(/\W+/g, '-')}.png`) });
      assert.equal(await libraryCount(page), stored, 'the failed start changed the library');
      assert.ok(await page.isDisabled('#load-samples'), 'the toolbar offers actions without a core');

      await page.goto(`${host.url}embed.html`);
      const element = page.locator('wire-desk[data-state="error"] .error');
      await element.waitFor({ state: 'visible', timeout: 30000 });
      assert.match(await element.textContent(), message);
    } finally {
      await context.close();
      await host.stop();
      site.remove();
    }
  });
}
