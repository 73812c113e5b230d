#include "icu_data_file.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "text/icu_data.h"
#include "text/language.h"

namespace wiredesk::wasm {
namespace {

bool ReadFile(const std::string& path, std::vector<std::uint8_t>& bytes) {
  std::ifstream stream(path, std::ios::binary);
  if (!stream) return false;
  bytes.assign(std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>());
  return true;
}

}  // namespace

std::string InstallIcuDataFromArgs(std::vector<std::string>& args) {
  constexpr std::string_view kFlag = "--icu-data=";
  const auto it = std::find_if(args.begin(), args.end(),
                               [&](const std::string& arg) { return arg.rfind(kFlag, 0) == 0; });
  if (it == args.end()) return "no --icu-data=PATH given: the wasm build needs ICU's data file";
  const std::string path = it->substr(kFlag.size());
  args.erase(it);
  std::vector<std::uint8_t> bytes;
  if (!ReadFile(path, bytes)) return "cannot read ICU data file " + path;
  if (const std::string error = text::InstallIcuData(std::move(bytes)); !error.empty()) {
    return path + ": " + error;
  }
  const std::size_t slash = path.find_last_of('/');
  const std::string cld2 =
      (slash == std::string::npos ? "" : path.substr(0, slash + 1)) + "cld2.dat";
  if (!ReadFile(cld2, bytes)) return "cannot read the language detector's data file " + cld2;
  const std::string error = text::InstallLanguageData(std::move(bytes));
  return error.empty() ? "" : cld2 + ": " + error;
}

}  // namespace wiredesk::wasm
