// A document as it enters Wiredesk, and the checks every document passes.
//
// The JSON shape is the contract the CLI, the JS API and the tests share:
//   {"id", "source", "url", "published", "lang", "format": "html"|"text", "content"}
// Only "content" is required; "lang" (BCP 47) is the language the sender
// declares, and otherwise extraction finds it. "id" defaults to a hash of the content and
// "format" is sniffed from the content when absent.
//
//   auto parsed = ParseDocument(json);            // shape errors as values
//   auto text = PrepareContent(document.content); // size, binary, UTF-8 repair
//
// Errors are values (`Error`), never exceptions, so one bad document in a
// batch costs only itself.

#ifndef WIREDESK_DESK_DOCUMENT_H_
#define WIREDESK_DESK_DOCUMENT_H_

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace wiredesk::desk {

struct Error {
  std::string message;
};

struct Document {
  std::string id;
  std::string source;
  std::string url;
  std::string published;
  std::string lang;    // BCP 47, "" when not declared
  std::string format;  // "html" or "text"
  std::string content;
};

// Largest document accepted. The longest news pages are a few MB with all
// their markup; past this it is a data dump, not an article, and would make
// the browser tab stall.
inline constexpr std::size_t kMaxDocumentBytes = 32u << 20;

// Reads one document object. A missing id becomes `default_id`, or the
// content's hash when that is empty; a missing format is sniffed.
std::variant<Document, Error> ParseDocument(const nlohmann::json& value,
                                            std::string_view default_id = {});

struct ParsedDocuments {
  std::vector<std::variant<Document, Error>> documents;
  std::vector<std::string> warnings;  // repairs made to the JSON text
};

// The documents of a JSON text: one object or an array of objects. A shape
// error in one element of an array becomes that element's Error; malformed
// JSON as a whole gives a single Error. Lone UTF-16 surrogate escapes
// ("\ud800" without its pair, which JavaScript strings can hold) become
// U+FFFD with a warning rather than failing the whole batch.
// A lone object without an id takes `default_id` (see ParseDocument).
std::variant<ParsedDocuments, Error> ParseDocuments(std::string_view json_text,
                                                    std::string_view default_id = {});

// A stable id for content without one: 16 hex digits of its FNV-1a hash.
std::string ContentId(std::string_view content);

// "html" when the content looks like markup (starts with "<" after space, or
// holds an <html>, <body>, <p> or <div> tag early), else "text".
std::string SniffFormat(std::string_view content);

// Content ready for the text stages: well-formed UTF-8, with what was
// repaired said in `warnings`.
struct PreparedText {
  std::string text;
  std::vector<std::string> warnings;
};

// Refuses content that is over kMaxDocumentBytes, binary, or blank; repairs
// invalid UTF-8 (each bad sequence becomes U+FFFD, counted in a warning).
std::variant<PreparedText, Error> PrepareContent(std::string_view content);

// "50.0 MB", "312 KB", "17 bytes": sizes as messages show them.
std::string DescribeSize(std::size_t bytes);

}  // namespace wiredesk::desk

#endif  // WIREDESK_DESK_DOCUMENT_H_
