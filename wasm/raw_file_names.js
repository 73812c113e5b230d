// Node decodes a program's arguments as UTF-8: a file name that is not UTF-8
// reaches the wasm CLI with U+FFFD in place of each bad sequence, and no
// string names that file any more (node turns a string path into UTF-8
// bytes). The native `wiredesk --engine wasm` passes the bytes of such names
// in WIREDESK_RAW_FILE_NAMES (hex, comma-separated); a path the program asks
// for under the name as node decoded it is then opened by its bytes, so both
// engines read the same files and print the same (repaired) names.
// Linked into the node programs with --pre-js, before emscripten's file system.
/* global process, require, Buffer */
if (typeof process === 'object' && process.env.WIREDESK_RAW_FILE_NAMES) {
  const fs = require('fs');
  const byDecodedName = new Map(process.env.WIREDESK_RAW_FILE_NAMES.split(',').filter(Boolean).map((hex) => {
    const bytes = Buffer.from(hex, 'hex');
    return [bytes.toString('utf8'), bytes];
  }));
  for (const method of ['openSync', 'statSync', 'lstatSync', 'accessSync', 'existsSync', 'readlinkSync', 'readdirSync']) {
    const original = fs[method];
    fs[method] = function rawName(path, ...rest) {
      return original.call(this, typeof path === 'string' && byDecodedName.has(path) ? byDecodedName.get(path) : path, ...rest);
    };
  }
}
