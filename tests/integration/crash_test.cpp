// Nothing is lost when the indexer dies: casekb-index is killed with SIGKILL
// at points spread over a bulk build and over incremental updates. After each
// kill the index opens, xapian-check finds nothing, it holds one complete
// state (never part of an update), an update that was reported done is in
// it, and a re-run brings it to exactly the files on disk.
#include <algorithm>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xapian.h>

#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <random>
#include <thread>

#include "case/file_stamp.h"
#include "index/generations.h"
#include "index/schema.h"
#include "index/writer.h"
#include "test_support.h"

namespace casekb {

using namespace std::chrono_literals;
using testing::quote;
using testing::run_command;
using testing::TempDir;
using testing::write_file;
namespace fs = std::filesystem;

namespace {

const std::string kIndex = CASEKB_INDEX_BIN;
const char* const kRegions[] = {"埼玉県", "京都府", "北海道", "福岡県", "愛知県"};
const char* const kTopics[] = {"段取り替え", "原価管理", "事業承継", "販路開拓", "多能工化", "資金繰り", "見える化"};

std::string case_text(int n, int version) {
  return "---\ntitle: 事例" + std::to_string(n) + "\ncompany: A社\nindustry: 製造業\nregion: " + kRegions[n % 5] +
         "\nwalls: [見えない]\noutcomes: [組織・人材]\npublished: 2022-03-31\n---\n\n## 設定された課題\n\n" +
         kTopics[(n + version) % 7] + "に取り組んだ。版" + std::to_string(version) + "、番号" + std::to_string(n) +
         "。社員と対話を重ね、課題を整理した。\n\n## 支援アプローチ\n\n支援者が経営者の話を聴いた。\n\n## 生まれた事業上の変化\n\n" +
         "売上が伸びた。\n";
}

// id → sha256 of the files in dir/cases.
std::map<std::string, std::string> files_on_disk(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& entry : fs::directory_iterator(dir / "cases")) {
    out[entry.path().stem().string()] = sha256_hex(testing::read_file(entry.path()));
  }
  return out;
}

// id → sha256 the index holds; nullopt if there is no index.
std::optional<std::map<std::string, std::string>> index_contents(const std::string& db) {
  const std::optional<std::string> generation = current_generation_path(db);
  if (!generation) return std::nullopt;
  Xapian::Database index(*generation);
  std::map<std::string, std::string> out;
  for (auto it = index.valuestream_begin(kFileStampSlot); it != index.valuestream_end(kFileStampSlot); ++it) {
    if (auto stamp = decode_file_stamp(*it)) out[stamp->first] = stamp->second.sha256;
  }
  EXPECT_EQ(out.size(), index.get_doccount()) << "every document has its stamp";
  return out;
}

// The current generation passes xapian-check (when there is one).
void expect_index_checks_clean(const std::string& db, const std::string& when) {
  const std::optional<std::string> generation = current_generation_path(db);
  if (!generation) return;
  const auto checked = run_command("xapian-check " + quote(*generation));
  EXPECT_EQ(checked.exit_code, 0) << when << "\n" << checked.output;
  EXPECT_NE(checked.output.find("No errors found"), std::string::npos) << when << "\n" << checked.output;
}

struct IndexerRun {
  bool finished = false;  // exited by itself before the kill
  std::string output;
  std::chrono::milliseconds took{};
};

// Starts casekb-index and kills it with SIGKILL after `delay` (if it is still running).
IndexerRun run_and_kill(const std::string& corpus, const std::string& db, const std::string& flags,
                 std::chrono::microseconds delay, const fs::path& log) {
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid == 0) {
    const std::string command = kIndex + " " + quote(corpus) + " --db " + quote(db) + " --quiet " + flags + " >" +
                                quote(log.string()) + " 2>&1";
    execl("/bin/sh", "sh", "-c", ("exec " + command).c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  IndexerRun run;
  int status = 0;
  const auto deadline = start + delay;
  for (;;) {
    if (waitpid(pid, &status, WNOHANG) == pid) {
      run.finished = true;
      break;
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      break;
    }
    std::this_thread::sleep_for(200us);
  }
  run.took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
  run.output = testing::read_file(log);
  return run;
}

class CrashTest : public ::testing::Test {
 protected:
  void write_corpus(int count, int version) {
    for (int n = 0; n < count; ++n) write_file(corpus_.path() / "cases" / ("case-" + std::to_string(n) + ".md"), case_text(n, version));
  }
  // Brings the index to the files with an uninterrupted run and checks it.
  void expect_rerun_matches_the_files(const std::string& when) {
    const auto rerun = run_command(kIndex + " " + quote(corpus_.str()) + " --db " + quote(db_.str()) + " --quiet");
    ASSERT_EQ(rerun.exit_code, 0) << when << "\n" << rerun.output;
    expect_index_checks_clean(db_.str(), when + ", after the re-run");
    EXPECT_EQ(index_contents(db_.str()), files_on_disk(corpus_.path())) << when;
  }

  TempDir corpus_, db_, scratch_;
};

}  // namespace

TEST_F(CrashTest, KilledBulkBuilds_LeaveOneCompleteIndex_AndARerunMatchesTheFiles) {
  constexpr int kCases = 1000;  // two shards of 500: parallel shards, compaction, swap, prune
  write_corpus(kCases, 0);
  // How long an uninterrupted build takes, to spread the kills over it.
  const IndexerRun whole = run_and_kill(corpus_.str(), db_.str(), "--rebuild", 600s, scratch_.path() / "whole.log");
  ASSERT_TRUE(whole.finished) << whole.output;
  const auto complete = index_contents(db_.str());
  ASSERT_TRUE(complete);
  ASSERT_EQ(complete->size(), static_cast<std::size_t>(kCases));

  constexpr int kPoints = 12;
  int killed = 0;
  // The time the kill points are spread over: the measured run's, or a faster run's
  // (a run that finishes before its kill sets the pace for the later points, so that a
  // slow first measurement under load does not leave most points after the end).
  std::chrono::milliseconds span = whole.took;
  for (int point = 0; point < kPoints; ++point) {
    write_corpus(kCases, point + 1);  // every file changes, so old and new states differ
    const auto before = index_contents(db_.str());
    const auto delay = std::chrono::microseconds(span) * (point + 1) / (kPoints + 1);
    const std::string when = "bulk build killed at " + std::to_string(delay.count() / 1000) + " ms";
    const IndexerRun run = run_and_kill(corpus_.str(), db_.str(), "--rebuild", delay, scratch_.path() / "bulk.log");
    if (run.finished) span = std::min(span, run.took);
    expect_index_checks_clean(db_.str(), when);
    const auto after = index_contents(db_.str());
    ASSERT_TRUE(after) << when;
    // All of the previous build or all of this one: never a mixture.
    const bool old_state = after == before;
    const bool new_state = after == files_on_disk(corpus_.path());
    EXPECT_TRUE(old_state || new_state) << when;
    if (run.finished) {
      EXPECT_TRUE(new_state) << when << ": reported done\n" << run.output;
    }
    killed += !run.finished;
    expect_rerun_matches_the_files(when);
  }
  // The points are spread over the run: most of them interrupt it (a loaded
  // machine makes later runs faster or slower than the measured one).
  EXPECT_GE(killed, kPoints / 2);
}

TEST_F(CrashTest, KilledIncrementalUpdates_AreAllOrNothing_AndReportedOnesAreKept) {
  constexpr int kCases = 800;
  write_corpus(kCases, 0);
  ASSERT_EQ(run_command(kIndex + " " + quote(corpus_.str()) + " --db " + quote(db_.str()) + " --quiet").exit_code, 0);
  std::mt19937 random(20261129);
  int next_id = kCases;
  // A change of about 300 files: changed, added and removed ones.
  const auto change_files = [&](int round) {
    std::vector<fs::path> present;
    for (const auto& entry : fs::directory_iterator(corpus_.path() / "cases")) present.push_back(entry.path());
    std::sort(present.begin(), present.end());
    std::shuffle(present.begin(), present.end(), random);
    for (int i = 0; i < 250; ++i) {
      const int n = std::stoi(present[static_cast<std::size_t>(i)].stem().string().substr(5));
      write_file(present[static_cast<std::size_t>(i)], case_text(n, round + 100));
    }
    for (int i = 250; i < 275; ++i) fs::remove(present[static_cast<std::size_t>(i)]);
    for (int i = 0; i < 25; ++i, ++next_id) {
      write_file(corpus_.path() / "cases" / ("case-" + std::to_string(next_id) + ".md"), case_text(next_id, round));
    }
  };
  change_files(0);
  const IndexerRun whole = run_and_kill(corpus_.str(), db_.str(), "", 600s, scratch_.path() / "whole.log");
  ASSERT_TRUE(whole.finished) << whole.output;

  constexpr int kPoints = 12;
  int reported = 0, killed = 0;
  std::chrono::milliseconds span = whole.took;  // as in the bulk test: a faster run sets the pace
  for (int point = 0; point < kPoints; ++point) {
    const auto before = index_contents(db_.str());
    change_files(point + 1);
    const auto delay = std::chrono::microseconds(span) * (point + 1) / (kPoints + 1);
    const std::string when = "incremental update killed at " + std::to_string(delay.count() / 1000) + " ms";
    const IndexerRun run = run_and_kill(corpus_.str(), db_.str(), "", delay, scratch_.path() / "update.log");
    if (run.finished) span = std::min(span, run.took);
    expect_index_checks_clean(db_.str(), when);
    const auto after = index_contents(db_.str());
    ASSERT_TRUE(after) << when;
    const bool new_state = after == files_on_disk(corpus_.path());
    EXPECT_TRUE(after == before || new_state) << when;
    // The summary is printed after the commit: an update reported done is in the index.
    if (run.output.find("索引を更新しました") != std::string::npos) {
      ++reported;
      EXPECT_TRUE(new_state) << when << ": reported done\n" << run.output;
    }
    killed += !run.finished;
    expect_rerun_matches_the_files(when);
  }
  RecordProperty("updates_reported_before_the_kill", reported);
  EXPECT_GE(killed, kPoints / 2);
}

}  // namespace casekb
