// Substring tests on class names, ids and metadata: the words that mark an
// element as furniture or a byline are found inside longer names
// ("article-sidebar", "byline__name").

#ifndef WIREDESK_EXTRACT_SUBSTRINGS_H_
#define WIREDESK_EXTRACT_SUBSTRINGS_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

namespace wiredesk::extract {

inline bool Contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

template <std::size_t N>
bool ContainsAny(std::string_view haystack, const std::array<std::string_view, N>& needles) {
  return std::any_of(needles.begin(), needles.end(),
                     [&](std::string_view needle) { return Contains(haystack, needle); });
}

}  // namespace wiredesk::extract

#endif  // WIREDESK_EXTRACT_SUBSTRINGS_H_
