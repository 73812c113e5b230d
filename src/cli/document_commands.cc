// extract, sentences, tokens: one result per document, in input order.

#include "cli/commands.h"
#include "desk/text_results.h"

namespace wiredesk::cli {
namespace {

int RunPerDocument(Invocation& run, desk::TextAnalysis analysis) {
  return run.WriteEachResult(
      [&](const Input& input) { return desk::Analyze(input.document, analysis); });
}

}  // namespace

Command ExtractCommand() {
  return {"extract",
          "the article of each document: title, byline, dateline, body paragraphs,\n"
          "and what was removed from it and why",
          {},
          [](Invocation& run) { return RunPerDocument(run, desk::ArticleJsonOf); }};
}

Command SentencesCommand() {
  return {"sentences",
          "the sentences of each document, with byte offsets and paragraphs",
          {},
          [](Invocation& run) { return RunPerDocument(run, desk::SentencesOf); }};
}

Command TokensCommand() {
  return {"tokens",
          "the word, number and punctuation tokens of each document",
          {},
          [](Invocation& run) { return RunPerDocument(run, desk::TokensOf); }};
}

}  // namespace wiredesk::cli
