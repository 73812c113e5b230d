// What the core computed for each stored document, kept beside the library
// (library.js) so that reopening it reads no document again: the article
// record (the core's `records`: the extracted article, its fingerprints and
// terms), the list's metadata for it, and the last story list.
//
// Records are kept in packs: the records of one write (up to a few hundred
// articles) in one Uint8Array, each after its size (u32, little-endian), with
// their ids, addedAt and metadata (as one JSON text) beside them. Reading
// 10,000 records one entry each took about 2 s in Chromium (a value, and its
// deserialisation, each); twenty packs take a tenth of that, and go to the
// core as they are (desk.restorePacks), with no copy per record.
//
// The packs hold index records (the core's records without the article's
// texts): what the desk needs to list, cluster and search the library. The
// full record of each article (with its texts) is kept apart, one entry an
// article, and read only when the desk reads that article (a story, a
// comparison, a summary): openDesk's `texts` source. So reopening reads
// about 3 KB less an article, and the wasm heap holds no text it does not show.
//
// A cache, never the truth: each pack names the core's build (a hash of its
// wasm), and a record is used only while its document is held and the build
// still matches. A missing, stale or refused record costs reading its
// document again, never a wrong story. Kept in its own database, so the
// library's schema and its writes stay as they were; a write that fails here
// (a full quota) loses only speed, and says so.

import { packOf as packRecords, recordsOf } from '../record-pack.js';
import { done, request } from './idb.js';

const kDatabase = 'wiredesk-derived';
// 2: packs in place of one entry per record (version 1's entries are dropped:
// the next visit reads the documents once and keeps packs).
// 3: packs of index records, and the full records apart ('texts'); version
// 2's packs are of another core build, so the next visit reads the
// documents once, in the background.
const kVersion = 3;

// Resolves with the store, or with one that keeps nothing where the browser
// has no IndexedDB (every open then reads the documents, as before).
export async function openDerivedStore() {
  let db;
  try {
    db = await new Promise((resolve, reject) => {
      const open = indexedDB.open(kDatabase, kVersion);
      open.onupgradeneeded = () => {
        const names = open.result.objectStoreNames;
        if (names.contains('records')) open.result.deleteObjectStore('records');
        if (!names.contains('packs')) {
          const packs = open.result.createObjectStore('packs', { autoIncrement: true });
          packs.createIndex('ids', 'ids', { multiEntry: true });
        }
        if (!names.contains('snapshot')) open.result.createObjectStore('snapshot');
        if (!names.contains('texts')) open.result.createObjectStore('texts');
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
      open.onblocked = () => reject(new Error('another tab holds an older version open'));
    });
  } catch {
    return nothingKept();
  }
  const write = async (name, fill) => {
    const names = [].concat(name);
    const transaction = db.transaction(names, 'readwrite');
    const finished = done(transaction);
    try {
      await fill(...names.map((n) => transaction.objectStore(n)));
    } catch (error) {
      finished.catch(() => {});
      transaction.abort();
      throw error;
    }
    await finished;
  };
  return {
    // Every pack, in the order they were written: {build, ids, addedAt, meta (JSON), bytes}.
    packs: () => request(db.transaction('packs', 'readonly').objectStore('packs').getAll()),
    // Keeps entries {id, addedAt, build, record: Uint8Array (index record),
    // full: Uint8Array (full record), meta} as one pack and their full
    // records, in place of what was kept for their ids before.
    put: (entries) => write(['packs', 'texts'], async (store, texts) => {
      await dropIds(store, entries.map((e) => e.id));
      if (entries.length) store.add(packOf(entries));
      for (const { id, full } of entries) texts.put(full, id);
    }),
    remove: (ids) => write(['packs', 'texts'], async (store, texts) => {
      for (const id of ids) texts.delete(id);
      await dropIds(store, ids);
    }),
    clear: () => write(['packs', 'texts'], (store, texts) => {
      store.clear();
      texts.clear();
    }),
    // The full records of `ids` (Uint8Arrays), for the desk to read their
    // texts; an id with none kept is left out (the desk then says so).
    texts: async (ids) => {
      const store = db.transaction('texts', 'readonly').objectStore('texts');
      return (await Promise.all(ids.map((id) => request(store.get(id))))).filter((r) => r instanceof Uint8Array);
    },
    // Writes `entries` (as planReopen gives them) as full packs in place of
    // every pack: after a rebuild or many small writes, reopening reads a few.
    compact: (entries) => write('packs', (store) => {
      store.clear();
      for (const part of parts(entries)) store.add(packOf(part));
    }),
    // The last story list shown: {build, stories}, or undefined.
    snapshot: () => request(db.transaction('snapshot', 'readonly').objectStore('snapshot').get('stories')),
    setSnapshot: (snapshot) => write('snapshot', (store) => store.put(snapshot, 'stories')),
  };
}

function nothingKept() {
  return {
    packs: async () => [],
    put: async () => {},
    texts: async () => [],
    remove: async () => {},
    clear: async () => {},
    compact: async () => {},
    snapshot: async () => undefined,
    setSnapshot: async () => {},
  };
}

const kPack = 1000;  // records a compacted pack holds: about 5 MB
function parts(entries) {
  const all = [];
  for (let at = 0; at < entries.length; at += kPack) all.push(entries.slice(at, at + kPack));
  return all;
}

function packOf(entries) {
  return {
    build: entries[0].build,
    ids: entries.map((e) => e.id),
    addedAt: entries.map((e) => e.addedAt),
    meta: JSON.stringify(entries.map((e) => e.meta)),
    bytes: packRecords(entries.map((e) => e.record)),
  };
}

// Takes `ids` out of the packs that hold them (a pack left empty goes).
async function dropIds(store, ids) {
  const index = store.index('ids');
  const keys = new Set((await Promise.all(ids.map((id) => request(index.getAllKeys(id))))).flat());
  if (keys.size === 0) return;
  const gone = new Set(ids);
  await Promise.all([...keys].map(async (key) => {
    const pack = await request(store.get(key));
    const kept = entriesOf(pack).filter((e) => !gone.has(e.id));
    if (kept.length) store.put(packOf(kept), key);
    else store.delete(key);
  }));
}

// A pack's entries: {id, addedAt, build, record, meta}.
function entriesOf(pack) {
  const records = recordsOf(pack.bytes);
  const metas = JSON.parse(pack.meta);
  return pack.ids.map((id, i) => ({ id, addedAt: pack.addedAt[i], build: pack.build, record: records[i], meta: metas[i] }));
}

// How to reopen a library of `ids` with the running core's `build`, from
// the `packs` kept:
//   {restore: {packs, entries, compact}}  every id has a record: `packs`
//     (Uint8Arrays) hold them in the order their documents were added, for
//     desk.restorePacks; `entries` are theirs in that order; `compact` says
//     the packs are worth rewriting (see compact);
//   {stale: entries}  some were computed by another build: show them, rebuild;
//   {read: true}      some were never computed: read the documents, as before.
// A record of a removed document is deleted with it; one left behind (a
// crash between the two writes) is ignored, since its id is no longer held.
export function planReopen(ids, packs, build) {
  const byId = new Map();
  const all = [];
  for (const pack of packs) {
    for (const entry of entriesOf(pack)) {
      byId.set(entry.id, entry);  // a later pack's record wins
      all.push(entry);
    }
  }
  const held = ids.map((id) => byId.get(id));
  if (held.some((entry) => entry && entry.build !== build)) return { stale: held.filter(Boolean) };
  if (held.some((entry) => !entry)) return { read: true };
  const entries = held.sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : 1));
  // As kept (the usual case): the packs go to the core as they are.
  if (entries.length === all.length && entries.every((entry, i) => entry === all[i])) {
    return { restore: { packs: packs.map((p) => p.bytes), entries, compact: packs.length > entries.length / 250 + 8 } };
  }
  return { restore: { packs: parts(entries).map((part) => packOf(part).bytes), entries, compact: true } };
}
