// Wiredesk's version, as the CLI and the JS API report it.

#ifndef WIREDESK_DESK_VERSION_H_
#define WIREDESK_DESK_VERSION_H_

#include <string_view>

namespace wiredesk {

inline constexpr std::string_view kVersion = "0.1.0";

}  // namespace wiredesk

#endif  // WIREDESK_DESK_VERSION_H_
