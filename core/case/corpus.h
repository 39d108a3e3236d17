// Loading a corpus directory (taxonomy.yaml + cases/<id>.md): every file read,
// every problem collected, nothing silently dropped.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "case/case.h"
#include "case/problem.h"
#include "case/taxonomy.h"

namespace casekb {

struct Corpus {
  Taxonomy taxonomy;
  std::vector<Case> cases;  // valid cases, sorted by id
  Problems problems;        // every problem of every file, by path then line
  std::size_t files_seen = 0;
  std::size_t files_invalid = 0;
};

// Called after each file with (files done, files in all), e.g. for progress.
using CorpusProgress = std::function<void(std::size_t, std::size_t)>;

// Reads dir/taxonomy.yaml (built-in vocabularies if it is absent, with a
// warning) and every dir/cases/*.md. Returns nullopt only when dir itself cannot
// be used (problems say why); invalid case files are reported in problems and
// left out of cases.
std::optional<Corpus> load_corpus(const std::string& dir, Problems& problems,
                                  const CorpusProgress& progress = nullptr);

// Reads a file into memory, refusing anything over max_bytes. Returns nullopt
// and a problem when it cannot.
std::optional<std::string> read_file_limited(const std::string& path, std::size_t max_bytes, Problems& problems);

// "path:line: message" lines as `casekb-index --check` prints them.
std::string format_problem(const Problem& problem);

}  // namespace casekb
