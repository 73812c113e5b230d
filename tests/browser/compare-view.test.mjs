// The side-by-side comparison view (web/compare-view.js) in real Chromium, on
// JSON from the real core (the native CLI): the two sample copies of one
// story, and a copy whose text holds markup.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, root } from './browser.mjs';

const results = join(root, 'test-results');
let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
  mkdirSync(results, { recursive: true });
});
after(async () => {
  await browser?.close();
  server?.stop();
});

function compare(...args) {
  const cli = join(root, 'build', 'native', 'wiredesk');
  const result = spawnSync(cli, ['compare', ...args], { cwd: root, encoding: 'utf8' });
  assert.equal(result.error, undefined, `cannot run ${cli}: build it with scripts/build`);
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
}

// A page of the app's origin under the app's CSP, with the view's module.
async function openView(viewport = { width: 1200, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.route(`${server.url}compare-view-test.html`, (route) => route.fulfill({
    contentType: 'text/html',
    body: '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
      '<meta name="viewport" content="width=device-width, initial-scale=1">' +
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'">` +
      '<title>compare view</title><script type="module" src="compare-view-test.js"></script></head>' +
      '<body><main id="view"></main></body></html>',
  }));
  await page.route(`${server.url}compare-view-test.js`, (route) => route.fulfill({
    contentType: 'text/javascript',
    body: "import { renderComparison } from './web/compare-view.js';\n" +
      "import { createWiredesk } from './web/wiredesk.js';\n" +
      'window.createWiredesk = createWiredesk;\n' +
      "window.show = (c, o) => { window.view = renderComparison(document.getElementById('view'), c, o); };\n" +
      'window.viewReady = true;\n',
  }));
  await page.goto(`${server.url}compare-view-test.html`);
  await page.waitForFunction(() => window.viewReady === true);
  return { page, problems };
}

test('the two sample copies: aligned rows, spacing marks, folds, navigation and the cosmetic toggle', async () => {
  const comparison = compare('samples/002_0c1e3a2815583ef3.txt', 'samples/003_94858066e6bb5739.txt');
  const { page, problems } = await openView();
  await page.evaluate((c) => window.show(c), comparison);
  await page.waitForSelector('.wd-compare__row--changed');
  // The stylesheet is linked and applied: two columns side by side.
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.wd-compare__row')).display === 'grid');

  const changed = await page.$$eval('.wd-compare__row[data-op="changed"]', (rows) => rows.map((r) => r.dataset.class));
  assert.equal(changed.length, comparison.rows.filter((r) => r.op === 'changed').length);
  assert.ok(changed.filter((c) => c === 'spacing').length >= 10);
  const marks = await page.$$eval('.wd-compare__row:not(.wd-compare__row--title) .wd-compare__mark', (m) => m.map((x) => [x.tagName, x.className, x.title]));
  assert.ok(marks.length >= 60);
  for (const [, className, title] of marks) {
    assert.match(className, /wd-c-spacing/);
    assert.match(title, /^spacing: (deleted|inserted)$/);
  }
  assert.ok(await page.$eval('del.wd-c-spacing', (d) => d.textContent === 'withcountries'));
  assert.match(await page.textContent('.wd-compare__summary'), /spacing/);
  // Every changed row says what kind of change it is, in words.
  const labels = await page.$$eval('.wd-compare__row[data-op="changed"] .wd-compare__label', (l) => l.map((x) => x.textContent));
  assert.ok(labels.every((l) => /changed · /.test(l)));

  // n and p move between changes; the position is announced.
  await page.focus('.wd-compare');
  await page.keyboard.press('n');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.row), '0');
  await page.keyboard.press('j');
  const second = await page.evaluate(() => document.activeElement.dataset.row);
  assert.ok(Number(second) > 0);
  assert.match(await page.textContent('.wd-compare__position'), /Change 2 of \d+/);
  await page.keyboard.press('p');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.row), '0');
  await page.screenshot({ path: join(results, 'compare-view.png'), fullPage: true });

  // Hiding spacing and punctuation leaves only the headline as a change, the
  // rest folded as unchanged; a fold opens with its button.
  await page.check('.wd-compare__toggle input');
  assert.equal(await page.$$eval('.wd-compare__row[data-op="changed"]', (r) => r.length), 1);
  assert.match(await page.textContent('.wd-compare__unfold'), /Show \d+ unchanged sentences/);
  await page.click('.wd-compare__unfold');
  assert.ok(await page.$$eval('.wd-compare__row[data-op="same"]', (r) => r.length) >= 10);
  assert.equal(await page.$$eval('.wd-compare__nav', (b) => b.every((x) => x.tagName === 'BUTTON')), true);
  assert.deepEqual(problems, []);
  await page.close();
});

test('markup in article text is shown as text, and a phone stacks the versions', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wiredesk-view-'));
  try {
    const before = 'The minister said the talks went well.\n\nSome 900 delegates attended the meeting in Hanoi.\n';
    const after = 'The minister said the <script>window.hacked = 1</script> talks went <b>well</b>.\n\n' +
      'Some 950 delegates attended the meeting in Hanoi.\n';
    writeFileSync(join(dir, 'before.txt'), before);
    writeFileSync(join(dir, 'after.txt'), after);
    const comparison = compare('--no-extract', join(dir, 'before.txt'), join(dir, 'after.txt'));
    const { page, problems } = await openView({ width: 380, height: 800 });
    await page.evaluate((c) => window.show(c), comparison);
    await page.waitForSelector('.wd-compare__row--changed');
    assert.equal(await page.evaluate(() => window.hacked), undefined);
    assert.equal(await page.$$eval('.wd-compare script, .wd-compare b', (n) => n.length), 0);
    const inserted = await page.$$eval('ins', (n) => n.map((x) => x.textContent).join(''));
    assert.match(inserted, /<script>window\.hacked = 1<\/script>/);
    assert.ok(await page.$('ins.wd-c-number'));
    // Stacked: the right cell sits below the left one.
    const [left, right] = await page.$$eval('.wd-compare__row--changed .wd-compare__cell', (cells) =>
      cells.slice(0, 2).map((c) => c.getBoundingClientRect().top));
    assert.ok(right > left);
    await page.screenshot({ path: join(results, 'compare-view-phone.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(results, 'compare-view-phone-dark.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the JS API compares two pasted copies in its worker, and the view shows the result', async () => {
  const { page, problems } = await openView();
  const result = await page.evaluate(async () => {
    const text = (name) => fetch(`samples/${name}`).then((r) => r.text());
    const desk = await window.createWiredesk({ baseUrl: new URL('web/', location.href) });
    const comparison = await desk.compare(
      { id: 'agency', content: await text('002_0c1e3a2815583ef3.txt') },
      { id: 'outlet', content: await text('003_94858066e6bb5739.txt') });
    window.show(comparison);
    const error = await desk.compare('only one side', undefined).then(() => null, (e) => e.message);
    desk.terminate();
    return { stats: comparison.stats, left: comparison.left.id, error };
  });
  assert.equal(result.left, 'agency');
  assert.ok(result.stats.spacing >= 30);
  assert.equal(result.stats.added + result.stats.removed + result.stats.moved, 0);
  assert.match(result.error, /right/);
  assert.ok((await page.$$('.wd-compare__row--changed')).length >= 10);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a paragraph that moved is one moved block each way, and a phone names the sides briefly', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wiredesk-view-'));
  try {
    const opening = 'The council of the river town voted on Tuesday to rebuild the old stone bridge.';
    const engineers = 'Engineers said repairs would take eighteen months. A regional fund pays most of the cost. The work starts in June.';
    const shops = 'Shop owners said the detour had halved their trade. Several asked for a footbridge. The mayor will decide within a month.';
    const closing = 'A survey of the riverbed comes first, the mayor said.';
    writeFileSync(join(dir, 'before.txt'), [opening, engineers, shops, closing].join('\n\n'));
    writeFileSync(join(dir, 'after.txt'), [opening, shops, engineers, closing].join('\n\n'));
    const comparison = compare('--no-extract', join(dir, 'before.txt'), join(dir, 'after.txt'));
    assert.equal(comparison.rows.filter((r) => r.op === 'moved').length, 6, 'the core no longer gives a row per moved sentence');
    const { page, problems } = await openView({ width: 390, height: 800 });
    await page.evaluate((c) => window.show(c, { leftLabel: 'The first long headline of the story', rightLabel: 'The second long headline' }), comparison);
    await page.waitForSelector('.wd-compare__row--moved');
    const moved = await page.$$eval('.wd-compare__row--moved', (rows) => rows.map((r) => ({
      label: r.querySelector('.wd-compare__label').textContent, text: r.textContent,
    })));
    assert.equal(moved.length, 2, JSON.stringify(moved));
    for (const block of moved) {
      assert.match(block.label, /· 3 sentences$/);
      assert.ok(block.text.includes('Several asked for a footbridge.') || block.text.includes('A regional fund pays most of the cost.'));
    }
    // Its jump lands on the other end of the move, a block as well.
    await page.click('.wd-compare__row--moved .wd-compare__jump');
    assert.match(await page.textContent('.wd-compare__position'), /^Change \d of 2$/);
    // Stacked rows name each side in a word; the headlines stand once, on top.
    const sides = await page.$$eval('.wd-compare__row:not(.wd-compare__row--head) .wd-compare__cell',
      (cells) => [...new Set(cells.map((c) => c.dataset.side))]);
    assert.deepEqual(sides, ['First', 'Second']);
    const headlines = await page.evaluate(() => document.body.innerText.split('The first long headline').length - 1);
    assert.equal(headlines, 1);
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
