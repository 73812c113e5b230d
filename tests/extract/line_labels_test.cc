#include "extract/line_labels.h"

#include <catch2/catch.hpp>
#include <string>

namespace extract = wiredesk::extract;

TEST_CASE("a copied Vietnamese headline is cut from its photo caption at the image marker") {
  const auto split = extract::SplitAtImageMarker(
      "VN hopes for more int’l cooperation to combat hi-tech crimes: Deputy Minister hinh anh "
      "1At the 88th INTERPOL General Assembly (Photo: VNA)");
  REQUIRE(split);
  CHECK(split->before ==
        "VN hopes for more int’l cooperation to combat hi-tech crimes: Deputy Minister");
  CHECK(split->after == "At the 88th INTERPOL General Assembly (Photo: VNA)");
  // "ảnh" without a number after it is a word of the sentence.
  CHECK_FALSE(extract::SplitAtImageMarker("Triển lãm ảnh về biển đảo khai mạc tại Hà Nội"));
}

TEST_CASE("photo captions and credits are told from sentences that mention a photo") {
  CHECK(extract::IsCaption("At the 88th INTERPOL General Assembly (Photo: VNA)"));
  CHECK(extract::IsCaption("In this photo issued by ITV, the Duke of Sussex speaks in Soweto"));
  CHECK(extract::IsCaption("Image caption The koala was found near the fire front"));
  CHECK_FALSE(extract::IsCaption("Rescuers released the koala after a volunteer took a photo."));
}

TEST_CASE("a line that is only a date and time is a date line, in English or Vietnamese") {
  CHECK(extract::IsDateLine("October 15, 2019 - 10:30 GMT+7"));
  CHECK(extract::IsDateLine("Thứ Sáu, 18/04/2025 10:30"));
  CHECK(extract::IsDateLine("Updated 3 hours ago"));
  CHECK_FALSE(extract::IsDateLine("Friday"));  // no day or time in it
  CHECK_FALSE(extract::IsDateLine("Talks resume on October 15, 2019"));
}

TEST_CASE("bylines and agency sign-offs are recognised, a sentence opening with By is not") {
  CHECK(extract::IsBylineLine("By JANE DOE, Reuters"));
  CHECK(extract::IsBylineLine("Posted by Jane Doe on November 19, 2019, 6:21 AM EST"));
  CHECK_FALSE(extract::IsBylineLine("By noon the police had closed the road."));
  CHECK(extract::IsAgencySignOff("VNA/VNS"));
  CHECK(extract::IsAgencySignOff("(AFP)"));
  CHECK(extract::IsAgencySignOff("TTXVN"));
  CHECK_FALSE(extract::IsAgencySignOff("Hanoi"));
}

TEST_CASE("teaser and comments headings are recognised, with their counts and colons") {
  CHECK(extract::IsTeaserHeading("See more:"));
  CHECK(extract::IsTeaserHeading("Xem thêm"));
  CHECK(extract::IsTeaserHeading("Most read in world news"));
  CHECK_FALSE(extract::IsTeaserHeading("Related talks between the two ministries will follow"));
  CHECK(extract::IsCommentsHeading("34 responses to “Vietnam, Interpol fight crime”"));
  CHECK(extract::IsCommentsHeading("Comments (12)"));
  CHECK(extract::IsCommentsHeading("Leave a Reply"));
  CHECK_FALSE(extract::IsCommentsHeading("34 delegations attended the assembly in Santiago."));
}

TEST_CASE("image file names, icon labels and menus are the page's furniture") {
  CHECK(extract::IsImageFileName("koala-rescue.JPG"));
  CHECK_FALSE(extract::IsImageFileName("Photos: koala-rescue.jpg"));
  CHECK(extract::IsIconLabels("[facebook-i] [twitter-ic] [share-icon]"));
  CHECK_FALSE(extract::IsIconLabels("The ministry said [the suspects] were detained on Monday."));
  CHECK(extract::IsMenuLine("Home | World | Business | Sport"));
  CHECK_FALSE(extract::IsMenuLine("Secretary General Jürgen Stock | INTERPOL"));
}

TEST_CASE("sentence punctuation includes closing quotes and CJK stops") {
  CHECK(extract::EndsWithSentencePunctuation("he highlighted."));
  CHECK(extract::EndsWithSentencePunctuation("“We are ready,” he said: “we will help.”"));
  CHECK(extract::EndsWithSentencePunctuation("港口は再開した。"));
  CHECK_FALSE(extract::EndsWithSentencePunctuation("Deputy Minister"));
  CHECK_FALSE(extract::EndsWithSentencePunctuation(""));
}
