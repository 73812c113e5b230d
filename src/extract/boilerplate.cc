#include "extract/boilerplate.h"

#include <array>

#include "text/normalize.h"

namespace wiredesk::extract {
namespace {

// Lines this short or shorter are judged by their phrases.
constexpr std::size_t kShortLine = 160;

struct Phrase {
  std::string_view text;
  std::string_view reason;
};

// Matched anywhere in a short line.
constexpr std::array<Phrase, 36> kPhrases = {{
    {"share this", "share or subscribe line"},
    {"share on facebook", "share or subscribe line"},
    {"share on twitter", "share or subscribe line"},
    {"follow us on", "share or subscribe line"},
    {"sharing is caring", "share or subscribe line"},
    {"subscribe to", "share or subscribe line"},
    {"subscribe now", "share or subscribe line"},
    {"sign up for", "share or subscribe line"},
    {"sign up to", "share or subscribe line"},
    {"newsletter", "share or subscribe line"},
    {"click here", "link prompt"},
    {"click to ", "link prompt"},
    {"opens in new window", "link prompt"},
    {"read more", "link prompt"},
    {"read the full", "link prompt"},
    {"see more", "link prompt"},
    {"continue reading", "link prompt"},
    {"all rights reserved", "copyright line"},
    {"copyright ©", "copyright line"},
    {"(c) copyright", "copyright line"},
    {"cookie", "cookie notice"},
    {"advertisement", "advertisement label"},
    {"sponsored content", "advertisement label"},
    {"story continues below", "advertisement label"},
    {"article continues below", "advertisement label"},
    {"this material may not be published", "copyright line"},
    {"subject to copyright", "copyright line"},
    {"comments are closed", "comments"},
    {"leave a comment", "comments"},
    {"log in to comment", "comments"},
    {"download the app", "app promotion"},
    {"get the app", "app promotion"},
    {"enable javascript", "browser notice"},
    {"your browser does not support", "browser notice"},
    {"requires javascript", "browser notice"},
    {"javascript is disabled", "browser notice"},
}};

// Whole lines that are labels, not text.
constexpr std::array<Phrase, 27> kLabels = {{
    {"advertisement", "advertisement label"},
    {"ad", "advertisement label"},
    {"advert", "advertisement label"},
    {"more", "related-articles block"},
    {"see also", "related-articles block"},
    {"explore further", "related-articles block"},
    {"related", "related-articles block"},
    {"related articles", "related-articles block"},
    {"related stories", "related-articles block"},
    {"more stories", "related-articles block"},
    {"recommended", "related-articles block"},
    {"share", "share or subscribe line"},
    {"tweet", "share or subscribe line"},
    {"email", "share or subscribe line"},
    {"print", "share or subscribe line"},
    {"comments", "comments"},
    {"facebook", "share or subscribe line"},
    {"twitter", "share or subscribe line"},
    {"linkedin", "share or subscribe line"},
    {"whatsapp", "share or subscribe line"},
    {"reddit", "share or subscribe line"},
    {"pinterest", "share or subscribe line"},
    {"pin it", "share or subscribe line"},
    {"flipboard", "share or subscribe line"},
    {"tumblr", "share or subscribe line"},
    {"permalink", "link prompt"},
    {"back to top", "link prompt"},
}};

}  // namespace

std::string BoilerplateReason(std::string_view text) {
  if (text.size() > kShortLine) return {};
  std::string lower = text::LowerAscii(text);
  // List bullets as a text copy keeps them: "• Share".
  for (const std::string_view bullet : {"\u2022 ", "* ", "- ", "\u00B7 "}) {
    if (lower.starts_with(bullet)) lower.erase(0, bullet.size());
  }
  while (!lower.empty() && (lower.back() == ':' || lower.back() == ' ' || lower.back() == '.')) {
    lower.pop_back();
  }
  // "Natalie Naccache | Bloomberg | Getty Images", "ITV, ASSOCIATED PRESS":
  // a photo's credit line, short and not a sentence.
  if (lower.size() <= 80 && !text.ends_with(".")) {
    for (const std::string_view agency :
         {"getty images", "shutterstock", "associated press", "afp photo", "epa-efe", "reuters/",
          "ap photo", "photo by ", "image credit"}) {
      if (lower.find(agency) != std::string::npos) return "photo credit";
    }
  }
  // "Related: Water plumes on Europa", "Read more: ...": a link to another
  // story set between the paragraphs.
  for (const std::string_view prompt :
       {"related:", "read more:", "see also:", "also read:", "read also:"}) {
    if (lower.starts_with(prompt)) return "link prompt";
  }
  // "Skip to content", "Skip to main content": the link for screen readers.
  if (lower.starts_with("skip to ") && lower.size() <= 40) return "link prompt";
  for (const Phrase& label : kLabels) {
    if (lower == label.text) return std::string(label.reason);
  }
  for (const Phrase& phrase : kPhrases) {
    if (lower.find(phrase.text) != std::string::npos) return std::string(phrase.reason);
  }
  return {};
}

}  // namespace wiredesk::extract
