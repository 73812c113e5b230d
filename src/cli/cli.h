// The `wiredesk` command line, shared by the native and the wasm builds.
//
//   wiredesk COMMAND [OPTION...] [--engine native|wasm] FILE...
//   wiredesk --help         the commands and their options (commands.cc)
//
// Each command writes its JSON result to standard output (the per-document
// commands a JSON array in input order: see desk/text_results.h). Each input
// that fails writes one JSON line to standard error,
//   {"error":{"file":"a.txt","line":3,"message":"..."}}
// and the others are still processed. Exit status: 0 when every input gave a
// result, 1 when some failed, 2 for a usage error.
//
// `--engine` picks the build that does the work. Each build runs what it is
// itself and hands other engines to `delegate`, which gets the arguments
// without `--engine` (the native build runs the wasm one under node).

#ifndef WIREDESK_CLI_CLI_H_
#define WIREDESK_CLI_CLI_H_

#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace wiredesk::cli {

using Delegate = std::function<int(const std::vector<std::string>& args)>;

struct Streams {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
};

// `args` excludes the program name. `engine` is this build's name ("native"
// or "wasm"); `delegate` may be empty when no other engine can be reached.
int Main(const std::vector<std::string>& args, std::string_view engine, const Delegate& delegate,
         Streams streams);

}  // namespace wiredesk::cli

#endif  // WIREDESK_CLI_CLI_H_
