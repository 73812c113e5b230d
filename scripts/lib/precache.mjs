// Writes web/gen/precache.js: the files the service worker (sw.js) keeps for
// offline use, and a version that is a hash of their contents, so that any
// change to them is a new version. Run by scripts/build after the wasm build.
// `files` are fetched when the app is installed; `later` (the language
// detector's tables, about 780 KB gzip, which the worker asks for only when the
// first document arrives) are kept when first fetched.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const kinds = /\.(html|js|css|svg|png|webmanifest|wasm|dat|txt|json)$/;

function walk(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const lazy = (path) => path.endsWith('cld2.dat');
const all = [
  ...['index.html', 'embed.html'].map((name) => join(root, name)).filter(existsSync),
  ...walk(join(root, 'web')).filter((path) => kinds.test(path) && !path.endsWith('precache.js') && !path.endsWith('package.json')),
  ...walk(join(root, 'samples')).filter((path) => /\.(txt|json)$/.test(path)),
];
const files = all.filter((path) => !lazy(path));
for (const needed of ['web/gen/wiredesk-core.js', 'web/gen/wiredesk-core.wasm', 'web/gen/icudt72l.dat', 'web/gen/cld2.dat']) {
  if (!existsSync(join(root, needed))) {
    console.error(`precache: ${needed} is missing: build the wasm target first`);
    process.exit(1);
  }
}
const hash = createHash('sha256');
const relativePath = (path) => relative(root, path).split('\\').join('/');
for (const path of all) hash.update(relativePath(path)).update(readFileSync(path));
const version = hash.digest('hex').slice(0, 16);
const paths = files.map(relativePath);
const later = all.filter(lazy).map(relativePath);
writeFileSync(join(root, 'web', 'gen', 'precache.js'),
  `// Written by scripts/lib/precache.mjs; read by sw.js.\nself.WIREDESK_PRECACHE = ${JSON.stringify({ version, files: paths, later }, null, 1)};\n`);
console.log(`precache: ${paths.length} files (${later.length} more kept when first fetched), version ${version}`);
