// Wiredesk, the reader app: articles in (files, folders, paste, URL, feeds,
// samples), stories out, each with its key sentences, its versions, a clean
// reader and a side-by-side comparison. The wasm core runs in a worker; the
// library lives in IndexedDB. Article text reaches the page only through
// textContent (web/app/dom.js).
import { starting } from './boot.js';
import { createWiredesk } from './wiredesk.js';
import { $, element, plural, languageName } from './app/dom.js';
import { openLibrary, describeStorageError, exclusively } from './app/library.js';
import { openDerivedStore, planReopen } from './app/derived-store.js';
import { documentsFromFile, documentFromPaste, documentFromUrl, filesFromDrop } from './app/intake.js';
import { renderStoryList, enableListKeys, storyLanguages } from './app/story-list.js';
import { renderStory } from './app/story-view.js';
import { renderArticle } from './app/reader-view.js';
import { renderCompare } from './app/compare-panel.js';
import { parseRoute, route } from './app/routes.js';
import { storiesWithSummaries, toMarkdown, download } from './app/export.js';
import { registerServiceWorker } from './app/updates.js';
import { openReads } from './app/reads.js';
import { webAddress } from './app/links.js';
import { addSurviving } from './app/batch.js';

const state = {
  engine: null,          // the worker (one-off stages)
  desk: null,            // the library's desk in it
  library: null,
  reads: null,           // which versions of each story the reader has seen (app/reads.js)
  opened: null,          // {id, unread}: the story on screen, and what was new when it opened
  derived: null,         // what the core computed per document (app/derived-store.js)
  stories: [],
  articles: new Map(),   // id -> {id, title, source, url, published (ISO 8601 or ''), lang, name, words}
  seen: new Set(),       // ids of the library's documents this tab has read (added or failed)
  query: '',
  textSearch: null,      // {query, stories, ids}: the desk's last search of the text
  sort: 'added',         // how the list is ordered (app/story-list.js)
  lang: '',              // the language the list is narrowed to, '' for all
  showRemoved: false,
  busy: null,            // AbortController of the batch under way
  restoring: null,       // while the desk is restored under a list already drawn (reopen)
};

// --- Status, progress, problems ------------------------------------------------

function setStatus(message, kind = '') {
  $('status').textContent = message;
  $('status').dataset.kind = kind;
}

function showProgress(label, done, total) {
  $('progress').hidden = false;
  $('progress-label').textContent = label;
  $('progress-bar').max = Math.max(total, 1);
  $('progress-bar').value = done;
  $('progress-count').textContent = `${done.toLocaleString()} of ${total.toLocaleString()}`;
}

function hideProgress() {
  $('progress').hidden = true;
}

function showProblems(problems) {
  if (problems.length === 0) return;
  $('problems').hidden = false;
  const list = $('problem-list');
  list.append(...problems.slice(0, 500).map((p) => element('li', {}, element('strong', {}, p.name || p.id || 'input'), `: ${p.message}`)));
  if (problems.length > 500) list.append(element('li', {}, `…and ${problems.length - 500} more`));
}

// --- The library and the desk --------------------------------------------------

async function refreshStories() {
  const { stories } = await state.desk.stories();
  state.stories = stories;
  renderList();
  keepSnapshot();
  await renderRoute();
}

// The stories the desk finds by the words of their text, for the query and
// story list on screen: null until it has answered (the list shows the
// headline and source matches meanwhile), asked again when either changes.
function textMatches() {
  const query = state.query.trim();
  if (!query || !state.desk) return null;
  const asked = state.textSearch;
  if (asked?.query === query && asked.stories === state.stories) return asked.ids;
  const search = { query, stories: state.stories, ids: null };
  state.textSearch = search;
  Promise.resolve(state.restoring).then(() => state.desk.search(query)).then((ids) => {
    search.ids = new Set(ids);
    if (state.textSearch === search) renderList();
  }).catch(() => {});  // the headline and source search still stands
  return null;
}

function renderList() {
  const selected = currentStoryId();
  fillLanguages();
  const shown = renderStoryList($('story-list'), {
    stories: state.stories, articles: state.articles, query: state.query, textMatches: textMatches(),
    sort: state.sort, lang: state.lang, selected,
    unreadOf: (story) => state.reads?.unreadOf(story) ?? new Set(),
    onSelect: (id) => { location.hash = route.story(id); },
  });
  $('story-count').textContent = state.stories.length
    ? `(${shown === state.stories.length ? shown : `${shown} of ${state.stories.length}`})` : '';
  $('empty-library').hidden = state.stories.length > 0;
  const narrowed = [state.query.trim() && `“${state.query.trim()}”`, state.lang && `in ${languageName(state.lang)}`].filter(Boolean);
  $('no-match').hidden = !(state.stories.length > 0 && shown === 0);
  $('no-match').textContent = `No stories match ${narrowed.join(' ') || 'this search'}.`;
}

// The language filter offers the languages the library holds, and keeps the
// one chosen while it still has articles.
function fillLanguages() {
  const select = $('story-lang');
  const languages = storyLanguages(state.articles);
  if (state.lang && !languages.some((l) => l.code === state.lang)) state.lang = '';
  const wanted = ['', ...languages.map((l) => l.code)];
  if (wanted.join() !== [...select.options].map((o) => o.value).join()) {
    select.replaceChildren(element('option', { value: '' }, 'All'),
      ...languages.map((l) => element('option', { value: l.code }, `${l.name} (${l.count})`)));
  }
  select.value = state.lang;
}

function rememberArticles(added, documents) {
  const byId = new Map(documents.map((d) => [d.id, d]));
  for (const result of added) {
    const document = byId.get(result.id) ?? {};
    state.articles.set(result.id, {
      id: result.id,
      title: result.title || result.lead || document.name || result.id,
      source: document.source || result.source || '',
      url: webAddress(document.url) || webAddress(result.url),
      // The core's reading of the date: only a date that parses is shown and sorted.
      published: result.date || '',
      lang: result.lang || '',
      name: document.name || '',
      words: result.words ?? 0,
    });
  }
}

// Ids already in the library: the same copy again is skipped; another copy
// under a taken name gets a new id, so nothing is overwritten.
// Only the documents under names already taken are read (a library of
// 50,000 is 150 MB of documents).
async function withFreshIds(documents) {
  const taken = new Set(await state.library.ids());
  const contents = new Map((await state.library.get(documents.map((d) => d.id).filter((id) => taken.has(id))))
    .map((d) => [d.id, d.content]));
  const fresh = [];
  let skipped = 0;
  for (const document of documents) {
    let id = document.id || `doc-${fresh.length + 1}`;
    if (taken.has(id) && !contents.has(id)) contents.set(id, (await state.library.get([id]))[0]?.content);
    if (taken.has(id) && contents.get(id) === document.content) {
      skipped += 1;
      continue;
    }
    for (let n = 2; taken.has(id); n += 1) id = `${document.id}-${n}`;
    taken.add(id);
    contents.set(id, document.content);
    fresh.push({ ...document, id });
  }
  return { fresh, skipped };
}

// Adds documents to the desk and, when `persist`, to the library. What the
// library could not save is taken out of the desk again, so what is shown is
// what a reload will show. One batch at a time across every tab: the free
// ids are chosen and stored under one lock (see library.js).
function addDocuments(documents, options = {}) {
  return exclusively(() => addNow(documents, options));
}

const asContract = ({ id, source, url, published, format, content }) => ({ id, source, url, published, format, content });

// REQUIRES: runs inside `exclusively`.
async function addNow(documents, { persist = true, label = 'Reading articles', problems = [], elsewhere = false, restarted = false } = {}) {
  const { fresh, skipped } = persist ? await withFreshIds(documents) : { fresh: documents, skipped: 0 };
  const byId = new Map(fresh.map((d) => [d.id, d]));
  // Stored in the order given, whichever call of the batch stores them.
  const addedAt = Date.now();
  const order = new Map(fresh.map((d, i) => [d.id, i]));
  const storageProblems = [];
  const notStored = new Set();
  let library = [];
  const controller = new AbortController();
  state.busy = controller;
  showProgress(label, 0, fresh.length);
  let result;
  try {
    result = await addSurviving(fresh.map(asContract), {
      desk: state.desk, stored: !persist, held: state.seen,
      keep: async (_, added, { live }) => {
        const stored = added.map((d) => byId.get(d.id));
        try {
          await state.library.put(stored.map((d) => ({ ...d, addedAt: addedAt + order.get(d.id) })));
          return [];
        } catch (error) {
          if (live) await state.desk.remove(stored.map((d) => d.id));
          for (const d of stored) notStored.add(d.id);
          storageProblems.push({ name: plural(stored.length, 'article'), message: describeStorageError(error, 'these articles') });
          return stored.map((d) => d.id);
        }
      },
      restart: restartCore,
      library: async () => (library = await state.library.documents()).map(asContract),
      signal: controller.signal,
      onProgress: ({ done, total }) => showProgress(label, done, total),
    });
  } finally {
    state.busy = null;
    hideProgress();
  }
  performance.mark('batch:added');
  const failed = [...result.failed.map((f) => ({ ...f, name: byId.get(f.id)?.name ?? f.name ?? f.id })), ...storageProblems];
  // What the core computed is kept for the documents the library now holds
  // (new ones as stored; a library read again without its records, all).
  const kept = persist
    ? result.added.filter((a) => !notStored.has(a.id)).map((a) => ({ ...byId.get(a.id), addedAt: addedAt + order.get(a.id) }))
    : fresh;
  rememberArticles(result.added, fresh);
  rememberArticles(result.restored, library);
  showProblems([...problems, ...failed]);
  await refreshStories();
  performance.mark('batch:listed');
  // Opening the library on a reload adds nothing: it says what was opened.
  const verb = elsewhere ? 'added in another tab' : persist ? 'added' : restarted ? 'restored from your library' : 'opened from your library';
  const parts = [`${plural(result.added.length, 'article')} ${verb}`];
  if (skipped) parts.push(`${skipped} already in the library`);
  if (failed.length + problems.length) parts.push(`${failed.length + problems.length} not added (see below)`);
  if (result.cancelled) parts.push(`${result.cancelled} cancelled`);
  // The one line that says the core crashed: nothing was lost or read twice.
  const restarts = result.restarts + (restarted ? 1 : 0);
  const crash = restarts ? `Wiredesk's core stopped and was restarted${restarts > 1 ? ` ${restarts} times` : ''}; nothing was added twice. ` : '';
  setStatus(`${crash}${parts.join(', ')}. ${plural(state.stories.length, 'story', 'stories')} in the library.`,
    failed.length + problems.length || restarts ? 'warning' : 'done');
  await keepRecords(state.desk, result.added, kept);
  // Batches finished so far: what a script (or a test) waits on.
  const counter = elsewhere ? 'catchUps' : 'batches';
  document.body.dataset[counter] = String(Number(document.body.dataset[counter] ?? 0) + 1);
}

// --- The worker ------------------------------------------------------------------

// Takes a started Wiredesk as the app's engine, with a new desk in it; if its
// worker dies, the app starts another (see recoverLater).
async function useCore(engine) {
  state.engine = engine;
  state.desk = await engine.openDesk({ texts: keptTexts });
  // The app's desk, for the console and for tests: window.wiredesk.desk.stories().
  window.wiredesk = { engine: state.engine, desk: state.desk };
  engine.onStop((error) => recoverLater(engine, error));
}

// A new worker in place of one that died; the desk it gives is empty.
// REQUIRES: runs inside `exclusively`.
async function restartCore(error) {
  setStatus(`${error.message}. Starting it again and restoring your library…`, 'warning');
  state.seen.clear();
  await useCore(await createWiredesk());
  document.body.dataset.restarts = String(Number(document.body.dataset.restarts ?? 0) + 1);
  return state.desk;
}

// The worker died outside a batch (a batch restarts it by itself): a new
// one, with the library read into it again.
function recoverLater(engine, error) {
  exclusively(async () => {
    if (state.engine !== engine) return;
    await restartCore(error);
    await catchUp({ label: 'Restoring your library', elsewhere: false, restarted: true });
  }).catch((failure) => setStatus(`${failure.message}. Reload the page; your library is kept.`, 'error'));
}

// Brings this tab's desk to what the library holds (on opening, and after
// another tab wrote to it): adds what is new, drops what is gone.
// REQUIRES: runs inside `exclusively`.
async function catchUp({ label = 'Adding articles from another tab', elsewhere = true, restarted = false } = {}) {
  const documents = await state.library.documents();
  const held = new Set(documents.map((d) => d.id));
  const gone = [...state.seen].filter((id) => !held.has(id));
  if (gone.length) {
    await state.desk.remove(gone);
    for (const id of gone) {
      state.seen.delete(id);
      state.articles.delete(id);
    }
  }
  const missing = documents.filter((d) => !state.seen.has(d.id));
  if (missing.length || restarted) await addNow(missing, { persist: false, label, elsewhere, restarted });
  else if (gone.length) await refreshStories();
}

// --- Reopening without reading the documents again -------------------------------

// The desk is restored from index records: the texts of an article it reads
// (a story, a comparison) come from the full records kept beside them.
const keptTexts = (ids) => state.derived.texts(ids);

// Keeps what the core computed for the `added` articles of `documents`
// (stored ones, with their addedAt), so that the next visit restores them.
async function keepRecords(desk, added, documents) {
  const byId = new Map(documents.filter((d) => d.addedAt !== undefined).map((d) => [d.id, d]));
  const build = state.engine.build();
  const kChunk = 500;  // records in flight at once: a 50,000-article rebuild stays small
  try {
    for (let at = 0; at < added.length; at += kChunk) {
      const kept = added.slice(at, at + kChunk).filter((a) => byId.has(a.id));
      if (kept.length === 0) continue;
      const records = await desk.records(kept.map((a) => a.id), { texts: 'both' });
      await state.derived.put(kept.flatMap((result, i) => {
        const d = byId.get(result.id);
        const meta = { ...result, warnings: undefined, url: d.url || result.url, source: d.source || '', name: d.name || '' };
        const { index, full } = records[i];
        return index instanceof Uint8Array ? [{ id: d.id, addedAt: d.addedAt, build, record: index, full, meta }] : [];
      }));
    }
  } catch (error) {
    showProblems([{ name: 'Library', message: describeStorageError(error, 'what Wiredesk computed for these articles') +
      ' They stay in the library; opening it will read them again.' }]);
  }
}

// The story list is kept after it changes, at most once a second, with
// what the list shows of each article: drawn at once on the next visit,
// before the records are read (and if the core has changed meanwhile).
let snapshotTimer = 0;
function keepSnapshot() {
  clearTimeout(snapshotTimer);
  // Until the list is kept (bench/app_reopen.mjs reopens only then).
  document.body.dataset.snapshotPending = 'true';
  snapshotTimer = setTimeout(() => {
    state.derived.setSnapshot({ build: state.engine.build(), stories: state.stories, articles: [...state.articles.values()] })
      .catch(() => {})
      .finally(() => { if (!snapshotTimer) delete document.body.dataset.snapshotPending; });
    snapshotTimer = 0;
  }, 1000);
}

function opened(how) {
  document.body.dataset.opened = how;
}

// Opens the stored library: from the records the core kept (no document is
// read), or, after the core changed, shows the last story list and reads
// the documents again in the background. REQUIRES: runs inside `exclusively`.
async function reopen() {
  // Marks for bench/app_reopen.mjs: where the time of a reopen goes.
  performance.mark('reopen:start');
  const [ids, snapshot] = await Promise.all([state.library.ids(), state.derived.snapshot()]);
  // Asked for after the snapshot: asked together, the snapshot came only
  // with the packs (at 50,000 articles, 4.5 s instead of the list at once).
  const packsRead = state.derived.packs();
  packsRead.catch(() => {});
  const build = state.engine.build();
  // The last story list, when this core made it of these very articles: drawn
  // before the records are read (a 50,000-article library is 200 MB of them),
  // and taken by the desk, so that no story is clustered again.
  const stories = snapshot?.build === build && coversExactly(snapshot.stories, ids) ? snapshot.stories : undefined;
  if (stories && Array.isArray(snapshot.articles)) {
    for (const article of snapshot.articles) state.articles.set(article.id, article);
    state.stories = stories;
    renderList();
    performance.mark('reopen:shown');
  }
  // A story picked from the list meanwhile opens once its desk is restored.
  let restored;
  state.restoring = new Promise((resolve) => { restored = resolve; });
  const settle = () => {
    state.restoring = null;
    restored();
  };
  try {
    await restoreDesk({ ids, packsRead, snapshot, stories, build, settle });
  } finally {
    settle();
  }
}

// The rest of reopen(), once the list is drawn; `settle()` once the desk
// answers for it (before anything renders a story: renderRoute waits on it).
async function restoreDesk({ ids, packsRead, snapshot, stories, build, settle }) {
  const packs = await packsRead;
  performance.mark('reopen:read');
  const plan = planReopen(ids, packs, build);
  performance.mark('reopen:planned');
  if (!plan.restore) settle();
  if (plan.stale) {
    showSnapshot(snapshot, plan.stale);
    // Not awaited: the list is usable while the new core reads the documents.
    exclusively(rebuild).catch((error) => setStatus(`Your library could not be read again: ${error.message}. Reload the page.`, 'error'));
    return;
  }
  if (plan.read) {
    opened('documents');
    await catchUp({ label: 'Opening your library', elsewhere: false });
    return;
  }
  const { entries } = plan.restore;
  const metas = entries.map((e) => e.meta);
  rememberArticles(metas, metas);
  if (stories && !Array.isArray(snapshot.articles)) {
    state.stories = stories;
    renderList();
    performance.mark('reopen:shown');
  }
  const label = 'Opening your library';
  showProgress(label, 0, plan.restore.packs.length);
  let result;
  try {
    // The packs move to the worker, unless they are to be rewritten (compact).
    result = await state.desk.restorePacks(plan.restore.packs, {
      stories, transfer: !plan.restore.compact,
      onProgress: ({ done, total }) => showProgress(label, done, total),
    });
  } finally {
    hideProgress();
    settle();
  }
  if (result.refused.length) {
    // A damaged record: the whole desk is read again, so the order of the
    // stories is the one adding the documents gives.
    await state.desk.clear();
    state.articles.clear();
    opened('documents');
    await catchUp({ label, elsewhere: false });
    return;
  }
  performance.mark('reopen:restored');
  opened('records');
  document.body.dataset.storiesKept = String(result.stories);
  for (const e of entries) state.seen.add(e.id);
  // A desk that took the list shown lists exactly it (Desk::RestoreStories).
  if (result.stories) await renderRoute();
  else await refreshStories();
  performance.mark('reopen:listed');
  setStatus(`${plural(entries.length, 'article')} opened from your library. ${plural(state.stories.length, 'story', 'stories')} in the library.`, 'done');
  document.body.dataset.batches = String(Number(document.body.dataset.batches ?? 0) + 1);
  // After a rebuild or many small writes: a few full packs for the next visit.
  if (plan.restore.compact) await state.derived.compact(entries).catch(() => {});
}

// Whether `stories` hold each of `ids` once, and nothing else.
function coversExactly(stories, ids) {
  const held = new Set(ids);
  const seen = new Set();
  for (const story of stories) {
    for (const id of story.members) {
      if (!held.has(id) || seen.has(id)) return false;
      seen.add(id);
    }
  }
  return seen.size === held.size;
}

function showSnapshot(snapshot, entries) {
  opened('snapshot');
  if (!snapshot) return;
  const metas = entries.map((e) => e.meta);
  rememberArticles(metas, metas);
  state.stories = snapshot.stories;
  renderList();
  setStatus('Your library as you left it. Wiredesk has been updated and is reading it again…', 'busy');
}

// Reads every stored document into a new desk with the running core, then
// swaps it in. Closing the tab midway loses nothing: the documents are
// untouched, and the records written so far are the new core's.
// REQUIRES: runs inside `exclusively`.
async function rebuild() {
  const documents = await state.library.documents();
  const desk = await state.engine.openDesk({ texts: keptTexts });
  const label = 'Updating your library for the new version';
  showProgress(label, 0, documents.length);
  let result;
  try {
    result = await desk.add(documents.map(({ id, source, url, published, format, content }) =>
      ({ id, source, url, published, format, content })), {
      onProgress: ({ done, total }) => showProgress(label, done, total),
    });
  } finally {
    hideProgress();
  }
  await keepRecords(desk, result.added, documents);
  const old = state.desk;
  state.desk = desk;
  window.wiredesk.desk = desk;
  await old.close();
  state.seen = new Set(documents.map((d) => d.id));
  state.articles.clear();
  rememberArticles(result.added, documents);
  await refreshStories();
  setStatus(`Your library was read again by the new version: ${plural(state.stories.length, 'story', 'stories')}.`, 'done');
  opened('rebuilt');
}

// Another tab's writes arrive one message each; one catch-up covers all the
// messages that came before it started.
let catchUpQueued = false;
function scheduleCatchUp() {
  if (catchUpQueued || !state.desk) return;
  catchUpQueued = true;
  exclusively(async () => {
    catchUpQueued = false;
    await catchUp();
  }).catch((error) => setStatus(`Another tab changed the library, and this one could not catch up: ${error.message}. Reload the page.`, 'error'));
}

// Reads files one by one (a folder may hold thousands), then adds them.
async function addFiles(files) {
  if (files.length === 0) return;
  const documents = [];
  const problems = [];
  const controller = new AbortController();
  state.busy = controller;
  try {
    for (const [index, file] of files.entries()) {
      if (controller.signal.aborted) {
        problems.push({ name: `${files.length - index} files`, message: 'not read: cancelled' });
        break;
      }
      if (index % 20 === 0) showProgress('Reading files', index, files.length);
      try {
        documents.push(...await documentsFromFile(file));
      } catch (error) {
        problems.push({ name: file.relativePath || file.webkitRelativePath || file.name, message: error.message });
      }
    }
  } finally {
    state.busy = null;
    hideProgress();
  }
  for (const d of documents) if (d.warning) problems.push({ name: d.name, message: `added, but ${d.warning}` });
  performance.mark('batch:read');
  await addDocuments(documents, { problems });
}

async function loadSamples() {
  setStatus('Loading the sample articles…', 'busy');
  const response = await fetch('samples/index.json');
  if (!response.ok) throw new Error(`the sample list could not be loaded (HTTP ${response.status})`);
  const names = await response.json();
  const documents = await Promise.all(names.map(async (name) => {
    const text = await (await fetch(`samples/${encodeURIComponent(name)}`)).text();
    return { id: name.replace(/\.[^.]+$/, ''), source: 'Sample', url: '', published: '', format: 'text', content: text, name };
  }));
  await addDocuments(documents, { label: 'Reading the sample articles' });
  await state.library.setSetting('samplesOffered', true);
}

async function clearLibrary() {
  $('clear-text').textContent = `${plural(state.articles.size, 'article')} and ${plural(state.stories.length, 'story', 'stories')} will be removed from this browser. This can't be undone.`;
  $('clear-dialog').showModal();
  const choice = await new Promise((resolve) => $('clear-dialog').addEventListener('close', () => resolve($('clear-dialog').returnValue), { once: true }));
  if (choice !== 'clear') return;
  const cleared = await exclusively(async () => {
    try {
      await state.library.clear();
    } catch (error) {
      setStatus(`The library could not be cleared: ${error.message}`, 'error');
      return false;
    }
    await state.desk.clear();
    await state.derived.clear().catch(() => {});  // entries of ids no longer held are never used
    state.articles.clear();
    state.seen.clear();
    await state.reads.clear().catch(() => {});
    return true;
  });
  if (!cleared) return;
  location.hash = '';
  await refreshStories();
  setStatus('The library is empty.', 'done');
}

// --- Views ---------------------------------------------------------------------

// A screen with no mouse can't drop files: the page offers Add files and Paste.
const touchOnly = window.matchMedia('(hover: none) and (pointer: coarse)');

let storyOfArticle = new Map();
function currentStoryId(hash = location.hash) {
  const place = parseRoute(hash);
  if (place.view === 'story') return place.id;
  if (place.view === 'article') return storyOfArticle.get(place.id);
  if (place.view === 'compare') return storyOfArticle.get(place.left);
  return undefined;
}

// Opening a story (or showing it again as versions arrive) records that the
// reader has seen all its versions; what was new when they opened it stays
// marked while it is on screen. Returns that set.
async function openStory(story) {
  const unread = state.reads.unreadOf(story);
  if (state.opened?.id === story.id) for (const id of state.opened.unread) unread.add(id);
  state.opened = { id: story.id, unread };
  await state.reads.markRead(story).catch((error) =>
    setStatus(describeStorageError(error, 'What you have read'), 'warning'));
  return unread;
}

async function renderRoute() {
  storyOfArticle = new Map(state.stories.flatMap((s) => s.members.map((id) => [id, s.id])));
  const place = parseRoute(location.hash);
  const detail = $('detail');
  // A phone shows the list or one story, compare or article at a time (styles.css).
  document.body.dataset.view = place.view;
  if (place.view !== 'story') state.opened = null;
  try {
    if (place.view !== 'home') await state.restoring;
    if (place.view === 'story') {
      const story = state.stories.find((s) => s.id === place.id);
      if (!story) throw new Error('That story is no longer in the library.');
      await renderStory(detail, { story, articles: state.articles, stories: state.stories, desk: state.desk,
        unread: await openStory(story) });
    } else if (place.view === 'article') {
      if (!state.articles.has(place.id)) throw new Error('That article is no longer in the library.');
      await renderArticle(detail, {
        ...place, desk: state.desk, engine: state.engine, info: state.articles.get(place.id), storyId: storyOfArticle.get(place.id),
        showRemoved: state.showRemoved,
        onToggleRemoved: (on) => { state.showRemoved = on; state.library.setSetting('showRemoved', on).catch(() => {}); },
      });
    } else if (place.view === 'compare') {
      await renderCompare(detail, { ...place, desk: state.desk, articles: state.articles, storyId: storyOfArticle.get(place.left) });
    } else {
      detail.replaceChildren(element('div', { class: 'welcome' },
        element('h2', {}, state.stories.length ? 'Pick a story' : 'Welcome to Wiredesk'),
        element('p', {}, state.stories.length
          ? 'Choose a story on the left to read its key sentences, its versions, and what differs between them.'
          : `${touchOnly.matches ? 'Add' : 'Drop'} a pile of agency and outlet copies here: Wiredesk strips the boilerplate, merges the duplicates into stories, and picks out the key sentences.`)));
    }
  } catch (error) {
    detail.replaceChildren(element('p', { class: 'error' }, error.message));
  }
  renderList();
}

// --- Wiring ----------------------------------------------------------------------

function guard(task) {
  return async (...args) => {
    if (state.busy) {
      setStatus('Wait for the current batch to finish, or cancel it.', 'warning');
      return;
    }
    try {
      await task(...args);
    } catch (error) {
      if (error.name === 'AbortError') setStatus('Cancelled.', 'done');
      else setStatus(error.message, 'error');
    }
  };
}

// The toolbar's library actions, the progress bar's cancel and the problems' dismiss.
function wireActions() {
  $('add-files').addEventListener('click', () => $('file-input').click());
  $('add-folder').addEventListener('click', () => $('folder-input').click());
  for (const input of [$('file-input'), $('folder-input')]) {
    input.addEventListener('change', guard(async () => {
      const files = [...input.files];
      input.value = '';
      await addFiles(files);
    }));
  }
  $('load-samples').addEventListener('click', guard(loadSamples));
  $('empty-add-files').addEventListener('click', () => $('file-input').click());
  $('empty-paste').addEventListener('click', () => $('paste-dialog').showModal());
  $('empty-samples').addEventListener('click', guard(loadSamples));
  $('clear-library').addEventListener('click', guard(clearLibrary));
  $('progress-cancel').addEventListener('click', () => state.busy?.abort());
  $('problems-dismiss').addEventListener('click', () => {
    $('problems').hidden = true;
    $('problem-list').replaceChildren();
  });
}

// The Paste and From URL dialogs: what they add when closed with Add or Fetch.
function wireDialogs() {
  $('open-paste').addEventListener('click', () => $('paste-dialog').showModal());
  $('paste-dialog').addEventListener('close', guard(async () => {
    if ($('paste-dialog').returnValue !== 'add') return;
    const document = documentFromPaste($('paste-text').value, { source: $('paste-source').value.trim() });
    $('paste-text').value = '';
    await addDocuments([document]);
    const story = state.stories.find((s) => s.members.includes(document.id));
    if (story) location.hash = route.story(story.id);
  }));
  $('open-url').addEventListener('click', () => $('url-dialog').showModal());
  $('url-dialog').addEventListener('close', guard(async () => {
    if ($('url-dialog').returnValue !== 'fetch') return;
    const address = $('url-text').value.trim();
    setStatus(`Fetching ${address}…`, 'busy');
    await addDocuments(await documentFromUrl(address));
  }));
}

// The search field, "/" to reach it, and the list's arrow keys.
function wireSearch() {
  $('story-search').addEventListener('input', () => {
    state.query = $('story-search').value;
    renderList();
  });
  $('story-sort').addEventListener('change', () => {
    state.sort = $('story-sort').value;
    renderList();
  });
  $('story-lang').addEventListener('change', () => {
    state.lang = $('story-lang').value;
    renderList();
  });
  enableListKeys($('story-list'));
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement?.tagName)) {
      event.preventDefault();
      $('story-search').focus();
    }
  });
}

function wireExport() {
  const exportAs = (kind) => guard(async () => {
    if (state.stories.length === 0) throw new Error('There are no stories to export yet.');
    setStatus('Summarising every story for the export…', 'busy');
    const exported = await storiesWithSummaries(state.desk, state.stories, state.articles,
      (done, total) => showProgress('Summarising stories', done, total), (story) => state.reads.readOf(story));
    hideProgress();
    const date = new Date().toISOString().slice(0, 10);
    if (kind === 'json') download(`wiredesk-stories-${date}.json`, 'application/json', JSON.stringify({ stories: exported }, null, 2));
    else download(`wiredesk-stories-${date}.md`, 'text/markdown', toMarkdown(exported));
    setStatus(`Exported ${plural(exported.length, 'story', 'stories')}.`, 'done');
  });
  $('export-json').addEventListener('click', exportAs('json'));
  $('export-markdown').addEventListener('click', exportAs('markdown'));
}

// Files and folders dropped anywhere on the page.
function wireDrop() {
  let depth = 0;
  window.addEventListener('dragenter', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    depth += 1;
    $('drop-overlay').hidden = false;
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) $('drop-overlay').hidden = true;
  });
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => {
    event.preventDefault();
    depth = 0;
    $('drop-overlay').hidden = true;
    guard(async () => addFiles(await filesFromDrop(event.dataTransfer)))();
  });
}

// On a phone each place is a screen of its own, opened at its top; going
// back to the list puts the focus on the story that was open.
function wireRoutes() {
  const phone = window.matchMedia('(max-width: 48rem)');
  window.addEventListener('hashchange', async (event) => {
    const from = currentStoryId(new URL(event.oldURL).hash);
    const rendering = renderRoute();
    closeMenu();
    if (!phone.matches) {
      $('detail').focus({ preventScroll: true });
      return;
    }
    window.scrollTo(0, 0);
    if (parseRoute(location.hash).view !== 'home') {
      $('detail').focus({ preventScroll: true });
      return;
    }
    await rendering;
    document.querySelector(`#story-list [data-story="${CSS.escape(from ?? '')}"]`)?.focus();
  });
}

// The phone's Menu button shows and hides the library's actions.
function closeMenu() {
  $('menu-toggle').setAttribute('aria-expanded', 'false');
  $('library-actions').classList.remove('open');
}

function wireMenu() {
  $('menu-toggle').addEventListener('click', () => {
    const open = $('menu-toggle').getAttribute('aria-expanded') !== 'true';
    $('menu-toggle').setAttribute('aria-expanded', String(open));
    $('library-actions').classList.toggle('open', open);
  });
  // A chosen action closes the menu, as a menu does.
  $('library-actions').addEventListener('click', (event) => {
    if (event.target.closest('button')) closeMenu();
  });
}

function wire() {
  wireActions();
  wireDialogs();
  wireSearch();
  wireExport();
  wireDrop();
  wireRoutes();
  wireMenu();
}

// The core did not start: the page says so where the stories would be, not
// in a blank area. Nothing has touched the library.
function showStartFailure(message) {
  setStatus(message, 'error');
  // Every library action needs the core (or the library): none is offered.
  for (const button of document.querySelectorAll('nav.actions button, #empty-library button')) button.disabled = true;
  $('detail').replaceChildren(element('div', { class: 'welcome start-failure' },
    element('h2', {}, 'Wiredesk could not start'),
    element('p', {}, message),
    element('p', {}, 'Your library is kept in this browser and is unchanged.'),
    element('button', { type: 'button', onclick: () => location.reload() }, 'Reload')));
}

async function main() {
  wire();
  try {
    const [engine, library, derived] = await Promise.all([starting, openLibrary(), openDerivedStore()]);
    state.library = library;
    state.derived = derived;
    await useCore(engine);
  } catch (error) {
    showStartFailure(error.message);
    // A newer version waiting to be installed may be what fixes it.
    registerServiceWorker({ notice: $('update'), button: $('update-reload') });
    return;
  }
  if (state.library.warning) showProblems([{ name: 'Library', message: state.library.warning }]);
  state.library.onChange(scheduleCatchUp);
  state.reads = await openReads(state.library);
  state.showRemoved = await state.library.setting('showRemoved', false);
  if ((await state.library.ids()).length) {
    await guard(() => exclusively(reopen))();
  } else if (!(await state.library.setting('samplesOffered', false))) {
    // A first visit opens on the bundled samples, so it shows what Wiredesk does.
    await guard(loadSamples)();
  } else {
    await refreshStories();
    setStatus('The library is empty.', 'done');
  }
  document.body.dataset.ready = 'true';
  // Offline use is set up once the page is working: the first visit's
  // precaching then doesn't compete with its own start.
  registerServiceWorker({ notice: $('update'), button: $('update-reload') });
}

main();
