#include "compare/published_time.h"

#include <array>
#include <cctype>
#include <string>

namespace wiredesk::compare {
namespace {

// Days from 1970-01-01 to a civil date (H. Hinnant's days_from_civil).
std::int64_t DaysFromCivil(std::int64_t y, int m, int d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text) {}
  bool Done() const { return at_ >= text_.size(); }
  char Peek() const { return Done() ? '\0' : text_[at_]; }
  bool Take(char c) {
    if (Peek() != c) return false;
    ++at_;
    return true;
  }
  void Spaces() {
    while (Peek() == ' ') ++at_;
  }
  // Exactly `digits` digits (or between min and max when given).
  std::optional<int> Number(int min_digits, int max_digits) {
    int value = 0, n = 0;
    while (n < max_digits && std::isdigit(static_cast<unsigned char>(Peek()))) {
      value = value * 10 + (text_[at_++] - '0');
      ++n;
    }
    if (n < min_digits) return std::nullopt;
    return value;
  }
  std::string_view Letters() {
    const std::size_t begin = at_;
    while (std::isalpha(static_cast<unsigned char>(Peek()))) ++at_;
    return text_.substr(begin, at_ - begin);
  }
  void SkipFraction() {
    if (Take('.') || Take(','))
      while (std::isdigit(static_cast<unsigned char>(Peek()))) ++at_;
  }

 private:
  std::string_view text_;
  std::size_t at_ = 0;
};

bool Valid(int y, int m, int d, int hh, int mm, int ss) {
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= 31 && hh <= 24 && mm <= 59 && ss <= 60;
}

// "Z", "GMT", "UTC", "+07:00", "+0700", "-05"; nothing is UTC.
std::optional<int> ZoneSeconds(Reader& in) {
  in.Spaces();
  if (in.Done()) return 0;
  if (in.Take('Z')) return 0;
  const char sign = in.Peek();
  if (sign == '+' || sign == '-') {
    in.Take(sign);
    const auto hours = in.Number(2, 2);
    if (!hours) return std::nullopt;
    in.Take(':');
    const int minutes = in.Number(2, 2).value_or(0);
    const int offset = *hours * 3600 + minutes * 60;
    return sign == '+' ? offset : -offset;
  }
  const std::string_view name = in.Letters();
  if (name == "GMT" || name == "UTC" || name == "UT") return 0;
  return std::nullopt;
}

std::optional<std::int64_t> Iso(std::string_view text) {
  Reader in(text);
  const auto y = in.Number(4, 4);
  if (!y || !in.Take('-')) return std::nullopt;
  const auto m = in.Number(2, 2);
  if (!m || !in.Take('-')) return std::nullopt;
  const auto d = in.Number(2, 2);
  if (!d) return std::nullopt;
  int hh = 0, mm = 0, ss = 0;
  if (in.Take('T') || in.Take('t') || in.Take(' ')) {
    const auto h = in.Number(2, 2);
    if (!h || !in.Take(':')) return std::nullopt;
    const auto mi = in.Number(2, 2);
    if (!mi) return std::nullopt;
    hh = *h;
    mm = *mi;
    if (in.Take(':')) ss = in.Number(2, 2).value_or(0);
    in.SkipFraction();
  }
  const auto zone = ZoneSeconds(in);
  if (!zone || !Valid(*y, *m, *d, hh, mm, ss)) return std::nullopt;
  return DaysFromCivil(*y, *m, *d) * 86400 + hh * 3600 + mm * 60 + ss - *zone;
}

int MonthOf(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  if (name.size() < 3) return 0;
  std::string folded;
  for (std::size_t i = 0; i < 3; ++i)
    folded += static_cast<char>(std::tolower(static_cast<unsigned char>(name[i])));
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    if (folded == kMonths[i]) return static_cast<int>(i) + 1;
  }
  return 0;
}

std::optional<std::int64_t> Rfc2822(std::string_view text) {
  Reader in(text);
  in.Spaces();
  if (std::isalpha(static_cast<unsigned char>(in.Peek()))) {  // the weekday
    in.Letters();
    if (!in.Take(',')) return std::nullopt;
    in.Spaces();
  }
  const auto d = in.Number(1, 2);
  in.Spaces();
  const int m = MonthOf(in.Letters());
  in.Spaces();
  const auto y = in.Number(4, 4);
  if (!d || m == 0 || !y) return std::nullopt;
  in.Spaces();
  int hh = 0, mm = 0, ss = 0;
  if (!in.Done()) {
    const auto h = in.Number(1, 2);
    if (!h || !in.Take(':')) return std::nullopt;
    const auto mi = in.Number(2, 2);
    if (!mi) return std::nullopt;
    hh = *h;
    mm = *mi;
    if (in.Take(':')) ss = in.Number(2, 2).value_or(0);
  }
  const auto zone = ZoneSeconds(in);
  if (!zone || !Valid(*y, m, *d, hh, mm, ss)) return std::nullopt;
  return DaysFromCivil(*y, m, *d) * 86400 + hh * 3600 + mm * 60 + ss - *zone;
}

}  // namespace

std::optional<std::int64_t> PublishedSeconds(std::string_view published) {
  while (!published.empty() && published.front() == ' ') published.remove_prefix(1);
  while (!published.empty() && published.back() == ' ') published.remove_suffix(1);
  if (published.empty()) return std::nullopt;
  if (auto iso = Iso(published)) return iso;
  return Rfc2822(published);
}

}  // namespace wiredesk::compare
