#include "text/stopwords.h"

#include <algorithm>
#include <memory>
#include <mutex>

#include "text/language.h"
#include "text/lines.h"
#include "text/normalize.h"
#include "text/stopwords_data.h"

namespace wiredesk::text {

// One slot a language, parsed on first use: a page in Thai should not pay
// for folding fifty other lists.
struct StopwordRegistry {
  struct Slot {
    std::once_flag once;
    std::unique_ptr<StopwordList> list;
  };
  std::vector<Slot> slots = std::vector<Slot>(kStopwordSources.size());

  static StopwordRegistry& Get() {
    static StopwordRegistry registry;
    return registry;
  }

  const StopwordList* Find(std::string_view primary) {
    const auto at = std::lower_bound(
        kStopwordSources.begin(), kStopwordSources.end(), primary,
        [](const StopwordSource& source, std::string_view lang) { return source.lang < lang; });
    if (at == kStopwordSources.end() || at->lang != primary) return nullptr;
    Slot& slot = slots[static_cast<std::size_t>(at - kStopwordSources.begin())];
    std::call_once(slot.once,
                   [&] { slot.list.reset(new StopwordList(std::string(at->lang), at->words)); });
    return slot.list.get();
  }
};

StopwordList::StopwordList(std::string lang, std::string_view entries) : lang_(std::move(lang)) {
  for (const Line& line : SplitLines(entries)) {
    const Line trimmed = Trim(entries, line);
    if (trimmed.begin == trimmed.end) continue;
    words_.insert(FoldCase(entries.substr(trimmed.begin, trimmed.end - trimmed.begin)));
  }
}

const StopwordList* StopwordList::For(std::string_view lang) {
  const std::string primary = PrimaryLanguage(lang);
  if (primary.empty()) return nullptr;
  return StopwordRegistry::Get().Find(primary);
}

bool IsStopword(std::string_view lang, std::string_view folded_word) {
  const StopwordList* list = StopwordList::For(lang);
  return list != nullptr && list->Contains(folded_word);
}

std::vector<std::string_view> StopwordLanguages() {
  std::vector<std::string_view> langs;
  for (const StopwordSource& source : kStopwordSources) langs.push_back(source.lang);
  return langs;
}

}  // namespace wiredesk::text
