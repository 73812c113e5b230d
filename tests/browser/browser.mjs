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

// The page's script errors and console errors, collected as they happen.
export function watch(page) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  return problems;
}
