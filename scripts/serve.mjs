// A small static file server for the app: the repository root, with the
// content types a PWA needs (application/wasm above all). No dependencies.
//
//   node scripts/serve.mjs [--port 8080] [--host 127.0.0.1] [--root DIR]   (or PORT=...)
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const usage = `usage: node scripts/serve.mjs [--port 8080] [--host 127.0.0.1] [--root DIR]
Serves the app (or DIR) over HTTP; PORT in the environment sets the port.
--port 0 picks a free port; the address is printed once it listens.`;
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(usage);
  process.exit(0);
}

const repository = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonl': 'application/jsonl; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.dat': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  if (at >= 0 && process.argv[at + 1]) return process.argv[at + 1];
  const inline = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  return inline ? inline.slice(name.length + 3) : fallback;
}

const root = resolve(option('root', repository));
const port = Number(option('port', process.env.PORT || 8080));
const host = option('host', '127.0.0.1');
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve: not a port number: ${option('port', process.env.PORT)}`);
  process.exit(2);
}

// The file a URL path names, or null when it would leave the root.
function fileFor(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return null;
  return file;
}

const server = createServer((request, response) => {
  let file = fileFor(request.url || '/');
  if (file === null) {
    response.writeHead(400).end('bad path');
    return;
  }
  let stats;
  try {
    stats = statSync(file);
    if (stats.isDirectory()) {
      file = join(file, 'index.html');
      stats = statSync(file);
    }
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  response.writeHead(200, {
    'content-type': types[extname(file)] || 'application/octet-stream',
    'content-length': stats.size,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
});

server.on('error', (error) => {
  console.error(`serve: ${error.message}`);
  process.exit(1);
});
server.listen(port, host, () => {
  const { port: actual } = server.address();
  const shown = host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host;
  console.log(`Wiredesk is served at http://${shown}:${actual}/`);
});
