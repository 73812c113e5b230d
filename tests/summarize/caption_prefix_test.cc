#include "summarize/caption_prefix.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "extract/article.h"
#include "summarize/candidates.h"

using wiredesk::summarize::CaptionPrefix;
using wiredesk::summarize::IsCaptionOrCredit;
using wiredesk::summarize::OpensWithCredit;

namespace {

std::string_view Proper(std::string_view sentence) {
  return sentence.substr(CaptionPrefix(sentence));
}

}  // namespace

TEST_CASE("a caption run into a sentence is cut at its bracketed credit") {
  CHECK(Proper("The ferry at the new pier. (Photo: Harbour Office) The service starts on "
               "Monday, the operator said.") == "The service starts on Monday, the operator said.");
  CHECK(Proper("(Ảnh minh họa: Báo Mới) Giá gạo tăng mạnh trong tuần qua.") ==
        "Giá gạo tăng mạnh trong tuần qua.");
}

TEST_CASE("a caption run into a sentence is cut after its dashed credit's name") {
  CHECK(Proper("Ferry passengers at the pier - Photo: Anna Berg The service starts on Monday.") ==
        "The service starts on Monday.");
  CHECK(Proper("Tàu khách tại bến mới - Ảnh: AFP Theo hãng tin, tàu chạy từ thứ hai.") ==
        "Theo hãng tin, tàu chạy từ thứ hai.");
  CHECK(Proper("Mưa đá trên phố - Ảnh do bạn đọc cung cấp Sau cơn mưa, đường ngập nặng.") ==
        "Sau cơn mưa, đường ngập nặng.");
}

TEST_CASE("a credit with a colon, without a dash, ends a caption too") {
  CHECK(Proper("Photo: Anna Berg The service starts on Monday.") ==
        "The service starts on Monday.");
  CHECK(Proper("Tàu khách tại bến mới Ảnh: Minh Hà Theo hãng tin, tàu chạy từ thứ hai.") ==
        "Theo hãng tin, tàu chạy từ thứ hai.");
  CHECK(CaptionPrefix("Ảnh hưởng của bão khiến tàu dừng chạy từ thứ hai.") == 0);
}

TEST_CASE("a dateline in brackets opening a sentence is cut") {
  CHECK(Proper("(Harbour News) - The ferry service starts on Monday.") ==
        "The ferry service starts on Monday.");
}

TEST_CASE("a sentence without a photo credit is left whole") {
  CHECK(CaptionPrefix("The talks ended on Friday (local time) and resume in May.") == 0);
  CHECK(CaptionPrefix("The app adds group chats - video calls come next, the firm said.") == 0);
  CHECK(CaptionPrefix("The harbour (photo below) reopened on Sunday.") == 0);
  CHECK(CaptionPrefix("The harbour (in the north) - the busiest - reopened on Sunday.") == 0);
}

TEST_CASE("a sentence followed by a bracketed credit is a caption") {
  CHECK(OpensWithCredit("(Photo: Harbour Office) The service starts on Monday."));
  CHECK(OpensWithCredit("(Ảnh: TTXVN) Giá gạo tăng mạnh."));
  CHECK(OpensWithCredit("Ảnh: Minh Hà Giá gạo tăng mạnh."));
  CHECK_FALSE(OpensWithCredit("Ảnh hưởng của bão khiến giá gạo tăng."));
  CHECK_FALSE(OpensWithCredit("(Local time) The service starts on Monday."));
}

TEST_CASE("a sentence ending in a credit, or a credit alone, is a caption run into the text") {
  CHECK(IsCaptionOrCredit("The mayor opens the new bridge on Monday (Photo: Harbour Office)."));
  CHECK(IsCaptionOrCredit("Thị trưởng cắt băng khánh thành cầu mới sáng thứ hai (Ảnh: Minh Hà)."));
  CHECK(IsCaptionOrCredit("Giá gạo tại chợ đầu mối trong tuần - Nguồn: Sở Công Thương."));
  CHECK(IsCaptionOrCredit("Rice prices at the wholesale market this week - Source: Trade Office."));
  CHECK(IsCaptionOrCredit("Ảnh: Minh Hà Video: Minh Hà."));
}

TEST_CASE("a sentence whose bracket or dash holds words in lower case is no caption") {
  CHECK_FALSE(IsCaptionOrCredit("Giá gạo tăng mạnh trong tuần qua (ảnh hưởng của bão)."));
  CHECK_FALSE(IsCaptionOrCredit("The harbour reopened on Sunday (photo below)."));
  CHECK_FALSE(IsCaptionOrCredit("Prices rose again - source: the ministry said on Monday."));
  CHECK_FALSE(IsCaptionOrCredit("The ferry service starts on Monday, the operator said."));
}

TEST_CASE("story candidates lose a caption that ends in its credit within a paragraph") {
  wiredesk::extract::Article article;
  article.title = "Bridge";
  article.paragraphs.push_back(
      {wiredesk::extract::Paragraph::Kind::kParagraph,
       "The new bridge over the river opened to traffic on Monday morning. The mayor cuts the "
       "ribbon at the new bridge (Photo: Harbour Office). Traffic across the river fell by half "
       "within hours, the city said."});
  const auto pool = wiredesk::summarize::CollectCandidates({&article}, 10);
  INFO(pool.sentences.size());
  REQUIRE(pool.sentences.size() == 2);
  CHECK(pool.sentences[1].text ==
        "Traffic across the river fell by half within hours, the city said.");
}

TEST_CASE("story candidates lose captions and keep the sentences after them") {
  wiredesk::extract::Article article;
  article.title = "Ferry service";
  article.paragraphs.push_back(
      {wiredesk::extract::Paragraph::Kind::kParagraph,
       "The new ferry waits at the pier in the morning. (Photo: Harbour Office) The ferry "
       "service between the two islands starts on Monday, the operator said."});
  const auto pool = wiredesk::summarize::CollectCandidates({&article}, 10);
  REQUIRE(pool.sentences.size() == 1);
  CHECK(pool.sentences[0].text ==
        "The ferry service between the two islands starts on Monday, the operator said.");
}
