#include "icu_data_file.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "text/icu_data.h"

namespace wiredesk::wasm {

std::string InstallIcuDataFromArgs(std::vector<std::string>& args) {
  constexpr std::string_view kFlag = "--icu-data=";
  const auto it = std::find_if(args.begin(), args.end(), [&](const std::string& arg) {
    return arg.rfind(kFlag, 0) == 0;
  });
  if (it == args.end()) return "no --icu-data=PATH given: the wasm build needs ICU's data file";
  const std::string path = it->substr(kFlag.size());
  args.erase(it);
  std::ifstream stream(path, std::ios::binary);
  if (!stream) return "cannot read ICU data file " + path;
  std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(stream)),
                                  std::istreambuf_iterator<char>());
  const std::string error = text::InstallIcuData(std::move(bytes));
  return error.empty() ? "" : path + ": " + error;
}

}  // namespace wiredesk::wasm
