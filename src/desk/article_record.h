// An article record: what the Desk computed for one article, kept so that a
// library can be reopened without extracting or fingerprinting anything again.
//
//   std::string record = EncodeRecord({article, fingerprint, terms, words});
//   auto decoded = DecodeRecord(record);   // the same four, or an Error
//
// A record holds the extracted Article (metadata, paragraphs, removed
// blocks, warnings), its dedup Fingerprint with the MinHash sketch (the LSH
// index files articles by it), the TF-IDF terms of its body (what related
// stories are linked by, dedup/related.h) and its search words
// (text/search_words.h): everything Desk::Restore needs to file the article
// as Desk::Add would, with no ICU pass at all.
//
// An *index record* (`texts` false) leaves out the article's paragraphs and
// removed blocks, its texts: what a desk needs to list, cluster and search
// a library whose texts stay in storage, lent to it when read
// (Desk::LendTexts). The full record of the same article restores the same
// story; it is about 3 KB larger for a 3 KB article.
//
// Format (version kRecordFormat), little-endian on every target so native
// and wasm read each other's records:
//   "WDAR", u8 format, string core version, u8 flags (1: texts held),
//   the Article's strings and lists (paragraphs and removed blocks only
//   with texts), the fingerprint (shingles and term keys
//   as wrapping deltas in LEB128 varints: sorted, so mostly 2-3 bytes), the
//   sketch as 128 u32, the terms, the search words (sorted hashes as
//   deltas), then a u32 checksum of everything before it (FNV-1a's
//   multiply over 8-byte words; format 2 hashed byte by byte).
// A 3 KB article gives a record of about 6 KB: its text, 1 KB of shingles,
// 512 bytes of sketch, up to 1 KB of terms and about 1 KB of search words.
//
// A record from another core version (kVersion) or format is refused: what
// extraction and dedup compute changes between versions, and a desk mixing
// both would no longer give the stories a rebuild gives. A damaged record
// (checksum, truncation, ill-formed UTF-8) is refused too. The caller then
// adds the document again.
//
// Cost: linear in the record's size. Thread-safe (no state).

#ifndef WIREDESK_DESK_ARTICLE_RECORD_H_
#define WIREDESK_DESK_ARTICLE_RECORD_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "dedup/fingerprint.h"
#include "dedup/related.h"
#include "desk/document.h"
#include "extract/article.h"

namespace wiredesk::desk {

inline constexpr std::uint8_t kRecordFormat = 3;

struct ArticleRecord {
  extract::Article article;
  dedup::Fingerprint fingerprint;  // of extract::MatchText(article), with its sketch
  std::vector<dedup::Term> terms;  // dedup::TermsOf(extract::BodyText(article), article.lang)
  // text::SearchWords(article.title + "\n" + extract::BodyText(article))
  std::vector<std::uint32_t> search_words;
  // False for an index record: `article` without paragraphs and removed blocks.
  bool texts = true;
};

// Leaves the article's paragraphs and removed blocks out when `record.texts` is false.
std::string EncodeRecord(const ArticleRecord& record);

// The record, or why it was refused: "damaged (...)" or "made by another
// version of the core (...)".
std::variant<ArticleRecord, Error> DecodeRecord(std::string_view bytes);

// The checksum a record ends with, of the bytes before it.
std::uint32_t RecordChecksum(std::string_view bytes);

}  // namespace wiredesk::desk

#endif  // WIREDESK_DESK_ARTICLE_RECORD_H_
