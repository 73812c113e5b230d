// Decoding and naming of what a user drops or pastes (web/app/intake.js), in node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decode, declaredCharset, documentFromPaste, documentFromUrl, documentsFromFile, hashText, kMaxFileBytes } from '../../web/app/intake.js';

const bytes = (text, encoding = 'utf8') => new Uint8Array(Buffer.from(text, encoding));

test('a page is decoded by the charset it declares', () => {
  const page = new Uint8Array([...bytes('<html><head><meta charset="windows-1251"></head><body>'),
    0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, ...bytes('</body></html>')]);
  assert.equal(declaredCharset(page, 'html'), 'windows-1251');
  assert.match(decode(page, 'html').text, /<body>Привет<\/body>/);
});

test('a feed is decoded by its XML declaration', () => {
  const feed = bytes('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Caf\xe9</title></channel></rss>', 'latin1');
  assert.equal(declaredCharset(feed, 'feed'), 'ISO-8859-1');
  assert.match(decode(feed, 'feed').text, /<title>Café<\/title>/);
});

test('undeclared bytes that are not UTF-8 are read as windows-1252, with a warning', () => {
  const { text, warning } = decode(bytes('Caf\xe9 society', 'latin1'), 'text');
  assert.equal(text, 'Café society');
  assert.match(warning, /windows-1252/);
});

test('UTF-8 with or without a byte order mark is read as UTF-8', () => {
  assert.equal(decode(bytes('Việt Nam'), 'text').text, 'Việt Nam');
  assert.equal(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Hà Nội')]), 'text').text, 'Hà Nội');
});

test('an unknown declared charset is read as UTF-8 and said so', () => {
  const { text, warning } = decode(bytes('<meta charset="klingon-8">Hello'), 'html');
  assert.match(text, /Hello/);
  assert.match(warning, /unknown charset "klingon-8"/);
});

test('pasted HTML and pasted text get their format and a stable id', () => {
  const html = documentFromPaste('<html><body><p>Story.</p></body></html>');
  assert.equal(html.format, 'html');
  const text = documentFromPaste('HANOI — The talks ended.', { source: 'VNA' });
  assert.equal(text.format, 'text');
  assert.equal(text.source, 'VNA');
  assert.equal(text.id, `pasted-${hashText('HANOI — The talks ended.')}`);
  assert.throws(() => documentFromPaste('   '), /the text is empty/);
});

test('a UTF-16 text file with a byte order mark is read, not refused as binary', async () => {
  const le = new File([new Uint8Array([0xff, 0xfe, ...bytes('The talks ended.', 'utf16le')])], 'le.txt');
  const be = new File([new Uint8Array([0xfe, 0xff, ...bytes('The talks began.', 'utf16le').map((_, i, a) => a[i ^ 1])])], 'be.txt');
  assert.equal((await documentsFromFile(le))[0].content, 'The talks ended.');
  assert.equal((await documentsFromFile(be))[0].content, 'The talks began.');
});

test('a file one byte over the limit is not described as the limit', async () => {
  const over = new File([new Uint8Array(kMaxFileBytes + 1)], 'over.txt');
  await assert.rejects(documentsFromFile(over), { message: 'the file is 32.1 MB; the limit is 32 MB' });
});

test('a fetch while offline says the device is offline, not that the site refused', async (t) => {
  const saved = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
  const savedFetch = globalThis.fetch;
  t.after(() => {
    if (saved) Object.defineProperty(globalThis, 'navigator', saved);
    else delete globalThis.navigator;
    globalThis.fetch = savedFetch;
  });
  Object.defineProperty(globalThis, 'navigator', { value: { onLine: false }, configurable: true, writable: true });
  globalThis.fetch = async () => { throw new TypeError('Failed to fetch'); };
  await assert.rejects(documentFromUrl('https://example.org/news/story.html'), (error) => {
    assert.match(error.message, /example\.org could not be reached: this device is offline/);
    assert.doesNotMatch(error.message, /CORS/);
    return true;
  });
});
