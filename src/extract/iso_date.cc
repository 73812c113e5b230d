#include "extract/iso_date.h"

#include <array>
#include <cstdio>
#include <vector>

namespace wiredesk::extract {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// 1-12 for a month's name or its abbreviation, else 0.
int MonthOf(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (word == "sept") return 9;
  for (std::size_t m = 0; m < kNames.size(); ++m) {
    if (word == kNames[m] || (word.size() == 3 && kNames[m].substr(0, 3) == word)) {
      return static_cast<int>(m) + 1;
    }
  }
  return 0;
}

bool Valid(int year, int month, int day) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return year >= 1990 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 &&
         day <= kDays[static_cast<std::size_t>(month - 1)];
}

std::string Format(int year, int month, int day) {
  char out[11];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, month, day);
  return out;
}

// A word, a number or one punctuation character; white space only separates.
struct Token {
  enum class Kind { kNumber, kWord, kMark } kind;
  std::string text;  // lower-cased
  int value = 0;
};

std::vector<Token> Tokens(std::string_view text) {
  std::vector<Token> tokens;
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (IsDigit(c) || IsAlpha(c)) {
      const bool number = IsDigit(c);
      Token token{number ? Token::Kind::kNumber : Token::Kind::kWord, {}, 0};
      while (i < text.size() && (number ? IsDigit(text[i]) : IsAlpha(text[i]))) {
        token.text.push_back(Lower(text[i]));
        if (number && token.text.size() <= 6) token.value = token.value * 10 + (text[i] - '0');
        ++i;
      }
      tokens.push_back(std::move(token));
    } else {
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        tokens.push_back({Token::Kind::kMark, std::string(1, c), 0});
      }
      ++i;
    }
  }
  return tokens;
}

bool Number(const std::vector<Token>& t, std::size_t i, std::size_t digits_min,
            std::size_t digits_max) {
  return i < t.size() && t[i].kind == Token::Kind::kNumber && t[i].text.size() >= digits_min &&
         t[i].text.size() <= digits_max;
}

// "2025-09-04", "13/09/2025", "4.9.2025" starting at token i.
std::string NumericDate(const std::vector<Token>& t, std::size_t i) {
  if (!Number(t, i, 1, 4) || !Number(t, i + 2, 1, 2) || !Number(t, i + 4, 1, 4) ||
      t[i + 1].kind != Token::Kind::kMark || t[i + 1].text != t[i + 3].text) {
    return {};
  }
  const char sep = t[i + 1].text[0];
  if (sep != '-' && sep != '/' && sep != '.') return {};
  const int a = t[i].value, b = t[i + 2].value, c = t[i + 4].value;
  if (t[i].text.size() == 4 && t[i + 4].text.size() <= 2)
    return Valid(a, b, c) ? Format(a, b, c) : "";
  if (t[i].text.size() > 2 || t[i + 4].text.size() != 4) return {};
  // Day first in dotted dates and wherever the first number can't be a month;
  // month first where the second can't be; otherwise it can't be told.
  if (sep == '.' || a > 12) return Valid(c, b, a) ? Format(c, b, a) : "";
  if (b > 12) return Valid(c, a, b) ? Format(c, a, b) : "";
  return {};
}

// "September 4th, 2025", "4 Sept. 2025", "4th of September 2025" at token i.
std::string WrittenDate(const std::vector<Token>& t, std::size_t i) {
  // Words and numbers only, ordinal suffixes and "of" dropped, from i on.
  std::vector<const Token*> w;
  for (std::size_t j = i; j < t.size() && w.size() < 3; ++j) {
    const Token& token = t[j];
    if (token.kind == Token::Kind::kMark) {
      if (token.text == "," || token.text == ".") continue;
      break;
    }
    if (token.kind == Token::Kind::kWord && !w.empty() && w.back()->kind == Token::Kind::kNumber &&
        (token.text == "st" || token.text == "nd" || token.text == "rd" || token.text == "th")) {
      continue;
    }
    if (token.kind == Token::Kind::kWord && token.text == "of" && w.size() == 1) continue;
    w.push_back(&token);
  }
  if (w.size() < 3 || w[2]->kind != Token::Kind::kNumber || w[2]->text.size() != 4) return {};
  const int year = w[2]->value;
  if (w[0]->kind == Token::Kind::kWord && w[1]->kind == Token::Kind::kNumber &&
      w[1]->text.size() <= 2) {
    const int month = MonthOf(w[0]->text);
    return month > 0 && Valid(year, month, w[1]->value) ? Format(year, month, w[1]->value) : "";
  }
  if (w[0]->kind == Token::Kind::kNumber && w[0]->text.size() <= 2 &&
      w[1]->kind == Token::Kind::kWord) {
    const int month = MonthOf(w[1]->text);
    return month > 0 && Valid(year, month, w[0]->value) ? Format(year, month, w[0]->value) : "";
  }
  return {};
}

// "T10:00", "T10:00:30.5+02:00", " 10:00:30Z" after an ISO date; "" if none.
std::string IsoTime(std::string_view rest) {
  if (rest.size() < 6 || (rest[0] != 'T' && rest[0] != ' ')) return {};
  const auto two = [&](std::size_t at) {
    return at + 1 < rest.size() && IsDigit(rest[at]) && IsDigit(rest[at + 1]);
  };
  if (!two(1) || rest[3] != ':' || !two(4)) return {};
  std::string out = "T" + std::string(rest.substr(1, 5));
  std::size_t at = 6;
  if (at < rest.size() && rest[at] == ':' && two(at + 1)) {
    out += rest.substr(at, 3);
    at += 3;
  } else {
    out += ":00";
  }
  while (at < rest.size() && (rest[at] == '.' || IsDigit(rest[at]))) ++at;  // fractions dropped
  if (at < rest.size() && rest[at] == 'Z') return out + "Z";
  if (at < rest.size() && (rest[at] == '+' || rest[at] == '-') && two(at + 1)) {
    std::string zone = std::string(rest.substr(at, 3));
    std::size_t minutes = at + 3;
    if (minutes < rest.size() && rest[minutes] == ':') ++minutes;
    zone += ":" + (two(minutes) ? std::string(rest.substr(minutes, 2)) : std::string("00"));
    return out + zone;
  }
  return out;
}

}  // namespace

std::string DateInText(std::string_view text) {
  const std::vector<Token> tokens = Tokens(text);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind == Token::Kind::kMark) continue;
    std::string date = NumericDate(tokens, i);
    if (date.empty()) date = WrittenDate(tokens, i);
    if (!date.empty()) return date;
  }
  return {};
}

std::string IsoDate(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\n')) text.remove_prefix(1);
  if (text.size() >= 10 && IsDigit(text[0]) && IsDigit(text[3]) && text[4] == '-' &&
      text[7] == '-') {
    const std::vector<Token> head = Tokens(text.substr(0, 10));
    const std::string date = NumericDate(head, 0);
    if (!date.empty()) return date + IsoTime(text.substr(10));
  }
  return DateInText(text);
}

}  // namespace wiredesk::extract
