#include "desk/article_record.h"

#include <cstddef>
#include <utility>

#include "desk/version.h"
#include "text/utf8.h"

namespace wiredesk::desk {
namespace {

constexpr std::string_view kMagic = "WDAR";

std::uint64_t Word(const char* at) {
  std::uint64_t word = 0;
  for (int i = 0; i < 8; ++i)
    word |= static_cast<std::uint64_t>(static_cast<unsigned char>(at[i])) << (8 * i);
  return word;
}

class Writer {
 public:
  void Byte(std::uint8_t value) { out_.push_back(static_cast<char>(value)); }
  void Fixed(std::uint64_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) Byte(static_cast<std::uint8_t>(value >> (8 * i)));
  }
  void Varint(std::uint64_t value) {
    while (value >= 0x80) {
      Byte(static_cast<std::uint8_t>(value | 0x80));
      value >>= 7;
    }
    Byte(static_cast<std::uint8_t>(value));
  }
  void String(std::string_view text) {
    Varint(text.size());
    out_.append(text);
  }
  std::string& out() { return out_; }

 private:
  std::string out_;
};

// Reads what Writer wrote. Past the end or on a malformed value it notes
// why (the first reason) and reads zeros from then on; the caller asks
// `failure()` once at the end. No exceptions: in wasm every call inside a
// try block goes through a JS trampoline, which made decoding several
// times slower.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  void Fail(const char* why) {
    if (failure_ == nullptr) failure_ = why;
    at_ = bytes_.size();
  }
  const char* failure() const { return failure_; }
  std::uint8_t Byte() {
    if (at_ >= bytes_.size()) {
      Fail("it ends early");
      return 0;
    }
    return static_cast<std::uint8_t>(bytes_[at_++]);
  }
  // Each number checks once that its longest form fits, not once a byte:
  // a restore reads about a thousand of them a record.
  std::uint64_t Fixed(int bytes) {
    std::uint64_t value = 0;
    if (Left() >= static_cast<std::size_t>(bytes)) {
      for (int i = 0; i < bytes; ++i) value |= std::uint64_t{Next()} << (8 * i);
      return value;
    }
    for (int i = 0; i < bytes; ++i) value |= static_cast<std::uint64_t>(Byte()) << (8 * i);
    return value;
  }
  std::uint64_t Varint() {
    constexpr std::size_t kLongest = 10;
    std::uint64_t value = 0;
    if (Left() >= kLongest) {
      for (int shift = 0; shift < 64; shift += 7) {
        const std::uint8_t byte = Next();
        value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
        if ((byte & 0x80) == 0) return value;
      }
      Fail("a number is malformed");
      return 0;
    }
    for (int shift = 0; shift < 64; shift += 7) {
      const std::uint8_t byte = Byte();
      value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
      if ((byte & 0x80) == 0) return value;
    }
    Fail("a number is malformed");
    return 0;
  }
  // A count of items each at least one byte long: never more than what is left.
  std::size_t Count() {
    const std::uint64_t count = Varint();
    if (count > bytes_.size() - at_) {
      Fail("a count is past its end");
      return 0;
    }
    return static_cast<std::size_t>(count);
  }
  std::string String() {
    const std::size_t size = Count();
    std::string text(bytes_.substr(at_, size));
    at_ += size;
    if (!text::IsValidUtf8(text)) Fail("a text is not UTF-8");
    return text;
  }
  bool AtEnd() const { return at_ == bytes_.size(); }

 private:
  std::size_t Left() const { return bytes_.size() - at_; }
  // REQUIRES: Left() > 0.
  std::uint8_t Next() { return static_cast<std::uint8_t>(bytes_[at_++]); }

  std::string_view bytes_;
  std::size_t at_ = 0;
  const char* failure_ = nullptr;
};

constexpr std::uint8_t kTextsHeld = 1;

// The article's texts: its paragraphs and removed blocks.
void WriteTexts(Writer& out, const extract::Article& article) {
  out.Varint(article.paragraphs.size());
  for (const extract::Paragraph& paragraph : article.paragraphs) {
    out.Byte(static_cast<std::uint8_t>(paragraph.kind));
    out.String(paragraph.text);
  }
  out.Varint(article.removed.size());
  for (const extract::RemovedBlock& block : article.removed) {
    out.String(block.text);
    out.String(block.reason);
    out.Varint(static_cast<std::uint64_t>(static_cast<std::int64_t>(block.at) + 1));  // -1 -> 0
    out.Byte(block.uncertain ? 1 : 0);
  }
}

void ReadTexts(Reader& in, extract::Article& article) {
  article.paragraphs.resize(in.Count());
  for (extract::Paragraph& paragraph : article.paragraphs) {
    const std::uint8_t kind = in.Byte();
    if (kind > static_cast<std::uint8_t>(extract::Paragraph::Kind::kQuote)) {
      in.Fail("a paragraph kind is unknown");
    }
    paragraph.kind = static_cast<extract::Paragraph::Kind>(kind);
    paragraph.text = in.String();
  }
  article.removed.resize(in.Count());
  for (extract::RemovedBlock& block : article.removed) {
    block.text = in.String();
    block.reason = in.String();
    const std::uint64_t at = in.Varint();
    if (at > article.paragraphs.size() + 1) {
      in.Fail("a removed block's place is past the body");
      return;
    }
    block.at = static_cast<int>(at) - 1;
    block.uncertain = in.Byte() != 0;
  }
}

void WriteArticle(Writer& out, const extract::Article& article, bool texts) {
  for (const std::string* field : {&article.id, &article.title, &article.byline, &article.dateline,
                                   &article.published, &article.lang, &article.url}) {
    out.String(*field);
  }
  if (texts) WriteTexts(out, article);
  out.Varint(article.warnings.size());
  for (const std::string& warning : article.warnings) out.String(warning);
}

extract::Article ReadArticle(Reader& in, bool texts) {
  extract::Article article;
  for (std::string* field : {&article.id, &article.title, &article.byline, &article.dateline,
                             &article.published, &article.lang, &article.url}) {
    *field = in.String();
  }
  if (texts) ReadTexts(in, article);
  article.warnings.resize(in.Count());
  for (std::string& warning : article.warnings) warning = in.String();
  return article;
}

// Sorted values as wrapping differences: small varints, and still exact
// should a list ever come unsorted.
template <typename T>
void WriteDeltas(Writer& out, const std::vector<T>& values) {
  out.Varint(values.size());
  T previous = 0;
  for (const T value : values) {
    out.Varint(static_cast<T>(value - previous));
    previous = value;
  }
}

void WriteFingerprint(Writer& out, const dedup::Fingerprint& fingerprint) {
  out.Fixed(fingerprint.exact, 8);
  out.Varint(fingerprint.letters);
  out.Varint(fingerprint.level);
  WriteDeltas(out, fingerprint.shingles);
  out.Varint(fingerprint.sketch.size());
  for (const std::uint32_t bin : fingerprint.sketch) out.Fixed(bin, 4);
}

dedup::Fingerprint ReadFingerprint(Reader& in) {
  dedup::Fingerprint fingerprint;
  fingerprint.exact = in.Fixed(8);
  fingerprint.letters = static_cast<std::uint32_t>(in.Varint());
  const std::uint64_t level = in.Varint();
  // A sample of at most 2^32 letters never needs 32 levels, and the
  // canonical choice shifts by the level (dedup/canonical.cc).
  if (level >= 32) in.Fail("the sampling level is out of range");
  fingerprint.level = static_cast<std::uint32_t>(level);
  fingerprint.shingles.resize(in.Count());
  std::uint32_t previous = 0;
  for (std::uint32_t& shingle : fingerprint.shingles) {
    shingle = previous + static_cast<std::uint32_t>(in.Varint());
    previous = shingle;
  }
  const std::size_t bins = in.Count();
  if (bins != 0 && bins != dedup::kSketchBins) in.Fail("the sketch has the wrong size");
  if ((bins == 0) != fingerprint.shingles.empty())
    in.Fail("the sketch does not match the shingles");
  if (in.failure() != nullptr) return {};
  fingerprint.sketch.resize(bins);
  for (std::uint32_t& bin : fingerprint.sketch) bin = static_cast<std::uint32_t>(in.Fixed(4));
  return fingerprint;
}

void WriteTerms(Writer& out, const std::vector<dedup::Term>& terms) {
  out.Varint(terms.size());
  std::uint64_t previous = 0;
  for (const dedup::Term& term : terms) {
    out.Varint(term.key - previous);
    out.Varint(term.count);
    previous = term.key;
  }
}

std::vector<dedup::Term> ReadTerms(Reader& in) {
  std::vector<dedup::Term> terms(in.Count());
  std::uint64_t previous = 0;
  for (dedup::Term& term : terms) {
    term.key = previous + in.Varint();
    term.count = static_cast<std::uint32_t>(in.Varint());
    previous = term.key;
  }
  return terms;
}

std::vector<std::uint32_t> ReadWords(Reader& in) {
  std::vector<std::uint32_t> words(in.Count());
  std::uint32_t previous = 0;
  for (std::uint32_t& word : words) {
    word = previous + static_cast<std::uint32_t>(in.Varint());
    previous = word;
  }
  return words;
}

}  // namespace

// Catches a truncated or bit-flipped record (storage damage), which is all
// it is for; records are not a trust boundary. Eight bytes a step (FNV-1a's
// 64-bit multiply, with a shift so high bits reach low ones): byte-wise
// FNV-1a was two thirds of decoding a record (a chain of one multiply a
// byte), this is about a tenth of that.
std::uint32_t RecordChecksum(std::string_view bytes) {
  constexpr std::uint64_t kPrime = 0x100000001b3ULL;
  std::uint64_t hash = 0xcbf29ce484222325ULL ^ bytes.size();
  std::size_t at = 0;
  for (; at + 8 <= bytes.size(); at += 8) {
    hash = (hash ^ Word(bytes.data() + at)) * kPrime;
    hash ^= hash >> 29;
  }
  for (; at < bytes.size(); ++at) hash = (hash ^ static_cast<unsigned char>(bytes[at])) * kPrime;
  hash ^= hash >> 32;
  return static_cast<std::uint32_t>(hash);
}

std::string EncodeRecord(const ArticleRecord& record) {
  Writer out;
  out.out().append(kMagic);
  out.Byte(kRecordFormat);
  out.String(kVersion);
  out.Byte(record.texts ? kTextsHeld : 0);
  WriteArticle(out, record.article, record.texts);
  WriteFingerprint(out, record.fingerprint);
  WriteTerms(out, record.terms);
  WriteDeltas(out, record.search_words);
  out.Fixed(RecordChecksum(out.out()), 4);
  return std::move(out.out());
}

std::variant<ArticleRecord, Error> DecodeRecord(std::string_view bytes) {
  constexpr std::size_t kChecksumBytes = 4;
  if (bytes.size() < kMagic.size() + 1 + kChecksumBytes ||
      bytes.substr(0, kMagic.size()) != kMagic) {
    return Error{"the stored record is damaged (it is not an article record)"};
  }
  const std::string_view body = bytes.substr(0, bytes.size() - kChecksumBytes);
  Reader in(body);
  in.Fixed(static_cast<int>(kMagic.size()));
  // The format first: another format may checksum differently.
  const std::uint8_t format = in.Byte();
  const std::string version = in.String();
  const auto another_version = [&] {
    return Error{"the stored record was made by another version of the core (" + version +
                 ", format " + std::to_string(format) + "; this core is " + std::string(kVersion) +
                 ", format " + std::to_string(kRecordFormat) + ")"};
  };
  if (format != kRecordFormat) return another_version();
  if (Reader(bytes.substr(body.size())).Fixed(kChecksumBytes) != RecordChecksum(body)) {
    return Error{"the stored record is damaged (its checksum does not match)"};
  }
  if (in.failure() == nullptr && version != kVersion) return another_version();
  ArticleRecord record;
  const std::uint8_t flags = in.Byte();
  if ((flags & ~kTextsHeld) != 0) in.Fail("its flags are unknown");
  record.texts = (flags & kTextsHeld) != 0;
  record.article = ReadArticle(in, record.texts);
  record.fingerprint = ReadFingerprint(in);
  record.terms = ReadTerms(in);
  record.search_words = ReadWords(in);
  if (in.failure() == nullptr && !in.AtEnd()) in.Fail("bytes after its end");
  if (in.failure() != nullptr) {
    return Error{std::string("the stored record is damaged (") + in.failure() + ")"};
  }
  return record;
}

}  // namespace wiredesk::desk
