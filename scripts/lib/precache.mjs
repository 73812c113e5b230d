// Writes web/gen/precache.js: the files the service worker (sw.js) keeps for
// offline use, and a version that is a hash of their contents, so that any
// change to them is a new version. Run by scripts/build after the wasm build.
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

const files = [
  ...['index.html', 'embed.html'].map((name) => join(root, name)).filter(existsSync),
  ...walk(join(root, 'web')).filter((path) => kinds.test(path) && !path.endsWith('precache.js') && !path.endsWith('package.json')),
  ...walk(join(root, 'samples')).filter((path) => /\.(txt|json)$/.test(path)),
];
for (const needed of ['web/gen/wiredesk-core.js', 'web/gen/wiredesk-core.wasm', 'web/gen/icudt72l.dat']) {
  if (!existsSync(join(root, needed))) {
    console.error(`precache: ${needed} is missing: build the wasm target first`);
    process.exit(1);
  }
}
const hash = createHash('sha256');
const paths = files.map((path) => relative(root, path).split('\\').join('/'));
for (const [index, path] of files.entries()) hash.update(paths[index]).update(readFileSync(path));
const version = hash.digest('hex').slice(0, 16);
writeFileSync(join(root, 'web', 'gen', 'precache.js'),
  `// Written by scripts/lib/precache.mjs; read by sw.js.\nself.WIREDESK_PRECACHE = ${JSON.stringify({ version, files: paths }, null, 1)};\n`);
console.log(`precache: ${paths.length} files, version ${version}`);
