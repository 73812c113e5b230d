// Shared set-up for the browser tests: the app served by scripts/serve.mjs
// on a free port, and Debian's Chromium driven by playwright-core.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const screenshots = join(root, 'build', 'screenshots');
// The scored data sets live beside the repository, never in it.
export const sharedData = process.env.WIREDESK_SHARED_DATA || join(root, '..', 'shared', 'data');
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

// Resolves once the server has exited, so "offline" is offline.
function stop(server) {
  return new Promise((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) {
      resolve();
      return;
    }
    server.once('exit', () => resolve());
    server.kill();
  });
}

// Starts the static server (on the repository, or on `folder`); resolves with
// {url, stop}; stop() resolves once it has exited.
export function serve({ folder } = {}) {
  return new Promise((resolve, reject) => {
    const args = [join(root, 'scripts', 'serve.mjs'), '--port', '0', ...(folder ? ['--root', folder] : [])];
    const server = spawn(process.execPath, args, {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    server.on('error', reject);
    server.on('exit', (code) => reject(new Error(`the server exited with ${code}`)));
    server.stdout.setEncoding('utf8');
    server.stdout.on('data', (text) => {
      const match = text.match(/http:\/\/\S+\//);
      if (match) resolve({ url: match[0], stop: () => stop(server) });
    });
  });
}

const options = {
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
};

function check() {
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium is not at ${executablePath}: run scripts/setup (or set CHROMIUM)`);
  }
  mkdirSync(screenshots, { recursive: true });
}

export async function launch() {
  check();
  return chromium.launch(options);
}

// A browser with a profile on disk, as a user's is: what installability
// needs (Chromium won't install apps from an incognito profile).
export async function launchWithProfile(folder) {
  check();
  return chromium.launchPersistentContext(folder, options);
}

// The app served and a browser launched for one test file, both stopped
// after its tests (give it node:test's `before` and `after`). Its
// `openApp()` opens the app in a fresh profile and waits until it is ready.
export function appUnderTest({ before, after }) {
  const session = {};
  before(async () => {
    session.server = await serve();
    session.browser = await launch();
  });
  after(async () => {
    await session.browser?.close();
    session.server?.stop();
  });
  session.openApp = async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(session.server.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
    return { context, page, problems };
  };
  return session;
}

// The page's script errors and console errors, collected as they happen.
export function watch(page) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  return problems;
}

// Distinct made-up articles: words from a seeded generator, so no two share
// enough to be merged into one story.
export function madeUpArticles(count, seed) {
  let state = seed;
  const next = () => {  // mulberry32
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
  const word = () => Array.from({ length: 3 + (next() % 6) }, () => 'abcdefghijklmnoprstuvy'[next() % 22]).join('');
  const sentence = () => {
    const words = Array.from({ length: 12 }, word);
    return `${words[0][0].toUpperCase()}${words.join(' ').slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 3 }, sentence).join(' ');
  return Array.from({ length: count }, (_, i) => ({
    name: `wire-${i + 1}.txt`,
    text: `${sentence()}\n\n${paragraph()}\n\n${paragraph()}\n\n${paragraph()}\n`,
  }));
}

// Drops the files on the page without waiting for the batch.
export function startDrop(page, files) {
  return page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const { name, text } of list) transfer.items.add(new File([text], name, { type: 'text/plain' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
}

// The ids of the documents in the page's library (IndexedDB).
export const libraryIds = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const open = indexedDB.open('wiredesk');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const all = open.result.transaction('documents').objectStore('documents').getAllKeys();
    all.onsuccess = () => {
      open.result.close();
      resolve(all.result);
    };
  };
}));
