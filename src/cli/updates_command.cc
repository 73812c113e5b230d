// updates: a story's versions in publication order, what each changed, what
// is new, and why they are one story (desk/updates_request.h).

#include "cli/commands.h"
#include "desk/updates_request.h"

namespace wiredesk::cli {
namespace {

int RunUpdates(Invocation& run) {
  std::vector<Input> documents = run.ReadDocuments();
  if (run.ExitStatus() != 0) return run.ExitStatus();
  if (documents.empty()) return run.UsageError("updates takes the versions of one story");
  std::vector<desk::Document> versions;
  for (const Input& input : documents) versions.push_back(input.document);
  desk::VersionOptions options;
  options.extract = !run.Has("no-extract");
  auto result = desk::UpdatesOfDocuments(versions, options);
  if (const desk::Error* error = std::get_if<desk::Error>(&result)) {
    // The message starts with the failing version's id: name its file.
    for (const Input& input : documents) {
      const std::string prefix = input.document.id + ": ";
      if (error->message.rfind(prefix, 0) == 0) {
        run.Fail(input.origin, error->message.substr(prefix.size()));
        return run.ExitStatus();
      }
    }
    run.Fail(documents.front().origin, error->message);
    return run.ExitStatus();
  }
  run.WriteJson(desk::UpdatesJson(std::get<compare::StoryUpdates>(result)));
  return run.ExitStatus();
}

}  // namespace

Command UpdatesCommand() {
  return {"updates",
          "the versions of one story in publication order, each with what it changed\n"
          "against the one before (numbers, names, sentences added, removed, moved), what\n"
          "is new, and why the versions are one story",
          {{"no-extract", "", "take each text as the article body as it stands"}},
          RunUpdates};
}

}  // namespace wiredesk::cli
