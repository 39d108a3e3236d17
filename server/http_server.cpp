// HttpServer over cpp-httplib.
#include "http_server.h"

#include <httplib.h>

#include <condition_variable>
#include <deque>
#include <iostream>
#include <thread>

#include "api.h"
#include "listen_backlog.h"
#include "pages.h"
#include "routes.h"

namespace casekb {

namespace {

// Set on the thread that answers connections beyond the queue's capacity: its
// requests get a 503 without touching the index.
thread_local bool overloaded_thread = false;

// A fixed pool with a bounded queue. cpp-httplib 0.11.4's TaskQueue cannot
// refuse work, so connections over capacity go to one extra thread that answers
// them 503 and closes them.
class BoundedTaskQueue : public httplib::TaskQueue {
 public:
  BoundedTaskQueue(std::size_t threads, std::size_t max_queued) : max_queued_(max_queued) {
    for (std::size_t i = 0; i < threads; ++i) workers_.emplace_back([this] { run(jobs_, false); });
    workers_.emplace_back([this] { run(overflow_, true); });
  }
  ~BoundedTaskQueue() override { shutdown(); }

  void enqueue(std::function<void()> fn) override {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      (jobs_.size() < max_queued_ ? jobs_ : overflow_).push_back(std::move(fn));
    }
    ready_.notify_all();
  }

  void shutdown() override {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (stopping_) return;
      stopping_ = true;
    }
    ready_.notify_all();
    for (std::thread& t : workers_) t.join();
  }

 private:
  void run(std::deque<std::function<void()>>& queue, bool overflow) {
    overloaded_thread = overflow;
    for (;;) {
      std::function<void()> job;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        ready_.wait(lock, [&] { return stopping_ || !queue.empty(); });
        if (queue.empty()) return;  // stopping and drained
        job = std::move(queue.front());
        queue.pop_front();
      }
      job();
    }
  }

  std::size_t max_queued_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> jobs_;
  std::deque<std::function<void()>> overflow_;
  std::vector<std::thread> workers_;
  bool stopping_ = false;
};

void apply(const WebResponse& from, httplib::Response& to) {
  to.status = from.status;
  for (const auto& [name, value] : from.headers) to.set_header(name, value);
  to.set_content(from.body, from.content_type);
}

WebRequest to_web_request(const httplib::Request& req) {
  WebRequest web;
  web.method = req.method;
  web.path = req.path;
  for (const auto& [key, value] : req.params) web.params.emplace(key, value);
  web.body = req.body;
  web.content_type = req.get_header_value("Content-Type");
  return web;
}

bool is_api(const httplib::Request& req) { return req.path.rfind("/api/", 0) == 0; }

WebResponse error_for(const httplib::Request& req, int status, const std::string& code, const std::string& message) {
  WebResponse response = is_api(req) ? json_error(status, code, message) : page_error(status, message);
  add_security_headers(response);
  return response;
}

}  // namespace

struct HttpServer::Impl {
  AppContext& app;
  ServerOptions options;
  httplib::Server server;
};

HttpServer::HttpServer(AppContext& app, ServerOptions options) : impl_(new Impl{app, std::move(options), {}}) {
  httplib::Server& server = impl_->server;
  const ServerOptions& opts = impl_->options;
  server.new_task_queue = [opts] { return new BoundedTaskQueue(opts.threads, opts.max_queued); };
  server.set_tcp_nodelay(true);
  server.set_keep_alive_max_count(1000);
  server.set_keep_alive_timeout(2);  // an idle connection holds a worker: let it go soon
  server.set_read_timeout(5, 0);
  server.set_write_timeout(5, 0);
  server.set_payload_max_length(opts.max_body_bytes);

  // Runs after the headers are read and before any body is: refuse what the
  // library would otherwise read without bound.
  server.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    const auto refuse = [&](int status, const std::string& code, const std::string& message) {
      apply(error_for(req, status, code, message), res);
      res.set_header("Connection", "close");
      return httplib::Server::HandlerResponse::Handled;
    };
    if (overloaded_thread) {
      return refuse(503, "overloaded", "ただいま混み合っています。しばらくしてからもう一度お試しください。");
    }
    if (req.has_header("Transfer-Encoding")) {
      return refuse(411, "length_required", "chunked 形式の送信は受け付けていません。Content-Length を付けて送ってください。");
    }
    if (req.has_header("Content-Length")) {
      const std::string length = req.get_header_value("Content-Length");
      unsigned long long bytes = 0;
      bool ok = !length.empty() && length.size() < 20;
      for (char c : length) ok = ok && c >= '0' && c <= '9';
      if (ok) bytes = std::stoull(length);
      if (!ok || bytes > impl_->options.max_body_bytes) {
        return refuse(413, "payload_too_large",
                      "送信データが大きすぎます（上限 " + std::to_string(impl_->options.max_body_bytes / 1024) + " KiB）。");
      }
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });

  const auto handle = [this](const httplib::Request& req, httplib::Response& res) {
    apply(route(impl_->app, to_web_request(req)), res);
  };
  // One catch-all per method: routing lives in route(), not in httplib patterns.
  server.Get(".*", handle);
  server.Post(".*", handle);
  server.Put(".*", handle);
  server.Delete(".*", handle);
  server.Patch(".*", handle);
  server.Options(".*", handle);

  server.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      std::cerr << "error: " << req.method << " " << req.path << ": " << e.what() << std::endl;
    } catch (...) {
      std::cerr << "error: " << req.method << " " << req.path << ": unknown exception" << std::endl;
    }
    apply(error_for(req, 500, "internal_error", "サーバー内部でエラーが起きました。時間をおいてもう一度お試しください。"), res);
  });
  // Errors the library produces itself (400 for a malformed request, 413, 414…)
  // get the JSON or HTML error shape instead of an empty body.
  server.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    const int status = res.status;
    std::string message = "リクエストを処理できません。";
    if (status == 413) message = "送信データが大きすぎます。";
    if (status == 414) message = "URL が長すぎます。";
    if (status == 404) message = "ページが見つかりません。";
    apply(error_for(req, status, status == 404 ? "not_found" : "bad_request", message), res);
    res.status = status;
  });
}

HttpServer::~HttpServer() = default;

std::optional<int> HttpServer::bind(std::string& error) {
  httplib::Server& server = impl_->server;
  int port = impl_->options.port;
  if (port == 0) {
    port = server.bind_to_any_port(impl_->options.host);
  } else if (!server.bind_to_port(impl_->options.host, port)) {
    port = -1;
  }
  if (port < 0) {
    error = impl_->options.host + ":" + std::to_string(impl_->options.port) + " で待ち受けできません（使用中か、権限がありません）。";
    return std::nullopt;
  }
  if (!raise_listen_backlog(port)) {
    std::cerr << "warning: the listen backlog stays at the library's 5 (connection bursts will wait)\n";
  }
  return port;
}

void HttpServer::serve() { impl_->server.listen_after_bind(); }

void HttpServer::stop() { impl_->server.stop(); }

}  // namespace casekb
