#include "cli/inputs.h"

#include <filesystem>
#include <fstream>
#include <system_error>
#include <unordered_set>

#include "text/charset.h"
#include "text/lines.h"

namespace wiredesk::cli {
namespace {

namespace fs = std::filesystem;

Input Error(const Origin& origin, std::string message) {
  return {Input::Kind::kError, origin, {}, std::move(message)};
}

Input Warning(const Origin& origin, std::string message) {
  return {Input::Kind::kWarning, origin, {}, std::move(message)};
}

Input Document(const Origin& origin, desk::Document document) {
  return {Input::Kind::kDocument, origin, std::move(document), {}};
}

std::string LowerExtension(const fs::path& path) {
  std::string extension = path.extension().string();
  for (char& c : extension) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return extension;
}

// Reads `stream` to its end, or stops as soon as it holds more than a
// document may: an endless stream (stdin from /dev/zero) is refused, not
// read until the machine runs out of memory.
std::optional<std::string> ReadCapped(std::istream& stream, std::string* error) {
  // Read in blocks: character-by-character stream iteration costs more than
  // extracting the page.
  std::string bytes;
  char buffer[1 << 16];
  while (stream.read(buffer, sizeof buffer) || stream.gcount() > 0) {
    bytes.append(buffer, static_cast<std::size_t>(stream.gcount()));
    if (bytes.size() > desk::kMaxDocumentBytes) {
      *error = "input is over the limit of " + desk::DescribeSize(desk::kMaxDocumentBytes);
      return std::nullopt;
    }
  }
  if (stream.bad()) {
    *error = "read failed";
    return std::nullopt;
  }
  return bytes;
}

// Reads a whole file, refusing what isn't a readable regular file of a
// sensible size before reading a byte of it.
std::optional<std::string> ReadFile(const std::string& path, std::string* error) {
  std::error_code code;
  const fs::file_status status = fs::status(path, code);
  if (code || !fs::exists(status)) {
    *error = "no such file";
    return std::nullopt;
  }
  if (fs::is_directory(status)) {
    *error = "is a directory, not a file (pass the files in it)";
    return std::nullopt;
  }
  if (fs::is_regular_file(status)) {
    const auto size = fs::file_size(path, code);
    if (!code && size > desk::kMaxDocumentBytes) {
      *error = "file is " + desk::DescribeSize(size) + "; the limit is " +
               desk::DescribeSize(desk::kMaxDocumentBytes);
      return std::nullopt;
    }
  }
  std::ifstream stream(path, std::ios::binary);
  if (!stream) {
    *error = "cannot be read (permission denied?)";
    return std::nullopt;
  }
  return ReadCapped(stream, error);
}

// UTF-16 text (what some editors save, with a byte-order mark) as UTF-8, so
// that it is not taken for binary; other bytes as they are.
std::string FromUtf16(std::string bytes, const Origin& origin, std::vector<Input>* inputs) {
  if (!bytes.starts_with("\xFF\xFE") && !bytes.starts_with("\xFE\xFF")) return bytes;
  text::Decoded decoded = text::DecodeToUtf8(bytes, text::DeclaredCharset(bytes));
  if (!decoded.warning.empty()) inputs->push_back(Warning(origin, decoded.warning));
  return std::move(decoded.text);
}

void AddJson(const Origin& origin, const std::string& bytes, const std::string& default_id,
             std::vector<Input>* inputs) {
  auto parsed = desk::ParseDocuments(bytes, default_id);
  if (const desk::Error* error = std::get_if<desk::Error>(&parsed)) {
    inputs->push_back(Error(origin, error->message));
    return;
  }
  const auto& documents = std::get<desk::ParsedDocuments>(parsed);
  for (const std::string& warning : documents.warnings) inputs->push_back(Warning(origin, warning));
  const bool many = documents.documents.size() != 1;
  for (std::size_t i = 0; i < documents.documents.size(); ++i) {
    Origin at = origin;
    if (many) at.index = i;
    const auto& entry = documents.documents[i];
    if (const desk::Error* error = std::get_if<desk::Error>(&entry)) {
      inputs->push_back(Error(at, error->message));
    } else {
      inputs->push_back(Document(at, std::get<desk::Document>(entry)));
    }
  }
}

void AddJsonLines(const Origin& origin, const std::string& bytes, std::vector<Input>* inputs) {
  std::size_t number = 0;
  for (const text::Line& line : text::SplitLines(bytes)) {
    ++number;
    const text::Line trimmed = text::Trim(bytes, line);
    if (trimmed.begin == trimmed.end) continue;
    Origin at = origin;
    at.line = number;
    if (bytes[trimmed.begin] == '[') {
      inputs->push_back(Error(at, "a .jsonl line must hold one document object, not an array"));
      continue;
    }
    AddJson(at, bytes.substr(trimmed.begin, trimmed.end - trimmed.begin), "", inputs);
  }
}

void AddDocument(const Origin& origin, std::string bytes, std::string id, std::string format,
                 std::vector<Input>* inputs) {
  desk::Document document;
  document.id = std::move(id);
  document.format = format.empty() ? desk::SniffFormat(bytes) : std::move(format);
  // A page's bytes are in the charset it declares; the core reads UTF-8.
  if (document.format == "html") {
    text::Decoded decoded = text::DecodeToUtf8(bytes, text::DeclaredCharset(bytes));
    if (!decoded.warning.empty()) inputs->push_back(Warning(origin, decoded.warning));
    bytes = std::move(decoded.text);
  }
  document.content = std::move(bytes);
  if (document.id.empty()) document.id = desk::ContentId(document.content);
  inputs->push_back(Document(origin, std::move(document)));
}

bool StartsLikeJson(const std::string& bytes) {
  const std::size_t first = bytes.find_first_not_of(" \t\r\n");
  return first != std::string::npos && (bytes[first] == '{' || bytes[first] == '[');
}

// Two inputs under one id ("x.html" and "x.txt") are two documents: the
// later one becomes "x-2" (then "x-3"), as the app names a second copy.
void GiveDistinctIds(std::vector<Input>* inputs) {
  std::unordered_set<std::string> taken;
  for (Input& input : *inputs) {
    if (input.kind != Input::Kind::kDocument) continue;
    std::string& id = input.document.id;
    if (taken.insert(id).second) continue;
    const std::string base = id;
    for (std::size_t n = 2; !taken.insert(id = base + "-" + std::to_string(n)).second;) ++n;
  }
}

}  // namespace

std::vector<Input> ReadInputs(const std::vector<std::string>& paths, std::istream& stdin_stream) {
  std::vector<Input> inputs;
  for (const std::string& path : paths) {
    const Origin origin{path, std::nullopt, std::nullopt};
    std::string error;
    if (path == "-") {
      std::optional<std::string> read = ReadCapped(stdin_stream, &error);
      if (!read) {
        inputs.push_back(Error(origin, error));
        continue;
      }
      std::string bytes = FromUtf16(std::move(*read), origin, &inputs);
      if (StartsLikeJson(bytes)) {
        AddJson(origin, bytes, "", &inputs);
      } else {
        AddDocument(origin, std::move(bytes), "", "", &inputs);
      }
      continue;
    }
    std::optional<std::string> bytes = ReadFile(path, &error);
    if (!bytes) {
      inputs.push_back(Error(origin, error));
      continue;
    }
    bytes = FromUtf16(std::move(*bytes), origin, &inputs);
    const fs::path file(path);
    const std::string extension = LowerExtension(file);
    const std::string stem = file.stem().string();
    if (extension == ".json") {
      AddJson(origin, *bytes, stem, &inputs);
    } else if (extension == ".jsonl") {
      AddJsonLines(origin, *bytes, &inputs);
    } else if (extension == ".html" || extension == ".htm") {
      AddDocument(origin, std::move(*bytes), stem, "html", &inputs);
    } else if (extension == ".txt") {
      AddDocument(origin, std::move(*bytes), stem, "text", &inputs);
    } else {
      AddDocument(origin, std::move(*bytes), stem, "", &inputs);
    }
  }
  GiveDistinctIds(&inputs);
  return inputs;
}

}  // namespace wiredesk::cli
