// Fuzzes the comparison of two versions: the input is cut at its first form
// feed into the left and the right document (HTML or text, sniffed), each is
// extracted as the desk does, and the comparison is written as JSON and as
// the standalone HTML page.

#include <cstddef>
#include <cstdint>

#include "compare/comparison.h"
#include "compare/comparison_html.h"
#include "desk/comparison_json.h"
#include "extract/article.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace wiredesk;
  const auto parts = fuzz::Parts(fuzz::AsText(data, size), 2);
  extract::Article left;
  extract::Article right;
  if (!fuzz::ArticleOf(parts.front(), "left", &left) ||
      !fuzz::ArticleOf(parts.back(), "right", &right)) {
    return 0;
  }
  const compare::Comparison comparison = compare::Compare(left, right);
  (void)desk::ComparisonJson(comparison).dump();
  (void)compare::ComparisonHtml(comparison);
  return 0;
}
