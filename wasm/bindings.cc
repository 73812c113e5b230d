// The Embind boundary of the browser module (web/gen/wiredesk-core.js).
//
// JSON text in, JSON text out: the simplest boundary that old Embind handles
// robustly, and the same contract as the CLI (see desk/text_results.h).
// Nothing may throw across it: a C++ exception reaching JS arrives as an
// opaque WebAssembly.Exception with no message, so every entry catches all.

#include <cstdint>
#include <exception>
#include <string>
#include <vector>

#include <emscripten/bind.h>
#include <emscripten/val.h>

#include "compare/versions.h"
#include "desk/text_results.h"
#include "desk/version.h"
#include "text/icu_data.h"

namespace {

std::string ErrorJson(const std::string& message) {
  return nlohmann::json{{"error", {{"message", message}}}}.dump();
}

// `bytes` is a Uint8Array holding icudt72l.dat.
std::string LoadIcuData(const emscripten::val& bytes) {
  try {
    if (!bytes.instanceof(emscripten::val::global("Uint8Array"))) {
      return ErrorJson("loadIcuData expects a Uint8Array");
    }
    std::vector<std::uint8_t> data(bytes["length"].as<std::size_t>());
    // One bulk copy into the wasm heap instead of an element-by-element walk.
    emscripten::val(emscripten::typed_memory_view(data.size(), data.data())).call<void>("set", bytes);
    const std::string error = wiredesk::text::InstallIcuData(std::move(data));
    return error.empty() ? R"({"ok":true})" : ErrorJson(error);
  } catch (const std::exception& e) {
    return ErrorJson(std::string("loadIcuData failed: ") + e.what());
  } catch (...) {
    return ErrorJson("loadIcuData failed");
  }
}

std::string Extract(const std::string& request) {
  return wiredesk::desk::Respond(request, wiredesk::desk::ArticleOf);
}

std::string Sentences(const std::string& request) {
  return wiredesk::desk::Respond(request, wiredesk::desk::SentencesOf);
}

std::string Tokens(const std::string& request) {
  return wiredesk::desk::Respond(request, wiredesk::desk::TokensOf);
}

// {"left": document, "right": document, "extract"?: bool} -> {"results": [comparison]}.
std::string Compare(const std::string& request) { return wiredesk::compare::RespondCompare(request); }

std::string Version() { return std::string(wiredesk::kVersion); }

}  // namespace

EMSCRIPTEN_BINDINGS(wiredesk_core) {
  emscripten::function("loadIcuData", &LoadIcuData);
  emscripten::function("extract", &Extract);
  emscripten::function("sentences", &Sentences);
  emscripten::function("tokens", &Tokens);
  emscripten::function("compare", &Compare);
  emscripten::function("version", &Version);
}
