#include "desk/desk.h"

#include <algorithm>
#include <iterator>
#include <unordered_map>
#include <utility>

#include "dedup/canonical.h"
#include "dedup/clustering.h"
#include "dedup/fingerprint.h"
#include "dedup/similarity.h"
#include "desk/article_record.h"
#include "desk/headline.h"
#include "desk/intake.h"
#include "extract/article.h"
#include "text/search_words.h"

namespace wiredesk::desk {
namespace {

// Candidates verified per new article: real versions share many bands and
// come first; past this, a flood of near-identical copies would make every
// add cost as much as the flood.
constexpr std::size_t kCandidatesVerified = 32;

template <typename Entry>
std::size_t Duplicates(const Entry& entry) {
  return static_cast<std::size_t>(std::count_if(entry.links.begin(), entry.links.end(),
                                                [](const auto& link) { return link.duplicate; }));
}

template <typename T>
void EraseValue(std::vector<T>& values, const T& value) {
  values.erase(std::remove(values.begin(), values.end(), value), values.end());
}

}  // namespace

std::variant<std::string, Error> Desk::Add(const Document& document) {
  if (ids_.count(document.id) != 0)
    return Error{"an article with id \"" + document.id + "\" is already on the desk"};
  auto article = ArticleOf(document);
  if (const Error* error = std::get_if<Error>(&article)) return *error;
  return AddArticle(std::move(std::get<extract::Article>(article)));
}

std::variant<std::string, Error> Desk::AddArticle(extract::Article article) {
  if (ids_.count(article.id) != 0)
    return Error{"an article with id \"" + article.id + "\" is already on the desk"};
  dedup::Fingerprint fingerprint = dedup::FingerprintText(extract::MatchText(article));
  return File(std::move(article), std::move(fingerprint));
}

std::variant<std::string, Error> Desk::Restore(std::string_view record) {
  auto decoded = DecodeRecord(record);
  if (const Error* error = std::get_if<Error>(&decoded)) return *error;
  ArticleRecord& restored = std::get<ArticleRecord>(decoded);
  const std::string& id = restored.article.id;
  if (ids_.count(id) != 0) return Error{"an article with id \"" + id + "\" is already on the desk"};
  auto filed = File(std::move(restored.article), std::move(restored.fingerprint));
  Entry& entry = entries_[ids_.at(std::get<std::string>(filed))];
  entry.terms = std::move(restored.terms);
  entry.has_terms = true;
  entry.search_words = std::move(restored.search_words);
  entry.has_search_words = true;
  entry.texts = restored.texts;
  return filed;
}

std::optional<Error> Desk::RestoreStories(const std::vector<Story>& stories) {
  std::vector<bool> taken(entries_.size(), false);
  std::map<std::uint32_t, StoryState> restored;
  std::size_t members = 0;
  for (const Story& story : stories) {
    auto state = StoryStateOf(story, taken);
    if (const Error* error = std::get_if<Error>(&state)) return *error;
    StoryState& made = std::get<StoryState>(state);
    members += made.members.size();
    const std::uint32_t key = made.members.front();
    if (!restored.empty() && key < restored.rbegin()->first)
      return Error{"the stories are out of order"};
    restored.emplace(key, std::move(made));
  }
  if (members != ids_.size()) return Error{"the stories leave out articles of the desk"};
  for (auto& [key, story] : restored) {
    const Entry& canonical = entries_[story.canonical];
    story.terms = TakeTerms(story.members, story.canonical,
                            canonical.has_terms ? "" : extract::BodyText(canonical.article));
    for (const std::uint32_t member : story.members) entries_[member].story = key;
  }
  stories_ = std::move(restored);
  dirty_.clear();
  related_current_ = false;
  return std::nullopt;
}

std::variant<Desk::StoryState, Error> Desk::StoryStateOf(const Story& story,
                                                         std::vector<bool>& taken) const {
  StoryState state;
  for (const std::string& id : story.members) {
    const auto found = ids_.find(id);
    if (found == ids_.end()) return Error{"a story holds \"" + id + "\", which is not on the desk"};
    if (taken[found->second]) return Error{"\"" + id + "\" is in two stories"};
    taken[found->second] = true;
    state.members.push_back(found->second);
  }
  // In the order Stories() lists them, so that it lists these stories as given.
  if (!std::is_sorted(state.members.begin(), state.members.end()))
    return Error{"story \"" + story.id + "\" lists its members out of order"};
  const auto index_of = [&](const std::string& id) {
    const auto found = ids_.find(id);
    return found == ids_.end() ? kNone : found->second;
  };
  const auto is_member = [&](std::uint32_t entry) {
    return std::binary_search(state.members.begin(), state.members.end(), entry);
  };
  if (state.members.empty() || index_of(story.id) != state.members.front())
    return Error{"story \"" + story.id + "\" is not named after its earliest member"};
  state.canonical = index_of(story.canonical);
  if (!is_member(state.canonical))
    return Error{"story \"" + story.id + "\" has its canonical version elsewhere"};
  // Any member with the story's title shows the same; the canonical first.
  state.headline = kNone;
  for (const std::uint32_t member : state.members) {
    if (entries_[member].article.title != story.title) continue;
    if (state.headline == kNone || member == state.canonical) state.headline = member;
  }
  if (state.headline == kNone)
    return Error{"story \"" + story.id + "\" has no member titled as it is"};
  return state;
}

std::variant<ArticleRecord, Error> Desk::RecordOf(std::string_view id) const {
  const auto found = ids_.find(std::string(id));
  if (found == ids_.end()) return Error{"no article \"" + std::string(id) + "\" on the desk"};
  const Entry& entry = entries_[found->second];
  if (!entry.texts)
    return Error{"the texts of article \"" + std::string(id) + "\" are not on the desk"};
  const extract::Article& article = entry.article;
  return ArticleRecord{article, dedup::FingerprintText(extract::MatchText(article)),
                       dedup::TermsOf(extract::BodyText(article), article.lang),
                       SearchWordsOf(found->second), true};
}

std::variant<std::string, Error> Desk::Record(std::string_view id) const {
  auto record = RecordOf(id);
  if (const Error* error = std::get_if<Error>(&record)) return *error;
  return EncodeRecord(std::get<ArticleRecord>(record));
}

// REQUIRES: `article.id` not on the desk; `fingerprint` of its MatchText, with its sketch.
std::variant<std::string, Error> Desk::File(extract::Article article,
                                            dedup::Fingerprint fingerprint) {
  const auto index = static_cast<std::uint32_t>(entries_.size());
  Entry& entry = entries_.emplace_back();
  entry.fingerprint = std::move(fingerprint);
  entry.article = std::move(article);
  entry.live = true;
  ids_.emplace(entry.article.id, index);

  // An identical copy joins its representative without any comparison (and
  // keeps no fingerprint): 10,000 copies of one text cost 10,000 hashes.
  // Empty bodies are alike only in having nothing: each stays its own story.
  if (entry.fingerprint.letters > 0) {
    std::vector<std::uint32_t>& copies = copies_[entry.fingerprint.exact];
    if (!copies.empty()) {
      entry.copy_of = copies.front();
      entry.fingerprint = {};
      copies.push_back(index);
      dirty_.push_back(entry.copy_of);
      return entry.article.id;
    }
    copies.push_back(index);
  }
  if (!entry.fingerprint.empty()) {
    Link(index);
    index_.Insert(index, entry.fingerprint);
  }
  entry.fingerprint.sketch = {};
  dirty_.push_back(index);
  return entries_[index].article.id;
}

void Desk::Link(std::uint32_t index) {
  for (const dedup::Candidate& candidate :
       index_.Query(entries_[index].fingerprint, kCandidatesVerified)) {
    Entry& other = entries_[candidate.article];
    if (!other.live || other.copy_of != kNone || candidate.article == index) continue;
    const dedup::Similarity similarity =
        dedup::Compare(entries_[index].fingerprint, other.fingerprint);
    if (!dedup::Overlaps(similarity)) continue;
    const auto strength = static_cast<float>(std::max(similarity.jaccard, similarity.containment));
    const bool duplicate = dedup::IsDuplicate(similarity);
    entries_[index].links.push_back({candidate.article, strength, duplicate});
    other.links.push_back({index, strength, duplicate});
  }
}

void Desk::Unlink(std::uint32_t index) {
  for (const struct Link& link : entries_[index].links) {
    auto& back = entries_[link.other].links;
    back.erase(std::remove_if(back.begin(), back.end(),
                              [index](const struct Link& l) { return l.other == index; }),
               back.end());
    dirty_.push_back(link.other);
  }
  entries_[index].links.clear();
}

void Desk::ReplaceRepresentative(std::uint32_t from, std::uint32_t to) {
  Entry& old = entries_[from];
  Entry& heir = entries_[to];
  heir.fingerprint = std::move(old.fingerprint);
  heir.links = std::move(old.links);
  heir.copy_of = kNone;
  for (const struct Link& link : heir.links) {
    for (struct Link& back : entries_[link.other].links) {
      if (back.other == from) back.other = to;
    }
  }
  for (const std::uint32_t copy : copies_[heir.fingerprint.exact]) {
    if (copy != to) entries_[copy].copy_of = to;
  }
  // Without its texts (TextsNeeded lends them before a removal), the heir
  // stays out of the LSH index: later copies are then only found by others.
  if (!heir.fingerprint.empty() && heir.texts) {
    // The sketch was dropped when filed: the heir's text is the same letters.
    heir.fingerprint.sketch = dedup::FingerprintText(extract::MatchText(heir.article)).sketch;
    index_.Insert(to, heir.fingerprint);
    heir.fingerprint.sketch = {};
  }
  dirty_.push_back(to);
}

bool Desk::Remove(std::string_view id) {
  const auto found = ids_.find(std::string(id));
  if (found == ids_.end()) return false;
  const std::uint32_t index = found->second;
  ids_.erase(found);
  Entry& entry = entries_[index];
  entry.live = false;
  related_current_ = false;

  // Its story is re-clustered from what is left of it.
  if (const auto story = stories_.find(entry.story); story != stories_.end()) {
    for (const std::uint32_t member : story->second.members) {
      if (member != index) {
        entries_[member].story = kNone;
        dirty_.push_back(member);
      }
    }
    stories_.erase(story);
  }

  if (entry.copy_of != kNone) {
    EraseValue(copies_[entries_[entry.copy_of].fingerprint.exact], index);
  } else {
    const std::uint64_t exact = entry.fingerprint.exact;
    auto copies = copies_.find(exact);
    if (entry.fingerprint.letters > 0 && copies != copies_.end()) EraseValue(copies->second, index);
    if (entry.fingerprint.letters > 0 && copies != copies_.end() && !copies->second.empty()) {
      ReplaceRepresentative(index, copies->second.front());
    } else {
      if (copies != copies_.end() && copies->second.empty()) copies_.erase(copies);
      Unlink(index);
    }
  }
  entry = Entry{};  // a tombstone: frees the text and the fingerprint
  return true;
}

const extract::Article* Desk::Article(std::string_view id) const {
  const auto found = ids_.find(std::string(id));
  return found == ids_.end() ? nullptr : &entries_[found->second].article;
}

std::uint32_t Desk::Representative(std::uint32_t index) const {
  return entries_[index].copy_of == kNone ? index : entries_[index].copy_of;
}

void Desk::Refresh() {
  if (dirty_.empty()) return;
  std::vector<std::uint32_t> pending;
  pending.swap(dirty_);
  std::sort(pending.begin(), pending.end());
  pending.erase(std::unique(pending.begin(), pending.end()), pending.end());
  std::vector<bool> seen(entries_.size(), false);
  const auto first_visit = [&seen](std::uint32_t entry) {
    if (seen[entry]) return false;
    seen[entry] = true;
    return true;
  };
  std::vector<std::uint32_t> component;
  for (const std::uint32_t dirty : pending) {
    if (!entries_[dirty].live) continue;
    const std::uint32_t start = Representative(dirty);
    if (!first_visit(start)) continue;
    // The connected component of the duplicate graph around it.
    component.assign(1, start);
    for (std::size_t at = 0; at < component.size(); ++at) {
      for (const struct Link& link : entries_[component[at]].links) {
        if (link.duplicate && first_visit(link.other)) component.push_back(link.other);
      }
    }
    Recluster(component);
  }
}

void Desk::Recluster(const std::vector<std::uint32_t>& component) {
  EraseStories(component);
  const std::vector<std::uint32_t> order = VisitingOrder(component);
  // A link answers without a comparison; pairs LSH never offered are compared.
  const auto overlaps = [&](std::uint32_t a, std::uint32_t b) {
    const Entry& first = entries_[order[a]];
    for (const struct Link& link : first.links) {
      if (link.other == order[b]) return true;
    }
    return dedup::Overlaps(dedup::Compare(first.fingerprint, entries_[order[b]].fingerprint));
  };
  for (const std::vector<std::uint32_t>& cluster :
       dedup::ClusterComponent(ComponentVersions(order), overlaps)) {
    FileStory(cluster, order);
  }
}

void Desk::EraseStories(const std::vector<std::uint32_t>& component) {
  // The component's old stories go first: a story never spans components.
  for (const std::uint32_t representative : component) {
    const Entry& entry = entries_[representative];
    if (entry.story != kNone) stories_.erase(entry.story);
    if (entry.fingerprint.letters == 0) continue;
    if (const auto copies = copies_.find(entry.fingerprint.exact); copies != copies_.end()) {
      for (const std::uint32_t copy : copies->second) {
        if (entries_[copy].story != kNone) stories_.erase(entries_[copy].story);
      }
    }
  }
}

std::vector<std::uint32_t> Desk::VisitingOrder(const std::vector<std::uint32_t>& component) const {
  // Visiting order (clustering.h): hubs first, then the most complete, then the earliest.
  std::vector<std::uint32_t> order = component;
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const std::size_t da = Duplicates(entries_[a]), db = Duplicates(entries_[b]);
    const std::uint32_t la = entries_[a].fingerprint.letters, lb = entries_[b].fingerprint.letters;
    return da > db || (da == db && (la > lb || (la == lb && a < b)));
  });
  return order;
}

std::vector<dedup::ComponentVersion> Desk::ComponentVersions(
    const std::vector<std::uint32_t>& order) const {
  std::unordered_map<std::uint32_t, std::uint32_t> local;
  for (std::uint32_t i = 0; i < order.size(); ++i) local.emplace(order[i], i);
  std::vector<dedup::ComponentVersion> versions(order.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) {
    const Entry& entry = entries_[order[i]];
    if (entry.fingerprint.letters > 0) {
      if (const auto copies = copies_.find(entry.fingerprint.exact);
          copies != copies_.end() && !copies->second.empty()) {
        versions[i].documents = static_cast<std::uint32_t>(copies->second.size());
      }
    }
    for (const struct Link& link : entries_[order[i]].links) {
      if (!link.duplicate) continue;
      if (const auto other = local.find(link.other); other != local.end()) {
        versions[i].neighbours.push_back({other->second, link.similarity});
      }
    }
  }
  return versions;
}

void Desk::FileStory(const std::vector<std::uint32_t>& cluster,
                     const std::vector<std::uint32_t>& order) {
  StoryState story;
  for (const std::uint32_t version : cluster) {
    const std::uint32_t representative = order[version];
    story.members.push_back(representative);
    const Entry& entry = entries_[representative];
    if (entry.fingerprint.letters == 0) continue;
    if (const auto copies = copies_.find(entry.fingerprint.exact); copies != copies_.end()) {
      for (const std::uint32_t copy : copies->second) {
        if (copy != representative) story.members.push_back(copy);
      }
    }
  }
  // Identical letters may still differ in damage ("withcountries"), so the
  // copies are candidates too, after their representative.
  const std::size_t scored = std::min(story.members.size(), dedup::kCanonicalVersions);
  std::vector<std::string> texts;
  std::vector<dedup::VersionText> candidates;
  texts.reserve(scored);
  for (std::size_t i = 0; i < scored; ++i)
    texts.push_back(extract::BodyText(entries_[story.members[i]].article));
  for (std::size_t i = 0; i < scored; ++i) {
    candidates.push_back({texts[i], &entries_[Representative(story.members[i])].fingerprint,
                          MetadataScore(entries_[story.members[i]].article)});
  }
  const std::size_t chosen = dedup::ChooseCanonical(candidates).version;
  story.canonical = story.members[chosen];
  story.terms = TakeTerms(story.members, story.canonical, texts[chosen]);
  story.headline = HeadlineVersion(story.members, story.canonical);
  std::sort(story.members.begin(), story.members.end());
  const std::uint32_t key = story.members.front();
  for (const std::uint32_t member : story.members) entries_[member].story = key;
  stories_[key] = std::move(story);
}

std::vector<dedup::Term> Desk::TakeTerms(const std::vector<std::uint32_t>& members,
                                         std::uint32_t canonical, std::string_view canonical_text) {
  Entry& chosen = entries_[canonical];
  std::vector<dedup::Term> terms = chosen.has_terms
                                       ? std::move(chosen.terms)
                                       : dedup::TermsOf(canonical_text, chosen.article.lang);
  // The story keeps its own; a later re-clustering computes them again.
  for (const std::uint32_t member : members) {
    entries_[member].terms = {};
    entries_[member].has_terms = false;
  }
  return terms;
}

std::uint32_t Desk::HeadlineVersion(const std::vector<std::uint32_t>& members,
                                    std::uint32_t canonical) const {
  std::uint32_t best = canonical;
  bool best_real = IsRealHeadline(entries_[best].article.title);
  int best_score = MetadataScore(entries_[best].article);
  for (const std::uint32_t member : members) {
    const extract::Article& article = entries_[member].article;
    if (member == canonical || !IsRealHeadline(article.title)) continue;
    const int score = MetadataScore(article);
    if (!best_real || score > best_score) {
      best = member;
      best_real = true;
      best_score = score;
    }
  }
  return best;
}

void Desk::Relate() {
  if (!dirty_.empty()) related_current_ = false;
  Refresh();
  if (related_current_) return;
  std::vector<const std::vector<dedup::Term>*> terms;
  terms.reserve(stories_.size());
  for (const auto& [key, state] : stories_) terms.push_back(&state.terms);
  related_ = dedup::RelatedStories(terms);
  related_current_ = true;
}

std::vector<Story> Desk::Stories() {
  Relate();
  std::vector<Story> stories;
  stories.reserve(stories_.size());
  for (const auto& [key, state] : stories_) {
    Story story;
    story.id = entries_[key].article.id;
    story.canonical = entries_[state.canonical].article.id;
    story.title = entries_[state.headline].article.title;
    for (const std::uint32_t member : state.members)
      story.members.push_back(entries_[member].article.id);
    stories.push_back(std::move(story));
  }
  for (std::size_t s = 0; s < stories.size(); ++s) {
    for (const dedup::RelatedStory& other : related_[s])
      stories[s].related.push_back(stories[other.story].id);
  }
  return stories;
}

const std::vector<std::uint32_t>& Desk::SearchWordsOf(std::uint32_t entry) const {
  const Entry& e = entries_[entry];
  if (!e.has_search_words) {
    e.search_words = text::SearchWords(e.article.title + "\n" + extract::BodyText(e.article));
    e.has_search_words = true;
  }
  return e.search_words;
}

std::vector<std::string> Desk::Search(std::string_view query) {
  Refresh();
  const std::vector<std::uint32_t> wanted = text::SearchWords(query);
  std::vector<std::string> found;
  for (const auto& [key, state] : stories_) {
    const bool match =
        std::any_of(state.members.begin(), state.members.end(),
                    [&](std::uint32_t m) { return text::HasAllWords(SearchWordsOf(m), wanted); });
    if (match) found.push_back(entries_[key].article.id);
  }
  return found;
}

std::vector<RelatedLink> Desk::RelatedOf(std::string_view id) {
  Relate();
  const auto found = ids_.find(std::string(id));
  if (found == ids_.end()) return {};
  const auto story = stories_.find(entries_[found->second].story);
  if (story == stories_.end()) return {};
  std::vector<std::map<std::uint32_t, StoryState>::const_iterator> by_index;
  for (auto it = stories_.cbegin(); it != stories_.cend(); ++it) by_index.push_back(it);
  const auto at = static_cast<std::size_t>(std::distance(stories_.begin(), story));
  const extract::Article& canonical = entries_[story->second.canonical].article;
  const std::string text = extract::BodyText(canonical);
  std::vector<RelatedLink> links;
  for (const dedup::RelatedStory& other : related_[at]) {
    const auto& [key, state] = *by_index[other.story];
    RelatedLink link;
    link.story = entries_[key].article.id;
    link.title = entries_[state.headline].article.title;
    for (std::string& term : dedup::TermSurfaces(text, canonical.lang, other.linking_terms)) {
      const bool inside =
          std::any_of(link.terms.begin(), link.terms.end(), [&](const std::string& t) {
            return (" " + t + " ").find(" " + term + " ") != std::string::npos;
          });
      if (!term.empty() && !inside) link.terms.push_back(std::move(term));
    }
    links.push_back(std::move(link));
  }
  return links;
}

nlohmann::ordered_json Desk::StoriesJson() {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Story& story : Stories()) {
    list.push_back({{"id", story.id},
                    {"canonical", story.canonical},
                    {"members", story.members},
                    {"related", story.related},
                    {"title", story.title}});
  }
  return {{"stories", std::move(list)}};
}

}  // namespace wiredesk::desk
