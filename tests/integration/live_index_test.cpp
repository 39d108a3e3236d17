// The live index through the real command line and the real server: updates
// are incremental and say what they did, one writer at a time, and a running
// server follows every commit and rebuild without restarting.
#include <dirent.h>
#include <httplib.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <thread>

#include "index/writer_lock.h"
#include "search/search_service.h"
#include "test_support.h"

namespace casekb {

using namespace std::chrono_literals;
using json = nlohmann::json;
using testing::quote;
using testing::run_command;
using testing::TempDir;
using testing::write_file;

namespace {

const std::string kIndex = CASEKB_INDEX_BIN;
const std::string kFixture = std::string(CASEKB_TEST_DATA_DIR) + "/fixtures/corpus";

std::string update(const std::string& dir, const std::string& db, const std::string& flags = "") {
  return kIndex + " " + quote(dir) + " --db " + quote(db) + (flags.empty() ? "" : " " + flags);
}

std::string case_text(const std::string& sentence, const std::string& region = "埼玉県") {
  return "---\ntitle: 試験の事例\ncompany: A社\nindustry: 製造業\nregion: " + region +
         "\nwalls: [見えない]\noutcomes: [組織・人材]\npublished: 2022-03-31\n---\n\n"
         "## 設定された課題\n\n" + sentence + "\n\n## 支援アプローチ\n\n対話。\n\n## 生まれた事業上の変化\n\n変化。\n";
}

std::chrono::milliseconds scaled(std::chrono::milliseconds bound) {
  return std::chrono::milliseconds(static_cast<long long>(static_cast<double>(bound.count()) * testing::time_scale()));
}

// Polls `done` every 20 ms until it holds or `bound` passes; the time it took.
template <typename Check>
std::optional<std::chrono::milliseconds> time_until(std::chrono::milliseconds bound, Check done) {
  const auto start = std::chrono::steady_clock::now();
  for (;;) {
    if (done()) return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
    if (std::chrono::steady_clock::now() - start > bound) return std::nullopt;
    std::this_thread::sleep_for(20ms);
  }
}

}  // namespace

TEST(LiveIndex, Update_ChecksAndIndexesOnlyWhatChanged_AndSaysWhatItDid) {
  TempDir corpus, db;
  const auto cases = corpus.path() / "cases";
  write_file(cases / "kept-case.md", case_text("検品の手順を見直した。"));
  write_file(cases / "touched-case.md", case_text("在庫を数えた。"));
  write_file(cases / "changed-case.md", case_text("古い文章。"));
  write_file(cases / "removed-case.md", case_text("消える事例。"));
  const auto first = run_command(update(corpus.str(), db.str()));
  ASSERT_EQ(first.exit_code, 0) << first.output;
  EXPECT_NE(first.output.find("索引がまだないため"), std::string::npos) << first.output;

  write_file(cases / "changed-case.md", case_text("新しい文章で段取り替えを短くした。"));
  write_file(cases / "added-case.md", case_text("追加した事例。"));
  std::filesystem::remove(cases / "removed-case.md");
  std::filesystem::last_write_time(cases / "touched-case.md",
                                   std::filesystem::last_write_time(cases / "touched-case.md") + 5s);
  const auto second = run_command(update(corpus.str(), db.str()));
  ASSERT_EQ(second.exit_code, 0) << second.output;
  EXPECT_NE(second.output.find("追加 1 件、変更 1 件、削除 1 件、変更なし 2 件"), std::string::npos) << second.output;
  EXPECT_NE(second.output.find("索引の事例は 4 件です"), std::string::npos) << second.output;

  const Taxonomy taxonomy = Taxonomy::builtin();
  SearchService search(db.str(), taxonomy);
  ASSERT_FALSE(search.open());
  EXPECT_NE(search.find_case("changed-case").value->body.find("段取り替え"), std::string::npos);
  EXPECT_FALSE(search.find_case("removed-case").value);
  EXPECT_TRUE(search.find_case("added-case").value);

  // Nothing changed: nothing is read again, and the touched file's new time was recorded.
  const auto third = run_command(update(corpus.str(), db.str()));
  EXPECT_NE(third.output.find("追加 0 件、変更 0 件、削除 0 件、変更なし 4 件"), std::string::npos) << third.output;
  const auto verified = run_command(update(corpus.str(), db.str(), "--verify"));
  EXPECT_NE(verified.output.find("変更なし 4 件"), std::string::npos) << verified.output;
}

TEST(LiveIndex, Update_WithAnInvalidChange_LeavesTheIndexAsItWas) {
  TempDir corpus, db;
  write_file(corpus.path() / "cases" / "good-case.md", case_text("良い事例。"));
  ASSERT_EQ(run_command(update(corpus.str(), db.str())).exit_code, 0);
  write_file(corpus.path() / "cases" / "good-case.md", case_text("書き換えた。", "東京"));
  write_file(corpus.path() / "cases" / "new-case.md", case_text("新しい。"));
  const auto result = run_command(update(corpus.str(), db.str()));
  EXPECT_EQ(result.exit_code, 2) << result.output;
  EXPECT_NE(result.output.find("索引は更新していません"), std::string::npos) << result.output;
  const Taxonomy taxonomy = Taxonomy::builtin();
  SearchService search(db.str(), taxonomy);
  ASSERT_FALSE(search.open());
  EXPECT_NE(search.find_case("good-case").value->body.find("良い事例"), std::string::npos);
  EXPECT_FALSE(search.find_case("new-case").value);
}

TEST(LiveIndex, Update_AfterTheTaxonomyChanged_RebuildsEveryCase) {
  TempDir corpus, db;
  testing::copy_corpus(kFixture, corpus.path());
  const std::string taxonomy = testing::read_file(std::string(CASEKB_CORPUS_DIR) + "/taxonomy.yaml");
  write_file(corpus.path() / "taxonomy.yaml", taxonomy);
  ASSERT_EQ(run_command(update(corpus.str(), db.str())).exit_code, 0);
  write_file(corpus.path() / "taxonomy.yaml", taxonomy + "\n# a comment changes the file\n");
  const auto result = run_command(update(corpus.str(), db.str()));
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(result.output.find("taxonomy.yaml か anonymity-allow.txt が変わったため"), std::string::npos) << result.output;
  const auto again = run_command(update(corpus.str(), db.str()));
  EXPECT_NE(again.output.find("追加 0 件、変更 0 件、削除 0 件"), std::string::npos) << again.output;
}

TEST(LiveIndex, SecondWriter_IsRefusedWithTheHoldersName) {
  TempDir corpus, db;
  write_file(corpus.path() / "cases" / "good-case.md", case_text("良い事例。"));
  ASSERT_EQ(run_command(update(corpus.str(), db.str())).exit_code, 0);
  WriterLock held(db.str(), "試験の書き手");
  ASSERT_TRUE(held.locked());
  write_file(corpus.path() / "cases" / "new-case.md", case_text("新しい。"));
  const auto refused = run_command(update(corpus.str(), db.str()));
  EXPECT_EQ(refused.exit_code, 3) << refused.output;
  EXPECT_NE(refused.output.find("試験の書き手（プロセス " + std::to_string(getpid())), std::string::npos) << refused.output;
  const auto rebuild = run_command(update(corpus.str(), db.str(), "--rebuild"));
  EXPECT_EQ(rebuild.exit_code, 3) << rebuild.output;
  EXPECT_NE(rebuild.output.find("試験の書き手"), std::string::npos) << rebuild.output;
}

class LiveServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::copy_corpus(kFixture, corpus_.path());
    const auto built = run_command(update(corpus_.str(), db_.str()));
    ASSERT_EQ(built.exit_code, 0) << built.output;
    server_ = std::make_unique<testing::ServerProcess>(CASEKB_SERVER_BIN, db_.str(), corpus_.str());
  }

  int status_of(const std::string& path) {
    httplib::Client client("127.0.0.1", server_->port());
    auto res = client.Get(path.c_str());
    return res ? res->status : 0;
  }

  TempDir corpus_, db_;
  std::unique_ptr<testing::ServerProcess> server_;
};

TEST_F(LiveServerTest, ACommittedChange_IsServedWithinASecond_WithoutRestart) {
  {
    // Asked once before: the answer (no case) sits in the page cache until the index changes.
    httplib::Client client("127.0.0.1", server_->port());
    ASSERT_EQ(json::parse(client.Get("/api/search?q=%E5%9C%83%E5%A0%B4")->body)["total"], 0);
  }
  write_file(corpus_.path() / "cases" / "live-new-case.md", case_text("ドローンで圃場を撮影した新しい事例。"));
  const auto updated = run_command(update(corpus_.str(), db_.str()));
  ASSERT_EQ(updated.exit_code, 0) << updated.output;
  httplib::Client client("127.0.0.1", server_->port());
  const auto found_by_search = [&] {  // 圃場: only the new case has it
    auto res = client.Get("/api/search?q=%E5%9C%83%E5%A0%B4");
    if (!res || res->status != 200) return false;
    const json found = json::parse(res->body);
    return found["total"] == 1 && found["results"][0]["id"] == "live-new-case";
  };
  const auto visible = time_until(scaled(1000ms), [&] {
    return status_of("/api/cases/live-new-case") == 200 && found_by_search();
  });
  ASSERT_TRUE(visible) << "not served and searchable within a second of the commit";

  std::filesystem::remove(corpus_.path() / "cases" / "live-new-case.md");
  ASSERT_EQ(run_command(update(corpus_.str(), db_.str())).exit_code, 0);
  EXPECT_TRUE(time_until(scaled(1000ms), [&] { return status_of("/api/cases/live-new-case") == 404; }));
}

TEST_F(LiveServerTest, ARebuild_IsServedWithinASecond_AndPrunedGenerationsAreClosed) {
  httplib::Client client("127.0.0.1", server_->port());
  ASSERT_EQ(client.Get("/api/search?q=%E6%94%AF%E6%8F%B4")->status, 200);  // the server reads the first generation
  const std::string first = testing::read_file(db_.path() / "XAPIANDB").substr(5);  // "auto gen-…\n"
  const std::string first_generation = first.substr(0, first.size() - 1);
  for (int i = 0; i < 2; ++i) {
    ASSERT_EQ(run_command(update(corpus_.str(), db_.str(), "--rebuild")).exit_code, 0);
    std::this_thread::sleep_for(20ms);
    ASSERT_EQ(client.Get(("/api/search?q=%E6%94%AF%E6%8F%B4&page=" + std::to_string(i + 1)).c_str())->status, 200);
  }
  ASSERT_FALSE(std::filesystem::exists(db_.path() / first_generation)) << "two rebuilds prune the first generation";
  // Its files are deleted; the server must not keep them open (disk space).
  const auto holds_first = [&] {
    const std::string fd_dir = "/proc/" + std::to_string(server_->pid()) + "/fd";
    for (const auto& entry : std::filesystem::directory_iterator(fd_dir)) {
      std::error_code ec;
      const auto target = std::filesystem::read_symlink(entry.path(), ec);
      if (!ec && target.string().find(first_generation) != std::string::npos) return true;
    }
    return false;
  };
  EXPECT_TRUE(time_until(scaled(1000ms), [&] { return !holds_first(); })) << "a pruned generation is still open";
}

}  // namespace casekb
