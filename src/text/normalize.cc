#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace wiredesk::text {
namespace {

icu::UnicodeString FromUtf8(std::string_view text) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())));
}

std::string ToUtf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

// Applies `normalizer`, or returns the input unchanged if ICU can't (missing
// data): normalisation is an improvement, never a reason to lose text.
icu::UnicodeString Normalize(const icu::Normalizer2* normalizer, const icu::UnicodeString& text) {
  if (normalizer == nullptr) return text;
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString out = normalizer->normalize(text, status);
  return U_SUCCESS(status) ? out : text;
}

const icu::Normalizer2* NfkcInstance() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
  return U_SUCCESS(status) ? n : nullptr;
}

const icu::Normalizer2* NfkdInstance() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKDInstance(status);
  return U_SUCCESS(status) ? n : nullptr;
}

// Letters that carry a stroke or slash as part of the letter itself, so NFKD
// leaves them whole. Vietnamese "đ" matters most: "Đà Nẵng" = "Da Nang".
UChar32 StrippedLetter(UChar32 c) {
  switch (c) {
    case 0x0111:
      return u'd';  // đ
    case 0x00F8:
      return u'o';  // ø
    case 0x0142:
      return u'l';  // ł
    case 0x0127:
      return u'h';  // ħ
    case 0x0167:
      return u't';  // ŧ
    case 0x0131:
      return u'i';  // dotless ı
    case 0x00F0:
      return u'd';  // ð
    case 0x0180:
      return u'b';  // ƀ
    case 0x01B6:
      return u'z';  // ƶ
    default:
      return c;
  }
}

}  // namespace

std::string Nfkc(std::string_view text) {
  return ToUtf8(Normalize(NfkcInstance(), FromUtf8(text)));
}

std::string FoldCase(std::string_view text) {
  icu::UnicodeString s = FromUtf8(text);
  s.foldCase();
  return ToUtf8(s);
}

std::string MatchKey(std::string_view text) {
  // Fold first so capitals decompose the same way as small letters.
  icu::UnicodeString folded = FromUtf8(text);
  folded.foldCase();
  const icu::UnicodeString decomposed = Normalize(NfkdInstance(), folded);
  icu::UnicodeString key;
  for (std::int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    key.append(StrippedLetter(c));
  }
  return ToUtf8(key);
}

std::string LowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsUpperCase(std::string_view text) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  bool letters = false;
  for (std::int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) continue;
    if (u_islower(c)) return false;
    // Scripts without case (Han, Kana, Thai, Arabic) are never capitals.
    letters = letters || u_isupper(c) || u_istitle(c);
  }
  return letters;
}

std::size_t CodePointCount(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

}  // namespace wiredesk::text
