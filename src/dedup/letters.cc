#include "dedup/letters.h"

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>

#include "text/normalize.h"

namespace wiredesk::dedup {
namespace {

bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Code points that are not letters or digits although MatchKey keeps them:
// Latin-1 punctuation and signs, spacing modifiers and combining marks,
// general punctuation, symbols, arrows, box drawing, CJK punctuation,
// variation selectors, specials, emoji.
bool IsNonLetter(std::uint32_t cp) {
  return (cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2B0 && cp <= 0x36F) ||
         (cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
         (cp >= 0xFE00 && cp <= 0xFE6F) || (cp >= 0xFFF0 && cp <= 0xFFFF) || cp >= 0x1F000;
}

// Decodes one code point of well-formed UTF-8 at `i`, advancing `i`.
std::uint32_t Decode(std::string_view s, std::size_t& i) {
  const auto b = static_cast<unsigned char>(s[i]);
  int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
  std::uint32_t cp = extra == 3   ? (b & 0x07u)
                     : extra == 2 ? (b & 0x0Fu)
                     : extra == 1 ? (b & 0x1Fu)
                                  : b;
  ++i;
  while (extra-- > 0 && i < s.size()) cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3Fu);
  return cp;
}

}  // namespace

std::string FoldedLettersOfRun(std::string_view run) {
  const std::string key = text::MatchKey(run);
  std::string out;
  for (std::size_t i = 0; i < key.size();) {
    const auto b = static_cast<unsigned char>(key[i]);
    if (b < 0x80) {
      if (IsAsciiAlnum(b)) out += static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      ++i;
      continue;
    }
    const std::size_t begin = i;
    if (!IsNonLetter(Decode(key, i))) out.append(key, begin, i - begin);
  }
  return out;
}

std::string FoldedLetters(std::string_view text) {
  // A story repeats the same accented syllables; ICU per run would dominate.
  thread_local std::unordered_map<std::string, std::string> cache;
  // ASCII is folded through a table into a buffer sized for the worst case:
  // appending byte by byte to a std::string cost a capacity check per byte.
  static constexpr auto kFold = [] {
    std::array<char, 128> fold{};
    for (int c = '0'; c <= '9'; ++c) fold[c] = '0';
    for (int c = 'a'; c <= 'z'; ++c) fold[c] = static_cast<char>(c);
    for (int c = 'A'; c <= 'Z'; ++c) fold[c] = static_cast<char>(c + 32);
    return fold;
  }();
  std::string out(text.size(), '\0');
  std::size_t length = 0;
  char last = 0;  // the last letter written: reading it back from `out` stalled every byte
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char b = bytes[i];
    if (b < 0x80) {
      const char folded = kFold[b];
      out[length] = folded;
      // A run of digits is one '0': the following digits add nothing.
      const bool keep = folded != 0 && !(folded == '0' && last == '0');
      length += keep;
      last = keep ? folded : last;
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && bytes[end] >= 0x80) ++end;
    const std::string_view run = text.substr(i, end - i);
    i = end;
    const std::string* folded = nullptr;
    std::string uncached;
    if (run.size() > 64) {  // a whole unspaced script: not worth caching
      uncached = FoldedLettersOfRun(run);
      folded = &uncached;
    } else {
      auto found = cache.find(std::string(run));
      if (found == cache.end()) {
        if (cache.size() > 8192) cache.clear();  // bounded: odd scripts can't grow it forever
        found = cache.emplace(std::string(run), FoldedLettersOfRun(run)).first;
      }
      folded = &found->second;
    }
    // Folding may lengthen a run (ß -> ss): grow past the worst case then.
    if (length + folded->size() + (text.size() - i) > out.size())
      out.resize(length + folded->size() + (text.size() - i));
    out.replace(length, folded->size(), *folded);
    length += folded->size();
    if (!folded->empty()) last = folded->back();
  }
  out.resize(length);
  return out;
}

}  // namespace wiredesk::dedup
