#include "cli/commands.h"

namespace wiredesk::cli {

const std::vector<Command>& Commands() {
  static const std::vector<Command> commands = {
      ExtractCommand(), SentencesCommand(), TokensCommand(), StoriesCommand(),   SummarizeCommand(),
      CompareCommand(), UpdatesCommand(),   SketchCommand(), CanonicalCommand(), RelatedCommand(),
  };
  return commands;
}

}  // namespace wiredesk::cli
