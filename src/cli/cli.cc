#include "cli/cli.h"

#include <map>
#include <new>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <sstream>

#include "cli/command.h"
#include "cli/commands.h"
#include "desk/version.h"

namespace wiredesk::cli {
namespace {

using json = nlohmann::ordered_json;

// Pads `text` with spaces to `width` columns (at least one space after it).
std::string Column(std::string_view text, std::size_t width) {
  std::string padded(text);
  padded.append(text.size() < width ? width - text.size() : 1, ' ');
  return padded;
}

std::string Usage() {
  std::ostringstream usage;
  usage << "usage: wiredesk COMMAND [OPTION...] [--engine native|wasm] FILE...\n\ncommands:\n";
  for (const Command& command : Commands()) {
    usage << "  " << Column(command.name, 12);
    for (char c : command.summary) {
      usage << c;
      if (c == '\n') usage << std::string(14, ' ');
    }
    usage << '\n';
    for (const OptionSpec& option : command.options) {
      std::ostringstream flag;
      flag << "--" << option.name;
      if (!option.value.empty()) flag << ' ' << option.value;
      usage << "      " << Column(flag.str(), 18) << option.help << '\n';
    }
  }
  usage << "\nFILE is .txt, .html/.htm, .json (a document or an array), .jsonl, or - for stdin.\n"
           "Results go to stdout as JSON; errors to stderr as JSON lines. Exit status: 0 when\n"
           "every input gave a result, 1 when some failed, 2 for a usage error.\n"
           "--engine wasm runs the same command through the wasm build (same output).\n";
  return usage.str();
}

int UsageError(std::ostream& err, std::string_view message) {
  err << json{{"error", {{"message", message}, {"usage", "see wiredesk --help"}}}}.dump(
             -1, ' ', false, nlohmann::json::error_handler_t::replace)
      << '\n';
  return 2;
}

const Command* FindCommand(std::string_view name) {
  for (const Command& command : Commands()) {
    if (command.name == name) return &command;
  }
  return nullptr;
}

const OptionSpec* FindOption(const Command& command, std::string_view name) {
  for (const OptionSpec& option : command.options) {
    if (option.name == name) return &option;
  }
  return nullptr;
}

// A command line read against its command's options.
struct Arguments {
  std::string engine;                  // --engine, else the running one
  std::vector<std::string> forwarded;  // what a delegate to the other engine gets
  std::vector<std::string> files;
  std::map<std::string, std::string, std::less<>> options;
};

// Reads one "--name[=value]" (taking the next argument as its value when the
// option needs one); returns the usage error, or "" when it was read.
std::string ReadOption(const std::vector<std::string>& args, std::size_t& i, const Command* command,
                       Arguments& out) {
  const std::string& arg = args[i];
  const std::size_t equals = arg.find('=');
  const std::string name =
      arg.substr(2, equals == std::string::npos ? std::string::npos : equals - 2);
  std::optional<std::string> value;
  if (equals != std::string::npos) value = arg.substr(equals + 1);

  const OptionSpec* spec = command ? FindOption(*command, name) : nullptr;
  const bool takes_value = name == "engine" || (spec && !spec->value.empty());
  if (name != "engine" && spec == nullptr) {
    std::string message = "unknown option \"--";
    message.append(name).append("\"");
    if (command) message.append(" for ").append(command->name);
    return message;
  }
  if (takes_value && !value) {
    if (i + 1 >= args.size()) {
      std::string message = "--";
      message.append(name).append(" needs a value");
      if (name == "engine") message.append(": native or wasm");
      return message;
    }
    value = args[++i];
  }
  if (!takes_value && value) return std::string("--").append(name).append(" takes no value");
  if (name == "engine") {
    out.engine = *value;
    if (out.engine != "native" && out.engine != "wasm") {
      return "unknown engine \"" + out.engine + "\": use native or wasm";
    }
    return "";
  }
  out.forwarded.push_back(std::string("--").append(name));
  if (value) out.forwarded.push_back(*value);
  out.options[name] = value.value_or("");
  return "";
}

// Reads the arguments after the command's name; returns the usage error, or "".
std::string ReadArguments(const std::vector<std::string>& args, const Command* command,
                          Arguments& out) {
  out.forwarded = {args[0]};
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg.size() >= 3 && arg.compare(0, 2, "--") == 0) {
      if (std::string error = ReadOption(args, i, command, out); !error.empty()) return error;
    } else if (arg.size() > 1 && arg[0] == '-') {
      return "unknown option \"" + arg + "\"";
    } else {
      out.files.push_back(arg);
      out.forwarded.push_back(arg);
    }
  }
  return "";
}

}  // namespace

int Main(const std::vector<std::string>& args, std::string_view engine, const Delegate& delegate,
         Streams streams) {
  if (args.empty()) return UsageError(streams.err, "no command given");
  if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    streams.out << Usage();
    return 0;
  }
  if (args[0] == "--version") {
    streams.out << "wiredesk " << kVersion << " (" << engine << ")\n";
    return 0;
  }
  const Command* command = FindCommand(args[0]);
  Arguments arguments{std::string(engine), {}, {}, {}};
  if (std::string error = ReadArguments(args, command, arguments); !error.empty()) {
    return UsageError(streams.err, error);
  }
  if (arguments.engine != engine) {
    if (!delegate) {
      return UsageError(streams.err, "this build can't run the " + arguments.engine + " engine");
    }
    return delegate(arguments.forwarded);
  }
  if (command == nullptr) return UsageError(streams.err, "unknown command \"" + args[0] + "\"");
  if (arguments.files.empty()) return UsageError(streams.err, "no input files (use - for stdin)");

  Invocation invocation(std::move(arguments.options), std::move(arguments.files), streams);
  // A document that runs out of memory fails alone (desk/intake.h); this is
  // for the inputs themselves not fitting (the wasm heap has a ceiling): one
  // line that says so, not an abort.
  try {
    return command->run(invocation);
  } catch (const std::bad_alloc&) {
    streams.err << json{{"error",
                         {{"message",
                           "out of memory: the inputs together are too large; "
                           "pass fewer files at a time"}}}}
                       .dump()
                << '\n';
    return 1;
  }
}

}  // namespace wiredesk::cli
