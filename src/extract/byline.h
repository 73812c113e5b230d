// Bylines: a person's name from the ways pages print it ("By Ann Lee -
// June 12, 2025", "Written by: Ann Lee, Senior Editor"), and the visible
// byline of a page that declares none in its metadata ("Written by" above
// the name, "By <a>Ann Lee</a>" under the headline).
//
// Cost: linear in the text given; VisibleByline reads one text node and at
// most its parent and the parent's next sibling.

#ifndef WIREDESK_EXTRACT_BYLINE_H_
#define WIREDESK_EXTRACT_BYLINE_H_

#include <libxml/tree.h>

#include <string>

namespace wiredesk::extract {

// The name a byline gives: "By Ann Lee" -> "Ann Lee", "Ann Lee, Staff
// Writer" -> "Ann Lee"; "" when the text can't be one (a link, a handle, a
// sentence, a date alone).
std::string AuthorName(std::string text);

// When `text_node` opens a byline ("By ...", "Written by", "Author:"), the
// name it gives, read from its element or, for a label alone on its line,
// from the element after it; "" otherwise, and "" for anything that is not
// written as a name (capitalised words), so "By clicking below you agree"
// gives nothing.
std::string VisibleByline(const xmlNode* text_node);

}  // namespace wiredesk::extract

#endif  // WIREDESK_EXTRACT_BYLINE_H_
