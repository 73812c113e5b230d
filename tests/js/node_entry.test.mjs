// wiredesk/node: the module API in node, its core in a worker thread, giving
// what the page's worker gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWiredesk } from '../../web/node.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sample = (id) => ({ id, format: 'text', content: readFileSync(join(root, 'samples', `${id}.txt`), 'utf8') });

test('in node, a desk merges the samples into stories and searches their text', async () => {
  const wiredesk = await createWiredesk();
  try {
    const ids = ['000_6fdb084cdd6b2d10', '002_0c1e3a2815583ef3', '003_94858066e6bb5739'];
    const desk = await wiredesk.openDesk();
    const { added, failed } = await desk.add(ids.map(sample));
    assert.deepEqual(added.map((a) => a.id), ids);
    assert.deepEqual(failed, []);
    const { stories } = await desk.stories();
    assert.equal(stories.length, 2);
    assert.deepEqual(await desk.search('vienna'), ['000_6fdb084cdd6b2d10']);
    const article = await wiredesk.extract({ content: '<h1>Storm</h1><p>A storm hit the coast on Monday, officials said.</p>', format: 'html' });
    assert.equal(article.title, 'Storm');
  } finally {
    wiredesk.terminate();
  }
});

test('in node, a bad document is rejected with the core\'s message', async () => {
  const wiredesk = await createWiredesk();
  try {
    await assert.rejects(wiredesk.extract({ content: '   ' }), /./);
  } finally {
    wiredesk.terminate();
  }
});
