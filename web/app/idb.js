// IndexedDB's callbacks as promises, for the library (library.js) and what
// the core computed beside it (derived-store.js).

/** Resolves with a request's result, rejects with its error. */
export function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Resolves when a transaction has committed; rejects when it aborts or fails. */
export function done(transaction) {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error('the write was cancelled'));
    transaction.onerror = () => reject(transaction.error);
  });
}
