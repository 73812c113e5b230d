// The user's library in IndexedDB: the documents as they were added (so a
// reload rebuilds every story from the same copy) and the user's choices.
// Every write is one transaction: it lands whole or not at all, so a full
// quota or a crash never leaves half a batch behind.
//
// Several tabs share one library. `exclusively` runs a read-decide-write
// step (which ids are free, then the put) under a Web Lock, so two tabs
// adding "x" at once store "x" and "x-2", as one tab would. Every write is
// announced on a BroadcastChannel; `onChange` hears the other tabs' writes,
// so each open view can catch up with the library.

import { done, request } from './idb.js';

const kDatabase = 'wiredesk';
const kVersion = 1;

// A message a reader understands for a failed write.
export function describeStorageError(error, what) {
  if (error?.name === 'QuotaExceededError') {
    return `The browser's storage for Wiredesk is full, so ${what} could not be saved. ` +
      'Nothing was half-written: the library is as it was. Remove some articles or free disk space.';
  }
  return `${what} could not be saved: ${error?.message || error}`;
}

const kLock = 'wiredesk-library';

// Runs `task` while no other tab (or task of this tab) runs one: with the
// Web Locks API where there is one, else in this tab's order only.
let localTail = Promise.resolve();
export function exclusively(task) {
  if (globalThis.navigator?.locks?.request) return navigator.locks.request(kLock, () => task());
  const run = localTail.then(() => task());
  localTail = run.catch(() => {});
  return run;
}

// The channel the tabs announce their writes on, or a stand-in where the
// browser has none (every tab then shows its own writes only).
function announcer() {
  if (typeof BroadcastChannel !== 'function') return { tell() {}, listen() {} };
  const channel = new BroadcastChannel(kLock);
  return {
    tell(change) { channel.postMessage(change); },
    listen(callback) { channel.onmessage = (event) => callback(event.data); },
  };
}

// Opens the library; falls back to one kept in memory (with `persistent`
// false) where the browser offers no IndexedDB, such as some private windows.
export async function openLibrary() {
  let db;
  try {
    db = await new Promise((resolve, reject) => {
      const open = indexedDB.open(kDatabase, kVersion);
      open.onupgradeneeded = () => {
        open.result.createObjectStore('documents', { keyPath: 'id' });
        open.result.createObjectStore('settings');
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
      open.onblocked = () => reject(new Error('another tab holds an older version of the library open'));
    });
  } catch (error) {
    return memoryLibrary(`The library can't be kept in this browser (${error.message}); it lasts until you close the page.`);
  }

  const channel = announcer();
  const store = (name, mode) => {
    const transaction = db.transaction(name, mode);
    return { transaction, store: transaction.objectStore(name) };
  };
  return {
    persistent: true,
    // Calls `callback(change)` for every write another tab makes.
    onChange(callback) { channel.listen(callback); },
    async documents() {
      const { store: documents } = store('documents', 'readonly');
      const all = await request(documents.getAll());
      return all.sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : 1));
    },
    // The ids alone, without reading any document's content.
    async ids() {
      const { store: documents } = store('documents', 'readonly');
      return request(documents.getAllKeys());
    },
    // The documents with these ids (those the library holds).
    async get(ids) {
      const { store: documents } = store('documents', 'readonly');
      return (await Promise.all(ids.map((id) => request(documents.get(id))))).filter(Boolean);
    },
    async put(documents) {
      const { transaction, store: target } = store('documents', 'readwrite');
      for (const document of documents) target.put(document);
      await done(transaction);
      channel.tell({ added: documents.map((d) => d.id) });
    },
    async remove(ids) {
      const { transaction, store: target } = store('documents', 'readwrite');
      for (const id of ids) target.delete(id);
      await done(transaction);
      channel.tell({ removed: [...ids] });
    },
    async clear() {
      const { transaction, store: target } = store('documents', 'readwrite');
      target.clear();
      await done(transaction);
      channel.tell({ cleared: true });
    },
    async setting(key, fallback) {
      const { store: settings } = store('settings', 'readonly');
      const value = await request(settings.get(key));
      return value === undefined ? fallback : value;
    },
    async setSetting(key, value) {
      const { transaction, store: settings } = store('settings', 'readwrite');
      settings.put(value, key);
      await done(transaction);
    },
  };
}

function memoryLibrary(warning) {
  const documents = new Map();
  const settings = new Map();
  return {
    persistent: false,
    warning,
    onChange() {},
    async documents() { return [...documents.values()]; },
    async ids() { return [...documents.keys()]; },
    async get(ids) { return ids.map((id) => documents.get(id)).filter(Boolean); },
    async put(list) { for (const d of list) documents.set(d.id, d); },
    async remove(ids) { for (const id of ids) documents.delete(id); },
    async clear() { documents.clear(); },
    async setting(key, fallback) { return settings.has(key) ? settings.get(key) : fallback; },
    async setSetting(key, value) { settings.set(key, value); },
  };
}
