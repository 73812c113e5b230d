// The sample articles bundled in samples/, read whole, for the tests.
//
//   const std::string text = Sample("001_5f15ffd69aec10c2.txt");
//
// WIREDESK_SOURCE_DIR (set by CMake) is the repository's root; the same
// path works natively and in wasm under node (NODERAWFS).

#ifndef WIREDESK_TESTS_SAMPLES_H_
#define WIREDESK_TESTS_SAMPLES_H_

#include <fstream>
#include <iterator>
#include <string>

namespace wiredesk::testing {

// The bytes of samples/NAME; empty when it can't be read.
inline std::string Sample(const std::string& name) {
  std::ifstream stream(std::string(WIREDESK_SOURCE_DIR) + "/samples/" + name, std::ios::binary);
  return {std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()};
}

}  // namespace wiredesk::testing

#endif  // WIREDESK_TESTS_SAMPLES_H_
