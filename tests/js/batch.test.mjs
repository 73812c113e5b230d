// The app's batch that outlives a crashed worker (web/app/batch.js), against
// stand-in desks that die as web/wiredesk.js reports it: what a batch had
// finished, how many documents were being read, then every call rejects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addSurviving, kStoppedOnIt } from '../../web/app/batch.js';

// A worker's desk that reads in batches of `size` and dies on reading any
// document whose id `kills(id, worker)` names.
function workers({ size = 25, kills = () => false } = {}) {
  const started = [];
  const start = () => {
    const number = started.length;
    const held = [];
    let dead = false;
    const desk = {
      held,
      async add(documents, { onProgress } = {}) {
        if (dead) throw Object.assign(new Error('stopped'), { workerStopped: true });
        const partial = { done: 0, added: [], failed: [], reading: 0 };
        for (let at = 0; at < documents.length; at += size) {
          const batch = documents.slice(at, at + size);
          partial.reading = batch.length;
          if (batch.some((d) => kills(d.id, number))) {
            dead = true;
            throw Object.assign(new Error("Wiredesk's worker stopped: the core crashed"), { workerStopped: true, partial });
          }
          for (const d of batch) {
            if (d.content === 'bad') partial.failed.push({ id: d.id, message: 'document is empty' });
            else {
              held.push(d.id);
              partial.added.push({ id: d.id });
            }
          }
          partial.done += batch.length;
          onProgress?.({ done: partial.done, total: documents.length });
        }
        return { added: partial.added, failed: partial.failed, cancelled: 0 };
      },
      async remove(ids) {
        for (const id of ids) held.splice(held.indexOf(id), 1);
      },
    };
    started.push(desk);
    return desk;
  };
  return { start, started, last: () => started.at(-1) };
}

const documents = (count, prefix = 'wire') =>
  Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i + 1}`, content: `text ${i + 1}` }));

// A library and the options the app passes.
function app(pool, stored = []) {
  const library = [...stored];
  const held = new Set();
  const options = {
    held,
    keep: async (results, added) => {
      for (const d of added) library.push(d);
      return [];
    },
    restart: async () => pool.start(),
    library: async () => [...library],
  };
  return { library, held, options };
}

const counts = (ids) => ids.reduce((m, id) => m.set(id, (m.get(id) ?? 0) + 1), new Map());
const allOnce = (ids) => [...counts(ids).values()].every((n) => n === 1);

test('a worker that dies in the middle of a batch: every document lands once, the new worker holds the library and the batch', async () => {
  const pool = workers({ kills: (id, worker) => id === 'wire-40' && worker === 0 });
  const { library, held, options } = app(pool, documents(3, 'old'));
  const desk = pool.start();
  await desk.add(library);
  for (const d of library) held.add(d.id);

  const result = await addSurviving(documents(60), { ...options, desk });
  assert.equal(result.restarts, 1);
  assert.equal(result.added.length, 60);
  assert.deepEqual(result.failed, []);
  assert.equal(library.length, 63);
  assert.ok(allOnce(library.map((d) => d.id)), 'a document is stored twice');
  const now = pool.last().held;
  assert.equal(now.length, 63);
  assert.ok(allOnce(now), 'the new desk holds a document twice');
  assert.deepEqual(new Set(now), new Set(library.map((d) => d.id)));
  assert.equal(held.size, 63);
});

test('a document that stops the worker every time is left out with a message, and the rest of the batch lands', async () => {
  const pool = workers({ size: 4, kills: (id) => id === 'wire-6' });
  const { library, options } = app(pool);
  const result = await addSurviving(documents(10), { ...options, desk: pool.start() });
  assert.equal(result.restarts, 2);
  assert.deepEqual(result.failed, [{ id: 'wire-6', name: undefined, message: kStoppedOnIt }]);
  assert.deepEqual(library.map((d) => d.id).sort(), documents(10).map((d) => d.id).filter((id) => id !== 'wire-6').sort());
  assert.equal(pool.last().held.length, 9);
  assert.ok(allOnce(pool.last().held));
});

test('a worker that dies while the library is opened reads the whole library again, once', async () => {
  const stored = documents(30, 'old');
  const pool = workers({ size: 10, kills: (id, worker) => id === 'old-15' && worker === 0 });
  const { library, held, options } = app(pool, stored);
  const result = await addSurviving(stored, { ...options, desk: pool.start(), stored: true });
  assert.equal(result.restarts, 1);
  assert.equal(result.added.length, 30);
  assert.equal(library.length, 30, 'opening the library stores nothing');
  assert.deepEqual([...pool.last().held].sort(), stored.map((d) => d.id).sort());
  assert.equal(held.size, 30);
});

test('documents the core refuses are reported once, even when a restart reads them again', async () => {
  const stored = [...documents(5, 'old'), { id: 'old-bad', content: 'bad' }];
  const pool = workers({ size: 2, kills: (id, worker) => id === 'old-5' && worker === 0 });
  const { options } = app(pool, stored);
  const result = await addSurviving(stored, { ...options, desk: pool.start(), stored: true });
  assert.equal(result.restarts, 1);
  assert.deepEqual(result.failed.map((f) => f.id), ['old-bad']);
  assert.equal(pool.last().held.length, 5);
});

test('a worker that dies once under a single document does not lose it: it is tried again', async () => {
  const pool = workers({ kills: (id, worker) => id === 'pasted' && worker === 0 });
  const { library, options } = app(pool);
  const result = await addSurviving([{ id: 'pasted', content: 'text' }], { ...options, desk: pool.start() });
  assert.equal(result.restarts, 1);
  assert.deepEqual(result.failed, []);
  assert.deepEqual(library.map((d) => d.id), ['pasted']);
});
