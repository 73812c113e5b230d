// Fuzzes the reading of documents in their JSON contract, by both ways in:
// the command line (the input as a .json file, as a .jsonl file and on
// standard input, through `wiredesk extract`, whose error lines are JSON
// too) and the JS module's desk (`add` requests, then the stories).
// The CLI's output goes to string streams; its exit status must be 0 or 1.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "cli/cli.h"
#include "desk/desk.h"
#include "desk/desk_requests.h"
#include "fuzz_input.h"

namespace {

// A file of this process's own, rewritten for every input.
std::string Written(std::string_view bytes, const char* extension) {
  const std::string path = "/tmp/wiredesk-fuzz-" + std::to_string(getpid()) + extension;
  std::ofstream(path, std::ios::binary | std::ios::trunc)
      .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace wiredesk;
  const std::string_view bytes = fuzz::AsText(data, size);

  std::istringstream in{std::string(bytes)};
  std::ostringstream out;
  std::ostringstream err;
  const int status = cli::Main({"extract", Written(bytes, ".json"), Written(bytes, ".jsonl"), "-"},
                               "native", {}, {in, out, err});
  if (status != 0 && status != 1) std::abort();

  desk::Desk desk;
  (void)desk::AddRequest(desk, bytes);
  (void)desk::StoriesRequest(desk);
  return 0;
}
