#include "cli/command.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <ostream>
#include <sstream>

namespace wiredesk::cli {
namespace {

using json = nlohmann::ordered_json;

json Located(const Origin& origin, std::string_view message) {
  json located = {{"file", origin.file}};
  if (origin.line) located["line"] = *origin.line;
  if (origin.index) located["index"] = *origin.index;
  located["message"] = message;
  return located;
}

// File names and parser messages can carry any bytes: invalid UTF-8 becomes
// U+FFFD instead of an exception that would end the whole batch.
std::string Line(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

Invocation::Invocation(std::map<std::string, std::string, std::less<>> options,
                       std::vector<std::string> files, Streams streams)
    : options_(std::move(options)), files_(std::move(files)), streams_(streams) {}

bool Invocation::Has(std::string_view option) const {
  return options_.find(option) != options_.end();
}

std::optional<std::string> Invocation::Value(std::string_view option) const {
  const auto found = options_.find(option);
  if (found == options_.end()) return std::nullopt;
  return found->second;
}

std::optional<double> Invocation::Number(std::string_view option, double min, double max) {
  const std::optional<std::string> value = Value(option);
  if (!value) return std::nullopt;
  errno = 0;
  char* end = nullptr;
  const double number = std::strtod(value->c_str(), &end);
  if (value->empty() || end != value->c_str() + value->size() || errno != 0 ||
      !std::isfinite(number) || number < min || number > max) {
    std::ostringstream range;
    range << "--" << option << " takes a number from " << min << " to " << max << ", not \""
          << *value << "\"";
    UsageError(range.str());
    return std::nullopt;
  }
  return number;
}

std::vector<Input> Invocation::ReadDocuments() {
  std::vector<Input> documents;
  ForEachDocument([&](Input& document) { documents.push_back(std::move(document)); });
  return documents;
}

void Invocation::ForEachDocument(const std::function<void(Input& document)>& visit) {
  for (Input& input : ReadInputs(files_, streams_.in)) {
    switch (input.kind) {
      case Input::Kind::kWarning:
        Warn(input.origin, input.message);
        break;
      case Input::Kind::kError:
        Fail(input.origin, input.message);
        break;
      case Input::Kind::kDocument:
        visit(input);
        break;
    }
  }
}

void Invocation::Fail(const Origin& origin, std::string_view message) {
  failed_ = true;
  streams_.err << Line(json{{"error", Located(origin, message)}}) << '\n';
}

void Invocation::Warn(const Origin& origin, std::string_view message) {
  streams_.err << Line(json{{"warning", Located(origin, message)}}) << '\n';
}

int Invocation::UsageError(std::string_view message) {
  usage_error_ = true;
  streams_.err << Line(json{{"error", {{"message", message}, {"usage", "see wiredesk --help"}}}})
               << '\n';
  return 2;
}

int Invocation::WriteEachResult(const std::function<json(const Input& document)>& result_of) {
  json results = json::array();
  ForEachDocument([&](const Input& input) {
    json result = result_of(input);
    if (const auto error = result.find("error"); error != result.end()) {
      Fail(input.origin, (*error)["message"].get<std::string>());
      return;
    }
    results.push_back(std::move(result));
  });
  WriteJson(results);
  return ExitStatus();
}

void Invocation::WriteJson(const json& value) {
  streams_.out << value.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace wiredesk::cli
