// ICU's data, handed over at start-up where it isn't linked in.
//
// Native builds link the system's ICU data library and need nothing from this
// header. The WebAssembly build links ICU's code without its data (the full
// data is 31 MB); the caller loads a trimmed `icudt72l.dat` (break rules,
// normalisation, locale roots: about 200 KB) and hands its bytes over here
// before the first call into `text/`.
//
// Thread-safety: call once, before any other thread uses `text/`.

#ifndef WIREDESK_TEXT_ICU_DATA_H_
#define WIREDESK_TEXT_ICU_DATA_H_

#include <cstdint>
#include <string>
#include <vector>

namespace wiredesk::text {

// Takes ownership of `bytes` for the rest of the program's life (ICU keeps
// pointers into them) and installs them as ICU's common data. Returns an
// empty string on success, otherwise a message that says what is wrong.
// A second call after a successful one is refused: ICU can't swap its data.
std::string InstallIcuData(std::vector<std::uint8_t> bytes);

// A short check that ICU can build the break iterators `text/` relies on.
// Returns an empty string when it can, otherwise ICU's complaint.
std::string CheckIcuReady();

}  // namespace wiredesk::text

#endif  // WIREDESK_TEXT_ICU_DATA_H_
