// Fuzzes plain-text extraction (re-flowing, line labels, captions and
// bylines) after the desk's checks and UTF-8 repair, and the article's JSON,
// which throws on any invalid UTF-8 the extractor might have cut.

#include <cstddef>
#include <cstdint>
#include <variant>

#include "desk/article_json.h"
#include "desk/document.h"
#include "extract/article.h"
#include "extract/extract.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace wiredesk;
  auto prepared = desk::PrepareContent(fuzz::AsText(data, size));
  if (const auto* text = std::get_if<desk::PreparedText>(&prepared)) {
    (void)desk::ArticleJson(extract::ExtractText(text->text)).dump();
  }
  return 0;
}
