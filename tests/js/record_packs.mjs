// Records one after another, each after its size (u32, little-endian): the
// packs Desk.restorePacks takes.
export function packOf(records) {
  const pack = new Uint8Array(records.reduce((sum, r) => sum + 4 + r.length, 0));
  let at = 0;
  for (const record of records) {
    new DataView(pack.buffer).setUint32(at, record.length, true);
    pack.set(record, at + 4);
    at += 4 + record.length;
  }
  return pack;
}
