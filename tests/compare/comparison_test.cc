#include "compare/comparison.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>
#include <sstream>
#include <string>

#include "compare/comparison_html.h"
#include "desk/comparison_json.h"
#include "extract/extract.h"
#include "samples.h"

namespace {

using wiredesk::compare::ChangeClass;
using wiredesk::compare::Compare;
using wiredesk::compare::Comparison;
using wiredesk::compare::Row;
using wiredesk::compare::RowOp;
using wiredesk::compare::Verdict;
using wiredesk::compare::WordOp;
using wiredesk::extract::Article;
using wiredesk::testing::Sample;

Article Interpol() { return wiredesk::extract::ExtractText(Sample("001_5f15ffd69aec10c2.txt")); }

int Edits(const Comparison& c, ChangeClass k) { return c.edits[static_cast<std::size_t>(k)]; }

int TotalEdits(const Comparison& c) {
  int total = 0;
  for (int n : c.edits) total += n;
  return total;
}

// Replaces the first `from` in the article's paragraphs with `to`.
Article Edited(Article article, const std::string& from, const std::string& to) {
  for (auto& p : article.paragraphs) {
    const std::size_t at = p.text.find(from);
    if (at != std::string::npos) {
      p.text.replace(at, from.size(), to);
      return article;
    }
  }
  FAIL("not in the article: " << from);
  return article;
}

std::vector<std::string> Words(const std::string& text) {
  std::istringstream in(text);
  return {std::istream_iterator<std::string>(in), std::istream_iterator<std::string>()};
}

// The left (or right) text of a changed row, put back from its word pieces.
std::string Side(const Row& row, bool left) {
  std::string text;
  for (const auto& piece : row.words) {
    if (piece.op == WordOp::kEqual || (piece.op == WordOp::kDelete) == left) text += piece.text;
  }
  return text;
}

}  // namespace

TEST_CASE("two copies of one wire story differ only in spacing in the body, and in the headline") {
  const Article agency = wiredesk::extract::ExtractText(Sample("002_0c1e3a2815583ef3.txt"));
  const Article outlet = wiredesk::extract::ExtractText(Sample("003_94858066e6bb5739.txt"));
  const Comparison c = Compare(agency, outlet);
  CHECK(c.verdict == Verdict::kSubstantive);  // the headlines differ in wording
  CHECK(c.added == 0);
  CHECK(c.removed == 0);
  CHECK(c.moved == 0);
  REQUIRE(!c.rows.empty());
  CHECK(c.rows.front().title);
  CHECK(c.rows.front().op == RowOp::kChanged);

  // Every word of the agency's body that the outlet doesn't have is a
  // run-together pair, and each one is reported as spacing.
  std::set<std::string> outlet_words;
  for (const auto& p : outlet.paragraphs) {
    for (const auto& w : Words(p.text)) outlet_words.insert(w);
  }
  for (const Row& row : c.rows) {
    if (row.title) continue;
    CHECK((row.op == RowOp::kSame || row.op == RowOp::kChanged));
    for (const auto& piece : row.words) {
      if (piece.op == WordOp::kEqual) continue;
      CHECK(piece.change_class == ChangeClass::kSpacing);
    }
    if (row.op == RowOp::kChanged) {
      CHECK(Side(row, true) == row.left);
      CHECK(Side(row, false) == row.right);
    }
  }
  int run_together = 0;
  for (const auto& p : agency.paragraphs) {
    for (std::string w : Words(p.text)) {
      if (outlet_words.count(w) > 0) continue;
      while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.pop_back();
      ++run_together;
      INFO(w);
      // Either the joined word is deleted whole ("withcountries"), or the
      // space after punctuation is inserted ("time,particularly").
      bool reported = false;
      for (const Row& row : c.rows) {
        if (row.title || row.left.find(w) == std::string::npos) continue;
        for (const auto& piece : row.words) {
          if (piece.change_class != ChangeClass::kSpacing) continue;
          if (piece.op == WordOp::kDelete && w.find(piece.text) != std::string::npos)
            reported = true;
          if (piece.op == WordOp::kInsert && piece.text == " ") reported = true;
        }
      }
      CHECK(reported);
    }
  }
  CHECK(run_together >= 30);
  CHECK(Edits(c, ChangeClass::kSpacing) >= 30);
  CHECK(Edits(c, ChangeClass::kWording) + Edits(c, ChangeClass::kName) <=
        3);  // all in the headline
}

TEST_CASE("an article compared with itself has no change") {
  const Article a = Interpol();
  const Comparison c = Compare(a, a);
  CHECK(c.verdict == Verdict::kIdentical);
  CHECK(TotalEdits(c) == 0);
  CHECK(c.changes.empty());
  for (const Row& row : c.rows) CHECK(row.op == RowOp::kSame);
  CHECK(c.unchanged == static_cast<int>(c.rows.size()));
}

TEST_CASE("a changed date in an edited copy is one number change") {
  const Article a = Interpol();
  const Comparison c = Compare(a, Edited(a, "on December 16.", "on December 17."));
  CHECK(TotalEdits(c) == 1);
  CHECK(Edits(c, ChangeClass::kNumber) == 1);
  REQUIRE(c.changes.size() == 1);
  CHECK(c.changes[0].kind == "number");
  CHECK(c.changes[0].left == "16");
  CHECK(c.changes[0].right == "17");
  CHECK(c.summary == "1 number changed.");
}

TEST_CASE("a figure and a word changed side by side are told apart") {
  const Article a = Interpol();
  const Comparison c =
      Compare(a, Edited(a, "three coordination agencies", "four liaison agencies"));
  CHECK(Edits(c, ChangeClass::kNumber) == 1);
  CHECK(Edits(c, ChangeClass::kWording) == 1);
}

TEST_CASE("a moved paragraph is reported as moved, not as removed and added") {
  const Article a = Interpol();
  Article b = a;
  std::rotate(b.paragraphs.begin() + 2, b.paragraphs.begin() + 3,
              b.paragraphs.end());  // 2 to the end
  const Comparison c = Compare(a, b);
  CHECK(c.moved == 1);
  CHECK(c.added == 0);
  CHECK(c.removed == 0);
  CHECK(TotalEdits(c) == 0);
  int departures = 0, arrivals = 0;
  for (std::size_t r = 0; r < c.rows.size(); ++r) {
    const Row& row = c.rows[r];
    if (row.op != RowOp::kMoved) continue;
    if (row.moved_to >= 0) {
      ++departures;
      CHECK(c.rows[static_cast<std::size_t>(row.moved_to)].moved_from == static_cast<int>(r));
    } else {
      ++arrivals;
      CHECK(row.left == row.right);
      CHECK(row.right_paragraph == static_cast<int>(b.paragraphs.size()) - 1);
    }
  }
  CHECK(departures == 1);
  CHECK(arrivals == 1);
  REQUIRE(!c.changes.empty());
  CHECK(c.changes[0].kind == "moved");
}

TEST_CASE("an added sentence is reported as added, its neighbours unchanged") {
  const Article a = Interpol();
  const std::string added = "Officials said the two sides would meet again next year.";
  const Comparison c = Compare(a, Edited(a, "and experiences.", "and experiences. " + added));
  CHECK(c.added == 1);
  CHECK(c.removed == 0);
  CHECK(TotalEdits(c) == 0);
  const auto row = std::find_if(c.rows.begin(), c.rows.end(),
                                [](const Row& r) { return r.op == RowOp::kAdded; });
  REQUIRE(row != c.rows.end());
  CHECK(row->right == added);
  CHECK(!row->has_left);
}

TEST_CASE("a removed sentence is reported as removed") {
  const Article a = Interpol();
  const Comparison c =
      Compare(a, Edited(a,
                        " This was the first visit made by a Vietnamese public security senior "
                        "officer to Interpol General Secretariat headquarters since the country "
                        "joined the organisation in 1991.",
                        ""));
  CHECK(c.removed == 1);
  CHECK(c.added == 0);
  CHECK(TotalEdits(c) == 0);
}

TEST_CASE("a reworded quote is one wording change inside the quote") {
  const Article base =
      Edited(Interpol(), "which he said has brought about important results.",
             "which he said “has brought about important results for both sides”.");
  const Article reworded = Edited(base, "“has brought about important results for both sides”",
                                  "“has delivered real gains for both sides”");
  const Comparison c = Compare(base, reworded);
  CHECK(Edits(c, ChangeClass::kWording) == 1);
  CHECK(TotalEdits(c) == 1);
  REQUIRE(c.changes.size() == 1);
  CHECK(c.changes[0].left == "brought about important results");
  CHECK(c.changes[0].right == "delivered real gains");
}

TEST_CASE("a changed name is a name change; case, diacritics and punctuation are cosmetic") {
  const Article a = Interpol();
  CHECK(Edits(Compare(a, Edited(a, "Jurgen Stock.", "Juergen Stock.")), ChangeClass::kName) == 1);
  CHECK(Edits(Compare(a, Edited(a, "Jurgen Stock.", "Jürgen Stock.")), ChangeClass::kDiacritics) ==
        1);
  CHECK(Edits(Compare(a, Edited(a, "police and the Interpol in", "police and the INTERPOL in")),
              ChangeClass::kCase) == 1);
  const Comparison punct = Compare(a, Edited(a, "At the meeting, Stock", "At the meeting Stock"));
  CHECK(Edits(punct, ChangeClass::kPunctuation) == 1);
  CHECK(punct.verdict == Verdict::kCosmetic);
}

TEST_CASE("paragraphs split or merged still align, with no change to report") {
  const Article a = Interpol();
  Article merged = a;
  merged.paragraphs[1].text += " " + merged.paragraphs[2].text;
  merged.paragraphs.erase(merged.paragraphs.begin() + 2);
  CHECK(Compare(a, merged).verdict == Verdict::kIdentical);
  Article split = a;
  const std::string second = "This was the first visit";
  const std::size_t at = split.paragraphs[1].text.find(second);
  REQUIRE(at != std::string::npos);
  split.paragraphs.insert(split.paragraphs.begin() + 2,
                          {split.paragraphs[1].kind, split.paragraphs[1].text.substr(at)});
  split.paragraphs[1].text.erase(at - 1);
  CHECK(Compare(a, split).verdict == Verdict::kIdentical);
}

TEST_CASE("a sentence split in two aligns with the sentence it came from") {
  const Article a = Interpol();
  const Comparison c = Compare(a, Edited(a, "in Lyon, France, on December 16. This was",
                                         "in Lyon, France, on December 16.This was"));
  CHECK(c.added == 0);
  CHECK(c.removed == 0);
  CHECK(c.verdict == Verdict::kCosmetic);
  CHECK(Edits(c, ChangeClass::kSpacing) == 1);
}

TEST_CASE("empty versions, one empty side and different stories all get an answer") {
  const Article empty;
  CHECK(Compare(empty, empty).verdict == Verdict::kEmpty);
  const Article a = Interpol();
  const Comparison one_side = Compare(empty, a);
  CHECK(one_side.added == static_cast<int>(one_side.rows.size()));
  CHECK(one_side.verdict == Verdict::kSubstantive);
  const Article other = wiredesk::extract::ExtractText(Sample("000_6fdb084cdd6b2d10.txt"));
  const Comparison different = Compare(a, other);
  CHECK(different.verdict == Verdict::kNoCommonText);
  CHECK(different.rows.empty());
  CHECK(different.summary.rfind("No common text", 0) == 0);
  // A credit line in common doesn't make them versions of one story.
  Article credited = other;
  credited.paragraphs.push_back({a.paragraphs[0].kind, a.paragraphs.back().text});
  CHECK(Compare(a, credited).verdict == Verdict::kNoCommonText);
}

TEST_CASE("the JSON lists substantive changes first and counts every class") {
  Article a = Interpol();
  a.title = "Vietnam, Interpol fight crime";
  Article b = Edited(Edited(a, "At the meeting, Stock", "At the meeting Stock"), "December 16",
                     "December 18");
  const auto json = wiredesk::desk::ComparisonJson(Compare(a, b));
  CHECK(json["verdict"] == "substantive");
  const auto& stats = json["stats"];
  for (const char* key : {"unchanged", "spacing", "punctuation", "case", "diacritics", "number",
                          "name", "wording", "added", "removed", "moved"}) {
    CHECK(stats.contains(key));
  }
  REQUIRE(json["changes"].size() == 2);
  CHECK(json["changes"][0]["class"] == "number");
  CHECK(json["changes"][1]["class"] == "punctuation");
  CHECK(json["rows"][0]["part"] == "title");
  CHECK(json["rows"][0]["op"] == "same");
  CHECK(json["rows"][1]["words"].empty());
}

TEST_CASE("the HTML page shows article text as text") {
  Article a = Interpol();
  Article b = Edited(a, "At the meeting,", "At the <script>alert(1)</script> meeting,");
  b.title = "<img src=x onerror=alert(1)>";
  const std::string page = wiredesk::compare::ComparisonHtml(Compare(a, b));
  CHECK(page.find("<script>") == std::string::npos);
  CHECK(page.find("<img") == std::string::npos);
  CHECK(page.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
}

TEST_CASE("a version prepared once compares with several others as the articles do") {
  Article first;
  first.id = "first";
  first.title = "Ferry service resumes";
  first.paragraphs = {{{}, "The ferry to the island ran again on Monday. It carried 120 people."},
                      {{}, "Storms had stopped the service for a week."}};
  Article second = Edited(first, "120 people", "140 people");
  second.id = "second";
  second.paragraphs.push_back({{}, "A second boat will join it in May."});
  Article third = Edited(second, "Storms had", "Gales had");
  third.id = "third";
  third.title = "Ferry back after storms";

  const auto json = [](const Comparison& c) { return wiredesk::desk::ComparisonJson(c).dump(); };
  const auto p1 = wiredesk::compare::PrepareForCompare(first);
  const auto p2 = wiredesk::compare::PrepareForCompare(second);
  const auto p3 = wiredesk::compare::PrepareForCompare(third);
  // The second text is reused: its shingles are cached by the first comparison.
  CHECK(json(Compare(first, p1, second, p2)) == json(Compare(first, second)));
  CHECK(json(Compare(second, p2, third, p3)) == json(Compare(second, third)));
  CHECK(json(Compare(third, p3, first, p1)) == json(Compare(third, first)));
  CHECK(p2.words == 29);
}
