// A record pack: article records (article_record.h) one after another, each
// after its size as a u32 little-endian. The one layout the core reads many
// records in (Desk restore requests, Desk::LendTexts), as web/record-pack.js
// writes it and a library keeps it.
//
//   RecordPack pack = SplitPack(bytes);
//   for (std::string_view record : pack.records) ...   // views into `bytes`
//   if (pack.cut_short) ...   // a size past the end: what follows is lost
//
// Cost: one pass over the sizes, no copy. Thread-safe (no state).

#ifndef WIREDESK_DESK_RECORD_PACK_H_
#define WIREDESK_DESK_RECORD_PACK_H_

#include <string_view>
#include <vector>

namespace wiredesk::desk {

struct RecordPack {
  std::vector<std::string_view> records;  // each record's bytes, in order
  bool cut_short = false;  // the pack ends inside a size or a record, after `records`
};

// REQUIRES: `bytes` outlives the views.
RecordPack SplitPack(std::string_view bytes);

}  // namespace wiredesk::desk

#endif  // WIREDESK_DESK_RECORD_PACK_H_
