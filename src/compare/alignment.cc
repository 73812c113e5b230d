#include "compare/alignment.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

#include "text/hash.h"
#include "text/normalize.h"

namespace wiredesk::compare {
namespace {

constexpr std::size_t kShingle = 5;
// A shingle found in more right sentences than this says nothing about which
// one a left sentence matches ("ation", "saidt"); skipping it bounds the cost.
constexpr std::size_t kMaxPostings = 48;
// How many of the right sentences sharing the most shingles are scored.
constexpr std::size_t kCandidatesPerSentence = 6;
// A split or merge is taken when it makes a pair this much more alike.
constexpr int kMinGrowth = 300;
// Copies of one sentence on both sides up to this many pairs are all offered
// to the chain; past it they are paired in order.
constexpr std::size_t kMaxCopyPairs = 1024;
// Unmatched sentences standing between the same two aligned pairs are paired
// by finer shingles when there are at most this many pairs to score.
constexpr std::size_t kMaxGapPairs = 64;

// Code points that are punctuation, symbols or space outside ASCII, by block:
// Latin-1 punctuation, general punctuation, currency, letter-like symbols
// through misc. symbols and arrows, CJK punctuation, small and full-width forms.
bool IsNonAsciiPunctuation(std::uint32_t c) {
  return (c >= 0xA0 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x206F) ||
         (c >= 0x20A0 && c <= 0x20CF) || (c >= 0x2100 && c <= 0x2BFF) ||
         (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE10 && c <= 0xFE6F) ||
         (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
         (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || c == 0xFFFD;
}

bool IsAsciiAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// Typographic quotes, dashes, the no-break space and the ellipsis: common in
// English wire copy, and dropped from a key whatever normalisation does.
constexpr std::string_view kPlainPunctuation[] = {"\u2018", "\u2019", "\u201C", "\u201D", "\u2013",
                                                  "\u2014", "\u00A0", "\u2026", "\u00AB", "\u00BB"};

// True when every byte outside ASCII belongs to kPlainPunctuation, so the key
// can be made without ICU.
bool IsPlain(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    const auto match =
        std::find_if(std::begin(kPlainPunctuation), std::end(kPlainPunctuation),
                     [&](std::string_view p) { return text.substr(i, p.size()) == p; });
    if (match == std::end(kPlainPunctuation)) return false;
    i += match->size();
  }
  return true;
}

std::string KeyText(std::string_view sentence) {
  std::string key;
  if (IsPlain(sentence)) {
    for (char c : sentence) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (IsAsciiAlnum(c)) key += c;
    }
    return key;
  }
  const std::string folded = text::MatchKey(sentence);
  for (std::size_t i = 0; i < folded.size();) {
    const auto lead = static_cast<unsigned char>(folded[i]);
    if (lead < 0x80) {
      if (IsAsciiAlnum(folded[i])) key += folded[i];
      ++i;
      continue;
    }
    const std::size_t length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    std::uint32_t c = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
    for (std::size_t k = 1; k < length && i + k < folded.size(); ++k) {
      c = (c << 6) | (static_cast<unsigned char>(folded[i + k]) & 0x3F);
    }
    if (!IsNonAsciiPunctuation(c)) key.append(folded, i, length);
    i += length;
  }
  return key;
}

std::vector<std::uint64_t> Merged(const std::vector<SentenceKey>& keys, int begin, int end) {
  std::vector<std::uint64_t> grams;
  for (int i = begin; i < end; ++i) {
    const auto& g = Shingles(keys[static_cast<std::size_t>(i)]);
    grams.insert(grams.end(), g.begin(), g.end());
  }
  std::sort(grams.begin(), grams.end());
  return grams;
}

struct Candidate {
  int left = 0, right = 0, similarity = 0;
};

// Fenwick tree of (best chain weight, candidate) over right positions, for
// maxima of prefixes.
class ChainTree {
 public:
  explicit ChainTree(std::size_t size) : tree_(size + 1, {0, -1}) {}
  // The best chain ending at a right position below `position`.
  std::pair<long long, int> Best(std::size_t position) const {
    std::pair<long long, int> best{0, -1};
    for (std::size_t i = position; i > 0; i -= i & (~i + 1)) {
      if (tree_[i].first > best.first) best = tree_[i];
    }
    return best;
  }
  void Offer(std::size_t position, std::pair<long long, int> chain) {
    for (std::size_t i = position + 1; i < tree_.size(); i += i & (~i + 1)) {
      if (chain.first > tree_[i].first) tree_[i] = chain;
    }
  }

 private:
  std::vector<std::pair<long long, int>> tree_;
};

// Pairs of sentences with equal keys. Many copies of one key (a repeated
// credit line) are paired in order rather than every copy with every copy.
// Equal keys are found by merging the two sides sorted by hash (then place).
std::vector<Candidate> ExactCandidates(const std::vector<SentenceKey>& left,
                                       const std::vector<SentenceKey>& right) {
  auto sorted = [](const std::vector<SentenceKey>& keys) {
    std::vector<std::pair<std::uint64_t, int>> out;
    out.reserve(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
      if (!keys[i].key.empty()) out.emplace_back(keys[i].hash, static_cast<int>(i));
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  const auto ls = sorted(left), rs = sorted(right);
  std::vector<Candidate> candidates;
  for (std::size_t p = 0, q = 0; p < ls.size() && q < rs.size();) {
    if (ls[p].first != rs[q].first) {
      (ls[p].first < rs[q].first ? p : q) += 1;
      continue;
    }
    const std::uint64_t hash = ls[p].first;
    std::size_t p_end = p, q_end = q;
    while (p_end < ls.size() && ls[p_end].first == hash) ++p_end;
    while (q_end < rs.size() && rs[q_end].first == hash) ++q_end;
    if ((p_end - p) * (q_end - q) <= kMaxCopyPairs) {
      for (std::size_t i = p; i < p_end; ++i) {
        for (std::size_t j = q; j < q_end; ++j)
          candidates.push_back({ls[i].second, rs[j].second, 10000});
      }
    } else {
      for (std::size_t k = 0; k < std::min(p_end - p, q_end - q); ++k)
        candidates.push_back({ls[p + k].second, rs[q + k].second, 10000});
    }
    p = p_end;
    q = q_end;
  }
  return candidates;
}

// Pairs of unmatched sentences sharing shingles, scored by Dice.
std::vector<Candidate> FuzzyCandidates(const std::vector<SentenceKey>& left,
                                       const std::vector<SentenceKey>& right,
                                       const std::vector<bool>& used_left,
                                       const std::vector<bool>& used_right) {
  std::vector<Candidate> candidates;
  std::vector<std::pair<std::uint64_t, int>> postings;
  for (std::size_t j = 0; j < right.size(); ++j) {
    if (used_right[j]) continue;
    const auto& grams = Shingles(right[j]);
    for (std::size_t g = 0; g < grams.size(); ++g) {
      if (g == 0 || grams[g] != grams[g - 1]) postings.emplace_back(grams[g], static_cast<int>(j));
    }
  }
  if (postings.empty()) return candidates;
  std::sort(postings.begin(), postings.end());
  // Where each shingle's postings start: a lookup table, only ever searched.
  std::unordered_map<std::uint64_t, std::pair<std::uint32_t, std::uint32_t>> where;
  where.reserve(postings.size());
  for (std::size_t p = 0; p < postings.size();) {
    std::size_t q = p;
    while (q < postings.size() && postings[q].first == postings[p].first) ++q;
    where.emplace(postings[p].first,
                  std::make_pair(static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(q)));
    p = q;
  }
  std::vector<int> shared(right.size(), 0);
  std::vector<int> touched;
  for (std::size_t i = 0; i < left.size(); ++i) {
    if (used_left[i] || Shingles(left[i]).empty()) continue;
    const auto& grams = Shingles(left[i]);
    int distinct = 0, skipped = 0;
    for (std::size_t g = 0; g < grams.size(); ++g) {
      if (g > 0 && grams[g] == grams[g - 1]) continue;
      ++distinct;
      const auto found = where.find(grams[g]);
      if (found == where.end()) continue;
      const auto [first, last] = found->second;
      if (last - first > kMaxPostings) {
        ++skipped;
        continue;
      }
      for (std::uint32_t p = first; p < last; ++p) {
        if (shared[static_cast<std::size_t>(postings[p].second)]++ == 0)
          touched.push_back(postings[p].second);
      }
    }
    // Dice >= 1/2 needs about a quarter of the left's shingles in common;
    // the skipped common ones may have been among them.
    const int needed = std::max(1, distinct / 4 - skipped);
    auto by_shared = [&](int x, int y) {
      const int sx = shared[static_cast<std::size_t>(x)], sy = shared[static_cast<std::size_t>(y)];
      return sx != sy ? sx > sy : x < y;
    };
    const std::size_t best = std::min(touched.size(), kCandidatesPerSentence);
    std::partial_sort(touched.begin(), touched.begin() + static_cast<std::ptrdiff_t>(best),
                      touched.end(), by_shared);
    for (std::size_t k = 0; k < best; ++k) {
      const int j = touched[k];
      if (shared[static_cast<std::size_t>(j)] < needed) break;
      const int similarity = Similarity(grams, Shingles(right[static_cast<std::size_t>(j)]));
      if (similarity >= kMinSimilarity) candidates.push_back({static_cast<int>(i), j, similarity});
    }
    for (const int j : touched) shared[static_cast<std::size_t>(j)] = 0;
    touched.clear();
  }
  return candidates;
}

// The heaviest chain of candidates increasing on both sides, in order.
// REQUIRES: `candidates` sorted by left ascending, then right descending, so
// that a chain never takes two candidates of one sentence.
std::vector<Candidate> HeaviestChain(const std::vector<Candidate>& candidates,
                                     std::size_t right_size) {
  ChainTree tree(right_size);
  std::vector<int> parent(candidates.size(), -1);
  std::pair<long long, int> best_chain{0, -1};
  for (std::size_t c = 0; c < candidates.size(); ++c) {
    const auto before = tree.Best(static_cast<std::size_t>(candidates[c].right));
    parent[c] = before.second;
    const std::pair<long long, int> chain{before.first + candidates[c].similarity,
                                          static_cast<int>(c)};
    tree.Offer(static_cast<std::size_t>(candidates[c].right), chain);
    if (chain.first > best_chain.first) best_chain = chain;
  }
  std::vector<Candidate> chain;
  for (int c = best_chain.second; c >= 0; c = parent[static_cast<std::size_t>(c)]) {
    chain.push_back(candidates[static_cast<std::size_t>(c)]);
  }
  std::reverse(chain.begin(), chain.end());
  return chain;
}

void SortForChain(std::vector<Candidate>& candidates) {
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
    return std::tie(x.left, y.right, y.similarity) < std::tie(y.left, x.right, x.similarity);
  });
}

// Dice x 10000 of the 3-byte shingles of two keys: finer than the index's
// shingles, for short sentences standing at the same place.
int ShortSimilarity(const std::string& a, const std::string& b) {
  auto grams = [](const std::string& key) {
    std::vector<std::uint64_t> out;
    for (std::size_t i = 0; i + 3 <= key.size(); ++i) {
      out.push_back(static_cast<std::uint64_t>(static_cast<unsigned char>(key[i])) << 16 |
                    static_cast<std::uint64_t>(static_cast<unsigned char>(key[i + 1])) << 8 |
                    static_cast<unsigned char>(key[i + 2]));
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  return Similarity(grams(a), grams(b));
}

// Which sentences of each side a link already holds.
struct Taken {
  Taken(std::size_t left_size, std::size_t right_size) : left(left_size), right(right_size) {}
  bool Left(int i) const { return left[static_cast<std::size_t>(i)]; }
  bool Right(int j) const { return right[static_cast<std::size_t>(j)]; }
  void Mark(const Candidate& c) {
    left[static_cast<std::size_t>(c.left)] = right[static_cast<std::size_t>(c.right)] = true;
  }
  void Mark(const Link& link) {
    for (int i = link.left_begin; i < link.left_end; ++i) left[static_cast<std::size_t>(i)] = true;
    for (int j = link.right_begin; j < link.right_end; ++j)
      right[static_cast<std::size_t>(j)] = true;
  }
  std::vector<bool> left, right;
};

bool StrongerFirst(const Candidate& x, const Candidate& y) {
  return std::tie(y.similarity, x.left, x.right) < std::tie(x.similarity, y.left, y.right);
}

void SortByPosition(std::vector<Link>& links) {
  std::sort(links.begin(), links.end(), [](const Link& x, const Link& y) {
    return std::tie(x.left_begin, x.right_begin) < std::tie(y.left_begin, y.right_begin);
  });
}

// The chain of equal sentences first; then shingle matches for what it left
// unmatched (an edited copy of a repeated sentence included), and the chain
// again over both. Appends the chain to `links`; returns every candidate,
// for the moves the chain could not take.
std::vector<Candidate> ChainLinks(const std::vector<SentenceKey>& left,
                                  const std::vector<SentenceKey>& right, Taken& taken,
                                  std::vector<Link>& links) {
  std::vector<Candidate> candidates = ExactCandidates(left, right);
  SortForChain(candidates);
  Taken exact(left.size(), right.size());
  for (const Candidate& c : HeaviestChain(candidates, right.size())) exact.Mark(c);
  const std::vector<Candidate> fuzzy = FuzzyCandidates(left, right, exact.left, exact.right);
  candidates.insert(candidates.end(), fuzzy.begin(), fuzzy.end());
  SortForChain(candidates);
  for (const Candidate& x : HeaviestChain(candidates, right.size())) {
    links.push_back({x.left, x.left + 1, x.right, x.right + 1, x.similarity, false});
    taken.Mark(x);
  }
  return candidates;
}

// The link grown by the one unmatched neighbour that makes it most alike, by
// at least kMinGrowth; the link itself when none does.
Link GrownOnce(const Link& link, const std::vector<SentenceKey>& left,
               const std::vector<SentenceKey>& right, const Taken& taken) {
  int best = link.similarity + kMinGrowth - 1;
  Link next = link;
  const auto left_grams = Merged(left, link.left_begin, link.left_end);
  const auto right_grams = Merged(right, link.right_begin, link.right_end);
  auto consider = [&](Link option, const std::vector<std::uint64_t>& a,
                      const std::vector<std::uint64_t>& b) {
    const int similarity = Similarity(a, b);
    if (similarity > best) {
      best = similarity;
      option.similarity = similarity;
      next = option;
    }
  };
  if (link.left_end < static_cast<int>(left.size()) && !taken.Left(link.left_end)) {
    Link option = link;
    ++option.left_end;
    consider(option, Merged(left, option.left_begin, option.left_end), right_grams);
  }
  if (link.right_end < static_cast<int>(right.size()) && !taken.Right(link.right_end)) {
    Link option = link;
    ++option.right_end;
    consider(option, left_grams, Merged(right, option.right_begin, option.right_end));
  }
  if (link.left_begin > 0 && !taken.Left(link.left_begin - 1)) {
    Link option = link;
    --option.left_begin;
    consider(option, Merged(left, option.left_begin, option.left_end), right_grams);
  }
  if (link.right_begin > 0 && !taken.Right(link.right_begin - 1)) {
    Link option = link;
    --option.right_begin;
    consider(option, left_grams, Merged(right, option.right_begin, option.right_end));
  }
  return next;
}

bool SameExtent(const Link& x, const Link& y) {
  return x.left_begin == y.left_begin && x.left_end == y.left_end &&
         x.right_begin == y.right_begin && x.right_end == y.right_end;
}

// Splits and merges: grows each pair with an unmatched neighbour while that
// makes it more alike. An equal pair can't get more alike.
void GrowSplitsAndMerges(const std::vector<SentenceKey>& left,
                         const std::vector<SentenceKey>& right, Taken& taken,
                         std::vector<Link>& links) {
  for (Link& link : links) {
    for (int grown = 0; grown < 4 && link.similarity < 10000; ++grown) {
      const Link next = GrownOnce(link, left, right, taken);
      if (SameExtent(next, link)) break;
      link = next;
      taken.Mark(link);
    }
  }
}

// Moves: alike pairs the chain could not take, best first.
void AddMoves(const std::vector<Candidate>& candidates, Taken& taken, std::vector<Link>& links) {
  std::vector<Candidate> off_chain;
  for (const Candidate& c : candidates) {
    if (c.similarity >= kMinMoveSimilarity && !taken.Left(c.left) && !taken.Right(c.right)) {
      off_chain.push_back(c);
    }
  }
  std::sort(off_chain.begin(), off_chain.end(), StrongerFirst);
  for (const Candidate& c : off_chain) {
    if (taken.Left(c.left) || taken.Right(c.right)) continue;
    taken.Mark(c);
    links.push_back({c.left, c.left + 1, c.right, c.right + 1, c.similarity, true});
  }
}

// Pairs the unmatched sentences of one gap, [left_from, left_to) against
// [right_from, right_to), by finer shingles, best first and without crossing.
void PairShortSentences(const std::vector<SentenceKey>& left, const std::vector<SentenceKey>& right,
                        int left_from, int left_to, int right_from, int right_to, Taken& taken,
                        std::vector<Link>& out) {
  if (static_cast<std::size_t>(std::max(0, left_to - left_from)) *
          static_cast<std::size_t>(std::max(0, right_to - right_from)) >
      kMaxGapPairs) {
    return;
  }
  std::vector<Candidate> options;
  for (int i = left_from; i < left_to; ++i) {
    if (taken.Left(i)) continue;
    for (int j = right_from; j < right_to; ++j) {
      if (taken.Right(j)) continue;
      const int similarity = ShortSimilarity(left[static_cast<std::size_t>(i)].key,
                                             right[static_cast<std::size_t>(j)].key);
      if (similarity >= kMinSimilarity) options.push_back({i, j, similarity});
    }
  }
  std::sort(options.begin(), options.end(), StrongerFirst);
  std::vector<Candidate> paired;
  for (const Candidate& c : options) {
    const bool crosses = std::any_of(paired.begin(), paired.end(), [&](const Candidate& t) {
      return (t.left < c.left) != (t.right < c.right) || t.left == c.left || t.right == c.right;
    });
    if (crosses) continue;
    paired.push_back(c);
    taken.Mark(c);
    out.push_back({c.left, c.left + 1, c.right, c.right + 1, c.similarity, false});
  }
}

// Short sentences between the same two aligned pairs: "Café opens." and
// "Caf? opens." share too few 5-byte shingles to be found by the index.
// REQUIRES: `links` sorted by position.
void PairShortGaps(const std::vector<SentenceKey>& left, const std::vector<SentenceKey>& right,
                   Taken& taken, std::vector<Link>& links) {
  std::vector<Link> gap_links;
  int left_from = 0, right_from = 0;
  for (const Link& link : links) {
    if (link.moved) continue;
    PairShortSentences(left, right, left_from, link.left_begin, right_from, link.right_begin, taken,
                       gap_links);
    left_from = link.left_end;
    right_from = link.right_end;
  }
  PairShortSentences(left, right, left_from, static_cast<int>(left.size()), right_from,
                     static_cast<int>(right.size()), taken, gap_links);
  if (gap_links.empty()) return;
  links.insert(links.end(), gap_links.begin(), gap_links.end());
  SortByPosition(links);
}

}  // namespace

SentenceKey KeyOf(std::string_view sentence) {
  SentenceKey key;
  key.key = KeyText(sentence);
  if (key.key.empty()) {
    // No letter or digit ("* * *", a lone zero-width space): matched by its
    // text as it stands, never by shingles.
    key.key = std::string(sentence);
    key.text_only = true;
  }
  key.hash = text::Fnv1a(key.key);
  return key;
}

const std::vector<std::uint64_t>& Shingles(const SentenceKey& key) {
  if (key.has_grams) return key.grams;
  key.has_grams = true;
  const std::string& k = key.key;
  if (k.empty() || key.text_only) return key.grams;
  if (k.size() < kShingle) {
    std::uint64_t gram = 1ull << 63 | static_cast<std::uint64_t>(k.size()) << 40;
    for (const char c : k) gram = gram << 8 ^ static_cast<unsigned char>(c);
    key.grams.push_back(gram);
    return key.grams;
  }
  // Five bytes fit in a 64-bit number exactly: no hash, no collisions.
  key.grams.reserve(k.size() - kShingle + 1);
  std::uint64_t gram = 0;
  for (std::size_t i = 0; i < k.size(); ++i) {
    gram = (gram << 8 | static_cast<unsigned char>(k[i])) & 0xFFFFFFFFFFull;
    if (i + 1 >= kShingle) key.grams.push_back(gram);
  }
  std::sort(key.grams.begin(), key.grams.end());
  return key.grams;
}

int Similarity(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  if (a.empty() || b.empty()) return 0;
  std::size_t common = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) {
      ++common;
      ++i;
      ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return static_cast<int>(2 * common * 10000 / (a.size() + b.size()));
}

std::vector<Link> AlignSentences(const std::vector<SentenceKey>& left,
                                 const std::vector<SentenceKey>& right) {
  Taken taken(left.size(), right.size());
  std::vector<Link> links;
  const std::vector<Candidate> candidates = ChainLinks(left, right, taken, links);
  GrowSplitsAndMerges(left, right, taken, links);
  AddMoves(candidates, taken, links);
  SortByPosition(links);
  PairShortGaps(left, right, taken, links);
  return links;
}

}  // namespace wiredesk::compare
