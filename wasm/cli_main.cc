// The `wiredesk` command built to wasm, run under node by the native
// command's `--engine wasm` (node wiredesk-cli.js --icu-data=PATH ARGS...).

#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "icu_data_file.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (const std::string error = wiredesk::wasm::InstallIcuDataFromArgs(args); !error.empty()) {
    std::cerr << nlohmann::json{{"error", {{"message", error}}}}.dump(
                     -1, ' ', false, nlohmann::json::error_handler_t::replace)
              << '\n';
    return 2;
  }
  return wiredesk::cli::Main(args, "wasm", {}, {std::cin, std::cout, std::cerr});
}
