// worker.js, as a page's Web Worker runs it, in a node worker thread: the
// few worker globals it uses (self, importScripts, postMessage, close, and
// fetch of its own files) are given here over node's, and the script runs
// unchanged. Started by node.js.
'use strict';
const { parentPort } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { readFile } = require('node:fs/promises');
const { join } = require('node:path');
const { fileURLToPath, pathToFileURL } = require('node:url');
const vm = require('node:vm');

const workerScript = join(__dirname, 'worker.js');
const runScript = (file) => vm.runInThisContext(readFileSync(file, 'utf8'), { filename: file });
const networkFetch = globalThis.fetch;

globalThis.self = globalThis;
// The core's script sees node and asks for its path module.
globalThis.require = require;
self.location = { href: pathToFileURL(workerScript).href };
self.postMessage = (message, transfer) => parentPort.postMessage(message, transfer);
self.close = () => process.exit(0);
globalThis.importScripts = (...urls) => urls.forEach((url) => runScript(fileURLToPath(url)));
// The core's files are read from the disk; a .wasm is labelled as a server
// would, so that it compiles while it is read.
globalThis.fetch = async (url) => {
  const address = new URL(String(url));
  if (address.protocol !== 'file:') return networkFetch(url);
  const file = fileURLToPath(address);
  const body = await readFile(file);
  const type = file.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
  return new Response(body, { headers: { 'content-type': type } });
};
parentPort.on('message', (data) => self.onmessage?.({ data }));
runScript(workerScript);
