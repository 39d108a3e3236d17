// casekb-index: validates a corpus directory and builds its search index.
//
//   casekb-index --check DIR               validate only; no index written
//   casekb-index DIR --db PATH [--rebuild] [--verify] [--allow-invalid] [--quiet] [--timings]
//
// Without --rebuild the index is brought up to date incrementally: new and
// changed files are checked and indexed, vanished ones removed, in one commit.
//
// Exit codes: 0 ok; 1 usage; 2 invalid input (index untouched); 3 fatal (index untouched).
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

#include "case/corpus.h"
#include "index/update.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitUsage = 1;
constexpr int kExitInvalid = 2;
constexpr int kExitFatal = 3;

void print_usage() {
  std::cerr << "使い方:\n"
               "  casekb-index --check DIR               DIR（taxonomy.yaml と cases/）を検査します。索引は書きません。\n"
               "  casekb-index DIR --db PATH [オプション]  DIR の事例から PATH に索引を作ります。\n"
               "オプション:\n"
               "  --rebuild        差分ではなく、すべての事例から索引を作り直します\n"
               "  --verify         大きさと更新時刻が同じファイルも読み直して内容を比べます\n"
               "  --timings        検査・書き込み・統合にかかった時間を表示します\n"
               "  --allow-invalid  エラーのある事例を除いて索引を作ります（既定では索引を更新しません）\n"
               "  --quiet          進み具合と警告を表示しません\n";
}

// Progress on a terminal: "label n/total (rate 件/秒, 残り s 秒)", redrawn in place.
class Progress {
 public:
  Progress(const char* label, bool enabled) : label_(label), enabled_(enabled), start_(Clock::now()) {}
  void update(std::size_t done, std::size_t total) {
    if (!enabled_) return;
    const auto now = Clock::now();
    if (done != total && now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0;
    const double eta = rate > 0 ? static_cast<double>(total - done) / rate : 0;
    std::fprintf(stderr, "\r%s %zu/%zu (%.0f 件/秒, 残り %.0f 秒)   ", label_, done, total, rate, eta);
    if (done == total) std::fputc('\n', stderr);
  }

 private:
  using Clock = std::chrono::steady_clock;
  const char* label_;
  bool enabled_;
  Clock::time_point start_;
  Clock::time_point last_{};
};

void print_problems(const casekb::Problems& problems, std::ostream& out, bool warnings) {
  for (const casekb::Problem& p : problems) {
    if (p.severity == casekb::Severity::kWarning && !warnings) continue;
    out << casekb::format_problem(p) << '\n';
  }
}

std::size_t count_errors(const casekb::Problems& problems) {
  std::size_t n = 0;
  for (const casekb::Problem& p : problems) n += p.severity == casekb::Severity::kError;
  return n;
}

int check(const std::string& dir) {
  casekb::Problems fatal;
  const auto corpus = casekb::load_corpus(dir, fatal, nullptr, nullptr, /*stamp_contents=*/false);
  if (!corpus) {
    print_problems(fatal, std::cout, true);
    return kExitInvalid;
  }
  print_problems(corpus->problems, std::cout, true);
  const std::size_t errors = count_errors(corpus->problems);
  std::cout << corpus->files_seen << " 件のファイルを検査しました: 問題なし " << corpus->cases.size() << " 件、エラーのあるファイル "
            << corpus->files_invalid << " 件（エラー " << errors << " 個、警告 " << corpus->problems.size() - errors << " 個）\n";
  return errors == 0 ? kExitOk : kExitInvalid;
}

int update(const std::string& dir, const std::string& db, const casekb::UpdateOptions& given, bool quiet, bool timings) {
  const bool tty = !quiet && ::isatty(STDERR_FILENO);
  const auto start = std::chrono::steady_clock::now();
  Progress reading("検査", tty);
  Progress writing("索引作成", tty);
  casekb::UpdateOptions options = given;
  options.reading_progress = [&](std::size_t d, std::size_t t) { reading.update(d, t); };
  options.writing_progress = [&](std::size_t d, std::size_t t) { writing.update(d, t); };
  const casekb::UpdateReport report = casekb::update_index(dir, db, options);
  print_problems(report.problems, std::cerr, !quiet);
  if (report.result == casekb::UpdateReport::Result::kInvalid) {
    if (!report.message.empty()) std::cerr << report.message << '\n';
    if (report.invalid > 0) {
      std::cerr << "エラーのあるファイルが " << report.invalid << " 件あるため、索引は更新していません（以前の索引をそのまま使います）。\n"
                << "直してから再実行するか、--allow-invalid でエラーのある事例を除いて索引を作ってください。\n";
    }
    return kExitInvalid;
  }
  if (report.result == casekb::UpdateReport::Result::kFatal) {
    std::cerr << report.message << '\n';
    return kExitFatal;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!report.rebuild_reason.empty()) std::cerr << report.rebuild_reason << '\n';
  // The summary goes to standard output, always: scripts read it.
  if (report.rebuilt) {
    std::printf("索引を作りました: %zu 件（%.1f 秒）: %s\n", report.documents, seconds, report.generation_path.c_str());
  } else {
    std::printf("索引を更新しました: 追加 %zu 件、変更 %zu 件、削除 %zu 件、変更なし %zu 件（%.1f 秒）。索引の事例は %zu 件です。\n",
                report.added, report.changed, report.removed, report.unchanged, seconds, report.documents);
  }
  if (report.invalid > 0) std::printf("エラーのある %zu 件は索引に入れていません。\n", report.invalid);
  if (timings) {
    std::printf("所要時間: 検査 %.2f 秒、書き込み %.2f 秒、統合 %.2f 秒\n", report.check_seconds, report.write_seconds,
                report.compact_seconds);
  }
  std::fflush(stdout);
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  std::string check_dir, dir, db;
  casekb::UpdateOptions options;
  bool quiet = false, timings = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const auto value = [&](std::string& out) {
      if (i + 1 >= argc) return false;
      out = argv[++i];
      return true;
    };
    if (arg == "--check") {
      if (!value(check_dir)) return print_usage(), kExitUsage;
    } else if (arg == "--db") {
      if (!value(db)) return print_usage(), kExitUsage;
    } else if (arg == "--allow-invalid") {
      options.allow_invalid = true;
    } else if (arg == "--rebuild") {
      options.rebuild = true;
    } else if (arg == "--timings") {
      timings = true;
    } else if (arg == "--verify") {
      options.verify = true;
    } else if (arg == "--quiet") {
      quiet = true;
    } else if (arg == "-h" || arg == "--help") {
      print_usage();
      return kExitOk;
    } else if (!arg.empty() && arg[0] != '-' && dir.empty()) {
      dir = arg;
    } else {
      std::cerr << "不明な引数です: " << arg << '\n';
      print_usage();
      return kExitUsage;
    }
  }
  try {
    if (!check_dir.empty()) return check(check_dir);
    if (dir.empty() || db.empty()) {
      print_usage();
      return kExitUsage;
    }
    return update(dir, db, options, quiet, timings);
  } catch (const std::exception& e) {
    std::cerr << "予期しないエラーで中断しました（索引は更新していません）: " << e.what() << '\n';
    return kExitFatal;
  }
}
