// The wasm module as JavaScript sees it (web/gen/wiredesk-core.js), under node.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const gen = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'gen');
const require = createRequire(import.meta.url);

async function newCore() {
  const factory = require(join(gen, 'wiredesk-core.js'));
  // Old emscripten fetches the .wasm by path in node, which fails: hand it the bytes.
  return factory({ wasmBinary: readFileSync(join(gen, 'wiredesk-core.wasm')) });
}

let core;
before(async () => {
  assert.ok(existsSync(join(gen, 'wiredesk-core.js')), 'web/gen/wiredesk-core.js is missing: run scripts/build');
  core = await newCore();
  assert.deepEqual(JSON.parse(core.loadIcuData(readFileSync(join(gen, 'icudt72l.dat')))), { ok: true });
  assert.deepEqual(JSON.parse(core.loadLanguageData(readFileSync(join(gen, 'cld2.dat')))), { ok: true });
});

const call = (method, request) => JSON.parse(core[method](JSON.stringify(request)));

test('abbreviations and dates do not split a sentence', () => {
  const { results } = call('sentences', {
    id: 'a',
    content: 'Mr. Smith met Dr. Jones in the U.S. on Oct. 15. He paid $3.5 million.',
  });
  assert.deepEqual(results[0].sentences.map((s) => s.text), [
    'Mr. Smith met Dr. Jones in the U.S. on Oct. 15.',
    'He paid $3.5 million.',
  ]);
  assert.equal(results[0].id, 'a');
});

test('byte offsets slice back to the sentence in Vietnamese text', () => {
  const content = 'Đại sứ Đặng Hoàng Giang phát biểu. Công ước được thông qua.';
  const { results } = call('sentences', { content });
  const bytes = Buffer.from(content, 'utf8');
  for (const sentence of results[0].sentences) {
    assert.equal(bytes.subarray(sentence.begin, sentence.end).toString('utf8'), sentence.text);
  }
  assert.equal(results[0].sentences.length, 2);
  assert.match(results[0].id, /^[0-9a-f]{16}$/);
});

test('tokens are words, numbers and punctuation', () => {
  const { results } = call('tokens', { content: 'He paid $3.5 million.' });
  assert.deepEqual(results[0].tokens.map((t) => [t.text, t.kind]), [
    ['He', 'word'], ['paid', 'word'], ['$', 'punctuation'], ['3.5', 'number'],
    ['million', 'word'], ['.', 'punctuation'],
  ]);
});

test('one bad document in a batch fails alone', () => {
  const { results } = call('sentences', [
    { id: 'one', content: 'First.' },
    { id: 'two', content: 42 },
    { id: 'three', content: 'Third.' },
  ]);
  assert.equal(results.length, 3);
  assert.equal(results[0].sentences[0].text, 'First.');
  assert.equal(results[1].error.message, 'document 1: "content" must be a string, not number');
  assert.equal(results[2].sentences[0].text, 'Third.');
});

test('a malformed request is an error message, not an exception', () => {
  const response = JSON.parse(core.sentences('{"content": '));
  assert.match(response.error.message, /^malformed JSON: /);
});

test('a lone surrogate from a JavaScript string is repaired with a warning', () => {
  const response = call('sentences', { content: 'Broken a\uD800b text.' });
  assert.equal(response.results[0].sentences[0].text, 'Broken a\uFFFDb text.');
  assert.deepEqual(response.warnings, ['1 unpaired UTF-16 surrogate in the JSON replaced with U+FFFD']);
});

test('ICU data that is not ICU data is refused with a message', async () => {
  const fresh = await newCore();
  const response = JSON.parse(fresh.loadIcuData(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])));
  assert.equal(response.error.message, 'not an ICU data file (bad header)');
  assert.match(JSON.parse(fresh.loadIcuData('not bytes')).error.message, /Uint8Array/);
});

test('an HTML page is extracted to its article, with what was removed and why', () => {
  const html = '<html><head><title>Talks open - Daily</title></head><body><nav><a href="/">Home</a></nav>' +
    '<article><h1>Talks open</h1><p>The two delegations met in Hanoi on Monday for the first round of talks, officials said.</p>' +
    '<figure><figcaption>Delegates arrive. (Photo: VNA)</figcaption></figure>' +
    '<p>A second round, expected to focus on trade, is planned for next year in Singapore, they added.</p></article></body></html>';
  const { results } = call('extract', { id: 'p', content: html });
  const article = results[0];
  assert.equal(article.title, 'Talks open');
  assert.equal(article.paragraphs.length, 2);
  assert.match(article.text, /^The two delegations met in Hanoi/);
  assert.ok(article.removed.some((r) => r.reason === 'photo caption'));
  assert.ok(article.removed.some((r) => r.reason === 'menu'));
});

test('the browser module extracts from 100,000 nested divs without exhausting its stack', () => {
  const paragraph = '<p>The two delegations met in Hanoi on Monday for the first round of talks, officials said.</p>';
  const html = '<html><body>' + '<div>'.repeat(100000) + '<article>' + paragraph + paragraph.replace('first', 'second') +
    '</article>' + '<b>'.repeat(100000) + '</body></html>';
  const { results } = call('extract', { id: 'deep', content: html });
  assert.match(results[0].text, /first round of talks/);
});

test('an extracted document carries the language the detector finds, once its data is loaded', async () => {
  const content = 'Prefeitura amplia linhas de ônibus noturnas\n\nA prefeitura anunciou nesta terça-feira '
    + 'que três novas linhas de ônibus noturnas vão ligar os polos industriais ao centro da cidade '
    + 'a partir do próximo mês, depois de meses de reclamações de trabalhadores do turno da noite.\n';
  const { results } = call('extract', { id: 'pt', format: 'text', content });
  assert.equal(results[0].lang, 'pt');
  // Without the tables the detector cannot tell: the worker loads them first.
  const bare = await newCore();
  assert.deepEqual(JSON.parse(bare.loadIcuData(readFileSync(join(gen, 'icudt72l.dat')))), { ok: true });
  assert.equal(JSON.parse(bare.extract(JSON.stringify({ id: 'pt', format: 'text', content }))).results[0].lang, 'und');
  assert.ok(JSON.parse(bare.loadLanguageData(new Uint8Array([1, 2, 3]))).error);
});
