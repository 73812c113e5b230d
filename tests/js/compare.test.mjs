// The wasm module's compare call, as the worker makes it (web/gen/wiredesk-core.js under node).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const gen = join(root, 'web', 'gen');
const require = createRequire(import.meta.url);
let core;

before(async () => {
  assert.ok(existsSync(join(gen, 'wiredesk-core.js')), 'web/gen/wiredesk-core.js is missing: run scripts/build');
  core = await require(join(gen, 'wiredesk-core.js'))({ wasmBinary: readFileSync(join(gen, 'wiredesk-core.wasm')) });
  assert.deepEqual(JSON.parse(core.loadIcuData(readFileSync(join(gen, 'icudt72l.dat')))), { ok: true });
  assert.deepEqual(JSON.parse(core.loadLanguageData(readFileSync(join(gen, 'cld2.dat')))), { ok: true });
});

const compare = (request) => JSON.parse(core.compare(JSON.stringify(request)));
const sample = (prefix) => readFileSync(join(root, 'samples', `${prefix}_${{ '002': '0c1e3a2815583ef3', '003': '94858066e6bb5739' }[prefix]}.txt`), 'utf8');

test('the two sample copies of one story differ in spacing in the body', () => {
  const { results } = compare({ left: { id: '002', content: sample('002') }, right: { id: '003', content: sample('003') } });
  const [c] = results;
  assert.equal(c.left.id, '002');
  assert.ok(c.stats.spacing >= 30);
  assert.equal(c.stats.added + c.stats.removed + c.stats.moved, 0);
  for (const row of c.rows.filter((r) => r.part === 'body')) {
    for (const word of row.words.filter((w) => w.op !== 'equal')) assert.equal(word.class, 'spacing');
  }
});

test('plain texts compared as they stand: a changed figure', () => {
  const { results } = compare({
    left: 'Some 900 representatives from 162 countries attended.',
    right: 'Some 950 representatives from 162 countries attended.',
    extract: false,
  });
  assert.equal(results[0].stats.number, 1);
  assert.deepEqual(results[0].changes[0], { class: 'number', row: 0, left: '900', right: '950' });
});

test('a bad request is an error value, not an exception', () => {
  assert.match(compare({ left: 'only one side' }).error.message, /"right"/);
  assert.match(JSON.parse(core.compare('{not json')).error.message, /JSON object/);
});
