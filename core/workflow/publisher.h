// Carrying a publish or a withdrawal to the files and the index: the case file
// corpus/cases/<id>.md written or removed durably (atomic_file.h), then the
// case put into or removed from the live index through the one IndexWriter in
// one commit, with the file's stamp, so `casekb-index` over the folder later
// finds nothing to do. The caller (Workflow) serialises calls.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "case/lint.h"
#include "index/writer.h"

namespace casekb {

struct PublisherOptions {
  std::string corpus_dir;  // holds cases/
  std::string db_path;     // the live index
  std::chrono::milliseconds lock_wait{5000};  // for the writer lock (casekb-index may hold it)
  std::string holder = "casekb-server (publishing)";
};

class Publisher {
 public:
  // lint must outlive the publisher; after_commit runs after every index
  // commit (the server refreshes its reader there, so the change is searchable at once).
  Publisher(PublisherOptions options, const LintContext& lint, std::function<void()> after_commit = nullptr);

  // The index writer, taken for one change; null with a Japanese message when
  // another writer holds the lock or there is no index.
  struct Writer {
    std::unique_ptr<IndexWriter> index;
    std::string error;
  };
  Writer open_writer() const;

  // Writes the file and puts the case into the index (committed).
  std::optional<std::string> write_case(IndexWriter& writer, const std::string& id, const std::string& text) const;
  // Removes the file and the case from the index (committed).
  std::optional<std::string> remove_case(IndexWriter& writer, const std::string& id) const;

  std::string case_path(const std::string& id) const;
  // The published file's bytes, if there is one.
  std::optional<std::string> read_case_file(const std::string& id) const;
  // Clears temporaries a crash left in cases/.
  std::size_t clean_up() const;

 private:
  PublisherOptions options_;
  const LintContext& lint_;
  std::function<void()> after_commit_;
};

}  // namespace casekb
