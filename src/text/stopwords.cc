#include "text/stopwords.h"

#include <string>
#include <unordered_set>

#include "text/lines.h"
#include "text/normalize.h"
#include "text/stopwords_data.h"

namespace wiredesk::text {
namespace {

// Transparent, so lookups by string_view don't allocate.
struct WordHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view word) const { return std::hash<std::string_view>{}(word); }
};
using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;

WordSet Parse(std::string_view data) {
  WordSet words;
  for (const Line& line : SplitLines(data)) {
    std::string_view entry = data.substr(line.begin, line.end - line.begin);
    entry = entry.substr(0, entry.find('#'));
    const Line trimmed = Trim(entry, {0, entry.size()});
    if (trimmed.begin == trimmed.end) continue;
    words.insert(FoldCase(entry.substr(trimmed.begin, trimmed.end - trimmed.begin)));
  }
  return words;
}

const WordSet& ListFor(Language language) {
  static const WordSet english = Parse(kStopwordsEnglish);
  static const WordSet vietnamese = Parse(kStopwordsVietnamese);
  return language == Language::kVietnamese ? vietnamese : english;
}

}  // namespace

std::optional<Language> LanguageFromCode(std::string_view code) {
  const std::string_view primary = code.substr(0, code.find_first_of("-_"));
  if (primary == "en" || primary == "EN") return Language::kEnglish;
  if (primary == "vi" || primary == "VI") return Language::kVietnamese;
  return std::nullopt;
}

bool IsStopword(Language language, std::string_view folded_word) {
  const WordSet& words = ListFor(language);
  return words.find(folded_word) != words.end();
}

std::size_t StopwordCount(Language language) { return ListFor(language).size(); }

}  // namespace wiredesk::text
