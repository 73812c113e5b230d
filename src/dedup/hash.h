// Fixed-width 64-bit hashing for dedup: the same bits on every target.
//
// std::hash can't be used: it differs between compilers, and size_t is 32 bits
// in wasm, so fingerprints would differ between the native and wasm builds.
// The mixer is splitmix64's finaliser (Steele, Lea & Flood 2014): every input
// bit flips about half the output bits, which one-permutation hashing needs
// (its bin is the hash's top bits, its value the low ones).

#ifndef WIREDESK_DEDUP_HASH_H_
#define WIREDESK_DEDUP_HASH_H_

#include <cstdint>
#include <string_view>

namespace wiredesk::dedup {

inline std::uint64_t Mix64(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// FNV-1a over bytes, mixed: for words and whole texts.
inline std::uint64_t HashBytes(std::string_view bytes) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return Mix64(h);
}

}  // namespace wiredesk::dedup

#endif  // WIREDESK_DEDUP_HASH_H_
