// Fuzzes the reading of article records (desk/article_record.h), which come
// back from the browser's storage: the input three ways.
//   1. As a whole record: anything damaged must be refused as a value.
//   2. As a record's contents (flags, article, fingerprint, terms, search
//      words) between a valid header and a valid checksum, so that mutations
//      reach every field behind the checksum. A record that decodes must
//      encode to bytes that decode to the same encoding; restored on a desk
//      beside a copy of itself under another id, and listed as stories, it
//      must not crash; nor restored as an index record, then lent its texts.
//   3. As a pack of records (each after its u32 size), restored on a desk,
//      and lent to it as texts.
// Seeds (seeds/record/) are such contents, cut from records of short texts.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <variant>

#include "desk/article_record.h"
#include "desk/desk.h"
#include "desk/desk_requests.h"
#include "desk/version.h"
#include "fuzz_input.h"

namespace {

using wiredesk::desk::ArticleRecord;

// "WDAR", the format, the core's version (a varint size: it is short), the
// contents, then their checksum.
std::string RecordAround(std::string_view contents) {
  std::string record = "WDAR";
  record.push_back(static_cast<char>(wiredesk::desk::kRecordFormat));
  record.push_back(static_cast<char>(wiredesk::kVersion.size()));
  record.append(wiredesk::kVersion);
  record.append(contents);
  const std::uint32_t checksum = wiredesk::desk::RecordChecksum(record);
  for (int i = 0; i < 4; ++i) record.push_back(static_cast<char>(checksum >> (8 * i)));
  return record;
}

void CheckRoundTrip(const ArticleRecord& decoded) {
  const std::string encoded = wiredesk::desk::EncodeRecord(decoded);
  const auto again = wiredesk::desk::DecodeRecord(encoded);
  if (!std::holds_alternative<ArticleRecord>(again) ||
      wiredesk::desk::EncodeRecord(std::get<ArticleRecord>(again)) != encoded) {
    std::abort();  // a record the core wrote that it can't read back as written
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace wiredesk;
  const std::string_view input = fuzz::AsText(data, size);
  (void)desk::DecodeRecord(input);

  const std::string record = RecordAround(input);
  auto decoded = desk::DecodeRecord(record);
  if (auto* made = std::get_if<ArticleRecord>(&decoded)) {
    CheckRoundTrip(*made);
    desk::Desk desk;
    (void)desk.Restore(record);
    made->article.id += "-copy";
    (void)desk.Restore(desk::EncodeRecord(*made));
    (void)desk.StoriesJson().dump();

    desk::Desk bare;
    ArticleRecord index = *made;
    index.texts = false;
    (void)bare.Restore(desk::EncodeRecord(index));
    const std::string full = desk::EncodeRecord(*made);
    std::string pack;
    for (int i = 0; i < 4; ++i) pack.push_back(static_cast<char>(full.size() >> (8 * i)));
    (void)bare.TextsNeeded({made->article.id}, {});
    (void)desk::LendTextsRequest(bare, pack + full);
    (void)desk::ArticleRequest(bare, made->article.id);
    (void)bare.StoriesJson().dump();
  }

  desk::Desk packed;
  (void)desk::RestorePackRequest(packed, input);
  (void)desk::LendTextsRequest(packed, input);
  (void)packed.StoriesJson().dump();
  return 0;
}
