// What an editor reads in the story list and on a story's page: the page's
// own headline over a text copy's first line, only real dates, and versions
// told apart by source, file, language and date.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, watch } from './browser.mjs';

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

async function openApp() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  return { context, page, problems };
}

async function drop(page, files) {
  const batches = Number(await page.getAttribute('body', 'data-batches') ?? 0);
  await page.evaluate(async (list) => {
    const transfer = new DataTransfer();
    for (const { name, text, type } of list) transfer.items.add(new File([text], name, { type }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
  await page.waitForFunction((count) => Number(document.body.dataset.batches ?? 0) > count, batches);
}

// The list item of the story that holds the article `member`.
async function storyItem(tab, member) {
  const id = await tab.evaluate(async (m) =>
    (await window.wiredesk.desk.stories()).stories.find((s) => s.members.includes(m))?.id, member);
  assert.ok(id, `no story holds ${member}`);
  return tab.locator(`#story-list [data-story="${id}"]`);
}

const kBody = [
  'The council of the river town voted on Tuesday evening to rebuild the old stone bridge, closed since floods cracked two of its arches in the spring.',
  'Engineers told the meeting that repairs would take eighteen months and cost about four million, most of it paid by a regional fund for flood damage.',
  'Shop owners on both banks said the detour had halved their trade, and several asked the council to open a temporary footbridge before the winter market.',
  'The mayor promised a decision on the footbridge within a month, after a survey of the riverbed by the same engineers who inspected the arches.',
];
const kHeadline = 'Town votes to rebuild its flooded bridge';
const page = `<html lang="en"><head><title>${kHeadline}</title>
<meta property="article:published_time" content="2024-05-14T18:30:00Z">
<link rel="canonical" href="https://www.example.org/news/bridge"></head>
<body><article><h1>${kHeadline}</h1>${kBody.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
// The same page copied as text: a sidebar's bullet first, a share count where the date goes.
const copy = `\u2022 Mayor of the river town\n\n858shares\n\n${kBody.join('\n\n')}\n`;

test('a page and its text copy are listed under the page headline, with only real dates', async () => {
  const { context, page: tab, problems } = await openApp();
  await drop(tab, [{ name: 'bridge-copy.txt', text: copy, type: 'text/plain' },
    { name: 'bridge.html', text: page, type: 'text/html' }]);
  const item = await storyItem(tab, 'bridge');
  assert.match(await item.textContent(), /2 versions/);
  assert.equal(await item.locator('.story-title').textContent(), kHeadline);
  assert.doesNotMatch(await tab.textContent('#story-list'), /858shares/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('versions are told apart by source, file name and language; key sentences name their source', async () => {
  const { context, page: tab, problems } = await openApp();
  await drop(tab, [{ name: 'bridge-copy.txt', text: copy, type: 'text/plain' },
    { name: 'bridge.html', text: page, type: 'text/html' }]);
  await (await storyItem(tab, 'bridge')).click();
  await tab.waitForSelector('.summary:not([aria-busy]) li');
  const rows = await tab.$$eval('.versions tbody tr', (trs) => trs.map((tr) => tr.textContent));
  assert.equal(rows.length, 2);
  assert.ok(rows.some((r) => r.includes('example.org') && r.includes('bridge.html')), rows.join('\n'));
  assert.ok(rows.some((r) => r.includes('bridge-copy.txt')), rows.join('\n'));
  const links = await tab.$$eval('.summary .source-link', (as) => as.map((a) => a.textContent));
  assert.ok(links.length > 0);
  for (const link of links) {
    assert.doesNotMatch(link, /[0-9a-f]{16,}/, 'a key sentence is named by a raw id');
    assert.match(link, /^(example\.org|bridge-copy\.txt), ¶\d+$/);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
