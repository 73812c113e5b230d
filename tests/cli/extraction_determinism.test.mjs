// HTML extraction depends on nothing but the page: every page of both
// extraction development sets, extracted twice in one process, gives the same
// article both times, and the same natively and in wasm. (Ranking candidates
// by their place in memory once made tied pages flip between runs and
// between engines.) Skips when the sets are absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = process.env.WIREDESK_SHARED_DATA || resolve(root, '..', 'shared', 'data');
const cli = join(root, 'build', 'native', 'wiredesk');

function extract(files, engine) {
  const result = spawnSync(cli, ['extract', ...files, '--engine', engine],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  assert.equal(result.error, undefined, `cannot run ${cli}: build it with scripts/build`);
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
}

for (const set of ['extraction-dev', 'extraction-wcxb-dev']) {
  const pages = join(shared, set, 'html');
  test(`every page of ${set} extracts the same twice in a run and on both engines`,
    { skip: !existsSync(pages) && `the scored set is not at ${pages}` }, () => {
      const work = mkdtempSync(join(tmpdir(), 'wiredesk-determinism-'));
      try {
        const files = [];
        for (const name of readdirSync(pages).filter((f) => f.endsWith('.html.gz')).sort()) {
          const html = gunzipSync(readFileSync(join(pages, name)));
          const id = name.replace(/\.html\.gz$/, '');
          for (const copy of ['first', 'second']) {
            files.push(join(work, `${id}.${copy}.html`));
            writeFileSync(files.at(-1), html);
          }
        }
        const withoutId = ({ id, ...article }) => JSON.stringify(article);
        const native = extract(files, 'native');
        const wasm = extract(files, 'wasm');
        assert.equal(native.length, files.length);
        for (let i = 0; i < native.length; i += 2) {
          assert.equal(withoutId(native[i + 1]), withoutId(native[i]), `${native[i].id}: a second extraction differs`);
          assert.equal(withoutId(wasm[i + 1]), withoutId(wasm[i]), `${wasm[i].id}: a second wasm extraction differs`);
          assert.equal(JSON.stringify(wasm[i]), JSON.stringify(native[i]), `${native[i].id}: native and wasm differ`);
        }
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
}
