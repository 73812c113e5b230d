// ICU's data for the wasm programs that run under node (the CLI, the tests,
// the benchmark): read from the file named by an `--icu-data=PATH` argument;
// and CLD2's tables (text/language.h) from `cld2.dat` in the same folder,
// where the build puts both. The browser module gets the same bytes from
// `fetch` instead (bindings.cc).

#ifndef WIREDESK_WASM_ICU_DATA_FILE_H_
#define WIREDESK_WASM_ICU_DATA_FILE_H_

#include <string>
#include <vector>

namespace wiredesk::wasm {

// Removes `--icu-data=PATH` from `args` and installs that file as ICU's data,
// and the cld2.dat beside it as the language detector's tables.
// Returns an empty string on success, otherwise what went wrong.
std::string InstallIcuDataFromArgs(std::vector<std::string>& args);

}  // namespace wiredesk::wasm

#endif  // WIREDESK_WASM_ICU_DATA_FILE_H_
