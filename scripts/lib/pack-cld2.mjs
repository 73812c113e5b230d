// Writes CLD2's data file (scripts/lib/build-cld2.sh) in the layout the wasm
// build downloads, which gzips to about 780 KB instead of 837 KB: the layout
// is described in src/text/language_data_layout.h, which undoes it when the
// tables are loaded. Checks that undoing it gives back the input, byte for
// byte, before writing anything. Run by the wasm build (CMakeLists.txt).
//
//   node scripts/lib/pack-cld2.mjs CLD2_DAT OUT...
import { readFileSync, writeFileSync } from 'node:fs';

const marker = 'cld2_data_file00';
const packedMarker = 'wiredesk_cld2_p1';
const fewestSubscriptsPacked = 256;

// Each table that is packed: where its words and its probabilities are, and
// how many low bits of a word are the subscript.
function packedTables(bytes) {
  const tables = [];
  const count = bytes.readUInt32LE(92);
  for (let t = 0; t < count; ++t) {
    const entry = 96 + 40 * t;
    if (bytes.readUInt32LE(entry) < fewestSubscriptsPacked) continue;
    const low = ~bytes.readUInt32LE(entry + 8) >>> 0;
    if (low === 0 || ((low & (low + 1)) >>> 0) !== 0 || low === 0xffffffff) {
      throw new Error(`table ${t}: its key mask does not leave the low bits to the subscript`);
    }
    tables.push({
      bits: low.toString(2).length,
      words: [bytes.readUInt32LE(entry + 16), bytes.readUInt32LE(entry + 20)],
      probabilities: [bytes.readUInt32LE(entry + 24), bytes.readUInt32LE(entry + 28)],
    });
  }
  return tables;
}

// Byte planes of the words of [start, start + length): split or join.
function planes(bytes, [start, length], split) {
  const words = length / 4;
  const copy = Buffer.from(bytes.subarray(start, start + length));
  for (let i = 0; i < words; ++i) {
    for (let plane = 0; plane < 4; ++plane) {
      if (split) bytes[start + plane * words + i] = copy[4 * i + plane];
      else bytes[start + 4 * i + plane] = copy[plane * words + i];
    }
  }
}

function pack(original) {
  const bytes = Buffer.from(original);
  for (const { bits, words, probabilities } of packedTables(bytes)) {
    const low = 2 ** bits - 1;
    let next = 0;  // the largest subscript so far, plus one
    for (let at = words[0]; at < words[0] + words[1]; at += 4) {
      const word = bytes.readUInt32LE(at);
      const subscript = word & low;
      const code = (next - subscript) & low;
      bytes.writeUInt32LE(((word >>> bits) | (code << (32 - bits))) >>> 0, at);
      next = Math.max(next, subscript + 1);
    }
    planes(bytes, words, true);
    planes(bytes, probabilities, true);
  }
  bytes.write(packedMarker, 0, 'latin1');
  return bytes;
}

// The inverse, as language_data_layout.cc does it.
function unpack(packed) {
  const bytes = Buffer.from(packed);
  for (const { bits, words, probabilities } of packedTables(bytes)) {
    const low = 2 ** bits - 1;
    planes(bytes, words, false);
    let next = 0;
    for (let at = words[0]; at < words[0] + words[1]; at += 4) {
      const word = bytes.readUInt32LE(at);
      const subscript = (next - (word >>> (32 - bits))) & low;
      bytes.writeUInt32LE(((word << bits) | subscript) >>> 0, at);
      next = Math.max(next, subscript + 1);
    }
    planes(bytes, probabilities, false);
  }
  bytes.write(marker, 0, 'latin1');
  return bytes;
}

const [input, ...outputs] = process.argv.slice(2);
if (!input || outputs.length === 0) {
  console.error('usage: node scripts/lib/pack-cld2.mjs CLD2_DAT OUT...');
  process.exit(2);
}
const original = readFileSync(input);
if (original.toString('latin1', 0, marker.length) !== marker) {
  console.error(`${input}: not a CLD2 data file`);
  process.exit(1);
}
const packed = pack(original);
if (!unpack(packed).equals(original)) {
  console.error(`${input}: the packed layout does not unpack to the original`);
  process.exit(1);
}
for (const output of outputs) writeFileSync(output, packed);
