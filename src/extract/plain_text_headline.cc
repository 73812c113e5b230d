#include "extract/plain_text_headline.h"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <set>
#include <string>
#include <string_view>

#include "extract/boilerplate.h"
#include "extract/display_columns.h"
#include "extract/line_labels.h"
#include "text/normalize.h"
#include "text/tokens.h"

namespace wiredesk::extract {
namespace {

// How far above the run a headline may stand: past bylines, dates, a
// standfirst, share buttons and a photo's caption, not into the menus.
constexpr std::size_t kBlocksAbove = 15;
// How much of the article's opening its words are read from.
constexpr std::size_t kOpeningBytes = 3000;
// How many distinct words the opening needs before a headline that shares
// none of them is taken for furniture.
constexpr std::size_t kWordsToJudge = 30;

// The first letters of a match key, so that a headline's "ferry" meets the
// story's "ferries": a stemmer's work, roughly, in any alphabet.
std::string Stem(const std::string& key) {
  constexpr std::size_t kLetters = 5;
  std::size_t end = 0;
  for (std::size_t letters = 0; end < key.size() && letters < kLetters; ++letters) {
    do ++end;
    while (end < key.size() && (static_cast<unsigned char>(key[end]) & 0xC0) == 0x80);
  }
  return key.substr(0, end);
}

// Stems of the words that carry meaning: no stopwords, no numbers.
std::set<std::string> ContentWords(std::string_view text, const text::StopwordList* stopwords) {
  std::set<std::string> words;
  for (const text::Token& token : text::Tokenize(text)) {
    if (token.kind != text::TokenKind::kWord) continue;
    const std::string_view word = text.substr(token.begin, token.end - token.begin);
    if (stopwords && stopwords->Contains(text::FoldCase(word))) continue;
    words.insert(Stem(text::MatchKey(word)));
  }
  return words;
}

bool OpensWithWord(std::string_view line) {
  const std::vector<text::Token> tokens = text::Tokenize(line.substr(0, 64));
  if (tokens.empty()) return false;
  if (tokens[0].begin == 0 && tokens[0].kind != text::TokenKind::kPunctuation) return true;
  // A headline may open with a quotation: “Never again”, says ...
  static constexpr std::string_view kQuotes[] = {"\"", "'", "“", "‘", "«"};
  const std::string_view first = line.substr(0, tokens[0].end);
  return tokens.size() > 1 && tokens[1].kind == text::TokenKind::kWord &&
         std::find(std::begin(kQuotes), std::end(kQuotes), first) != std::end(kQuotes);
}

// A numbered section of the article ("3. Dining out"), not its headline.
bool IsNumberedHeading(std::string_view line) {
  std::size_t digits = 0;
  while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
  return digits > 0 && line.substr(digits).starts_with(". ");
}

// Reads like a headline: a short line of three words or more that opens with
// a word, ends without a sentence's or a label's stop, and is no list item,
// breadcrumb, form, caption, date, byline or menu. A bracketed note is the
// headline's own ("... [Step by Step]", "... [2025 Data]"); an image's or a
// form's placeholder opens its line and fails the first word.
bool ReadsLikeHeadline(const std::string& line) {
  if (DisplayColumns(line) > 150 || WordCount(line) < 3 || !OpensWithWord(line)) return false;
  const char last = line.back();
  if (last == '.' || last == ':' || last == ',' || last == ';') return false;
  for (const std::string_view mark : {" | ", " > ", " » "}) {
    if (line.find(mark) != std::string::npos) return false;
  }
  return !IsNumberedHeading(line) && !IsCaption(line) && !IsDateLine(line) && !IsBylineLine(line) &&
         !IsMenuLine(line) && !IsIconLabels(line) && !IsTeaserHeading(line) &&
         BoilerplateReason(line).empty();
}

// The reasons a line above the run may carry and still be its headline: none
// yet, the headline taken at the top, or being repeated further down (a page
// repeats its headline in breadcrumbs and share text).
bool MayBeHeadline(const Block& block) {
  return block.reason.empty() || block.reason == "headline" || block.reason == "teaser block" ||
         block.reason == "headline repeated" || block.reason == "repeated later in the text";
}

struct Sharing {
  std::size_t common = 0;
  double share = 0;  // of the line's words
};

Sharing SharedWith(const std::set<std::string>& line, const std::set<std::string>& opening) {
  Sharing sharing;
  for (const std::string& word : line) sharing.common += opening.count(word);
  if (!line.empty()) sharing.share = static_cast<double>(sharing.common) / line.size();
  return sharing;
}

// Whether the block at `at` heads the run: at most two lines that no step
// has labelled (a standfirst, a kicker) stand between them, where a page's
// top line has its menus.
bool StandsAtRun(const std::vector<Block>& blocks, std::size_t at, const ArticleRun& run) {
  std::size_t unlabelled = 0;
  for (std::size_t i = at + 1; i < run.first; ++i) unlabelled += blocks[i].reason.empty();
  return at >= run.first || unlabelled <= 2;
}

// A line the article takes up: half its words, two at least, recur in it.
bool TakenUp(const Sharing& sharing) { return sharing.common >= 2 && sharing.share >= 0.5; }

std::set<std::string> OpeningWords(const std::vector<Block>& blocks, const ArticleRun& run,
                                   const text::StopwordList* stopwords) {
  std::string opening;
  for (std::size_t i = run.first; i <= run.last && opening.size() < kOpeningBytes; ++i) {
    if (!blocks[i].reason.empty()) continue;
    opening += blocks[i].text;
    opening += '\n';
  }
  return ContentWords(opening, stopwords);
}

// The line above `run` most like its headline, or nullopt. The nearer of
// two lines sharing as much wins: a headline stands closer to its story than
// a teaser of another does.
std::optional<std::size_t> BestLineAbove(const std::vector<Block>& blocks, const ArticleRun& run,
                                         const std::set<std::string>& opening,
                                         const text::StopwordList* stopwords) {
  std::optional<std::size_t> best;
  double best_score = 0;
  for (std::size_t i = run.first > kBlocksAbove ? run.first - kBlocksAbove : 0; i < run.first;
       ++i) {
    if (!MayBeHeadline(blocks[i]) || !ReadsLikeHeadline(blocks[i].text)) continue;
    const Sharing sharing = SharedWith(ContentWords(blocks[i].text, stopwords), opening);
    if (!TakenUp(sharing)) continue;
    const double score = sharing.share - 0.02 * static_cast<double>(run.first - 1 - i);
    if (!best || score >= best_score) best = i, best_score = score;
  }
  return best;
}

}  // namespace

void TakeHeadlineAboveRun(std::vector<Block>& blocks, const std::optional<ArticleRun>& run,
                          const text::StopwordList* stopwords, Article& article) {
  if (!run) return;
  const std::set<std::string> opening = OpeningWords(blocks, *run, stopwords);
  const auto taken = std::find_if(blocks.begin(), blocks.end(),
                                  [](const Block& block) { return block.reason == "headline"; });
  if (taken != blocks.end() && StandsAtRun(blocks, taken - blocks.begin(), *run) &&
      OpensWithWord(taken->text) &&
      TakenUp(SharedWith(ContentWords(taken->text, stopwords), opening))) {
    return;
  }

  if (const std::optional<std::size_t> best = BestLineAbove(blocks, *run, opening, stopwords)) {
    if (taken != blocks.end()) taken->reason.clear();
    blocks[*best].reason = "headline";
    article.title = blocks[*best].text;
    std::erase(article.warnings, std::string("no headline found at the top of the text"));
    return;
  }
  if (taken == blocks.end()) return;
  // A pasted article's own first line may share no word with its story ("Opening
  // Bell"), and below a few dozen words a headline may well share none.
  const bool shares_none = !StandsAtRun(blocks, taken - blocks.begin(), *run) &&
                           opening.size() >= kWordsToJudge &&
                           SharedWith(ContentWords(taken->text, stopwords), opening).common == 0;
  const char* why = !OpensWithWord(taken->text) ? "is a list item"
                    : shares_none               ? "shares no word with the article"
                                                : nullptr;
  if (!why) return;
  taken->reason.clear();
  article.title.clear();
  article.warnings.push_back("no headline found: the line at the top (\"" + taken->text + "\") " +
                             why);
}

}  // namespace wiredesk::extract
