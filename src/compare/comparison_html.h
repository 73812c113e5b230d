// A comparison as a standalone HTML page: the two versions side by side,
// aligned rows, changes marked and coloured by class (with the class named in
// a title and a label, since colour must not be the only signal), runs of
// unchanged sentences folded into <details>, light and dark schemes.
//
// Every piece of article text is escaped (& < > " '), so a story holding
// "<script>" shows it as text. The page has no script and loads nothing.
//
//   std::string page = ComparisonHtml(Compare(a, b));

#ifndef WIREDESK_COMPARE_COMPARISON_HTML_H_
#define WIREDESK_COMPARE_COMPARISON_HTML_H_

#include <string>
#include <string_view>

#include "compare/comparison.h"

namespace wiredesk::compare {

std::string ComparisonHtml(const Comparison& comparison);

// `text` with & < > " ' as character references.
std::string EscapeHtml(std::string_view text);

}  // namespace wiredesk::compare

#endif  // WIREDESK_COMPARE_COMPARISON_HTML_H_
