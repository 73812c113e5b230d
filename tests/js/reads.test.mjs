// What the reader has read (web/app/reads.js), under node with a library
// kept in memory: a story opened once marks the versions that arrive after;
// a story never opened marks nothing; a story renamed by a late copy keeps
// what was read; clearing forgets; the export names the versions read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openReads } from '../../web/app/reads.js';
import { storiesWithSummaries } from '../../web/app/export.js';

function memoryLibrary() {
  const settings = new Map();
  return {
    async setting(key, fallback) { return settings.has(key) ? structuredClone(settings.get(key)) : fallback; },
    async setSetting(key, value) { settings.set(key, structuredClone(value)); },
  };
}

test('versions that arrive after a story was opened are unread; opening it again reads them', async () => {
  const reads = await openReads(memoryLibrary());
  const story = { id: 'a', members: ['a'] };
  assert.deepEqual([...reads.unreadOf(story)], [], 'a story never opened has nothing "new since read"');
  await reads.markRead(story);
  const grown = { id: 'a', members: ['a', 'b', 'c'] };
  assert.deepEqual([...reads.unreadOf(grown)], ['b', 'c']);
  await reads.markRead(grown);
  assert.deepEqual([...reads.unreadOf(grown)], []);
});

test('what was read survives reopening the library and a story renamed by an earlier copy', async () => {
  const library = memoryLibrary();
  await (await openReads(library)).markRead({ id: 'b', members: ['b', 'c'] });
  const reads = await openReads(library);
  // A copy dated earlier arrived: the story is now named after it.
  const renamed = { id: 'a', members: ['a', 'b', 'c'] };
  assert.deepEqual([...reads.unreadOf(renamed)], ['a']);
  await reads.markRead(renamed);
  assert.deepEqual(Object.keys(reads.all()), ['a'], 'the old record was not folded into the new one');
});

test('clearing forgets every story read', async () => {
  const reads = await openReads(memoryLibrary());
  await reads.markRead({ id: 'a', members: ['a'] });
  await reads.clear();
  assert.deepEqual(reads.all(), {});
  assert.deepEqual([...reads.unreadOf({ id: 'a', members: ['a', 'b'] })], []);
});

test('the export lists the versions of each story the reader has seen', async () => {
  const reads = await openReads(memoryLibrary());
  await reads.markRead({ id: 's1', members: ['x'] });
  const desk = { storySummary: async () => ({ sentences: [], keywords: [] }) };
  const articles = new Map([['x', { id: 'x', title: 'X' }], ['y', { id: 'y', title: 'Y' }]]);
  const [story] = await storiesWithSummaries(desk, [{ id: 's1', canonical: 'x', members: ['x', 'y'] }], articles,
    undefined, (s) => reads.readOf(s));
  assert.deepEqual(story.read, ['x']);
});
