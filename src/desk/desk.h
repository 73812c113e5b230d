// The Desk: the library of articles an editor has dropped in, kept merged
// into stories as articles come and go. The one stateful class of Wiredesk;
// every algorithm it uses is a plain function in extract/ and dedup/.
//
//   Desk desk;
//   auto added = desk.Add(document);              // article id, or an Error
//   desk.Remove("003_94858066e6bb5739");
//   for (const Story& story : desk.Stories()) ...  // brought up to date here
//
// Incremental by construction:
//   Add     extracts the article, fingerprints its body (dedup/fingerprint.h),
//           and verifies it against its LSH candidates only
//           (dedup/lsh_index.h, dedup/similarity.h). An identical copy of an
//           article already on the desk is recognised by its hash and costs
//           no comparison at all. Its component of the duplicate graph is
//           marked for re-clustering.
//   Remove  drops the article's links and marks the story it was in.
//   Stories re-clusters only the marked components (dedup/clustering.h),
//           chooses their canonical versions (dedup/canonical.h), then links
//           related stories over all stories (dedup/related.h, near-linear).
// So a batch of adds costs one clustering per affected component, however
// many adds it took.
//
// Story ids: a story is named after its earliest member (the first added),
// which stays its id as versions join or leave, until that member goes.
//
// Not thread-safe. Not copyable (it owns a large index); movable.

#ifndef WIREDESK_DESK_DESK_H_
#define WIREDESK_DESK_DESK_H_

#include <cstdint>
#include <deque>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

#include "dedup/clustering.h"
#include "dedup/fingerprint.h"
#include "dedup/lsh_index.h"
#include "dedup/related.h"
#include "desk/article_record.h"
#include "desk/document.h"
#include "extract/article.h"

namespace wiredesk::desk {

struct Story {
  std::string id;                    // its earliest member's article id
  std::string canonical;             // article id of the version to show
  std::vector<std::string> members;  // article ids, in the order they were added
  std::vector<std::string> related;  // story ids
  std::string title;                 // the best labelled version's headline (headline.h)
};

// A related story as a story view shows it (Desk::RelatedOf).
struct RelatedLink {
  std::string story;  // its id
  std::string title;
  // What links the two: the names and word pairs they share that weigh
  // most (dedup/related.h), as the first story's canonical text writes
  // them; a term inside one listed before it ("Sen" after "Hun Sen") is left out.
  std::vector<std::string> terms;
};

class Desk {
 public:
  Desk() = default;
  Desk(const Desk&) = delete;
  Desk& operator=(const Desk&) = delete;
  Desk(Desk&&) = default;
  Desk& operator=(Desk&&) = default;

  // Reads `document` through the one intake (intake.h) and files its
  // article. Returns the article id (the document's id), or why
  // it was refused: bad content, or an id already on the desk.
  std::variant<std::string, Error> Add(const Document& document);

  // Files an article already extracted. REQUIRES: well-formed UTF-8.
  std::variant<std::string, Error> AddArticle(extract::Article article);

  // Files an article from its record (article_record.h), as Add filed it,
  // with no extraction, fingerprinting or ICU pass. Restoring the records of
  // a desk in the order their articles were added gives exactly the stories
  // adding the documents again gives. Returns the article id, or why the
  // record was refused (damaged, another core version, an id already on the
  // desk): the desk is then unchanged, and the caller adds the document.
  // An index record (article_record.h) files the article without its
  // texts: it is listed, clustered and searched as the full record's, and
  // whatever reads its texts wants them lent first (TextsNeeded, LendTexts).
  std::variant<std::string, Error> Restore(std::string_view record);

  // The articles filed without their texts (index records) that a call
  // would read the texts of: the ids in `read` (and their stories'
  // canonical versions), the copies that would stand in for the ids in
  // `removed`, and every version the next Stories() or Search() re-clusters.
  // Empty for a desk restored from full records or built by Add. Cost: a
  // walk of the components awaiting re-clustering.
  std::vector<std::string> TextsNeeded(const std::vector<std::string>& read,
                                       const std::vector<std::string>& removed) const;

  // Lends the desk the texts of articles filed without them, from their full
  // records (a record pack, record_pack.h), until ReturnTexts:
  // lent for one call (a story, a comparison, a re-clustering), the texts
  // held stay bounded by what is shown, however large the library.
  // Records of articles not on the desk, or that hold their texts, are
  // skipped. Returns how many were lent, or why the pack was refused (a
  // damaged record, one without texts, another core version): nothing is
  // lent then.
  std::variant<std::size_t, Error> LendTexts(std::string_view pack);
  // Drops the texts lent since the last call.
  void ReturnTexts();

  // Whether the article with that id is on the desk with its texts.
  bool HoldsTexts(std::string_view id) const;

  // Takes the stories this desk's articles were in (Stories() of the desk
  // their records came from), so that the next Stories() re-clusters
  // nothing: restoring the records, then their stories, costs no clustering
  // at all. Refused, with the desk unchanged, unless they hold every article
  // on the desk exactly once, each story named after its earliest member,
  // its canonical version and a member titled as it is among its members,
  // in the order Stories() lists stories and members: Stories() then gives
  // them back as given (with `related` computed again). When refused,
  // Stories() clusters as after Restore alone.
  std::optional<Error> RestoreStories(const std::vector<Story>& stories);

  // The record of an article on the desk (article_record.h), or an Error
  // when no article has that id or its texts are not held. Costs a
  // fingerprint, a terms pass and (the first time) a search words pass.
  std::variant<ArticleRecord, Error> RecordOf(std::string_view id) const;
  // RecordOf, encoded as a full record.
  std::variant<std::string, Error> Record(std::string_view id) const;

  // Takes the article off the desk; false when no article has that id.
  bool Remove(std::string_view id);

  // The article with that id, or null. Valid until the next Add or Remove.
  const extract::Article* Article(std::string_view id) const;

  std::size_t size() const { return ids_.size(); }

  // The stories, ordered by their earliest member. Brings them up to date.
  std::vector<Story> Stories();

  // {"stories":[{"id","canonical","members":[ids],"related":[story ids],"title"}]}
  nlohmann::ordered_json StoriesJson();

  // The ids of the stories with a version that has every word of `query`
  // in its headline or text (text/search_words.h), in Stories()' order; all
  // stories for a query without words. An article's words are gathered the
  // first time it is searched (a MatchKey pass over its text); after that a
  // search costs a binary search per query word per article.
  std::vector<std::string> Search(std::string_view query);

  // The related stories of the story holding article `id`, in Story::related's
  // order, with what links each; empty for an unknown id. Brings the stories
  // up to date; costs a terms pass over the story's canonical text.
  std::vector<RelatedLink> RelatedOf(std::string_view id);

 private:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  struct Link {
    std::uint32_t other;
    float similarity;  // max(Jaccard, containment)
    bool duplicate;    // dedup::IsDuplicate; otherwise they only overlap (dedup::Overlaps)
  };
  struct Entry {
    extract::Article article;
    dedup::Fingerprint
        fingerprint;  // without its sketch once filed; moved to the next copy when this one goes
    std::vector<Link> links;        // verified duplicates and overlaps (representatives only)
    std::uint32_t copy_of = kNone;  // the representative of identical copies
    std::uint32_t story = kNone;    // key of its story in stories_
    // Its terms (dedup/related.h) when restored with them: used, then
    // dropped, when its story is first clustered (a story keeps its own).
    std::vector<dedup::Term> terms;
    bool has_terms = false;
    // text/search_words.h: gathered by the first search or record that
    // needs them (a record is written after every add), then kept.
    mutable std::vector<std::uint32_t> search_words;
    mutable bool has_search_words = false;
    bool live = false;
    // False when filed from an index record: `article` lacks paragraphs and
    // removed blocks until they are lent.
    bool texts = true;
    bool lent = false;
  };
  struct StoryState {
    std::vector<std::uint32_t> members;  // entry indices, ascending
    std::uint32_t canonical = 0;
    std::vector<dedup::Term> terms;  // of the canonical text (dedup/related.h)
    std::uint32_t headline = 0;      // the version whose title the story shows
  };

  std::variant<std::string, Error> File(extract::Article article, dedup::Fingerprint fingerprint);
  // `story` as this desk's state, or why it is not one of its stories.
  std::variant<StoryState, Error> StoryStateOf(const Story& story, std::vector<bool>& taken) const;
  std::uint32_t Representative(std::uint32_t entry) const;
  void Link(std::uint32_t entry);
  void Unlink(std::uint32_t entry);
  void ReplaceRepresentative(std::uint32_t from, std::uint32_t to);
  // Re-clusters one component of the duplicate graph into stories: its old
  // stories go, the clusters of dedup::ClusterComponent come.
  void Recluster(const std::vector<std::uint32_t>& component);
  void EraseStories(const std::vector<std::uint32_t>& component);
  std::vector<std::uint32_t> VisitingOrder(const std::vector<std::uint32_t>& component) const;
  // The component as dedup::ClusterComponent takes it, in `order`.
  std::vector<dedup::ComponentVersion> ComponentVersions(
      const std::vector<std::uint32_t>& order) const;
  // Files one cluster (versions by their place in `order`) as a story, with
  // its identical copies, canonical version, terms and headline.
  void FileStory(const std::vector<std::uint32_t>& cluster,
                 const std::vector<std::uint32_t>& order);
  void Refresh();
  // Brings related_ up to date with the stories.
  void Relate();
  const std::vector<std::uint32_t>& SearchWordsOf(std::uint32_t entry) const;
  // The entries of the components Refresh() will re-cluster, copies included.
  std::vector<std::uint32_t> PendingEntries() const;

  // The canonical version's terms: restored ones when it has them. Drops
  // every member's restored terms.
  std::vector<dedup::Term> TakeTerms(const std::vector<std::uint32_t>& members,
                                     std::uint32_t canonical, std::string_view canonical_text);
  // The member with a real headline and the best metadata, the canonical
  // version first among equals; the canonical one when none has a real headline.
  std::uint32_t HeadlineVersion(const std::vector<std::uint32_t>& members,
                                std::uint32_t canonical) const;

  // By insertion; removed ones stay as tombstones. A deque: growing it never
  // copies the entries (a vector's doubling briefly held two copies).
  std::deque<Entry> entries_;
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>>
      copies_;  // exact hash -> live entries
  dedup::LshIndex index_;
  std::map<std::uint32_t, StoryState> stories_;  // keyed by earliest member
  std::vector<std::uint32_t> dirty_;             // representatives to re-cluster
  // Each story's related stories (indices in stories_' order) as last
  // linked; stale after any change to the stories.
  std::vector<std::vector<dedup::RelatedStory>> related_;
  bool related_current_ = false;
  std::vector<std::uint32_t> lent_;  // entries holding lent texts
};

}  // namespace wiredesk::desk

#endif  // WIREDESK_DESK_DESK_H_
