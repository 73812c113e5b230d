// The app's exports (web/app/export.js) and its address filter
// (web/app/links.js), under node: only http(s) addresses become links, and
// no article text or address can add structure to the Markdown file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storiesWithSummaries, toMarkdown, escapeMarkdown } from '../../web/app/export.js';
import { webAddress } from '../../web/app/links.js';

// A desk that summarises every story with the given sentences.
const deskSaying = (sentences) => ({ storySummary: async () => ({ sentences: sentences.map((text) => ({ text })), keywords: [] }) });

async function exportOf(articles, sentences = []) {
  const map = new Map(articles.map((a) => [a.id, a]));
  const stories = [{ id: 's1', canonical: articles[0].id, members: articles.map((a) => a.id) }];
  return storiesWithSummaries(deskSaying(sentences), stories, map);
}

test('only http and https addresses are kept as links', () => {
  assert.equal(webAddress('https://news.example/a?b=1#c'), 'https://news.example/a?b=1#c');
  assert.equal(webAddress('  http://news.example/x '), 'http://news.example/x');
  for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<b>x</b>',
    'vbscript:x', 'file:///etc/passwd', '/relative/path', '//news.example/x', 'mailto:a@b.example', '', undefined, 42]) {
    assert.equal(webAddress(bad), '', String(bad));
  }
});

test('the JSON export drops addresses that are not http(s)', async () => {
  const exported = await exportOf([
    { id: 'a', title: 'A', url: 'javascript:alert(document.cookie)' },
    { id: 'b', title: 'B', url: 'data:text/html;base64,PHNjcmlwdD4=' },
    { id: 'c', title: 'C', url: 'https://news.example/c' },
  ]);
  assert.deepEqual(exported[0].members.map((m) => m.url), ['', '', 'https://news.example/c']);
});

test('Markdown export links http(s) addresses only', async () => {
  const markdown = toMarkdown(await exportOf([
    { id: 'a', title: 'Flood kills three', url: 'javascript:alert(1)' },
    { id: 'b', title: 'Flood toll rises', url: 'data:text/html,<script>x</script>' },
    { id: 'c', title: 'Flood waters recede', url: 'https://news.example/flood' },
  ]));
  assert.doesNotMatch(markdown, /javascript|data:/i);
  assert.match(markdown, /^- Flood kills three$/m);
  assert.match(markdown, /^- \[Flood waters recede\]\(https:\/\/news\.example\/flood\)$/m);
});

test('an address or a text holding line breaks adds no heading, list item or link to the Markdown', async () => {
  const markdown = toMarkdown(await exportOf([
    { id: 'a', title: 'Storm\n# Injected heading\n[click](javascript:alert(1))',
      source: 'Wire\n\n- injected item', url: 'https://news.example/a)\n## Injected\n[x](javascript:alert(1)' },
  ], ['Rain fell.\n> quoted\n1. numbered', '<img src=x onerror=alert(1)>', '2) not a list', '- not an item']));
  const lines = markdown.split('\n');
  // The only structure is what toMarkdown writes itself.
  assert.deepEqual(lines.filter((l) => l.startsWith('#')), [lines[0], '## Storm # Injected heading \\[click\\](javascript:alert(1))']);
  assert.ok(!lines.some((l) => /^\s*(>|\d+[.)]|\[)/.test(l)), markdown);
  assert.ok(lines.includes('- Rain fell. \\> quoted 1. numbered'), markdown);
  assert.ok(lines.includes('- \\<img src=x onerror=alert(1)\\>'), markdown);
  assert.ok(lines.includes('- 2\\) not a list'), markdown);
  assert.ok(lines.includes('- \\- not an item'), markdown);
  // The link's destination is one token: its "(", ")", "[" and "]" are percent-encoded.
  assert.ok(lines.includes('- [Storm # Injected heading \\[click\\](javascript:alert(1))]' +
    '(https://news.example/a%29##%20Injected%5Bx%5D%28javascript:alert%281%29) (Wire - injected item)'), markdown);
});

test('Markdown escapes what starts inline markup, and leaves ordinary punctuation alone', () => {
  assert.equal(escapeMarkdown('Minister re-elected; Disney+ prices (AP) rise 5% — 1.5 million!'),
    'Minister re-elected; Disney+ prices (AP) rise 5% — 1.5 million!');
  assert.equal(escapeMarkdown('AT&T and R&D'), 'AT&T and R&D');
  assert.equal(escapeMarkdown('*bold* _it_ `code` ![img](x) <b> a|b ~~gone~~ &amp; \\'),
    '\\*bold\\* \\_it\\_ \\`code\\` !\\[img\\](x) \\<b\\> a\\|b \\~\\~gone\\~\\~ \\&amp; \\\\');
  assert.equal(escapeMarkdown('# 1 story'), '\\# 1 story');
  assert.equal(escapeMarkdown('12. March'), '12\\. March');
  assert.equal(escapeMarkdown('+ plus'), '\\+ plus');
});
