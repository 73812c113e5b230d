// The app's first screen in real Chromium: paste an article, read back its sentences.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve, launch, screenshots } from './browser.mjs';

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
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(server.url);
  // Ready once the bundled sample has been split and the button is free.
  await page.waitForSelector('#split:not([disabled])');
  assert.ok((await page.$$('#sentences li')).length > 5, 'the sample article was not split on load');
  return { page, problems };
}

async function split(page, text) {
  await page.fill('#article', text);
  await page.click('#split');
  await page.waitForSelector('#status[data-kind="done"], #status[data-kind="error"]');
}

const article = [
  'Santiago (VNA) – Vietnam stands ready to enhance collaboration with countries and territories worldwide to combat high-tech crimes, Deputy Minister of Public Security Lt. Gen. Le Quy Vuong said on Oct. 15.',
  '',
  'The 88th INTERPOL General Assembly brought together some 900 representatives from 162 countries. “We will cooperate,” he said./.',
].join('\n');

test('a pasted article comes back as its sentences, paragraph by paragraph', async () => {
  const { page, problems } = await openApp();
  await split(page, article);
  const sentences = await page.$$eval('#sentences .sentence-text', (items) => items.map((i) => i.textContent));
  assert.deepEqual(sentences, [
    'Santiago (VNA) – Vietnam stands ready to enhance collaboration with countries and territories worldwide to combat high-tech crimes, Deputy Minister of Public Security Lt. Gen. Le Quy Vuong said on Oct. 15.',
    'The 88th INTERPOL General Assembly brought together some 900 representatives from 162 countries.',
    '“We will cooperate,” he said./.',
  ]);
  const paragraphs = await page.$$eval('#sentences .paragraph', (items) => items.map((i) => i.textContent));
  assert.deepEqual(paragraphs, ['¶1', '¶2', '¶2']);
  assert.match(await page.textContent('#token-counts'), /\d+ words, \d+ numbers, \d+ punctuation/);
  await page.screenshot({ path: join(screenshots, 'sentences.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test('markup in an article is shown as text and never runs', async () => {
  const { page, problems } = await openApp();
  await page.evaluate(() => { window.injected = false; });
  await split(page, 'Caption <img src=x onerror="window.injected=true"> here. <script>window.injected=true</script> Done.');
  const text = await page.textContent('#sentences');
  assert.ok(text.includes('<img src=x onerror="window.injected=true">'));
  assert.equal(await page.$$eval('#sentences img, #tokens img, #sentences script', (nodes) => nodes.length), 0);
  assert.equal(await page.evaluate(() => window.injected), false);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a blank article gets a message, not a result', async () => {
  const { page } = await openApp();
  await page.fill('#article', '   ');
  await page.click('#split');
  assert.equal(await page.textContent('#status'), 'Paste an article first.');
  await page.close();
});

test('the module API rejects a bad document with the core\'s message', async () => {
  const { page } = await openApp();
  const outcome = await page.evaluate(async () => {
    const { createWiredesk } = await import('./web/wiredesk.js');
    const desk = await createWiredesk();
    const results = await Promise.allSettled([
      desk.sentences({ id: 'n', content: 42 }),
      desk.sentences(''),
      desk.tokens('Hanoi, 2019.'),
    ]);
    desk.terminate();
    const afterTerminate = await desk.sentences('x').catch((error) => error.message);
    return { results: results.map((r) => r.reason?.message ?? r.value.tokens.length), afterTerminate };
  });
  assert.deepEqual(outcome, {
    results: ['document 0: "content" must be a string, not number', 'document is empty', 4],
    afterTerminate: 'Wiredesk was terminated',
  });
  await page.close();
});
