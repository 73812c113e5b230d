// The reader app in real Chromium: samples in, stories out, a story's
// summary, the compare view, a dropped HTML page, persistence across a
// reload, hostile article text, and an accessibility check. Screenshots of
// each screen go to build/screenshots for review.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { appUnderTest, watch, screenshots, root, sharedData } from './browser.mjs';

const app = appUnderTest({ before, after });

// A fresh browser profile (empty library) with the app open and settled.
async function openApp({ context } = {}) {
  context ??= await app.browser.newContext({ bypassCSP: false });
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(app.server.url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  return { context, page, problems };
}

const storyTitles = (page) => page.$$eval('#story-list .story-title', (nodes) => nodes.map((n) => n.textContent));

async function storyWith(page, memberId) {
  const id = await page.evaluate(async (member) => {
    const { stories } = await window.wiredesk.desk.stories();
    return stories.find((s) => s.members.includes(member))?.id;
  }, memberId);
  assert.ok(id, `no story holds ${memberId}`);
  return id;
}

test('a first visit loads the samples: four stories, with 002 and 003 merged', async () => {
  const { context, page, problems } = await openApp();
  assert.equal((await storyTitles(page)).length, 4);
  const merged = await page.evaluate(async () => {
    const { stories } = await window.wiredesk.desk.stories();
    return stories.map((s) => [...s.members].sort());
  });
  assert.ok(merged.some((m) => m.length === 2 && m[0].startsWith('002_') && m[1].startsWith('003_')), JSON.stringify(merged));
  assert.match(await page.textContent('#story-list'), /2 versions/);
  await page.screenshot({ path: join(screenshots, 'stories.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('opening a story shows its key sentences, keywords and versions', async () => {
  const { context, page, problems } = await openApp();
  const story = await storyWith(page, '003_94858066e6bb5739');
  await page.click(`[data-story="${story}"]`);
  await page.waitForSelector('.summary:not([aria-busy]) li');
  const sentences = await page.$$eval('.summary .sentence', (nodes) => nodes.map((n) => n.textContent));
  assert.ok(sentences.length >= 3, 'too few key sentences');
  assert.ok(sentences.some((s) => /high-tech crime/i.test(s)), sentences.join('\n'));
  assert.ok(!sentences.some((s) => /See more|Photo/i.test(s)), 'a caption or teaser was chosen');
  assert.ok((await page.$$('.keywords li')).length > 0, 'no keywords');
  assert.equal((await page.$$('.versions tbody tr')).length, 2);
  // Its related story (the other Interpol report), with the names that link the two.
  await page.waitForFunction(() => /linked by .*Nguyen Van Thanh/.test(document.querySelector('.related')?.textContent ?? ''));
  await page.screenshot({ path: join(screenshots, 'story.png'), fullPage: true });

  // A key sentence leads to its place in the article.
  await page.click('.summary .source-link');
  await page.waitForSelector('.reader .highlight');
  assert.ok((await page.textContent('.reader mark')).length > 20, 'the sentence is not marked');
  await page.check('#show-removed');
  assert.ok(await page.isVisible('.removed'), 'removed blocks are not shown');
  await page.screenshot({ path: join(screenshots, 'reader.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('comparing 002 with 003 reports the run-together words as spacing', async () => {
  const { context, page, problems } = await openApp();
  await page.goto(`${app.server.url}#/compare/002_0c1e3a2815583ef3/003_94858066e6bb5739`);
  await page.waitForSelector('.compare-host *');
  const text = await page.textContent('.compare-host');
  assert.match(text, /spacing/i);
  await page.screenshot({ path: join(screenshots, 'compare.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(screenshots, 'compare-phone.png'), fullPage: true });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), 'the page is wider than a phone');
  assert.deepEqual(problems, []);
  await context.close();
});

// Drops files on the page as a user's drag and drop does.
async function drop(page, files) {
  const batches = Number(await page.getAttribute('body', 'data-batches') ?? 0);
  await page.evaluate(async (list) => {
    const transfer = new DataTransfer();
    for (const { name, base64, type } of list) {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], name, { type }));
    }
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files.map(({ name, bytes, type = '' }) => ({ name, type, base64: Buffer.from(bytes).toString('base64') })));
  await page.waitForFunction((before) => Number(document.body.dataset.batches ?? 0) > before, batches);
}

test('a dropped HTML page becomes a story; files that are not articles get a message each', async (t) => {
  const html = join(sharedData, 'extraction-dev', 'html');
  if (!existsSync(html)) {
    t.skip(`the extraction development pages are not at ${html}`);
    return;
  }
  const name = readdirSync(html).sort()[0];
  const { context, page, problems } = await openApp();
  await drop(page, [
    { name: name.replace(/\.gz$/, ''), bytes: gunzipSync(readFileSync(join(html, name))), type: 'text/html' },
    { name: 'photo.png', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) },
    { name: 'empty.txt', bytes: Buffer.alloc(0) },
    { name: 'wrong.json', bytes: Buffer.from('{"title": "no content"}') },
  ]);
  assert.equal((await storyTitles(page)).length, 5);
  const listed = await page.textContent('#problem-list');
  assert.match(listed, /photo\.png: not an article/);
  assert.match(listed, /empty\.txt: the file is empty/);
  assert.match(listed, /wrong\.json: the document: "content" must be a string/);
  await page.screenshot({ path: join(screenshots, 'dropped.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('an address is fetched into a story; a 404 and an unreachable host each get a plain message', async () => {
  const { context, page, problems } = await openApp();
  const fetchAddress = async (address) => {
    // The status still tells of the last action: clear it, then wait for this one's.
    await page.evaluate(() => { document.querySelector('#status').dataset.kind = ''; });
    await page.click('#open-url');
    await page.fill('#url-text', address);
    await page.click('#url-dialog button[value="fetch"]');
    await page.waitForFunction(() => ['done', 'error'].includes(document.querySelector('#status').dataset.kind));
    return { kind: await page.getAttribute('#status', 'data-kind'), text: await page.textContent('#status') };
  };

  // The page's own server allows the read: the sample becomes an article (a
  // copy of a sample already on the desk, so it joins that story).
  const sample = `${app.server.url}samples/004_1fbe4b0bd141bb0e.txt`;
  const fetched = await fetchAddress(sample);
  assert.equal(fetched.kind, 'done', fetched.text);
  const members = await page.evaluate(async () => (await window.wiredesk.desk.stories()).stories.flatMap((s) => s.members));
  assert.ok(members.some((id) => id.startsWith('127.0.0.1') || id.startsWith('localhost')), members.join(', '));

  const missing = await fetchAddress(`${app.server.url}samples/no-such-article.txt`);
  assert.equal(missing.kind, 'error');
  assert.match(missing.text, /answered HTTP 404/);

  const unreachable = await fetchAddress('http://127.0.0.1:9/news/article.html');
  assert.equal(unreachable.kind, 'error');
  assert.match(unreachable.text, /did not allow this page to read it \(no CORS permission\), or it could not be reached/);

  assert.equal((await storyTitles(page)).length, 4, 'a failed fetch changed the library');
  // The browser logs the refused requests themselves; the page raised nothing.
  assert.deepEqual(problems.filter((p) => !/Failed to load resource|ERR_CONNECTION_REFUSED|404/.test(p)), []);
  await context.close();
});

test('the library is still there after a reload', async () => {
  const { context, page } = await openApp();
  await drop(page, [{ name: 'local-story.txt', bytes: Buffer.from(
    'Flood waters rose along the Red River on Tuesday, officials in Hanoi said.\n\n' +
    'The city opened three shelters for families from low-lying districts near the river banks.') }]);
  const before = await storyTitles(page);
  assert.equal(before.length, 5);
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.deepEqual(await storyTitles(page), before);
  const status = await page.textContent('#status');
  assert.doesNotMatch(status, /added/, 'a reload claims articles were added');
  assert.match(status, /6 articles opened from your library/);
  await context.close();
});

test('markup in an article is shown as text and runs nothing', async () => {
  const { context, page, problems } = await openApp();
  await page.evaluate(() => { window.injected = false; });
  await drop(page, [{ name: 'hostile.txt', bytes: Buffer.from(
    'Officials warned of <img src=x onerror="window.injected=true"> fake notices on Monday.\n\n' +
    'The notices carried <script>window.injected=true</script> links to a phishing page, police said.') }]);
  await page.goto(`${app.server.url}#/article/hostile`);
  await page.waitForSelector('.reader .article-body');
  const text = await page.textContent('.reader');
  assert.ok(text.includes('<img src=x onerror="window.injected=true">'), text);
  assert.equal(await page.$$eval('.detail img, .detail script', (nodes) => nodes.length), 0);
  assert.equal(await page.evaluate(() => window.injected), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('every screen passes an accessibility check with no serious violation', async () => {
  const context = await app.browser.newContext({ bypassCSP: true });
  const { page } = await openApp({ context });
  await page.addScriptTag({ path: join(root, 'node_modules', 'axe-core', 'axe.min.js') });
  const story = await storyWith(page, '003_94858066e6bb5739');
  const screens = ['', `#/story/${story}`, '#/article/003_94858066e6bb5739', '#/compare/002_0c1e3a2815583ef3/003_94858066e6bb5739'];
  // A laptop and a phone: the phone's layout (menu, screens of their own) is checked too.
  for (const [width, colorScheme] of [[1366, 'light'], [1366, 'dark'], [390, 'light'], [390, 'dark']]) {
    await page.setViewportSize({ width, height: 844 });
    await page.emulateMedia({ colorScheme });
    for (const hash of screens) {
      await page.evaluate((h) => { location.hash = h; }, hash);
      await page.waitForTimeout(300);
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')})`);
      });
      assert.deepEqual(violations, [], `${width} px ${colorScheme} ${hash || 'home'}`);
    }
  }
  await context.close();
});

test('the module API rejects a bad document with the core\'s message', async () => {
  const { context, page } = await openApp();
  const outcome = await page.evaluate(async () => {
    const { createWiredesk } = await import('./web/wiredesk.js');
    const desk = await createWiredesk();
    const results = await Promise.allSettled([
      desk.sentences({ id: 'n', content: 42 }),
      desk.sentences(''),
      desk.tokens('Hanoi, 2019.'),
    ]);
    desk.terminate();
    const afterTerminate = await desk.sentences('x').catch((error) => error.message);
    return { results: results.map((r) => r.reason?.message ?? r.value.tokens.length), afterTerminate };
  });
  assert.deepEqual(outcome, {
    results: ['document 0: "content" must be a string, not number', 'document is empty', 4],
    afterTerminate: 'Wiredesk was terminated',
  });
  await context.close();
});
