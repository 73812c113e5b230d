#include "text/dates.h"

#include <cstddef>
#include <cstdio>
#include <vector>

#include "text/calendar_words.h"

namespace wiredesk::text {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string_view Trimmed(std::string_view s) {
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// The number of `n` digits at `at`, or -1.
int Digits(std::string_view s, std::size_t at, std::size_t n) {
  if (at + n > s.size()) return -1;
  int value = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (!IsDigit(s[i])) return -1;
    value = value * 10 + (s[i] - '0');
  }
  return value;
}

int DaysIn(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool ValidDate(int year, int month, int day) {
  return year >= 1900 && year <= 2199 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysIn(year, month);
}

std::string Ymd(int year, int month, int day) {
  char buffer[32];  // room for any int, as the compiler checks
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

// "+05:30", "-0800", "Z" or nothing at the end of an ISO time.
bool ValidZone(std::string_view zone) {
  if (zone.empty() || zone == "Z") return true;
  if (zone[0] != '+' && zone[0] != '-') return false;
  zone.remove_prefix(1);
  if (zone.size() == 5 && zone[2] == ':')
    return Digits(zone, 0, 2) <= 23 && Digits(zone, 3, 2) >= 0 && Digits(zone, 3, 2) <= 59 &&
           Digits(zone, 0, 2) >= 0;
  if (zone.size() == 4)
    return Digits(zone, 0, 2) >= 0 && Digits(zone, 0, 2) <= 23 && Digits(zone, 2, 2) >= 0 &&
           Digits(zone, 2, 2) <= 59;
  return zone.size() == 2 && Digits(zone, 0, 2) >= 0 && Digits(zone, 0, 2) <= 23;
}

// "HH:MM[:SS[.fff]][zone]", or "" when `s` is not one.
std::string IsoTime(std::string_view s) {
  const int hour = Digits(s, 0, 2), minute = Digits(s, 3, 2);
  if (hour < 0 || hour > 23 || s.size() < 5 || s[2] != ':' || minute < 0 || minute > 59) return {};
  std::size_t end = 5;
  if (end < s.size() && s[end] == ':') {
    const int second = Digits(s, end + 1, 2);
    if (second < 0 || second > 60) return {};
    end += 3;
    if (end < s.size() && (s[end] == '.' || s[end] == ',')) {
      const std::size_t digits = end + 1;
      for (end = digits; end < s.size() && IsDigit(s[end]);) ++end;
      if (end == digits) return {};
    }
  }
  if (!ValidZone(s.substr(end))) return {};
  return std::string(s);
}

// ISO 8601: the whole text is a date, or a date and a time.
std::string IsoForm(std::string_view s) {
  const int year = Digits(s, 0, 4), month = Digits(s, 5, 2), day = Digits(s, 8, 2);
  if (s.size() < 10 || s[4] != '-' || s[7] != '-' || !ValidDate(year, month, day)) return {};
  const std::string date = Ymd(year, month, day);
  if (s.size() == 10) return date;
  if (s[10] != 'T' && s[10] != ' ') return {};
  const std::string time = IsoTime(s.substr(11));
  return time.empty() ? std::string() : date + "T" + time;
}

int MonthNumber(std::string_view lower) {
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  if (!IsMonthName(lower)) return 0;
  for (int m = 0; m < 12; ++m) {
    if (lower.substr(0, 3) == kMonths[m]) return m + 1;
  }
  return 0;
}

// "Nov 18, 2019", "18 November 2019", "Monday, November 18th, 2019 at 3pm":
// a month name, a day and a year among the line's first words.
std::string EnglishForm(std::string_view s) {
  constexpr std::size_t kMaxLine = 80;  // a date line, not a sentence that names a date
  if (s.size() > kMaxLine) return {};
  int month = 0, day = 0, year = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t end = i;
    if (IsLetter(s[i])) {
      std::string lower;
      while (end < s.size() && IsLetter(s[end])) lower += static_cast<char>(s[end++] | 0x20);
      if (month == 0) month = MonthNumber(lower);
    } else if (IsDigit(s[i])) {
      while (end < s.size() && IsDigit(s[end])) ++end;
      const std::string_view number = s.substr(i, end - i);
      // A number glued to letters other than an ordinal suffix ("858shares") is no date part.
      std::size_t suffix = end;
      while (suffix < s.size() && IsLetter(s[suffix])) ++suffix;
      const std::string_view letters = s.substr(end, suffix - end);
      const bool ordinal = letters == "st" || letters == "nd" || letters == "rd" || letters == "th";
      if (!letters.empty() && !ordinal) return {};
      const int value = Digits(number, 0, number.size());
      // "10:30" is a time, not a day.
      const bool clock = (end < s.size() && s[end] == ':') || (i > 0 && s[i - 1] == ':');
      if (!clock && number.size() == 4 && year == 0 && letters.empty()) year = value;
      if (!clock && number.size() <= 2 && day == 0 && year == 0) day = value;
      end = suffix;
    } else {
      ++end;
    }
    i = end;
  }
  if (month == 0 || !ValidDate(year, month, day)) return {};
  return Ymd(year, month, day);
}

}  // namespace

std::string IsoDate(std::string_view written) {
  const std::string_view s = Trimmed(written);
  if (s.empty()) return {};
  if (IsDigit(s[0])) {
    if (std::string iso = IsoForm(s); !iso.empty()) return iso;
  }
  return EnglishForm(s);
}

}  // namespace wiredesk::text
