// Types of web/element.js (the package's `wiredesk/element`): the
// <wire-desk> element, registered when the module loads. Its events and the
// shapes of its documents are declared in wiredesk.d.ts.
import type { WiredeskDocument, WireDeskElement as WireDesk } from './wiredesk.js';

/** The class registered as <wire-desk>; `document.createElement('wire-desk')` makes one. */
export declare class WireDeskElement extends HTMLElement implements WireDesk {
  documents: WiredeskDocument[];
  /** Shows `message` in place of the view, after any load under way. */
  showProblem(message: string): Promise<void>;
}

/** Documents from the text of a src file (a JSON array or object, or JSON Lines); throws with `where` in the message. */
export function parseDocuments(text: string, where: string): WiredeskDocument[];
