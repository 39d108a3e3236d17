// Corpus directory loading.
#include "case/corpus.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <filesystem>
#include <fstream>
#include <map>

#include "case/case_file.h"
#include "case/lint.h"

namespace casekb {

namespace fs = std::filesystem;

namespace {

Problem file_problem(const std::string& path, std::string rule, std::string message,
                     Severity severity = Severity::kError, std::string suggestion = "") {
  Problem p;
  p.path = path;
  p.severity = severity;
  p.rule = std::move(rule);
  p.message = std::move(message);
  p.suggestion = std::move(suggestion);
  return p;
}

std::string suggested_id(const std::string& stem) {
  std::string out;
  for (char c : stem) {
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') out += c;
    else if (c == '_' || c == ' ' || c == '.') out += '-';
  }
  while (!out.empty() && out.front() == '-') out.erase(out.begin());
  if (out.size() > 64) out.resize(64);
  return out;
}

}  // namespace

std::optional<std::string> read_file_limited(const std::string& path, std::size_t max_bytes, Problems& problems) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) {
    problems.push_back(file_problem(path, "unreadable", "ファイルを読めません: " + ec.message()));
    return std::nullopt;
  }
  if (size > max_bytes) {
    problems.push_back(file_problem(path, "file-too-large",
                                    "ファイルが大きすぎます（" + std::to_string(size / 1024) + " KiB）。1 件の事例は " +
                                        std::to_string(max_bytes / 1024) + " KiB 以内にしてください。"));
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    problems.push_back(file_problem(path, "unreadable", "ファイルを開けません。読み取り権限を確かめてください。"));
    return std::nullopt;
  }
  std::string text(static_cast<std::size_t>(size), '\0');
  in.read(text.data(), static_cast<std::streamsize>(size));
  text.resize(static_cast<std::size_t>(in.gcount()));
  return text;
}

std::unique_ptr<OpenedCorpus> OpenedCorpus::open(const std::string& dir, Problems& problems) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    problems.push_back(file_problem(dir, "corpus-missing", "コーパスのフォルダがありません。taxonomy.yaml と cases/ を含むフォルダを指定してください。"));
    return nullptr;
  }
  std::unique_ptr<OpenedCorpus> corpus(new OpenedCorpus);
  corpus->taxonomy_ = Taxonomy::builtin();
  const std::string taxonomy_path = (fs::path(dir) / "taxonomy.yaml").string();
  std::string config_bytes;  // what every case depends on, for config_sha256
  for (const char* name : {"taxonomy.yaml", "anonymity-allow.txt"}) {
    std::ifstream in(fs::path(dir) / name, std::ios::binary);
    config_bytes += std::string(name) + '\0' + std::string(std::istreambuf_iterator<char>(in), {}) + '\0';
  }
  corpus->config_sha256_ = sha256_hex(config_bytes);
  if (fs::exists(taxonomy_path, ec)) {
    Problems taxonomy_problems;
    std::optional<Taxonomy> taxonomy = Taxonomy::load(taxonomy_path, taxonomy_problems);
    corpus->problems_.insert(corpus->problems_.end(), taxonomy_problems.begin(), taxonomy_problems.end());
    if (!taxonomy) {
      problems.insert(problems.end(), taxonomy_problems.begin(), taxonomy_problems.end());
      return nullptr;
    }
    corpus->taxonomy_ = std::move(*taxonomy);
  } else {
    corpus->problems_.push_back(file_problem(taxonomy_path, "taxonomy-missing",
                                             "taxonomy.yaml がないため、仕様の標準語彙を使います。", Severity::kWarning));
  }

  const fs::path cases_dir = fs::path(dir) / "cases";
  if (!fs::is_directory(cases_dir, ec)) {
    problems.push_back(file_problem(cases_dir.string(), "cases-missing", "cases/ フォルダがありません。事例は cases/<id>.md に置いてください。"));
    return nullptr;
  }
  std::vector<fs::path> files;
  for (fs::recursive_directory_iterator it(cases_dir, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path& path = it->path();
    if (it->is_directory(ec)) continue;
    const bool markdown = path.extension() == ".md";
    if (path.parent_path() != cases_dir) {
      if (markdown) {
        corpus->problems_.push_back(file_problem(path.string(), "nested-file",
                                                 "cases/ の下のフォルダにある事例は読み込みません。cases/ 直下に置いてください。",
                                                 Severity::kWarning));
      }
      continue;
    }
    if (!markdown) {
      if (path.filename().string().front() != '.') {
        corpus->problems_.push_back(file_problem(path.string(), "not-markdown",
                                                 "拡張子が .md ではないため、事例として読み込みません。", Severity::kWarning));
      }
      continue;
    }
    files.push_back(path);
  }
  if (ec) {
    problems.push_back(file_problem(cases_dir.string(), "unreadable", "cases/ フォルダを読めません: " + ec.message()));
    return nullptr;
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) corpus->paths_.push_back(f.string());

  Problems allow_problems;
  corpus->lint_ = std::make_unique<LintContext>(
      make_lint_context(corpus->taxonomy_, (fs::path(dir) / "anonymity-allow.txt").string(), allow_problems));
  corpus->problems_.insert(corpus->problems_.end(), allow_problems.begin(), allow_problems.end());
  return corpus;
}

OpenedCorpus::~OpenedCorpus() = default;

OpenedCorpus::CheckedFile OpenedCorpus::check_file(std::size_t i, const KnownFile& known, bool hash_content) const {
  const std::string& path = paths_[i];
  const std::string stem = fs::path(path).stem().string();
  CheckedFile out;
  out.id = stem;
  if (!is_valid_case_id(stem)) {
    const std::string suggestion = suggested_id(stem);
    out.problems.push_back(file_problem(path, "bad-id",
                                        "ファイル名「" + stem + ".md」は事例 ID として使えません。英小文字・数字・ハイフンの 3〜64 文字にしてください。" +
                                            (is_valid_case_id(suggestion) ? "もしかして: " + suggestion + ".md" : ""),
                                        Severity::kError, suggestion));
    out.id = suggestion;
  }
  CaseFileInfo info{out.id, path, stat_file(path).value_or(FileStamp{})};
  if (known && out.problems.empty() && known(info)) {
    out.unchanged = true;
    return out;
  }
  if (std::optional<std::string> text = read_file_limited(path, kMaxCaseFileBytes, out.problems)) {
    if (hash_content) info.stamp.sha256 = sha256_hex(*text);
    out.stamp = info.stamp;
    if (known && out.problems.empty() && known(info)) {
      out.unchanged = out.restamped = true;
      return out;
    }
    LintResult result = lint_case(out.id, *text, *lint_, path);
    out.problems.insert(out.problems.end(), result.problems.begin(), result.problems.end());
    if (!has_errors(out.problems)) out.value = std::move(result.value);
  }
  return out;
}

std::optional<Corpus> load_corpus(const std::string& dir, Problems& problems, const CorpusProgress& progress,
                                  const KnownFile& known, bool stamp_contents) {
  const std::unique_ptr<OpenedCorpus> opened = OpenedCorpus::open(dir, problems);
  if (!opened) return std::nullopt;
  Corpus corpus;
  corpus.taxonomy = opened->taxonomy();
  corpus.problems = opened->problems();
  corpus.config_sha256 = opened->config_sha256();
  const std::vector<std::string>& files = opened->paths();

  // Files are read and checked in parallel (the anonymity check's morphology
  // is the costly part), then merged in file order.
  std::vector<OpenedCorpus::CheckedFile> outcomes(files.size());
  std::atomic<std::size_t> next{0}, done{0};
  const auto work = [&] {
    for (std::size_t i; (i = next++) < files.size(); ++done) {
      outcomes[i] = opened->check_file(i, known, stamp_contents || known != nullptr);
    }
  };
  const std::size_t thread_count = std::max(1u, std::min(std::thread::hardware_concurrency(), 8u));
  std::vector<std::thread> workers;
  for (std::size_t t = 1; t < thread_count && t < files.size(); ++t) workers.emplace_back(work);
  std::thread reporter;
  if (progress) {
    reporter = std::thread([&] {
      while (done.load() < files.size()) {
        progress(done.load(), files.size());
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
      }
    });
  }
  work();
  for (std::thread& w : workers) w.join();
  if (reporter.joinable()) reporter.join();
  if (progress) progress(files.size(), files.size());

  std::map<std::string, std::string> first_path_of_id;
  for (std::size_t i = 0; i < files.size(); ++i) {
    OpenedCorpus::CheckedFile& out = outcomes[i];
    const std::string& path = files[i];
    ++corpus.files_seen;
    if (auto [it, inserted] = first_path_of_id.emplace(out.id, path); !inserted) {
      out.problems.push_back(file_problem(path, "duplicate-id", "事例 ID「" + out.id + "」が " + it->second + " と重複しています。"));
      out.value.reset();
      out.unchanged = false;
    }
    if (out.unchanged) {
      corpus.unchanged_ids.push_back(out.id);
      if (out.restamped) corpus.restamped.emplace_back(out.id, out.stamp);
      continue;
    }
    if (out.value) {
      corpus.cases.push_back(std::move(*out.value));
      corpus.stamps.push_back(out.stamp);
    } else {
      ++corpus.files_invalid;
      corpus.invalid_ids.push_back(out.id);
    }
    corpus.problems.insert(corpus.problems.end(), out.problems.begin(), out.problems.end());
  }
  return corpus;
}

std::string format_problem(const Problem& problem) {
  std::string out = problem.path;
  // Whole-file problems carry line 0; the printed form always has a line.
  out += ":" + std::to_string(problem.line > 0 ? problem.line : 1);
  out += ": ";
  if (problem.severity == Severity::kWarning) out += "警告: ";
  out += problem.message;
  return out;
}

}  // namespace casekb
