// The Desk class of the wasm module (web/gen/wiredesk-core.js), under node:
// JSON strings in and out, errors as values, never a throw.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const gen = join(root, 'web', 'gen');
const require = createRequire(import.meta.url);
const sample = (id) => ({ id, format: 'text', content: readFileSync(join(root, 'samples', `${id}.txt`), 'utf8') });

let core;
before(async () => {
  assert.ok(existsSync(join(gen, 'wiredesk-core.js')), 'web/gen/wiredesk-core.js is missing: run scripts/build');
  core = await require(join(gen, 'wiredesk-core.js'))({ wasmBinary: readFileSync(join(gen, 'wiredesk-core.wasm')) });
  assert.deepEqual(JSON.parse(core.loadIcuData(readFileSync(join(gen, 'icudt72l.dat')))), { ok: true });
  assert.deepEqual(JSON.parse(core.loadLanguageData(readFileSync(join(gen, 'cld2.dat')))), { ok: true });
});

test('a Desk merges the two copies of the Interpol story and splits them when one is removed', () => {
  const desk = new core.Desk();
  try {
    const ids = ['002_0c1e3a2815583ef3', '003_94858066e6bb5739', '004_1fbe4b0bd141bb0e'];
    const { results } = JSON.parse(desk.add(JSON.stringify(ids.map(sample))));
    assert.deepEqual(results.map((r) => r.id), ids);
    assert.ok(results.every((r) => !r.error && r.title && r.words > 100));
    let { stories } = JSON.parse(desk.stories());
    assert.equal(stories.length, 2);
    assert.deepEqual(stories[0].members, ['002_0c1e3a2815583ef3', '003_94858066e6bb5739']);
    assert.equal(stories[0].canonical, '003_94858066e6bb5739');
    assert.deepEqual(JSON.parse(desk.remove('["002_0c1e3a2815583ef3"]')), { removed: 1 });
    ({ stories } = JSON.parse(desk.stories()));
    assert.deepEqual(stories.map((s) => s.id), ['003_94858066e6bb5739', '004_1fbe4b0bd141bb0e']);
  } finally {
    desk.delete();
  }
});

test('a Desk answers bad requests with an error, not an exception', () => {
  const desk = new core.Desk();
  try {
    const first = (request) => JSON.parse(desk.add(request)).results[0];
    assert.ok(JSON.parse(desk.add('{"content": ')).error.message);
    assert.deepEqual(JSON.parse(desk.add('[]')), { results: [] });
    assert.ok(first(JSON.stringify({ id: 'x', content: '   ' })).error.message);
    assert.equal(first(JSON.stringify({ id: 'x', content: 'One line.' })).id, 'x');
    assert.equal(first(JSON.stringify({ id: 'x', content: 'One line.' })).error.message,
      'an article with id "x" is already on the desk');
    assert.deepEqual(JSON.parse(desk.remove('["nobody"]')), { removed: 0 });
    assert.ok(JSON.parse(desk.remove('nobody')).error.message);
    assert.ok(JSON.parse(desk.article('nobody')).error.message);
    assert.ok(JSON.parse(desk.summarize('{"ids": ["nobody"]}')).error.message);
    assert.ok(JSON.parse(desk.compare('{"left": "x"}')).error.message);
    assert.deepEqual(JSON.parse(desk.clear()), { ok: true });
    assert.deepEqual(JSON.parse(desk.stories()), { stories: [] });
  } finally {
    desk.delete();
  }
});
