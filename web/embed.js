// embed.html: Wiredesk in an iframe, for dashboards that isolate widgets.
//
// The parent names its origin in the frame's address (embed.html?origin=
// https://dashboard.example; a trailing slash or a path is ignored); without
// it only the frame's own origin is trusted. Messages from any other origin
// are dropped unanswered; when the parent itself sent one, the frame says
// so on screen (the usual cause: a missing or mistyped ?origin=).
//
// Parent -> frame (postMessage):
//   {type: 'wiredesk:documents', documents: [{content, id?, source?, url?, published?, format?}, ...]}
//   {type: 'wiredesk:view', view: 'stories'|'story'|'compare', article?, left?, right?, theme?}
// Frame -> parent (to the trusted origin only):
//   {type: 'wiredesk:ready'}                  once, when it listens
//   {type: 'wiredesk:height', height}         whenever its content's height changes
//   {type: 'wiredesk:story-select', story, members, title}
//   {type: 'wiredesk:sentence-select', article, paragraph, sentence, text}
//   {type: 'wiredesk:error', message}         a message of the wrong shape
import './element.js';

const desk = document.getElementById('desk');
// The origin of an address the parent gave, or null when it names none.
export function originOf(address) {
  try {
    const { origin } = new URL(address);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

const named = new URL(location.href).searchParams.get('origin');
const trusted = (named && originOf(named)) || location.origin;
// Opened on its own, the page is its own parent: it would answer itself.
const framed = window.parent !== window;
const tell = (message) => framed && window.parent.postMessage(message, trusted);

const kViewFields = ['view', 'article', 'left', 'right', 'theme'];

// What is wrong with a message's shape, or null when it is fine.
export function problemWith(data) {
  if (!data || typeof data !== 'object' || typeof data.type !== 'string') return 'a message must be an object with a "type"';
  if (data.type === 'wiredesk:documents') {
    if (!Array.isArray(data.documents)) return '"documents" must be an array';
    for (const [index, document] of data.documents.entries()) {
      if (!document || typeof document !== 'object' || typeof document.content !== 'string') {
        return `document ${index + 1}: "content" must be a string`;
      }
      for (const field of ['id', 'source', 'url', 'published', 'format']) {
        if (document[field] !== undefined && typeof document[field] !== 'string') return `document ${index + 1}: "${field}" must be a string`;
      }
    }
    return null;
  }
  if (data.type === 'wiredesk:view') {
    for (const field of kViewFields) {
      if (data[field] !== undefined && typeof data[field] !== 'string') return `"${field}" must be a string`;
    }
    if (data.view !== undefined && !['stories', 'story', 'compare'].includes(data.view)) return `unknown view "${data.view}"`;
    return null;
  }
  return `unknown message type "${data.type}"`;
}

// Why a message from the parent at `origin` was not taken.
function refusal(origin) {
  if (named === null) {
    return `Wiredesk takes no messages from ${origin}: this frame was opened without ?origin= in its address, ` +
      `so it trusts only ${location.origin}. Open it as embed.html?origin=${origin}.`;
  }
  if (originOf(named) === null) {
    return `Wiredesk takes no messages from ${origin}: ?origin=${named} is not an origin such as https://dashboard.example, ` +
      `so this frame trusts only ${location.origin}.`;
  }
  return `Wiredesk takes no messages from ${origin}: this frame trusts only ${trusted} (its ?origin=).`;
}

window.addEventListener('message', (event) => {
  if (!framed || event.source !== window.parent) return;
  if (event.origin !== trusted) {
    // Silence here leaves the embedder guessing; telling them needs nothing
    // of theirs, so the frame says it on its own screen (not to the parent).
    if (typeof event.data?.type === 'string' && event.data.type.startsWith('wiredesk:')) desk.showProblem(refusal(event.origin));
    return;
  }
  const problem = problemWith(event.data);
  if (problem) {
    tell({ type: 'wiredesk:error', message: problem });
    // Shown too, for whoever embeds the frame without listening for errors;
    // other scripts' messages (another "type") are none of the frame's business.
    if (typeof event.data?.type === 'string' && event.data.type.startsWith('wiredesk:')) {
      desk.showProblem(`The page sent Wiredesk a message it can't use: ${problem}.`);
    }
    return;
  }
  if (event.data.type === 'wiredesk:documents') {
    desk.documents = event.data.documents;
  } else {
    for (const field of kViewFields) {
      if (event.data[field] !== undefined) desk.setAttribute(field, event.data[field]);
    }
  }
});

desk.addEventListener('story-select', (event) => tell({ type: 'wiredesk:story-select', ...event.detail }));
desk.addEventListener('sentence-select', (event) => tell({ type: 'wiredesk:sentence-select', ...event.detail }));
// The body's own height, not the document's scrollHeight: that is never less
// than the frame, so a frame once made tall would never be told to shrink.
let lastHeight = -1;
new ResizeObserver(() => {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === lastHeight) return;
  lastHeight = height;
  tell({ type: 'wiredesk:height', height });
}).observe(document.body);
tell({ type: 'wiredesk:ready' });
// Where the browser names the parent's origin, a mismatch shows at once.
const parentOrigin = framed ? location.ancestorOrigins?.[0] : undefined;
if (parentOrigin && parentOrigin !== trusted) desk.showProblem(refusal(parentOrigin));
