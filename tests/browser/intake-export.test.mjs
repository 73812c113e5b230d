// What comes into the app by Paste and by address, and what goes out as
// Markdown, in real Chromium: a pasted article keeps its last line, a fetch
// made offline names the lost connection, and an export leaves ordinary
// punctuation as the headline wrote it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { appUnderTest } from './browser.mjs';

const app = appUnderTest({ before, after });
const openApp = () => app.openApp();

// Pastes `text` through the Paste dialog and waits until the app has opened its story.
async function paste(page, text) {
  await page.evaluate(() => { document.querySelector('#status').dataset.kind = ''; });
  await page.click('#open-paste');
  await page.fill('#paste-text', text);
  await page.click('#paste-add');
  await page.waitForFunction(() => ['done', 'error'].includes(document.querySelector('#status').dataset.kind));
  await page.waitForFunction(() => location.hash.startsWith('#/story/pasted-'));
}

const pastedId = (page) => page.evaluate(async () =>
  (await window.wiredesk.desk.stories()).stories.flatMap((s) => s.members).find((id) => id.startsWith('pasted-')));

test('a pasted article of two paragraphs is read whole, its last line too', async () => {
  const { context, page, problems } = await openApp();
  await paste(page, 'Ferry services resume on the Mekong\n\n' +
    'Ferries between the two river towns sailed again on Monday after a week of high water, the port office said.\n' +
    'Passengers queued from dawn at both landings.');
  const id = await pastedId(page);
  assert.ok(id, 'the pasted article is not on the desk');
  await page.evaluate((hash) => { location.hash = hash; }, `#/article/${encodeURIComponent(id)}`);
  const reader = page.locator('article.reader');
  await reader.waitFor();
  assert.match(await reader.textContent(), /Passengers queued from dawn at both landings\./);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an address fetched while the device is offline is said to be unreachable offline, not refused by CORS', async () => {
  const { context, page } = await openApp();
  await context.setOffline(true);
  await page.evaluate(() => { document.querySelector('#status').dataset.kind = ''; });
  await page.click('#open-url');
  await page.fill('#url-text', `${app.server.url}samples/no-such-article.txt`);
  await page.click('#url-dialog button[value="fetch"]');
  await page.waitForFunction(() => document.querySelector('#status').dataset.kind === 'error');
  const status = await page.textContent('#status');
  assert.match(status, /could not be reached: this device is offline/);
  assert.doesNotMatch(status, /CORS/);
  await context.close();
});

test('the Markdown export keeps a headline\'s hyphens and plus signs as written', async () => {
  const { context, page, problems } = await openApp();
  await paste(page, 'Mayor re-elected as Disney+ prices rise 5%\n\n' +
    'The mayor was re-elected on Sunday with a clear majority, the election board said.\n\n' +
    'Subscribers of Disney+ will pay 5% more from next month, the company said.');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-markdown')]);
  const markdown = readFileSync(await download.path(), 'utf8');
  assert.match(markdown, /^## Mayor re-elected as Disney\+ prices rise 5%$/m);
  assert.doesNotMatch(markdown, /re\\-elected|Disney\\\+/);
  assert.deepEqual(problems, []);
  await context.close();
});
