// Building the page from untrusted article text: every string reaches the DOM
// through textContent or attribute setters, never as HTML.

// element('li', {class: 'x', title: 't', dataset: {id}}, child, 'text', ...)
export function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (value === true) node.setAttribute(name, '');
    else node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export const $ = (id) => document.getElementById(id);

// "3 versions", "1 version".
export const plural = (count, word, words = `${word}s`) => `${count} ${count === 1 ? word : words}`;

// A date as an editor reads it, or the raw string when it is not a date.
// An ISO 8601 date (what the core's `date` gives) as a Date, or null: no
// other string ("858shares", a phone number) is taken for a date.
export function parseDate(value) {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}(T|$)/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDate(value) {
  const date = parseDate(value);
  if (!date) return '';
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: value.includes('T') ? 'short' : undefined });
}

// Diacritic- and case-insensitive matching key, as the core's MatchKey does
// for search ("Việt Nam" = "viet nam").
export function searchKey(text) {
  return String(text).normalize('NFKD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
}

// A language's name in the reader's language ("Vietnamese" for "vi"), or
// the code when the browser has no name for it; '' for none.
export function languageName(code) {
  if (!code) return '';
  try {
    return new Intl.DisplayNames(undefined, { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
