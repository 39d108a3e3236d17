// The index as searches see it: the current generation at its newest committed
// revision, as an immutable snapshot, and Xapian databases to read it with.
//
// The swap contract:
//  - snapshot() returns the newest published snapshot at once; no request ever
//    waits for a load.
//  - A watcher thread looks every poll interval for another generation (the
//    stub file changed: a rebuild) or a newer revision of the current one (a
//    commit by the one writer, in this process or another). It builds the next
//    snapshot (facet table, dates) off the request path and publishes it with
//    one atomic swap; requests in flight keep the one they started with.
//    refresh() does the same at once, for a writer in this process.
//  - lease() lends a database of the snapshot's generation, reopened to at
//    least the snapshot's revision. It may be newer (a commit after the
//    snapshot was built): callers ignore documents beyond the snapshot's facet
//    table until the next snapshot. One thread uses a lease at a time; it goes
//    back to a pool when it ends. On Xapian::DatabaseModifiedError a caller
//    calls Lease::reopen() and retries once.
//  - Databases of a generation that is no longer current are closed at once
//    when pooled and at the end of their lease otherwise, so a pruned
//    generation's disk space is freed promptly.
//  - A failed load keeps the last good snapshot serving and is logged once,
//    not per request, until a load succeeds again.
#pragma once

#include <xapian.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "search/facet_table.h"
#include "search/outcome.h"

namespace casekb {

struct IndexSnapshot {
  std::uint64_t serial = 0;       // distinct for every snapshot of the process
  std::string generation_path;
  Xapian::rev revision = 0;
  FacetTable table;
  std::vector<std::uint32_t> published;  // by docid: YYYYMMDD; 0 = no document
  std::size_t documents = 0;
};

class IndexReader {
 public:
  struct Options {
    std::chrono::milliseconds poll_interval{100};
    // Where "load failed, serving the last good one" goes (once per failure).
    std::function<void(const std::string&)> log;
    bool watch = true;  // false: only open() and refresh() load (tests, one-shot tools)
  };

  explicit IndexReader(std::string db_path);
  IndexReader(std::string db_path, Options options);
  ~IndexReader();
  IndexReader(const IndexReader&) = delete;
  IndexReader& operator=(const IndexReader&) = delete;

  // Loads the first snapshot now and starts the watcher. An error if there is
  // no usable index; the watcher keeps looking for one anyway.
  std::optional<SearchError> open();

  // The newest snapshot, or null before the first successful load.
  std::shared_ptr<const IndexSnapshot> snapshot() const;

  // Looks for a new generation or revision now and publishes it before returning.
  void refresh();

  class Lease {
   public:
    Lease(Lease&& other) noexcept;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    const IndexSnapshot& snapshot() const { return *snapshot_; }
    const std::shared_ptr<const IndexSnapshot>& shared_snapshot() const { return snapshot_; }
    Xapian::Database& db() { return *db_; }
    // After DatabaseModifiedError: the newest revision, to retry once.
    void reopen();

   private:
    friend class IndexReader;
    struct Pooled;
    Lease(IndexReader* reader, std::shared_ptr<const IndexSnapshot> snapshot, std::unique_ptr<Pooled> pooled);
    IndexReader* reader_;
    std::shared_ptr<const IndexSnapshot> snapshot_;
    std::unique_ptr<Pooled> pooled_;
    Xapian::Database* db_ = nullptr;
  };

  // A database at the current snapshot. Throws Xapian::Error if it cannot be
  // opened; requires a snapshot (open() succeeded once).
  Lease lease();

  // Databases currently open on generations other than the current one
  // (pooled or leased): for tests of the prompt-close promise.
  std::size_t stale_databases() const;

 private:
  // Checks the stub and the revision; loads and publishes a new snapshot if
  // they moved. Returns the error of a failed load.
  std::optional<SearchError> check_for_changes();
  void watch();
  void give_back(std::unique_ptr<Lease::Pooled> pooled);

  const std::string db_path_;
  const Options options_;

  std::shared_ptr<const IndexSnapshot> current_;  // read and swapped with std::atomic_load/store
  std::mutex load_mutex_;                          // one load at a time (watcher or refresh)
  std::string stub_signature_;                     // of the loaded generation's stub
  std::unique_ptr<Xapian::Database> probe_;        // the watcher's own database, for revisions
  bool load_failing_ = false;                      // a failure was logged and not yet followed by a success

  mutable std::mutex pool_mutex_;
  std::vector<std::unique_ptr<Lease::Pooled>> pool_;  // idle databases of the current generation
  std::map<std::string, std::size_t> leased_;         // databases on loan, per generation

  std::mutex watch_mutex_;
  std::condition_variable watch_wake_;
  bool stopping_ = false;
  std::thread watcher_;
};

}  // namespace casekb
