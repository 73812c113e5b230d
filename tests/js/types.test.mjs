// The package's .d.ts files held against the code they describe: each module
// exports what its types declare, the API objects have exactly the declared
// methods, and every call answers with the declared shape: no field missing,
// none undeclared. (tsc in scripts/lint checks callers against the types;
// this checks the types against the module, run in node.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, declarations, valueExportsOf } from './declared_shapes.mjs';
import { createWiredesk } from '../../web/node.js';
import { packOf } from '../../web/record-pack.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const at = (path) => join(root, path);
const types = declarations(['web/wiredesk.d.ts', 'web/compare-view.d.ts'].map(at));
const sample = (id) => ({ id, format: 'text', content: readFileSync(at(`samples/${id}.txt`), 'utf8') });
const copies = ['002_0c1e3a2815583ef3', '003_94858066e6bb5739'];

test('each entry of package.json points its types at the declarations of its own module', () => {
  const { exports } = JSON.parse(readFileSync(at('package.json'), 'utf8'));
  for (const [entry, target] of Object.entries(exports)) {
    if (typeof target === 'string') continue;
    assert.equal(target.types, target.default.replace(/\.js$/, '.d.ts'), entry);
    assert.deepEqual(valueExportsOf(at(target.types)), valueExportsOf(at(target.default)), `${entry}: exports of ${target.default}`);
  }
});

test('a Wiredesk and a desk have exactly the methods their interfaces declare', async () => {
  const wiredesk = await createWiredesk();
  try {
    const methodsOf = (object) => Object.keys(object).filter((key) => typeof object[key] === 'function').sort();
    assert.deepEqual(methodsOf(wiredesk), types.methods('Wiredesk'));
    assert.deepEqual(methodsOf(await wiredesk.openDesk()), types.methods('Desk'));
  } finally {
    wiredesk.terminate();
  }
});

// Calls `method` of `object` (declared in `face`) and holds its answer to the declared return type.
async function answersAsDeclared(face, object, method, ...args) {
  const answer = await object[method](...args);
  assert.deepEqual(check(answer, types.returnOf(face, method), `${face}.${method}()`), []);
  return answer;
}

test('every one-off call answers with the shape wiredesk.d.ts declares', async () => {
  const wiredesk = await createWiredesk();
  try {
    const html = { id: 'page', format: 'html', content: '<title>Storm</title><h1>Storm hits coast</h1><p>A storm hit the coast on Monday, officials said. Roads closed.</p><ul><li>Ferries stopped.</li></ul>' };
    await answersAsDeclared('Wiredesk', wiredesk, 'extract', html);
    await answersAsDeclared('Wiredesk', wiredesk, 'sentences', 'One sentence. And two.');
    await answersAsDeclared('Wiredesk', wiredesk, 'tokens', 'Prices rose 5% on Monday.');
    await answersAsDeclared('Wiredesk', wiredesk, 'summarize', sample(copies[0]), { sentences: 2 });
    await answersAsDeclared('Wiredesk', wiredesk, 'summarize', copies.map(sample), { story: true, sentences: 2 });
    await answersAsDeclared('Wiredesk', wiredesk, 'compare', sample(copies[0]), sample(copies[1]));
    await answersAsDeclared('Wiredesk', wiredesk, 'updates', copies.map(sample));
    await answersAsDeclared('Wiredesk', wiredesk, 'memory');
    assert.equal(typeof wiredesk.version(), 'string');
    assert.equal(typeof wiredesk.build(), 'string');
  } finally {
    wiredesk.terminate();
  }
});

test('every desk call answers with the shape wiredesk.d.ts declares', async () => {
  const wiredesk = await createWiredesk();
  try {
    const desk = await wiredesk.openDesk();
    const ids = readdirSync(at('samples')).filter((name) => name.endsWith('.txt')).map((name) => name.slice(0, -4));
    const added = await answersAsDeclared('Desk', desk, 'add', [...ids.map(sample), { id: 'empty', content: '  ' }]);
    assert.equal(added.failed.length, 1, 'the empty document was not refused');
    const { stories } = await answersAsDeclared('Desk', desk, 'stories');
    const story = stories.find((s) => s.members.length > 1);
    assert.ok(story, 'no story of two copies');
    await answersAsDeclared('Desk', desk, 'article', story.canonical);
    await answersAsDeclared('Desk', desk, 'storySummary', story.members, { sentences: 3, keywords: 4 });
    await answersAsDeclared('Desk', desk, 'compareArticles', ...story.members.slice(0, 2));
    await answersAsDeclared('Desk', desk, 'storyUpdates', story.members);
    await answersAsDeclared('Desk', desk, 'search', 'vienna');
    const records = await answersAsDeclared('Desk', desk, 'records', [...ids, 'no-such-id']);

    const again = await wiredesk.openDesk();
    await answersAsDeclared('Desk', again, 'restore', records.slice(0, 1));
    const third = await wiredesk.openDesk();
    await answersAsDeclared('Desk', third, 'restorePacks', [packOf(records.slice(0, ids.length))], { stories });
  } finally {
    wiredesk.terminate();
  }
});
