// The extraction benchmark: Wiredesk (native, and wasm under node) beside
// Readability.js on linkedom and on jsdom, over the same development pages in
// the same run. Prints a table of pages per second, median milliseconds per
// page, and each one's speed relative to Readability.js on linkedom.
//
//   node bench/extraction.mjs     (run by scripts/bench)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.WIREDESK_SHARED_DATA || resolve(root, '..', 'shared', 'data');
const data = resolve(shared, 'extraction-dev', 'html');
if (!existsSync(data)) {
  console.log(`Extraction benchmark skipped: the development pages are not at ${data}`);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'wiredesk-bench-'));
try {
  const pages = readdirSync(data).filter((f) => f.endsWith('.html.gz')).sort().map((name) => {
    const file = join(work, name.replace(/\.gz$/, ''));
    writeFileSync(file, gunzipSync(readFileSync(join(data, name))));
    return file;
  });
  const run = (command, args) => JSON.parse(execFileSync(command, args, { maxBuffer: 1 << 26 }).toString());
  const readability = join(root, 'bench', 'readability_throughput.mjs');
  const rows = [
    { name: 'Wiredesk native', ...run(join(root, 'build', 'native', 'extract_throughput'), pages) },
    { name: 'Wiredesk wasm (node)', ...run(process.execPath, ['--no-experimental-fetch',
      join(root, 'build', 'wasm', 'extract_throughput.js'), ...pages,
      `--icu-data=${join(root, 'build', 'wasm', 'icudt72l.dat')}`]) },
    { name: 'Readability.js on linkedom', ...run(process.execPath, [readability, 'linkedom', ...pages]) },
    { name: 'Readability.js on jsdom', ...run(process.execPath, [readability, 'jsdom', ...pages]) },
  ];
  const baseline = rows[2].pages_per_s;
  console.log(`Extraction of ${pages.length} development pages (HTML), timed on a second pass, in process`);
  console.log('| extractor | pages/s | median ms/page | × Readability.js on linkedom | pages failed |');
  console.log('|---|---|---|---|---|');
  for (const row of rows) {
    console.log(`| ${row.name} | ${row.pages_per_s.toFixed(1)} | ${row.median_ms.toFixed(2)} | ` +
                `${(row.pages_per_s / baseline).toFixed(2)} | ${row.failed ?? 0} |`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
