// Bringing the index to exactly the case files on disk: incrementally by
// default (only new and changed files are checked and indexed, vanished ones
// removed, all in one commit through the one writer), or as a fresh generation
// when asked, when there is no index yet, or when the index's schema or the
// corpus configuration (taxonomy.yaml, anonymity-allow.txt) changed.
#pragma once

#include <string>

#include "case/corpus.h"
#include "case/problem.h"
#include "index/document.h"
#include "index/generations.h"

namespace casekb {

struct UpdateOptions {
  bool rebuild = false;        // build a fresh generation from every file
  bool allow_invalid = false;  // index the valid cases even if some files have errors
  bool verify = false;         // read and hash every file, not only those whose size or time changed
  IndexOptions index;
  std::string holder = "casekb-index";  // named to other writers
  CorpusProgress reading_progress;      // files read and checked
  BuildProgress writing_progress;       // cases written (full builds)
};

// An incremental update that would change more cases than this is made as a
// fresh generation instead: faster, and Xapian holds an open transaction in memory.
inline constexpr std::size_t kMaxIncrementalChanges = 20000;

struct UpdateReport {
  enum class Result { kOk, kInvalid, kFatal };
  Result result = Result::kFatal;
  std::string message;         // Japanese: why it failed (index untouched)
  Problems problems;           // of the files read (and of taxonomy.yaml, anonymity-allow.txt)
  bool rebuilt = false;        // a fresh generation was built
  std::string rebuild_reason;  // Japanese, when rebuilt without being asked
  std::size_t added = 0, changed = 0, removed = 0, unchanged = 0, invalid = 0;
  std::size_t documents = 0;   // cases in the index afterwards
  std::string generation_path;
  // Where the time went (seconds): reading and checking files, writing
  // documents (shards or the live index), compacting shards.
  double check_seconds = 0, write_seconds = 0, compact_seconds = 0;
};

UpdateReport update_index(const std::string& corpus_dir, const std::string& db_path, const UpdateOptions& options);

}  // namespace casekb
