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
    if (broken) return Promise.reject(new Error(broken));
    const document = typeof textOrDocument === 'string' ? { content: textOrDocument } : textOrDocument;
    let request;
    try {
      request = JSON.stringify(document);
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

  // A summary: one document (text or object), or with {story: true} an
  // array of documents taken as versions of one story.
  function summarize(textOrDocuments, options = {}) {
    if (broken) return Promise.reject(new Error(broken));
    if (options === null || typeof options !== 'object' || Array.isArray(options)) {
      return Promise.reject(new Error('summarize options must be an object, such as {sentences: 3}'));
    }
    const asDocument = (d) => (typeof d === 'string' ? { content: d } : d);
    const documents = Array.isArray(textOrDocuments) ? textOrDocuments.map(asDocument) : asDocument(textOrDocuments);
    if (Array.isArray(documents) && !options.story) {
      return Promise.reject(new Error('summarize takes one document, or an array of versions with {story: true}'));
    }
    let request;
    try {
      request = JSON.stringify({ documents, options });
    } catch (error) {
      return Promise.reject(new Error(`the document is not JSON-serialisable: ${error.message}`));
    }
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, method: 'summarize', request });
    }).then((response) => {
      if (response.error) throw new Error(response.error.message);
      const result = response.results[0];
      if (result.error) throw new Error(result.error.message);
      return result;
    });
  }

  return {
    /**
     * Key sentences and keywords: {id, sentences: [{text, score, paragraph, sentence}], keywords: [{term, score}]}.
     * options: {sentences: K} | {ratio: R} | {chars: N}, keywords: M, story: true (an array of versions;
     * each sentence then also carries "article", the id of its version, and "support").
     */
    summarize,
    /** The article of an HTML page or a copied text: {id, title, byline, dateline, published, lang, url, text, paragraphs, removed, warnings}. */
    extract: (textOrDocument) => call('extract', textOrDocument),
    /** The sentences of a text or document: {id, sentences: [{text, begin, end, paragraph}], warnings}. */
    sentences: (textOrDocument) => call('sentences', textOrDocument),
    /** The tokens of a text or document: {id, tokens: [{text, kind, begin, end}], warnings}. */
    tokens: (textOrDocument) => call('tokens', textOrDocument),
    /** The core's version string. */
    version: () => version,
    /** Stops the worker; later calls reject. */
    terminate() {
      worker.terminate();
      failAll('Wiredesk was terminated');
    },
  };
}
