// The Embind boundary of the browser module (web/gen/wiredesk-core.js).
//
// JSON text in, JSON text out: the simplest boundary that old Embind handles
// robustly, and the same contract as the CLI (see desk/text_results.h).
// Nothing may throw across it: a C++ exception reaching JS arrives as an
// opaque WebAssembly.Exception with no message, so every entry catches all.

#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstdint>
#include <exception>
#include <string>
#include <vector>

#include "desk/compare_request.h"
#include "desk/desk.h"
#include "desk/desk_requests.h"
#include "desk/json_response.h"
#include "desk/summarize_request.h"
#include "desk/text_results.h"
#include "desk/updates_request.h"
#include "desk/version.h"
#include "text/icu_data.h"
#include "text/language.h"

namespace {

using wiredesk::desk::ErrorJson;

// Hands the bytes of a Uint8Array to `install` (ICU's or CLD2's data).
std::string LoadData(const char* name, const emscripten::val& bytes,
                     std::string (*install)(std::vector<std::uint8_t>)) {
  try {
    if (!bytes.instanceof (emscripten::val::global("Uint8Array"))) {
      return ErrorJson(std::string(name) + " expects a Uint8Array");
    }
    std::vector<std::uint8_t> data(bytes["length"].as<std::size_t>());
    // One bulk copy into the wasm heap instead of an element-by-element walk.
    emscripten::val(emscripten::typed_memory_view(data.size(), data.data()))
        .call<void>("set", bytes);
    const std::string error = install(std::move(data));
    return error.empty() ? R"({"ok":true})" : ErrorJson(error);
  } catch (const std::exception& e) {
    return ErrorJson(std::string(name) + " failed: " + e.what());
  } catch (...) {
    return ErrorJson(std::string(name) + " failed");
  }
}

// `bytes` is a Uint8Array holding icudt72l.dat.
std::string LoadIcuData(const emscripten::val& bytes) {
  return LoadData("loadIcuData", bytes, wiredesk::text::InstallIcuData);
}

// `bytes` is a Uint8Array holding cld2.dat, the language detector's tables:
// needed before the first document is extracted (see text/language.h).
std::string LoadLanguageData(const emscripten::val& bytes) {
  return LoadData("loadLanguageData", bytes, wiredesk::text::InstallLanguageData);
}

std::string Extract(const std::string& request) {
  return wiredesk::desk::Respond(request, wiredesk::desk::ArticleJsonOf);
}

std::string Sentences(const std::string& request) {
  return wiredesk::desk::Respond(request, wiredesk::desk::SentencesOf);
}

std::string Tokens(const std::string& request) {
  return wiredesk::desk::Respond(request, wiredesk::desk::TokensOf);
}

// {"documents": ..., "options": {...}}: see desk/summarize_request.h.
std::string Summarize(const std::string& request) {
  return wiredesk::desk::RespondSummarize(request);
}

// {"left": document, "right": document, "extract"?: bool} -> {"results": [comparison]}.
std::string Compare(const std::string& request) { return wiredesk::desk::RespondCompare(request); }

// A Desk for JS: a library of articles merged into stories, with JSON-text
// methods (desk/desk_requests.h). Each returns {"error": {"message"}} rather
// than throwing.
// {"documents": [document, ...]} -> a story's updates (desk/updates_request.h).
std::string Updates(const std::string& request) { return wiredesk::desk::RespondUpdates(request); }

// The bytes of a Uint8Array, in one bulk copy into the wasm heap.
std::string BytesOf(const emscripten::val& array) {
  std::string bytes(array["length"].as<std::size_t>(), '\0');
  emscripten::val(
      emscripten::typed_memory_view(bytes.size(), reinterpret_cast<unsigned char*>(bytes.data())))
      .call<void>("set", array);
  return bytes;
}

// Runs `use` on the bytes of `array`, a Uint8Array holding `what`; a JSON
// error for anything else, or for whatever `use` throws (`name` says which
// call failed).
template <typename Use>
std::string WithBytes(const char* name, const char* what, const emscripten::val& array, Use use) {
  try {
    if (!array.instanceof (emscripten::val::global("Uint8Array"))) {
      return ErrorJson(std::string(name) + " expects a Uint8Array (" + what + ")");
    }
    return use(BytesOf(array));
  } catch (const std::exception& e) {
    return ErrorJson(std::string(name) + " failed: " + e.what());
  } catch (...) {
    return ErrorJson(std::string(name) + " failed");
  }
}

// A copy of `bytes` as a new Uint8Array: a view of the heap would go stale
// when it grows. unsigned char: a Uint8Array, not an Int8Array.
emscripten::val Uint8ArrayOf(const std::string& bytes) {
  return emscripten::val(emscripten::typed_memory_view(
                             bytes.size(), reinterpret_cast<const unsigned char*>(bytes.data())))
      .call<emscripten::val>("slice");
}

class DeskBinding {
 public:
  std::string Add(const std::string& request) { return wiredesk::desk::AddRequest(desk_, request); }
  std::string Remove(const std::string& request) {
    return wiredesk::desk::RemoveRequest(desk_, request);
  }
  std::string Clear() {
    desk_ = wiredesk::desk::Desk();
    return R"({"ok":true})";
  }
  std::string Stories() { return wiredesk::desk::StoriesRequest(desk_); }
  std::string Article(const std::string& id) { return wiredesk::desk::ArticleRequest(desk_, id); }
  std::string Summarize(const std::string& request) {
    return wiredesk::desk::SummarizeRequest(desk_, request);
  }
  std::string Compare(const std::string& request) {
    return wiredesk::desk::CompareRequest(desk_, request);
  }
  std::string Updates(const std::string& request) {
    return wiredesk::desk::UpdatesRequest(desk_, request);
  }
  std::string Search(const std::string& request) {
    return wiredesk::desk::SearchRequest(desk_, request);
  }
  // `bytes`: a Uint8Array from record() -> {"id"} or {"error":{"message"}}
  // (damaged, another core version, an id already on the desk).
  std::string Restore(const emscripten::val& bytes) {
    return WithBytes("restore", "an article record", bytes, [&](const std::string& record) {
      auto restored = desk_.Restore(record);
      if (const auto* error = std::get_if<wiredesk::desk::Error>(&restored)) {
        return ErrorJson(error->message);
      }
      return wiredesk::desk::Dump({{"id", std::get<std::string>(restored)}});
    });
  }
  // `pack`: a Uint8Array of records, each after its size (u32 LE), in the
  // order their articles were added: one call and one copy for thousands of
  // records -> {"restored": [ids], "refused": [{"index","message"}]}.
  std::string RestorePack(const emscripten::val& pack) {
    return WithBytes("restorePack", "article records", pack, [&](const std::string& records) {
      return wiredesk::desk::RestorePackRequest(desk_, records);
    });
  }
  std::string RestoreStories(const std::string& request) {
    return wiredesk::desk::RestoreStoriesRequest(desk_, request);
  }
  std::string TextsNeeded(const std::string& request) {
    return wiredesk::desk::TextsNeededRequest(desk_, request);
  }
  // `pack`: a Uint8Array of full records, each after its size (u32 LE).
  std::string LendTexts(const emscripten::val& pack) {
    return WithBytes("lendTexts", "article records", pack, [&](const std::string& records) {
      return wiredesk::desk::LendTextsRequest(desk_, records);
    });
  }
  std::string ReturnTexts() {
    desk_.ReturnTexts();
    return R"({"ok":true})";
  }
  // The article's record as a new Uint8Array, or {"error":{"message"}}.
  // With `texts` false, its index record (article_record.h).
  emscripten::val Record(const std::string& id, bool texts) {
    return WithRecord(id, [texts](wiredesk::desk::ArticleRecord& record) {
      record.texts = texts;
      return Uint8ArrayOf(wiredesk::desk::EncodeRecord(record));
    });
  }
  // Both records of the article, {index, full} (new Uint8Arrays), from one
  // RecordOf: what a library keeps after an add costs one fingerprint,
  // terms and search words pass, not two. Or {"error":{"message"}}.
  emscripten::val RecordPair(const std::string& id) {
    return WithRecord(id, [](wiredesk::desk::ArticleRecord& record) {
      emscripten::val pair = emscripten::val::object();
      pair.set("full", Uint8ArrayOf(wiredesk::desk::EncodeRecord(record)));
      record.texts = false;
      pair.set("index", Uint8ArrayOf(wiredesk::desk::EncodeRecord(record)));
      return pair;
    });
  }

 private:
  // desk_.RecordOf(id) handed to `encode` (-> a JS value), or
  // {"error":{"message"}}: why there is none, or what `encode` threw.
  template <typename Encode>
  emscripten::val WithRecord(const std::string& id, Encode encode) {
    std::string message;
    try {
      auto record = desk_.RecordOf(id);
      if (auto* made = std::get_if<wiredesk::desk::ArticleRecord>(&record)) return encode(*made);
      message = std::get<wiredesk::desk::Error>(record).message;
    } catch (const std::exception& e) {
      message = std::string("record failed: ") + e.what();
    } catch (...) {
      message = "record failed";
    }
    emscripten::val error = emscripten::val::object();
    error.set("message", message);
    emscripten::val response = emscripten::val::object();
    response.set("error", error);
    return response;
  }

  wiredesk::desk::Desk desk_;
};

std::string Version() { return std::string(wiredesk::kVersion); }

}  // namespace

EMSCRIPTEN_BINDINGS(wiredesk_core) {
  emscripten::function("loadIcuData", &LoadIcuData);
  emscripten::function("loadLanguageData", &LoadLanguageData);
  emscripten::function("extract", &Extract);
  emscripten::function("sentences", &Sentences);
  emscripten::function("tokens", &Tokens);
  emscripten::function("summarize", &Summarize);
  emscripten::function("compare", &Compare);
  emscripten::function("updates", &Updates);
  emscripten::class_<DeskBinding>("Desk")
      .constructor<>()
      .function("add", &DeskBinding::Add)
      .function("remove", &DeskBinding::Remove)
      .function("clear", &DeskBinding::Clear)
      .function("stories", &DeskBinding::Stories)
      .function("article", &DeskBinding::Article)
      .function("summarize", &DeskBinding::Summarize)
      .function("compare", &DeskBinding::Compare)
      .function("updates", &DeskBinding::Updates)
      .function("search", &DeskBinding::Search)
      .function("restore", &DeskBinding::Restore)
      .function("restorePack", &DeskBinding::RestorePack)
      .function("restoreStories", &DeskBinding::RestoreStories)
      .function("textsNeeded", &DeskBinding::TextsNeeded)
      .function("lendTexts", &DeskBinding::LendTexts)
      .function("returnTexts", &DeskBinding::ReturnTexts)
      .function("record", &DeskBinding::Record)
      .function("recordPair", &DeskBinding::RecordPair);
  emscripten::function("version", &Version);
}
