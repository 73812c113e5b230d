#include "desk/record_pack.h"

#include <cstddef>

namespace wiredesk::desk {

RecordPack SplitPack(std::string_view bytes) {
  constexpr std::size_t kSizeBytes = 4;
  RecordPack pack;
  while (!bytes.empty()) {
    if (bytes.size() < kSizeBytes) {
      pack.cut_short = true;
      break;
    }
    std::size_t size = 0;
    for (std::size_t i = 0; i < kSizeBytes; ++i)
      size |= static_cast<std::size_t>(static_cast<unsigned char>(bytes[i])) << (8 * i);
    if (size > bytes.size() - kSizeBytes) {
      pack.cut_short = true;
      break;
    }
    pack.records.push_back(bytes.substr(kSizeBytes, size));
    bytes.remove_prefix(kSizeBytes + size);
  }
  return pack;
}

}  // namespace wiredesk::desk
