// Comparison of two versions of a story: the agency copy and an outlet's, or
// this morning's and this afternoon's.
//
//   Comparison c = Compare(agency_article, outlet_article);
//   if (c.verdict == Verdict::kCosmetic) ...  // only spacing, punctuation, case, diacritics
//
// The two articles' sentences are aligned (alignment.h): each row of the
// result is a pair of aligned sentences (same or changed), a sentence only
// one side has (added, removed), or one end of a moved sentence. Changed and
// moved pairs carry their word diff (word_diff.h) with each edit classified
// (change_class.h). The headlines are compared as a row of their own.
//
// Stats count edits for the seven classes (one edit may span several words),
// sentences for "unchanged", "added", "removed" and "moved" (a moved sentence
// counts once, at its arrival). When the sentences the two sides share hold
// less than a tenth of the shorter side's words, the verdict is "no common
// text" and rows are left out: a page of removed-then-added sentences helps
// no one. The JSON of a Comparison is the Desk's contract
// (desk/comparison_json.h).
//
// Pure functions; deterministic (no unordered iteration reaches the output),
// so native and wasm builds give the same result.
// REQUIRES: well-formed UTF-8 and ICU's data. Cost: see alignment.h and
// word_diff.h; two 10,000-word versions take a few milliseconds.

#ifndef WIREDESK_COMPARE_COMPARISON_H_
#define WIREDESK_COMPARE_COMPARISON_H_

#include <array>
#include <string>
#include <vector>

#include "compare/alignment.h"
#include "compare/change_class.h"
#include "compare/word_diff.h"
#include "extract/article.h"

namespace wiredesk::compare {

enum class RowOp { kSame, kChanged, kAdded, kRemoved, kMoved };

// "same", "changed", "added", "removed", "moved".
const char* RowOpName(RowOp op);

struct Row {
  RowOp op = RowOp::kSame;
  bool title = false;
  bool has_left = false, has_right = false;
  std::string left, right;
  int left_paragraph = -1, right_paragraph = -1;
  int moved_from = -1, moved_to = -1;  // row indices, for moves
  bool has_class = false;
  ChangeClass change_class = ChangeClass::kWording;
  std::vector<WordPiece> words;
};

// One edit or one whole sentence, for the list of changes.
struct Change {
  std::string kind;  // a class name, or "added", "removed", "moved"
  int row = 0;
  std::string left, right;
};

enum class Verdict { kIdentical, kCosmetic, kSubstantive, kNoCommonText, kEmpty };

struct ArticleSide {
  std::string id, title;
  int sentences = 0, words = 0;
};

struct Comparison {
  ArticleSide left, right;
  Verdict verdict = Verdict::kIdentical;
  std::string summary;
  int unchanged = 0, added = 0, removed = 0, moved = 0;
  std::array<int, kChangeClassCount> edits{};  // by ChangeClass
  std::vector<Change> changes;                 // substantive first
  std::vector<Row> rows;
};

Comparison Compare(const extract::Article& left, const extract::Article& right);

// A version's body as Compare reads it: its sentences (a sentence keyed in
// without the space after the one before stays with it) and their matching
// keys. Prepare a version once to compare it with several others (a story's
// timeline): segmentation and keys are most of a comparison's cost.
struct ComparedSentence {
  std::string text;
  int paragraph = 0;
  int words = 0;  // runs of non-space bytes
};
struct ComparedText {
  std::vector<ComparedSentence> sentences;
  std::vector<SentenceKey> keys;  // one per sentence; caches its shingles
  int words = 0;
};
ComparedText PrepareForCompare(const extract::Article& article);

// Compare(left, right) on texts prepared from those articles' bodies (their
// titles are read from the articles). Same result; not thread-safe for one
// ComparedText (its keys fill their shingle caches).
Comparison Compare(const extract::Article& left, const ComparedText& left_text,
                   const extract::Article& right, const ComparedText& right_text);

// "identical", "cosmetic", "substantive", "no common text", "empty".
const char* VerdictName(Verdict verdict);

}  // namespace wiredesk::compare

#endif  // WIREDESK_COMPARE_COMPARISON_H_
