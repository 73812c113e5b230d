// The native `wiredesk` command. `--engine wasm` re-runs the same command
// through the wasm build under node, so both engines can be checked against
// each other on the same files.

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "text/utf8.h"

namespace {

namespace fs = std::filesystem;

void ReportError(const std::string& message) {
  std::cerr << nlohmann::json{{"error", {{"message", message}}}}.dump(
                   -1, ' ', false, nlohmann::json::error_handler_t::replace)
            << '\n';
}

// The wasm build sits beside the native one: build/native/wiredesk and
// build/wasm/wiredesk-cli.js. WIREDESK_WASM_DIR points elsewhere.
fs::path WasmDirectory() {
  if (const char* dir = std::getenv("WIREDESK_WASM_DIR"); dir != nullptr && *dir != '\0') {
    return dir;
  }
  std::error_code code;
  const fs::path self = fs::read_symlink("/proc/self/exe", code);
  return self.parent_path().parent_path() / "wasm";
}

// Node hands the wasm CLI its arguments decoded as UTF-8, which loses the
// bytes of a file name that is not UTF-8: they go along in hex, for
// wasm/raw_file_names.js to open the file by.
void PassRawFileNames(const std::vector<std::string>& args) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string names;
  for (const std::string& arg : args) {
    if (wiredesk::text::IsValidUtf8(arg)) continue;
    if (!names.empty()) names += ',';
    for (const unsigned char byte : arg) {
      names += kHex[byte >> 4];
      names += kHex[byte & 0xf];
    }
  }
  if (!names.empty()) setenv("WIREDESK_RAW_FILE_NAMES", names.c_str(), 1);
}

int RunWasm(const std::vector<std::string>& args) {
  const fs::path dir = WasmDirectory();
  const fs::path script = dir / "wiredesk-cli.js";
  if (!fs::exists(script)) {
    ReportError("the wasm engine is not built: " + script.string() +
                " is missing (run scripts/build)");
    return 2;
  }
  std::vector<std::string> command = {"node", "--no-experimental-fetch", script.string(),
                                      "--icu-data=" + (dir / "icudt72l.dat").string()};
  command.insert(command.end(), args.begin(), args.end());
  std::vector<char*> node_argv;
  for (std::string& arg : command) node_argv.push_back(arg.data());
  node_argv.push_back(nullptr);
  PassRawFileNames(args);
  std::cout.flush();
  execvp("node", node_argv.data());
  ReportError("cannot start node for the wasm engine: " + std::string(std::strerror(errno)));
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  return wiredesk::cli::Main(args, "native", RunWasm, {std::cin, std::cout, std::cerr});
}
