// One document, one article: the command line, the wasm module's one-off
// `extract` and its Desk all read a document through the same intake, so
// they give the same article, the sender's url and date and every warning
// included.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const gen = join(root, 'web', 'gen');
const cli = join(root, 'build', 'native', 'wiredesk');
const require = createRequire(import.meta.url);

let core;
before(async () => {
  assert.ok(existsSync(join(gen, 'wiredesk-core.js')), 'web/gen/wiredesk-core.js is missing: run scripts/build');
  core = await require(join(gen, 'wiredesk-core.js'))({ wasmBinary: readFileSync(join(gen, 'wiredesk-core.wasm')) });
  assert.deepEqual(JSON.parse(core.loadIcuData(readFileSync(join(gen, 'icudt72l.dat')))), { ok: true });
  // As the worker does before reading a document, and as the CLI does.
  assert.deepEqual(JSON.parse(core.loadLanguageData(readFileSync(join(gen, 'cld2.dat')))), { ok: true });
});

// A wire copy that opens with a sentence, not a headline, so extraction warns.
const documentSent = {
  id: 'wire-7',
  source: 'VNA',
  url: 'https://example.org/talks',
  published: '2025-03-02',
  format: 'text',
  content: 'The two delegations ended three days of talks in Hanoi on Monday with a joint statement on trade and fisheries.\n\n' +
    'They agreed to meet again in the spring, the statement said, and to set up a working group on port fees before then.\n\n' +
    'Officials from both sides described the talks as frank and useful, and said the working group would report to ministers by the end of the year.\n',
};

function fromCli(engine) {
  const result = spawnSync(cli, ['extract', '--engine', engine, '-'],
    { cwd: root, input: JSON.stringify(documentSent), encoding: 'utf8' });
  assert.equal(result.error, undefined, `cannot run ${cli}: build it with scripts/build`);
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout)[0];
}

test('the CLI, the one-off extract and the Desk give the same article for one document', () => {
  const oneOff = JSON.parse(core.extract(JSON.stringify(documentSent))).results[0];
  const desk = new core.Desk();
  let kept;
  try {
    assert.equal(JSON.parse(desk.add(JSON.stringify(documentSent))).results[0].id, 'wire-7');
    kept = JSON.parse(desk.article('wire-7'));
  } finally {
    desk.delete();
  }
  assert.equal(oneOff.paragraphs.length, 3);
  assert.equal(oneOff.url, 'https://example.org/talks');
  assert.equal(oneOff.published, '2025-03-02');
  assert.deepEqual(oneOff.warnings, ['no headline found at the top of the text']);
  assert.deepEqual(kept, oneOff);
  assert.deepEqual(fromCli('native'), oneOff);
  assert.deepEqual(fromCli('wasm'), oneOff);
});
