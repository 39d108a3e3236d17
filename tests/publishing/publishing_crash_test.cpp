// Nothing acknowledged is lost: the real server is killed with SIGKILL right
// after a publish was acknowledged, in the middle of bursts of saves and of
// publishes, then restarted on the same files, index and state database. Every
// acknowledged change must be in the files, the state database and search; no
// file may be torn; the index must hold exactly the files.
#include <signal.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <mutex>
#include <random>
#include <thread>

#include "case/file_stamp.h"
#include "publishing_support.h"
#include "workflow/state_db.h"

namespace casekb {

using json = nlohmann::json;
using testing::case_file;
using testing::PublishingBed;
using testing::Reply;
using testing::url_encode;

namespace {

json body_of(const Reply& reply) { return json::parse(reply.body, nullptr, false); }

// A word no other case has, to find case n by search alone. Latin letters keep
// it one word: katakana digits (イイ) can be read by MeCab as an adjective, and a
// query of several words that few cases hold is relaxed to match any of them.
std::string marker(int n) {
  std::string word = "crashmarker";
  for (char c : std::to_string(n + 1000)) word += static_cast<char>('a' + (c - '0'));
  return word;
}

std::string crash_case(int n, int version = 1) {
  return case_file("中断試験の事例 " + std::to_string(n), marker(n) + "を確かめた。版 " + std::to_string(version) + "。");
}

void kill_now(PublishingBed& bed) {
  ::kill(bed.server().pid(), SIGKILL);
  bed.stop();  // reaps it
}

// The state database's latest published sha256 per case not withdrawn.
std::map<std::string, std::string> published_versions(const std::string& state) {
  auto opened = StateDb::open(state, false);
  std::map<std::string, std::string> out;
  if (!opened.db) return out;
  auto lock = opened.db->lock();
  Statement query(*opened.db, "SELECT case_id, sha256 FROM case_versions WHERE case_id NOT IN (SELECT case_id FROM withdrawals) "
                             "ORDER BY case_id, version");
  while (query.step()) out[query.text(0)] = query.text(1);
  return out;
}

// After a restart: the files, the state database, the index and search agree.
void expect_consistent(PublishingBed& bed, const std::string& when) {
  const auto versions = published_versions(bed.state_path());
  for (const auto& [id, sha] : versions) {
    const std::string path = bed.case_path(id);
    ASSERT_TRUE(std::filesystem::exists(path)) << when << ": " << id << " is published but has no file";
    EXPECT_EQ(sha256_hex(testing::read_file(path)), sha) << when << ": " << id << " is not its last version";
  }
  for (const auto& entry : std::filesystem::directory_iterator(bed.corpus().path() / "cases")) {
    const std::string name = entry.path().filename().string();
    EXPECT_NE(name[0], '.') << when << ": a temporary was left: " << name;
  }
  // The index holds exactly the files: an incremental run finds nothing to do.
  const auto rerun = testing::run_command(std::string(CASEKB_INDEX_BIN) + " " + testing::quote(bed.corpus().str()) +
                                          " --db " + testing::quote(bed.index_path()));
  EXPECT_EQ(rerun.exit_code, 0) << when << "\n" << rerun.output;  // every file is valid: none torn
  EXPECT_NE(rerun.output.find("追加 0 件、変更 0 件、削除 0 件"), std::string::npos) << when << "\n" << rerun.output;
}

}  // namespace

TEST(PublishingCrash, KilledRightAfterAcknowledgedPublishes_EveryOneIsInFilesStateAndSearch) {
  PublishingBed bed;
  for (int n = 0; n < 4; ++n) {
    const std::string id = "crash-ack-" + std::to_string(n);
    ASSERT_EQ(bed.put_draft(id, "author-k", crash_case(n)).status, 201);
    ASSERT_EQ(bed.post_json("/api/drafts/" + id + "/submit", "author-k").status, 200);
    const Reply published = bed.post_json("/api/drafts/" + id + "/publish", "reviewer-k");
    ASSERT_EQ(published.status, 200) << published.body;
    kill_now(bed);  // at once after the acknowledgement
    bed.start();
    for (int m = 0; m <= n; ++m) {
      const std::string mid = "crash-ack-" + std::to_string(m);
      EXPECT_EQ(testing::read_file(bed.case_path(mid)), crash_case(m)) << mid;
      EXPECT_EQ(body_of(bed.request("GET", "/api/drafts/" + mid, "author-k"))["status"], "published") << mid;
      EXPECT_EQ(body_of(bed.request("GET", "/api/cases/" + mid + "/history", "author-k"))["versions"].size(), 1u) << mid;
      EXPECT_EQ(body_of(bed.request("GET", "/api/search?q=" + url_encode(marker(m))))["total"], 1) << mid;
    }
  }
  // A withdrawal acknowledged just before the kill holds too.
  const Reply withdrawn = bed.request("DELETE", "/api/cases/crash-ack-0", "reviewer-k", R"({"reason":"試験"})",
                                      "application/json");
  ASSERT_EQ(withdrawn.status, 200) << withdrawn.body;
  kill_now(bed);
  bed.start();
  EXPECT_EQ(bed.request("GET", "/api/cases/crash-ack-0").status, 410);
  EXPECT_FALSE(std::filesystem::exists(bed.case_path("crash-ack-0")));
  EXPECT_EQ(body_of(bed.request("GET", "/api/search?q=" + url_encode(marker(0))))["total"], 0);
  bed.stop();
  expect_consistent(bed, "after the withdrawal");
}

TEST(PublishingCrash, KilledDuringABurstOfSaves_EveryAcknowledgedSaveIsKept) {
  PublishingBed bed;
  std::mt19937 random(12);
  for (int round = 0; round < 3; ++round) {
    std::mutex mutex;
    std::map<std::string, std::string> acknowledged, in_flight;  // id → text
    std::map<std::string, std::string> etags;
    std::atomic<bool> stop{false};
    const auto writer = [&](const std::string& login, int base) {
      for (int i = 0; !stop; ++i) {
        const std::string id = "burst-" + std::to_string(base + i % 3);
        const std::string text = crash_case(base + i % 3, round * 1000 + i);
        std::string etag;
        {
          std::lock_guard<std::mutex> lock(mutex);
          in_flight[id] = text;
          etag = etags[id];
        }
        const Reply r = bed.put_draft(id, login, text, etag);
        if (r.status != 200 && r.status != 201) {
          if (r.status == 0) return;  // the server is gone
          std::lock_guard<std::mutex> lock(mutex);
          ADD_FAILURE() << "save " << id << ": " << r.status << " " << r.body;
          return;
        }
        std::lock_guard<std::mutex> lock(mutex);
        acknowledged[id] = text;
        etags[id] = r.header("ETag");
      }
    };
    if (round > 0) {  // the drafts exist: continue from their current versions
      for (int id_n : {0, 1, 2, 10, 11, 12}) {
        const std::string id = "burst-" + std::to_string(id_n);
        etags[id] = bed.request("GET", "/api/drafts/" + id, "author-k").header("ETag");
      }
    }
    std::thread a(writer, "author-k", 0), b(writer, "author-k2", 10);
    // The kill comes a random while after the first acknowledged save (the first
    // check loads MeCab, which takes long under the sanitizers).
    const auto waited = std::chrono::steady_clock::now();
    for (;;) {
      {
        std::lock_guard<std::mutex> lock(mutex);
        if (!acknowledged.empty()) break;
      }
      if (std::chrono::steady_clock::now() - waited > std::chrono::seconds(60)) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100 + random() % 250));
    ::kill(bed.server().pid(), SIGKILL);
    stop = true;
    a.join();
    b.join();
    bed.stop();
    bed.start();
    ASSERT_FALSE(acknowledged.empty()) << "round " << round << ": no save was acknowledged before the kill";
    for (const auto& [id, text] : acknowledged) {
      const json d = body_of(bed.request("GET", "/api/drafts/" + id, "author-k"));
      const std::string now = d.value("text", "");
      // The last acknowledged save, or the one in flight at the kill (it may have committed).
      EXPECT_TRUE(now == text || now == in_flight[id]) << "round " << round << ": " << id << " lost an acknowledged save";
    }
  }
  bed.stop();
  expect_consistent(bed, "after the bursts of saves");
}

TEST(PublishingCrash, KilledDuringABurstOfPublishes_AcknowledgedOnesHold_TheRestIsAllOrNothing) {
  PublishingBed bed;
  std::mt19937 random(7);
  int next = 100;
  for (int round = 0; round < 4; ++round) {
    std::vector<std::string> ready;
    for (int i = 0; i < 6; ++i, ++next) {
      const std::string id = "burst-pub-" + std::to_string(next);
      ASSERT_EQ(bed.put_draft(id, "author-k", crash_case(next)).status, 201);
      ASSERT_EQ(bed.post_json("/api/drafts/" + id + "/submit", "author-k").status, 200);
      ready.push_back(id);
    }
    std::vector<std::string> acknowledged;
    std::atomic<bool> gone{false};
    std::thread publisher([&] {
      for (const std::string& id : ready) {
        const Reply r = bed.post_json("/api/drafts/" + id + "/publish", "reviewer-k");
        if (r.status != 200) return;
        acknowledged.push_back(id);
      }
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(20 + random() % 200));
    ::kill(bed.server().pid(), SIGKILL);
    gone = true;
    publisher.join();
    bed.stop();
    bed.start();
    for (const std::string& id : acknowledged) {
      EXPECT_EQ(body_of(bed.request("GET", "/api/drafts/" + id, "author-k"))["status"], "published") << id;
      EXPECT_TRUE(std::filesystem::exists(bed.case_path(id))) << id;
      const int n = std::stoi(id.substr(10));
      EXPECT_EQ(body_of(bed.request("GET", "/api/search?q=" + url_encode(marker(n))))["total"], 1) << id;
    }
    // Those not acknowledged are either fully published (decided before the kill) or still submitted.
    for (const std::string& id : ready) {
      const std::string status = body_of(bed.request("GET", "/api/drafts/" + id, "author-k"))["status"];
      const bool file = std::filesystem::exists(bed.case_path(id));
      EXPECT_TRUE((status == "published" && file) || (status == "submitted" && !file)) << id << " " << status;
    }
  }
  bed.stop();
  expect_consistent(bed, "after the bursts of publishes");
}

}  // namespace casekb
