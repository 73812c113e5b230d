// Attribute names that libxml2's HTML parser can take.
//
// Browsers accept any attribute name; libxml2 (2.9 to 2.13) accepts only a
// letter, '_' or ':' first and letters, digits, ':', '-', '_', '.' after.
// On anything else (Alpine.js and Vue write `@click="..."`, Angular
// `(click)`, `[hidden]`, `#ref`, `*ngIf`) it skips the name up to the next
// blank and reads the rest of the quoted value as markup: a `>` in the
// script (`@click="a > b"`) ends the tag early and its code lands in the
// page text, and the element's real attributes are lost.
//
// Cost: one pass over the page; a copy only when a name needs mending.
// Comments and the raw text of <script>, <style> and <textarea> are left
// as written.

#ifndef WIREDESK_EXTRACT_ATTRIBUTE_NAMES_H_
#define WIREDESK_EXTRACT_ATTRIBUTE_NAMES_H_

#include <string>
#include <string_view>

namespace wiredesk::extract {

// Replaces, in `html`, every byte of an attribute name that libxml2 would
// refuse with '_' (so `@click` becomes `_click`, same length). Returns
// false, leaving `html` as it was, when no name needed it.
bool MendAttributeNames(std::string& html);

// True when some start tag of `html` has a name MendAttributeNames would change.
bool HasUnparsableAttributeNames(std::string_view html);

}  // namespace wiredesk::extract

#endif  // WIREDESK_EXTRACT_ATTRIBUTE_NAMES_H_
