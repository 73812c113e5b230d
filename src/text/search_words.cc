#include "text/search_words.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <string>

#include "text/hash.h"
#include "text/normalize.h"

namespace wiredesk::text {

std::vector<std::uint32_t> SearchWords(std::string_view text) {
  const std::string key = MatchKey(text);
  std::vector<std::uint32_t> words;
  std::uint64_t hash = kFnvBasis;
  bool in_word = false;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(key.data());
  const auto length = static_cast<std::int32_t>(key.size());
  for (std::int32_t i = 0; i < length;) {
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && u_isalnum(c)) {
      for (std::int32_t b = start; b < i; ++b) hash = FnvAdd(hash, bytes[b]);
      in_word = true;
    } else if (in_word) {
      words.push_back(static_cast<std::uint32_t>(Mix64(hash)));
      hash = kFnvBasis;
      in_word = false;
    }
  }
  if (in_word) words.push_back(static_cast<std::uint32_t>(Mix64(hash)));
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

bool HasAllWords(const std::vector<std::uint32_t>& words, const std::vector<std::uint32_t>& query) {
  return std::all_of(query.begin(), query.end(), [&](std::uint32_t word) {
    return std::binary_search(words.begin(), words.end(), word);
  });
}

}  // namespace wiredesk::text
