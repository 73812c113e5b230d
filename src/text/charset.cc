#include "text/charset.h"

#include <unicode/ucnv.h>

#include <algorithm>
#include <iterator>
#include <memory>
#include <string_view>

#include "text/normalize.h"
#include "text/utf8.h"

namespace wiredesk::text {
namespace {

constexpr std::size_t kPrescan = 4096;

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
         c == ':';
}

// The charset name that starts at `at` in `head`, after optional quotes.
std::string NameAt(const std::string& head, std::size_t at) {
  while (at < head.size() &&
         (head[at] == ' ' || head[at] == '"' || head[at] == '\'' || head[at] == '=')) {
    ++at;
  }
  std::size_t end = at;
  while (end < head.size() && IsNameChar(head[end])) ++end;
  return head.substr(at, end - at);
}

// The table converters the wasm build's ICU data carries (the .cnv items of
// scripts/lib/icu-data.sh: windows-1250..1258, ISO 8859-2..7, 9 and 15,
// KOI8-R and -U, TIS-620), by ICU's canonical names. Natively ICU has every
// table, so a page in Shift_JIS, GBK or Big5 would decode natively and not in
// wasm: both targets accept only these, and the converters compiled into
// ICU's code (UTF-8/16/32, US-ASCII, ISO 8859-1), so they agree. Keep in step
// with icu-data.sh.
constexpr std::string_view kShippedTables[] = {
    "ibm-5346_P100-1998", "ibm-5347_P100-1998", "ibm-5348_P100-1997", "ibm-5349_P100-1998",
    "ibm-5350_P100-1998", "ibm-9447_P100-2002", "ibm-9448_X100-2005", "ibm-9449_P100-2002",
    "ibm-5354_P100-1998", "ibm-912_P100-1995",  "ibm-913_P100-2000",  "ibm-914_P100-1995",
    "ibm-915_P100-1995",  "ibm-1089_P100-1995", "ibm-9005_X110-2007", "ibm-916_P100-1995",
    "ibm-920_P100-1995",  "ibm-923_P100-1998",  "ibm-878_P100-1996",  "ibm-1168_P100-2002",
    "ibm-874_P100-1995"};

bool IsOnBothTargets(const UConverter* converter) {
  switch (ucnv_getType(converter)) {
    case UCNV_UTF8:
    case UCNV_UTF16_BigEndian:
    case UCNV_UTF16_LittleEndian:
    case UCNV_UTF16:
    case UCNV_UTF32_BigEndian:
    case UCNV_UTF32_LittleEndian:
    case UCNV_UTF32:
    case UCNV_US_ASCII:
    case UCNV_LATIN_1:
      return true;
    default:
      break;
  }
  UErrorCode status = U_ZERO_ERROR;
  const char* name = ucnv_getName(converter, &status);
  if (U_FAILURE(status) || name == nullptr) return false;
  return std::find(std::begin(kShippedTables), std::end(kShippedTables), std::string_view(name)) !=
         std::end(kShippedTables);
}

struct ConverterClose {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};

}  // namespace

std::string DeclaredCharset(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) return "utf-8";
  if (bytes.starts_with("\xFF\xFE")) return "utf-16le";
  if (bytes.starts_with("\xFE\xFF")) return "utf-16be";
  const std::string head = LowerAscii(bytes.substr(0, kPrescan));
  if (head.starts_with("<?xml")) {
    const std::size_t end = head.find("?>");
    const std::size_t encoding = head.find("encoding", 0);
    if (encoding != std::string::npos && encoding < end) return NameAt(head, encoding + 8);
  }
  // <meta charset="x"> and <meta http-equiv=... content="text/html; charset=x">
  for (std::size_t meta = head.find("<meta"); meta != std::string::npos;
       meta = head.find("<meta", meta + 5)) {
    const std::size_t end = head.find('>', meta);
    const std::size_t charset = head.find("charset", meta);
    if (charset == std::string::npos || (end != std::string::npos && charset > end)) continue;
    std::string name = NameAt(head, charset + 7);
    if (!name.empty()) return name;
  }
  return "";
}

Decoded DecodeToUtf8(std::string_view bytes, std::string_view charset) {
  const std::string name = LowerAscii(charset);
  if (name.empty() || name == "utf-8" || name == "utf8") {
    if (!name.empty() || IsValidUtf8(bytes)) return {std::string(bytes), ""};
    Decoded guessed = DecodeToUtf8(bytes, "windows-1252");
    if (guessed.warning.empty()) {
      guessed.warning = "no charset declared and the bytes are not UTF-8: read as windows-1252";
    }
    return guessed;
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterClose> converter(ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status) || !converter || !IsOnBothTargets(converter.get())) {
    return {std::string(bytes),
            "charset \"" + name + "\" can't be decoded here; bytes read as UTF-8"};
  }
  // Every byte of a single-byte charset can become at most 3 UTF-8 bytes;
  // multi-byte charsets need less.
  std::string out(bytes.size() * 3 + 4, '\0');
  status = U_ZERO_ERROR;
  UConverter* utf8 = ucnv_open("UTF-8", &status);
  char* target = out.data();
  const char* source = bytes.data();
  ucnv_convertEx(utf8, converter.get(), &target, out.data() + out.size(), &source,
                 bytes.data() + bytes.size(), nullptr, nullptr, nullptr, nullptr, true, true,
                 &status);
  ucnv_close(utf8);
  if (U_FAILURE(status)) {
    return {std::string(bytes), "decoding from \"" + name + "\" failed (" + u_errorName(status) +
                                    "); bytes read as UTF-8"};
  }
  out.resize(static_cast<std::size_t>(target - out.data()));
  return {std::move(out), ""};
}

}  // namespace wiredesk::text
