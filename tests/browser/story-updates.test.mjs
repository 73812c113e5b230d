// A developing story in real Chromium: versions arrive one after another
// while the reader opens the story between arrivals. The story view shows
// the timeline (publication order, each version's source, date and what it
// changed), the list marks what arrived since the story was last opened,
// that memory survives a reload and goes with a cleared library, and
// <wire-desk view="story" updates> shows the same timeline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { appUnderTest, watch, screenshots } from './browser.mjs';

const app = appUnderTest({ before, after });

const kOpening = [
  'Heavy rain from the storm flooded the lower town overnight and left 20 people dead, the provincial rescue office said on Tuesday morning.',
  'Rescue teams in boats moved more than four thousand residents to schools and temples on higher ground before the river crested at dawn.',
  'The weather office expects the rain to ease by Wednesday, but warned that landslides remain likely on the hills above the valley roads.',
  'Power lines were cut in three districts, and the provincial hospital ran on its own generators for most of the night.',
];
// Each later version: the number changes, a sentence is added (with
// markup-looking text that must stay text), then a sentence is removed.
const kLater = [
  kOpening[0].replace('20 people', '25 people'),
  kOpening[1],
  'Schools will stay <b>closed</b> until Friday, the provincial education office said.',
  kOpening[2],
  kOpening[3],
];
const kLatest = [kLater[0], kLater[1], kLater[2], kLater[4]];

function page(headline, paragraphs, published, site) {
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<html lang="en"><head><title>${headline}</title>
<meta property="article:published_time" content="${published}">
<link rel="canonical" href="https://www.${site}/news/storm"></head>
<body><article><h1>${headline}</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</article></body></html>`;
}
const first = { name: 'storm-0900.html', text: page('Storm floods the lower town', kOpening, '2024-03-05T09:00:00Z', 'example.org') };
const second = { name: 'storm-1130.html', text: page('Storm kills 25 in the lower town', kLater, '2024-03-05T11:30:00Z', 'example.net') };
// Arrives last, but was published between the two.
const third = { name: 'storm-1015.html', text: page('Storm kills 25 in the lower town', kLatest, '2024-03-05T10:15:00Z', 'example.com') };

async function openApp(context) {
  const tab = await context.newPage();
  const problems = watch(tab);
  await tab.goto(app.server.url);
  await tab.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  return { tab, problems };
}

async function drop(tab, files) {
  const batches = Number(await tab.getAttribute('body', 'data-batches') ?? 0);
  await tab.evaluate(async (list) => {
    const transfer = new DataTransfer();
    for (const { name, text } of list) transfer.items.add(new File([text], name, { type: 'text/html' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
  await tab.waitForFunction((count) => Number(document.body.dataset.batches ?? 0) > count, batches);
}

async function stormItem(tab) {
  const id = await tab.evaluate(async () =>
    (await window.wiredesk.desk.stories()).stories.find((s) => s.members.includes('storm-0900'))?.id);
  assert.ok(id, 'no story holds the first version');
  return tab.locator(`#story-list [data-story="${id}"]`);
}

// Opens the story and waits until its summary and (for several versions) its timeline are in.
async function openStorm(tab, versions) {
  await (await stormItem(tab)).click();
  await tab.waitForSelector('.summary:not([aria-busy]) li');
  if (versions > 1) await tab.waitForSelector(`section[aria-labelledby="timeline-heading"] .timeline > li:nth-child(${versions})`);
}

const goHome = (tab) => tab.evaluate(() => { location.hash = ''; });
const timelineOf = (tab, selector) => tab.$$eval(`${selector} .timeline > li`, (items) => items.map((li) => ({
  id: li.dataset.version,
  head: li.querySelector('.version-head').textContent,
  isNew: li.classList.contains('is-new'),
  changes: [...li.querySelectorAll('.changes li')].map((c) => ({ class: c.dataset.class, text: c.textContent })),
})));

test('versions arriving one after another: the list marks what is new since it was read, the story opens on it', async () => {
  const context = await app.browser.newContext();
  const { tab, problems } = await openApp(context);

  await drop(tab, [first]);
  await openStorm(tab, 1);
  assert.equal(await tab.locator('.since-read').isVisible(), false, 'a first reading showed "new since you read it"');
  await goHome(tab);

  await drop(tab, [second]);
  const item = await stormItem(tab);
  assert.match(await item.locator('.new-mark').textContent(), /1 new version since you read it/);

  await openStorm(tab, 2);
  const since = await timelineOf(tab, '.since-read');
  assert.deepEqual(since.map((v) => v.id), ['storm-1130']);
  assert.ok(since[0].isNew);
  const classes = since[0].changes.map((c) => c.class);
  assert.ok(classes.includes('headline'), JSON.stringify(since[0].changes));
  assert.ok(since[0].changes.some((c) => c.class === 'number' && /20 → 25/.test(c.text)), JSON.stringify(since[0].changes));
  // The added sentence is shown as text: its "<b>" is not markup.
  const added = since[0].changes.find((c) => c.class === 'added');
  assert.match(added?.text ?? '', /Schools will stay <b>closed<\/b>/);
  assert.equal(await tab.locator('.since-read .changes b').count(), 0);
  // What's new comes before the key sentences.
  assert.match(await tab.textContent('section[aria-labelledby="whats-new-heading"]'), /Schools will stay/);
  const order = await tab.$$eval('.story section', (sections) => sections.filter((s) => !s.hidden).map((s) => s.getAttribute('aria-labelledby')));
  assert.ok(order.indexOf('whats-new-heading') < order.indexOf('summary-heading'), order.join());

  const timeline = await timelineOf(tab, 'section[aria-labelledby="timeline-heading"]');
  assert.deepEqual(timeline.map((v) => v.id), ['storm-0900', 'storm-1130']);
  assert.match(timeline[0].head, /example\.org/);
  assert.match(timeline[1].head, /example\.net/);
  assert.match(timeline[1].head, /2024/);
  await tab.screenshot({ path: join(screenshots, 'story-updates.png'), fullPage: true });

  // Opened: the mark is gone from the list.
  assert.equal(await (await stormItem(tab)).locator('.new-mark').count(), 0);
  // The comparison with the version before is reached from the keyboard.
  await tab.locator('section[aria-labelledby="timeline-heading"] .version-compare a').first().focus();
  await tab.keyboard.press('Enter');
  await tab.waitForFunction(() => location.hash.startsWith('#/compare/storm-0900/storm-1130'));

  // A third version, published between the two, arrives; the mark survives a reload.
  await goHome(tab);
  await drop(tab, [third]);
  await tab.reload();
  await tab.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  await tab.waitForFunction(() => document.querySelector('#story-list .new-mark'));
  assert.match(await (await stormItem(tab)).locator('.new-mark').textContent(), /1 new version since you read it/);
  await openStorm(tab, 3);
  const ordered = await timelineOf(tab, 'section[aria-labelledby="timeline-heading"]');
  assert.deepEqual(ordered.map((v) => v.id), ['storm-0900', 'storm-1015', 'storm-1130']);
  assert.deepEqual(ordered.map((v) => v.isNew), [false, true, false]);
  const sinceThird = await timelineOf(tab, '.since-read');
  assert.deepEqual(sinceThird.map((v) => v.id), ['storm-1015']);

  // Clearing the library forgets what was read.
  await tab.click('#clear-library');
  await tab.click('#clear-dialog button[value="clear"]');
  await tab.waitForFunction(() => document.querySelectorAll('#story-list li').length === 0);
  const stored = await tab.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('wiredesk');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction('settings').objectStore('settings').get('readVersions');
      get.onsuccess = () => resolve(get.result);
      get.onerror = () => reject(get.error);
    };
  }));
  assert.deepEqual(stored, {});
  assert.deepEqual(problems, []);
  await context.close();
});

test('the two sample copies with words run together: the story says in one line that nothing changed', async () => {
  const context = await app.browser.newContext();
  const { tab, problems } = await openApp(context);
  const id = await tab.evaluate(async () =>
    (await window.wiredesk.desk.stories()).stories.find((s) => s.members.length === 2)?.id);
  await tab.locator(`#story-list [data-story="${id}"]`).click();
  await tab.waitForSelector('section[aria-labelledby="timeline-heading"] .timeline > li:nth-child(2)');
  assert.match(await tab.textContent('.no-substantive'), /No version changes what the story says/);
  const timeline = await timelineOf(tab, 'section[aria-labelledby="timeline-heading"]');
  assert.deepEqual(timeline[1].changes.map((c) => c.class), ['cosmetic']);
  assert.match(timeline[1].changes[0].text, /no substantive change \(only spacing changed\)/);
  assert.equal(await tab.locator('section[aria-labelledby="whats-new-heading"]').isVisible(), false);
  assert.match(await tab.textContent('.versions'), /same text, words run together/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('<wire-desk view="story" updates> shows what changed, version by version', async () => {
  const context = await app.browser.newContext();
  const tab = await context.newPage();
  const problems = watch(tab);
  await tab.goto(`${app.server.url}embed.html`);
  await tab.waitForFunction(() => customElements.get('wire-desk'));
  await tab.evaluate(([a, b]) => {
    const view = document.createElement('wire-desk');
    view.id = 'updates-view';
    view.setAttribute('view', 'story');
    view.setAttribute('updates', '');
    view.documents = [
      { id: 'later', source: 'Outlet B', published: '2024-03-05T11:30:00Z', format: 'html', content: b },
      { id: 'earlier', source: 'Outlet A', published: '2024-03-05T09:00:00Z', format: 'html', content: a },
    ];
    document.body.append(view);
  }, [first.text, second.text]);
  await tab.waitForFunction(() => document.getElementById('updates-view')?.dataset.state === 'ready', null, { timeout: 30000 });
  const view = tab.locator('#updates-view');
  const versions = view.locator('.timeline > li');
  assert.equal(await versions.count(), 2);
  assert.equal(await versions.nth(0).getAttribute('data-version'), 'earlier');
  assert.match(await versions.nth(0).textContent(), /Outlet A/);
  assert.match(await versions.nth(1).textContent(), /Outlet B/);
  assert.match(await versions.nth(1).locator('.changes').textContent(), /20 → 25/);
  assert.match(await view.locator('.whats-new').textContent(), /Schools will stay/);
  // Without the attribute, the story view has no timeline.
  await tab.evaluate(() => document.getElementById('updates-view').removeAttribute('updates'));
  await tab.waitForFunction(() => !document.getElementById('updates-view').shadowRoot.querySelector('.timeline'));
  assert.deepEqual(problems, []);
  await context.close();
});
