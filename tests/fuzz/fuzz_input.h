// What the fuzz harnesses share: the input as text, cut into parts.
//
// libFuzzer hands a harness one byte string; harnesses that need several
// texts (two versions to compare, the versions of a story) cut it at form
// feeds, a byte that news text never holds, so a mutation that inserts or
// deletes one changes where the parts begin.

#ifndef WIREDESK_TESTS_FUZZ_FUZZ_INPUT_H_
#define WIREDESK_TESTS_FUZZ_FUZZ_INPUT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "desk/document.h"
#include "desk/intake.h"
#include "extract/article.h"

namespace wiredesk::fuzz {

inline std::string_view AsText(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// At most `most` parts, cut at '\f'; the last part keeps any further '\f'.
inline std::vector<std::string_view> Parts(std::string_view text, std::size_t most) {
  std::vector<std::string_view> parts;
  while (parts.size() + 1 < most) {
    const std::size_t cut = text.find('\f');
    if (cut == std::string_view::npos) break;
    parts.push_back(text.substr(0, cut));
    text.remove_prefix(cut + 1);
  }
  parts.push_back(text);
  return parts;
}

// The article of `bytes` as the desk makes it (desk/intake.h): checked and
// repaired, then extracted by its sniffed format. False when the desk would
// refuse the bytes (binary, blank).
inline bool ArticleOf(std::string_view bytes, std::string_view id, extract::Article* article) {
  desk::Document document;
  document.id = std::string(id);
  document.format = desk::SniffFormat(bytes);
  document.content = std::string(bytes);
  auto result = desk::ArticleOf(document);
  auto* made = std::get_if<extract::Article>(&result);
  if (made == nullptr) return false;
  *article = std::move(*made);
  return true;
}

}  // namespace wiredesk::fuzz

#endif  // WIREDESK_TESTS_FUZZ_FUZZ_INPUT_H_
