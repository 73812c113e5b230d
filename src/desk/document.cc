#include "desk/document.h"

#include <cmath>
#include <cstdint>
#include <cstdio>

#include "text/hash.h"
#include "text/lines.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace wiredesk::desk {
namespace {

using nlohmann::json;

// Reads an optional string member; a present member of another type is an error.
bool ReadString(const json& object, const char* key, std::string* out, std::string* error) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return true;
  if (!it->is_string()) {
    *error = std::string("\"") + key + "\" must be a string, not " + it->type_name();
    return false;
  }
  *out = it->get<std::string>();
  return true;
}

bool IsHex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// The value of the "\uXXXX" escape at `i`, or -1 if there is none there.
long EscapeAt(std::string_view text, std::size_t i) {
  if (i + 6 > text.size() || text[i] != '\\' || text[i + 1] != 'u') return -1;
  for (std::size_t k = i + 2; k < i + 6; ++k) {
    if (!IsHex(text[k])) return -1;
  }
  return std::stol(std::string(text.substr(i + 2, 4)), nullptr, 16);
}

// Rewrites unpaired surrogate escapes as "\ufffd"; counts them in `*count`.
std::string ReplaceLoneSurrogateEscapes(std::string_view text, std::size_t* count) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] != '\\' || i + 1 >= text.size()) {
      out.push_back(text[i++]);
      continue;
    }
    const long unit = EscapeAt(text, i);
    if (unit < 0) {  // another escape: copy it whole so "\\u" isn't misread
      out.append(text.substr(i, 2));
      i += 2;
      continue;
    }
    const bool high = unit >= 0xD800 && unit <= 0xDBFF;
    const bool low = unit >= 0xDC00 && unit <= 0xDFFF;
    const long next = high ? EscapeAt(text, i + 6) : -1;
    if (high && next >= 0xDC00 && next <= 0xDFFF) {
      out.append(text.substr(i, 12));
      i += 12;
    } else if (high || low) {
      out.append("\\ufffd");
      ++*count;
      i += 6;
    } else {
      out.append(text.substr(i, 6));
      i += 6;
    }
  }
  return out;
}

}  // namespace

std::variant<Document, Error> ParseDocument(const json& value, std::string_view default_id) {
  if (!value.is_object()) {
    return Error{std::string("a document must be a JSON object, not ") + value.type_name()};
  }
  Document document;
  std::string error;
  if (!ReadString(value, "id", &document.id, &error) ||
      !ReadString(value, "source", &document.source, &error) ||
      !ReadString(value, "url", &document.url, &error) ||
      !ReadString(value, "published", &document.published, &error) ||
      !ReadString(value, "lang", &document.lang, &error) ||
      !ReadString(value, "format", &document.format, &error) ||
      !ReadString(value, "content", &document.content, &error)) {
    return Error{error};
  }
  if (!value.contains("content")) return Error{"a document needs \"content\""};
  if (!document.format.empty() && document.format != "html" && document.format != "text") {
    return Error{"\"format\" must be \"html\" or \"text\", not \"" + document.format + "\""};
  }
  if (document.id.empty()) {
    document.id = default_id.empty() ? ContentId(document.content) : std::string(default_id);
  }
  if (document.format.empty()) document.format = SniffFormat(document.content);
  return document;
}

std::variant<ParsedDocuments, Error> ParseDocuments(std::string_view json_text,
                                                    std::string_view default_id) {
  ParsedDocuments parsed;
  std::size_t lone_surrogates = 0;
  const std::string repaired = ReplaceLoneSurrogateEscapes(json_text, &lone_surrogates);
  if (lone_surrogates > 0) {
    parsed.warnings.push_back(std::to_string(lone_surrogates) + " unpaired UTF-16 surrogate" +
                              (lone_surrogates == 1 ? "" : "s") +
                              " in the JSON replaced with U+FFFD");
  }
  json value;
  try {
    value = json::parse(repaired);
  } catch (const json::exception& e) {
    return Error{std::string("malformed JSON: ") + e.what()};
  }
  if (value.is_array()) {
    for (const json& element : value) parsed.documents.push_back(ParseDocument(element));
  } else {
    parsed.documents.push_back(ParseDocument(value, default_id));
  }
  return parsed;
}

std::string ContentId(std::string_view content) {
  const std::uint64_t hash = text::Fnv1a(content);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return hex;
}

std::string SniffFormat(std::string_view content) {
  const std::size_t first = content.find_first_not_of(" \t\r\n\f\v\xEF\xBB\xBF");
  if (first != std::string_view::npos && content[first] == '<') return "html";
  const std::string head = text::LowerAscii(content.substr(0, 2048));
  for (const char* tag : {"<html", "<body", "<p>", "<p ", "<div", "<article"}) {
    if (head.find(tag) != std::string::npos) return "html";
  }
  return "text";
}

std::variant<PreparedText, Error> PrepareContent(std::string_view content) {
  if (content.size() > kMaxDocumentBytes) {
    return Error{"document is " + DescribeSize(content.size()) + "; the limit is " +
                 DescribeSize(kMaxDocumentBytes)};
  }
  if (text::LooksBinary(content)) {
    return Error{"content looks binary (NUL bytes or control characters), not text"};
  }
  text::Utf8Repair repaired = text::RepairUtf8(content);
  if (text::IsBlank(repaired.text)) return Error{"document is empty"};
  PreparedText prepared{std::move(repaired.text), {}};
  if (repaired.replaced > 0) {
    prepared.warnings.push_back(std::to_string(repaired.replaced) + " invalid UTF-8 sequence" +
                                (repaired.replaced == 1 ? "" : "s") + " replaced with U+FFFD");
  }
  return prepared;
}

std::string DescribeSize(std::size_t bytes) {
  char buffer[32];
  if (bytes >= (1u << 20)) {
    // Rounded up, so that a size just over a limit never reads as the limit.
    const double tenths = std::ceil(static_cast<double>(bytes) * 10 / (1u << 20));
    std::snprintf(buffer, sizeof buffer, "%.1f MB", tenths / 10);
  } else if (bytes >= (1u << 10)) {
    std::snprintf(buffer, sizeof buffer, "%zu KB", bytes >> 10);
  } else {
    std::snprintf(buffer, sizeof buffer, "%zu bytes", bytes);
  }
  return buffer;
}

}  // namespace wiredesk::desk
