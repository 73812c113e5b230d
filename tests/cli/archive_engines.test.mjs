// The archive's native steps (sketch, canonical, related) give byte-identical lines on both
// engines, so a cluster may run either build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'build', 'native', 'wiredesk');
const samples = readdirSync(join(root, 'samples')).filter((name) => name.endsWith('.txt')).sort()
  .map((name) => join('samples', name));

function bothEngines(args) {
  const run = (extra) => spawnSync(cli, [...args, ...extra], { cwd: root, encoding: 'buffer', maxBuffer: 64 << 20 });
  const native = run([]);
  const wasm = run(['--engine', 'wasm']);
  assert.equal(native.error, undefined, `cannot run ${cli}: build it with scripts/build`);
  assert.equal(wasm.status, native.status, `exit status differs: ${wasm.stderr}`);
  assert.ok(native.stdout.equals(wasm.stdout), 'stdout differs between engines');
  assert.ok(native.stderr.equals(wasm.stderr), `stderr differs:\n${native.stderr}\n---\n${wasm.stderr}`);
  return native;
}

test('sketch, canonical and related of the samples are identical on both engines', () => {
  const sketches = bothEngines(['sketch', ...samples]);
  assert.equal(sketches.status, 0);
  const records = sketches.stdout.toString().trim().split('\n').map((line) => JSON.parse(line));
  assert.equal(records.length, samples.length);
  const binary = bothEngines(['sketch', '--binary', ...samples]);
  assert.equal(binary.status, 0);
  // The binary records hold the JSON's numbers: the first record's shingle count is its own.
  assert.equal(binary.stdout.readUInt32LE(28), records[0].shingles.length);
  const dir = mkdtempSync(join(tmpdir(), 'wiredesk-archive-steps-'));
  try {
    const versions = records.map(({ text, metadata, level, shingles }) => ({ text, metadata, level, shingles }));
    writeFileSync(join(dir, 'stories.jsonl'), `${JSON.stringify({ versions })}\n${JSON.stringify({ versions: versions.slice(2, 4) })}\n`);
    writeFileSync(join(dir, 'terms.jsonl'), records.map(({ terms }) => JSON.stringify({ terms })).join('\n') + '\n');
    assert.equal(bothEngines(['canonical', join(dir, 'stories.jsonl')]).status, 0);
    const related = bothEngines(['related', join(dir, 'terms.jsonl')]);
    assert.ok(related.stdout.toString().includes('"related":[4'), 'the two meetings of one ambassador are related');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
