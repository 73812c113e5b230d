// A paragraph of a page copied as plain text, as the steps of
// ExtractPlainText (plain_text.h) pass it along: its text, and why it is left
// out of the article once a step has decided so.

#ifndef WIREDESK_EXTRACT_PLAIN_TEXT_BLOCK_H_
#define WIREDESK_EXTRACT_PLAIN_TEXT_BLOCK_H_

#include <string>

namespace wiredesk::extract {

struct Block {
  std::string text;
  std::string reason;       // why it goes; "" while it may stay
  bool after_blank = true;  // a blank line before it: not the next item of a list
};

}  // namespace wiredesk::extract

#endif  // WIREDESK_EXTRACT_PLAIN_TEXT_BLOCK_H_
