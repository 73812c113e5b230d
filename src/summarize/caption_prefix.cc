#include "summarize/caption_prefix.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "text/normalize.h"
#include "text/tokens.h"

namespace wiredesk::summarize {
namespace {

// The words a photo credit starts with, case-folded.
constexpr std::array<std::string_view, 10> kCreditWords = {
    "photo",        "ảnh",     "image",      "video",  "credit",
    "illustration", "picture", "file photo", "source", "nguồn"};

// The length of the credit word `text` starts with, when no letter follows
// it; else 0.
std::size_t CreditWord(std::string_view text) {
  const std::string folded = text::FoldCase(text.substr(0, std::min<std::size_t>(text.size(), 32)));
  for (std::string_view word : kCreditWords) {
    if (folded.rfind(word, 0) != 0) continue;
    if (folded.size() == word.size()) return word.size();
    const char next = folded[word.size()];
    if (next == ':' || next == ' ' || next == ')') return word.size();
  }
  return 0;
}

bool StartsWithCredit(std::string_view text) { return CreditWord(text) > 0; }

// The bytes of the first code point of `word`.
std::string_view FirstLetter(std::string_view word) {
  std::size_t n = 1;
  while (n < word.size() && (static_cast<unsigned char>(word[n]) & 0xC0) == 0x80) ++n;
  return word.substr(0, n);
}

bool Capitalised(std::string_view sentence, const text::Token& t) {
  return t.kind == text::TokenKind::kWord &&
         text::IsUpperCase(FirstLetter(sentence.substr(t.begin, t.end - t.begin)));
}

bool LowerCase(std::string_view sentence, const text::Token& t) {
  if (t.kind != text::TokenKind::kWord) return false;
  const std::string_view first = FirstLetter(sentence.substr(t.begin, t.end - t.begin));
  return !text::IsUpperCase(first) && text::FoldCase(first) == first;
}

// "(Photo: VNA) He said": the byte after the bracket when a credit is
// inside it and a capitalised word follows; else 0.
std::size_t AfterBracketedCredit(std::string_view sentence, std::size_t open,
                                 const std::vector<text::Token>& tokens) {
  if (!StartsWithCredit(sentence.substr(open + 1))) return 0;
  const std::size_t close = sentence.find(')', open);
  if (close == std::string_view::npos) return 0;
  for (const text::Token& t : tokens) {
    if (t.begin <= close) continue;
    return Capitalised(sentence, t) ? t.begin : 0;
  }
  return 0;
}

// "- Photo: AFP The protest began", "Photo: AFP The protest began": the
// first capitalised word after the credit word that a lower-case word
// follows; else 0. The credit word is capitalised, as credits are written
// ("- video calls" is no credit), and without a dash before it a colon
// after it ("Ảnh hưởng", influence, is no credit).
std::size_t AfterNamedCredit(std::string_view sentence, std::size_t credit,
                             const std::vector<text::Token>& tokens, bool dashed) {
  std::size_t k = 0;
  while (k < tokens.size() && tokens[k].begin < credit) ++k;
  if (k == tokens.size() || tokens[k].begin != credit || !Capitalised(sentence, tokens[k])) {
    return 0;
  }
  const std::size_t word = CreditWord(sentence.substr(credit));
  if (word == 0 || (!dashed && sentence.substr(tokens[k].end, 1) != ":")) return 0;
  for (++k; k + 1 < tokens.size(); ++k) {
    if (Capitalised(sentence, tokens[k]) && LowerCase(sentence, tokens[k + 1])) {
      return tokens[k].begin;
    }
  }
  return 0;
}

// "(Reuters) - The company said": the byte after the dash when the sentence
// opens with a short bracket and a dash, a dateline; else 0.
std::size_t AfterDateline(std::string_view sentence) {
  if (sentence.empty() || sentence.front() != '(') return 0;
  const std::size_t close = sentence.find(')');
  if (close == std::string_view::npos || close > 40) return 0;
  for (std::string_view dash : {std::string_view(" - "), std::string_view(" \xE2\x80\x93 ")}) {
    if (sentence.substr(close + 1, dash.size()) == dash) return close + 1 + dash.size();
  }
  return 0;
}

// True when no word of `tokens` from `from` on is written in lower case:
// a credit's names.
bool NoLowerCaseFrom(std::string_view sentence, const std::vector<text::Token>& tokens,
                     std::size_t from) {
  return std::none_of(tokens.begin(), tokens.end(), [&](const text::Token& t) {
    return t.begin >= from && LowerCase(sentence, t);
  });
}

// "(Photo: VNA)." at the end: the bracket closes the sentence (a full stop
// and spaces may follow) and holds a credit word and names only ("(ảnh
// hưởng lớn)", influence, is no credit).
bool EndsWithBracketedCredit(std::string_view sentence, const std::vector<text::Token>& tokens) {
  std::string_view body = sentence;
  while (!body.empty() && (body.back() == ' ' || body.back() == '.')) body.remove_suffix(1);
  if (body.empty() || body.back() != ')') return false;
  const std::size_t open = body.rfind('(');
  if (open == std::string_view::npos) return false;
  const std::size_t word = CreditWord(body.substr(open + 1));
  return word > 0 && NoLowerCaseFrom(sentence, tokens, open + 1 + word);
}

// "... - Source: SJC." at the end: a dash, a capitalised credit word and a
// colon, then names only.
bool EndsWithDashedCredit(std::string_view sentence, const std::vector<text::Token>& tokens) {
  for (std::string_view dash : {std::string_view(" - "), std::string_view(" \xE2\x80\x93 ")}) {
    const std::size_t at = sentence.rfind(dash);
    if (at == std::string_view::npos) continue;
    const std::size_t credit = at + dash.size();
    const std::size_t word = CreditWord(sentence.substr(credit));
    if (word == 0 || !text::IsUpperCase(FirstLetter(sentence.substr(credit)))) continue;
    if (sentence.substr(credit + word, 1) == ":" &&
        NoLowerCaseFrom(sentence, tokens, credit + word)) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool IsCaptionOrCredit(std::string_view sentence) {
  const std::vector<text::Token> tokens = text::Tokenize(sentence);
  if (EndsWithBracketedCredit(sentence, tokens)) return true;
  if (OpensWithCredit(sentence) && NoLowerCaseFrom(sentence, tokens, CreditWord(sentence))) {
    return true;
  }
  return EndsWithDashedCredit(sentence, tokens);
}

bool OpensWithCredit(std::string_view sentence) {
  if (!sentence.empty() && sentence.front() == '(') return StartsWithCredit(sentence.substr(1));
  const std::size_t word = CreditWord(sentence);
  return word > 0 && sentence.substr(word, 1) == ":" && text::IsUpperCase(FirstLetter(sentence));
}

std::size_t CaptionPrefix(std::string_view sentence) {
  const std::vector<text::Token> tokens = text::Tokenize(sentence);
  if (const std::size_t dateline = AfterDateline(sentence); dateline > 0) return dateline;
  if (const std::size_t labelled = AfterNamedCredit(sentence, 0, tokens, false); labelled > 0) {
    return labelled;
  }
  for (std::size_t at = 0; at < sentence.size(); ++at) {
    std::size_t restart = 0;
    if (sentence[at] == '(') {
      restart = AfterBracketedCredit(sentence, at, tokens);
    } else if (sentence.substr(at, 3) == " - ") {
      restart = AfterNamedCredit(sentence, at + 3, tokens, true);
    } else if (sentence.substr(at, 5) == " \xE2\x80\x93 ") {  // an en dash
      restart = AfterNamedCredit(sentence, at + 5, tokens, true);
    } else if (sentence[at] == ' ') {
      restart = AfterNamedCredit(sentence, at + 1, tokens, false);
    }
    if (restart > 0) return restart;
  }
  return 0;
}

}  // namespace wiredesk::summarize
