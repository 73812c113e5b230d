// The native CLI and the wasm build under node (`--engine wasm`) must give
// byte-identical results, errors and exit codes: same core, two targets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, readdirSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'build', 'native', 'wiredesk');
const samples = readdirSync(join(root, 'samples'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => join('samples', name));

function run(args) {
  const result = spawnSync(cli, args, { cwd: root, encoding: 'buffer', maxBuffer: 64 << 20 });
  assert.equal(result.error, undefined, `cannot run ${cli}: build it with scripts/build`);
  return result;
}

function assertSameOnBothEngines(args) {
  const native = run(args);
  const wasm = run([...args, '--engine', 'wasm']);
  assert.equal(wasm.status, native.status, `exit status differs: ${wasm.stderr}`);
  assert.ok(native.stdout.length > 2, 'native engine wrote no results');
  assert.ok(native.stdout.equals(wasm.stdout), 'stdout differs between engines');
  assert.ok(native.stderr.equals(wasm.stderr), `stderr differs:\n${native.stderr}\n---\n${wasm.stderr}`);
  return native;
}

for (const command of ['extract', 'sentences', 'tokens']) {
  test(`${command} of the sample articles are identical on both engines`, () => {
    const result = assertSameOnBothEngines([command, ...samples]);
    assert.equal(result.status, 0);
    assert.equal(JSON.parse(result.stdout).length, samples.length);
  });
}

test('summarize of the sample articles is identical on both engines', () => {
  const result = assertSameOnBothEngines(['summarize', '--sentences', '3', ...samples]);
  assert.equal(result.status, 0);
  const summaries = JSON.parse(result.stdout);
  assert.equal(summaries.length, samples.length);
  for (const summary of summaries) assert.equal(summary.sentences.length, 3);
  assertSameOnBothEngines(['summarize', '--ratio', '0.4', '--keywords', '5', ...samples]);
  assertSameOnBothEngines(['summarize', '--chars', '600', ...samples]);
});

test('updates of a story and of all the samples are identical on both engines', () => {
  const story = samples.filter((name) => /\/00[23]_/.test(name));
  const result = assertSameOnBothEngines(['updates', ...story]);
  assert.equal(result.status, 0);
  const updates = JSON.parse(result.stdout);
  assert.equal(updates.versions.length, 2);
  assert.deepEqual(updates.versions[1].changes.map((line) => line.class), ['cosmetic']);
  assertSameOnBothEngines(['updates', ...samples]);
});

test('summarize --story of two copies of a story is identical on both engines', () => {
  const story = samples.filter((name) => /\/00[23]_/.test(name));
  const result = assertSameOnBothEngines(['summarize', '--story', '--sentences', '4', ...story]);
  assert.equal(result.status, 0);
  const [summary] = JSON.parse(result.stdout);
  assert.equal(summary.sentences.length, 4);
  for (const sentence of summary.sentences) assert.ok(['002_0c1e3a2815583ef3', '003_94858066e6bb5739'].includes(sentence.article));
  assertSameOnBothEngines(['summarize', '--story', '--ratio', '0.5', ...samples]);
});

test('stories of the sample articles are identical on both engines', () => {
  const result = assertSameOnBothEngines(['stories', ...samples]);
  assert.equal(result.status, 0);
  assert.equal(JSON.parse(result.stdout).stories.length, 4);
});

test('stories --linked-by names what links related stories, the same on both engines', () => {
  const result = assertSameOnBothEngines(['stories', '--linked-by', ...samples]);
  const stories = JSON.parse(result.stdout).stories;
  const meeting = stories.find((s) => s.id.startsWith('000_'));
  assert.equal(meeting.linked_by.length, meeting.related.length);
  assert.ok(meeting.linked_by[0].terms.includes('Ambassador Vũ Lê Thái Hoàng'), JSON.stringify(meeting.linked_by));
  assert.ok(stories.filter((s) => !s.related.length).every((s) => !('linked_by' in s)));
});

test('bad inputs give the same errors on both engines, and the good file still its result', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wiredesk-engines-'));
  try {
    writeFileSync(join(dir, 'empty.txt'), '');
    mkdirSync(join(dir, 'folder'));
    writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 news. Second line.', 'latin1'));
    writeFileSync(join(dir, 'surrogate.json'), '{"content":"Lone \\ud800 surrogate."}');
    writeFileSync(join(dir, 'bad.json'), '{"content": ');
    const files = ['empty.txt', 'folder', 'binary.bin', 'latin1.txt', 'surrogate.json', 'bad.json']
      .map((name) => join(dir, name));
    const result = assertSameOnBothEngines(['sentences', ...files, samples[0]]);
    assert.equal(result.status, 1);
    const ids = JSON.parse(result.stdout).map((r) => r.id);
    assert.deepEqual(ids, ['latin1', 'surrogate', samples[0].replace(/^samples\/|\.txt$/g, '')]);
    const errors = result.stderr.toString().trim().split('\n').map((line) => JSON.parse(line));
    assert.equal(errors.filter((e) => e.error).length, 4);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Node's own arguments are strings: names with bytes that are not UTF-8
// ("\xff") go through the shell, as a user's would.
function runWithRawNames(args, dir) {
  const script = 'names=(); for a in "$@"; do names+=("$(printf "%b" "$a")"); done; exec "$0" "${names[@]}"';
  const result = spawnSync('bash', ['-c', script, cli, ...args], { cwd: dir, encoding: 'buffer' });
  assert.equal(result.error, undefined, `cannot run ${cli}: build it with scripts/build`);
  return result;
}

test('a file whose name is not UTF-8 is read by both engines under its repaired name, the rest of the batch intact', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wiredesk-engines-'));
  try {
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from([0xff]), Buffer.from('.txt')]),
      'A name that is not UTF-8. The talks began on Monday.');
    writeFileSync(join(dir, 'after.txt'), 'The talks ended.');
    const args = ['extract', '\\xff.txt', 'after.txt', 'missing-\\xfe.txt'];
    const native = runWithRawNames(args, dir);
    const wasm = runWithRawNames([...args, '--engine', 'wasm'], dir);
    assert.equal(native.status, 1);
    assert.equal(wasm.status, native.status, `exit status differs: ${wasm.stderr}`);
    assert.ok(native.stdout.equals(wasm.stdout), `stdout differs:\n${native.stdout}\n---\n${wasm.stdout}`);
    assert.ok(native.stderr.equals(wasm.stderr), `stderr differs:\n${native.stderr}\n---\n${wasm.stderr}`);
    assert.deepEqual(JSON.parse(native.stdout).map((r) => r.id), ['\ufffd', 'after']);
    assert.deepEqual(native.stderr.toString().trim().split('\n').map((line) => JSON.parse(line).error),
      [{ file: 'missing-\ufffd.txt', message: 'no such file' }]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a page in its declared legacy charset is decoded the same way by both engines', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wiredesk-charset-'));
  try {
    const page = '<html><head><meta charset="windows-1252"><title>Caf\xe9 reopens</title></head><body>' +
      '<article><p>The caf\xe9 reopened on Monday after a long renovation, the owners said in a statement.</p>' +
      '<p>The first \x93cr\xe8me br\xfbl\xe9e\x94 sold out within an hour of opening, they added on Tuesday.</p></article></body></html>';
    writeFileSync(join(dir, 'cafe.html'), Buffer.from(page, 'latin1'));
    const result = assertSameOnBothEngines(['extract', join(dir, 'cafe.html')]);
    const [article] = JSON.parse(result.stdout);
    assert.equal(article.title, 'Café reopens');
    assert.match(article.text, /“crème brûlée”/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('compare gives the same JSON and the same HTML page on both engines', () => {
  const [agency, outlet] = samples.filter((name) => /\/00[23]_/.test(name));
  const json = assertSameOnBothEngines(['compare', agency, outlet]);
  assert.equal(json.status, 0);
  const comparison = JSON.parse(json.stdout);
  assert.ok(comparison.stats.spacing >= 30);
  assertSameOnBothEngines(['compare', '--format', 'html', agency, outlet]);
  assertSameOnBothEngines(['compare', '--no-extract', samples[0], samples[4]]);
});

test('compare answers bad pairs the same way on both engines', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wiredesk-compare-'));
  try {
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 news. Second line.', 'latin1'));
    writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    const both = assertSameOnBothEngines(['compare', join(dir, 'empty.txt'), join(dir, 'empty.txt')]);
    assert.equal(JSON.parse(both.stdout).verdict, 'empty');
    const oneSide = assertSameOnBothEngines(['compare', join(dir, 'empty.txt'), samples[1]]);
    assert.ok(JSON.parse(oneSide.stdout).stats.added > 0);
    assertSameOnBothEngines(['compare', join(dir, 'latin1.txt'), samples[1]]);
    const binary = run(['compare', join(dir, 'binary.bin'), samples[1]]);
    assert.equal(binary.status, 1);
    assert.match(binary.stderr.toString(), /binary/);
    const three = run(['compare', samples[0], samples[1], samples[2]]);
    assert.equal(three.status, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Japanese, Chinese and Thai text gives the same results on both engines, without ICU dictionaries', () => {
  // Natively ICU has dictionaries for these scripts and the wasm build does
  // not: text/ segments them itself, so both engines must agree.
  const dir = mkdtempSync(join(tmpdir(), 'wiredesk-cjk-'));
  try {
    const text = [
      '東京で新しい博物館が開館',
      '',
      '東京都は十五日、新しい科学博物館が来月開館すると発表した。館内にはコンピューターの歴史を紹介する展示室が設けられる。' +
        '入場料は大人千円で、子どもは無料となる。関係者によると、初年度に五十万人の来館を見込んでいる。',
      '',
      '中国国家统计局周一公布，今年前三季度国内生产总值同比增长5.2%。其中，第三季度增长4.9%，高于市场预期。' +
        '分析人士认为，消费回暖是经济增长的主要动力。',
      '',
      'กรุงเทพมหานครประกาศแผนพัฒนาระบบขนส่งสาธารณะ เพื่อลดปัญหาการจราจรติดขัด ในช่วงห้าปีข้างหน้า',
      '',
    ].join('\n');
    const file = join(dir, 'asia.txt');
    writeFileSync(file, text);
    for (const command of ['extract', 'sentences', 'tokens']) {
      assert.equal(assertSameOnBothEngines([command, file]).status, 0);
    }
    const tokens = JSON.stringify(JSON.parse(assertSameOnBothEngines(['tokens', file]).stdout));
    assert.match(tokens, /"コンピューター"/);
    assert.match(tokens, /"博"/);
    const summary = assertSameOnBothEngines(['summarize', '--sentences', '3', file]);
    assert.equal(JSON.parse(summary.stdout).length, 1);
    assertSameOnBothEngines(['summarize', '--ratio', '0.5', '--keywords', '5', file]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a page in a multi-byte legacy charset gets the same warning and text on both engines', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wiredesk-sjis-'));
  try {
    // "日本" in Shift_JIS: the system's ICU could decode it, the wasm data can't.
    const page = Buffer.concat([
      Buffer.from('<html><head><meta charset="shift_jis"><title>News</title></head><body><article><p>'),
      Buffer.from([0x93, 0xfa, 0x96, 0x7b]),
      Buffer.from(' reported record exports on Monday, the trade ministry said in a statement.</p></article></body></html>'),
    ]);
    writeFileSync(join(dir, 'sjis.html'), page);
    const result = assertSameOnBothEngines(['extract', join(dir, 'sjis.html')]);
    assert.match(result.stdout.toString() + result.stderr.toString(), /shift_jis/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// The Vietnamese cluster set (shared data, kept outside the repository):
// extraction, stories over all documents and each cluster's story summary.
const shared = process.env.WIREDESK_SHARED_DATA || join(root, '..', 'shared', 'data');
const clusters = join(shared, 'vi-clusters-dev');
test('the Vietnamese clusters give the same articles, stories and story summaries on both engines', (t) => {
  if (!existsSync(clusters)) {
    t.skip(`no cluster set at ${clusters}`);
    return;
  }
  const folders = readdirSync(clusters).filter((name) => name.startsWith('cluster_')).sort();
  const files = (folder) => readdirSync(join(clusters, folder)).filter((f) => f.endsWith('.json')).sort()
    .map((f) => join(clusters, folder, f));
  const all = folders.flatMap(files);
  assertSameOnBothEngines(['extract', ...all]);
  assertSameOnBothEngines(['stories', ...all]);
  for (const folder of folders.slice(0, 20)) assertSameOnBothEngines(['summarize', '--story', '--chars', '600', ...files(folder)]);
});
