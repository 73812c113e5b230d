// Lines that are page furniture whatever page they stand on: share and
// subscribe prompts, newsletter and cookie notices, advertisement labels,
// "Read more" links, copyright lines. Shared by the HTML and the plain-text
// extractors. Only short lines are judged: a paragraph that mentions a
// newsletter is still a paragraph.

#ifndef WIREDESK_EXTRACT_BOILERPLATE_H_
#define WIREDESK_EXTRACT_BOILERPLATE_H_

#include <string>
#include <string_view>

namespace wiredesk::extract {

// Why `text` is boilerplate ("share or subscribe line", ...), or "".
std::string BoilerplateReason(std::string_view text);

}  // namespace wiredesk::extract

#endif  // WIREDESK_EXTRACT_BOILERPLATE_H_
