#include "cli/cli.h"

#include <istream>
#include <ostream>

#include <nlohmann/json.hpp>

#include "cli/inputs.h"
#include "desk/text_results.h"
#include "desk/version.h"

namespace wiredesk::cli {
namespace {

using json = nlohmann::ordered_json;

constexpr std::string_view kUsage =
    "usage: wiredesk COMMAND [--engine native|wasm] FILE...\n"
    "\n"
    "commands:\n"
    "  extract     the article of each document: title, byline, dateline, body paragraphs,\n"
    "              and what was removed from it and why\n"
    "  sentences   the sentences of each document, with byte offsets and paragraphs\n"
    "  tokens      the word, number and punctuation tokens of each document\n"
    "\n"
    "FILE is .txt, .html/.htm, .json (a document or an array), .jsonl, or - for stdin.\n"
    "Results go to stdout as a JSON array; errors to stderr as JSON lines.\n";

json Located(const Origin& origin, std::string_view message) {
  json located = {{"file", origin.file}};
  if (origin.line) located["line"] = *origin.line;
  if (origin.index) located["index"] = *origin.index;
  located["message"] = message;
  return located;
}

void Report(std::ostream& err, std::string_view kind, const Origin& origin,
            std::string_view message) {
  err << json{{kind, Located(origin, message)}}.dump() << '\n';
}

int UsageError(std::ostream& err, std::string_view message) {
  err << json{{"error", {{"message", message}, {"usage", kUsage}}}}.dump() << '\n';
  return 2;
}

desk::TextAnalysis AnalysisFor(std::string_view command) {
  if (command == "extract") return desk::ArticleOf;
  if (command == "sentences") return desk::SentencesOf;
  if (command == "tokens") return desk::TokensOf;
  return nullptr;
}

}  // namespace

int Main(const std::vector<std::string>& args, std::string_view engine, const Delegate& delegate,
         Streams streams) {
  if (args.empty()) return UsageError(streams.err, "no command given");
  if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    streams.out << kUsage;
    return 0;
  }
  if (args[0] == "--version") {
    streams.out << "wiredesk " << kVersion << " (" << engine << ")\n";
    return 0;
  }

  std::string wanted_engine(engine);
  std::vector<std::string> forwarded;
  std::vector<std::string> files;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--engine" || arg.rfind("--engine=", 0) == 0) {
      if (arg == "--engine" && i + 1 >= args.size()) {
        return UsageError(streams.err, "--engine needs a value: native or wasm");
      }
      wanted_engine = arg == "--engine" ? args[++i] : arg.substr(9);
      if (wanted_engine != "native" && wanted_engine != "wasm") {
        return UsageError(streams.err, "unknown engine \"" + wanted_engine + "\": use native or wasm");
      }
      continue;
    }
    forwarded.push_back(arg);
    if (i > 0) {
      if (arg.size() > 1 && arg[0] == '-') {
        return UsageError(streams.err, "unknown option \"" + arg + "\"");
      }
      files.push_back(arg);
    }
  }
  if (wanted_engine != engine) {
    if (!delegate) {
      return UsageError(streams.err, "this build can't run the " + wanted_engine + " engine");
    }
    return delegate(forwarded);
  }

  const desk::TextAnalysis analysis = AnalysisFor(args[0]);
  if (analysis == nullptr) return UsageError(streams.err, "unknown command \"" + args[0] + "\"");
  if (files.empty()) return UsageError(streams.err, "no input files (use - for stdin)");

  bool failed = false;
  json results = json::array();
  for (const Input& input : ReadInputs(files, streams.in)) {
    if (input.kind == Input::Kind::kWarning) {
      Report(streams.err, "warning", input.origin, input.message);
      continue;
    }
    if (input.kind == Input::Kind::kError) {
      Report(streams.err, "error", input.origin, input.message);
      failed = true;
      continue;
    }
    json result = desk::Analyze(input.document, analysis);
    if (const auto error = result.find("error"); error != result.end()) {
      Report(streams.err, "error", input.origin, (*error)["message"].get<std::string>());
      failed = true;
      continue;
    }
    results.push_back(std::move(result));
  }
  streams.out << results.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
  return failed ? 1 : 0;
}

}  // namespace wiredesk::cli
