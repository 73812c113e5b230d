// Getting articles in: files and folders (dropped or picked), pasted text or
// HTML, a URL, RSS/Atom feeds. Everything becomes documents of the JSON
// contract ({id, source, url, published, format, content}); everything that
// can't be one becomes a problem with a message, and the rest goes on.

// The core refuses larger documents; saying so here saves reading them.
export const kMaxFileBytes = 32 * 1024 * 1024;

const kKinds = {
  html: 'html', htm: 'html', xhtml: 'html', txt: 'text', text: 'text', md: 'text',
  json: 'json', jsonl: 'jsonl', ndjson: 'jsonl', xml: 'feed', rss: 'feed', atom: 'feed',
};
const kNotArticles = {
  png: 'an image', jpg: 'an image', jpeg: 'an image', gif: 'an image', webp: 'an image', svg: 'an image',
  zip: 'an archive', gz: 'an archive', tar: 'an archive', '7z': 'an archive', rar: 'an archive',
  pdf: 'a PDF (copy its text instead)', doc: 'a Word file', docx: 'a Word file', mp3: 'audio',
  mp4: 'a video', mov: 'a video', exe: 'a program', wasm: 'a program',
};

const extensionOf = (name) => (/\.([^./]+)$/.exec(name)?.[1] ?? '').toLowerCase();
const baseName = (name) => name.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

// --- Decoding ---------------------------------------------------------------

// The charset a page or feed declares in its first bytes, if any.
export function declaredCharset(bytes, kind) {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  if (kind === 'feed') return /^\s*<\?xml[^>]*encoding=["']([\w.:-]+)["']/i.exec(head)?.[1] ?? null;
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

// Text from bytes: a BOM wins, then the declared charset, then UTF-8, and
// windows-1252 for undeclared bytes that are not UTF-8 (as the CLI does).
export function decode(bytes, kind) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes) };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes) };
  const declared = kind === 'html' || kind === 'feed' ? declaredCharset(bytes, kind) : null;
  if (declared) {
    try {
      return { text: new TextDecoder(declared).decode(bytes) };
    } catch {
      // An unknown label: fall through to UTF-8, and say so.
      const text = new TextDecoder('utf-8').decode(bytes);
      return { text, warning: `unknown charset "${declared}"; read as UTF-8` };
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), warning: 'not UTF-8 and no charset declared; read as windows-1252' };
  }
}

// Bytes that are not text: NUL bytes, or many control characters, early on.
// UTF-16 text is full of NUL bytes; its byte-order mark tells it apart.
function looksBinary(bytes) {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control += 1;
  }
  return control > sample.length / 20;
}

// --- Feeds ------------------------------------------------------------------

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const childText = (node, names) => {
  for (const name of names) {
    const child = [...node.children].find((c) => c.localName === name || c.nodeName === name);
    if (child && child.textContent.trim()) return child.textContent.trim();
  }
  return '';
};

// The items of an RSS or Atom feed as HTML documents. Parsed as XML, which
// runs nothing; the items' HTML goes to the core as text, never into the page.
export function documentsFromFeed(xml, name) {
  const tree = new DOMParser().parseFromString(xml, 'application/xml');
  if (tree.querySelector('parsererror')) throw new Error('not a well-formed RSS or Atom feed');
  const root = tree.documentElement;
  const source = childText(root.localName === 'feed' ? root : root.querySelector('channel') ?? root, ['title']);
  const items = [...tree.getElementsByTagName('item'), ...tree.getElementsByTagName('entry')];
  if (items.length === 0) throw new Error('a feed with no items');
  return items.map((item, index) => {
    const title = childText(item, ['title']);
    const link = childText(item, ['link']) ||
      ([...item.children].find((c) => c.localName === 'link' && c.getAttribute('rel') !== 'enclosure')?.getAttribute('href') ?? '');
    const body = childText(item, ['encoded', 'content', 'description', 'summary']);
    const published = childText(item, ['pubDate', 'published', 'updated', 'date']);
    const guid = childText(item, ['guid', 'id']) || link;
    const content = `<html><head><title>${escapeHtml(title)}</title></head><body><article><h1>${escapeHtml(title)}</h1>${body}</article></body></html>`;
    return {
      id: guid ? `${baseName(name)}-${hashText(guid)}` : `${baseName(name)}-${index + 1}`,
      source, url: link, published, format: 'html', content,
    };
  });
}

// 8 hex digits of FNV-1a: short stable ids for feed items and pasted text.
export function hashText(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

// --- JSON -------------------------------------------------------------------

function checkDocument(value, where) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${where}: a document must be an object with "content"`);
  }
  if (typeof value.content !== 'string') {
    throw new Error(`${where}: "content" must be a string${value.content === undefined ? ' (it is missing)' : ''}`);
  }
  for (const field of ['id', 'source', 'url', 'published', 'format']) {
    if (value[field] !== undefined && typeof value[field] !== 'string') {
      throw new Error(`${where}: "${field}" must be a string`);
    }
  }
  return value;
}

// --- Files ------------------------------------------------------------------

// Documents of one file; throws an Error with a reader's message.
export async function documentsFromFile(file) {
  const name = file.webkitRelativePath || file.relativePath || file.name;
  const extension = extensionOf(file.name);
  if (kNotArticles[extension]) throw new Error(`not an article: ${kNotArticles[extension]}`);
  if (file.size === 0) throw new Error('the file is empty');
  if (file.size > kMaxFileBytes) {
    // Rounded up, so that a size just over the limit never reads as the limit.
    throw new Error(`the file is ${(Math.ceil(file.size / 104857.6) / 10).toFixed(1)} MB; the limit is ${kMaxFileBytes / 1048576} MB`);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (looksBinary(bytes)) throw new Error('not an article: the file is binary, not text');
  let kind = kKinds[extension];
  const { text, warning } = decode(bytes, kind ?? 'html');
  if (!kind) kind = /^\s*</.test(text) ? (/^\s*<\?xml|<rss[\s>]|<feed[\s>]/i.test(text.slice(0, 500)) ? 'feed' : 'html') : 'text';
  const id = baseName(name);
  const note = (documents) => (warning ? documents.map((d) => ({ ...d, warning })) : documents);
  switch (kind) {
    case 'html':
    case 'text':
      if (!text.trim()) throw new Error('the file holds only white space');
      return note([{ id, source: '', url: '', published: '', format: kind, content: text, name }]);
    case 'json': {
      let value;
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new Error(`malformed JSON: ${error.message}`, { cause: error });
      }
      const list = Array.isArray(value) ? value : [value];
      if (list.length === 0) throw new Error('an empty JSON array');
      return note(list.map((item, index) => ({
        ...checkDocument(item, Array.isArray(value) ? `item ${index + 1}` : 'the document'),
        id: item.id || (Array.isArray(value) ? `${id}-${index + 1}` : id),
        name,
      })));
    }
    case 'jsonl': {
      const documents = [];
      text.split('\n').forEach((line, index) => {
        if (!line.trim()) return;
        let item;
        try {
          item = JSON.parse(line);
        } catch (error) {
          throw new Error(`line ${index + 1}: malformed JSON: ${error.message}`, { cause: error });
        }
        documents.push({ ...checkDocument(item, `line ${index + 1}`), id: item.id || `${id}-${index + 1}`, name });
      });
      if (documents.length === 0) throw new Error('no documents in the file');
      return note(documents);
    }
    case 'feed':
      return note(documentsFromFeed(text, name).map((d) => ({ ...d, name })));
    default:
      throw new Error('unknown file type');
  }
}

// Every file under the dropped items, folders walked (DataTransfer entries).
export async function filesFromDrop(dataTransfer) {
  const entries = [...dataTransfer.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.())
    .filter(Boolean);
  if (entries.length === 0) return [...dataTransfer.files];
  const files = [];
  const walk = async (entry, path) => {
    if (entry.isFile) {
      const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
      file.relativePath = path + file.name;
      files.push(file);
    } else if (entry.isDirectory) {
      const reader = entry.createReader();
      // readEntries answers in batches until it answers none.
      for (;;) {
        const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
        if (batch.length === 0) break;
        for (const child of batch) await walk(child, `${path}${entry.name}/`);
      }
    }
  };
  for (const entry of entries) await walk(entry, '');
  return files;
}

// --- Paste and URL ------------------------------------------------------------

// A pasted text or page as a document.
export function documentFromPaste(text, { source = '', url = '' } = {}) {
  if (!text.trim()) throw new Error('nothing to add: the text is empty');
  const format = /^\s*</.test(text) && /<\/?(html|body|p|div|article)[\s>]/i.test(text) ? 'html' : 'text';
  return { id: `pasted-${hashText(text)}`, source, url, published: '', format, content: text, name: 'pasted text' };
}

// Fetches a page the user named. Most news sites don't allow cross-origin
// reads (CORS), and the browser then hides the reason: say it plainly.
export async function documentFromUrl(address, { signal } = {}) {
  let url;
  try {
    url = new URL(address);
  } catch {
    throw new Error(`"${address}" is not a web address`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('only http and https addresses can be fetched');
  let response;
  try {
    response = await fetch(url, { signal, credentials: 'omit', redirect: 'follow' });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    // Offline, every fetch fails the way a CORS refusal does: name the real cause.
    if (globalThis.navigator?.onLine === false) {
      throw new Error(`${url.host} could not be reached: this device is offline. Connect and try again.`, { cause: error });
    }
    throw new Error(`${url.host} did not allow this page to read it (no CORS permission), or it could not be reached. ` +
      'Open the page, copy its text, and paste it instead.', { cause: error });
  }
  if (!response.ok) throw new Error(`${url.host} answered HTTP ${response.status} ${response.statusText}`.trim());
  const bytes = new Uint8Array(await response.arrayBuffer());
  const type = response.headers.get('content-type') ?? '';
  const kind = /xml|rss|atom/.test(type) ? 'feed' : /html/.test(type) ? 'html' : 'text';
  const headerCharset = /charset=([\w.:-]+)/i.exec(type)?.[1];
  let text;
  try {
    text = headerCharset ? new TextDecoder(headerCharset).decode(bytes) : decode(bytes, kind).text;
  } catch {
    text = decode(bytes, kind).text;
  }
  if (kind === 'feed') return documentsFromFeed(text, url.host).map((d) => ({ ...d, name: url.href }));
  return [{ id: `${url.host}-${hashText(url.href)}`, source: url.host, url: url.href, published: '', format: kind, content: text, name: url.href }];
}
