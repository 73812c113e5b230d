// Fuzzes HTML extraction the way a page file goes through the CLI: the
// charset it declares, the desk's checks and UTF-8 repair, ExtractHtml
// (metadata, body, removed blocks), and the article's JSON, which throws on
// any invalid UTF-8 the extractor might have cut.

#include <cstddef>
#include <cstdint>
#include <variant>

#include "desk/article_json.h"
#include "desk/document.h"
#include "extract/article.h"
#include "extract/extract.h"
#include "fuzz_input.h"
#include "text/charset.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace wiredesk;
  const std::string_view bytes = fuzz::AsText(data, size);
  const text::Decoded decoded = text::DecodeToUtf8(bytes, text::DeclaredCharset(bytes));
  auto prepared = desk::PrepareContent(decoded.text);
  if (const auto* page = std::get_if<desk::PreparedText>(&prepared)) {
    (void)desk::ArticleJson(extract::ExtractHtml(page->text)).dump();
  }
  return 0;
}
