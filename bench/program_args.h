// The command-line arguments of a benchmark program, without the program's
// name. In the wasm build (run under node) ICU's data comes from the file
// named by --icu-data=PATH, which is taken out of them and handed to ICU;
// natively ICU has its own data.
//
//   int main(int argc, char** argv) {
//     std::vector<std::string> args;
//     if (!wiredesk::bench::ReadProgramArgs(argc, argv, args)) return 2;

#ifndef WIREDESK_BENCH_PROGRAM_ARGS_H_
#define WIREDESK_BENCH_PROGRAM_ARGS_H_

#include <iostream>
#include <string>
#include <vector>

#ifdef WIREDESK_NEEDS_ICU_DATA_FILE
#include "icu_data_file.h"
#endif

namespace wiredesk::bench {

// False, having said why on stderr, when ICU's data can't be loaded.
inline bool ReadProgramArgs(int argc, char** argv, std::vector<std::string>& args) {
  args.assign(argv + 1, argv + argc);
#ifdef WIREDESK_NEEDS_ICU_DATA_FILE
  if (const std::string error = wiredesk::wasm::InstallIcuDataFromArgs(args); !error.empty()) {
    std::cerr << error << '\n';
    return false;
  }
#endif
  return true;
}

}  // namespace wiredesk::bench

#endif  // WIREDESK_BENCH_PROGRAM_ARGS_H_
