// IndexWriter over Xapian's WritableDatabase.
#include "index/writer.h"

#include <xapian.h>

#include <cstdlib>

#include "index/generations.h"
#include "index/schema.h"
#include "index/writer_lock.h"

namespace casekb {

struct IndexWriter::Impl {
  std::unique_ptr<WriterLock> lock;
  std::string generation_path;
  Xapian::WritableDatabase db;
  bool in_transaction = false;

  void begin() {
    if (!in_transaction) {
      db.begin_transaction(true);  // flushed: commit_transaction() makes it durable
      in_transaction = true;
    }
  }
};

IndexWriter::IndexWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

IndexWriter::~IndexWriter() {
  if (!impl_) return;
  try {
    if (impl_->in_transaction) impl_->db.cancel_transaction();
    impl_->db.close();
  } catch (const Xapian::Error&) {
    // Closing without committing loses nothing that was committed.
  }
}

IndexWriter::Opened IndexWriter::open(const std::string& db_path, const std::string& holder,
                                      std::chrono::milliseconds lock_wait) {
  Opened opened;
  const std::optional<std::string> generation = current_generation_path(db_path);
  if (!generation) {
    opened.no_index = true;
    opened.error = db_path + " に索引がありません。";
    return opened;
  }
  auto impl = std::make_unique<Impl>();
  impl->lock = std::make_unique<WriterLock>(db_path, holder, lock_wait);
  if (!impl->lock->locked()) {
    opened.error = impl->lock->refusal();
    return opened;
  }
  // The stub may have changed while we waited for the lock.
  impl->generation_path = current_generation_path(db_path).value_or(*generation);
  try {
    impl->db = Xapian::WritableDatabase(impl->generation_path, Xapian::DB_OPEN);
  } catch (const Xapian::DatabaseLockError& e) {
    opened.error = "索引 (" + impl->generation_path + ") は別のプロセスが書き込み中です（" + e.get_msg() + "）。";
    return opened;
  } catch (const Xapian::Error& e) {
    opened.error = "索引 (" + impl->generation_path + ") を書き込み用に開けません（" + e.get_description() + "）。";
    return opened;
  }
  const std::string schema = impl->db.get_metadata(std::string(kSchemaMetadataKey));
  if (schema != kSchemaVersion) {
    opened.other_schema = true;
    opened.error = "索引の形式（" + (schema.empty() ? std::string("不明") : schema) + "）がこの版の casekb（" +
                   std::string(kSchemaVersion) + "）と違います。作り直す必要があります。";
    return opened;
  }
  opened.writer.reset(new IndexWriter(std::move(impl)));
  return opened;
}

std::unordered_map<std::string, FileStamp> IndexWriter::stamps() const {
  std::unordered_map<std::string, FileStamp> out;
  const Xapian::Database& db = impl_->db;
  out.reserve(db.get_doccount());
  for (auto it = db.valuestream_begin(kFileStampSlot); it != db.valuestream_end(kFileStampSlot); ++it) {
    if (auto decoded = decode_file_stamp(*it)) out.emplace(std::move(decoded->first), std::move(decoded->second));
  }
  return out;
}

std::string IndexWriter::metadata(std::string_view key) const { return impl_->db.get_metadata(std::string(key)); }

void IndexWriter::set_metadata(std::string_view key, std::string_view value) {
  impl_->begin();
  impl_->db.set_metadata(std::string(key), std::string(value));
}

void IndexWriter::put(const Case& c, const FileStamp& stamp, const IndexOptions& options) {
  impl_->begin();
  Xapian::Document doc = make_index_document(c, options);
  doc.add_value(kFileStampSlot, encode_file_stamp(c.id, stamp));
  impl_->db.replace_document(std::string(kIdPrefix) + c.id, doc);
}

bool IndexWriter::restamp(const std::string& id, const FileStamp& stamp) {
  const std::string term = std::string(kIdPrefix) + id;
  Xapian::PostingIterator posting = impl_->db.postlist_begin(term);
  if (posting == impl_->db.postlist_end(term)) return false;
  impl_->begin();
  Xapian::Document doc = impl_->db.get_document(*posting);
  doc.add_value(kFileStampSlot, encode_file_stamp(id, stamp));
  impl_->db.replace_document(*posting, doc);  // terms untouched: Xapian rewrites only values
  return true;
}

bool IndexWriter::remove(const std::string& id) {
  const std::string term = std::string(kIdPrefix) + id;
  if (impl_->db.term_exists(term) == false) return false;
  impl_->begin();
  impl_->db.delete_document(term);
  return true;
}

std::optional<std::string> IndexWriter::commit() {
  if (!impl_->in_transaction) return std::nullopt;
  try {
    impl_->in_transaction = false;
    impl_->db.commit_transaction();
  } catch (const Xapian::Error& e) {
    return "索引への書き込みを確定できませんでした（" + e.get_description() + "）。索引は以前のままです。";
  }
  return std::nullopt;
}

const std::string& IndexWriter::generation_path() const { return impl_->generation_path; }

std::size_t IndexWriter::document_count() const { return impl_->db.get_doccount(); }

std::string encode_file_stamp(const std::string& id, const FileStamp& stamp) {
  return id + '\t' + stamp.sha256 + '\t' + std::to_string(stamp.size) + '\t' + std::to_string(stamp.mtime_ns);
}

std::optional<std::pair<std::string, FileStamp>> decode_file_stamp(std::string_view value) {
  std::string_view parts[4];
  for (int i = 0; i < 4; ++i) {
    const std::size_t tab = i < 3 ? value.find('\t') : value.size();
    if (tab == std::string_view::npos) return std::nullopt;
    parts[i] = value.substr(0, tab);
    value.remove_prefix(i < 3 ? tab + 1 : tab);
  }
  if (parts[0].empty()) return std::nullopt;
  FileStamp stamp;
  stamp.sha256 = std::string(parts[1]);
  stamp.size = std::strtoull(std::string(parts[2]).c_str(), nullptr, 10);
  stamp.mtime_ns = std::strtoll(std::string(parts[3]).c_str(), nullptr, 10);
  return std::make_pair(std::string(parts[0]), std::move(stamp));
}

}  // namespace casekb
