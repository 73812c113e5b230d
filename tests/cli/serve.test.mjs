// The static server's command line (scripts/serve.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const serve = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scripts', 'serve.mjs');

test('--help prints the usage and exits without starting a server', () => {
  const run = spawnSync(process.execPath, [serve, '--help', '--port', '0'], { encoding: 'utf8', timeout: 10000 });
  assert.equal(run.signal, null, 'the server started and had to be killed');
  assert.equal(run.status, 0);
  assert.match(run.stdout, /^usage: node scripts\/serve\.mjs/);
  assert.doesNotMatch(run.stdout, /http:\/\//);
});
