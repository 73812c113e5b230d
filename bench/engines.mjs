// Runs one of the benchmark programs natively and compiled to wasm under
// node, on the same arguments, and hands back their JSON-lines output.
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const lines = (text) => text.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));

// {native: [records], wasm: [records]}: each program prints one JSON object a line.
export function runBothEngines(program, args) {
  const wasm = join(root, 'build', 'wasm');
  const options = { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'pipe'] };
  return {
    native: lines(execFileSync(join(root, 'build', 'native', program), args, options)),
    wasm: lines(execFileSync(process.execPath, ['--no-experimental-fetch', join(wasm, `${program}.js`), ...args,
      `--icu-data=${join(wasm, 'icudt72l.dat')}`], options)),
  };
}
