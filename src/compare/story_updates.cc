#include "compare/story_updates.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <set>

#include "compare/comparison.h"
#include "compare/published_time.h"
#include "dedup/canonical.h"
#include "dedup/fingerprint.h"
#include "dedup/similarity.h"
#include "summarize/summary.h"

namespace wiredesk::compare {
namespace {

std::string Count(std::size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string JoinList(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

int Spaces(const std::string& text) {
  return static_cast<int>(std::count(text.begin(), text.end(), ' '));
}

// "words run together", "punctuation differs": a copy whose text is the
// canonical's, keyed in differently.
std::string CosmeticReason(const Comparison& c) {
  std::vector<std::string> what;
  int lost_spaces = 0, spacing = 0;
  for (const Change& change : c.changes) {
    if (change.kind != "spacing") continue;
    ++spacing;
    lost_spaces += Spaces(change.left) - Spaces(change.right);
  }
  if (spacing > 0) what.push_back(lost_spaces > 0 ? "words run together" : "spacing differs");
  auto edits = [&](ChangeClass k) { return c.edits[static_cast<std::size_t>(k)]; };
  if (edits(ChangeClass::kPunctuation) > 0) what.push_back("punctuation differs");
  if (edits(ChangeClass::kCase) > 0) what.push_back("case differs");
  if (edits(ChangeClass::kDiacritics) > 0) what.push_back("diacritics differ");
  return "same text, " + JoinList(what, ", ");
}

std::string SubstantiveReason(const Comparison& c) {
  std::size_t lines[8] = {};  // headline added removed moved number name wording other
  static const char* const kKinds[] = {"headline", "added", "removed", "moved",
                                       "number",   "name",  "wording"};
  for (const DigestLine& line : Digest(c)) {
    std::size_t k = 0;
    while (k < 7 && line.kind != kKinds[k]) ++k;
    ++lines[k];
  }
  std::vector<std::string> body;
  if (lines[1] > 0) body.push_back(Count(lines[1], "sentence added", "sentences added"));
  if (lines[2] > 0) body.push_back(Count(lines[2], "sentence removed", "sentences removed"));
  if (lines[3] > 0) body.push_back(Count(lines[3], "passage moved", "passages moved"));
  if (lines[4] > 0) body.push_back(Count(lines[4], "number changed", "numbers changed"));
  if (lines[5] > 0) body.push_back(Count(lines[5], "name changed", "names changed"));
  if (lines[6] > 0) body.push_back(Count(lines[6], "wording change", "wording changes"));
  std::string text;
  if (body.empty()) {
    text = "same text";
  } else if (body.size() == 1 && lines[2] > 0) {
    text = "same text, " + Count(lines[2], "sentence shorter", "sentences shorter");
  } else {
    text = JoinList(body, ", ");
  }
  return lines[0] > 0 ? "retitled; " + text : text;
}

std::string Reason(const Comparison& c) {
  switch (c.verdict) {
    case Verdict::kIdentical:
      return "same text";
    case Verdict::kEmpty:
      return "empty";
    case Verdict::kNoCommonText:
      return "little text in common with the canonical copy";
    case Verdict::kCosmetic:
      return CosmeticReason(c);
    case Verdict::kSubstantive:
      break;
  }
  return SubstantiveReason(c);
}

// True when `article` carries `headline` as one of its headlines: a page
// with two headlines gives one to extraction and removes the other as
// repeated, so a copy that kept the other is not retitled.
bool CarriesHeadline(const extract::Article& article, const std::string& headline) {
  if (article.title == headline) return true;
  for (const extract::RemovedBlock& block : article.removed) {
    if (block.reason == "headline repeated" && block.text == headline) return true;
  }
  return false;
}

// Each version's body prepared once (comparison.h): a version takes part in
// up to three comparisons (with the version before, the one after, and the
// canonical copy), and segmenting and keying its sentences is most of the cost.
struct Versions {
  const std::vector<const extract::Article*>& articles;
  std::vector<ComparedText> texts;
};

// The comparison of versions `a` and `b`, their headlines taken as one when
// either version carried the other's.
Comparison CompareVersions(const Versions& v, std::size_t a, std::size_t b) {
  const extract::Article& earlier = *v.articles[a];
  const extract::Article& later = *v.articles[b];
  if (earlier.title == later.title ||
      !(CarriesHeadline(earlier, later.title) || CarriesHeadline(later, earlier.title))) {
    return Compare(earlier, v.texts[a], later, v.texts[b]);
  }
  extract::Article retitled;  // the title is all Compare reads beside the prepared text
  retitled.id = later.id;
  retitled.title = earlier.title;
  return Compare(earlier, v.texts[a], retitled, v.texts[b]);
}

double TwoDecimals(double x) { return std::round(x * 100) / 100; }

struct Prints {
  std::vector<dedup::Fingerprint> fingerprints;
  std::size_t canonical = 0;
};

// The fingerprints and the canonical choice, made as the Desk makes them.
Prints PrintsOf(const std::vector<const extract::Article*>& versions) {
  Prints p;
  std::vector<std::string> texts;
  for (const extract::Article* a : versions) {
    p.fingerprints.push_back(dedup::FingerprintText(extract::MatchText(*a)));
  }
  const std::size_t scored = std::min(versions.size(), dedup::kCanonicalVersions);
  for (std::size_t i = 0; i < scored; ++i) texts.push_back(extract::BodyText(*versions[i]));
  std::vector<dedup::VersionText> candidates;
  for (std::size_t i = 0; i < scored; ++i) candidates.push_back({texts[i], &p.fingerprints[i]});
  p.canonical = dedup::ChooseCanonical(candidates).version;
  return p;
}

// `with_canonical[i]`: the canonical copy's comparison with version i when
// the timeline made it already.
std::vector<WhyMerged> WhyOf(const Versions& v, const Prints& prints,
                             std::vector<std::optional<Comparison>>& with_canonical) {
  std::vector<WhyMerged> why;
  const std::vector<const extract::Article*>& versions = v.articles;
  for (std::size_t i = 0; i < versions.size(); ++i) {
    WhyMerged w;
    w.id = versions[i]->id;
    if (i == prints.canonical) {
      w.shared = 1;
      w.reason = "the canonical copy";
      why.push_back(std::move(w));
      continue;
    }
    const dedup::Similarity s =
        dedup::Compare(prints.fingerprints[i], prints.fingerprints[prints.canonical]);
    w.shared = TwoDecimals(std::max(s.jaccard, s.containment));
    if (!with_canonical[i]) with_canonical[i] = CompareVersions(v, prints.canonical, i);
    const Comparison& c = *with_canonical[i];
    for (const Row& row : c.rows) {
      if (row.op == RowOp::kAdded && !row.title && w.only_here.size() < kOnlyHere)
        w.only_here.push_back(Quoted(row.right));
    }
    w.reason = Reason(c);
    why.push_back(std::move(w));
  }
  return why;
}

// TextRank over the new sentences, the latest headline as the title prior.
std::vector<std::string> WhatsNew(const std::vector<std::string>& added,
                                  const extract::Article& latest) {
  std::vector<std::string> out;
  if (added.empty()) return out;
  extract::Article news;
  news.id = latest.id;
  news.title = latest.title;
  news.lang = latest.lang;
  for (const std::string& sentence : added) news.paragraphs.push_back({{}, sentence});
  summarize::SummaryOptions options;
  options.sentences = static_cast<int>(kWhatsNew);
  options.keywords = 0;
  options.title_prior = !latest.title.empty();
  for (const summarize::SummarySentence& s : summarize::Summarize(news, options).sentences) {
    out.push_back(s.text);
  }
  // Sentences too short to be TextRank candidates are still news.
  for (std::size_t i = 0; out.empty() && i < added.size() && i < kWhatsNew; ++i) {
    out.push_back(added[i]);
  }
  return out;
}

}  // namespace

std::vector<std::size_t> PublicationOrder(const std::vector<const extract::Article*>& versions) {
  std::vector<std::int64_t> keys(versions.size());
  std::int64_t previous = std::numeric_limits<std::int64_t>::min();
  for (std::size_t i = 0; i < versions.size(); ++i) {
    // An undated version stays right after the one it arrived after.
    keys[i] = PublishedSeconds(versions[i]->published).value_or(previous);
    previous = keys[i];
  }
  std::vector<std::size_t> order(versions.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
  return order;
}

StoryUpdates UpdatesOf(const std::vector<const extract::Article*>& versions) {
  StoryUpdates u;
  if (versions.empty()) return u;
  const std::vector<std::size_t> order = PublicationOrder(versions);
  Versions prepared{versions, {}};
  prepared.texts.reserve(versions.size());
  for (const extract::Article* a : versions) prepared.texts.push_back(PrepareForCompare(*a));
  const Prints prints = PrintsOf(versions);
  std::vector<std::optional<Comparison>> with_canonical(versions.size());
  std::vector<std::string> added;
  std::set<std::string> seen;
  for (std::size_t k = 0; k < order.size(); ++k) {
    const extract::Article& v = *versions[order[k]];
    VersionDigest digest{v.id, v.published, v.title, {}};
    if (k > 0) {
      Comparison c = CompareVersions(prepared, order[k - 1], order[k]);
      digest.changes = Digest(c);
      for (const Row& row : c.rows) {
        const bool changed =
            row.op == RowOp::kChanged && row.has_class && IsSubstantive(row.change_class);
        if (row.title || !(row.op == RowOp::kAdded || changed)) continue;
        if (seen.insert(row.right).second) added.push_back(row.right);
      }
      if (order[k - 1] == prints.canonical) with_canonical[order[k]] = std::move(c);
    }
    u.versions.push_back(std::move(digest));
  }
  u.whats_new = WhatsNew(added, *versions[order.back()]);
  u.canonical = versions[prints.canonical]->id;
  u.why = WhyOf(prepared, prints, with_canonical);
  return u;
}

}  // namespace wiredesk::compare
