// The CLI's inputs: files and standard input turned into documents.
//
// What a file holds depends on its name:
//   .json   one document object or an array of them (the JSON contract)
//   .jsonl  one document object a line
//   .html, .htm   an HTML page;  .txt  plain text;  anything else: sniffed
//   -       standard input: JSON when it starts with "{" or "[", else a document
// A document's id is the file's name without its extension, unless the
// document carries its own (documents in a JSON array without an id get a
// content hash, so they stay distinct).
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
  std::string file;               // as given on the command line ("-" for stdin)
  std::optional<std::size_t> line;   // 1-based, for .jsonl
  std::optional<std::size_t> index;  // 0-based, for a JSON array
};

struct InputDocument {
  Origin origin;
  desk::Document document;
};

struct InputMessage {
  Origin origin;
  std::string message;
};

struct Inputs {
  std::vector<InputDocument> documents;  // in input order
  std::vector<InputMessage> errors;      // inputs that gave no document
  std::vector<InputMessage> warnings;    // repairs made while reading
};

// Reads every path in order; `stdin_stream` serves "-".
Inputs ReadInputs(const std::vector<std::string>& paths, std::istream& stdin_stream);

}  // namespace wiredesk::cli

#endif  // WIREDESK_CLI_INPUTS_H_
