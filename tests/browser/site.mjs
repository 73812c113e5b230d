// A deployable copy of the app for the service worker's tests: the files the
// precache list names, sw.js and the list itself, in a temporary folder that
// a test can serve, redeploy under a new version, and remove.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { root } from './browser.mjs';

const kList = 'web/gen/precache.js';

function readList(folder) {
  const context = { self: {} };
  runInNewContext(readFileSync(join(folder, kList), 'utf8'), context);
  return context.self.WIREDESK_PRECACHE;
}

export function copySite() {
  const folder = mkdtempSync(join(tmpdir(), 'wiredesk-site-'));
  const { version, files } = readList(root);
  let deployments = 0;
  for (const path of [...files, 'sw.js', kList]) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    copyFileSync(join(root, path), join(folder, path));
  }
  return {
    folder,
    version,
    /**
     * A new deployment: `edits` maps a path to a function of its old text;
     * the precache list gets a new version, as scripts/build would give it.
     * Returns the new version.
     */
    deploy(edits) {
      for (const [path, edit] of Object.entries(edits)) {
        writeFileSync(join(folder, path), edit(readFileSync(join(folder, path), 'utf8')));
      }
      const list = readList(folder);
      deployments += 1;
      list.version = `${version}-${deployments}`;
      writeFileSync(join(folder, kList), `self.WIREDESK_PRECACHE = ${JSON.stringify(list)};\n`);
      return list.version;
    },
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}
