// The stopword lists' text, compiled in from text/data/ (see stopwords.h).

#ifndef WIREDESK_TEXT_STOPWORDS_DATA_H_
#define WIREDESK_TEXT_STOPWORDS_DATA_H_

#include <string_view>

namespace wiredesk::text {

extern const std::string_view kStopwordsEnglish;
extern const std::string_view kStopwordsVietnamese;

}  // namespace wiredesk::text

#endif  // WIREDESK_TEXT_STOPWORDS_DATA_H_
