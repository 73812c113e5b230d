#include "desk/desk_requests.h"

#include <exception>
#include <functional>
#include <new>
#include <vector>

#include "compare/comparison.h"
#include "desk/article_json.h"
#include "desk/comparison_json.h"
#include "desk/intake.h"
#include "desk/json_response.h"
#include "desk/record_pack.h"
#include "desk/summarize_request.h"
#include "desk/summary_json.h"
#include "desk/updates_request.h"
#include "extract/article.h"
#include "extract/iso_date.h"
#include "summarize/summary.h"

namespace wiredesk::desk {
namespace {

using json = nlohmann::ordered_json;

// Runs `answer`; any exception becomes an error response, so nothing
// crosses the wasm boundary as an opaque exception.
std::string Guarded(std::string_view what, const std::function<std::string()>& answer) {
  try {
    return answer();
  } catch (const std::bad_alloc&) {
    return ErrorJson(std::string(what) + " failed: " + kOutOfMemory);
  } catch (const std::exception& e) {
    return ErrorJson(std::string(what) + " failed: " + e.what());
  } catch (...) {
    return ErrorJson(std::string(what) + " failed");
  }
}

// What a list shows for an article without a headline: its opening words,
// cut at a word boundary.
std::string Lead(const extract::Article& article) {
  constexpr std::size_t kMaxBytes = 120;
  if (article.paragraphs.empty()) return {};
  std::string lead = article.paragraphs.front().text;
  if (lead.size() <= kMaxBytes) return lead;
  std::size_t cut = lead.rfind(' ', kMaxBytes);
  if (cut == std::string::npos || cut < kMaxBytes / 2) {
    cut = kMaxBytes;
    while (cut > 0 && (static_cast<unsigned char>(lead[cut]) & 0xC0) == 0x80)
      --cut;  // not inside a character
  }
  lead.resize(cut);
  return lead + "…";
}

// Words of the body, as a reader counts them: runs of non-space bytes.
std::size_t WordCount(const extract::Article& article) {
  std::size_t words = 0;
  for (const extract::Paragraph& paragraph : article.paragraphs) {
    bool in_word = false;
    for (const char c : paragraph.text) {
      const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
      if (!space && !in_word) ++words;
      in_word = !space;
    }
  }
  return words;
}

std::string TextsMissing(const std::string& id) {
  return "the texts of article \"" + id + "\" are not on the desk (lend them first)";
}

const extract::Article* Find(const Desk& desk, const json& id, std::string& error) {
  if (!id.is_string()) {
    error = "an article id must be a string";
    return nullptr;
  }
  const extract::Article* article = desk.Article(id.get<std::string>());
  if (article == nullptr) error = "no article \"" + id.get<std::string>() + "\" on the desk";
  if (article != nullptr && !desk.HoldsTexts(article->id)) {
    error = TextsMissing(article->id);
    return nullptr;
  }
  return article;
}

}  // namespace

std::string AddRequest(Desk& desk, std::string_view request) {
  return Guarded("add", [&] {
    auto parsed = ParseDocuments(request);
    if (const Error* error = std::get_if<Error>(&parsed)) return ErrorJson(error->message);
    const ParsedDocuments& documents = std::get<ParsedDocuments>(parsed);
    json results = json::array();
    std::size_t index = 0;
    for (const auto& entry : documents.documents) {
      if (const Error* error = std::get_if<Error>(&entry)) {
        results.push_back(
            {{"error",
              {{"message", "document " + std::to_string(index) + ": " + error->message}}}});
      } else {
        const Document& document = std::get<Document>(entry);
        auto added = desk.Add(document);
        if (const Error* refused = std::get_if<Error>(&added)) {
          results.push_back({{"id", document.id}, {"error", {{"message", refused->message}}}});
        } else {
          const extract::Article& article = *desk.Article(std::get<std::string>(added));
          results.push_back({{"id", article.id},
                             {"title", article.title},
                             {"lead", Lead(article)},
                             {"lang", article.lang},
                             {"url", article.url},
                             {"published", article.published},
                             {"date", extract::IsoDate(article.published)},
                             {"lang", article.lang},
                             {"words", WordCount(article)},
                             {"warnings", article.warnings}});
        }
      }
      ++index;
    }
    json response = {{"results", std::move(results)}};
    if (!documents.warnings.empty()) response["warnings"] = documents.warnings;
    return Dump(response);
  });
}

std::string RemoveRequest(Desk& desk, std::string_view request) {
  return Guarded("remove", [&] {
    const json ids = json::parse(request, nullptr, false);
    if (ids.is_discarded() || !ids.is_array())
      return ErrorJson("remove expects a JSON array of article ids");
    std::size_t removed = 0;
    for (const json& id : ids) {
      if (!id.is_string()) return ErrorJson("an article id must be a string");
      if (desk.Remove(id.get<std::string>())) ++removed;
    }
    return Dump({{"removed", removed}});
  });
}

std::string StoriesRequest(Desk& desk) {
  return Guarded("stories", [&] { return Dump(desk.StoriesJson()); });
}

std::string RestorePackRequest(Desk& desk, std::string_view pack) {
  return Guarded("restore", [&] {
    json restored = json::array();
    json refused = json::array();
    const RecordPack split = SplitPack(pack);
    for (std::size_t index = 0; index < split.records.size(); ++index) {
      auto filed = desk.Restore(split.records[index]);
      if (const Error* error = std::get_if<Error>(&filed))
        refused.push_back({{"index", index}, {"message", error->message}});
      else
        restored.push_back(std::get<std::string>(filed));
    }
    if (split.cut_short) {
      refused.push_back(
          {{"index", split.records.size()}, {"message", "the stored records are cut short"}});
    }
    return Dump({{"restored", std::move(restored)}, {"refused", std::move(refused)}});
  });
}

std::string RestoreStoriesRequest(Desk& desk, std::string_view request) {
  return Guarded("restoreStories", [&] {
    const json parsed = json::parse(request, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object() || !parsed.contains("stories") ||
        !parsed["stories"].is_array()) {
      return ErrorJson("restoreStories expects {\"stories\": [{id, canonical, members, title}]}");
    }
    std::vector<Story> stories;
    for (const json& item : parsed["stories"]) {
      if (!item.is_object()) return ErrorJson("a story must be an object");
      Story story;
      story.id = item.value("id", "");
      story.canonical = item.value("canonical", "");
      story.title = item.value("title", "");
      if (!item.contains("members") || !item["members"].is_array())
        return ErrorJson("a story must list its members");
      for (const json& member : item["members"]) {
        if (!member.is_string()) return ErrorJson("an article id must be a string");
        story.members.push_back(member.get<std::string>());
      }
      stories.push_back(std::move(story));
    }
    if (const auto error = desk.RestoreStories(stories)) return ErrorJson(error->message);
    return std::string(R"({"ok":true})");
  });
}

std::string TextsNeededRequest(const Desk& desk, std::string_view request) {
  return Guarded("textsNeeded", [&] {
    const json parsed = json::parse(request, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object())
      return ErrorJson("textsNeeded expects {\"read\": [ids], \"removed\": [ids]}");
    std::vector<std::string> lists[2];
    const char* const names[2] = {"read", "removed"};
    for (int i = 0; i < 2; ++i) {
      if (!parsed.contains(names[i])) continue;
      if (!parsed[names[i]].is_array())
        return ErrorJson(std::string("textsNeeded: \"") + names[i] + "\" must be an array");
      for (const json& id : parsed[names[i]]) {
        if (!id.is_string()) return ErrorJson("an article id must be a string");
        lists[i].push_back(id.get<std::string>());
      }
    }
    return Dump(json{{"ids", desk.TextsNeeded(lists[0], lists[1])}});
  });
}

std::string LendTextsRequest(Desk& desk, std::string_view pack) {
  return Guarded("lendTexts", [&] {
    auto lent = desk.LendTexts(pack);
    if (const Error* error = std::get_if<Error>(&lent)) return ErrorJson(error->message);
    return Dump(json{{"lent", std::get<std::size_t>(lent)}});
  });
}

std::string ArticleRequest(const Desk& desk, std::string_view id) {
  return Guarded("article", [&] {
    const extract::Article* article = desk.Article(id);
    if (article == nullptr) return ErrorJson("no article \"" + std::string(id) + "\" on the desk");
    if (!desk.HoldsTexts(id)) return ErrorJson(TextsMissing(article->id));
    return Dump(desk::ArticleJson(*article));
  });
}

std::string SummarizeRequest(const Desk& desk, std::string_view request) {
  return Guarded("summarize", [&] {
    json parsed = json::parse(request, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object() || !parsed.contains("ids") ||
        !parsed["ids"].is_array()) {
      return ErrorJson("summarize expects {\"ids\": [article ids], \"sentences\": K}");
    }
    const json ids = parsed["ids"];
    parsed.erase("ids");
    auto options = OptionsFromJson(nlohmann::json::parse(parsed.dump()));
    if (const Error* error = std::get_if<Error>(&options)) return ErrorJson(error->message);
    if (ids.empty()) return ErrorJson("summarize needs at least one article id");
    std::vector<const extract::Article*> versions;
    std::vector<std::string> names;
    for (const json& id : ids) {
      std::string error;
      const extract::Article* article = Find(desk, id, error);
      if (article == nullptr) return ErrorJson(error);
      versions.push_back(article);
      names.push_back(article->id);
    }
    const summarize::Summary summary =
        summarize::SummarizeStory(versions, std::get<summarize::SummaryOptions>(options));
    return Dump(StorySummaryJson(summary, names));
  });
}

std::string CompareRequest(const Desk& desk, std::string_view request) {
  return Guarded("compare", [&] {
    const json parsed = json::parse(request, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object() || !parsed.contains("left") ||
        !parsed.contains("right")) {
      return ErrorJson("compare expects {\"left\": article id, \"right\": article id}");
    }
    std::string error;
    const extract::Article* left = Find(desk, parsed["left"], error);
    if (left == nullptr) return ErrorJson(error);
    const extract::Article* right = Find(desk, parsed["right"], error);
    if (right == nullptr) return ErrorJson(error);
    return Dump(ComparisonJson(compare::Compare(*left, *right)));
  });
}

std::string UpdatesRequest(Desk& desk, std::string_view request) {
  return Guarded("updates", [&] {
    json parsed = json::parse(request, nullptr, false);
    if (!parsed.is_discarded() && parsed.is_object() && parsed.contains("ids")) {
      parsed = parsed["ids"];
    }
    if (parsed.is_discarded() || !parsed.is_array() || parsed.empty()) {
      return ErrorJson("updates expects {\"ids\": [article ids]}, the story's members");
    }
    std::vector<const extract::Article*> versions;
    for (const json& id : parsed) {
      std::string error;
      const extract::Article* article = Find(desk, id, error);
      if (article == nullptr) return ErrorJson(error);
      versions.push_back(article);
    }
    auto updates = UpdatesJson(compare::UpdatesOf(versions));
    auto& related = updates["related"] = nlohmann::ordered_json::array();
    for (const RelatedLink& link : desk.RelatedOf(versions.front()->id)) {
      related.push_back({{"id", link.story}, {"title", link.title}, {"terms", link.terms}});
    }
    return Dump(updates);
  });
}

std::string SearchRequest(Desk& desk, std::string_view request) {
  return Guarded("search", [&] {
    json parsed = json::parse(request, nullptr, false);
    if (!parsed.is_discarded() && parsed.is_object() && parsed.contains("query")) {
      parsed = parsed["query"];
    }
    if (parsed.is_discarded() || !parsed.is_string()) {
      return ErrorJson("search expects {\"query\": \"words\"}");
    }
    return Dump(json{{"stories", desk.Search(parsed.get<std::string>())}});
  });
}

}  // namespace wiredesk::desk
