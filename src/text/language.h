// The language a text is written in, told by CLD2 (Compact Language Detector
// 2, Chromium's detector: naive Bayes over character 4-grams, and over
// Unicode scripts that only one language writes), compiled into both targets.
//
//   DetectLanguage("Hà Nội đang chuẩn bị cho kỳ thi ...")  // "vi"
//   DetectLanguage("ok")                                     // "und"
//   PrimaryLanguage("pt-BR")                                 // "pt"
//
// Codes are BCP 47: CLD2's old codes come back as today's ("iw" as "he",
// "jw" as "jv"), Traditional Chinese as "zh-Hant". When CLD2 is not sure (too
// little text, or a close call between two languages) the answer is "und",
// BCP 47's "undetermined", rather than a guess that would pick the wrong
// stopword list: callers then use signals that need no list.
//
// REQUIRES: well-formed UTF-8. Cost: linear in the text, of which only the
// first 32 KB are read (a few hundred words settle the question).
// Thread-safe: CLD2's tables are constant.

#ifndef WIREDESK_TEXT_LANGUAGE_H_
#define WIREDESK_TEXT_LANGUAGE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wiredesk::text {

// "und" for a text whose language CLD2 cannot tell reliably.
inline constexpr std::string_view kUndetermined = "und";

// The language of `text`, or kUndetermined.
std::string DetectLanguage(std::string_view text);

// The wasm build keeps CLD2's tables (1.0 MB) out of the module, so that the
// page's first load stays small: hand it the bytes of cld2.dat (CLD2's data
// file from scripts/lib/build-cld2.sh, in the layout scripts/lib/pack-cld2.mjs
// writes and language_data_layout.h undoes) before the first DetectLanguage, which
// answers "und" until then. Returns "" on success, else what went wrong.
// Natively the same tables are compiled into CLD2, and this does nothing.
std::string InstallLanguageData(std::vector<std::uint8_t> bytes);

// The primary subtag of a BCP 47 code, lower-cased: "EN-gb" and "en_GB" give
// "en". "" for an empty code.
std::string PrimaryLanguage(std::string_view code);

}  // namespace wiredesk::text

#endif  // WIREDESK_TEXT_LANGUAGE_H_
