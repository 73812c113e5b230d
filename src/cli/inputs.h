// The CLI's inputs: files and standard input turned into documents.
//
// What a file holds depends on its name:
//   .json   one document object or an array of them (the JSON contract)
//   .jsonl  one document object a line
//   .html, .htm   an HTML page;  .txt  plain text;  anything else: sniffed
//   -       standard input: JSON when it starts with "{" or "[", else a document
// A document's id is the file's name without its extension, unless the
// document carries its own (documents in a JSON array without an id get a
// content hash, so they stay distinct). An id met again ("x.html" and
// "x.txt") is made distinct: "x-2", "x-3", as the app does.
//
// Every failure is an `InputError` naming where it happened; the other files,
// and the other lines or elements of the same file, are still read.

#ifndef WIREDESK_CLI_INPUTS_H_
#define WIREDESK_CLI_INPUTS_H_

#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "desk/document.h"

namespace wiredesk::cli {

// Where in the inputs a document or an error comes from.
struct Origin {
  std::string file;                  // as given on the command line ("-" for stdin)
  std::optional<std::size_t> line;   // 1-based, for .jsonl
  std::optional<std::size_t> index;  // 0-based, for a JSON array
};

// One thing read: a document, an input that gave no document (error), or a
// repair made while reading (warning).
struct Input {
  enum class Kind { kDocument, kError, kWarning };
  Kind kind = Kind::kDocument;
  Origin origin;
  desk::Document document;  // for kDocument
  std::string message;      // for kError and kWarning
};

// Reads every path; the inputs come back in the order they were met.
// `stdin_stream` serves "-".
std::vector<Input> ReadInputs(const std::vector<std::string>& paths, std::istream& stdin_stream);

}  // namespace wiredesk::cli

#endif  // WIREDESK_CLI_INPUTS_H_
