// Text that was UTF-8, read once as Windows-1252 (or Latin-1) and saved
// again as UTF-8: "Investorâ€™s" for "Investor’s", "Ã©tÃ©" for "été".
// Pages built from a database with the wrong connection charset carry it in
// their titles and text.
//
// RepairMojibake() turns each such run back into the character it stood for:
// a lead byte (U+00C2..U+00F4) followed by the continuation bytes that make a
// valid UTF-8 sequence, each read back through Windows-1252 or Latin-1.
// Text with no such run is returned unchanged, so letters like "é" or "à"
// that stand before ordinary letters are kept. Linear in the text's length.
//
// REQUIRES: `text` is valid UTF-8.

#ifndef WIREDESK_EXTRACT_MOJIBAKE_H_
#define WIREDESK_EXTRACT_MOJIBAKE_H_

#include <string>
#include <string_view>

namespace wiredesk::extract {

std::string RepairMojibake(std::string_view text);

}  // namespace wiredesk::extract

#endif  // WIREDESK_EXTRACT_MOJIBAKE_H_
