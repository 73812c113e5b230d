// The commands of the `wiredesk` command line, in the order the usage lists them.

#ifndef WIREDESK_CLI_COMMANDS_H_
#define WIREDESK_CLI_COMMANDS_H_

#include <vector>

#include "cli/command.h"

namespace wiredesk::cli {

// Per-document text stages (document_commands.cc).
Command ExtractCommand();
Command SentencesCommand();
Command TokensCommand();
Command StoriesCommand();

// Key sentences and keywords (summarize_command.cc).
Command SummarizeCommand();

// Two versions of a story side by side (compare_command.cc).
Command CompareCommand();

// A story's versions over time (updates_command.cc).
Command UpdatesCommand();

// The native steps of a batch job over an archive (archive_commands.cc).
Command SketchCommand();
Command CanonicalCommand();
Command RelatedCommand();

// Every command, in usage order.
const std::vector<Command>& Commands();

}  // namespace wiredesk::cli

#endif  // WIREDESK_CLI_COMMANDS_H_
