// The Web Worker that runs Wiredesk's wasm core, so that the page never
// freezes. A classic worker: old emscripten's module output is not an ES module.
//
// Protocol (see wiredesk.js): the worker posts {type: 'ready', version} or
// {type: 'failed', message} once; then answers each {id, method, request}
// with {id, response} (the core's JSON, parsed) or {id, error}.
/* global importScripts, createWiredeskCore */
'use strict';

const base = new URL('./gen/', self.location.href);
let core = null;
const queue = [];

function answer({ id, method, request }) {
  try {
    if (method !== 'extract' && method !== 'sentences' && method !== 'tokens' && method !== 'compare') {
      self.postMessage({ id, error: `unknown method "${method}"` });
      return;
    }
    self.postMessage({ id, response: JSON.parse(core[method](request)) });
  } catch (error) {
    self.postMessage({ id, error: `the core failed: ${error && error.message ? error.message : error}` });
  }
}

async function start() {
  importScripts(new URL('wiredesk-core.js', base).href);
  const [instance, data] = await Promise.all([
    createWiredeskCore({ locateFile: (file) => new URL(file, base).href }),
    fetch(new URL('icudt72l.dat', base)).then((response) => {
      if (!response.ok) throw new Error(`ICU data: HTTP ${response.status}`);
      return response.arrayBuffer();
    }),
  ]);
  const loaded = JSON.parse(instance.loadIcuData(new Uint8Array(data)));
  if (loaded.error) throw new Error(loaded.error.message);
  core = instance;
  self.postMessage({ type: 'ready', version: core.version() });
  queue.splice(0).forEach(answer);
}

self.onmessage = (event) => {
  if (core) answer(event.data);
  else queue.push(event.data);
};

start().catch((error) => {
  self.postMessage({ type: 'failed', message: `Wiredesk could not start: ${error.message || error}` });
});
