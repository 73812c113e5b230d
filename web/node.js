// Wiredesk in node: the same API as in a page (wiredesk.js), its core run
// in a worker thread instead of a Web Worker, its files read from the disk.
//
//   import { createWiredesk } from 'wiredesk/node';
//   const wiredesk = await createWiredesk();
//   const article = await wiredesk.extract({ content: html, format: 'html' });
//   wiredesk.terminate();   // the worker thread keeps node running until then
import { Worker } from 'node:worker_threads';
import { startWiredesk } from './wiredesk.js';

// A worker thread seen as a Web Worker, which is what the API talks to.
class WorkerThread {
  constructor(file) {
    this.thread = new Worker(file);
    this.thread.on('message', (data) => this.onmessage?.({ data }));
    // An error that escapes the worker, with the event shape a page's worker gives.
    this.thread.on('error', (error) => this.onerror?.({ message: error.message, preventDefault() {} }));
    this.thread.on('exit', (code) => {
      if (code !== 0 && !this.ended) this.onerror?.({ message: `its thread exited with code ${code}`, preventDefault() {} });
    });
  }

  postMessage(message, transfer = []) {
    this.thread.postMessage(message, transfer);
  }

  terminate() {
    this.ended = true;
    this.thread.terminate();
  }
}

export function createWiredesk() {
  return startWiredesk(new WorkerThread(new URL('node-worker.cjs', import.meta.url)));
}
