// One command of the `wiredesk` command line, and what it is handed.
//
// A command is a name, a one-line summary for the usage text, the options it
// takes, and a function that does its work over an `Invocation`:
//
//   int RunStories(Invocation& run) {
//     std::vector<Input> documents = run.ReadDocuments();   // errors reported
//     ... compute ...
//     run.WriteJson(result);
//     return run.ExitStatus();                               // 1 if any input failed
//   }
//   Command StoriesCommand() {
//     return {"stories", "duplicates merged into stories", {}, RunStories};
//   }
//
// Adding a command: a file src/cli/NAME_command.cc defining `NameCommand()`,
// declared in commands.h and listed in commands.cc. Option parsing, usage
// errors, --engine and --help are handled once, in cli.cc.

#ifndef WIREDESK_CLI_COMMAND_H_
#define WIREDESK_CLI_COMMAND_H_

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/cli.h"
#include "cli/inputs.h"

namespace wiredesk::cli {

struct OptionSpec {
  std::string_view name;   // without the leading "--"
  std::string_view value;  // the value's name in the usage text ("K"); empty for a flag
  std::string_view help;
};

// A command's view of its run: options, files, streams, and the failure
// state that becomes the exit status. Not copyable: it owns that state.
class Invocation {
 public:
  Invocation(std::map<std::string, std::string, std::less<>> options,
             std::vector<std::string> files, Streams streams);
  Invocation(const Invocation&) = delete;
  Invocation& operator=(const Invocation&) = delete;

  // True when the option was given (a flag, or an option with a value).
  bool Has(std::string_view option) const;
  // The option's value, when it was given.
  std::optional<std::string> Value(std::string_view option) const;
  // The option's value as a number in [min, max]; a value that is not one is
  // a usage error, reported here (then `usage_error()` is true).
  std::optional<double> Number(std::string_view option, double min, double max);

  const std::vector<std::string>& files() const { return files_; }
  Streams& streams() { return streams_; }

  // Every document of the files, in order (Input::Kind::kDocument only).
  // Inputs that fail are reported to stderr and mark the run failed; repairs
  // are reported as warnings.
  std::vector<Input> ReadDocuments();
  // The same, one document at a time, so that a per-document command reports
  // its own failures in input order among the reading errors.
  void ForEachDocument(const std::function<void(Input& document)>& visit);

  // Reports one failure (a document, a pair...) as a JSON line on stderr:
  // {"error":{"file","line"?,"index"?,"message"}}; the run exits with 1.
  void Fail(const Origin& origin, std::string_view message);
  void Warn(const Origin& origin, std::string_view message);
  // Reports a usage error ({"error":{"message","usage"}}); the run exits with 2.
  int UsageError(std::string_view message);
  bool usage_error() const { return usage_error_; }

  // The result on stdout: indented JSON, bad UTF-8 replaced rather than thrown.
  void WriteJson(const nlohmann::ordered_json& value);

  // For a command with one result a document: writes the array of
  // `result_of(document)` in input order, a result holding "error" reported
  // as that document's failure instead; returns the exit status.
  int WriteEachResult(
      const std::function<nlohmann::ordered_json(const Input& document)>& result_of);

  // 2 after a usage error, 1 when anything failed, else 0.
  int ExitStatus() const { return usage_error_ ? 2 : failed_ ? 1 : 0; }

 private:
  std::map<std::string, std::string, std::less<>> options_;
  std::vector<std::string> files_;
  Streams streams_;
  bool failed_ = false;
  bool usage_error_ = false;
};

struct Command {
  std::string_view name;
  std::string_view summary;  // one line or more for the usage text
  std::vector<OptionSpec> options;
  int (*run)(Invocation& invocation) = nullptr;
};

}  // namespace wiredesk::cli

#endif  // WIREDESK_CLI_COMMAND_H_
