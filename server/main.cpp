// casekb-server: serves the search API and pages over an index built by casekb-index.
//
//   casekb-server --db PATH --corpus DIR [--host 127.0.0.1] [--port 8080] [--threads 64]
//                 [--queue 256] [--overflow 64] [--check-threads 1] [--check-queue 8]
//                 [--state FILE [--secure-cookies] [--session-idle SECONDS]] [--public-url URL]
//
// --public-url: the site's address as readers see it (https://casekb.example.jp),
// printed with a case's path on paper; without it the path alone is printed.
// --state FILE enables publishing (the state database; casekb-admin creates
// accounts in it); without it the server is read-only.
// Environment: CASEKB_DB, CASEKB_CORPUS, CASEKB_HOST, CASEKB_PORT, CASEKB_STATE (flags win).
// Exit codes: 0 stopped by a signal; 1 usage; 3 cannot serve (no index, port busy).
#include <csignal>
#include <filesystem>
#include <cstdlib>
#include <iostream>
#include <string>
#include <thread>

#include "case/lint.h"
#include "case/corpus.h"
#include "http_server.h"
#include "messages.h"
#include "search/search_service.h"
#include "search/synonyms.h"
#include "case/taxonomy.h"
#include "collections_pages.h"
#include "publishing_api.h"
#include "workflow/collections.h"
#include "workflow/workflow.h"

namespace {

constexpr int kExitUsage = 1;
constexpr int kExitFatal = 3;

std::string env_or(const char* name, const std::string& fallback) {
  const char* value = std::getenv(name);
  return value && *value ? value : fallback;
}

void print_usage() {
  std::cerr << "使い方: casekb-server --db PATH --corpus DIR [--host 127.0.0.1] [--port 8080] [--threads 64]\n"
               "                     [--queue 256] [--overflow 64] [--check-threads 1] [--check-queue 8]\n"
               "  --port 0 で空いているポートを使い、待ち受けたアドレスを標準出力に表示します。\n"
               "  --queue: 空きを待つ接続の上限（超えると 503）。--overflow: 503 を返す専用スレッドの待ちの上限。\n"
               "  --check-threads / --check-queue: 下書きの確認（/api/lint）と「企業の様子から探す」の専用スレッド数と待ちの上限。\n"
               "  --state FILE: 公開の機能（下書き・査読・公開）を有効にする状態データベース。--corpus も必要です。\n"
               "  --secure-cookies: ログインの Cookie に Secure を付ける（TLS の後ろで動かすとき）。\n"
               "  --session-idle SECONDS: 操作のないログインが切れるまでの秒数（既定 7200）。\n"
               "  --public-url URL: 利用者から見たサイトのアドレス（例: https://casekb.example.jp）。印刷した事例、フィード、研修の配布資料に載せます。\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::string db = env_or("CASEKB_DB", "");
  std::string corpus = env_or("CASEKB_CORPUS", "");
  casekb::ServerOptions options;
  options.host = env_or("CASEKB_HOST", options.host);
  std::string port = env_or("CASEKB_PORT", std::to_string(options.port));
  std::string threads = std::to_string(options.threads);
  std::string queue = std::to_string(options.max_queued);
  std::string overflow = std::to_string(options.max_overflow);
  std::string check_threads = "1";  // such requests use at most this many cores
  std::string check_queue = "8";
  std::string state = env_or("CASEKB_STATE", "");
  std::string session_idle = "7200";
  std::string public_url;
  bool secure_cookies = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    std::string* target = nullptr;
    if (arg == "--db") target = &db;
    else if (arg == "--corpus") target = &corpus;
    else if (arg == "--host") target = &options.host;
    else if (arg == "--port") target = &port;
    else if (arg == "--threads") target = &threads;
    else if (arg == "--queue") target = &queue;
    else if (arg == "--overflow") target = &overflow;
    else if (arg == "--check-threads") target = &check_threads;
    else if (arg == "--check-queue") target = &check_queue;
    else if (arg == "--state") target = &state;
    else if (arg == "--session-idle") target = &session_idle;
    else if (arg == "--public-url") target = &public_url;
    else if (arg == "--secure-cookies") {
      secure_cookies = true;
      continue;
    }
    else if (arg == "-h" || arg == "--help") return print_usage(), 0;
    if (!target || i + 1 >= argc) {
      std::cerr << "不明な引数か値がありません: " << arg << '\n';
      print_usage();
      return kExitUsage;
    }
    *target = argv[++i];
  }
  std::size_t heavy_threads = 1, heavy_queue = 8;
  casekb::SessionPolicy sessions;
  try {
    options.port = std::stoi(port);
    options.threads = static_cast<std::size_t>(std::stoul(threads));
    options.max_queued = static_cast<std::size_t>(std::stoul(queue));
    options.max_overflow = static_cast<std::size_t>(std::stoul(overflow));
    heavy_threads = static_cast<std::size_t>(std::stoul(check_threads));
    heavy_queue = static_cast<std::size_t>(std::stoul(check_queue));
    sessions.idle_seconds = std::stoll(session_idle);
  } catch (const std::exception&) {
    std::cerr << "--port、--threads、--queue、--overflow、--check-threads、--check-queue は整数で指定してください。\n";
    return kExitUsage;
  }
  if (!state.empty() && corpus.empty()) {
    std::cerr << "--state には、公開した事例を書き込む --corpus も必要です。\n";
    return kExitUsage;
  }
  if (db.empty() || options.port < 0 || options.port > 65535 || options.threads < 1 || heavy_threads < 1) {
    print_usage();
    return kExitUsage;
  }

  // Vocabularies come from the corpus (taxonomy.yaml) when given, else the built-in ones.
  casekb::Taxonomy taxonomy = casekb::Taxonomy::builtin();
  if (!corpus.empty() && std::filesystem::exists(corpus + "/taxonomy.yaml")) {
    casekb::Problems problems;
    if (auto loaded = casekb::Taxonomy::load(corpus + "/taxonomy.yaml", problems)) {
      taxonomy = std::move(*loaded);
    } else {
      for (const auto& p : problems) std::cerr << casekb::format_problem(p) << '\n';
      std::cerr << "taxonomy.yaml を読めないため、標準の語彙を使います。\n";
    }
  }

  // Synonym groups (corpus/synonyms.yaml) expand queries when present.
  casekb::Synonyms synonyms;
  if (!corpus.empty() && std::filesystem::exists(corpus + "/synonyms.yaml")) {
    casekb::Problems problems;
    if (auto loaded = casekb::Synonyms::load(corpus + "/synonyms.yaml", problems)) {
      synonyms = std::move(*loaded);
    } else {
      for (const auto& p : problems) std::cerr << casekb::format_problem(p) << '\n';
      std::cerr << "synonyms.yaml を読めないため、同義語なしで検索します。\n";
    }
  }

  casekb::SearchService search(db, taxonomy, &synonyms);
  if (auto error = search.open()) {
    std::cerr << casekb::search_error_message(*error) << '\n';
    return kExitFatal;
  }
  casekb::Problems allow_problems;
  const casekb::LintContext lint =
      casekb::make_lint_context(taxonomy, corpus.empty() ? "" : corpus + "/anonymity-allow.txt", allow_problems);
  for (const auto& p : allow_problems) std::cerr << casekb::format_problem(p) << '\n';
  casekb::WorkPool heavy_work(heavy_threads, heavy_queue);
  casekb::AppContext app{search, taxonomy, lint, &heavy_work};
  app.secure_cookies = secure_cookies;
  while (!public_url.empty() && public_url.back() == '/') public_url.pop_back();
  app.public_url = public_url;

  // Publishing: the state database, the one index writer's user, the workflow.
  std::unique_ptr<casekb::StateDb> state_db;
  std::unique_ptr<casekb::Accounts> accounts;
  std::unique_ptr<casekb::Publisher> publisher;
  std::unique_ptr<casekb::Workflow> workflow;
  std::unique_ptr<casekb::Collections> collections;
  if (!state.empty()) {
    casekb::StateDb::Opened opened = casekb::StateDb::open(state);
    if (!opened.db) {
      std::cerr << opened.error << '\n';
      return kExitFatal;
    }
    state_db = std::move(opened.db);
    accounts = std::make_unique<casekb::Accounts>(*state_db, casekb::LockoutPolicy{}, sessions);
    publisher = std::make_unique<casekb::Publisher>(casekb::PublisherOptions{corpus, db}, lint,
                                                    [&search] { search.reader().refresh(); });
    workflow = std::make_unique<casekb::Workflow>(*state_db, *accounts, *publisher, casekb::make_draft_checker(app));
    for (const std::string& line : workflow->recover()) std::cerr << "casekb-server: " << line << '\n';
    app.workflow = workflow.get();
    // Trainers' collections pin cases as the index holds them.
    collections = std::make_unique<casekb::Collections>(
        *state_db, [&search](const std::string& id) { return search.find_case(id).value; });
    app.collections = collections.get();
    app.case_controls = casekb::collection_case_controls;
  }
  casekb::HttpServer server(app, options);
  std::string error;
  const std::optional<int> bound = server.bind(error);
  if (!bound) {
    std::cerr << error << '\n';
    return kExitFatal;
  }

  // Stop cleanly on SIGINT/SIGTERM: a thread waits for them, outside signal context.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::thread stopper([&] {
    int received = 0;
    sigwait(&signals, &received);
    server.stop();
  });
  stopper.detach();

  std::cout << "listening on http://" << options.host << ":" << *bound << std::endl;
  std::cerr << "casekb-server: " << search.document_count() << " 件の事例, 索引 " << db << std::endl;
  server.serve();
  return 0;
}
