// IndexReader: snapshots built by a watcher, databases lent from a pool.
#include "search/index_reader.h"

#include <sys/stat.h>

#include <algorithm>

#include "index/generations.h"
#include "index/schema.h"

namespace casekb {

namespace {

std::atomic<std::uint64_t> next_serial{1};

// "YYYY-MM-DD" → YYYYMMDD; 0 if absent.
std::uint32_t date_key(const std::string& value) {
  if (value.size() != 10) return 0;
  std::uint32_t key = 0;
  for (char c : value) {
    if (c >= '0' && c <= '9') key = key * 10 + static_cast<std::uint32_t>(c - '0');
  }
  return key;
}

// Changes whenever the stub file is replaced (a new generation).
std::string stub_signature(const std::string& db_path) {
  struct stat st {};
  if (::stat(generation_stub_path(db_path).c_str(), &st) != 0) return {};
  return std::to_string(st.st_ino) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
         std::to_string(st.st_mtim.tv_nsec) + ":" + std::to_string(st.st_size);
}

std::shared_ptr<const IndexSnapshot> build_snapshot(const Xapian::Database& db, const std::string& generation_path) {
  auto snap = std::make_shared<IndexSnapshot>();
  snap->serial = next_serial++;
  snap->generation_path = generation_path;
  snap->revision = db.get_revision();
  snap->table = FacetTable::load(db);
  snap->documents = db.get_doccount();
  snap->published.assign(static_cast<std::size_t>(db.get_lastdocid()) + 1, 0);
  for (auto v = db.valuestream_begin(kPublishedSlot); v != db.valuestream_end(kPublishedSlot); ++v) {
    snap->published[v.get_docid()] = std::max<std::uint32_t>(1, date_key(*v));
  }
  return snap;
}

}  // namespace

// A database of one generation, and the revision it was last brought to.
struct IndexReader::Lease::Pooled {
  std::string generation_path;
  Xapian::Database db;
};

IndexReader::IndexReader(std::string db_path) : IndexReader(std::move(db_path), Options{}) {}

IndexReader::IndexReader(std::string db_path, Options options)
    : db_path_(std::move(db_path)), options_(std::move(options)) {}

IndexReader::~IndexReader() {
  {
    std::lock_guard<std::mutex> lock(watch_mutex_);
    stopping_ = true;
  }
  watch_wake_.notify_all();
  if (watcher_.joinable()) watcher_.join();
}

std::optional<SearchError> IndexReader::open() {
  std::optional<SearchError> error = check_for_changes();
  if (!snapshot() && !error) error = SearchError{SearchError::Code::kNoIndex, db_path_};
  if (options_.watch && !watcher_.joinable()) watcher_ = std::thread([this] { watch(); });
  return snapshot() ? std::nullopt : error;
}

std::shared_ptr<const IndexSnapshot> IndexReader::snapshot() const { return std::atomic_load(&current_); }

void IndexReader::refresh() { check_for_changes(); }

void IndexReader::watch() {
  std::unique_lock<std::mutex> lock(watch_mutex_);
  while (!stopping_) {
    watch_wake_.wait_for(lock, options_.poll_interval, [this] { return stopping_; });
    if (stopping_) break;
    lock.unlock();
    check_for_changes();
    lock.lock();
  }
}

std::optional<SearchError> IndexReader::check_for_changes() {
  std::lock_guard<std::mutex> load_lock(load_mutex_);
  const std::shared_ptr<const IndexSnapshot> current = snapshot();
  const std::string signature = stub_signature(db_path_);
  std::optional<SearchError> error;
  try {
    if (current && signature == stub_signature_ && probe_) {
      // Same generation: has the writer committed since?
      if (!probe_->reopen() && probe_->get_revision() == current->revision) return std::nullopt;
      std::shared_ptr<const IndexSnapshot> next;
      try {
        next = build_snapshot(*probe_, current->generation_path);
      } catch (const Xapian::DatabaseModifiedError&) {
        probe_->reopen();  // two commits while building: once more at the newest
        next = build_snapshot(*probe_, current->generation_path);
      }
      std::atomic_store(&current_, next);
      load_failing_ = false;
      return std::nullopt;
    }
    const std::optional<std::string> generation = current_generation_path(db_path_);
    if (!generation) {
      error = SearchError{SearchError::Code::kNoIndex, db_path_};
    } else {
      auto probe = std::make_unique<Xapian::Database>(*generation);
      const std::string schema = probe->get_metadata(std::string(kSchemaMetadataKey));
      if (schema != kSchemaVersion) {
        error = SearchError{SearchError::Code::kOtherSchema, schema.empty() ? "?" : schema};
      } else {
        std::shared_ptr<const IndexSnapshot> next = build_snapshot(*probe, *generation);
        probe_ = std::move(probe);
        stub_signature_ = signature;
        std::atomic_store(&current_, next);
        load_failing_ = false;
        // Pooled databases of the previous generation are closed now, so a
        // pruned generation's files are released at once.
        std::lock_guard<std::mutex> pool_lock(pool_mutex_);
        pool_.erase(std::remove_if(pool_.begin(), pool_.end(),
                                   [&](const std::unique_ptr<Lease::Pooled>& p) { return p->generation_path != *generation; }),
                    pool_.end());
        return std::nullopt;
      }
    }
  } catch (const Xapian::Error& e) {
    error = SearchError{SearchError::Code::kFailed, e.get_description()};
  }
  if (current && !load_failing_ && options_.log) {
    options_.log("索引の新しい版を読み込めませんでした。以前の版で検索を続けます: " + error->detail);
  }
  if (current) load_failing_ = true;
  return error;
}

IndexReader::Lease::Lease(IndexReader* reader, std::shared_ptr<const IndexSnapshot> snapshot,
                          std::unique_ptr<Pooled> pooled)
    : reader_(reader), snapshot_(std::move(snapshot)), pooled_(std::move(pooled)), db_(&pooled_->db) {}

IndexReader::Lease::Lease(Lease&& other) noexcept
    : reader_(other.reader_), snapshot_(std::move(other.snapshot_)), pooled_(std::move(other.pooled_)), db_(other.db_) {
  other.reader_ = nullptr;
  other.db_ = nullptr;
}

IndexReader::Lease::~Lease() {
  if (reader_ && pooled_) reader_->give_back(std::move(pooled_));
}

void IndexReader::Lease::reopen() { pooled_->db.reopen(); }

IndexReader::Lease IndexReader::lease() {
  std::shared_ptr<const IndexSnapshot> snap = snapshot();
  if (!snap) throw Xapian::DatabaseOpeningError("no index snapshot loaded");
  std::unique_ptr<Lease::Pooled> pooled;
  {
    std::lock_guard<std::mutex> lock(pool_mutex_);
    for (auto it = pool_.rbegin(); it != pool_.rend(); ++it) {
      if ((*it)->generation_path == snap->generation_path) {
        pooled = std::move(*it);
        pool_.erase(std::next(it).base());
        break;
      }
    }
    ++leased_[snap->generation_path];
  }
  try {
    if (!pooled) {
      pooled = std::make_unique<Lease::Pooled>();
      pooled->generation_path = snap->generation_path;
      pooled->db = Xapian::Database(snap->generation_path);
    } else if (pooled->db.get_revision() < snap->revision) {
      pooled->db.reopen();
    }
  } catch (...) {
    std::lock_guard<std::mutex> lock(pool_mutex_);
    if (--leased_[snap->generation_path] == 0) leased_.erase(snap->generation_path);
    throw;
  }
  return Lease(this, std::move(snap), std::move(pooled));
}

void IndexReader::give_back(std::unique_ptr<Lease::Pooled> pooled) {
  const std::shared_ptr<const IndexSnapshot> snap = snapshot();
  const bool current = snap && pooled->generation_path == snap->generation_path;
  {
    std::lock_guard<std::mutex> lock(pool_mutex_);
    if (--leased_[pooled->generation_path] == 0) leased_.erase(pooled->generation_path);
    if (current) {
      pool_.push_back(std::move(pooled));
      return;
    }
  }
  pooled.reset();  // a retired generation: closed now, outside the lock
}

std::size_t IndexReader::stale_databases() const {
  const std::shared_ptr<const IndexSnapshot> snap = snapshot();
  const std::string current = snap ? snap->generation_path : std::string();
  std::size_t stale = 0;
  std::lock_guard<std::mutex> lock(pool_mutex_);
  for (const auto& p : pool_) stale += p->generation_path != current;
  for (const auto& [generation, count] : leased_) stale += generation != current ? count : 0;
  return stale;
}

}  // namespace casekb
