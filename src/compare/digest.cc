#include "compare/digest.h"

#include <algorithm>
#include <array>

namespace wiredesk::compare {
namespace {

constexpr int kContextWords = 2;  // words kept on each side of an edit

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

std::vector<std::string_view> WordsOf(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsSpace(text[i])) ++i;
    const std::size_t begin = i;
    while (i < text.size() && !IsSpace(text[i])) ++i;
    if (i > begin) words.push_back(text.substr(begin, i - begin));
  }
  return words;
}

std::string JoinWords(const std::vector<std::string_view>& words, std::size_t begin,
                      std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

// The equal text of the row next to an edit: what a reader needs to place it
// ("left 20 → 25 dead"), not the whole sentence.
std::string Before(const std::vector<WordPiece>& words, std::size_t edit_begin) {
  std::string text;
  for (std::size_t w = edit_begin; w > 0 && words[w - 1].op == WordOp::kEqual; --w) {
    text.insert(0, words[w - 1].text);
  }
  const auto split = WordsOf(text);
  const std::size_t keep = std::min<std::size_t>(split.size(), kContextWords);
  // "re-elected" split mid-word by the edit keeps its stem attached.
  const bool glued = !text.empty() && !IsSpace(text.back());
  std::string out = JoinWords(split, split.size() - keep, split.size());
  return glued || out.empty() ? out : out + ' ';
}

std::string After(const std::vector<WordPiece>& words, std::size_t edit_end) {
  std::string text;
  for (std::size_t w = edit_end; w < words.size() && words[w].op == WordOp::kEqual; ++w) {
    text += words[w].text;
  }
  const auto split = WordsOf(text);
  const bool glued = !text.empty() && !IsSpace(text.front());
  std::string out = JoinWords(split, 0, std::min<std::size_t>(split.size(), kContextWords));
  return glued || out.empty() ? out : ' ' + out;
}

std::string Side(const std::string& text, bool quote) {
  if (text.empty()) return "(nothing)";
  return quote ? Quoted(text, 60) : text;
}

class DigestBuilder {
 public:
  explicit DigestBuilder(const Comparison& c) : c_(c) {}

  std::vector<DigestLine> Build() {
    if (c_.verdict == Verdict::kNoCommonText) {
      lines_.push_back({"unrelated", "no common text with the version before", false, "", ""});
      return std::move(lines_);
    }
    for (std::size_t r = 0; r < c_.rows.size(); ++r) AddRow(r);
    if (lines_.empty()) Cosmetic();
    return std::move(lines_);
  }

 private:
  void AddRow(std::size_t r) {
    const compare::Row& row = c_.rows[r];
    if (row.title) return Title(row);
    switch (row.op) {
      case RowOp::kAdded:
        lines_.push_back({"added", "added " + Quoted(row.right), false, "", ""});
        return;
      case RowOp::kRemoved:
        lines_.push_back({"removed", "removed " + Quoted(row.left), false, "", ""});
        return;
      case RowOp::kMoved:
        if (row.moved_from < 0) return;  // the departure: the arrival speaks for both
        MovedBlock(r);
        Edits(row);
        return;
      default:
        Edits(row);
    }
  }

  void Title(const compare::Row& row) {
    if (row.op == RowOp::kSame) return;
    if (row.op == RowOp::kChanged && !IsSubstantive(row.change_class)) return Edits(row);
    DigestLine line{"headline", "", true, row.has_left ? row.left : "",
                    row.has_right ? row.right : ""};
    line.text = "headline: " + Side(line.left, true) + " → " + Side(line.right, true);
    lines_.push_back(std::move(line));
  }

  // A run of moved sentences arriving together is one block moved.
  void MovedBlock(std::size_t r) {
    const bool continues = r > 0 && c_.rows[r - 1].op == RowOp::kMoved &&
                           c_.rows[r - 1].moved_from >= 0 && !c_.rows[r - 1].title;
    if (continues && !lines_.empty() && lines_.back().kind == "moved") {
      ++moved_run_;
      lines_.back().text = moved_first_ + " (" + std::to_string(moved_run_) + " sentences)";
      return;
    }
    moved_run_ = 1;
    moved_first_ = "moved " + Quoted(c_.rows[r].right);
    lines_.push_back({"moved", moved_first_, false, "", ""});
  }

  void Edits(const compare::Row& row) {
    const std::vector<WordPiece>& words = row.words;
    for (std::size_t w = 0; w < words.size();) {
      if (words[w].op == WordOp::kEqual) {
        ++w;
        continue;
      }
      std::size_t k = w;
      std::string deleted, inserted;
      for (; k < words.size() && words[k].op != WordOp::kEqual && words[k].edit == words[w].edit;
           ++k) {
        (words[k].op == WordOp::kDelete ? deleted : inserted) += words[k].text;
      }
      const ChangeClass change_class = words[w].change_class;
      if (!IsSubstantive(change_class)) {
        ++cosmetic_[static_cast<std::size_t>(change_class)];
      } else if (row.title) {
        // A headline edit is reported as the headline line, not word by word.
      } else {
        const bool quote = change_class == ChangeClass::kWording;
        DigestLine line{ChangeClassName(change_class), "", true, deleted, inserted};
        line.text = Before(words, w) + Side(deleted, quote) + " → " + Side(inserted, quote) +
                    After(words, k);
        lines_.push_back(std::move(line));
      }
      w = k;
    }
  }

  void Cosmetic() {
    std::vector<std::string> kinds;
    for (int k = 0; k < kChangeClassCount; ++k) {
      if (cosmetic_[static_cast<std::size_t>(k)] > 0)
        kinds.push_back(ChangeClassName(static_cast<ChangeClass>(k)));
    }
    if (kinds.empty()) return;
    std::string list;
    for (std::size_t i = 0; i < kinds.size(); ++i) {
      if (i > 0) list += i + 1 == kinds.size() ? " and " : ", ";
      list += kinds[i];
    }
    lines_.push_back(
        {"cosmetic", "no substantive change (only " + list + " changed)", false, "", ""});
  }

  const Comparison& c_;
  std::vector<DigestLine> lines_;
  std::array<int, kChangeClassCount> cosmetic_{};
  int moved_run_ = 0;
  std::string moved_first_;
};

}  // namespace

std::vector<DigestLine> Digest(const Comparison& comparison) {
  return DigestBuilder(comparison).Build();
}

bool IsSubstantiveLine(const DigestLine& line) { return line.kind != "cosmetic"; }

std::string Quoted(std::string_view text, std::size_t max_chars) {
  std::size_t cut = text.size(), last_space = std::string_view::npos, chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xC0) == 0x80) continue;  // continuation byte
    if (chars == max_chars) {
      cut = IsSpace(text[i]) || last_space == std::string_view::npos ? i : last_space;
      break;
    }
    if (IsSpace(text[i])) last_space = i;
    ++chars;
  }
  std::string out = "“" + std::string(text.substr(0, cut));
  return out + (cut < text.size() ? "…”" : "”");
}

}  // namespace wiredesk::compare
