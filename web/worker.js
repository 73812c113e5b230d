// The Web Worker that runs Wiredesk's wasm core, so that the page never
// freezes. A classic worker: old emscripten's module output is not an ES module.
//
// Protocol (see wiredesk.js): the worker posts {type: 'ready', version} or
// {type: 'failed', message} once; then answers each {id, method, args} with
// {id, result} or {id, error}, and long calls with {id, progress: {done, total}}
// on the way. {cancel: id} stops a long call between two batches. A crash of
// the core posts {type: 'crashed', message} and ends the worker.
/* global createWiredeskCore */
'use strict';

const base = new URL('./gen/', self.location.href);
let core = null;
// Desks by id: the app has one; each <wire-desk> element on a page has its
// own, all in this one wasm instance.
const desks = new Map();
let nextDesk = 1;
function deskOf(deskId) {
  const desk = desks.get(deskId);
  if (!desk) throw new Error(`no desk ${deskId}: it was closed`);
  return desk;
}
const queue = [];
const cancelled = new Set();

// Documents are handed to the core in batches of about this many bytes, so
// progress is smooth and a cancel is heard within a fraction of a second.
const kBatchBytes = 512 * 1024;
const kBatchDocuments = 25;

const parse = (text) => JSON.parse(text);
const yieldToMessages = () => new Promise((resolve) => setTimeout(resolve, 0));

async function add(id, deskId, documents) {
  const desk = deskOf(deskId);
  if (!Array.isArray(documents)) throw new Error('add expects an array of documents');
  const total = documents.length;
  const added = [];
  const failed = [];
  let done = 0;
  while (done < total) {
    if (cancelled.has(id)) {
      cancelled.delete(id);
      return { added, failed, cancelled: total - done };
    }
    const batch = [];
    let bytes = 0;
    while (done + batch.length < total && batch.length < kBatchDocuments && bytes < kBatchBytes) {
      const document = documents[done + batch.length];
      bytes += typeof document?.content === 'string' ? document.content.length : 0;
      batch.push(document);
    }
    // What a crash here would take down with it: the page retries these
    // one by one in a new worker (web/app/batch.js).
    self.postMessage({ id, reading: batch.length });
    const response = parse(desk.add(JSON.stringify(batch)));
    if (response.error) throw new Error(response.error.message);
    const batchAdded = [];
    const batchFailed = [];
    response.results.forEach((result, index) => {
      const id_ = result.id ?? batch[index]?.id ?? '';
      if (result.error) batchFailed.push({ id: id_, name: batch[index]?.name, message: result.error.message });
      else batchAdded.push(result);
    });
    added.push(...batchAdded);
    failed.push(...batchFailed);
    done += batch.length;
    // The batch's results come with its progress, so that what was added
    // before a crash is known to the page.
    self.postMessage({ id, progress: { done, total }, added: batchAdded, failed: batchFailed });
    await yieldToMessages();
  }
  return { added, failed, cancelled: 0 };
}

// Restores a desk from article records (the core's record() of each, in the
// order they were added): no document is read again. A record the core
// refuses (damaged, made by another core version) is listed in `refused`
// by its index, for the caller to add its document instead.
async function restore(id, deskId, records) {
  const desk = deskOf(deskId);
  if (!Array.isArray(records)) throw new Error('restore expects an array of records (Uint8Array)');
  const total = records.length;
  const restored = [];
  const refused = [];
  const kBatchRecords = 500;
  for (let done = 0; done < total;) {
    const end = Math.min(total, done + kBatchRecords);
    for (; done < end; ++done) {
      const response = parse(desk.restore(records[done]));
      if (response.error) refused.push({ index: done, message: response.error.message });
      else restored.push(response.id);
    }
    self.postMessage({ id, progress: { done, total } });
    await yieldToMessages();
  }
  return { restored, refused };
}

// Restores a desk from packs of article records (Uint8Arrays, each record
// after its size as a u32; web/app/derived-store.js keeps them so), one core
// call a pack; then, when `stories` are given (what the desk the records
// came from listed) and every record was taken, takes them as its stories,
// so that no story is clustered again. `refused` indexes run across packs.
async function restorePacks(id, deskId, packs, stories) {
  const desk = deskOf(deskId);
  if (!Array.isArray(packs)) throw new Error('restorePacks expects an array of packs (Uint8Array)');
  const restored = [];
  const refused = [];
  let done = 0;
  for (const [index, pack] of packs.entries()) {
    const response = parse(desk.restorePack(pack));
    if (response.error) throw new Error(response.error.message);
    restored.push(...response.restored);
    for (const refusal of response.refused) refused.push({ ...refusal, index: refusal.index + done });
    done += response.restored.length + response.refused.length;
    self.postMessage({ id, progress: { done: index + 1, total: packs.length } });
    await yieldToMessages();
  }
  let storiesTaken = false;
  if (Array.isArray(stories) && refused.length === 0) {
    storiesTaken = !parse(desk.restoreStories(JSON.stringify({ stories }))).error;
  }
  return { restored, refused, stories: storiesTaken };
}

// The records of articles on the desk, by id: a Uint8Array each (`texts`
// false: its index record, without the article's texts; 'both': {index,
// full}), or {error: {message}} for an id not on it.
async function records(id, deskId, ids, texts = true) {
  const desk = deskOf(deskId);
  // Both from one record the core computes (fingerprint, terms, search words).
  const recordOf = texts === 'both' ? (articleId) => desk.recordPair(articleId) : (articleId) => desk.record(articleId, texts !== false);
  return withTexts(id, desk, { read: ids.map(String) }, () => ids.map((articleId) => recordOf(String(articleId))));
}

// Articles restored from index records are on the desk without their texts:
// a call that reads them asks the page for their full records (the page
// keeps them: wiredesk.js, openDesk's `texts`), lends them to the desk for
// this call only, and takes them back after it, so that the wasm heap holds
// the texts of what is shown, not of the library. The page sends them as
// one record pack (web/record-pack.js), as the core reads them.
const textsAsked = new Map();
let nextAsk = 1;
function askTexts(id, ids) {
  const ask = nextAsk++;
  return new Promise((resolve, reject) => {
    textsAsked.set(ask, { resolve, reject });
    self.postMessage({ id, texts: ids, ask });
  });
}

async function withTexts(id, desk, { read = [], removed = [] }, run) {
  const needed = parse(desk.textsNeeded(JSON.stringify({ read, removed })));
  if (needed.error) throw new Error(needed.error.message);
  if (needed.ids.length === 0) return run();
  const lent = parse(desk.lendTexts(await askTexts(id, needed.ids)));
  if (lent.error) throw new Error(`the texts kept for these articles could not be read: ${lent.error.message}`);
  try {
    return run();
  } finally {
    desk.returnTexts();
  }
}

// A desk call that may read texts: (id, deskId, ...args) -> the answer.
const withTextsOf = (what, call) => (id, deskId, ...args) => {
  const desk = deskOf(deskId);
  return withTexts(id, desk, what(...args), () => call(desk, ...args));
};

const methods = {
  // One-off stages: a request in the JSON contract, the core's response.
  extract: (document) => parse(core.extract(JSON.stringify(document))),
  sentences: (document) => parse(core.sentences(JSON.stringify(document))),
  tokens: (document) => parse(core.tokens(JSON.stringify(document))),
  summarize: (request) => parse(core.summarize(JSON.stringify(request))),
  compare: (request) => parse(core.compare(JSON.stringify(request))),
  updates: (request) => parse(core.updates(JSON.stringify(request))),
  // Desks: the first argument is the desk's id.
  openDesk: () => {
    const deskId = nextDesk++;
    desks.set(deskId, new core.Desk());
    return deskId;
  },
  closeDesk: (deskId) => {
    desks.get(deskId)?.delete();
    desks.delete(deskId);
    return { ok: true };
  },
  add,
  restore,
  restorePacks,
  records,
  // The wasm heap's size in bytes (it only grows): for benchmarks.
  memory: () => ({ wasm: core.HEAP8 ? core.HEAP8.length : 0 }),
  clear: (deskId) => parse(deskOf(deskId).clear()),
};
// Calls that may read articles' texts (see withTexts): they take the call's id first.
const idsOf = (ids) => (Array.isArray(ids) ? ids.filter((i) => typeof i === 'string') : []);
const readMethods = {
  remove: withTextsOf((ids) => ({ removed: idsOf(ids) }), (desk, ids) => parse(desk.remove(JSON.stringify(ids)))),
  stories: withTextsOf(() => ({}), (desk) => parse(desk.stories())),
  article: withTextsOf((articleId) => ({ read: [String(articleId)] }), (desk, articleId) => parse(desk.article(String(articleId)))),
  storySummary: withTextsOf((ids) => ({ read: idsOf(ids) }),
    (desk, ids, options) => parse(desk.summarize(JSON.stringify({ ids, ...options })))),
  compareArticles: withTextsOf((left, right) => ({ read: idsOf([left, right]) }),
    (desk, left, right) => parse(desk.compare(JSON.stringify({ left, right })))),
  storyUpdates: withTextsOf((ids) => ({ read: idsOf(ids) }), (desk, ids) => parse(desk.updates(JSON.stringify({ ids })))),
  search: withTextsOf(() => ({}), (desk, query) => parse(desk.search(JSON.stringify({ query: String(query) }))).stories),
};
Object.assign(methods, readMethods);

// The language detector's tables (cld2.dat, 780 KB gzip) stay out of the
// first download: fetched when the first call that may read a document
// comes, then kept (the service worker keeps them for offline use). Offline
// before they were ever fetched, documents are still read, with their
// language "und" unless they declare one; the next call tries again.
let languageData = null;
function loadLanguageData() {
  languageData ??= fetchOk("the language detector's data (cld2.dat)", new URL('cld2.dat', base))
    .then((response) => response.arrayBuffer())
    .then((bytes) => {
      const loaded = JSON.parse(core.loadLanguageData(new Uint8Array(bytes)));
      if (loaded.error) throw new Error(loaded.error.message);
    })
    .catch(() => {
      languageData = null;
    });
  return languageData;
}

async function answer({ id, method, args = [] }) {
  try {
    const run = Object.prototype.hasOwnProperty.call(methods, method) ? methods[method] : null;
    if (!run) {
      self.postMessage({ id, error: `unknown method "${method}"` });
      return;
    }
    // Restoring reads no document: it needs no language tables.
    if (!['openDesk', 'closeDesk', 'restore', 'restorePacks', 'records', 'memory'].includes(method)) await loadLanguageData();
    const long = method === 'add' || method === 'restore' || method === 'restorePacks' || method === 'records' ||
      Object.prototype.hasOwnProperty.call(readMethods, method);
    const result = long ? await run(id, ...args) : run(...args);
    self.postMessage({ id, result });
  } catch (error) {
    if (isFatal(error)) {
      // The wasm instance is in an unknown state: no further call may use it.
      self.postMessage({ type: 'crashed', message: `the core crashed (${error.message})` });
      self.close();
      return;
    }
    self.postMessage({ id, error: `the core failed: ${error && error.message ? error.message : error}` });
  }
}

// A trap in the wasm (out-of-bounds access, unreachable), an emscripten
// abort (both are WebAssembly.RuntimeError) or a stack overflow inside the
// core leaves its memory half-written; every other error is an answer.
function isFatal(error) {
  return error instanceof WebAssembly.RuntimeError ||
    (error instanceof RangeError && /call stack/i.test(error.message));
}

// Calls are answered one at a time, in order: the desk's state is shared.
let chain = Promise.resolve();
function enqueue(message) {
  chain = chain.then(() => answer(message));
}

// A file the worker needs, or an error naming it: after a partial update or
// with a service worker's old cache, the name says what is missing.
async function fetchOk(name, url) {
  let response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`${name} could not be loaded (${error.message})`, { cause: error });
  }
  if (!response.ok) throw new Error(`${name} could not be loaded (HTTP ${response.status})`);
  return response;
}

// The wasm compiles while it streams in, from the cache's Response itself (so
// V8's code cache for it can apply), and while the core's script is still
// being read. A server that labels it wrongly costs a copy, not a failure.
async function compileCore(response) {
  if (response.headers.get('content-type')?.split(';')[0].trim() === 'application/wasm') {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

// The core's build: a hash of its wasm, so that what one build computed
// (article records) is never taken for another's.
async function buildOf(response) {
  const digest = await crypto.subtle.digest('SHA-256', await response.arrayBuffer());
  return [...new Uint8Array(digest).slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function start() {
  // Everything is requested before the core's script is read (importScripts
  // blocks), so the three loads and the compilation overlap.
  const wasmName = 'the core (wiredesk-core.wasm)';
  const wasmResponse = fetchOk(wasmName, new URL('wiredesk-core.wasm', base));
  // Registered before the compilation reads the body, so the copy is taken first.
  const build = wasmResponse.then((response) => buildOf(response.clone()));
  build.catch(() => {});
  const compiled = wasmResponse.then((response) => compileCore(response).catch((error) => {
    throw new Error(`${wasmName} could not be compiled (${error.message})`);
  }));
  const data = fetchOk("ICU's data (icudt72l.dat)", new URL('icudt72l.dat', base)).then((response) => response.arrayBuffer());
  compiled.catch(() => {});
  data.catch(() => {});
  try {
    importScripts(new URL('wiredesk-core.js', base).href);
  } catch (error) {
    throw new Error(`the core's script (wiredesk-core.js) could not be loaded (${error.message})`, { cause: error });
  }
  // Emscripten reports a failed instantiation as an opaque abort: this
  // promise carries the real reason instead.
  let failed;
  const wasmFailed = new Promise((resolve, reject) => { failed = reject; });
  const instance = await Promise.race([wasmFailed, createWiredeskCore({
    instantiateWasm(imports, receive) {
      compiled.then(async (module) => {
        let wasmInstance;
        try {
          wasmInstance = await WebAssembly.instantiate(module, imports);
        } catch (error) {
          throw new Error(`${wasmName} does not match its script, wiredesk-core.js (${error.message})`, { cause: error });
        }
        receive(wasmInstance, module);
      }).catch(failed);
      return {};  // the exports arrive through receive()
    },
  })]);
  const loaded = JSON.parse(instance.loadIcuData(new Uint8Array(await data)));
  if (loaded.error) throw new Error(loaded.error.message);
  core = instance;
  self.postMessage({ type: 'ready', version: core.version(), build: await build.catch(() => core.version()) });
  queue.splice(0).forEach(enqueue);
}

self.onmessage = (event) => {
  // The page's answer to askTexts: a record pack, or why it has none.
  if (event.data && event.data.textsFor !== undefined) {
    const asked = textsAsked.get(event.data.textsFor);
    textsAsked.delete(event.data.textsFor);
    if (event.data.error) asked?.reject(new Error(event.data.error));
    else asked?.resolve(event.data.pack);
    return;
  }
  if (event.data && event.data.cancel !== undefined) {
    cancelled.add(event.data.cancel);
    return;
  }
  if (core) enqueue(event.data);
  else queue.push(event.data);
};

// The page words the message (web/wiredesk.js): this says what failed.
start().catch((error) => {
  self.postMessage({ type: 'failed', message: String(error.message || error) });
});
