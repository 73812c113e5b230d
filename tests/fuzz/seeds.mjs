// Writes the fuzz seeds made from the bundled samples into a folder (a
// subfolder per harness), so that the repository keeps only the small
// hand-made seeds of tests/fuzz/seeds. Usage: node tests/fuzz/seeds.mjs DIR
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = process.argv[2];
if (!out) throw new Error('usage: node tests/fuzz/seeds.mjs DIR');

const names = readdirSync(join(root, 'samples')).filter((n) => n.endsWith('.txt')).sort();
const samples = names.map((name) => ({ id: name.replace(/\.txt$/, ''), text: readFileSync(join(root, 'samples', name), 'utf8') }));
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// A sample as a small page: its first line the title, its paragraphs in an
// <article> between a menu and a footer, as news sites lay them out.
function page({ id, text }) {
  const [title, ...rest] = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escape(title)}</title>` +
    `<link rel="canonical" href="https://news.example/${id}"></head><body>` +
    '<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>' +
    `<article><h1>${escape(title)}</h1>${rest.map((p) => `<p>${escape(p)}</p>`).join('')}</article>` +
    '<footer><p>© News. All rights reserved.</p></footer></body></html>';
}

const seeds = {
  extract_text: samples.map((s) => [s.id, s.text]),
  extract_html: samples.map((s) => [s.id, page(s)]),
  documents: [
    ['array', JSON.stringify(samples.slice(0, 2).map((s) => ({ id: s.id, source: 'Wire', format: 'text', content: s.text })))],
    ['lines', samples.slice(2).map((s) => JSON.stringify({ id: s.id, url: `https://news.example/${s.id}`, content: page(s) })).join('\n')],
  ],
  compare: [['002-003', `${samples[2].text}\f${samples[3].text}`], ['text-page', `${samples[0].text}\f${page(samples[0])}`]],
  summarize: [['story', samples.slice(2).map((s) => s.text).join('\f')], ['one', samples[1].text]],
};
for (const [harness, files] of Object.entries(seeds)) {
  mkdirSync(join(out, harness), { recursive: true });
  for (const [name, text] of files) writeFileSync(join(out, harness, name), text);
}
