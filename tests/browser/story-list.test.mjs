// What an editor reads in the story list and on a story's page: the page's
// own headline over a text copy's first line, only real dates, and versions
// told apart by source, file, language and date.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest } from './browser.mjs';

const app = appUnderTest({ before, after });
const openApp = () => app.openApp();

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

// Three stories written for the test: one page on alpha.example (May), one
// on zeta.example (January) with two text copies, and one in Vietnamese.
const kAlpha = ['The harbour board agreed on Monday to dredge the north channel before the autumn storms arrive.',
  'Pilots had warned that silt left by the spring floods made the channel unsafe for loaded grain ships.',
  'The work will be paid from the port fees collected this year, the board chairman told reporters.'];
const kZeta = ['The city museum will close its east wing for a year while the roof over the old galleries is replaced.',
  'Curators are moving the paintings to a storehouse outside the city, where restorers will clean several of them.',
  'Visitors can still see the coin collection and the maps, which hang in the west wing, the director said.'];
const kVietnamese = 'Thành phố sẽ mở thêm ba tuyến xe buýt mới vào tháng tới để giảm ùn tắc giao thông ở khu trung tâm.\n\n' +
  'Các tuyến mới nối bến xe phía tây với chợ lớn và bệnh viện, theo sở giao thông vận tải của thành phố.\n\n' +
  'Người dân có thể đi thử miễn phí trong tuần đầu tiên sau khi các tuyến xe buýt bắt đầu chạy.\n';
const pageOf = (title, site, date, body) => `<html lang="en"><head><title>${title}</title>
<meta property="article:published_time" content="${date}"><link rel="canonical" href="https://${site}/news/story"></head>
<body><article><h1>${title}</h1>${body.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

test('the list sorts by newest, most versions and source, narrows to a language, finds stories by their text, and says when nothing matches', async () => {
  const { context, page: tab, problems } = await openApp();
  await tab.click('#clear-library');
  await tab.click('#clear-dialog button[value="clear"]');
  await tab.waitForSelector('#empty-library:not([hidden])');
  await drop(tab, [
    { name: 'zeta.html', text: pageOf('Museum closes its east wing for a year', 'zeta.example', '2024-01-10T09:00:00Z', kZeta), type: 'text/html' },
    { name: 'zeta-copy-1.txt', text: `${kZeta.join('\n\n')}\n`, type: 'text/plain' },
    { name: 'zeta-copy-2.txt', text: `Museum closes east wing\n\n${kZeta.join('\n\n')}\n`, type: 'text/plain' },
    { name: 'alpha.html', text: pageOf('Harbour board will dredge the north channel', 'alpha.example', '2024-05-02T09:00:00Z', kAlpha), type: 'text/html' },
    { name: 'xe-buyt.txt', text: kVietnamese, type: 'text/plain' },
  ]);
  const alpha = await storyItem(tab, 'alpha');
  const zeta = await storyItem(tab, 'zeta');
  const order = async () => tab.$$eval('#story-list .story-item', (items) => items.map((i) => i.dataset.story));
  const ids = { alpha: await alpha.getAttribute('data-story'), zeta: await zeta.getAttribute('data-story') };
  assert.equal((await order()).length, 3);
  assert.match(await zeta.textContent(), /3 versions/);

  await tab.selectOption('#story-sort', 'newest');
  assert.deepEqual((await order()).slice(0, 2), [ids.alpha, ids.zeta]);
  await tab.selectOption('#story-sort', 'versions');
  assert.equal((await order())[0], ids.zeta);
  await tab.selectOption('#story-sort', 'source');
  assert.deepEqual((await order()).slice(0, 2), [ids.alpha, ids.zeta]);

  await tab.selectOption('#story-lang', 'vi');
  const vietnamese = await order();
  assert.equal(vietnamese.length, 1);
  assert.ok(!vietnamese.includes(ids.alpha) && !vietnamese.includes(ids.zeta));
  assert.match(await tab.textContent('#story-count'), /\(1 of 3\)/);
  await tab.selectOption('#story-lang', '');

  await tab.fill('#story-search', 'zzqx');
  assert.equal((await order()).length, 0);
  assert.ok(await tab.isVisible('#no-match'));
  assert.equal(await tab.textContent('#no-match'), 'No stories match “zzqx”.');
  await tab.fill('#story-search', 'museum');
  assert.deepEqual(await order(), [ids.zeta]);
  assert.equal(await tab.isVisible('#no-match'), false);
  // Words only the text holds, found by the desk: a second later the list has them.
  await tab.fill('#story-search', 'coin collection');
  await tab.waitForFunction((id) => [...document.querySelectorAll('#story-list .story-item')]
    .map((i) => i.dataset.story).join() === id, ids.zeta);
  await tab.fill('#story-search', 'BEN XE phia tay');
  await tab.waitForFunction(() => document.querySelectorAll('#story-list .story-item').length === 1 &&
    document.querySelector('#no-match').hidden);
  assert.ok(!(await order()).includes(ids.alpha) && !(await order()).includes(ids.zeta));
  assert.deepEqual(problems, []);
  await context.close();
});
