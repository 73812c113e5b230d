#include "text/hash.h"

#include <catch2/catch.hpp>
#include <string_view>

using wiredesk::text::Fnv1a;
using wiredesk::text::FnvAdd;
using wiredesk::text::HashBytes;
using wiredesk::text::kFnvBasis;
using wiredesk::text::Mix64;

TEST_CASE("FNV-1a gives the published 64-bit values, so ids match everywhere") {
  // Test vectors from Fowler, Noll & Vo's reference (fnv_test.c).
  CHECK(Fnv1a("") == 0xcbf29ce484222325ULL);
  CHECK(Fnv1a("a") == 0xaf63dc4c8601ec8cULL);
  CHECK(Fnv1a("foobar") == 0x85944171f73967e8ULL);
}

TEST_CASE("a hash built a byte at a time equals the hash of the whole") {
  const std::string_view word = "Interpol";
  std::uint64_t hash = kFnvBasis;
  for (const char c : word) hash = FnvAdd(hash, static_cast<unsigned char>(c));
  CHECK(hash == Fnv1a(word));
  CHECK(HashBytes(word) == Mix64(Fnv1a(word)));
  CHECK(HashBytes("Interpol") != HashBytes("interpol"));
}
