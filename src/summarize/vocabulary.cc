#include "summarize/vocabulary.h"

#include "text/language.h"
#include "text/normalize.h"

namespace wiredesk::summarize {
namespace {

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// The folded form (for the stopword lists) and the match key (for ids).
struct Folded {
  std::string folded;
  std::string key;
};

Folded Fold(std::string_view surface) {
  // For ASCII, case folding and the match key are both lower-casing: skip ICU.
  if (IsAscii(surface)) {
    std::string lower = text::LowerAscii(surface);
    return {lower, lower};
  }
  return {text::FoldCase(surface), text::MatchKey(surface)};
}

}  // namespace

Vocabulary::Word Vocabulary::Lookup(std::string_view surface) {
  if (auto found = id_by_surface_.find(surface); found != id_by_surface_.end()) {
    return {found->second.id, found->second.stopword || IsStopword(found->second.id)};
  }
  Folded f = Fold(surface);
  int id;
  if (auto found = id_by_key_.find(f.key); found != id_by_key_.end()) {
    id = found->second;
  } else {
    id = size();
    key_by_id_.push_back(f.key);
    id_by_key_.emplace(std::move(f.key), id);
    stopword_by_id_.push_back(false);
  }
  // Whether a word is a stopword depends on its spelling, not its key: "mà"
  // (but) is one, "ma" (ghost) is not, and both have the key "ma".
  const bool stopword = language_ && language_->Contains(f.folded);
  id_by_surface_.emplace(std::string(surface), Word{id, stopword});
  return {id, stopword || IsStopword(id)};
}

const text::StopwordList* StopwordsFor(std::string_view lang_code,
                                       const std::vector<std::string_view>& words) {
  if (!lang_code.empty() && lang_code != text::kUndetermined) {
    return text::StopwordList::For(lang_code);
  }
  if (words.empty()) return nullptr;
  const text::StopwordList* best = nullptr;
  std::size_t best_hits = 0;
  for (const text::StopwordList* language :
       {text::StopwordList::For("en"), text::StopwordList::For("vi")}) {
    std::size_t hits = 0;
    for (std::string_view w : words) {
      const std::string folded = IsAscii(w) ? text::LowerAscii(w) : text::FoldCase(w);
      if (language->Contains(folded)) ++hits;
    }
    if (hits * 5 >= words.size() && hits > best_hits) {
      best = language;
      best_hits = hits;
    }
  }
  return best;
}

}  // namespace wiredesk::summarize
