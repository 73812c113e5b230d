// The headline of a web page copied as text, found where it stands: just
// above the article. A step of ExtractPlainText (plain_text.h), after the
// article's run is known.
//
// A pasted article opens with its headline, which TakeHeadline takes at the
// top. A whole page saved as text (a browser's "Save as text", `w3m -dump`)
// opens with the site's menus, sign-in lines and name instead, and its
// headline stands a few lines above the article, among bylines, dates and
// share buttons. So the headline is the line near the top of the run that
// reads like one and whose words the article takes up: a headline's words
// recur in the story it heads, a menu item's or a site name's mostly do not.
//
//   Page: "Sign In" / "Menu" / "Councils vote to repair the old bridge" /
//         "By Ann Lee" / "The council voted on Monday to repair the bridge..."
//   -> headline "Councils vote to repair the old bridge", not "Sign In".
//
// Cost: linear in the blocks it reads (the run's first few thousand bytes and
// the fifteen blocks above it).

#ifndef WIREDESK_EXTRACT_PLAIN_TEXT_HEADLINE_H_
#define WIREDESK_EXTRACT_PLAIN_TEXT_HEADLINE_H_

#include <optional>
#include <vector>

#include "extract/article.h"
#include "extract/plain_text_block.h"
#include "extract/plain_text_run.h"
#include "text/stopwords.h"

namespace wiredesk::extract {

// Keeps a headline already taken whose words the article takes up (at least
// half of them, two at least, compared by their first letters). Otherwise
// moves the headline to the best line above `run` that reads like a headline
// and that the article's opening takes up, the nearer the better. Without one, a headline already
// taken that opens with a bullet, or that stands apart from the article (menus between them) and
// shares no word with it (a sign-in line, a site's name), is given up, with a warning: no headline
// beats a wrong one in a story list. `stopwords`: the
// text's language's list, or nullptr.
void TakeHeadlineAboveRun(std::vector<Block>& blocks, const std::optional<ArticleRun>& run,
                          const text::StopwordList* stopwords, Article& article);

}  // namespace wiredesk::extract

#endif  // WIREDESK_EXTRACT_PLAIN_TEXT_HEADLINE_H_
