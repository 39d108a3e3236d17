// Index generations: build beside, swap the stub, prune.
#include "index_store.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>

#include "index_document.h"
#include "index_schema.h"

namespace casekb {

namespace fs = std::filesystem;

namespace {

constexpr const char* kStubName = "XAPIANDB";
constexpr const char* kGenerationPrefix = "gen-";

// Holds an exclusive flock on PATH/.lock for its lifetime.
class WriterLock {
 public:
  explicit WriterLock(const std::string& db_path) {
    fd_ = ::open((fs::path(db_path) / ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    locked_ = fd_ >= 0 && ::flock(fd_, LOCK_EX | LOCK_NB) == 0;
  }
  ~WriterLock() {
    if (fd_ >= 0) ::close(fd_);  // closing releases the lock
  }
  bool locked() const { return locked_; }

 private:
  int fd_ = -1;
  bool locked_ = false;
};

std::string new_generation_name() {
  const auto now = std::chrono::system_clock::now();
  const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  const auto micros =
      std::chrono::duration_cast<std::chrono::microseconds>(now.time_since_epoch()).count() % 1000000;
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%s%04d%02d%02dT%02d%02d%02d.%06lld-%d", kGenerationPrefix,
                utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
                static_cast<long long>(micros), static_cast<int>(::getpid()));
  return buffer;
}

// Writes content to path atomically: temp file in the same directory, fsync,
// rename, fsync the directory.
bool write_file_atomically(const fs::path& path, const std::string& content) {
  const fs::path temp = path.string() + ".tmp";
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  bool ok = ::write(fd, content.data(), content.size()) == static_cast<ssize_t>(content.size());
  ok = ::fsync(fd) == 0 && ok;
  ::close(fd);
  if (!ok || std::rename(temp.c_str(), path.c_str()) != 0) {
    std::error_code ignored;
    fs::remove(temp, ignored);
    return false;
  }
  const int dir = ::open(path.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  return true;
}

std::optional<std::string> read_stub_target(const std::string& db_path) {
  std::ifstream in(fs::path(db_path) / kStubName);
  std::string type, target;
  if (!(in >> type >> target)) return std::nullopt;
  return target;
}

// Removes generations other than `keep` (current and previous).
void prune_generations(const fs::path& db_path, const std::vector<std::string>& keep) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(db_path, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(kGenerationPrefix, 0) != 0) continue;
    if (std::find(keep.begin(), keep.end(), name) != keep.end()) continue;
    fs::remove_all(entry.path(), ec);
  }
}

}  // namespace

std::string generation_stub_path(const std::string& db_path) { return (fs::path(db_path) / kStubName).string(); }

std::optional<std::string> current_generation_path(const std::string& db_path) {
  const std::optional<std::string> target = read_stub_target(db_path);
  if (!target) return std::nullopt;
  return (fs::path(db_path) / *target).string();
}

BuildOutcome build_index(const std::string& db_path, const std::vector<Case>& cases, const BuildProgress& progress) {
  BuildOutcome outcome;
  std::error_code ec;
  const fs::path root(db_path);
  fs::create_directories(root, ec);
  if (ec) {
    outcome.message = "索引のフォルダ " + db_path + " を作れません: " + ec.message();
    return outcome;
  }
  if (fs::exists(root / "iamglass") || fs::exists(root / "iamchert")) {
    outcome.message = db_path + " は casekb の索引フォルダではない Xapian データベースです。別のパスを指定してください。";
    return outcome;
  }
  WriterLock lock(db_path);
  if (!lock.locked()) {
    outcome.message = "別の casekb-index がこの索引 (" + db_path + ") を書いています。終わるのを待ってからやり直してください。";
    return outcome;
  }
  const std::optional<std::string> previous = read_stub_target(db_path);
  const std::string generation = new_generation_name();
  const fs::path generation_path = root / generation;
  try {
    Xapian::WritableDatabase db(generation_path.string(), Xapian::DB_CREATE);
    db.set_metadata(std::string(kSchemaMetadataKey), std::string(kSchemaVersion));
    std::size_t done = 0;
    for (const Case& c : cases) {
      db.add_document(make_index_document(c));
      ++done;
      if (progress) progress(done, cases.size());
    }
    db.commit();
    db.close();
  } catch (const Xapian::Error& e) {
    fs::remove_all(generation_path, ec);
    outcome.message = "索引を書き込めませんでした（" + e.get_description() + "）。以前の索引はそのままです。";
    return outcome;
  } catch (const std::exception& e) {
    fs::remove_all(generation_path, ec);
    outcome.message = std::string("索引を書き込めませんでした（") + e.what() + "）。以前の索引はそのままです。";
    return outcome;
  }
  if (!write_file_atomically(root / kStubName, "auto " + generation + "\n")) {
    fs::remove_all(generation_path, ec);
    outcome.message = "索引の切り替えに失敗しました。以前の索引はそのままです。";
    return outcome;
  }
  std::vector<std::string> keep{generation};
  if (previous) keep.push_back(*previous);
  prune_generations(root, keep);
  outcome.ok = true;
  outcome.generation_path = generation_path.string();
  outcome.documents = cases.size();
  return outcome;
}

}  // namespace casekb
