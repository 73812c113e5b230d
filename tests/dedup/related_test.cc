#include "dedup/related.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace {

using wiredesk::dedup::RelatedStories;
using wiredesk::dedup::Term;
using wiredesk::dedup::TermsOf;

using wiredesk::dedup::RelatedStory;
using wiredesk::dedup::TermSurfaces;

bool Linked(const std::vector<std::vector<RelatedStory>>& related, std::uint32_t a,
            std::uint32_t b) {
  return std::any_of(related[a].begin(), related[a].end(),
                     [b](const RelatedStory& r) { return r.story == b; });
}

}  // namespace

TEST_CASE("two outlets' own reports of one fire are related; a report of a football match is not") {
  const std::vector<Term> fire = TermsOf(
      "Một đám cháy lớn bùng phát tại chợ Hàn ở Đà Nẵng vào rạng sáng nay. Lính cứu hỏa mất ba giờ "
      "để khống chế "
      "đám cháy. Nhiều tiểu thương bị thiệt hại nặng vì hàng hóa trong chợ Hàn bị thiêu rụi.",
      "vi");
  const std::vector<Term> same_fire = TermsOf(
      "Rạng sáng nay, chợ Hàn (Đà Nẵng) xảy ra cháy lớn. Theo tiểu thương, đám cháy bắt đầu từ khu "
      "bán vải rồi "
      "lan nhanh. Lính cứu hỏa đã điều mười xe chữa cháy đến hiện trường.",
      "vi");
  const std::vector<Term> football = TermsOf(
      "Đội tuyển Việt Nam thắng Thái Lan hai bàn không trên sân Mỹ Đình tối qua. Huấn luyện viên "
      "cho biết các "
      "cầu thủ đã thi đấu rất kỷ luật. Trận đấu thu hút bốn mươi nghìn khán giả.",
      "vi");
  const auto related = RelatedStories({&fire, &same_fire, &football});
  CHECK(Linked(related, 0, 1));
  CHECK(Linked(related, 1, 0));
  CHECK_FALSE(Linked(related, 0, 2));
  CHECK_FALSE(Linked(related, 1, 2));
}

TEST_CASE(
    "a text's terms are its names and word pairs without stopwords, the same with or without "
    "diacritics") {
  const std::vector<Term> with = TermsOf("Phe đối lập Campuchia tuyên bố biểu tình.", "vi");
  const std::vector<Term> without = TermsOf("Phe doi lap Campuchia tuyen bo bieu tinh.", "vi");
  REQUIRE(with.size() == without.size());
  for (std::size_t i = 0; i < with.size(); ++i) CHECK(with[i].key == without[i].key);
  // "tại" is a stopword: no pair spans it.
  CHECK(TermsOf("biểu tình tại", "vi").size() == TermsOf("biểu tình", "vi").size());
}

TEST_CASE(
    "stories that share only a busy topic are not related; two reports of one event among them "
    "are") {
  // 30 stories, each with three terms of its own. Stories 0-7 share four
  // topic terms (a budget debate: "ngân sách", "bội chi", ...), and stories
  // 0 and 1 also share four terms of one event. Topic-only pairs have a
  // cosine of about 0.2, as high as their background of other topic stories.
  std::vector<std::vector<Term>> terms(30);
  std::uint64_t next = 1;
  for (std::size_t s = 0; s < terms.size(); ++s) {
    for (int k = 0; k < 3; ++k) terms[s].push_back({next++, 1});
  }
  for (int k = 0; k < 4; ++k, ++next) {
    for (std::size_t s = 0; s < 8; ++s) terms[s].push_back({next, 1});
  }
  for (int k = 0; k < 4; ++k, ++next) {
    for (std::size_t s = 0; s < 2; ++s) terms[s].push_back({next, 1});
  }
  std::vector<const std::vector<Term>*> stories;
  for (const std::vector<Term>& t : terms) stories.push_back(&t);
  const auto related = RelatedStories(stories);
  CHECK(Linked(related, 0, 1));
  CHECK(Linked(related, 1, 0));
  for (std::uint32_t a = 0; a < 8; ++a) {
    for (std::uint32_t b = 2; b < 8; ++b) {
      if (a != b) CHECK_FALSE(Linked(related, a, b));
    }
  }
}

TEST_CASE("two related stories are linked by the rare names they share, as the text writes them") {
  const std::string first =
      "Ambassador Pham Quang Vinh met Senator Maria Cantwell in Seattle on Monday. Vinh and "
      "Cantwell discussed trade. Officials in Washington welcomed the talks.";
  const std::string second =
      "Senator Maria Cantwell hosted Ambassador Pham Quang Vinh at a dinner. Cantwell praised "
      "Vinh. "
      "Officials in Washington attended the dinner.";
  std::vector<std::vector<Term>> terms = {TermsOf(first, "en"), TermsOf(second, "en")};
  // Other stories that name Washington too: it links nothing in particular.
  for (const char* other :
       {"Officials in Washington debated the budget.", "Snow fell in Washington on Monday.",
        "Officials in Washington met farmers.", "Traffic in Washington slowed."}) {
    terms.push_back(TermsOf(other, "en"));
  }
  std::vector<const std::vector<Term>*> stories;
  for (const std::vector<Term>& t : terms) stories.push_back(&t);
  const auto related = RelatedStories(stories);
  REQUIRE(Linked(related, 0, 1));
  const RelatedStory& link = related[0].front();
  REQUIRE(link.story == 1);
  const std::vector<std::string> surfaces = TermSurfaces(first, "en", link.linking_terms);
  std::string listed;
  for (const std::string& s : surfaces) listed += "[" + s + "]";
  INFO(listed);
  // A name comes with the capitalised words around it.
  CHECK(std::find(surfaces.begin(), surfaces.end(), "Senator Maria Cantwell") != surfaces.end());
  CHECK(std::find(surfaces.begin(), surfaces.end(), "Ambassador Pham Quang Vinh") !=
        surfaces.end());
  // Washington, which other stories name too, weighs less than the names
  // only these two share.
  CHECK(std::find(surfaces.begin(), surfaces.end(), "Washington") == surfaces.end());
}

TEST_CASE("a term's surface is its first occurrence; a key the text lacks gets none") {
  const std::vector<Term> terms = TermsOf("Talks in Hà Nội. Officials in Hà Nội agreed.", "en");
  std::vector<std::uint64_t> keys;
  for (const Term& t : terms) keys.push_back(t.key);
  keys.push_back(12345);
  const std::vector<std::string> surfaces =
      TermSurfaces("Talks in Hà Nội. Officials in Hà Nội agreed.", "en", keys);
  CHECK(std::find(surfaces.begin(), surfaces.end(), "Hà Nội") != surfaces.end());
  CHECK(surfaces.back().empty());
}
