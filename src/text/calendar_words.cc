#include "text/calendar_words.h"

#include <algorithm>
#include <array>

namespace wiredesk::text {
namespace {

constexpr std::array<std::string_view, 24> kMonths = {
    "january",   "february", "march",    "april",    "may",  "june", "july", "august",
    "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
    "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"};
constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
constexpr std::array<std::string_view, 10> kWeekdayAbbreviations = {
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"};

template <std::size_t N>
bool Listed(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

}  // namespace

bool IsMonthName(std::string_view lower_word) { return Listed(kMonths, lower_word); }

bool IsWeekdayName(std::string_view lower_word) { return Listed(kWeekdays, lower_word); }

bool IsWeekdayAbbreviation(std::string_view lower_word) {
  return Listed(kWeekdayAbbreviations, lower_word);
}

}  // namespace wiredesk::text
