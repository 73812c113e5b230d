// Record packs: article records (Uint8Arrays, as a desk's `records` gives
// them) one after another, each after its size as a little-endian u32. The
// one layout the core reads many records in, one call and one copy a pack
// (src/desk/record_pack.h: restorePack, lendTexts), and the one a library keeps
// them in (web/app/derived-store.js). Cost: one copy of the records.

const kSizeBytes = 4;

/** The records as one pack. */
export function packOf(records) {
  const pack = new Uint8Array(records.reduce((sum, record) => sum + kSizeBytes + record.length, 0));
  const view = new DataView(pack.buffer);
  let at = 0;
  for (const record of records) {
    view.setUint32(at, record.length, true);
    pack.set(record, at + kSizeBytes);
    at += kSizeBytes + record.length;
  }
  return pack;
}

/** The records of a pack, as views of its bytes (no copy). */
export function recordsOf(pack) {
  const records = [];
  const view = new DataView(pack.buffer, pack.byteOffset, pack.byteLength);
  for (let at = 0; at + kSizeBytes <= pack.length;) {
    const size = view.getUint32(at, true);
    records.push(pack.subarray(at + kSizeBytes, at + kSizeBytes + size));
    at += kSizeBytes + size;
  }
  return records;
}
