// Two tabs of the app on one library, in real Chromium: adds made at the same
// moment all land (a name taken in the other tab becomes "name-2", as in one
// tab), and each tab shows what the other added, without a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, watch, madeUpArticles as articles, startDrop, libraryIds } from './browser.mjs';

const app = appUnderTest({ before, after });

const shownStories = (page) => page.$$eval('#story-list .story-title', (nodes) => nodes.length);

async function openTab(context) {
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(app.server.url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  return { page, problems };
}

test('two tabs adding 50 files each at once: 100 articles stored, both tabs show them all (10 runs)', async () => {
  for (let run = 0; run < 10; run += 1) {
    const context = await app.browser.newContext();
    const a = await openTab(context);
    const b = await openTab(context);
    const baseIds = (await libraryIds(a.page)).length;
    const baseStories = await shownStories(a.page);
    assert.equal(await shownStories(b.page), baseStories);

    const batches = (page) => page.evaluate(() => Number(document.body.dataset.batches ?? 0));
    const before = [await batches(a.page), await batches(b.page)];
    await Promise.all([startDrop(a.page, articles(50, 1000 + run)), startDrop(b.page, articles(50, 2000 + run))]);
    const added = (page, count) => page.waitForFunction((n) => Number(document.body.dataset.batches ?? 0) > n, count, { timeout: 120000 });
    await Promise.all([added(a.page, before[0]), added(b.page, before[1])]);

    // Every write landed, under the names one tab would have given.
    const ids = (await libraryIds(a.page)).filter((id) => id.startsWith('wire-'));
    assert.equal(ids.length, 100, `run ${run + 1}: ${ids.length} articles stored`);
    assert.equal((await libraryIds(b.page)).length, baseIds + 100, `run ${run + 1}`);
    for (let i = 1; i <= 50; i += 1) {
      assert.ok(ids.includes(`wire-${i}`) && ids.includes(`wire-${i}-2`), `run ${run + 1}: wire-${i} or wire-${i}-2 is missing`);
    }
    // And each tab shows what the other added.
    const settled = (page) => page.waitForFunction((expected) =>
      document.querySelectorAll('#story-list .story-title').length === expected, baseStories + 100, { timeout: 120000 });
    await Promise.all([settled(a.page), settled(b.page)]);
    assert.equal(await shownStories(a.page), await shownStories(b.page));
    assert.deepEqual([...a.problems, ...b.problems], []);
    await context.close();
  }
});

test('a library cleared in one tab empties the other', async () => {
  const context = await app.browser.newContext();
  const a = await openTab(context);
  const b = await openTab(context);
  assert.ok(await shownStories(b.page) > 0);
  await a.page.click('#clear-library');
  await a.page.click('#clear-dialog button[value="clear"]');
  await b.page.waitForFunction(() => document.querySelectorAll('#story-list .story-title').length === 0, null, { timeout: 30000 });
  assert.deepEqual(await libraryIds(b.page), []);
  assert.deepEqual([...a.problems, ...b.problems], []);
  await context.close();
});
