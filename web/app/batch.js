// One batch of documents into the app's desk, surviving the death of the
// worker that holds it.
//
// A crash of the core (a trap, an abort, an error that escapes the worker)
// ends the worker and the desk in it: every call rejects with
// `workerStopped`, and an `add` tells what it had finished (web/wiredesk.js).
// Then what was finished is kept (`keep` stores it in the library), a new
// worker is started (`restart`, which gives an empty desk), the library is
// read into it again, and the batch goes on from the first document that
// no desk has taken yet, so nothing is added twice. The documents the dead
// worker was reading are tried again one at a time; one that stops a worker
// again, alone, is reported and left out, so a poisonous document costs two
// restarts, never the batch.
//
// Cost: each restart reads the whole library again (the dead worker's desk
// is lost). Each restart either leaves out a document or marks at least one
// new document to try alone, so a batch ends after at most twice as many
// restarts as it has documents; kMostRestarts stops it well before.

export const kMostRestarts = 10;
export const kStoppedOnIt = "Wiredesk's core stopped while reading this document, twice, so it was left out";

const idOf = (entry) => entry.document.id;

// The entries still to read, each id once (the first entry wins: the
// library's copy, after a restart, before the batch's own).
function stillToRead(entries, { held, finished, leftOut }) {
  const seen = new Set();
  return entries.filter((entry) => {
    const id = idOf(entry);
    if (held.has(id) || leftOut.has(id) || seen.has(id) || (!entry.restored && finished.has(id))) return false;
    seen.add(id);
    return true;
  });
}

// The next call's documents: a suspect alone; else everything up to the
// next suspect, and never the library's copies and the batch's in one call
// (only the batch's own may be cancelled).
function nextChunk(pending, suspects) {
  if (suspects.has(idOf(pending[0]))) return pending.slice(0, 1);
  const end = pending.findIndex((entry, index) => index > 0 &&
    (suspects.has(idOf(entry)) || entry.restored !== pending[0].restored));
  return end < 0 ? pending : pending.slice(0, end);
}

/**
 * Adds `documents` to `desk`, restarting the worker as often as it dies.
 * Options:
 *   stored     true when the documents are already in the library (opening it,
 *              or catching up with another tab), else they are kept as they land;
 *   held       the Set of ids the current desk has read (added or failed, for
 *              the library's documents; added and kept, for new ones): updated,
 *              and emptied by a restart;
 *   keep(results, documents) stores new documents whose add succeeded, and
 *              resolves with the ids it could not store (already out of a live desk);
 *   restart(error) starts a new worker and resolves with its empty desk;
 *   library()  resolves with the library's documents, to restore a new desk;
 *   onProgress({done, total}), signal: as for desk.add.
 * Resolves with {added, restored, failed, cancelled, restarts}: `added` the
 * results of `documents`, `restored` those of the library's documents read
 * into a new worker.
 */
export async function addSurviving(documents, { desk, stored = false, held, keep, restart, library, onProgress, signal }) {
  let entries = documents.map((document) => ({ document, stored, restored: false }));
  const total = entries.length;
  const finished = new Set();  // ids of the batch's own documents read (added or failed)
  const leftOut = new Set();
  const suspects = new Set();
  const outcome = { added: new Map(), restored: new Map(), failed: new Map(), cancelled: 0, restarts: 0 };
  const own = () => entries.filter((entry) => !entry.restored);

  // Takes in what a desk (live or dead) finished of `chunk`.
  const settle = async (chunk, added, failed, live) => {
    const byId = new Map(chunk.map((entry) => [idOf(entry), entry]));
    for (const failure of failed) {
      const entry = byId.get(failure.id);
      outcome.failed.set(failure.id, failure);
      if (entry?.stored) held.add(failure.id);
      else finished.add(failure.id);
    }
    const fresh = added.filter((result) => !byId.get(result.id)?.stored);
    const lost = new Set(fresh.length ? await keep(fresh, fresh.map((result) => byId.get(result.id).document), { live }) : []);
    for (const result of added) {
      const entry = byId.get(result.id);
      if (!entry) continue;
      if (!entry.stored) finished.add(result.id);
      if (lost.has(result.id)) continue;
      if (live) held.add(result.id);
      (entry.restored ? outcome.restored : outcome.added).set(result.id, result);
    }
  };

  for (;;) {
    const pending = stillToRead(entries, { held, finished, leftOut });
    if (pending.length === 0) break;
    if (signal?.aborted && !pending[0].restored) break;
    const chunk = nextChunk(pending, suspects);
    const before = own().filter((entry) => finished.has(idOf(entry)) || leftOut.has(idOf(entry))).length;
    try {
      const result = await desk.add(chunk.map((entry) => entry.document), {
        signal: chunk[0].restored ? undefined : signal,
        onProgress: ({ done }) => onProgress?.({ done: chunk[0].restored ? before : before + done, total }),
      });
      await settle(chunk, result.added, result.failed, true);
      if (result.cancelled) break;
    } catch (error) {
      if (!error.workerStopped) throw error;
      const { done = 0, added = [], failed = [], reading = 0 } = error.partial ?? {};
      await settle(chunk, added, failed, false);
      if (chunk.length === 1 && done === 0 && suspects.has(idOf(chunk[0]))) {
        leftOut.add(idOf(chunk[0]));
        outcome.failed.set(idOf(chunk[0]), { id: idOf(chunk[0]), name: chunk[0].document.name, message: kStoppedOnIt });
      } else {
        const reached = chunk.slice(done, done + (reading > 0 ? reading : chunk.length - done));
        for (const entry of reached) suspects.add(idOf(entry));
      }
      outcome.restarts += 1;
      if (outcome.restarts > kMostRestarts) {
        throw new Error(`Wiredesk's core stopped ${outcome.restarts} times in this batch (${error.message}). Reload the page; your library is kept.`, { cause: error });
      }
      held.clear();
      desk = await restart(error);
      // The batch's own documents from the library are read again as its own.
      const ownStored = new Set(own().filter((entry) => entry.stored).map(idOf));
      const restoring = (await library()).filter((document) => !ownStored.has(document.id))
        .map((document) => ({ document, stored: true, restored: true }));
      entries = [...restoring, ...own()];
    }
  }
  // A library document left out is not tried again by this desk.
  for (const entry of entries) if (entry.stored && leftOut.has(idOf(entry))) held.add(idOf(entry));
  outcome.cancelled = stillToRead(own(), { held, finished, leftOut }).length;
  return {
    ...outcome,
    added: [...outcome.added.values()],
    restored: [...outcome.restored.values()],
    failed: [...outcome.failed.values()],
  };
}
