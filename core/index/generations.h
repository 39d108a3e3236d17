// The on-disk layout of an index and its atomic replacement.
//
//   PATH/XAPIANDB      Xapian stub file naming the current generation
//   PATH/gen-<stamp>/  one complete Xapian database per build
//   PATH/.lock         held (flock) by the one writer
//
// Readers open PATH (Xapian follows the stub) or the generation directly. A
// build writes a new generation beside the current one and then renames a new
// stub over the old: a crash or an invalid corpus leaves the previous index
// serving. The previous generation is kept so readers that still hold it finish.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "case/case.h"
#include "case/file_stamp.h"
#include "index/document.h"

namespace casekb {

// Directory of the current generation, or nullopt if PATH holds no casekb index.
std::optional<std::string> current_generation_path(const std::string& db_path);

// A message if db_path is some other Xapian database (not a casekb index folder).
std::optional<std::string> refuse_foreign_database(const std::string& db_path);

// Path of the stub file whose change signals a new generation.
std::string generation_stub_path(const std::string& db_path);

struct BuildOutcome {
  bool ok = false;
  bool abandoned = false;       // the source asked not to keep the build (e.g. a file had an error)
  std::string message;          // Japanese, for people; set on failure
  std::string generation_path;  // the new current generation, on success
  std::size_t documents = 0;
  double write_seconds = 0;    // building the shards (documents, Xapian)
  double compact_seconds = 0;  // merging them into the generation (one thread)
};

using BuildProgress = std::function<void(std::size_t done, std::size_t total)>;

struct BuildInput {
  const std::vector<Case>& cases;
  std::vector<FileStamp> stamps;  // parallel to cases (or empty: no file stamps, e.g. evaluation indexes)
  IndexOptions options;
  std::map<std::string, std::string> metadata;  // written into the generation (e.g. kConfigMetadataKey)
  std::string holder = "casekb-index";          // who takes the writer lock, for messages
  bool lock_held = false;  // the caller already holds the writer lock (index/writer_lock.h)
};

// Where a bulk build's documents come from: `count` of them, document i made
// by make(i) from any thread (nullopt: left out). After every document is
// made, abandoned() (if set) may say the build must not be kept.
struct DocumentSource {
  std::size_t count = 0;
  std::function<std::optional<Xapian::Document>(std::size_t)> make;
  std::function<bool()> abandoned;
};

// Writes the documents into a new generation under db_path and makes it
// current, holding the writer lock (input.cases is not read; its metadata,
// holder and options are). Never leaves a half-written index current.
BuildOutcome build_index(const std::string& db_path, const DocumentSource& source, const BuildInput& input,
                         const BuildProgress& progress = nullptr);

// Writes the cases into a new generation under db_path and makes it current,
// holding the writer lock. Never leaves a half-written index current.
// Exceptions are turned into a failed outcome with the previous index untouched.
BuildOutcome build_index(const std::string& db_path, const BuildInput& input, const BuildProgress& progress = nullptr);
BuildOutcome build_index(const std::string& db_path, const std::vector<Case>& cases,
                         const BuildProgress& progress = nullptr, const IndexOptions& options = {});

}  // namespace casekb
