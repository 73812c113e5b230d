// The peers scripts/eval-extraction scores beside Wiredesk: Readability.js
// (Mozilla's reader view) and Defuddle, both on linkedom, over the same
// pages. Each turns its HTML output into text the way a reader sees it: a
// line break at the end of every block element, so paragraphs stay apart.
// Prints one JSON line a page:
//   {"file", "readability": {"text","title","byline","published"}, "defuddle": {...}}
// A peer that throws on a page gives that page empty fields.
//
//   node bench/extraction_peers.mjs FILE.html...
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { Defuddle } from 'defuddle/node';

const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL',
  'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);

// The text of an HTML fragment, a line break after each block.
function blockText(html) {
  if (!html) return '';
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const parts = [];
  const walk = (node) => {
    if (node.nodeType === 3) {
      parts.push(node.textContent);
      return;
    }
    if (node.nodeType !== 1) return;
    if (node.tagName === 'SCRIPT' || node.tagName === 'STYLE') return;
    for (const child of node.childNodes) walk(child);
    if (BLOCKS.has(node.tagName)) parts.push('\n');
  };
  walk(document.body);
  return parts.join('').split('\n').map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean).join('\n');
}

const empty = { text: '', title: '', byline: '', published: '' };

function readability(html) {
  try {
    const article = new Readability(parseHTML(html).document).parse();
    if (!article) return empty;
    return { text: blockText(article.content), title: article.title || '',
      byline: article.byline || '', published: article.publishedTime || '' };
  } catch {
    return empty;
  }
}

async function defuddle(html) {
  try {
    const result = await Defuddle(parseHTML(html).document, undefined, { markdown: false });
    return { text: blockText(result.content), title: result.title || '',
      byline: result.author || '', published: result.published || '' };
  } catch {
    return empty;
  }
}

// Defuddle logs its own progress; only the JSON lines belong on stdout.
const write = process.stdout.write.bind(process.stdout);
console.log = console.info = console.warn = console.debug = () => {};
for (const file of process.argv.slice(2)) {
  const html = readFileSync(file, 'utf8');
  write(`${JSON.stringify({ file, readability: readability(html), defuddle: await defuddle(html) })}\n`);
}
