// Wiredesk's JavaScript API: an ES module that runs the wasm core in a Web
// Worker and answers with promises.
//
//   import { createWiredesk } from './web/wiredesk.js';
//   const desk = await createWiredesk();
//   const { sentences } = await desk.sentences('Mr. Smith met Dr. Jones. He left.');
//
// Every call resolves with one result object of the JSON contract, or rejects
// with an Error whose message says what was wrong with the input. A worker
// that fails to start or dies rejects every pending call; nothing hangs.

export async function createWiredesk({ baseUrl = new URL('./', import.meta.url) } = {}) {
  const worker = new Worker(new URL('worker.js', baseUrl));
  const pending = new Map();
  let nextId = 1;
  let broken = null;

  const failAll = (message) => {
    broken = message;
    for (const { reject } of pending.values()) reject(new Error(message));
    pending.clear();
  };

  const version = await new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => {
      if (data.type === 'ready') resolve(data.version);
      else if (data.type === 'failed') reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(`Wiredesk's worker failed to load: ${event.message || 'unknown error'}`));
    };
  }).catch((error) => {
    worker.terminate();
    throw error;
  });

  worker.onmessage = ({ data }) => {
    const call = pending.get(data.id);
    if (!call) return;
    pending.delete(data.id);
    if (data.error) call.reject(new Error(data.error));
    else call.resolve(data.response);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    failAll(`Wiredesk's worker stopped: ${event.message || 'unknown error'}`);
  };

  // Sends one document to the core; resolves with its result.
  function call(method, textOrDocument) {
    const document = typeof textOrDocument === 'string' ? { content: textOrDocument } : textOrDocument;
    return send(method, document);
  }

  // Sends one request object to the core; resolves with its first result.
  function send(method, requestObject) {
    if (broken) return Promise.reject(new Error(broken));
    let request;
    try {
      request = JSON.stringify(requestObject);
    } catch (error) {
      return Promise.reject(new Error(`the document is not JSON-serialisable: ${error.message}`));
    }
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, method, request });
    }).then((response) => {
      if (response.error) throw new Error(response.error.message);
      const result = response.results[0];
      if (result.error) throw new Error(result.error.message);
      return result;
    });
  }

  return {
    /** The article of an HTML page or a copied text: {id, title, byline, dateline, published, lang, url, text, paragraphs, removed, warnings}. */
    extract: (textOrDocument) => call('extract', textOrDocument),
    /** The sentences of a text or document: {id, sentences: [{text, begin, end, paragraph}], warnings}. */
    sentences: (textOrDocument) => call('sentences', textOrDocument),
    /** The tokens of a text or document: {id, tokens: [{text, kind, begin, end}], warnings}. */
    tokens: (textOrDocument) => call('tokens', textOrDocument),
    /**
     * Two versions of a story side by side: {left, right, verdict, summary, stats, changes, rows}
     * (rows: [{op, part, left, right, words: [{op, text, class}]}]; see web/compare-view.js).
     * Each version is a text or a document; `extract: false` takes the texts as article bodies as they stand.
     */
    compare: (docA, docB, { extract = true } = {}) => {
      const asDocument = (d, id) => (typeof d === 'string' ? { id, content: d } : d);
      return send('compare', { left: asDocument(docA, 'left'), right: asDocument(docB, 'right'), extract });
    },
    /** The core's version string. */
    version: () => version,
    /** Stops the worker; later calls reject. */
    terminate() {
      worker.terminate();
      failAll('Wiredesk was terminated');
    },
  };
}
