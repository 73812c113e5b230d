// compare: two versions of a story side by side (desk/compare_request.h).

#include "cli/commands.h"
#include "compare/comparison_html.h"
#include "desk/compare_request.h"
#include "desk/comparison_json.h"

namespace wiredesk::cli {
namespace {

int RunCompare(Invocation& run) {
  const std::string format = run.Value("format").value_or("json");
  if (format != "json" && format != "html") {
    return run.UsageError("--format must be json or html, not \"" + format + "\"");
  }
  std::vector<Input> documents = run.ReadDocuments();
  if (run.ExitStatus() != 0) return run.ExitStatus();
  if (documents.size() != 2) {
    return run.UsageError("compare takes exactly two documents (the two versions), not " +
                          std::to_string(documents.size()));
  }
  desk::VersionOptions options;
  options.extract = !run.Has("no-extract");
  auto result = desk::CompareDocuments(documents[0].document, documents[1].document, options);
  if (const desk::Error* error = std::get_if<desk::Error>(&result)) {
    const bool left = error->message.rfind("left: ", 0) == 0;
    run.Fail(documents[left ? 0 : 1].origin, error->message.substr(left ? 6 : 7));
    return run.ExitStatus();
  }
  const compare::Comparison& comparison = std::get<compare::Comparison>(result);
  if (format == "html") {
    run.streams().out << compare::ComparisonHtml(comparison);
  } else {
    run.WriteJson(desk::ComparisonJson(comparison));
  }
  return run.ExitStatus();
}

}  // namespace

Command CompareCommand() {
  return {"compare",
          "two versions of a story side by side: aligned sentences, word changes and\n"
          "what kind each is (spacing, punctuation, case, diacritics, number, name, wording)",
          {{"format", "json|html", "json (default) or a standalone side-by-side HTML page"},
           {"no-extract", "", "take each text as the article body as it stands"}},
          RunCompare};
}

}  // namespace wiredesk::cli
