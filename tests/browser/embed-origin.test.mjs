// The iframe's origin check, in real Chromium: "?origin=" with a trailing
// slash is the same origin, and a frame opened without it (or with another)
// says on its own screen why it takes no messages, instead of staying silent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch } from './browser.mjs';

let server;
let host;
let folder;
let parent;
let browser;
before(async () => {
  server = await serve();
  // The parent: a page of its own, on another origin (another server).
  folder = mkdtempSync(join(tmpdir(), 'wiredesk-parent-'));
  writeFileSync(join(folder, 'index.html'), '<!doctype html><title>parent</title>');
  host = await serve({ folder });
  parent = host.url.replace('localhost', '127.0.0.1');
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
  host?.stop();
  rmSync(folder, { recursive: true, force: true });
});

const kDocuments = [{ id: 'flood', format: 'text', content: 'Flood waters rose along the river on Tuesday, officials said.\n\n' +
  'The city opened three shelters for families from low-lying districts near the banks.' }];

// Opens the frame at `query` in the parent page, sends it documents once
// its element has started, and returns the frame's state and text once it
// has settled.
async function frameAfterDocuments(query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(parent);
  await page.evaluate((frameUrl) => {
    const frame = document.createElement('iframe');
    frame.src = frameUrl;
    document.body.append(frame);
  }, `${server.url}embed.html${query}`);
  let frame;
  while (!(frame = page.frames().find((f) => f.url().includes('/embed.html')))) await page.waitForTimeout(50);
  await frame.waitForFunction(() => ['ready', 'error'].includes(document.getElementById('desk')?.dataset.state), null, { timeout: 60000 });
  await page.evaluate((documents) => {
    document.querySelector('iframe').contentWindow.postMessage({ type: 'wiredesk:documents', documents }, '*');
  }, kDocuments);
  await frame.waitForFunction(() => document.getElementById('desk').shadowRoot.textContent
    .match(/Flood waters rose|three shelters|Wiredesk takes no messages/), null, { timeout: 60000 });
  const shown = await frame.evaluate(() => ({
    state: document.getElementById('desk').dataset.state,
    text: document.getElementById('desk').shadowRoot.textContent,
  }));
  await context.close();
  return shown;
}

test('an ?origin= with a trailing slash is the same origin: the frame takes the documents', async () => {
  const shown = await frameAfterDocuments(`?origin=${encodeURIComponent(parent)}`);
  assert.ok(parent.endsWith('/'));
  assert.equal(shown.state, 'ready', shown.text);
  assert.match(shown.text, /Flood waters rose|three shelters/);  // the story's title or lead
});

test('a frame opened without ?origin= says so on its screen, naming the parent\'s origin', async () => {
  const shown = await frameAfterDocuments('');
  assert.equal(shown.state, 'error');
  assert.match(shown.text, new RegExp(`Wiredesk takes no messages from ${parent.replace(/\/$/, '').replace(/\./g, '\\.')}: ` +
    'this frame was opened without \\?origin='));
});

test('a frame told to trust another origin says which one it trusts', async () => {
  const shown = await frameAfterDocuments(`?origin=${encodeURIComponent('https://dashboard.example/')}`);
  assert.equal(shown.state, 'error');
  assert.match(shown.text, /this frame trusts only https:\/\/dashboard\.example \(its \?origin=\)/);
});
