#include "summarize/candidates.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_map>

#include "summarize/caption_prefix.h"
#include "text/hash.h"
#include "text/normalize.h"
#include "text/sentences.h"
#include "text/tokens.h"

namespace wiredesk::summarize {
namespace {

using extract::Article;
using extract::Paragraph;

constexpr std::size_t kShingleBytes = 5;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// A language without a stopword list: the words found in more than a third
// of the sentences (at least 3) are its function words as far as we can tell.
void MarkFrequentWords(CandidatePool& pool, const std::vector<std::vector<int>>& all_ids) {
  std::vector<int> sentences_with(static_cast<std::size_t>(pool.vocabulary.size()), 0);
  for (const std::vector<int>& ids : all_ids) {
    for (int id : ids) ++sentences_with[static_cast<std::size_t>(id)];
  }
  const std::size_t n = all_ids.size();
  for (std::size_t id = 0; id < sentences_with.size(); ++id) {
    const auto count = static_cast<std::size_t>(sentences_with[id]);
    if (count >= 3 && count * 3 > n) pool.vocabulary.MarkStopword(static_cast<int>(id));
  }
}

// The length of a final "'s" or "’s" on a word longer than that, else 0.
std::size_t PossessiveLength(std::string_view word) {
  for (std::string_view suffix : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
    if (word.size() > suffix.size() + 1 && EndsWith(word, suffix)) return suffix.size();
  }
  return 0;
}

struct Tokenised {
  std::vector<int> ids;           // every word and number, in order
  std::vector<bool> listed_stop;  // the spelling is on the stopword list
  std::vector<bool> is_number;
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  std::vector<bool> adjacent_to_previous;  // only space between it and the one before
};

// A word or number of a sentence, before it has an id.
struct ScannedWord {
  // Bytes in the sentence. A possessive "’s" stays part of the word (its id)
  // but not of its shown span: measured, "company's" and "company" kept
  // apart summarise the development set better (sentence F1 0.824 against
  // 0.813), while a keyword reads better without it ("Việt Nam").
  std::size_t begin = 0, end = 0, shown_end = 0;
  bool number = false;
  bool adjacent = false;  // only a space (or a compound's hyphen) since the previous word
};

std::vector<ScannedWord> Scan(std::string_view sentence) {
  std::vector<ScannedWord> words;
  std::size_t previous_end = std::string_view::npos;
  bool after_possessive = false;
  for (const text::Token& token : text::Tokenize(sentence)) {
    if (token.kind == text::TokenKind::kPunctuation) {
      // A hyphen inside a compound ("Anti-cybercrime") keeps its parts
      // together in a keyphrase; any other punctuation parts them.
      const bool inner_hyphen = sentence.substr(token.begin, token.end - token.begin) == "-" &&
                                token.begin == previous_end && token.end < sentence.size() &&
                                sentence[token.end] != ' ';
      previous_end = inner_hyphen ? token.end : std::string_view::npos;
      continue;
    }
    // A possessive ("Nam’s") ends a name, and a phrase.
    const std::size_t possessive =
        PossessiveLength(sentence.substr(token.begin, token.end - token.begin));
    bool adjacent = previous_end != std::string_view::npos && !after_possessive;
    for (std::size_t i = previous_end; adjacent && i < token.begin; ++i)
      adjacent = sentence[i] == ' ';
    words.push_back({token.begin, token.end, token.end - possessive,
                     token.kind == text::TokenKind::kNumber, adjacent});
    previous_end = token.end;
    after_possessive = possessive > 0;
  }
  return words;
}

// A candidate sentence with its words, before they have ids.
struct Scanned {
  Candidate candidate;
  std::vector<ScannedWord> words;
};

// Appends the candidate sentences of `article` (version `a`) to `scanned`.
void ScanVersion(const Article& article, int a, std::size_t max_sentences, int min_words,
                 std::vector<Scanned>& scanned) {
  std::size_t kept = 0;
  std::size_t read = 0;
  for (std::size_t p = 0;
       p < article.paragraphs.size() && kept < max_sentences && read < 4 * max_sentences; ++p) {
    const Paragraph& paragraph = article.paragraphs[p];
    if (paragraph.kind == Paragraph::Kind::kHeading || LooksLikeCaption(paragraph.text)) continue;
    const std::string_view text = paragraph.text;
    const std::vector<text::Sentence> sentences = text::SplitSentences(text);
    for (std::size_t s = 0;
         s < sentences.size() && kept < max_sentences && read < 4 * max_sentences; ++s) {
      ++read;
      std::string_view sentence =
          text.substr(sentences[s].begin, sentences[s].end - sentences[s].begin);
      const bool caption =
          s + 1 < sentences.size() &&
          OpensWithCredit(
              text.substr(sentences[s + 1].begin, sentences[s + 1].end - sentences[s + 1].begin));
      if (caption) continue;
      sentence.remove_prefix(CaptionPrefix(sentence));
      if (IsCaptionOrCredit(sentence)) continue;
      if (!EndsLikeSentence(sentence) || text::IsUpperCase(sentence)) continue;
      std::vector<ScannedWord> words = Scan(sentence);
      int word_count = 0;
      for (const ScannedWord& w : words) word_count += w.number ? 0 : 1;
      if (word_count < min_words) continue;
      Scanned item;
      item.candidate.article = a;
      item.candidate.paragraph = static_cast<int>(p);
      item.candidate.sentence = static_cast<int>(s);
      item.candidate.text = std::string(sentence);
      item.candidate.words = word_count;
      item.words = std::move(words);
      scanned.push_back(std::move(item));
      ++kept;
    }
  }
}

// The language is read from the first words of the first version that has
// any: a version extraction emptied says nothing.
int Speaker(const std::vector<Scanned>& scanned) {
  return scanned.empty() ? 0 : scanned.front().candidate.article;
}

std::vector<std::string_view> OpeningWords(const std::vector<Scanned>& scanned) {
  std::vector<std::string_view> opening;
  const int speaker = Speaker(scanned);
  for (std::size_t k = 0; k < scanned.size() && opening.size() < 150; ++k) {
    if (scanned[k].candidate.article != speaker) break;
    for (const ScannedWord& w : scanned[k].words) {
      if (!w.number)
        opening.push_back(
            std::string_view(scanned[k].candidate.text).substr(w.begin, w.end - w.begin));
    }
  }
  return opening;
}

std::string_view LanguageOf(const std::vector<const Article*>& versions,
                            const std::vector<Scanned>& scanned) {
  if (versions.empty()) return {};
  return versions[static_cast<std::size_t>(Speaker(scanned))]->lang;
}

Tokenised Lookup(Vocabulary& vocabulary, std::string_view sentence,
                 const std::vector<ScannedWord>& words) {
  Tokenised t;
  for (const ScannedWord& w : words) {
    const Vocabulary::Word word = vocabulary.Lookup(sentence.substr(w.begin, w.end - w.begin));
    t.ids.push_back(word.id);
    t.listed_stop.push_back(word.stopword);
    t.is_number.push_back(w.number);
    t.spans.emplace_back(w.begin, w.shown_end);
    t.adjacent_to_previous.push_back(w.adjacent);
  }
  return t;
}

// Each sentence's ids, sorted and unique.
std::vector<std::vector<int>> DistinctIds(const std::vector<Tokenised>& tokenised) {
  std::vector<std::vector<int>> all_ids;
  for (const Tokenised& t : tokenised) {
    std::vector<int> ids = t.ids;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    all_ids.push_back(std::move(ids));
  }
  return all_ids;
}

bool IsStop(const Tokenised& t, std::size_t i, const Vocabulary& words) {
  return t.listed_stop[i] || words.IsStopword(t.ids[i]);
}

// The candidate's tokens and bigram ids; `bigram_ids` numbers pairs of word
// ids in order of first sight, `count` is the number of them so far.
void AddBigrams(const Tokenised& t, const Vocabulary& words,
                std::unordered_map<std::uint64_t, int>& bigram_ids, int& count, Candidate& c) {
  c.tokens = t.ids;
  for (std::size_t i = 1; i < t.ids.size(); ++i) {
    if (!t.adjacent_to_previous[i] || (IsStop(t, i - 1, words) && IsStop(t, i, words))) continue;
    const std::uint64_t pair =
        (static_cast<std::uint64_t>(t.ids[i - 1]) << 32) | static_cast<std::uint32_t>(t.ids[i]);
    const auto [at, fresh] = bigram_ids.emplace(pair, count);
    if (fresh) ++count;
    c.bigrams.push_back(at->second);
  }
  std::sort(c.bigrams.begin(), c.bigrams.end());
  c.bigrams.erase(std::unique(c.bigrams.begin(), c.bigrams.end()), c.bigrams.end());
}

// The candidate's letters, content words, and keyword sequence with spans.
void AddWords(const Tokenised& t, const Vocabulary& words, Candidate& c) {
  for (std::size_t i = 0; i < t.ids.size(); ++i) {
    const std::string& key = words.Key(t.ids[i]);
    c.letters += static_cast<int>(key.size());
    const bool stop = IsStop(t, i, words);
    if (!stop) c.content.push_back(t.ids[i]);
    if (stop || t.is_number[i]) {
      if (c.sequence.empty() || c.sequence.back() != -1) {
        c.sequence.push_back(-1);
        c.spans.emplace_back(0, 0);
      }
      continue;
    }
    if (!t.adjacent_to_previous[i] && !c.sequence.empty() && c.sequence.back() != -1) {
      c.sequence.push_back(-1);
      c.spans.emplace_back(0, 0);
    }
    c.sequence.push_back(t.ids[i]);
    c.spans.push_back(t.spans[i]);
  }
  std::sort(c.content.begin(), c.content.end());
  c.content.erase(std::unique(c.content.begin(), c.content.end()), c.content.end());
}

// Two content words at least: "He said so." is no summary. Positions count
// the candidates kept, in each article's reading order.
void KeepContentful(CandidatePool& pool) {
  std::vector<Candidate> kept;
  for (Candidate& c : pool.sentences) {
    if (c.content.size() >= 2) kept.push_back(std::move(c));
  }
  pool.sentences = std::move(kept);
  int article = -1, position = 0;
  for (Candidate& c : pool.sentences) {
    if (c.article != article) {
      article = c.article;
      position = 0;
    }
    c.position = position++;
  }
}

// Each title's words, less the stopwords found since (MarkFrequentWords),
// sorted and unique.
void KeepTitleContent(CandidatePool& pool) {
  for (std::vector<int>& title : pool.title_words) {
    std::vector<int> content;
    for (int id : title) {
      if (!pool.vocabulary.IsStopword(id)) content.push_back(id);
    }
    std::sort(content.begin(), content.end());
    content.erase(std::unique(content.begin(), content.end()), content.end());
    title = std::move(content);
  }
}

}  // namespace

std::vector<std::uint64_t> Shingles(const Candidate& c, const Vocabulary& words) {
  std::string spaceless;
  for (int id : c.tokens) spaceless += words.Key(id);
  std::vector<std::uint64_t> shingles;
  if (spaceless.size() <= kShingleBytes) {
    shingles.push_back(text::Fnv1a(spaceless));
  } else {
    for (std::size_t i = 0; i + kShingleBytes <= spaceless.size(); ++i) {
      shingles.push_back(text::Fnv1a(std::string_view(spaceless).substr(i, kShingleBytes)));
    }
  }
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  return shingles;
}

bool LooksLikeCaption(std::string_view paragraph) {
  while (!paragraph.empty() && (paragraph.back() == ' ' || paragraph.back() == '.')) {
    paragraph.remove_suffix(1);
  }
  if (paragraph.empty() || paragraph.back() != ')') return false;
  const std::size_t open = paragraph.rfind('(');
  if (open == std::string_view::npos) return false;
  const std::string inside = text::FoldCase(paragraph.substr(open + 1));
  static constexpr std::array<std::string_view, 8> kCredits = {
      "photo", "ảnh", "image", "video", "credit", "illustration", "picture", "file photo"};
  for (std::string_view credit : kCredits) {
    if (inside.rfind(credit, 0) == 0) return true;
  }
  return false;
}

bool EndsLikeSentence(std::string_view s) {
  // Closing quotes and brackets after the full stop: ”  ’  »  " ' ) ]
  static constexpr std::array<std::string_view, 7> kClosers = {
      "\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB", "\"", "'", ")", "]"};
  bool stripped = true;
  while (stripped && !s.empty()) {
    stripped = false;
    for (std::string_view closer : kClosers) {
      if (EndsWith(s, closer)) {
        s.remove_suffix(closer.size());
        stripped = true;
      }
    }
  }
  static constexpr std::array<std::string_view, 16> kStops = {".",
                                                              "!",
                                                              "?",
                                                              "\xE2\x80\xA6" /* … */,
                                                              "\xE3\x80\x82" /* 。 */,
                                                              "\xEF\xBC\x81" /* ！ */,
                                                              "\xEF\xBC\x9F" /* ？ */,
                                                              "\xEF\xBC\x8E" /* ． */,
                                                              "\xEF\xBD\xA1" /* ｡ */,
                                                              "\xE0\xA5\xA4" /* । danda */,
                                                              "\xE0\xA5\xA5" /* ॥ */,
                                                              "\xE1\x81\x8B" /* ။ Myanmar */,
                                                              "\xE1\x9F\x94" /* ។ Khmer */,
                                                              "\xDB\x94" /* ۔ Urdu */,
                                                              "\xD8\x9F" /* ؟ Arabic */,
                                                              "\xE1\x8D\xA2" /* ። Ethiopic */};
  for (std::string_view stop : kStops) {
    if (EndsWith(s, stop)) return true;
  }
  // Thai and Lao mark no full stop: a sentence ends with its last letter,
  // a character of U+0E00-U+0EFF, in UTF-8 E0 B8 80 to E0 BB BF.
  if (s.size() < 3) return false;
  const auto lead = static_cast<unsigned char>(s[s.size() - 3]);
  const auto second = static_cast<unsigned char>(s[s.size() - 2]);
  return lead == 0xE0 && second >= 0xB8 && second <= 0xBB;
}

CandidatePool CollectCandidates(const std::vector<const Article*>& versions,
                                std::size_t max_sentences, int min_words) {
  // First the sentences and their words; then, knowing the language from
  // those words, their ids: each sentence is tokenised once.
  std::vector<Scanned> scanned;
  std::vector<std::vector<ScannedWord>> titles;
  for (std::size_t a = 0; a < versions.size(); ++a) {
    titles.push_back(Scan(versions[a]->title));
    ScanVersion(*versions[a], static_cast<int>(a), max_sentences, min_words, scanned);
  }
  CandidatePool pool(StopwordsFor(LanguageOf(versions, scanned), OpeningWords(scanned)));
  const bool listed = pool.vocabulary.language() != nullptr;

  for (std::size_t a = 0; a < titles.size(); ++a) {
    const Tokenised title = Lookup(pool.vocabulary, versions[a]->title, titles[a]);
    pool.title_words.emplace_back();
    for (std::size_t i = 0; i < title.ids.size(); ++i) {
      if (!title.listed_stop[i]) pool.title_words.back().push_back(title.ids[i]);
    }
  }
  std::vector<Tokenised> tokenised;
  for (Scanned& item : scanned) {
    tokenised.push_back(Lookup(pool.vocabulary, item.candidate.text, item.words));
    pool.sentences.push_back(std::move(item.candidate));
  }
  if (!listed) MarkFrequentWords(pool, DistinctIds(tokenised));

  // Ids in order of first sight, so they are the same on every target.
  std::unordered_map<std::uint64_t, int> bigram_ids;
  for (std::size_t k = 0; k < pool.sentences.size(); ++k) {
    Candidate& c = pool.sentences[k];
    AddBigrams(tokenised[k], pool.vocabulary, bigram_ids, pool.bigram_count, c);
    AddWords(tokenised[k], pool.vocabulary, c);
  }
  KeepContentful(pool);
  KeepTitleContent(pool);
  return pool;
}

}  // namespace wiredesk::summarize
