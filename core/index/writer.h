// The one writer of the live index: the only code that opens a Xapian
// WritableDatabase on the current generation. casekb-index (incremental
// updates) and the server (publishing) both write through it.
//
// Changes are collected in a Xapian transaction and become visible all at once
// on commit(); a writer destroyed without commit() (an error, a crash) leaves
// the index as it was. Readers of the same generation see a commit on their
// next reopen (search/index_reader.h follows revisions).
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "case/case.h"
#include "case/file_stamp.h"
#include "index/document.h"

namespace casekb {

class IndexWriter {
 public:
  struct Opened {
    std::unique_ptr<IndexWriter> writer;  // null on failure
    std::string error;                    // Japanese: why (no index, another schema, another writer)
    bool no_index = false;                // there is no index at db_path yet
    bool other_schema = false;            // the index is of another schema version: rebuild it
  };

  // Takes the writer lock (waiting up to lock_wait) and opens the current
  // generation of db_path. `holder` names this writer to others.
  static Opened open(const std::string& db_path, const std::string& holder,
                     std::chrono::milliseconds lock_wait = std::chrono::milliseconds(0));
  ~IndexWriter();

  // What the index holds: case id → the stamp of the file it was built from.
  std::unordered_map<std::string, FileStamp> stamps() const;
  std::string metadata(std::string_view key) const;
  void set_metadata(std::string_view key, std::string_view value);

  // Adds or replaces case c (by its id term).
  void put(const Case& c, const FileStamp& stamp, const IndexOptions& options = {});
  // Records a new stamp for case `id` whose content did not change (the file
  // was touched or copied): its terms are not rewritten. False if absent.
  bool restamp(const std::string& id, const FileStamp& stamp);
  // Removes case `id`; false if the index does not hold it.
  bool remove(const std::string& id);
  // Makes every change since open() or the last commit visible at once, as one
  // revision. Returns a Japanese message on failure (nothing of it applied).
  std::optional<std::string> commit();

  const std::string& generation_path() const;
  std::size_t document_count() const;

 private:
  struct Impl;
  explicit IndexWriter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The stamp slot's text for a case, and back (nullopt if it is not one).
std::string encode_file_stamp(const std::string& id, const FileStamp& stamp);
std::optional<std::pair<std::string, FileStamp>> decode_file_stamp(std::string_view value);

}  // namespace casekb
