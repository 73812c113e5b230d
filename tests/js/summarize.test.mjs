// The summarize entry of the wasm module (web/gen/wiredesk-core.js), under node.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const gen = join(root, 'web', 'gen');
const require = createRequire(import.meta.url);
const sample = (name) => readFileSync(join(root, 'samples', name), 'utf8');

let core;
before(async () => {
  assert.ok(existsSync(join(gen, 'wiredesk-core.js')), 'web/gen/wiredesk-core.js is missing: run scripts/build');
  core = await require(join(gen, 'wiredesk-core.js'))({ wasmBinary: readFileSync(join(gen, 'wiredesk-core.wasm')) });
  assert.deepEqual(JSON.parse(core.loadIcuData(readFileSync(join(gen, 'icudt72l.dat')))), { ok: true });
  assert.deepEqual(JSON.parse(core.loadLanguageData(readFileSync(join(gen, 'cld2.dat')))), { ok: true });
});

const summarize = (request) => JSON.parse(core.summarize(JSON.stringify(request)));

test('a summary carries its sentences in reading order with their places, and keywords', () => {
  const { results } = summarize({
    documents: { id: 'interpol', content: sample('003_94858066e6bb5739.txt') },
    options: { sentences: 3, keywords: 5 },
  });
  const [summary] = results;
  assert.equal(summary.id, 'interpol');
  assert.equal(summary.sentences.length, 3);
  assert.match(summary.sentences[0].text, /^Vietnam stands ready to enhance collaboration/);
  for (const s of summary.sentences) {
    assert.deepEqual(Object.keys(s), ['text', 'score', 'paragraph', 'sentence']);
    assert.ok(s.score > 0 && s.score <= 1);
  }
  assert.equal(summary.keywords.length, 5);
  assert.deepEqual(Object.keys(summary.keywords[0]), ['term', 'score']);
});

test('a story summary names the version each sentence comes from', () => {
  const { results } = summarize({
    documents: [
      { id: 'damaged', content: sample('002_0c1e3a2815583ef3.txt') },
      { id: 'clean', content: sample('003_94858066e6bb5739.txt') },
    ],
    options: { story: true, ratio: 0.3 },
  });
  assert.equal(results.length, 1);
  assert.equal(results[0].id, 'damaged+clean');
  for (const s of results[0].sentences) {
    assert.ok(['damaged', 'clean'].includes(s.article));
    assert.equal(s.support, 2);
  }
});

test('bad options and bad requests are errors with a message, never a throw', () => {
  assert.match(summarize({ documents: { content: 'x' }, options: { sentences: 2, chars: 100 } }).error.message, /one of/);
  assert.match(summarize({ documents: { content: 'x' }, options: { ratio: 2 } }).error.message, /ratio/);
  assert.match(summarize({ documents: { content: 'x' }, options: { colour: 'red' } }).error.message, /unknown option/);
  assert.match(JSON.parse(core.summarize('{not json')).error.message, /not valid JSON/);
  const { results } = summarize({ documents: { id: 'blank', content: '   ' } });
  assert.equal(results[0].id, 'blank');
  assert.ok(results[0].error.message);
});
