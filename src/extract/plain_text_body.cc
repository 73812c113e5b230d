#include "extract/plain_text_body.h"

#include <string_view>

#include "extract/display_columns.h"
#include "extract/line_labels.h"
#include "text/lines.h"
#include "text/normalize.h"

namespace wiredesk::extract {
namespace {

bool Uncertain(const std::string& reason) {
  return reason == "before the article" || reason == "after the article" ||
         reason == "headline repeated";
}

// The paragraph's text, with the dateline prefix of the first one taken off
// and the "/." that closes Vietnamese wire copy's last sentence removed.
std::string BodyParagraph(const std::string& block_text, Article& article) {
  std::string text = block_text;
  if (article.paragraphs.empty() && article.dateline.empty()) {
    const std::string prefix = DatelinePrefix(text);
    if (!prefix.empty()) {
      article.dateline = text::CollapseWhitespace(prefix);
      text = text.substr(prefix.size());
    }
  }
  if (text.ends_with("/.")) {
    text.resize(text.size() - 2);
    article.removed.push_back(
        {"/.", "agency sign-off", static_cast<int>(article.paragraphs.size()) + 1});
  }
  return text;
}

// "... offenses. — VNS", "... organised crime.-VNA": the agency's name
// closing the last paragraph, after a dash with spaces or straight after
// the last sentence's stop.
void RemoveClosingSignOff(Article& article) {
  std::string& closing = article.paragraphs.back().text;
  for (const std::string_view dash : {"—", "–", "-"}) {
    const std::size_t at = closing.rfind(dash);
    if (at == std::string::npos || at == 0) continue;
    const std::string tail = text::CollapseWhitespace(closing.substr(at + dash.size()));
    const bool spaced = closing[at - 1] == ' ' && at + dash.size() < closing.size() &&
                        closing[at + dash.size()] == ' ';
    const bool after_stop = closing[at - 1] == '.';
    if ((spaced || after_stop) && IsAgencySignOff(tail) && tail.size() <= 8) {
      article.removed.push_back(
          {tail, "agency sign-off", static_cast<int>(article.paragraphs.size())});
      closing.resize(at);
      while (!closing.empty() && closing.back() == ' ') closing.pop_back();
      return;
    }
  }
}

}  // namespace

void TakeHeadlineFromRun(std::vector<Block>& blocks, const std::vector<Quality>& quality,
                         const std::optional<ArticleRun>& run, Article& article) {
  if (!article.title.empty() || !run || run->first >= run->last) return;
  Block& opening = blocks[run->first];
  if (quality[run->first] != Quality::kGood && DisplayColumns(opening.text) <= 150 &&
      !EndsWithSentencePunctuation(opening.text)) {
    article.title = opening.text;
    opening.reason = "headline";
    std::erase(article.warnings, std::string("no headline found at the top of the text"));
  }
}

void AssembleBody(std::vector<Block>& blocks, const std::vector<Quality>& quality,
                  const std::optional<ArticleRun>& run, Article& article) {
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    Block& block = blocks[i];
    const bool in_run = run && i >= run->first && i <= run->last;
    if (block.reason.empty() && !in_run) {
      block.reason = run && i < run->first ? "before the article" : "after the article";
    }
    if (block.reason == "headline") continue;
    if (!block.reason.empty()) {
      article.removed.push_back({block.text, block.reason,
                                 static_cast<int>(article.paragraphs.size()),
                                 Uncertain(block.reason)});
      continue;
    }
    std::string text = BodyParagraph(block.text, article);
    const bool heading = quality[i] == Quality::kShort && !EndsWithSentencePunctuation(text);
    article.paragraphs.push_back(
        {heading ? Paragraph::Kind::kHeading : Paragraph::Kind::kParagraph, std::move(text)});
  }
  if (article.paragraphs.empty()) {
    article.warnings.push_back("no article text found");
    return;
  }
  RemoveClosingSignOff(article);
}

std::string DatelinePrefix(const std::string& paragraph) {
  for (const std::string_view dash : {" – ", " — ", " - "}) {
    const std::size_t at = paragraph.find(dash);
    if (at == std::string::npos || at == 0 || at > 60) continue;
    const std::string head = paragraph.substr(0, at);
    const bool agency = head.back() == ')' && head.find(" (") != std::string::npos &&
                        text::IsUpperCase(head.substr(head.rfind(" (")));
    if (agency || text::IsUpperCase(head)) return paragraph.substr(0, at + dash.size());
  }
  return {};
}

}  // namespace wiredesk::extract
