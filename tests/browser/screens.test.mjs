// Every screen of the app at a laptop's width (1366 px) and a phone's
// (390 px, touch), light and dark: a screenshot of each in build/screenshots,
// and on the phone no screen wider than the phone. Then what makes the phone
// layout one: the actions behind a menu, the list as the page, a story as a
// screen of its own with a way back, versions readable, no "drop" on a
// touch screen; and the compare view's keys working as soon as it opens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { appUnderTest, watch, screenshots } from './browser.mjs';

const app = appUnderTest({ before, after });

const kLaptop = { viewport: { width: 1366, height: 900 } };
const kPhone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const kLeft = '002_0c1e3a2815583ef3';
const kRight = '003_94858066e6bb5739';
// A name and a word with no place to break: what once pushed a phone's story page sideways.
const kLongName = 'wire-copy-from-the-regional-desk-filed-late-on-tuesday-evening-after-the-vote';
const kLongText = 'Council approves the bridge repair after a long debate\n\n' +
  'The council of the river town approved the repair of the old stone bridge late on Tuesday, ' +
  'after a debate that ran past midnight and a vote of nine to four.\n\n' +
  'The plans are at https://council.example/documents/planning/2024/bridge-repair-final-approved-version-with-annexes.pdf ' +
  'and the work is to start in the spring, when the river is low enough for the engineers to reach the arches.\n';

async function openApp(options) {
  const context = await app.browser.newContext(options);
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(app.server.url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  return { context, page, problems };
}

async function drop(page, files) {
  const batches = Number(await page.getAttribute('body', 'data-batches') ?? 0);
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const { name, text } of list) transfer.items.add(new File([text], name, { type: 'text/plain' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
  await page.waitForFunction((count) => Number(document.body.dataset.batches ?? 0) > count, batches);
}

const storyOf = (page, member) => page.evaluate(async (m) =>
  (await window.wiredesk.desk.stories()).stories.find((s) => s.members.includes(m))?.id, member);

async function go(page, hash) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.waitForTimeout(200);
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

// How far the page reaches past the screen's right edge, in px (0: not at all).
// Against the layout width: a phone's innerWidth grows to fit what overflows.
const overflow = (page) => page.evaluate(() =>
  Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth);

async function clearLibrary(page) {
  await page.click(await page.isVisible('#menu-toggle') ? '#menu-toggle' : '#clear-library');
  if (await page.isVisible('#menu-toggle')) await page.click('#clear-library');
  await page.click('#clear-dialog button[value="clear"]');
  await page.waitForSelector('#empty-library:not([hidden])');
}

// name -> how to reach the screen from the story list.
function screens(stories) {
  return [
    ['stories', (page) => go(page, '')],
    ['story', (page) => go(page, `#/story/${stories.sample}`)],
    ['story-long-names', (page) => go(page, `#/story/${stories.long}`)],
    ['reader', async (page) => {
      await go(page, `#/article/${kRight}/1/0`);
      await page.check('#show-removed');
    }],
    ['compare', async (page) => {
      await go(page, `#/compare/${kLeft}/${kRight}`);
      await page.waitForSelector('.compare-host .wd-compare');
    }],
    ['no-match', async (page) => {
      await go(page, '');
      await page.fill('#story-search', 'zzqx');
    }],
    ['paste', async (page) => {
      await go(page, '');
      await page.fill('#story-search', '');
      if (await page.isVisible('#menu-toggle')) await page.click('#menu-toggle');
      await page.click('#open-paste');
    }],
  ];
}

for (const [device, options] of [['laptop', kLaptop], ['phone', kPhone]]) {
  test(`every screen on a ${device} (${options.viewport.width} px), light and dark${device === 'phone' ? ': none scrolls sideways' : ''}`, async () => {
    const { context, page, problems } = await openApp(options);
    // Two versions, so the story's timeline carries the long names too.
    await drop(page, [{ name: `${kLongName}.txt`, text: kLongText },
      { name: `${kLongName}-corrected.txt`, text: kLongText.replace('nine to four', 'nine to five') }]);
    const stories = { sample: await storyOf(page, kRight), long: await storyOf(page, kLongName) };
    const wide = [];
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      for (const [name, reach] of screens(stories)) {
        await reach(page);
        const file = `${name}-${options.viewport.width}-${colorScheme}.png`;
        await page.screenshot({ path: join(screenshots, file), fullPage: true });
        const past = await overflow(page);
        if (past > 0) wide.push(`${name} (${colorScheme}): ${past} px too wide`);
        // Closed again, so the next screen starts from the list.
        if (name === 'paste') await page.click('#paste-dialog button[value="cancel"]');
      }
      if (device === 'phone') {
        await go(page, '');
        await page.click('#menu-toggle');
        await page.screenshot({ path: join(screenshots, `menu-390-${colorScheme}.png`), fullPage: true });
        if (await overflow(page) > 0) wide.push(`menu (${colorScheme})`);
        await page.click('#menu-toggle');
      }
    }
    await clearLibrary(page);
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: join(screenshots, `empty-${options.viewport.width}-${colorScheme}.png`), fullPage: true });
      if (await overflow(page) > 0) wide.push(`empty (${colorScheme})`);
    }
    if (device === 'phone') assert.deepEqual(wide, [], 'screens wider than the phone');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('on a phone: actions behind a menu, the list is the page, a story is a screen with a way back', async () => {
  const { context, page, problems } = await openApp(kPhone);
  // The masthead is one row: the actions are folded, the Menu button shows them.
  assert.equal(await page.isVisible('#add-files'), false);
  assert.ok((await page.locator('.masthead').boundingBox()).height < 120, 'the masthead takes too much of the screen');
  await page.click('#menu-toggle');
  assert.equal(await page.getAttribute('#menu-toggle', 'aria-expanded'), 'true');
  for (const box of await page.$$eval('#library-actions button', (bs) => bs.map((b) => b.getBoundingClientRect().toJSON()))) {
    assert.ok(box.left >= 0 && box.right <= 390, `a menu button reaches past the screen: ${JSON.stringify(box)}`);
  }
  await page.click('#menu-toggle');
  assert.equal(await page.isVisible('#add-files'), false);

  // The list is the page, not a box scrolling inside it: every story is laid out in full.
  const list = await page.$eval('.stories', (nav) => ({ overflow: getComputedStyle(nav).overflowY, scroll: nav.scrollHeight, client: nav.clientHeight }));
  assert.equal(list.overflow, 'visible');
  assert.ok(list.scroll <= list.client + 1, JSON.stringify(list));
  assert.equal(await page.isVisible('#detail'), false, 'the list screen shows the story panel too');

  // A story: its own screen, the list hidden, and a way back to the story it came from.
  const story = await storyOf(page, kRight);
  await page.click(`#story-list [data-story="${story}"]`);
  await page.waitForSelector('.versions tbody tr');
  assert.equal(await page.isVisible('#story-list'), false);
  // Versions readable: each headline gets most of the width, not a word a line.
  const headline = await page.$eval('.versions tbody tr td:nth-child(2)', (td) => td.getBoundingClientRect().width);
  assert.ok(headline > 250, `a version's headline is ${headline} px wide`);
  await page.click('text=← All stories');
  await page.waitForSelector('#story-list:visible');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.story), story);

  // Compare: its own screen too.
  await go(page, `#/compare/${kLeft}/${kRight}`);
  await page.waitForSelector('.compare-host .wd-compare');
  assert.equal(await page.isVisible('#story-list'), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an empty library on a touch screen offers Add files and Paste, and never says drop', async () => {
  const { context, page, problems } = await openApp(kPhone);
  await clearLibrary(page);
  const shown = await page.evaluate(() => document.body.innerText);
  assert.doesNotMatch(shown, /drop/i);
  assert.ok(await page.isVisible('#empty-add-files'));
  await page.click('#empty-paste');
  assert.ok(await page.isVisible('#paste-dialog'));
  await page.click('#paste-dialog button[value="cancel"]');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the compare view steps through changes with n and p as soon as it opens', async () => {
  const { context, page, problems } = await openApp(kLaptop);
  const story = await storyOf(page, kRight);
  await go(page, `#/story/${story}`);
  await page.click('.versions a[href^="#/compare/"]');
  await page.waitForSelector('.compare-host .wd-compare__position');
  await page.keyboard.press('n');
  assert.match(await page.textContent('.wd-compare__position'), /^Change 1 of \d+$/);
  await page.keyboard.press('n');
  assert.match(await page.textContent('.wd-compare__position'), /^Change 2 of \d+$/);
  await page.keyboard.press('p');
  assert.match(await page.textContent('.wd-compare__position'), /^Change 1 of \d+$/);
  assert.deepEqual(problems, []);
  await context.close();
});
