// The Desk's texts held outside it: articles restored from index records
// (article_record.h) are filed without their paragraphs and removed blocks,
// which the caller keeps in storage and lends for the calls that read them.
// Lending costs decoding the records; what the desk holds stays the texts of
// one call, so its memory is bounded by what is shown, not by the library.

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "desk/article_record.h"
#include "desk/desk.h"
#include "desk/record_pack.h"

namespace wiredesk::desk {

std::vector<std::uint32_t> Desk::PendingEntries() const {
  // As Refresh() walks them: the components of the duplicate graph around
  // each marked representative, then every identical copy of their members.
  std::vector<bool> seen(entries_.size(), false);
  std::vector<std::uint32_t> pending;
  for (const std::uint32_t dirty : dirty_) {
    if (!entries_[dirty].live) continue;
    const std::uint32_t start = Representative(dirty);
    if (seen[start]) continue;
    seen[start] = true;
    const std::size_t first = pending.size();
    pending.push_back(start);
    for (std::size_t at = first; at < pending.size(); ++at) {
      for (const struct Link& link : entries_[pending[at]].links) {
        if (link.duplicate && !seen[link.other]) {
          seen[link.other] = true;
          pending.push_back(link.other);
        }
      }
    }
  }
  const std::size_t representatives = pending.size();
  for (std::size_t i = 0; i < representatives; ++i) {
    const Entry& entry = entries_[pending[i]];
    if (entry.fingerprint.letters == 0) continue;
    if (const auto copies = copies_.find(entry.fingerprint.exact); copies != copies_.end()) {
      for (const std::uint32_t copy : copies->second) {
        if (copy != pending[i]) pending.push_back(copy);
      }
    }
  }
  return pending;
}

std::vector<std::string> Desk::TextsNeeded(const std::vector<std::string>& read,
                                           const std::vector<std::string>& removed) const {
  std::vector<std::uint32_t> wanted = PendingEntries();
  for (const std::string& id : read) {
    const auto found = ids_.find(id);
    if (found == ids_.end()) continue;
    wanted.push_back(found->second);
    // Related stories are worded from the story's canonical text (RelatedOf).
    if (const auto story = stories_.find(entries_[found->second].story); story != stories_.end())
      wanted.push_back(story->second.canonical);
  }
  for (const std::string& id : removed) {
    const auto found = ids_.find(id);
    if (found == ids_.end()) continue;
    const Entry& entry = entries_[found->second];
    if (entry.copy_of != kNone || entry.fingerprint.letters == 0) continue;
    // The copy that would take its place in the LSH index reads its letters.
    if (const auto copies = copies_.find(entry.fingerprint.exact); copies != copies_.end()) {
      for (const std::uint32_t copy : copies->second) {
        if (copy != found->second) {
          wanted.push_back(copy);
          break;
        }
      }
    }
  }
  std::sort(wanted.begin(), wanted.end());
  wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
  std::vector<std::string> ids;
  for (const std::uint32_t entry : wanted) {
    if (entries_[entry].live && !entries_[entry].texts) ids.push_back(entries_[entry].article.id);
  }
  return ids;
}

void Desk::ReturnTexts() {
  for (const std::uint32_t index : lent_) {
    Entry& entry = entries_[index];
    if (!entry.live || !entry.lent) continue;
    entry.article.paragraphs = {};
    entry.article.removed = {};
    entry.texts = false;
    entry.lent = false;
  }
  lent_.clear();
}

std::variant<std::size_t, Error> Desk::LendTexts(std::string_view pack) {
  // Decoded whole before anything changes: a refused pack lends nothing.
  const RecordPack split = SplitPack(pack);
  if (split.cut_short) return Error{"the lent records are cut short"};
  std::vector<ArticleRecord> records;
  for (const std::string_view bytes : split.records) {
    auto decoded = DecodeRecord(bytes);
    if (const Error* error = std::get_if<Error>(&decoded)) return *error;
    if (!std::get<ArticleRecord>(decoded).texts)
      return Error{"a lent record holds no texts (an index record)"};
    records.push_back(std::move(std::get<ArticleRecord>(decoded)));
  }
  std::size_t lent = 0;
  for (ArticleRecord& record : records) {
    const auto found = ids_.find(record.article.id);
    if (found == ids_.end()) continue;
    Entry& entry = entries_[found->second];
    if (entry.texts) continue;
    entry.article.paragraphs = std::move(record.article.paragraphs);
    entry.article.removed = std::move(record.article.removed);
    entry.texts = true;
    entry.lent = true;
    lent_.push_back(found->second);
    ++lent;
  }
  return lent;
}

bool Desk::HoldsTexts(std::string_view id) const {
  const auto found = ids_.find(std::string(id));
  return found != ids_.end() && entries_[found->second].texts;
}

}  // namespace wiredesk::desk
