#include "summarize/keywords.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <map>

#include "summarize/pagerank.h"
#include "text/hash.h"
#include "text/normalize.h"
#include "text/tokens.h"

namespace wiredesk::summarize {
namespace {

// Verbs of attribution: news English puts one in nearly every sentence
// ("..., he said."), so they rank high in the word graph and name nothing.
// The paper's part-of-speech filter (nouns and adjectives) would drop them.
bool IsAttribution(const CandidatePool& pool, int id) {
  if (pool.vocabulary.language() != text::StopwordList::For("en")) return false;
  static constexpr std::string_view kVerbs[] = {"said",      "says",  "say",   "saying",
                                                "told",      "tells", "added", "adding",
                                                "according", "noted", "stated"};
  const std::string& key = pool.vocabulary.Key(id);
  return std::find(std::begin(kVerbs), std::end(kVerbs), key) != std::end(kVerbs);
}

// True when `word` starts with a capital letter (its first character
// changes under case folding).
bool Capitalised(std::string_view word) {
  if (word.empty()) return false;
  const auto lead = static_cast<unsigned char>(word[0]);
  if (lead < 0x80) return lead >= 'A' && lead <= 'Z';
  const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  const std::string_view first = word.substr(0, length);
  return text::FoldCase(first) != first;
}

// Languages written syllable by syllable with spaces between (Vietnamese):
// a word is a run of syllables, and a lone lower-case syllable is a piece
// of one ("truy" of "truy nã"), not a term.
bool WrittenInSyllables(const CandidatePool& pool) {
  return pool.vocabulary.language() == text::StopwordList::For("vi");
}

// One vertex of the word graph as it occurs in a sentence: a content word,
// a name (a run of capitalised words, "Vũ Lê Thái Hoàng") or, in a language
// written in syllables, a collocation ("biểu tình") as one unit.
struct Occurrence {
  int unit = -1;                   // -1: a break (stopword, number, punctuation)
  std::size_t begin = 0, end = 0;  // its bytes in the sentence
  bool full = true;                // false for a name's short mention ("Hoàng")
};

struct Phrase {
  std::vector<int> units;
  double score = 0;
  std::size_t first = 0;  // order of first appearance
  // Its spellings: a hash of the text, how often, and where it was first seen
  // (sentence, bytes); a phrase has few, so a list beats a map.
  struct Spelling {
    std::uint64_t hash = 0;
    int times = 0;
    std::size_t sentence = 0, begin = 0, end = 0;
  };
  std::vector<Spelling> spellings;
  int occurrences = 0;
};

// Units: words, names and collocations, numbered in order of first
// appearance. Single words, by far the most units, are found by id; runs by map.
struct Units {
  explicit Units(int words) : of_word(static_cast<std::size_t>(words), -1) {}
  int Of(const std::vector<int>& ids) {
    if (ids.size() == 1) {
      int& u = of_word[static_cast<std::size_t>(ids[0])];
      if (u < 0) u = count++;
      return u;
    }
    auto [at, fresh] = of_run.emplace(ids, count);
    if (fresh) ++count;
    return at->second;
  }
  std::map<std::vector<int>, int> of_run;
  std::vector<int> of_word;
  int count = 0;
};

// Whether each word may be part of a keyword. One-letter words are initials
// and list markers, not topics; a Chinese character is a word, and adjacent
// ones make phrases.
std::vector<bool> UsableWords(const CandidatePool& pool, const std::vector<bool>& character_word) {
  const Vocabulary& words = pool.vocabulary;
  std::vector<bool> usable(static_cast<std::size_t>(words.size()));
  for (int id = 0; id < words.size(); ++id) {
    const auto at = static_cast<std::size_t>(id);
    usable[at] = (text::CodePointCount(words.Key(id)) >= 2 || character_word[at]) &&
                 !IsAttribution(pool, id);
  }
  return usable;
}

// Collocations (Manning & Schütze 1999, ch. 5): two syllables side by side
// that recur together, at least twice and in a good share of the uses of
// either (Dice coefficient ≥ kCollocationDice). Keys: first id << 32 | second.
constexpr double kCollocationDice = 0.3;

std::vector<std::uint64_t> Collocations(const CandidatePool& pool,
                                        const std::vector<bool>& usable) {
  std::vector<int> uses(usable.size(), 0);
  std::vector<std::uint64_t> pairs;
  auto ok = [&usable](int id) { return id >= 0 && usable[static_cast<std::size_t>(id)]; };
  for (const Candidate& c : pool.sentences) {
    for (std::size_t i = 0; i < c.sequence.size(); ++i) {
      if (!ok(c.sequence[i])) continue;
      ++uses[static_cast<std::size_t>(c.sequence[i])];
      if (i > 0 && ok(c.sequence[i - 1])) {
        pairs.push_back((static_cast<std::uint64_t>(c.sequence[i - 1]) << 32) |
                        static_cast<std::uint32_t>(c.sequence[i]));
      }
    }
  }
  std::sort(pairs.begin(), pairs.end());
  std::vector<std::uint64_t> bound;
  for (std::size_t i = 0; i < pairs.size();) {
    std::size_t j = i;
    while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
    const auto together = static_cast<double>(j - i);
    const int a = uses[static_cast<std::size_t>(pairs[i] >> 32)];
    const int b = uses[static_cast<std::size_t>(pairs[i] & 0xFFFFFFFFu)];
    if (j - i >= 2 && 2 * together >= kCollocationDice * (a + b)) bound.push_back(pairs[i]);
    i = j;
  }
  return bound;  // sorted
}

// The context the steps below share.
struct KeywordGraph {
  const CandidatePool& pool;
  std::vector<bool> usable;
  std::vector<bool> character_word;         // Han characters, each a word (text/tokens.h)
  std::vector<std::uint64_t> collocations;  // sorted; empty unless written in syllables
  Units units;
  std::vector<std::vector<Occurrence>> sentences;

  bool Usable(int id) const { return id >= 0 && usable[static_cast<std::size_t>(id)]; }
  bool Bound(int a, int b) const {
    const std::uint64_t key = (static_cast<std::uint64_t>(a) << 32) | static_cast<std::uint32_t>(b);
    return std::binary_search(collocations.begin(), collocations.end(), key);
  }
};

// The units of one sentence: a name's words (capitalised, one space apart:
// "Chile-Vietnam" is not a name) and a collocation's syllables make one
// unit; a stopword, number or punctuation a break.
std::vector<Occurrence> FindOccurrences(KeywordGraph& g, const Candidate& c) {
  std::vector<Occurrence> occurrences;
  auto capitalised = [&](std::size_t k) {
    return g.Usable(c.sequence[k]) && Capitalised(std::string_view(c.text).substr(
                                          c.spans[k].first, c.spans[k].second - c.spans[k].first));
  };
  auto spaced = [&](std::size_t k) {
    return c.spans[k].first == c.spans[k - 1].second + 1 && c.text[c.spans[k - 1].second] == ' ';
  };
  for (std::size_t i = 0; i < c.sequence.size();) {
    const int id = c.sequence[i];
    if (!g.Usable(id)) {
      if (occurrences.empty() || occurrences.back().unit != -1) occurrences.push_back({});
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    while (end < c.sequence.size() && end - i < kMaxPhraseWords && g.Usable(c.sequence[end])) {
      const bool in_name = capitalised(end - 1) && capitalised(end) && spaced(end);
      if (!in_name && !g.Bound(c.sequence[end - 1], c.sequence[end])) break;
      ++end;
    }
    if (end - i >= 2) {
      const std::vector<int> ids(c.sequence.begin() + static_cast<std::ptrdiff_t>(i),
                                 c.sequence.begin() + static_cast<std::ptrdiff_t>(end));
      occurrences.push_back({g.units.Of(ids), c.spans[i].first, c.spans[end - 1].second, false});
    } else {
      // A capitalised lone word may be a handle: resolved below.
      occurrences.push_back(
          {g.units.Of({id}), c.spans[i].first, c.spans[i].second, !capitalised(i)});
    }
    i = end;
  }
  return occurrences;
}

// A run whose words all stand in one longer run ending in the same word is
// its short form ("Ambassador Hoang" for "Ambassador Vu Le Thai Hoang"), and
// so is a lone capitalised word that ends a name, its handle ("Hoang
// said"); a handle shared by two names stands for neither. Occurrences of
// short forms are counted as the full name's.
void ResolveShortForms(KeywordGraph& g) {
  std::map<int, int> short_form_of;  // unit -> the full name's unit
  std::vector<std::pair<std::vector<int>, int>> names(g.units.of_run.begin(), g.units.of_run.end());
  for (const auto& [ids, u] : names) {
    int longer = -1;
    std::size_t longer_size = 0;
    bool ambiguous = false;
    for (const auto& [other, v] : names) {
      if (other.size() <= ids.size() || other.back() != ids.back()) continue;
      if (!std::all_of(ids.begin(), ids.end(), [&other = other](int id) {
            return std::find(other.begin(), other.end(), id) != other.end();
          })) {
        continue;
      }
      if (other.size() > longer_size) {
        ambiguous = false;
        longer = v, longer_size = other.size();
      } else if (other.size() == longer_size) {
        ambiguous = true;
      }
    }
    if (longer >= 0 && !ambiguous) short_form_of[u] = longer;
  }
  std::map<int, int> name_of_handle;
  for (const auto& [ids, u] : names) {
    const int full = short_form_of.count(u) ? short_form_of[u] : u;
    auto [at, fresh] = name_of_handle.emplace(ids.back(), full);
    if (!fresh && at->second != full) at->second = -1;
  }
  std::map<int, int> word_unit_to_name = short_form_of;
  for (const auto& [handle, name] : name_of_handle) {
    if (name >= 0) word_unit_to_name[g.units.Of({handle})] = name;
  }
  for (std::vector<Occurrence>& occurrences : g.sentences) {
    for (Occurrence& o : occurrences) {
      if (o.unit < 0 || o.full) continue;
      auto name = word_unit_to_name.find(o.unit);
      if (name != word_unit_to_name.end()) {
        o.unit = name->second;
      } else {
        o.full = true;
      }
    }
  }
}

// PageRank over the units: co-occurrence within the window, per pair
// (a < b), weighted by count; pairs listed, sorted and counted (a map per
// pair costs more than the rest).
std::vector<double> RankUnits(const KeywordGraph& g) {
  std::vector<std::pair<int, int>> pairs;
  std::vector<int> units;
  for (const std::vector<Occurrence>& occurrences : g.sentences) {
    units.clear();
    for (const Occurrence& o : occurrences) {
      if (o.unit >= 0) units.push_back(o.unit);
    }
    for (std::size_t i = 0; i < units.size(); ++i) {
      for (std::size_t j = i + 1; j < units.size() && j < i + static_cast<std::size_t>(kWindow);
           ++j) {
        if (units[i] != units[j])
          pairs.emplace_back(std::min(units[i], units[j]), std::max(units[i], units[j]));
      }
    }
  }
  std::sort(pairs.begin(), pairs.end());
  Graph graph(static_cast<std::size_t>(g.units.count));
  for (std::size_t i = 0; i < pairs.size();) {
    std::size_t j = i;
    while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
    const auto times = static_cast<double>(j - i);
    graph.AddEdge(static_cast<std::size_t>(pairs[i].first),
                  static_cast<std::size_t>(pairs[i].second), times);
    graph.AddEdge(static_cast<std::size_t>(pairs[i].second),
                  static_cast<std::size_t>(pairs[i].first), times);
    i = j;
  }
  return PageRank(graph, {}, 0.85);
}

// Units that may not stand alone as a term: a Chinese character ("港" says
// less than "港务局") and, in a language written in syllables, a lower-case
// syllable (told by its occurrences: a name's syllable is capitalised).
std::vector<bool> NotAlone(const KeywordGraph& g) {
  std::vector<bool> not_alone(static_cast<std::size_t>(g.units.count), false);
  for (std::size_t w = 0; w < g.units.of_word.size(); ++w) {
    if (g.units.of_word[w] >= 0 && g.character_word[w])
      not_alone[static_cast<std::size_t>(g.units.of_word[w])] = true;
  }
  if (!WrittenInSyllables(g.pool)) return not_alone;
  std::vector<bool> single(not_alone.size(), false);
  for (const int u : g.units.of_word) {
    if (u >= 0) single[static_cast<std::size_t>(u)] = true;
  }
  for (std::size_t s = 0; s < g.sentences.size(); ++s) {
    for (const Occurrence& o : g.sentences[s]) {
      if (o.unit < 0 || !single[static_cast<std::size_t>(o.unit)]) continue;
      if (!Capitalised(
              std::string_view(g.pool.sentences[s].text).substr(o.begin, o.end - o.begin))) {
        not_alone[static_cast<std::size_t>(o.unit)] = true;
      }
    }
  }
  return not_alone;
}

// Counts one occurrence of the run occurrences[from, to) as a phrase.
void RecordPhrase(const std::vector<Occurrence>& occurrences, std::size_t from, std::size_t to,
                  std::size_t sentence, const std::string& text, const std::vector<double>& rank,
                  std::map<std::vector<int>, std::size_t>& index_of, std::vector<Phrase>& phrases) {
  std::vector<int> units;
  bool full = true;
  for (std::size_t k = from; k < to; ++k) {
    units.push_back(occurrences[k].unit);
    full = full && occurrences[k].full;
  }
  auto [at, fresh] = index_of.emplace(units, phrases.size());
  if (fresh) {
    Phrase p;
    p.units = units;
    p.first = phrases.size();
    for (int u : units) p.score += rank[static_cast<std::size_t>(u)];
    p.score /= static_cast<double>(units.size());
    phrases.push_back(std::move(p));
  }
  Phrase& p = phrases[at->second];
  ++p.occurrences;
  // A name is shown as written in full, never by a short form.
  if (!full) return;
  const std::size_t first_byte = occurrences[from].begin, last_byte = occurrences[to - 1].end;
  const std::uint64_t hash =
      text::Fnv1a(std::string_view(text).substr(first_byte, last_byte - first_byte));
  auto same = std::find_if(p.spellings.begin(), p.spellings.end(),
                           [hash](const Phrase::Spelling& x) { return x.hash == hash; });
  if (same == p.spellings.end()) {
    p.spellings.push_back({hash, 1, sentence, first_byte, last_byte});
  } else {
    ++same->times;
  }
}

// The top third of the units (at least `count`) are keywords; keywords side
// by side in the text merge into phrases, and each is a term of its own too.
std::vector<Phrase> CollectPhrases(const KeywordGraph& g, const std::vector<double>& rank,
                                   std::size_t count) {
  const std::size_t n = rank.size();
  std::vector<int> order(n);
  for (std::size_t v = 0; v < n; ++v) order[v] = static_cast<int>(v);
  std::stable_sort(order.begin(), order.end(), [&rank](int a, int b) {
    return rank[static_cast<std::size_t>(a)] > rank[static_cast<std::size_t>(b)];
  });
  const std::size_t top = std::min(n, std::max(count, (n + 2) / 3));
  std::vector<bool> keyword(n, false);
  for (std::size_t i = 0; i < top; ++i) keyword[static_cast<std::size_t>(order[i])] = true;
  const std::vector<bool> not_alone = NotAlone(g);

  std::map<std::vector<int>, std::size_t> index_of;
  std::vector<Phrase> phrases;
  for (std::size_t s = 0; s < g.sentences.size(); ++s) {
    const std::vector<Occurrence>& occurrences = g.sentences[s];
    const std::string& text = g.pool.sentences[s].text;
    auto is_keyword = [&](std::size_t k) {
      return occurrences[k].unit >= 0 && keyword[static_cast<std::size_t>(occurrences[k].unit)];
    };
    for (std::size_t i = 0; i < occurrences.size();) {
      if (!is_keyword(i)) {
        ++i;
        continue;
      }
      std::size_t end = i + 1;
      while (end < occurrences.size() && end - i < kMaxPhraseWords && is_keyword(end)) ++end;
      if (end - i >= 2) RecordPhrase(occurrences, i, end, s, text, rank, index_of, phrases);
      for (std::size_t k = i; k < end; ++k) {
        if (!not_alone[static_cast<std::size_t>(occurrences[k].unit)]) {
          RecordPhrase(occurrences, k, k + 1, s, text, rank, index_of, phrases);
        }
      }
      i = end;
    }
  }
  return phrases;
}

// The best phrases as terms, each in its most frequent spelling.
std::vector<Keyword> ChooseTerms(const CandidatePool& pool, const std::vector<Phrase>& phrases,
                                 std::size_t units, std::size_t count) {
  std::vector<std::size_t> ranked(phrases.size());
  for (std::size_t i = 0; i < ranked.size(); ++i) ranked[i] = i;
  std::stable_sort(ranked.begin(), ranked.end(), [&phrases](std::size_t a, std::size_t b) {
    if (phrases[a].score != phrases[b].score) return phrases[a].score > phrases[b].score;
    return phrases[a].first < phrases[b].first;
  });
  // Twice the terms wanted are considered, so that dropping words held by
  // phrases still leaves `count`.
  std::vector<std::pair<const Phrase*, std::string>> chosen;
  std::vector<bool> held(units, false);
  for (std::size_t i : ranked) {
    if (chosen.size() >= 2 * count) break;
    const Phrase& p = phrases[i];
    // A phrase is a collocation only when the text uses it again: words
    // side by side once ("bolster Việt Nam") are listed on their own.
    if (p.spellings.empty() || (p.units.size() > 1 && p.occurrences < 2)) continue;
    // A term whose units better terms already hold adds nothing
    // ("transnational crimes" after "combating transnational crimes").
    if (std::all_of(p.units.begin(), p.units.end(),
                    [&held](int u) { return held[static_cast<std::size_t>(u)]; })) {
      continue;
    }
    for (int u : p.units) held[static_cast<std::size_t>(u)] = true;
    // The most frequent spelling; the earliest among equals (the list is in
    // order of first sight).
    const Phrase::Spelling* shown = &p.spellings.front();
    for (const Phrase::Spelling& x : p.spellings) {
      if (x.times > shown->times) shown = &x;
    }
    const std::string& text = pool.sentences[shown->sentence].text;
    chosen.push_back({&p, text.substr(shown->begin, shown->end - shown->begin)});
  }
  // A word listed alone and again inside a chosen phrase is listed once,
  // in the phrase: "law enforcement" says more than "enforcement".
  std::vector<Keyword> keywords;
  std::vector<std::string> shown_keys;
  double best = 0;
  for (const auto& [p, term] : chosen) {
    if (keywords.size() >= count) break;
    const bool inside =
        p->units.size() == 1 &&
        std::any_of(chosen.begin(), chosen.end(), [p = p](const auto& other) {
          const std::vector<int>& u = other.first->units;
          return u.size() > 1 && std::find(u.begin(), u.end(), p->units[0]) != u.end();
        });
    if (inside) continue;
    // "Việt Nam" and "Việt Nam’s" are two words but one term as shown.
    std::string key = text::MatchKey(term);
    if (std::find(shown_keys.begin(), shown_keys.end(), key) != shown_keys.end()) continue;
    shown_keys.push_back(std::move(key));
    if (keywords.empty()) best = p->score;
    keywords.push_back({term, best > 0 ? p->score / best : 0});
  }
  return keywords;
}

}  // namespace

std::vector<Keyword> ExtractKeywords(const CandidatePool& pool, std::size_t count) {
  if (count == 0 || pool.sentences.empty()) return {};
  const Vocabulary& words = pool.vocabulary;
  std::vector<bool> character_word(static_cast<std::size_t>(words.size()));
  for (int id = 0; id < words.size(); ++id) {
    character_word[static_cast<std::size_t>(id)] = text::IsCharacterWord(words.Key(id));
  }
  std::vector<bool> usable = UsableWords(pool, character_word);
  std::vector<std::uint64_t> collocations;
  if (WrittenInSyllables(pool)) collocations = Collocations(pool, usable);
  KeywordGraph g{pool,
                 std::move(usable),
                 std::move(character_word),
                 std::move(collocations),
                 Units(words.size()),
                 {}};
  for (const Candidate& c : pool.sentences) g.sentences.push_back(FindOccurrences(g, c));
  ResolveShortForms(g);
  const std::vector<double> rank = RankUnits(g);
  const std::vector<Phrase> phrases = CollectPhrases(g, rank, count);
  return ChooseTerms(pool, phrases, rank.size(), count);
}

}  // namespace wiredesk::summarize
