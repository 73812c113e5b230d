// The framing every JSON answer of Wiredesk shares: how a response is
// written, and what a failure looks like. The CLI, the wasm module and the
// Desk's requests all go through here, so their bytes agree.
//
//   return Dump({{"results", results}});
//   results.push_back(ErrorResult(document.id, "document is empty"));
//   return ErrorJson("malformed JSON");   // the request itself failed
//
// Cheap: one dump of the value given.

#ifndef WIREDESK_DESK_JSON_RESPONSE_H_
#define WIREDESK_DESK_JSON_RESPONSE_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace wiredesk::desk {

// Compact JSON text. Our own JSON is valid UTF-8 by construction; "replace"
// keeps a bug from becoming a crash at the boundary.
inline std::string Dump(const nlohmann::ordered_json& value) {
  return value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

// One item that failed, in a list of results: {"id", "error": {"message"}}.
inline nlohmann::ordered_json ErrorResult(std::string_view id, std::string_view message) {
  return {{"id", id}, {"error", {{"message", message}}}};
}

// A whole request that failed: {"error": {"message"}}, as text.
inline std::string ErrorJson(std::string_view message) {
  return Dump({{"error", {{"message", message}}}});
}

}  // namespace wiredesk::desk

#endif  // WIREDESK_DESK_JSON_RESPONSE_H_
