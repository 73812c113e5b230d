// The bodies of <script> and <style> elements and long attribute values,
// lifted out of a page before parsing and put back into the tree after.
//
// libxml2 reads raw text and attribute values a character at a time
// (decoding, checking and copying each), and scripts, styles and values
// (class lists, links, SVG paths, data attributes) are most of a page's
// bytes. Each body it would copy unchanged (valid UTF-8 of allowed
// characters) is replaced by its ordinal ("0", "1", ...), each such value
// by DEL and its ordinal; after the parse, the element or attribute holding
// that placeholder as its only text gets the original back, copied once.
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
  std::string html;                      // the page lifted from, "" when nothing was
  std::vector<std::string_view> bodies;  // script and style bodies, in page order
  std::vector<std::string_view> values;  // long attribute values, in page order
};

// Lifts what can be lifted out of `html` (which must outlive the result).
LiftedRawText LiftRawText(std::string_view html);

// Puts what was lifted back into the tree parsed from `lifted.html`. False
// when some placeholder is not where it was left: the tree is then not the
// page's.
bool RestoreRawText(xmlDoc* doc, const LiftedRawText& lifted);

}  // namespace wiredesk::extract

#endif  // WIREDESK_EXTRACT_RAW_TEXT_H_
