#include "summarize/summary.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string_view>
#include <unordered_map>

#include "summarize/candidates.h"
#include "summarize/coverage.h"
#include "summarize/pagerank.h"
#include "text/normalize.h"

namespace wiredesk::summarize {
namespace {

// The same sentence in two versions: most of the shorter one's 5-byte
// shingles are in the longer one. 0.8 lets a dateline, a trimmed clause or a
// changed number through and keeps two different sentences on one topic
// apart (they share words, rarely four in five letter runs).
constexpr double kSameSentence = 0.8;

// A group of near-identical sentences: one vertex of the graph.
struct Cluster {
  std::size_t shown = 0;  // the member whose text the summary shows
  int position = 0;       // earliest position among the members
  int article = 0;        // the article of that earliest member
  int support = 0;        // versions carrying it
};

std::size_t Find(std::vector<std::size_t>& parent, std::size_t i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

double Containment(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  const std::size_t smaller = std::min(a.size(), b.size());
  if (smaller == 0) return 0;
  return static_cast<double>(SharedCount(a, b)) / static_cast<double>(smaller);
}

// Lost spaces make long "words" ("withcountries"): of two spellings of one
// sentence, the one with the shorter average word is the cleaner.
bool Cleaner(const Candidate& a, const Candidate& b) {
  const long left = static_cast<long>(a.letters) * b.words;
  const long right = static_cast<long>(b.letters) * a.words;
  if (left != right) return left < right;
  if (a.article != b.article) return a.article < b.article;
  return a.position < b.position;
}

std::vector<Cluster> Collapse(const CandidatePool& pool) {
  const std::vector<Candidate>& sentences = pool.sentences;
  const std::size_t n = sentences.size();
  std::vector<std::vector<std::uint64_t>> shingles(n);
  auto shingles_of = [&](std::size_t i) -> const std::vector<std::uint64_t>& {
    if (shingles[i].empty()) shingles[i] = Shingles(sentences[i], pool.vocabulary);
    return shingles[i];
  };
  std::vector<std::size_t> parent(n);
  std::iota(parent.begin(), parent.end(), std::size_t{0});
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) {
      // Cheap test first: near-identical sentences share most content words
      // even when a few are fused by lost spaces.
      if (Cosine(sentences[i].content, sentences[j].content) < 0.3) continue;
      if (Containment(shingles_of(i), shingles_of(j)) >= kSameSentence) {
        parent[Find(parent, j)] = Find(parent, i);
      }
    }
  }
  std::vector<Cluster> clusters;
  std::vector<int> cluster_of(n, -1);
  std::vector<std::vector<bool>> carried;
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t root = Find(parent, i);
    if (cluster_of[root] < 0) {
      cluster_of[root] = static_cast<int>(clusters.size());
      clusters.push_back({i, sentences[i].position, sentences[i].article, 0});
      carried.emplace_back();
    }
    const auto c = static_cast<std::size_t>(cluster_of[root]);
    Cluster& cluster = clusters[c];
    const Candidate& s = sentences[i];
    if (Cleaner(s, sentences[cluster.shown])) cluster.shown = i;
    if (s.position < cluster.position) {
      cluster.position = s.position;
      cluster.article = s.article;
    }
    const auto article = static_cast<std::size_t>(s.article);
    if (carried[c].size() <= article) carried[c].resize(article + 1, false);
    if (!carried[c][article]) {
      carried[c][article] = true;
      ++cluster.support;
    }
  }
  return clusters;
}

// A sentence's units for the graph: bigram ids come after the word ids.
std::vector<int> UnitsOf(const Candidate& c, Units units, const CandidatePool& pool) {
  if (units == Units::kWords) return c.content;
  std::vector<int> result;
  if (units == Units::kWordsAndBigrams) result = c.content;
  for (int b : c.bigrams) result.push_back(pool.vocabulary.size() + b);
  return result;
}

std::size_t Wanted(const SummaryOptions& options, std::size_t available) {
  if (options.chars > 0) return available;
  if (options.ratio > 0) {
    const double share = std::min(options.ratio, 1.0) * static_cast<double>(available);
    return std::max<std::size_t>(1, static_cast<std::size_t>(std::llround(share)));
  }
  return static_cast<std::size_t>(std::max(options.sentences, 0));
}

// The teleport prior of each vertex: position, support, title.
std::vector<double> Prior(const CandidatePool& pool, const std::vector<Cluster>& clusters,
                          const SummaryOptions& options, bool story) {
  const std::vector<Candidate>& sentences = pool.sentences;
  const double lead = story ? options.story_lead_exponent : options.lead_exponent;
  std::vector<double> prior(clusters.size(), 1.0);
  for (std::size_t i = 0; i < clusters.size(); ++i) {
    const Cluster& c = clusters[i];
    if (lead > 0) prior[i] /= std::pow(c.position + 1.0, lead);
    if (options.support) prior[i] *= c.support;
    if (options.title_prior) {
      const auto& title = pool.title_words[static_cast<std::size_t>(sentences[c.shown].article)];
      prior[i] *= 1 + Cosine(title, sentences[c.shown].content);
    }
  }
  return prior;
}

// Earlier in its version first, then the earlier version.
bool EarlierInReading(const Cluster& a, const Cluster& b) {
  if (a.position != b.position) return a.position < b.position;
  return a.article < b.article;
}

// The vertices best first: by rank, ties in reading order.
std::vector<std::size_t> RankOrder(const std::vector<double>& rank,
                                   const std::vector<Cluster>& clusters) {
  std::vector<std::size_t> order(rank.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (rank[a] != rank[b]) return rank[a] > rank[b];
    return EarlierInReading(clusters[a], clusters[b]);
  });
  return order;
}

// Goes down `order` taking each vertex that is no repeat of one taken and
// fits what is left of the budget, until `wanted` are taken.
std::vector<std::size_t> Choose(const std::vector<std::size_t>& order, std::size_t wanted,
                                const std::vector<std::vector<int>>& units,
                                const std::vector<std::string_view>& texts,
                                const SummaryOptions& options) {
  std::size_t chars_left = options.chars > 0 ? static_cast<std::size_t>(options.chars) : 0;
  std::vector<std::size_t> chosen;
  auto cost = [&](std::size_t i) {
    return text::CodePointCount(texts[i]) + (chosen.empty() ? 0 : 1);
  };
  // Whether sentence i can join the chosen ones: not a repeat, within the budget.
  auto admissible = [&](std::size_t i) {
    for (std::size_t j : chosen) {
      if (Cosine(units[i], units[j]) >= options.redundancy) return false;
    }
    if (options.chars <= 0) return true;
    const std::size_t c = cost(i);
    return chars_left > 0 &&
           c <= chars_left + static_cast<std::size_t>(options.overrun * static_cast<double>(c));
  };
  for (std::size_t i : order) {
    if (chosen.size() >= wanted) break;
    if (!admissible(i)) continue;
    if (options.chars > 0) chars_left -= std::min(cost(i), chars_left);
    chosen.push_back(i);
  }
  return chosen;
}

// Each candidate's concepts, sorted unique ids, and how many ids there are.
struct Concepts {
  std::vector<std::vector<int>> of;
  std::size_t count = 0;
};

Concepts CandidateConcepts(const CandidatePool& pool, Units units) {
  Concepts concepts;
  if (units != Units::kAllBigrams) {
    for (const Candidate& c : pool.sentences) concepts.of.push_back(UnitsOf(c, units, pool));
    concepts.count = static_cast<std::size_t>(pool.vocabulary.size() + pool.bigram_count);
    return concepts;
  }
  // Ids in order of first sight, so they are the same on every target.
  std::unordered_map<std::uint64_t, int> ids;
  for (const Candidate& c : pool.sentences) {
    std::vector<int> mine;
    for (std::size_t i = 1; i < c.tokens.size(); ++i) {
      const std::uint64_t pair = (static_cast<std::uint64_t>(c.tokens[i - 1]) << 32) |
                                 static_cast<std::uint32_t>(c.tokens[i]);
      mine.push_back(ids.emplace(pair, static_cast<int>(ids.size())).first->second);
    }
    std::sort(mine.begin(), mine.end());
    mine.erase(std::unique(mine.begin(), mine.end()), mine.end());
    concepts.of.push_back(std::move(mine));
  }
  concepts.count = ids.size();
  return concepts;
}

// Each concept's weight: over the versions, 1 / (position of the first
// sentence carrying it + 1)^exponent. News puts its facts first, and a fact
// several outlets report is weighed by each of them.
std::vector<double> ConceptWeights(const CandidatePool& pool, const Concepts& concepts,
                                   const SummaryOptions& options) {
  std::vector<double> weights(concepts.count, 0.0);
  std::vector<int> seen_in(weights.size(), -1);  // the last version that carried it
  for (std::size_t k = 0; k < pool.sentences.size(); ++k) {
    const Candidate& c = pool.sentences[k];
    const double w = 1 / std::pow(c.position + 1.0, options.coverage_lead_exponent);
    for (int u : concepts.of[k]) {
      const auto id = static_cast<std::size_t>(u);
      if (seen_in[id] == c.article) continue;
      seen_in[id] = c.article;
      weights[id] += w;
    }
  }
  return weights;
}

std::vector<std::size_t> ChooseCovering(const CandidatePool& pool,
                                        const std::vector<Cluster>& clusters,
                                        const SummaryOptions& options) {
  const Concepts all = CandidateConcepts(pool, options.coverage_units);
  std::vector<std::vector<int>> concepts;
  std::vector<std::size_t> costs;
  for (std::size_t i = 0; i < clusters.size(); ++i) {
    const Candidate& shown = pool.sentences[clusters[i].shown];
    concepts.push_back(all.of[clusters[i].shown]);
    costs.push_back(std::max<std::size_t>(text::CodePointCount(shown.text), 1));
  }
  const std::size_t budget = options.chars > 0 ? static_cast<std::size_t>(options.chars) : 0;
  return ChooseByCoverage(concepts, ConceptWeights(pool, all, options), costs, budget,
                          Wanted(options, clusters.size()), options.coverage_cost_exponent);
}

Summary SummarizePool(const CandidatePool& pool, const SummaryOptions& options) {
  Summary summary;
  summary.keywords = ExtractKeywords(pool, options.keywords);
  const std::vector<Candidate>& sentences = pool.sentences;
  if (sentences.empty()) return summary;

  const std::vector<Cluster> clusters = Collapse(pool);
  const std::size_t n = clusters.size();
  std::vector<std::vector<int>> units(n);
  std::vector<std::string_view> texts(n);
  std::vector<GraphSentence> vertices;
  vertices.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Candidate& shown = sentences[clusters[i].shown];
    units[i] = UnitsOf(shown, options.units, pool);
    texts[i] = shown.text;
    vertices.push_back({&units[i], shown.words});
  }
  const Graph graph =
      BuildSentenceGraph(vertices, options.similarity, pool.vocabulary.size() + pool.bigram_count);

  const bool story = pool.title_words.size() > 1;
  const std::vector<double> rank = PageRank(graph, Prior(pool, clusters, options, story),
                                            story ? options.story_damping : options.damping);
  const double best = *std::max_element(rank.begin(), rank.end());

  std::vector<std::size_t> chosen =
      story && options.story_coverage
          ? ChooseCovering(pool, clusters, options)
          : Choose(RankOrder(rank, clusters), Wanted(options, n), units, texts, options);
  std::sort(chosen.begin(), chosen.end(), [&](std::size_t a, std::size_t b) {
    return EarlierInReading(clusters[a], clusters[b]);
  });
  for (std::size_t i : chosen) {
    const Candidate& s = sentences[clusters[i].shown];
    summary.sentences.push_back({s.text, best > 0 ? rank[i] / best : 0, s.article, s.paragraph,
                                 s.sentence, clusters[i].support});
  }
  return summary;
}

}  // namespace

Summary Summarize(const extract::Article& article, const SummaryOptions& options) {
  return SummarizeStory({&article}, options);
}

Summary SummarizeStory(const std::vector<const extract::Article*>& versions,
                       const SummaryOptions& options) {
  std::size_t per_version = std::max<std::size_t>(options.max_sentences, 1);
  if (versions.size() > 1) {
    // The graph's cap holds for the story as a whole; each version keeps at
    // least its opening, where its news is.
    per_version = std::max<std::size_t>(per_version / versions.size(), 5);
  }
  return SummarizePool(CollectCandidates(versions, per_version, options.min_words), options);
}

}  // namespace wiredesk::summarize
