// A Desk of the wasm module refilled from article records: the same stories
// as adding the documents again, nothing read, bad records refused as values.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packOf } from '../../web/record-pack.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const gen = join(root, 'web', 'gen');
const require = createRequire(import.meta.url);
const sample = (id) => ({ id, format: 'text', content: readFileSync(join(root, 'samples', `${id}.txt`), 'utf8') });
const ids = ['000_6fdb084cdd6b2d10', '001_5f15ffd69aec10c2', '002_0c1e3a2815583ef3', '003_94858066e6bb5739',
  '004_1fbe4b0bd141bb0e'];

let core;
before(async () => {
  assert.ok(existsSync(join(gen, 'wiredesk-core.js')), 'web/gen/wiredesk-core.js is missing: run scripts/build');
  core = await require(join(gen, 'wiredesk-core.js'))({ wasmBinary: readFileSync(join(gen, 'wiredesk-core.wasm')) });
  assert.deepEqual(JSON.parse(core.loadIcuData(readFileSync(join(gen, 'icudt72l.dat')))), { ok: true });
  assert.deepEqual(JSON.parse(core.loadLanguageData(readFileSync(join(gen, 'cld2.dat')))), { ok: true });
});

function withDesk(body) {
  const desk = new core.Desk();
  try {
    return body(desk);
  } finally {
    desk.delete();
  }
}

const built = () => withDesk((desk) => {
  desk.add(JSON.stringify(ids.map(sample)));
  return { stories: JSON.parse(desk.stories()), records: ids.map((id) => desk.record(id, true)),
    index: ids.map((id) => desk.record(id, false)), pairs: ids.map((id) => desk.recordPair(id)),
    article: JSON.parse(desk.article('003_94858066e6bb5739')) };
});

test("an article's record pair holds its full record and its index record, as record() gives each", () => {
  const { records, index, pairs } = built();
  assert.deepEqual(pairs, records.map((full, i) => ({ full, index: index[i] })));
  withDesk((desk) => assert.match(desk.recordPair('nobody').error.message, /no article "nobody"/));
});

test('a Desk restored from its records gives exactly the stories of adding the documents', () => {
  const { stories, records, article } = built();
  assert.ok(records.every((r) => r instanceof Uint8Array && r.length > 500));
  withDesk((desk) => {
    for (const [i, record] of records.entries()) assert.deepEqual(JSON.parse(desk.restore(record)), { id: ids[i] });
    assert.deepEqual(JSON.parse(desk.stories()), stories);
    assert.deepEqual(JSON.parse(desk.article('003_94858066e6bb5739')), article);
  });
});

test('a damaged or foreign record is refused with a message and the desk is unchanged', () => {
  const { records } = built();
  withDesk((desk) => {
    const damaged = records[0].slice();
    damaged[damaged.length >> 1] ^= 0x40;
    assert.match(JSON.parse(desk.restore(damaged)).error.message, /^the stored record is damaged/);
    const foreign = records[0].slice();
    foreign[4] += 1;
    assert.match(JSON.parse(desk.restore(foreign)).error.message, /^the stored record was made by another version of the core/);
    assert.match(JSON.parse(desk.restore('not bytes')).error.message, /expects a Uint8Array/);
    assert.deepEqual(JSON.parse(desk.stories()), { stories: [] });
    assert.deepEqual(JSON.parse(desk.restore(records[0])), { id: ids[0] });
    assert.match(JSON.parse(desk.restore(records[0])).error.message, /already on the desk/);
    assert.match(desk.record('nobody', true).error.message, /no article "nobody"/);
  });
});

test('a Desk restored from one pack of records and its stories gives exactly the stories it came from', () => {
  const { stories, records } = built();
  withDesk((desk) => {
    assert.deepEqual(JSON.parse(desk.restorePack(packOf(records))), { restored: ids, refused: [] });
    assert.deepEqual(JSON.parse(desk.restoreStories(JSON.stringify(stories))), { ok: true });
    assert.deepEqual(JSON.parse(desk.stories()), stories);
  });
  withDesk((desk) => {
    desk.restorePack(packOf(records.slice(1)));
    assert.match(JSON.parse(desk.restoreStories(JSON.stringify(stories))).error.message, /not on the desk/);
    assert.match(JSON.parse(desk.restorePack('not bytes')).error.message, /expects a Uint8Array/);
  });
});

test('a Desk restored from index records reads an article once its texts are lent, until they are returned', () => {
  const { stories, records, index, article } = built();
  assert.ok(index.every((r, i) => r.length + 1000 < records[i].length), 'index records hold the texts');
  withDesk((desk) => {
    assert.deepEqual(JSON.parse(desk.restorePack(packOf(index))), { restored: ids, refused: [] });
    assert.deepEqual(JSON.parse(desk.restoreStories(JSON.stringify(stories))), { ok: true });
    assert.deepEqual(JSON.parse(desk.stories()), stories);
    const id = '003_94858066e6bb5739';
    assert.match(JSON.parse(desk.article(id)).error.message, /texts of article .* are not on the desk/);
    assert.deepEqual(JSON.parse(desk.textsNeeded(JSON.stringify({ read: [id] }))), { ids: [id] });
    assert.deepEqual(JSON.parse(desk.lendTexts(packOf([records[3]]))), { lent: 1 });
    assert.deepEqual(JSON.parse(desk.article(id)), article);
    assert.deepEqual(JSON.parse(desk.returnTexts()), { ok: true });
    assert.match(JSON.parse(desk.article(id)).error.message, /are not on the desk/);
    assert.match(JSON.parse(desk.lendTexts(packOf([index[3]]))).error.message, /holds no texts/);
  });
});
