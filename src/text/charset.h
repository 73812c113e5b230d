// Decoding a page's bytes to UTF-8 by the charset it declares.
//
// Browsers decode pages with TextDecoder before they reach the core; the CLI
// reads files and does it here, with ICU's converters, so that both see the
// same text. The wasm build's ICU data carries the common single-byte
// charsets (windows-125x, ISO 8859, KOI8); multi-byte legacy charsets
// (Shift_JIS, GBK, Big5, EUC-KR) are not in it and come back as a warning,
// natively too, although the system's ICU could decode them: both targets
// must give the same text.
//
//   Decoded page = DecodeToUtf8(bytes, DeclaredCharset(bytes));
//
// REQUIRES: ICU's data (icu_data.h). Cost: linear in the bytes.

#ifndef WIREDESK_TEXT_CHARSET_H_
#define WIREDESK_TEXT_CHARSET_H_

#include <string>
#include <string_view>

namespace wiredesk::text {

// The charset an HTML or XML document names in its first 4 KB: a byte-order
// mark, <meta charset>, <meta http-equiv="Content-Type" content="...;
// charset=...">, or <?xml encoding="..."?>. Lower case; "" when none.
std::string DeclaredCharset(std::string_view bytes);

struct Decoded {
  std::string text;     // UTF-8 (still to be repaired if the source was)
  std::string warning;  // what was assumed or could not be done; "" if nothing
};

// Converts `bytes` from `charset` to UTF-8. UTF-8 and "" leave the bytes as
// they are, except that undeclared bytes that are not UTF-8 are read as
// windows-1252, as browsers do. A charset ICU can't open leaves the bytes as
// they are, with a warning.
Decoded DecodeToUtf8(std::string_view bytes, std::string_view charset);

}  // namespace wiredesk::text

#endif  // WIREDESK_TEXT_CHARSET_H_
