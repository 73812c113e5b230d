// Fixed-width 64-bit hashing: the same bits on every target, so ids,
// fingerprints and tables agree between the native and wasm builds.
//
//   std::uint64_t id = Fnv1a(content);      // raw FNV-1a: a stable content id
//   std::uint64_t key = HashBytes(word);    // mixed: for bins and hash tables
//
// std::hash can't be used: it differs between compilers, and size_t is 32
// bits in wasm. FNV-1a (Fowler, Noll & Vo) is one multiply per byte; its low
// bits mix poorly, so what picks a bin or a table slot goes through Mix64,
// splitmix64's finaliser (Steele, Lea & Flood 2014): every input bit flips
// about half the output bits, which one-permutation hashing needs (its bin is
// the hash's top bits, its value the low ones). Linear in the bytes hashed.

#ifndef WIREDESK_TEXT_HASH_H_
#define WIREDESK_TEXT_HASH_H_

#include <cstdint>
#include <string_view>

namespace wiredesk::text {

// FNV-1a's 64-bit offset basis and prime.
inline constexpr std::uint64_t kFnvBasis = 0xcbf29ce484222325ULL;
inline constexpr std::uint64_t kFnvPrime = 0x100000001b3ULL;

// One more byte into an FNV-1a state, for a hash built as the bytes come
// (a prefix growing by a byte, a byte folded on the way).
inline std::uint64_t FnvAdd(std::uint64_t hash, unsigned char byte) {
  return (hash ^ byte) * kFnvPrime;
}

inline std::uint64_t Fnv1a(std::string_view bytes) {
  std::uint64_t hash = kFnvBasis;
  for (const char c : bytes) hash = FnvAdd(hash, static_cast<unsigned char>(c));
  return hash;
}

inline std::uint64_t Mix64(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// FNV-1a over bytes, mixed: for words and whole texts.
inline std::uint64_t HashBytes(std::string_view bytes) { return Mix64(Fnv1a(bytes)); }

}  // namespace wiredesk::text

#endif  // WIREDESK_TEXT_HASH_H_
