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
  static constexpr std::string_view kVerbs[] = {"said", "says", "say", "saying", "told", "tells",
                                                "added", "adding", "according", "noted", "stated"};
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

// One vertex of the word graph as it occurs in a sentence: a content word,
// or a name (a run of capitalised words, "Vũ Lê Thái Hoàng") as one unit.
struct Occurrence {
  int unit = -1;  // -1: a break (stopword, number, punctuation)
  std::size_t begin = 0, end = 0;  // its bytes in the sentence
  bool full = true;  // false for a name's short mention ("Hoàng")
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

}  // namespace

std::vector<Keyword> ExtractKeywords(const CandidatePool& pool, std::size_t count) {
  if (count == 0 || pool.sentences.empty()) return {};
  const Vocabulary& words = pool.vocabulary;
  // Whether a word may be a keyword, decided once per word.
  std::vector<signed char> usable_id(static_cast<std::size_t>(words.size()), -1);
  // Han characters, each a word of its own (text/tokens.h).
  std::vector<bool> character_word(static_cast<std::size_t>(words.size()));
  for (int id = 0; id < words.size(); ++id) character_word[static_cast<std::size_t>(id)] = text::IsCharacterWord(words.Key(id));
  auto usable = [&](int id) {
    if (id < 0) return false;
    signed char& known = usable_id[static_cast<std::size_t>(id)];
    // One-letter words are initials and list markers, not topics; a Chinese
    // character is a word, and adjacent ones make phrases.
    if (known < 0) {
      known = (text::CodePointCount(words.Key(id)) >= 2 || character_word[static_cast<std::size_t>(id)]) &&
              !IsAttribution(pool, id);
    }
    return known == 1;
  };

  // Units: words and names, numbered in order of first appearance.
  // Single words, by far the most units, are found by id; names by map.
  std::map<std::vector<int>, int> unit_of;
  std::vector<int> unit_of_word(static_cast<std::size_t>(words.size()), -1);
  int units_count = 0;
  auto unit = [&](const std::vector<int>& ids) {
    if (ids.size() == 1) {
      int& u = unit_of_word[static_cast<std::size_t>(ids[0])];
      if (u < 0) u = units_count++;
      return u;
    }
    auto [at, fresh] = unit_of.emplace(ids, units_count);
    if (fresh) ++units_count;
    return at->second;
  };
  // A name's last word stands for it later ("Hoàng said"): its handle. A
  // handle shared by two names stands for neither.
  std::map<int, int> name_of_handle;
  std::vector<std::vector<Occurrence>> sentences;
  for (const Candidate& c : pool.sentences) {
    std::vector<Occurrence> occurrences;
    for (std::size_t i = 0; i < c.sequence.size();) {
      const int id = c.sequence[i];
      if (!usable(id)) {
        if (occurrences.empty() || occurrences.back().unit != -1) occurrences.push_back({});
        ++i;
        continue;
      }
      auto capitalised = [&](std::size_t k) {
        return usable(c.sequence[k]) &&
               Capitalised(std::string_view(c.text).substr(c.spans[k].first, c.spans[k].second - c.spans[k].first));
      };
      // A name's words stand apart by one space ("Chile-Vietnam" is not a name).
      auto spaced = [&](std::size_t k) {
        return c.spans[k].first == c.spans[k - 1].second + 1 && c.text[c.spans[k - 1].second] == ' ';
      };
      std::size_t end = i;
      while (end < c.sequence.size() && end - i < kMaxPhraseWords && capitalised(end) &&
             (end == i || spaced(end))) {
        ++end;
      }
      if (end - i >= 2) {
        std::vector<int> ids(c.sequence.begin() + static_cast<std::ptrdiff_t>(i),
                             c.sequence.begin() + static_cast<std::ptrdiff_t>(end));
        const int name = unit(ids);
        occurrences.push_back({name, c.spans[i].first, c.spans[end - 1].second, false});
        i = end;
      } else {
        occurrences.push_back({unit({id}), c.spans[i].first, c.spans[i].second, true});
        // A capitalised lone word may be a handle: resolved below.
        if (end == i + 1) occurrences.back().full = false;
        ++i;
      }
    }
    sentences.push_back(std::move(occurrences));
  }
  // A name whose words all stand in one longer name is its short form
  // ("Ambassador Hoang" for "Ambassador Vu Le Thai Hoang"), and so is a lone
  // capitalised word that ends a name, its handle ("Hoang said").
  std::map<int, int> short_form_of;  // unit -> the full name's unit
  std::vector<std::pair<std::vector<int>, int>> names;
  for (const auto& [ids, u] : unit_of) names.emplace_back(ids, u);
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
  for (auto& [handle, name] : name_of_handle) {
    if (name >= 0 && short_form_of.count(name)) name = short_form_of[name];
  }
  for (const auto& [ids, u] : names) {
    auto [at, fresh] = name_of_handle.emplace(ids.back(), short_form_of.count(u) ? short_form_of[u] : u);
    if (!fresh && at->second != (short_form_of.count(u) ? short_form_of[u] : u)) at->second = -1;
  }
  std::map<int, int> word_unit_to_name = short_form_of;
  for (const auto& [handle, name] : name_of_handle) {
    if (name >= 0) word_unit_to_name[unit({handle})] = name;
  }
  for (std::vector<Occurrence>& occurrences : sentences) {
    for (Occurrence& o : occurrences) {
      if (o.unit < 0) continue;
      if (!o.full) {
        auto name = word_unit_to_name.find(o.unit);
        if (name != word_unit_to_name.end()) {
          o.unit = name->second;
        } else {
          o.full = true;
        }
      }
    }
  }
  const std::size_t n = static_cast<std::size_t>(units_count);

  // Co-occurrence within the window, per pair (a < b), weighted by count:
  // pairs listed, sorted and counted (a map per pair costs more than the rest).
  std::vector<std::pair<int, int>> pairs;
  for (const std::vector<Occurrence>& occurrences : sentences) {
    std::vector<int> units;
    for (const Occurrence& o : occurrences) {
      if (o.unit >= 0) units.push_back(o.unit);
    }
    for (std::size_t i = 0; i < units.size(); ++i) {
      for (std::size_t j = i + 1; j < units.size() && j < i + static_cast<std::size_t>(kWindow); ++j) {
        if (units[i] != units[j]) pairs.emplace_back(std::min(units[i], units[j]), std::max(units[i], units[j]));
      }
    }
  }
  std::sort(pairs.begin(), pairs.end());
  Graph graph(n);
  for (std::size_t i = 0; i < pairs.size();) {
    std::size_t j = i;
    while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
    const auto times = static_cast<double>(j - i);
    graph.AddEdge(static_cast<std::size_t>(pairs[i].first), static_cast<std::size_t>(pairs[i].second), times);
    graph.AddEdge(static_cast<std::size_t>(pairs[i].second), static_cast<std::size_t>(pairs[i].first), times);
    i = j;
  }
  const std::vector<double> rank = PageRank(graph, {}, 0.85);

  // The top third of the units (at least `count`) are keywords.
  std::vector<int> order(n);
  for (std::size_t v = 0; v < n; ++v) order[v] = static_cast<int>(v);
  std::stable_sort(order.begin(), order.end(), [&rank](int a, int b) {
    return rank[static_cast<std::size_t>(a)] > rank[static_cast<std::size_t>(b)];
  });
  const std::size_t top = std::min(n, std::max(count, (n + 2) / 3));
  std::vector<bool> keyword(n, false);
  for (std::size_t i = 0; i < top; ++i) keyword[static_cast<std::size_t>(order[i])] = true;

  // Units that are one Han character.
  std::vector<bool> character_unit(n, false);
  for (std::size_t w = 0; w < unit_of_word.size(); ++w) {
    if (unit_of_word[w] >= 0 && character_word[w]) character_unit[static_cast<std::size_t>(unit_of_word[w])] = true;
  }

  // Keywords side by side in the text merge into phrases.
  std::map<std::vector<int>, std::size_t> index_of;
  std::vector<Phrase> phrases;
  std::size_t seen = 0;
  std::vector<int> units;  // scratch
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const std::vector<Occurrence>& occurrences = sentences[s];
    const std::string& text = pool.sentences[s].text;
    for (std::size_t i = 0; i < occurrences.size();) {
      auto is_keyword = [&](std::size_t k) {
        return occurrences[k].unit >= 0 && keyword[static_cast<std::size_t>(occurrences[k].unit)];
      };
      if (!is_keyword(i)) {
        ++i;
        continue;
      }
      std::size_t end = i + 1;
      while (end < occurrences.size() && end - i < kMaxPhraseWords && is_keyword(end)) ++end;
      // The run as a phrase, and each of its units as a term of its own.
      auto record = [&](std::size_t from, std::size_t to) {
        units.clear();
        bool full = true;
        for (std::size_t k = from; k < to; ++k) {
          units.push_back(occurrences[k].unit);
          full = full && occurrences[k].full;
        }
        auto [at, fresh] = index_of.emplace(units, phrases.size());
        if (fresh) {
          Phrase p;
          p.units = units;
          p.first = seen++;
          for (int u : units) p.score += rank[static_cast<std::size_t>(u)];
          p.score /= static_cast<double>(units.size());
          phrases.push_back(std::move(p));
        }
        Phrase& p = phrases[at->second];
        ++p.occurrences;
        // A name is shown as written in full, never by a short form.
        if (full) {
          const std::size_t first_byte = occurrences[from].begin, last_byte = occurrences[to - 1].end;
          const std::uint64_t hash =
              text::Fnv1a(std::string_view(text).substr(first_byte, last_byte - first_byte));
          auto same = std::find_if(p.spellings.begin(), p.spellings.end(),
                                   [hash](const Phrase::Spelling& x) { return x.hash == hash; });
          if (same == p.spellings.end()) {
            p.spellings.push_back({hash, 1, s, first_byte, last_byte});
          } else {
            ++same->times;
          }
        }
      };
      if (end - i >= 2) record(i, end);
      for (std::size_t k = i; k < end; ++k) {
        // A lone Chinese character is a vertex, never a term: "港" says
        // less than "港务局".
        if (!character_unit[static_cast<std::size_t>(occurrences[k].unit)]) record(k, k + 1);
      }
      i = end;
    }
  }

  std::vector<std::size_t> ranked(phrases.size());
  for (std::size_t i = 0; i < ranked.size(); ++i) ranked[i] = i;
  std::stable_sort(ranked.begin(), ranked.end(), [&phrases](std::size_t a, std::size_t b) {
    if (phrases[a].score != phrases[b].score) return phrases[a].score > phrases[b].score;
    return phrases[a].first < phrases[b].first;
  });
  // Twice the terms wanted are considered, so that dropping words held by
  // phrases still leaves `count`.
  std::vector<std::pair<const Phrase*, std::string>> chosen;
  std::vector<bool> held(n, false);
  for (std::size_t i : ranked) {
    if (chosen.size() >= 2 * count) break;
    const Phrase& p = phrases[i];
    // A phrase is a collocation only when the text uses it again: words
    // side by side once ("bolster Việt Nam") are listed on their own.
    if (p.spellings.empty() || (p.units.size() > 1 && p.occurrences < 2)) continue;
    // A term whose units better terms already hold adds nothing
    // ("transnational crimes" after "combating transnational crimes").
    if (std::all_of(p.units.begin(), p.units.end(), [&held](int u) { return held[static_cast<std::size_t>(u)]; })) {
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
    const bool inside = p->units.size() == 1 &&
        std::any_of(chosen.begin(), chosen.end(), [p = p](const auto& other) {
          return other.first->units.size() > 1 &&
                 std::find(other.first->units.begin(), other.first->units.end(), p->units[0]) != other.first->units.end();
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

}  // namespace wiredesk::summarize
