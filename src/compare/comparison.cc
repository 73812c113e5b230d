#include "compare/comparison.h"

#include <algorithm>

#include "compare/alignment.h"
#include "text/sentences.h"

namespace wiredesk::compare {
namespace {

using Sentence = ComparedSentence;

std::vector<Sentence> SentencesOf(const extract::Article& article) {
  std::vector<Sentence> sentences;
  for (std::size_t p = 0; p < article.paragraphs.size(); ++p) {
    const std::string& text = article.paragraphs[p].text;
    std::size_t previous_end = std::string::npos;
    for (const text::Sentence& s : text::SplitSentences(text)) {
      // "December 16.This was": a sentence keyed in without the space after
      // the one before stays with it, so the missing space can be reported.
      if (s.begin == previous_end && !sentences.empty()) {
        sentences.back().text += text.substr(s.begin, s.end - s.begin);
      } else {
        sentences.push_back({text.substr(s.begin, s.end - s.begin), static_cast<int>(p)});
      }
      previous_end = s.end;
    }
  }
  return sentences;
}

int WordCount(const std::string& text) {
  int words = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    words += !space && !in_word;
    in_word = !space;
  }
  return words;
}

// Two versions share text when the sentences aligned hold at least
// kMinCommonShare of the shorter one's words: a credit line or two in common
// doesn't make two stories versions of each other.
constexpr double kMinCommonShare = 0.1;

bool SharesText(const ComparedText& a, const ComparedText& b, const std::vector<Link>& links) {
  const bool a_shorter = a.words <= b.words;
  int shared = 0;
  for (const Link& link : links) {
    const int begin = a_shorter ? link.left_begin : link.right_begin;
    const int end = a_shorter ? link.left_end : link.right_end;
    const std::vector<Sentence>& side = a_shorter ? a.sentences : b.sentences;
    for (int i = begin; i < end; ++i) shared += side[static_cast<std::size_t>(i)].words;
  }
  return shared > 0 && shared >= kMinCommonShare * (a_shorter ? a.words : b.words);
}

std::string Joined(const std::vector<Sentence>& sentences, int begin, int end) {
  std::string text;
  for (int i = begin; i < end; ++i) {
    if (!text.empty()) text += ' ';
    text += sentences[static_cast<std::size_t>(i)].text;
  }
  return text;
}

// A pair of texts as a same or changed row, with its word diff.
Row PairRow(std::string left, std::string right, bool title) {
  Row row;
  row.title = title;
  row.has_left = row.has_right = true;
  if (left != right) {
    row.words = DiffWords(left, right);
    for (const WordPiece& piece : row.words) {
      if (piece.op == WordOp::kEqual) continue;
      if (!row.has_class || piece.change_class > row.change_class)
        row.change_class = piece.change_class;
      row.has_class = true;
    }
  }
  row.op = row.has_class ? RowOp::kChanged : RowOp::kSame;
  if (!row.has_class) row.words.clear();
  row.left = std::move(left);
  row.right = std::move(right);
  return row;
}

Row OneSide(RowOp op, const Sentence& sentence, bool left) {
  Row row;
  row.op = op;
  (left ? row.has_left : row.has_right) = true;
  (left ? row.left : row.right) = sentence.text;
  (left ? row.left_paragraph : row.right_paragraph) = sentence.paragraph;
  return row;
}

// Where a kind of change stands in the list: what the story says first.
int Priority(const std::string& kind) {
  static const char* const kOrder[] = {"number", "name",       "wording", "added",       "removed",
                                       "moved",  "diacritics", "case",    "punctuation", "spacing"};
  for (int i = 0; i < 10; ++i) {
    if (kind == kOrder[i]) return i;
  }
  return 10;
}

void Count(Comparison& c) {
  for (std::size_t r = 0; r < c.rows.size(); ++r) {
    const Row& row = c.rows[r];
    switch (row.op) {
      case RowOp::kSame:
        ++c.unchanged;
        break;
      case RowOp::kAdded:
        ++c.added;
        c.changes.push_back({"added", static_cast<int>(r), "", row.right});
        break;
      case RowOp::kRemoved:
        ++c.removed;
        c.changes.push_back({"removed", static_cast<int>(r), row.left, ""});
        break;
      case RowOp::kMoved:
        if (row.moved_from >= 0) {
          ++c.moved;
          c.changes.push_back({"moved", static_cast<int>(r), row.left, row.right});
        }
        break;
      case RowOp::kChanged:
        break;
    }
    // One entry per edit: its deleted and inserted text.
    for (std::size_t w = 0; w < row.words.size(); ++w) {
      const WordPiece& piece = row.words[w];
      if (piece.op == WordOp::kEqual) continue;
      if (w > 0 && row.words[w - 1].edit == piece.edit) continue;
      ++c.edits[static_cast<std::size_t>(piece.change_class)];
      Change change{ChangeClassName(piece.change_class), static_cast<int>(r), "", ""};
      for (std::size_t k = w; k < row.words.size() && row.words[k].edit == piece.edit; ++k) {
        (row.words[k].op == WordOp::kDelete ? change.left : change.right) = row.words[k].text;
      }
      c.changes.push_back(std::move(change));
    }
  }
  std::stable_sort(c.changes.begin(), c.changes.end(), [](const Change& a, const Change& b) {
    return Priority(a.kind) < Priority(b.kind);
  });
}

std::string Plural(int n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string Summary(const Comparison& c, bool title_changed) {
  switch (c.verdict) {
    case Verdict::kEmpty:
      return "Both versions are empty.";
    case Verdict::kNoCommonText:
      return "No common text: these look like different stories.";
    case Verdict::kIdentical:
      return "The two versions are identical.";
    default:
      break;
  }
  std::vector<std::string> what;
  const auto& e = c.edits;
  auto edits = [&](ChangeClass k, const std::string& one, const std::string& many) {
    const int n = e[static_cast<std::size_t>(k)];
    if (n > 0) what.push_back(Plural(n, one, many));
  };
  edits(ChangeClass::kNumber, "number changed", "numbers changed");
  edits(ChangeClass::kName, "name changed", "names changed");
  edits(ChangeClass::kWording, "wording change", "wording changes");
  if (c.added > 0) what.push_back(Plural(c.added, "sentence added", "sentences added"));
  if (c.removed > 0) what.push_back(Plural(c.removed, "sentence removed", "sentences removed"));
  if (c.moved > 0) what.push_back(Plural(c.moved, "sentence moved", "sentences moved"));
  std::vector<std::string> cosmetic;
  auto minor = [&](ChangeClass k, const std::string& name) {
    const int n = e[static_cast<std::size_t>(k)];
    if (n > 0) cosmetic.push_back(name + " (" + std::to_string(n) + ")");
  };
  minor(ChangeClass::kSpacing, "spacing");
  minor(ChangeClass::kPunctuation, "punctuation");
  minor(ChangeClass::kCase, "case");
  minor(ChangeClass::kDiacritics, "diacritics");
  auto list = [](const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
      out += items[i];
    }
    return out;
  };
  std::string summary;
  if (c.verdict == Verdict::kCosmetic) {
    summary = "Same text; only " + list(cosmetic) + " differ" + (cosmetic.size() == 1 ? "s" : "");
  } else {
    summary = list(what);
    if (!cosmetic.empty()) summary += "; also " + list(cosmetic);
  }
  if (title_changed) summary += " (the headline included)";
  return summary + ".";
}

// The headline, as a row of its own.
Row TitleRow(const std::string& left, const std::string& right) {
  Row row;
  if (left.empty() || right.empty()) {
    row = OneSide(left.empty() ? RowOp::kAdded : RowOp::kRemoved,
                  {left.empty() ? right : left, -1, 0}, !left.empty());
    row.left_paragraph = row.right_paragraph = -1;
  } else {
    row = PairRow(left, right, true);
  }
  row.title = true;
  return row;
}

// Body rows: the chain in order; in each gap between two chain links, what
// only the left has (removed, or moved away), then what only the right has.
// A moved sentence's two rows point at each other.
class BodyRows {
 public:
  BodyRows(const std::vector<Sentence>& a, const std::vector<Sentence>& b,
           const std::vector<Link>& links)
      : a_(a),
        b_(b),
        links_(links),
        moved_left_(a.size(), -1),
        moved_right_(b.size(), -1),
        departure_(links.size(), -1),
        arrival_(links.size(), -1) {
    for (std::size_t l = 0; l < links.size(); ++l) {
      if (!links[l].moved) continue;
      moved_left_[static_cast<std::size_t>(links[l].left_begin)] = static_cast<int>(l);
      moved_right_[static_cast<std::size_t>(links[l].right_begin)] = static_cast<int>(l);
    }
  }

  void AppendTo(std::vector<Row>& rows) {
    for (const Link& link : links_) {
      if (link.moved) continue;
      Gap(link.left_begin, link.right_begin, rows);
      Row row = PairRow(Joined(a_, link.left_begin, link.left_end),
                        Joined(b_, link.right_begin, link.right_end), false);
      row.left_paragraph = a_[static_cast<std::size_t>(link.left_begin)].paragraph;
      row.right_paragraph = b_[static_cast<std::size_t>(link.right_begin)].paragraph;
      rows.push_back(std::move(row));
      i_ = link.left_end;
      j_ = link.right_end;
    }
    Gap(static_cast<int>(a_.size()), static_cast<int>(b_.size()), rows);
    for (std::size_t l = 0; l < links_.size(); ++l) {
      if (!links_[l].moved) continue;
      rows[static_cast<std::size_t>(departure_[l])].moved_to = arrival_[l];
      rows[static_cast<std::size_t>(arrival_[l])].moved_from = departure_[l];
    }
  }

 private:
  void Gap(int left_end, int right_end, std::vector<Row>& rows) {
    for (; i_ < left_end; ++i_) {
      const int l = moved_left_[static_cast<std::size_t>(i_)];
      if (l >= 0) departure_[static_cast<std::size_t>(l)] = static_cast<int>(rows.size());
      rows.push_back(OneSide(l >= 0 ? RowOp::kMoved : RowOp::kRemoved,
                             a_[static_cast<std::size_t>(i_)], true));
    }
    for (; j_ < right_end; ++j_) {
      const int l = moved_right_[static_cast<std::size_t>(j_)];
      if (l < 0) {
        rows.push_back(OneSide(RowOp::kAdded, b_[static_cast<std::size_t>(j_)], false));
        continue;
      }
      const Link& link = links_[static_cast<std::size_t>(l)];
      Row row = PairRow(a_[static_cast<std::size_t>(link.left_begin)].text,
                        b_[static_cast<std::size_t>(j_)].text, false);
      row.op = RowOp::kMoved;
      row.left_paragraph = a_[static_cast<std::size_t>(link.left_begin)].paragraph;
      row.right_paragraph = b_[static_cast<std::size_t>(j_)].paragraph;
      arrival_[static_cast<std::size_t>(l)] = static_cast<int>(rows.size());
      rows.push_back(std::move(row));
    }
  }

  const std::vector<Sentence>& a_;
  const std::vector<Sentence>& b_;
  const std::vector<Link>& links_;
  std::vector<int> moved_left_, moved_right_;  // the moved link starting at each sentence
  std::vector<int> departure_, arrival_;       // each moved link's two rows
  int i_ = 0, j_ = 0;                          // the next sentence of each side
};

Verdict VerdictOf(const Comparison& c) {
  int substantive = c.added + c.removed + c.moved;
  int cosmetic = 0;
  for (int k = 0; k < kChangeClassCount; ++k) {
    (IsSubstantive(static_cast<ChangeClass>(k)) ? substantive : cosmetic) +=
        c.edits[static_cast<std::size_t>(k)];
  }
  return substantive > 0 ? Verdict::kSubstantive
         : cosmetic > 0  ? Verdict::kCosmetic
                         : Verdict::kIdentical;
}

}  // namespace

const char* RowOpName(RowOp op) {
  switch (op) {
    case RowOp::kSame:
      return "same";
    case RowOp::kChanged:
      return "changed";
    case RowOp::kAdded:
      return "added";
    case RowOp::kRemoved:
      return "removed";
    case RowOp::kMoved:
      return "moved";
  }
  return "same";
}

const char* VerdictName(Verdict verdict) {
  switch (verdict) {
    case Verdict::kIdentical:
      return "identical";
    case Verdict::kCosmetic:
      return "cosmetic";
    case Verdict::kSubstantive:
      return "substantive";
    case Verdict::kNoCommonText:
      return "no common text";
    case Verdict::kEmpty:
      return "empty";
  }
  return "identical";
}

ComparedText PrepareForCompare(const extract::Article& article) {
  ComparedText prepared;
  prepared.sentences = SentencesOf(article);
  prepared.keys.reserve(prepared.sentences.size());
  for (Sentence& s : prepared.sentences) {
    s.words = WordCount(s.text);
    prepared.words += s.words;
    prepared.keys.push_back(KeyOf(s.text));
  }
  return prepared;
}

Comparison Compare(const extract::Article& left, const extract::Article& right) {
  return Compare(left, PrepareForCompare(left), right, PrepareForCompare(right));
}

Comparison Compare(const extract::Article& left, const ComparedText& left_text,
                   const extract::Article& right, const ComparedText& right_text) {
  Comparison c;
  const std::vector<Sentence>& a = left_text.sentences;
  const std::vector<Sentence>& b = right_text.sentences;
  c.left = {left.id, left.title, static_cast<int>(a.size()), left_text.words};
  c.right = {right.id, right.title, static_cast<int>(b.size()), right_text.words};
  if (a.empty() && b.empty() && left.title.empty() && right.title.empty()) {
    c.verdict = Verdict::kEmpty;
    c.summary = Summary(c, false);
    return c;
  }

  const std::vector<Link> links = AlignSentences(left_text.keys, right_text.keys);
  if (!a.empty() && !b.empty() && !SharesText(left_text, right_text, links)) {
    c.verdict = Verdict::kNoCommonText;
    c.removed = static_cast<int>(a.size());
    c.added = static_cast<int>(b.size());
    c.summary = Summary(c, false);
    return c;
  }

  bool title_changed = false;
  if (!left.title.empty() || !right.title.empty()) {
    c.rows.push_back(TitleRow(left.title, right.title));
    title_changed = c.rows.back().op != RowOp::kSame;
  }
  BodyRows(a, b, links).AppendTo(c.rows);
  Count(c);
  c.verdict = VerdictOf(c);
  c.summary = Summary(c, title_changed);
  return c;
}

}  // namespace wiredesk::compare
