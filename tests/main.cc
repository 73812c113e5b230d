// The Catch2 runner for the unit tests, on both targets. In wasm, ICU's data
// comes from the file named by --icu-data=PATH (see wasm/icu_data_file.h).

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#include <iostream>
#include <string>
#include <vector>

#ifdef WIREDESK_NEEDS_ICU_DATA_FILE
#include "icu_data_file.h"
#endif

int main(int argc, char** argv) {
  std::vector<std::string> args(argv, argv + argc);
#ifdef WIREDESK_NEEDS_ICU_DATA_FILE
  if (const std::string error = wiredesk::wasm::InstallIcuDataFromArgs(args); !error.empty()) {
    std::cerr << error << '\n';
    return 2;
  }
#endif
  std::vector<char*> kept;
  for (std::string& arg : args) kept.push_back(arg.data());
  return Catch::Session().run(static_cast<int>(kept.size()), kept.data());
}
