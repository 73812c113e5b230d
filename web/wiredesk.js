// Wiredesk's JavaScript API: an ES module that runs the wasm core in a Web
// Worker and answers with promises.
//
//   import { createWiredesk } from './web/wiredesk.js';
//   const wiredesk = await createWiredesk();        // one worker, one wasm instance
//   const article = await wiredesk.extract(html);   // one-off stages keep nothing
//   const desk = await wiredesk.openDesk();         // a library of articles
//   await desk.add([{ id: 'a', content: '<html>…' }, { id: 'b', content: 'Plain text…' }],
//                  { onProgress: ({ done, total }) => … });
//   const { stories } = await desk.stories();
//   const summary = await desk.storySummary(stories[0].members, { sentences: 3 });
//   const diff = await desk.compareArticles('a', 'b');
//
// A desk merges duplicates into stories as documents come and go; several
// desks can share one worker (`sharedWiredesk()` gives every caller on a page
// the same one). Every call resolves with the JSON contract's objects, or
// rejects with an Error whose message says what was wrong. A worker that
// fails to start or dies rejects every pending call; nothing hangs. A worker
// that dies after its start (a crash of the core) rejects them with
// `error.workerStopped` set, and an `add` under way with `error.partial`
// ({done, added, failed, reading}: what it had finished, and how many
// documents it was reading when it died); `onStop(listener)` hears of it, so
// that a page can start a new Wiredesk and restore its desks.

import { packOf } from './record-pack.js';

const shared = new Map();

// One Wiredesk per page and base URL: the first call starts the worker, the
// others wait for the same one.
export function sharedWiredesk(options = {}) {
  const key = String(options.baseUrl ?? new URL('./', import.meta.url));
  if (!shared.has(key)) {
    const started = createWiredesk(options);
    // A later call may try again, after a failed start or a crash.
    const forget = () => shared.get(key) === started && shared.delete(key);
    started.then((wiredesk) => wiredesk.onStop(forget), forget);
    shared.set(key, started);
  }
  return shared.get(key);
}

// Start failures come mostly from a half-finished update (an old service
// worker's cache beside newer files) or a connection lost on a first visit:
// a reload fixes both, so the message says so.
function startFailure(reason) {
  return new Error(`Wiredesk could not start: ${reason}. Reload the page to finish updating, or to try again.`);
}

export function createWiredesk({ baseUrl = new URL('./', import.meta.url) } = {}) {
  return startWiredesk(new Worker(new URL('worker.js', baseUrl)));
}

// The API over a worker running worker.js: a Web Worker in a page, or
// anything that behaves as one (onmessage, onerror, postMessage with a
// transfer list, terminate), as node.js makes of a worker thread.
export async function startWiredesk(worker) {
  const { version, build } = await started(worker);
  const { send, onStop, terminate } = connect(worker);
  const openDesk = async ({ texts } = {}) => deskOf(send, await send('openDesk'), texts);
  return coreApi({ send, openDesk, onStop, terminate, version, build });
}

// Resolves with the worker's {version, build} once its core has started, or
// rejects with why it did not (and ends the worker).
function started(worker) {
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => {
      if (data.type === 'ready') resolve({ version: data.version, build: String(data.build ?? data.version) });
      else if (data.type === 'failed') reject(startFailure(data.message));
    };
    // A worker script that can't be fetched gives an error event with no message.
    worker.onerror = (event) => {
      event.preventDefault();
      reject(startFailure(event.message ? `its worker (worker.js) failed: ${event.message}`
        : 'its worker (worker.js) could not be loaded'));
    };
  }).catch((error) => {
    worker.terminate();
    throw error;
  });
}

// The calls to a started worker: `send(method, args, {onProgress, signal})`
// resolves with the worker's answer; `onStop(listener)` hears of its death;
// `terminate()` ends it.
function connect(worker) {
  const pending = new Map();
  let nextId = 1;
  let broken = null;
  let stopped = false;
  const stopListeners = new Set();

  const failAll = (message, { stopped = false } = {}) => {
    if (broken) return;
    broken = message;
    for (const call of pending.values()) {
      const error = new Error(message);
      if (stopped) {
        error.workerStopped = true;
        if (call.partial) error.partial = call.partial;
      }
      call.reject(error);
    }
    pending.clear();
  };

  // The worker died after its start: it is ended for good, every pending
  // call rejects, and the listeners hear of it once.
  const stop = (reason) => {
    if (broken) return;
    stopped = true;
    worker.terminate();
    failAll(`Wiredesk's worker stopped: ${reason}`, { stopped: true });
    for (const listener of stopListeners) listener(new Error(broken));
  };

  worker.onmessage = ({ data }) => {
    if (data.type === 'crashed') {
      stop(data.message);
      return;
    }
    const call = pending.get(data.id);
    if (!call || onTheWay(worker, call, data)) return;
    pending.delete(data.id);
    if (data.error) call.reject(new Error(data.error));
    else call.resolve(data.result);
  };
  // An error that escapes the worker's handlers: its state is unknown.
  worker.onerror = (event) => {
    event.preventDefault();
    stop(event.message || 'unknown error');
  };

  function send(method, args = [], { onProgress, signal, transfer = [], texts } = {}) {
    if (broken) return Promise.reject(Object.assign(new Error(broken), stopped ? { workerStopped: true } : {}));
    if (signal?.aborted) return Promise.reject(new DOMException('cancelled', 'AbortError'));
    const id = nextId++;
    return new Promise((resolve, reject) => {
      // An add keeps what it has finished, for the error if the worker dies.
      const partial = method === 'add' ? { done: 0, added: [], failed: [], reading: 0 } : undefined;
      pending.set(id, { resolve, reject, onProgress, partial, texts });
      signal?.addEventListener('abort', () => worker.postMessage({ cancel: id }), { once: true });
      try {
        worker.postMessage({ id, method, args }, transfer);
      } catch (error) {
        pending.delete(id);
        reject(new Error(`the request could not be sent to the worker: ${error.message}`));
      }
    });
  }

  return {
    send,
    onStop(listener) {
      stopListeners.add(listener);
      return () => stopListeners.delete(listener);
    },
    terminate() {
      worker.terminate();
      failAll('Wiredesk was terminated');
    },
  };
}

// Takes a message a call gets before its answer: the worker asking for texts
// to lend, or what a batch is reading and its progress; false for the answer.
function onTheWay(worker, call, data) {
  if (data.texts === undefined) return heard(call, data);
  lendTexts(worker, call, data);
  return true;
}

// The worker asks for the full records of articles its desk holds without
// their texts (restored from index records): the desk's `texts` source
// gives them, and they move to the worker as one record pack.
async function lendTexts(worker, call, { ask, texts: ids }) {
  try {
    if (!call.texts) throw new Error(`the texts of ${ids.length} articles are not on this desk (restored from index records), and it was opened without a source of texts`);
    const records = await call.texts(ids);
    if (!Array.isArray(records) || records.some((r) => !(r instanceof Uint8Array))) {
      throw new Error('the source of texts must give an array of records (Uint8Array)');
    }
    const pack = packOf(records);
    worker.postMessage({ textsFor: ask, pack }, [pack.buffer]);
  } catch (error) {
    worker.postMessage({ textsFor: ask, error: String(error?.message ?? error) });
  }
}

// Takes a message on the way of a long call (what a batch is reading, its
// progress); false for the call's answer.
function heard(call, data) {
  if (data.reading !== undefined) {
    if (call.partial) call.partial.reading = data.reading;
    return true;
  }
  if (!data.progress) return false;
  if (call.partial) {
    call.partial.done = data.progress.done;
    call.partial.added.push(...(data.added ?? []));
    call.partial.failed.push(...(data.failed ?? []));
    call.partial.reading = 0;
  }
  call.onProgress?.(data.progress);
  return true;
}

const asDocument = (textOrDocument) =>
  typeof textOrDocument === 'string' ? { content: textOrDocument } : textOrDocument;

// What a desk answers about what it holds; `call(method, args)` asks its worker.
function deskQueries(call) {
  return {
    /** The stories: {stories: [{id, canonical, members, related, title}]}. */
    stories: () => call('stories'),
    /** One article of the desk, in full (the extract result). */
    article: (id) => call('article', [id]),
    /** Key sentences and keywords of a story's members (ids), summarised together. */
    storySummary: (ids, options = {}) => call('storySummary', [ids, options]),
    /** The side-by-side comparison of two articles of the desk. */
    compareArticles: (left, right) => call('compareArticles', [left, right]),
    /**
     * A story's updates, from its members' ids in arrival order: {versions: [{id, published,
     * headline, changes: [{class, text, left?, right?}]}], whats_new, why: [{id, shared,
     * only_here, reason}], canonical}. Versions are in publication order.
     */
    storyUpdates: (ids) => call('storyUpdates', [ids]),
    /**
     * The ids of the stories with a version holding every word of `query` in its headline or
     * text, whatever the case and diacritics (whole words).
     */
    search: (query) => call('search', [query]),
  };
}

// A desk: a library of articles in the worker, merged into stories.
function deskOf(send, deskId, texts) {
  const listeners = new Set();
  let closed = false;
  const call = async (method, args = [], options = {}) => {
    if (closed) throw new Error('this desk was closed');
    const response = await send(method, [deskId, ...args], { ...options, texts });
    if (response && response.error) throw new Error(response.error.message);
    return response;
  };
  const changed = (what) => {
    for (const listener of listeners) listener(what);
    return what;
  };
  return {
    /**
     * Adds documents; resolves with {added: [{id, title, lead, url, published, date, lang, words, warnings}],
     * failed: [{id, message}], cancelled}. `onProgress({done, total})` is called as they are
     * read; `signal` cancels (what was added before stays added).
     */
    add: async (documents, { onProgress, signal } = {}) =>
      changed(await call('add', [documents], { onProgress, signal })),
    /**
     * Refills the desk from article records (see `records`), given in the order their
     * articles were added, without reading any document again: it gives exactly the
     * stories adding the documents gives. Resolves with {restored: [ids], refused:
     * [{index, message}]}: a refused record (damaged, or made by another core version)
     * changes nothing, and its document should be added instead.
     */
    restore: async (records, { onProgress } = {}) =>
      changed(await call('restore', [records], { onProgress })),
    /**
     * As `restore`, from packs (Uint8Arrays, each holding records one after another, each
     * after its size as a little-endian u32), one core call a pack. With `stories` (what
     * `stories()` listed on the desk the records came from), a desk that took every record
     * takes those stories too and clusters none again. Resolves with {restored, refused,
     * stories: whether they were taken}; `refused` indexes count records across packs.
     * With `transfer`, the packs' buffers move to the worker instead of being copied (a
     * 50,000-article library is 250 MB): they are empty here afterwards.
     */
    restorePacks: async (packs, { stories, onProgress, transfer = false } = {}) =>
      changed(await call('restorePacks', [packs, stories], {
        onProgress, transfer: transfer ? [...new Set(packs.map((pack) => pack.buffer))] : [],
      })),
    /**
     * What the core computed for each article (ids): a Uint8Array record each (the article,
     * its fingerprints, terms and search words, for `restore`), or {error: {message}} for an
     * unknown id. With {texts: false}, index records: without the article's texts, which a
     * desk restored from them asks of openDesk's `texts` source when it reads them; with
     * {texts: 'both'}, {index, full} each.
     */
    records: (ids, { texts = true } = {}) => call('records', [ids, texts]),
    /** Removes documents by id. */
    remove: async (ids) => changed(await call('remove', [ids])),
    /** Empties the desk. */
    clear: async () => changed(await call('clear')),
    ...deskQueries(call),
    /** Calls `listener(result)` after every add, remove and clear; returns the unsubscribe function. */
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Frees the desk in the worker; later calls reject. */
    close() {
      closed = true;
      return send('closeDesk', [deskId]);
    },
  };
}

// The Wiredesk object createWiredesk resolves with.
function coreApi({ send, openDesk, onStop, terminate, version, build }) {
  // A one-off stage: its one result, or its error as a rejection.
  async function single(method, request) {
    const response = await send(method, [request]);
    if (response.error) throw new Error(response.error.message);
    const result = Array.isArray(response.results) ? response.results[0] : response;
    if (result.error) throw new Error(result.error.message);
    return result;
  }

  return {
    /** The article of an HTML page or a copied text: {id, title, byline, dateline, published, lang, url, text, paragraphs, removed, warnings}. */
    extract: (textOrDocument) => single('extract', asDocument(textOrDocument)),
    /** The sentences of a text or document: {id, sentences: [{text, begin, end, paragraph}], warnings}. */
    sentences: (textOrDocument) => single('sentences', asDocument(textOrDocument)),
    /** The tokens of a text or document: {id, tokens: [{text, kind, begin, end}], warnings}. */
    tokens: (textOrDocument) => single('tokens', asDocument(textOrDocument)),
    /**
     * Key sentences and keywords: {id, sentences: [{text, score, paragraph, sentence}], keywords: [{term, score}]}.
     * options: {sentences: K} | {ratio: R} | {chars: N}, keywords: M, and story: true to summarise an
     * array of versions of one story together (each sentence then names its `article`).
     */
    summarize(textOrDocuments, options = {}) {
      if (options === null || typeof options !== 'object' || Array.isArray(options)) {
        return Promise.reject(new Error('summarize options must be an object, such as {sentences: 3}'));
      }
      if (Array.isArray(textOrDocuments) && !options.story) {
        return Promise.reject(new Error('summarize takes one document, or an array of versions with {story: true}'));
      }
      const documents = Array.isArray(textOrDocuments) ? textOrDocuments.map(asDocument) : asDocument(textOrDocuments);
      return single('summarize', { documents, options });
    },
    /**
     * What changed between two versions: {stats, rows: [{op, left, right, words: [{op, text, class}]}], ...}
     * (see web/compare-view.js). With {extract: false} the texts are compared as they stand.
     */
    compare: (left, right, { extract = true } = {}) => single('compare', {
      left: typeof left === 'string' ? { id: 'left', content: left } : left,
      right: typeof right === 'string' ? { id: 'right', content: right } : right,
      extract,
    }),
    /** A story's updates from its versions (texts or documents, in arrival order): see storyUpdates. */
    updates: (versions) => single('updates', { documents: versions.map(asDocument) }),
    /** A new, empty desk in this worker (see openDesk above). */
    openDesk,
    /** The core's version string. */
    version: () => version,
    /**
     * Calls `listener(error)` once if the worker dies (a crash of the core): every
     * desk of this Wiredesk is gone with it. Returns the unsubscribe function.
     */
    onStop,
    /** The core's build (a hash of its wasm): article records are kept per build. */
    build: () => build,
    /** The worker's memory: {wasm: bytes of the wasm heap}. */
    memory: () => send('memory'),
    /** Stops the worker; later calls reject. */
    terminate,
  };
}
