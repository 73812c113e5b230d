#include "text/language.h"

#include <cld2/public/compact_lang_det.h>

#include <algorithm>
#include <cstddef>

#include "text/language_data_layout.h"

namespace wiredesk::text {
namespace {

constexpr std::size_t kBytesRead = 32 * 1024;

// Cut at a character's first byte, never inside one: CLD2 wants whole UTF-8.
std::string_view Head(std::string_view text) {
  if (text.size() <= kBytesRead) return text;
  std::size_t end = kBytesRead;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

// CLD2 predates BCP 47's current registry for a few languages.
std::string Bcp47(std::string_view cld2_code) {
  if (cld2_code == "iw") return "he";
  if (cld2_code == "jw") return "jv";
  if (cld2_code == "in") return "id";
  if (cld2_code == "ji") return "yi";
  if (cld2_code == "mo") return "ro";
  return std::string(cld2_code);
}

}  // namespace

std::string DetectLanguage(std::string_view text) {
  const std::string_view head = Head(text);
  CLD2::Language top3[3];
  int percent3[3];
  int text_bytes = 0;
  bool reliable = false;
  const CLD2::Language language =
      CLD2::DetectLanguageSummary(head.data(), static_cast<int>(head.size()),
                                  /*is_plain_text=*/true, top3, percent3, &text_bytes, &reliable);
  if (!reliable || language == CLD2::UNKNOWN_LANGUAGE) return std::string(kUndetermined);
  return Bcp47(CLD2::LanguageCode(language));
}

std::string InstallLanguageData([[maybe_unused]] std::vector<std::uint8_t> bytes) {
#if WIREDESK_LANGUAGE_DATA_FILE
  // CLD2 reads its tables in place, for the rest of the program's life.
  static std::vector<std::uint8_t> tables;
  if (CLD2::isDataLoaded()) return {};
  // CLD2's loader trusts the header it reads: check that one is there.
  if (bytes.size() < 1024) return "not the language detector's data (cld2.dat)";
  if (std::string error = UnpackLanguageData(bytes); !error.empty()) return error;
  tables = std::move(bytes);
  CLD2::loadDataFromRawAddress(tables.data(), static_cast<std::uint32_t>(tables.size()));
  if (!CLD2::isDataLoaded()) return "not the language detector's data (cld2.dat)";
#endif
  return {};
}

std::string PrimaryLanguage(std::string_view code) {
  std::string primary(code.substr(0, code.find_first_of("-_")));
  std::transform(primary.begin(), primary.end(), primary.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return primary;
}

}  // namespace wiredesk::text
