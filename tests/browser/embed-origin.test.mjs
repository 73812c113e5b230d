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

// Opens the frame at `query` in the parent page, sends it documents, and
// returns the frame's state and text once it has settled.
async function frameAfterDocuments(query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(parent);
  await page.evaluate(async ({ frameUrl, documents }) => {
    const frame = document.createElement('iframe');
    frame.src = frameUrl;
    document.body.append(frame);
    await new Promise((resolve) => { frame.onload = resolve; });
    // No "ready" can be awaited from a frame that does not trust us: give
    // its module time to start listening, then send.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    frame.contentWindow.postMessage({ type: 'wiredesk:documents', documents }, '*');
  }, { frameUrl: `${server.url}embed.html${query}`, documents: kDocuments });
  const frame = page.frames().find((f) => f.url().includes('/embed.html'));
  await frame.waitForFunction(() => ['ready', 'error'].includes(document.getElementById('desk').dataset.state) &&
    document.getElementById('desk').shadowRoot.textContent.match(/flood|Wiredesk takes no messages/i), null, { timeout: 30000 });
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
  assert.match(shown.text, /Flood waters rose/);
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
