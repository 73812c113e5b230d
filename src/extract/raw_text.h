// The bodies of <script> and <style> elements, lifted out of a page before
// parsing and put back into the tree after.
//
// libxml2 reads raw text a character at a time (decoding, checking and
// copying each), and scripts and styles are often half of a page's bytes.
// Each body it would copy unchanged (valid UTF-8 of allowed characters) is
// replaced by its ordinal ("0", "1", ...); after the parse, the element
// holding that ordinal as its only text gets the body back, copied once.
// The tree is then the one the page itself gives: a body is raw text to its
// end tag whatever it holds, and a placeholder found where it was left
// shows the parser read the element as the scan did. When one is missing
// (the scan read a comment or a tag differently), the page must be parsed
// as written.
//
// Cost: one pass over the page and a copy of what is not lifted; one walk
// of the tree to put the bodies back.

#ifndef WIREDESK_EXTRACT_RAW_TEXT_H_
#define WIREDESK_EXTRACT_RAW_TEXT_H_

#include <libxml/tree.h>

#include <string>
#include <string_view>
#include <vector>

namespace wiredesk::extract {

struct LiftedRawText {
  std::string html;                      // the page with each lifted body an ordinal
  std::vector<std::string_view> bodies;  // views into the page given, in order
};

// Lifts the bodies worth lifting out of `html` (which must outlive the
// result); `bodies` is empty when there are none.
LiftedRawText LiftRawText(std::string_view html);

// Puts the bodies back into the tree parsed from the lifted page. False
// when some placeholder is not where it was left: the tree is then not the
// page's.
bool RestoreRawText(xmlDoc* doc, const std::vector<std::string_view>& bodies);

}  // namespace wiredesk::extract

#endif  // WIREDESK_EXTRACT_RAW_TEXT_H_
