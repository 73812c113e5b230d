// sketch, canonical, related: the native steps of an archive run (scripts/archive),
// which spreads `stories` over a cluster. Each step is the Desk's own code
// over records a job can shuffle, so the stories come out the same:
//
//   sketch     documents -> one JSON line each: its id, headline and metadata, its
//              fingerprint (dedup/fingerprint.h) with the LSH band keys the Desk files
//              it under (dedup/lsh_index.h), the terms of its body (dedup/related.h)
//              and the body itself (what the canonical choice reads); with --binary,
//              the same as one binary record each (below), what a job parses;
//   canonical  one story a line, {"versions":[{"text","metadata","level","shingles"}]}
//              in the Desk's order -> {"canonical": index} (dedup/canonical.h);
//   related    one story a line, {"terms":[[key,count]...]} in story order ->
//              {"related":[story indices]} (dedup/related.h).
// The job itself (exact copies, candidates, verification, components and
// clustering) is plain bookkeeping over these records.
//
// Cost: sketch is the Desk's Add without the index (extraction, one hash
// pass, a terms pass); canonical and related are linear in their input lines.

#include <cstdint>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "cli/commands.h"
#include "dedup/canonical.h"
#include "dedup/fingerprint.h"
#include "dedup/lsh_index.h"
#include "dedup/related.h"
#include "desk/headline.h"
#include "desk/intake.h"
#include "extract/article.h"

namespace wiredesk::cli {
namespace {

using json = nlohmann::ordered_json;

void WriteLine(Invocation& run, const json& value) {
  run.streams().out << value.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
}

json TermsJson(const std::vector<dedup::Term>& terms) {
  json list = json::array();
  for (const dedup::Term& term : terms) list.push_back(json::array({term.key, term.count}));
  return list;
}

json SketchOf(const Input& input, const extract::Article& article) {
  const dedup::Fingerprint fingerprint = dedup::FingerprintText(extract::MatchText(article));
  std::vector<std::uint32_t> bands;
  if (!fingerprint.empty()) {
    for (std::size_t band = 0; band < dedup::kBands; ++band)
      bands.push_back(dedup::LshIndex::BandTag(fingerprint, band));
  }
  const std::string body = extract::BodyText(article);
  json record = {{"file", input.origin.file}};
  if (input.origin.line) record["line"] = *input.origin.line;
  if (input.origin.index) record["index"] = *input.origin.index;
  record.update(json{{"id", article.id},
                     {"title", article.title},
                     {"headline", desk::IsRealHeadline(article.title)},
                     {"metadata", desk::MetadataScore(article)},
                     {"letters", fingerprint.letters},
                     {"exact", fingerprint.exact},
                     {"level", fingerprint.level},
                     {"shingles", fingerprint.shingles},
                     {"bands", bands},
                     {"terms", TermsJson(dedup::TermsOf(body, article.lang))},
                     {"text", body}});
  return record;
}

void PutU32(std::ostream& out, std::uint32_t value) {
  const char bytes[4] = {static_cast<char>(value), static_cast<char>(value >> 8),
                         static_cast<char>(value >> 16), static_cast<char>(value >> 24)};
  out.write(bytes, sizeof bytes);
}

void PutU32s(std::ostream& out, const std::vector<std::uint32_t>& values) {
  for (const std::uint32_t value : values) PutU32(out, value);
}

// The binary record of --binary, little-endian, so that a job reads the
// numbers without parsing text (about 1.5 KB a 3 KB document, plus its text):
//   u32 line, letters, level; i32 metadata; u32 headline (0 or 1);
//   u32 exact low half, exact high half; u32 shingle count S, band count B
//   (0 or kBands), length M of the JSON that follows the numbers;
//   S u32 shingles, B u32 band keys, then M bytes of JSON
//   {"id","title","terms","text"} (what only the story step reads).
void WriteBinary(Invocation& run, const json& record) {
  std::ostream& out = run.streams().out;
  const auto exact = record["exact"].get<std::uint64_t>();
  const auto shingles = record["shingles"].get<std::vector<std::uint32_t>>();
  const auto bands = record["bands"].get<std::vector<std::uint32_t>>();
  const json rest = {{"id", record["id"]},
                     {"title", record["title"]},
                     {"terms", record["terms"]},
                     {"text", record["text"]}};
  const std::string text = rest.dump(-1, ' ', false, json::error_handler_t::replace);
  PutU32(out, record.value("line", 0U));
  PutU32(out, record["letters"].get<std::uint32_t>());
  PutU32(out, record["level"].get<std::uint32_t>());
  PutU32(out, static_cast<std::uint32_t>(record["metadata"].get<std::int32_t>()));
  PutU32(out, record["headline"].get<bool>() ? 1 : 0);
  PutU32(out, static_cast<std::uint32_t>(exact));
  PutU32(out, static_cast<std::uint32_t>(exact >> 32));
  PutU32(out, static_cast<std::uint32_t>(shingles.size()));
  PutU32(out, static_cast<std::uint32_t>(bands.size()));
  PutU32(out, static_cast<std::uint32_t>(text.size()));
  PutU32s(out, shingles);
  PutU32s(out, bands);
  out << text;
}

int RunSketch(Invocation& run) {
  const bool binary = run.Has("binary");
  run.ForEachDocument([&](const Input& input) {
    const auto article = desk::ArticleOf(input.document);
    if (const auto* error = std::get_if<desk::Error>(&article)) {
      run.Fail(input.origin, error->message);
      return;
    }
    const json record = SketchOf(input, std::get<extract::Article>(article));
    if (binary) {
      WriteBinary(run, record);
    } else {
      WriteLine(run, record);
    }
  });
  return run.ExitStatus();
}

// Calls `visit` with each non-blank line of the files ("-": standard input);
// a line `visit` cannot read (a json::exception) is reported with its file
// and line.
void ForEachLine(Invocation& run, const std::function<void(const std::string& line)>& visit) {
  for (const std::string& file : run.files()) {
    std::ifstream opened;
    if (file != "-") opened.open(file, std::ios::binary);
    std::istream& in = file == "-" ? run.streams().in : opened;
    if (!in) {
      run.Fail({file, std::nullopt, std::nullopt}, "cannot be read");
      continue;
    }
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      try {
        visit(line);
      } catch (const json::exception& error) {
        run.Fail({file, number, std::nullopt}, error.what());
      }
    }
  }
}

json CanonicalOf(const json& story) {
  const json& versions = story.at("versions");
  std::vector<std::string> texts;
  std::vector<dedup::Fingerprint> fingerprints(versions.size());
  for (std::size_t v = 0; v < versions.size(); ++v) {
    texts.push_back(versions[v].at("text").get<std::string>());
    fingerprints[v].level = versions[v].at("level").get<std::uint32_t>();
    fingerprints[v].shingles = versions[v].at("shingles").get<std::vector<std::uint32_t>>();
  }
  std::vector<dedup::VersionText> candidates;
  for (std::size_t v = 0; v < versions.size(); ++v)
    candidates.push_back({texts[v], &fingerprints[v], versions[v].at("metadata").get<int>()});
  if (candidates.empty()) return {{"canonical", nullptr}};
  return {{"canonical", dedup::ChooseCanonical(candidates).version}};
}

int RunCanonical(Invocation& run) {
  ForEachLine(run,
              [&](const std::string& line) { WriteLine(run, CanonicalOf(json::parse(line))); });
  return run.ExitStatus();
}

// Related stories need every story's terms at once (document frequencies,
// candidates). A line that fails still holds its place, with no terms, so
// that the answers stay in step with the stories.
int RunRelated(Invocation& run) {
  std::vector<std::vector<dedup::Term>> terms;
  ForEachLine(run, [&](const std::string& line) {
    terms.emplace_back();
    const json story = json::parse(line);  // kept: a range-for over a temporary's member dangles
    std::vector<dedup::Term> own;
    for (const json& term : story.at("terms"))
      own.push_back({term.at(0).get<std::uint64_t>(), term.at(1).get<std::uint32_t>()});
    terms.back() = std::move(own);
  });
  std::vector<const std::vector<dedup::Term>*> stories;
  for (const auto& own : terms) stories.push_back(&own);
  for (const std::vector<dedup::RelatedStory>& related : dedup::RelatedStories(stories)) {
    json indices = json::array();
    for (const dedup::RelatedStory& other : related) indices.push_back(other.story);
    WriteLine(run, {{"related", std::move(indices)}});
  }
  return run.ExitStatus();
}

}  // namespace

Command SketchCommand() {
  return {"sketch",
          "one JSON line a document for a batch job (scripts/archive): its id, metadata,\n"
          "dedup fingerprint and LSH band keys, related-story terms and body",
          {{"binary", "", "one binary record a document instead (what scripts/archive reads)"}},
          RunSketch};
}

Command CanonicalCommand() {
  return {"canonical",
          "a batch job's step: the canonical version of each story, one JSON line a story",
          {},
          RunCanonical};
}

Command RelatedCommand() {
  return {"related",
          "a batch job's step: the related stories of every story, one JSON line a story",
          {},
          RunRelated};
}

}  // namespace wiredesk::cli
