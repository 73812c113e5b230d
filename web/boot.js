// Starts the worker and the wasm core as early as the page allows. A module
// graph runs only once all of it has loaded, so this small graph is a script
// of its own (index.html), and the core compiles while the app's modules are
// still arriving; web/app.js picks up the same promise.
import { createWiredesk } from './wiredesk.js';

export const starting = createWiredesk();
starting.catch(() => {});  // reported by the app, which awaits it
