// The wasm core's heap has a ceiling. A document that needs more than is
// left must fail alone, with a message, and the rest of the batch go on: the
// CLI built with a 64 MB heap runs a 13 MB text out of memory beside a short one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const wasm = join(root, 'build', 'wasm');

test('a document that runs the wasm heap out of memory fails alone', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'wiredesk-memory-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const paragraph = 'The committee met on Monday to discuss the budget for the coming year. '.repeat(3);
  const big = join(dir, 'big.txt');
  writeFileSync(big, `Budget talks\n\n${`${paragraph}\n\n`.repeat(60000)}`);
  const small = join(dir, 'small.txt');
  writeFileSync(small, 'Talks end\n\nThe talks ended on Tuesday with an agreement on the budget.\n');
  const run = spawnSync('node', ['--no-experimental-fetch', join(wasm, 'wiredesk-cli-small-heap.js'),
    `--icu-data=${join(wasm, 'icudt72l.dat')}`, 'extract', big, small], { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(run.status, 1, run.stderr);
  const results = JSON.parse(run.stdout);
  assert.deepEqual(results.map((r) => r.id), ['small']);
  const errors = run.stderr.trim().split('\n').map((line) => JSON.parse(line).error);
  assert.equal(errors.length, 1);
  assert.ok(errors[0].file.endsWith('big.txt'));
  assert.match(errors[0].message, /^out of memory while reading this document/);
});
