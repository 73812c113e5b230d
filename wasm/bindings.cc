// The Embind boundary of the browser module (web/gen/wiredesk-core.js).
//
// JSON text in, JSON text out: the simplest boundary that old Embind handles
// robustly, and the same contract as the CLI (see desk/text_results.h).
// Nothing may throw across it: a C++ exception reaching JS arrives as an
// opaque WebAssembly.Exception with no message, so every entry catches all.

#include <cstdint>
#include <exception>
#include <string>
#include <variant>
#include <vector>

#include <emscripten/bind.h>
#include <emscripten/val.h>

#include "desk/desk.h"
#include "desk/text_results.h"
#include "desk/version.h"
#include "summarize/summary_request.h"
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

<<<<<<< HEAD
// The Desk as a JS class: JSON strings in and out, never a throw.
//   add('{"id","format","content"...}') -> {"id"} | {"error":{"message"}}
//   remove(id) -> {"removed": true|false};  stories() -> {"stories":[...]}
class DeskBinding {
 public:
  std::string add(const std::string& request) {
    try {
      const auto parsed = wiredesk::desk::ParseDocuments(request);
      if (const auto* error = std::get_if<wiredesk::desk::Error>(&parsed)) return ErrorJson(error->message);
      const auto& documents = std::get<wiredesk::desk::ParsedDocuments>(parsed).documents;
      if (documents.size() != 1) return ErrorJson("add expects one document object");
      if (const auto* error = std::get_if<wiredesk::desk::Error>(&documents[0])) return ErrorJson(error->message);
      const auto added = desk_.Add(std::get<wiredesk::desk::Document>(documents[0]));
      if (const auto* error = std::get_if<wiredesk::desk::Error>(&added)) return ErrorJson(error->message);
      return nlohmann::json{{"id", std::get<std::string>(added)}}.dump();
    } catch (const std::exception& e) {
      return ErrorJson(std::string("add failed: ") + e.what());
    } catch (...) {
      return ErrorJson("add failed");
    }
  }
  std::string remove(const std::string& id) {
    try {
      return nlohmann::json{{"removed", desk_.Remove(id)}}.dump();
    } catch (...) {
      return ErrorJson("remove failed");
    }
  }
  std::string stories() {
    try {
      return desk_.StoriesJson().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    } catch (const std::exception& e) {
      return ErrorJson(std::string("stories failed: ") + e.what());
    } catch (...) {
      return ErrorJson("stories failed");
    }
  }

 private:
  wiredesk::desk::Desk desk_;
};
=======
// {"documents": ..., "options": {...}}: see summarize/summary_request.h.
std::string Summarize(const std::string& request) {
  return wiredesk::summarize::RespondSummarize(request);
}
>>>>>>> summarize

std::string Version() { return std::string(wiredesk::kVersion); }

}  // namespace

EMSCRIPTEN_BINDINGS(wiredesk_core) {
  emscripten::function("loadIcuData", &LoadIcuData);
  emscripten::function("extract", &Extract);
  emscripten::function("sentences", &Sentences);
  emscripten::function("tokens", &Tokens);
  emscripten::function("summarize", &Summarize);
  emscripten::function("version", &Version);
  emscripten::class_<DeskBinding>("Desk")
      .constructor<>()
      .function("add", &DeskBinding::add)
      .function("remove", &DeskBinding::remove)
      .function("stories", &DeskBinding::stories);
}
