// The stopword lists' text, generated into the build from the npm package
// stopwords-iso and src/text/data (see cmake/embed_stopwords.mjs and
// stopwords.h). Sorted by language code.

#ifndef WIREDESK_TEXT_STOPWORDS_DATA_H_
#define WIREDESK_TEXT_STOPWORDS_DATA_H_

#include <span>
#include <string_view>

namespace wiredesk::text {

struct StopwordSource {
  std::string_view lang;   // primary language subtag: "en", "pt", "zh"
  std::string_view words;  // one entry a line, as the list spells it
};

extern const std::span<const StopwordSource> kStopwordSources;

}  // namespace wiredesk::text

#endif  // WIREDESK_TEXT_STOPWORDS_DATA_H_
