import type { Wiredesk } from './wiredesk.js';

/** Wiredesk in node: the same API as in a page, its core run in a worker thread. */
export function createWiredesk(): Promise<Wiredesk>;
