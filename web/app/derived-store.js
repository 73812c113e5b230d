// What the core computed for each stored document, kept beside the library
// (library.js) so that reopening it reads no document again: the article
// record (the core's `records`: the extracted article, its fingerprints and
// terms), the list's metadata for it, and the last story list.
//
// A cache, never the truth: each entry names the document's `addedAt` and
// the core's build (a hash of its wasm), and is used only while both still
// match. A missing, stale or refused entry costs reading its document again,
// never a wrong story. Kept in its own database, so the library's schema
// and its writes stay as they were; a write that fails here (a full quota)
// loses only speed, and says so.

import { done, request } from './idb.js';

const kDatabase = 'wiredesk-derived';
const kVersion = 1;

// Resolves with the store, or with one that keeps nothing where the browser
// has no IndexedDB (every open then reads the documents, as before).
export async function openDerivedStore() {
  let db;
  try {
    db = await new Promise((resolve, reject) => {
      const open = indexedDB.open(kDatabase, kVersion);
      open.onupgradeneeded = () => {
        open.result.createObjectStore('records', { keyPath: 'id' });
        open.result.createObjectStore('snapshot');
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
      open.onblocked = () => reject(new Error('another tab holds an older version open'));
    });
  } catch {
    return nothingKept();
  }
  const write = async (name, fill) => {
    const transaction = db.transaction(name, 'readwrite');
    fill(transaction.objectStore(name));
    await done(transaction);
  };
  return {
    // Every entry: {id, addedAt, build, record: Uint8Array, meta}.
    entries: () => request(db.transaction('records', 'readonly').objectStore('records').getAll()),
    put: (entries) => write('records', (store) => { for (const entry of entries) store.put(entry); }),
    remove: (ids) => write('records', (store) => { for (const id of ids) store.delete(id); }),
    clear: () => write('records', (store) => store.clear()),
    // The last story list shown: {build, stories}, or undefined.
    snapshot: () => request(db.transaction('snapshot', 'readonly').objectStore('snapshot').get('stories')),
    setSnapshot: (snapshot) => write('snapshot', (store) => store.put(snapshot, 'stories')),
  };
}

function nothingKept() {
  return {
    entries: async () => [],
    put: async () => {},
    remove: async () => {},
    clear: async () => {},
    snapshot: async () => undefined,
    setSnapshot: async () => {},
  };
}

// How to reopen a library of `ids` with the running core's `build`:
//   {restore: entries in the order their documents were added}  every id has one;
//   {stale: true}  some were computed by another build: show them, rebuild;
//   {read: true}   some were never computed: read the documents, as before.
// An entry of a removed document is deleted with it; one left behind (a
// crash between the two writes) is ignored, since its id is no longer held.
export function planReopen(ids, entries, build) {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const held = ids.map((id) => byId.get(id));
  if (held.some((entry) => entry && entry.build !== build)) return { stale: true };
  if (held.some((entry) => !entry || !(entry.record instanceof Uint8Array))) return { read: true };
  return { restore: held.sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : 1)) };
}
