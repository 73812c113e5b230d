// stories: the documents merged into stories (desk/desk.h).

#include "cli/commands.h"
#include "desk/desk.h"

namespace wiredesk::cli {
namespace {

int RunStories(Invocation& run) {
  desk::Desk desk;
  run.ForEachDocument([&](const Input& input) {
    const auto added = desk.Add(input.document);
    if (const auto* error = std::get_if<desk::Error>(&added))
      run.Fail(input.origin, error->message);
  });
  run.WriteJson(desk.StoriesJson());
  return run.ExitStatus();
}

}  // namespace

Command StoriesCommand() {
  return {"stories",
          "the documents merged into stories: duplicates and trimmed or damaged copies\n"
          "of one story become its versions, with a canonical version and related stories",
          {},
          RunStories};
}

}  // namespace wiredesk::cli
