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
  nlohmann::ordered_json stories = desk.StoriesJson();
  if (run.Has("linked-by")) {
    for (auto& story : stories["stories"]) {
      if (story["related"].empty()) continue;
      auto& linked_by = story["linked_by"] = nlohmann::ordered_json::array();
      for (const desk::RelatedLink& link : desk.RelatedOf(story["id"].get<std::string>()))
        linked_by.push_back({{"id", link.story}, {"terms", link.terms}});
    }
  }
  run.WriteJson(stories);
  return run.ExitStatus();
}

}  // namespace

Command StoriesCommand() {
  return {"stories",
          "the documents merged into stories: duplicates and trimmed or damaged copies\n"
          "of one story become its versions, with a canonical version and related stories",
          {{"linked-by", "",
            "with each story that has related stories, what links each: the names and\n"
            "word pairs they share that weigh most (\"linked_by\": [{\"id\",\"terms\"}])"}},
          RunStories};
}

}  // namespace wiredesk::cli
