#include "text/icu_data.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/udata.h>

#include <memory>
#include <utility>

namespace wiredesk::text {
namespace {

// ICU reads from these bytes until the program ends.
std::vector<std::uint8_t>& InstalledData() {
  static auto* data = new std::vector<std::uint8_t>();
  return *data;
}

}  // namespace

std::string InstallIcuData(std::vector<std::uint8_t> bytes) {
  auto& installed = InstalledData();
  if (!installed.empty()) return "ICU data is already installed";
  // A data package starts with a header whose 3rd and 4th bytes are 0xda 0x27.
  if (bytes.size() < 32 || bytes[2] != 0xda || bytes[3] != 0x27) {
    return "not an ICU data file (bad header)";
  }
  installed = std::move(bytes);
  UErrorCode status = U_ZERO_ERROR;
  udata_setCommonData(installed.data(), &status);
  if (U_FAILURE(status)) {
    installed.clear();
    return std::string("ICU refused the data: ") + u_errorName(status);
  }
  return CheckIcuReady();
}

std::string CheckIcuReady() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> probe(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status) || !probe) {
    return std::string("ICU has no sentence rules: ") + u_errorName(status);
  }
  return "";
}

}  // namespace wiredesk::text
