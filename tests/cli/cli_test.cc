#include "cli/cli.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct Run {
  int status = 0;
  std::string out;
  std::vector<json> errors;  // stderr, one JSON value a line
};

Run RunCli(const std::vector<std::string>& args, const wiredesk::cli::Delegate& delegate = {},
           const std::string& stdin_text = "") {
  std::istringstream in(stdin_text);
  std::ostringstream out;
  std::ostringstream err;
  Run run;
  run.status = wiredesk::cli::Main(args, "native", delegate, {in, out, err});
  run.out = out.str();
  std::istringstream lines(err.str());
  for (std::string line; std::getline(lines, line);) run.errors.push_back(json::parse(line));
  return run;
}

// A scratch folder, removed when the test ends.
struct Scratch {
  fs::path dir;
  Scratch()
      : dir(fs::temp_directory_path() / ("wiredesk-cli-test-" + std::to_string(std::rand()))) {
    fs::create_directories(dir);
  }
  ~Scratch() {
    std::error_code ignored;
    fs::remove_all(dir, ignored);
  }
  std::string Write(const std::string& name, const std::string& bytes) const {
    std::ofstream(dir / name, std::ios::binary) << bytes;
    return (dir / name).string();
  }
};

const std::string kSeed = std::string(WIREDESK_SOURCE_DIR) + "/samples/003_94858066e6bb5739.txt";

}  // namespace

TEST_CASE("sentences of a sample article carry the file's name as id") {
  const Run run = RunCli({"sentences", kSeed});
  REQUIRE(run.status == 0);
  CHECK(run.errors.empty());
  const json results = json::parse(run.out);
  REQUIRE(results.size() == 1);
  CHECK(results[0]["id"] == "003_94858066e6bb5739");
  const json& sentences = results[0]["sentences"];
  CHECK(sentences.size() > 10);
  CHECK(sentences[1]["text"].get<std::string>().rfind("Santiago (VNA) – Vietnam stands ready", 0) ==
        0);
  CHECK(sentences.back()["text"] == "VNA");
}

TEST_CASE("bad files get an error each and the good ones are still processed") {
  Scratch scratch;
  fs::create_directories(scratch.dir / "folder");
  const std::string huge = (scratch.dir / "huge.txt").string();
  std::ofstream(huge).close();
  fs::resize_file(huge, 50u << 20);  // sparse: cheap to make, 50 MB to read
  const std::vector<std::string> args = {
      "sentences",
      scratch.Write("empty.txt", ""),
      (scratch.dir / "folder").string(),
      scratch.Write("image.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)),
      huge,
      (scratch.dir / "missing.txt").string(),
      scratch.Write("latin1.txt", "Caf\xE9 society returns. It is back."),
      scratch.Write("surrogate.json", R"({"id":"s","content":"Broken \ud800 text."})"),
      scratch.Write("good.txt", "The talks ended./."),
  };
  const Run run = RunCli(args);
  CHECK(run.status == 1);
  const json results = json::parse(run.out);
  REQUIRE(results.size() == 3);
  CHECK(results[0]["id"] == "latin1");
  CHECK(results[0]["warnings"][0] == "1 invalid UTF-8 sequence replaced with U+FFFD");
  CHECK(results[1]["id"] == "s");
  CHECK(results[2]["sentences"][0]["text"] == "The talks ended./.");

  std::vector<std::string> messages;
  for (const json& line : run.errors) {
    const json& body = line.contains("error") ? line["error"] : line["warning"];
    messages.push_back(fs::path(body["file"].get<std::string>()).filename().string() + ": " +
                       body["message"].get<std::string>());
  }
  CHECK(messages ==
        std::vector<std::string>{
            "empty.txt: document is empty",
            "folder: is a directory, not a file (pass the files in it)",
            "image.png: content looks binary (NUL bytes or control characters), not text",
            "huge.txt: file is 50.0 MB; the limit is 32.0 MB",
            "missing.txt: no such file",
            "surrogate.json: 1 unpaired UTF-16 surrogate in the JSON replaced with U+FFFD",
        });
}

TEST_CASE("invalid UTF-8 in a JSON file or a file name fails that input alone") {
  Scratch scratch;
  const std::vector<std::string> args = {
      "sentences",
      scratch.Write("before.txt", "The talks began."),
      scratch.Write("bad.json", "{\"content\":\"bad \xff\"}"),
      scratch.Write("\xff.txt", "A name that is not UTF-8."),
      scratch.Write("after.txt", "The talks ended."),
  };
  const Run run = RunCli(args);
  CHECK(run.status == 1);
  const json results = json::parse(run.out);
  REQUIRE(results.size() == 3);
  CHECK(results[0]["id"] == "before");
  CHECK(results[1]["id"] == "\xEF\xBF\xBD");  // the name's byte shown as U+FFFD
  CHECK(results[2]["id"] == "after");
  REQUIRE(run.errors.size() == 1);
  CHECK(run.errors[0]["error"]["file"].get<std::string>().ends_with("bad.json"));
  CHECK(run.errors[0]["error"]["message"].get<std::string>().find("UTF-8") != std::string::npos);
}

TEST_CASE("a UTF-16 file with a byte-order mark is read as text") {
  Scratch scratch;
  std::string utf16le = "\xFF\xFE";
  for (const char c : std::string("The talks ended.")) utf16le += std::string{c, '\0'};
  std::string utf16be = "\xFE\xFF";
  for (const char c : std::string("The talks began.")) utf16be += std::string{'\0', c};
  const Run run =
      RunCli({"sentences", scratch.Write("le.txt", utf16le), scratch.Write("be.txt", utf16be)});
  CHECK(run.status == 0);
  const json results = json::parse(run.out);
  REQUIRE(results.size() == 2);
  CHECK(results[0]["sentences"][0]["text"] == "The talks ended.");
  CHECK(results[1]["sentences"][0]["text"] == "The talks began.");
}

TEST_CASE("a file one byte over the limit is not described as the limit") {
  Scratch scratch;
  const std::string file = (scratch.dir / "over.txt").string();
  std::ofstream(file).close();
  fs::resize_file(file, (32u << 20) + 1);
  const Run run = RunCli({"sentences", file});
  CHECK(run.status == 1);
  REQUIRE(run.errors.size() == 1);
  CHECK(run.errors[0]["error"]["message"] == "file is 32.1 MB; the limit is 32.0 MB");
}

// Standard input that never ends, like /dev/zero.
class EndlessBuffer : public std::streambuf {
 public:
  EndlessBuffer() : block_(1 << 16, 'a') {
    setg(block_.data(), block_.data(), block_.data() + block_.size());
  }

 protected:
  int_type underflow() override {
    setg(block_.data(), block_.data(), block_.data() + block_.size());
    return traits_type::to_int_type(block_[0]);
  }

 private:
  std::string block_;
};

TEST_CASE("endless standard input is refused at the size limit, the other inputs kept") {
  Scratch scratch;
  EndlessBuffer endless;
  std::istream in(&endless);
  std::ostringstream out;
  std::ostringstream err;
  const int status =
      wiredesk::cli::Main({"sentences", "-", scratch.Write("good.txt", "The talks ended.")},
                          "native", {}, {in, out, err});
  CHECK(status == 1);
  CHECK(json::parse(out.str()).size() == 1);
  CHECK(json::parse(err.str())["error"]["message"] == "input is over the limit of 32.0 MB");
}

TEST_CASE("a bad line of a JSON Lines file is reported with its number") {
  Scratch scratch;
  const std::string file = scratch.Write("batch.jsonl",
                                         "{\"id\":\"one\",\"content\":\"One.\"}\n\n{\"id\":\n[]\n{"
                                         "\"id\":\"two\",\"content\":\"Two.\"}\n");
  const Run run = RunCli({"sentences", file});
  CHECK(run.status == 1);
  const json results = json::parse(run.out);
  REQUIRE(results.size() == 2);
  CHECK(results[1]["id"] == "two");
  REQUIRE(run.errors.size() == 2);
  CHECK(run.errors[0]["error"]["line"] == 3);
  CHECK(run.errors[1]["error"]["line"] == 4);
}

TEST_CASE("standard input is read as a document or as JSON") {
  const Run text = RunCli({"tokens", "-"}, {}, "Hello, world.");
  CHECK(json::parse(text.out)[0]["tokens"].size() == 4);
  const Run documents = RunCli({"sentences", "-"}, {}, R"([{"id":"x","content":"A. B."}])");
  CHECK(json::parse(documents.out)[0]["id"] == "x");
}

TEST_CASE("usage errors exit with 2 and say what is wrong") {
  CHECK(RunCli({}).status == 2);
  const Run unknown = RunCli({"summarise", kSeed});
  CHECK(unknown.status == 2);
  CHECK(unknown.errors.at(0)["error"]["message"] == "unknown command \"summarise\"");
  CHECK(RunCli({"sentences"}).status == 2);
  CHECK(RunCli({"sentences", "--engine", "gpu", kSeed}).status == 2);
  CHECK(RunCli({"sentences", "--frobnicate", kSeed}).status == 2);
}

TEST_CASE("another engine gets the same arguments without --engine") {
  std::vector<std::string> forwarded;
  const auto delegate = [&](const std::vector<std::string>& args) {
    forwarded = args;
    return 7;
  };
  CHECK(RunCli({"sentences", "--engine", "wasm", kSeed}, delegate).status == 7);
  CHECK(forwarded == std::vector<std::string>{"sentences", kSeed});
  CHECK(RunCli({"sentences", "--engine=native", kSeed}, delegate).status == 0);
}

TEST_CASE("an option a command does not take is a usage error naming the command") {
  const Run run = RunCli({"extract", "--sentences", "3", kSeed});
  CHECK(run.status == 2);
  CHECK(run.errors.at(0)["error"]["message"] == "unknown option \"--sentences\" for extract");
}

TEST_CASE("the usage lists every command") {
  const Run run = RunCli({"--help"});
  CHECK(run.status == 0);
  for (const char* command : {"extract", "sentences", "tokens"}) {
    CHECK(run.out.find(std::string("\n  ") + command + " ") != std::string::npos);
  }
}

TEST_CASE("a page and a text file of one name are both read, the second as name-2") {
  const Scratch scratch;
  std::ifstream seed(kSeed, std::ios::binary);
  const std::string article{std::istreambuf_iterator<char>(seed), std::istreambuf_iterator<char>()};
  const std::string page =
      scratch.Write("x.html", "<html><body><pre>" + article + "</pre></body></html>");
  const std::string text = scratch.Write("x.txt", article);
  const Run run = RunCli({"stories", page, text});
  CHECK(run.status == 0);
  CHECK(run.errors.empty());
  std::vector<std::string> members;
  const json stories = json::parse(run.out);
  for (const json& story : stories["stories"]) {
    for (const json& member : story["members"]) members.push_back(member.get<std::string>());
  }
  std::sort(members.begin(), members.end());
  CHECK(members == std::vector<std::string>{"x", "x-2"});
}
