// Index generations: build beside, swap the stub, prune.
#include "index/generations.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <xapian.h>

#include <algorithm>
#include <atomic>
#include <thread>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>

#include "index/document.h"
#include "index/schema.h"
#include "index/writer.h"
#include "index/writer_lock.h"

namespace casekb {

namespace fs = std::filesystem;

namespace {

constexpr const char* kStubName = "XAPIANDB";
constexpr const char* kGenerationPrefix = "gen-";
// Documents per commit of a bulk build's shard (see write_generation).
constexpr std::size_t kDocumentsPerBatch = 500;

// Thrown by write_generation when the source says the build must not be kept.
struct BuildAbandoned {};

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

// fsync every file of a directory and the directory itself: compaction does
// not, and the stub must never name a generation that a power cut could lose.
void sync_directory(const fs::path& dir) {
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    const int fd = ::open(entry.path().c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
      ::fsync(fd);
      ::close(fd);
    }
  }
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

// Builds the generation. One thread per core, each writing its own shard
// database, takes batches of kDocumentsPerBatch sources in turn and commits
// its shard after each batch; then the shards are compacted into the
// generation. Committing every 500 documents keeps Xapian's in-memory
// inverter (a map of postings per term) small: measured on the 10,000-case
// benchmark corpus, one database committed every 500 documents took 29 CPU
// seconds to write, every 2,000 56 s, and separate databases of 500 each 39 s
// (plus compacting 20 shards instead of 2). Producing a document (reading,
// checking, tokenising a file) runs in the same thread, so both cores stay busy
// from the first file to the last. Shards are scratch: written without fsync.
void write_generation(const fs::path& generation_path, const DocumentSource& source, const BuildInput& input,
                      const BuildProgress& progress, BuildOutcome& timings) {
  const auto started = std::chrono::steady_clock::now();
  const std::size_t count = source.count;
  const std::size_t batch_count = std::max<std::size_t>(1, (count + kDocumentsPerBatch - 1) / kDocumentsPerBatch);
  const std::size_t writer_count = std::min<std::size_t>(batch_count, std::max(1u, std::thread::hardware_concurrency()));
  const fs::path staging = generation_path.string() + ".shards";
  fs::create_directories(staging);
  std::vector<fs::path> shard_paths;
  for (std::size_t w = 0; w < writer_count; ++w) shard_paths.push_back(staging / ("shard-" + std::to_string(w)));
  std::atomic<std::size_t> next_batch{0}, done{0}, finished{0};
  std::vector<std::exception_ptr> failures(writer_count);
  std::vector<std::thread> writers;
  for (std::size_t w = 0; w < writer_count; ++w) {
    writers.emplace_back([&, w] {
      try {
        Xapian::WritableDatabase db(shard_paths[w].string(), Xapian::DB_CREATE | Xapian::DB_NO_SYNC);
        // Compaction carries user metadata over from the shards.
        db.set_metadata(std::string(kSchemaMetadataKey), std::string(kSchemaVersion));
        for (const auto& [key, value] : input.metadata) db.set_metadata(key, value);
        for (std::size_t b; (b = next_batch++) < batch_count;) {
          const std::size_t last = std::min(count, (b + 1) * kDocumentsPerBatch);
          for (std::size_t i = b * kDocumentsPerBatch; i < last; ++i, ++done) {
            if (std::optional<Xapian::Document> doc = source.make(i)) db.add_document(*doc);
          }
          db.commit();
        }
        db.close();
      } catch (...) {
        failures[w] = std::current_exception();
        next_batch = batch_count;  // stop the other writers early
      }
      ++finished;
    });
  }
  while (finished.load() < writer_count) {
    if (progress) progress(done.load(), count);
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  if (progress) progress(done.load(), count);
  for (std::thread& t : writers) t.join();
  for (const std::exception_ptr& failure : failures) {
    if (failure) {
      fs::remove_all(staging);
      std::rethrow_exception(failure);
    }
  }
  if (source.abandoned && source.abandoned()) {
    fs::remove_all(staging);
    throw BuildAbandoned();
  }
  const auto written = std::chrono::steady_clock::now();
  Xapian::Database shards;
  for (const fs::path& p : shard_paths) shards.add_database(Xapian::Database(p.string()));
  shards.compact(generation_path.string(), Xapian::DBCOMPACT_MULTIPASS);
  shards.close();
  fs::remove_all(staging);
  sync_directory(generation_path);
  timings.write_seconds = std::chrono::duration<double>(written - started).count();
  timings.compact_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - written).count();
}

}  // namespace

std::optional<std::string> refuse_foreign_database(const std::string& db_path) {
  const fs::path root(db_path);
  if (fs::exists(root / "iamglass") || fs::exists(root / "iamchert")) {
    return db_path + " は casekb の索引フォルダではない Xapian データベースです。別のパスを指定してください。";
  }
  return std::nullopt;
}

std::string generation_stub_path(const std::string& db_path) { return (fs::path(db_path) / kStubName).string(); }

std::optional<std::string> current_generation_path(const std::string& db_path) {
  const std::optional<std::string> target = read_stub_target(db_path);
  if (!target) return std::nullopt;
  return (fs::path(db_path) / *target).string();
}

BuildOutcome build_index(const std::string& db_path, const DocumentSource& source, const BuildInput& input,
                         const BuildProgress& progress) {
  BuildOutcome outcome;
  std::error_code ec;
  const fs::path root(db_path);
  fs::create_directories(root, ec);
  if (ec) {
    outcome.message = "索引のフォルダ " + db_path + " を作れません: " + ec.message();
    return outcome;
  }
  if (std::optional<std::string> foreign = refuse_foreign_database(db_path)) {
    outcome.message = *foreign;
    return outcome;
  }
  std::optional<WriterLock> lock;
  if (!input.lock_held) {
    lock.emplace(db_path, input.holder);
    if (!lock->locked()) {
      outcome.message = lock->refusal();
      return outcome;
    }
  }
  const std::optional<std::string> previous = read_stub_target(db_path);
  const std::string generation = new_generation_name();
  const fs::path generation_path = root / generation;
  try {
    write_generation(generation_path, source, input, progress, outcome);
  } catch (const BuildAbandoned&) {
    fs::remove_all(generation_path, ec);
    outcome.abandoned = true;
    outcome.message = "索引は更新していません。";
    return outcome;
  } catch (const Xapian::Error& e) {
    fs::remove_all(generation_path, ec);
    fs::remove_all(generation_path.string() + ".shards", ec);
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
  outcome.documents = source.count;
  try {
    outcome.documents = Xapian::Database(generation_path.string()).get_doccount();
  } catch (const Xapian::Error&) {
  }
  return outcome;
}

BuildOutcome build_index(const std::string& db_path, const BuildInput& input, const BuildProgress& progress) {
  DocumentSource source;
  source.count = input.cases.size();
  source.make = [&](std::size_t i) -> std::optional<Xapian::Document> {
    Xapian::Document doc = make_index_document(input.cases[i], input.options);
    if (i < input.stamps.size()) doc.add_value(kFileStampSlot, encode_file_stamp(input.cases[i].id, input.stamps[i]));
    return doc;
  };
  return build_index(db_path, source, input, progress);
}

BuildOutcome build_index(const std::string& db_path, const std::vector<Case>& cases, const BuildProgress& progress,
                         const IndexOptions& options) {
  return build_index(db_path, BuildInput{cases, {}, options, {}, "casekb-index"}, progress);
}

}  // namespace casekb
