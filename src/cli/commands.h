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

// Every command, in usage order.
const std::vector<Command>& Commands();

}  // namespace wiredesk::cli

#endif  // WIREDESK_CLI_COMMANDS_H_
