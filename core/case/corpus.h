// Loading a corpus directory (taxonomy.yaml + cases/<id>.md): every file read,
// every problem collected, nothing silently dropped.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "case/case.h"
#include "case/file_stamp.h"
#include "case/problem.h"
#include "case/taxonomy.h"

namespace casekb {

struct Corpus {
  Taxonomy taxonomy;
  std::vector<Case> cases;        // valid cases that were read and checked, sorted by id
  std::vector<FileStamp> stamps;  // the file of each case in `cases` (same order)
  Problems problems;              // every problem of every file, by path then line
  std::size_t files_seen = 0;
  std::size_t files_invalid = 0;
  std::vector<std::string> invalid_ids;  // ids of files with an error
  // Files the caller already holds as they are (see KnownFile): not checked again.
  std::vector<std::string> unchanged_ids;
  // Of those, files whose content is the same but whose size or time changed:
  // the caller may record the new stamp.
  std::vector<std::pair<std::string, FileStamp>> restamped;
  // SHA-256 over taxonomy.yaml and anonymity-allow.txt as read: every case's
  // check and record depend on them.
  std::string config_sha256;
};

// A case file as found: its id and stamp (sha256 empty until it is read).
struct CaseFileInfo {
  std::string id;
  std::string path;
  FileStamp stamp;
};

// Asked about each file once after stat() and, if that said no, again after
// reading it (with its SHA-256): true means the caller (the index) already holds
// exactly this file, so it is neither checked nor returned in `cases`.
using KnownFile = std::function<bool(const CaseFileInfo&)>;

// Called after each file with (files done, files in all), e.g. for progress.
using CorpusProgress = std::function<void(std::size_t, std::size_t)>;

// A corpus directory opened for reading: its vocabularies, its allow-list, and
// the list of case files, before any of them is read. Files can then be read
// and checked one by one, in any order and from any thread (check_file is
// thread-safe), which is how bulk builds stream through a corpus.
class OpenedCorpus {
 public:
  // Reads dir/taxonomy.yaml (built-in vocabularies if it is absent, with a
  // warning) and anonymity-allow.txt, and lists dir/cases/*.md in name order.
  // Null only when dir cannot be used (problems say why).
  static std::unique_ptr<OpenedCorpus> open(const std::string& dir, Problems& problems);
  ~OpenedCorpus();
  OpenedCorpus(const OpenedCorpus&) = delete;
  OpenedCorpus& operator=(const OpenedCorpus&) = delete;

  const Taxonomy& taxonomy() const { return taxonomy_; }
  const std::vector<std::string>& paths() const { return paths_; }
  const Problems& problems() const { return problems_; }  // of the directory, taxonomy.yaml, the allow-list
  const std::string& config_sha256() const { return config_sha256_; }

  struct CheckedFile {
    std::string id;
    std::optional<Case> value;  // set when the file has no error
    FileStamp stamp;            // sha256 set when the file was read
    Problems problems;
    bool unchanged = false;     // `known` said the caller holds it as it is: not checked
    bool restamped = false;     // ... though its size or time changed (stamp is the new one)
  };
  // Reads and checks file i (format and anonymity), unless `known` says the
  // caller already holds it. `hash_content` false leaves the stamp's sha256 empty: a
  // check that writes no index has no use for it (hashing was a fortieth of --check).
  CheckedFile check_file(std::size_t i, const KnownFile& known = nullptr, bool hash_content = true) const;

 private:
  OpenedCorpus() = default;
  Taxonomy taxonomy_;
  std::unique_ptr<struct LintContext> lint_;
  std::vector<std::string> paths_;
  Problems problems_;
  std::string config_sha256_;
};

// Reads dir/taxonomy.yaml (built-in vocabularies if it is absent, with a
// warning) and every dir/cases/*.md. Returns nullopt only when dir itself cannot
// be used (problems say why); invalid case files are reported in problems and
// left out of cases.
// `stamp_contents` false skips the files' sha256 (see check_file): for callers that keep no
// stamps, such as `casekb-index --check`.
std::optional<Corpus> load_corpus(const std::string& dir, Problems& problems,
                                  const CorpusProgress& progress = nullptr, const KnownFile& known = nullptr,
                                  bool stamp_contents = true);

// Reads a file into memory, refusing anything over max_bytes. Returns nullopt
// and a problem when it cannot.
std::optional<std::string> read_file_limited(const std::string& path, std::size_t max_bytes, Problems& problems);

// "path:line: message" lines as `casekb-index --check` prints them.
std::string format_problem(const Problem& problem);

}  // namespace casekb
