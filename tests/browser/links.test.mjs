// Article addresses in the reader, in real Chromium: a document's "url" and
// a page's canonical address become a link only when they are http(s), and
// every link out carries rel="noopener noreferrer".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, watch } from './browser.mjs';

const app = appUnderTest({ before, after });

const story = (place) => `Flood waters rose along the river in ${place} on Tuesday, officials said.\n\n` +
  `The city of ${place} opened three shelters for families from low-lying districts near the banks.`;

async function dropJson(page, name, documents) {
  const batches = Number(await page.getAttribute('body', 'data-batches') ?? 0);
  await page.evaluate(({ name, text }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name, { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, { name, text: JSON.stringify(documents) });
  await page.waitForFunction((before) => Number(document.body.dataset.batches ?? 0) > before, batches);
}

// The links out of the reader for article `id`.
async function readerLinks(page, id) {
  await page.goto(`${app.server.url}#/article/${id}`);
  await page.waitForSelector(`.reader .headline`);
  return page.$$eval('.reader a[href]:not([href^="#"])', (links) => links.map((a) => ({ href: a.getAttribute('href'), rel: a.rel })));
}

test('only http(s) addresses become links in the reader, each with rel="noopener noreferrer"', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(app.server.url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  await dropJson(page, 'addresses.json', [
    { id: 'script-url', format: 'text', url: 'javascript:alert(document.domain)', content: story('Hanoi') },
    { id: 'data-url', format: 'text', url: 'data:text/html,<script>alert(1)</script>', content: story('Hue') },
    { id: 'page-canonical', format: 'html', content: `<html><head><title>Flood in Vinh</title>
      <link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="javascript:alert(2)"></head>
      <body><article><p>${story('Vinh').replace('\n\n', '</p><p>')}</p></article></body></html>` },
    { id: 'web-url', format: 'text', url: 'https://news.example/flood-danang', content: story('Da Nang') },
  ]);
  for (const id of ['script-url', 'data-url', 'page-canonical']) {
    assert.deepEqual(await readerLinks(page, id), [], id);
  }
  assert.deepEqual(await readerLinks(page, 'web-url'), [{ href: 'https://news.example/flood-danang', rel: 'noopener noreferrer' }]);
  assert.deepEqual(problems, []);
  await context.close();
});
