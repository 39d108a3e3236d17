// HttpServer over cpp-httplib.
#include "http_server.h"

#include <httplib.h>

#include <condition_variable>
#include <deque>
#include <optional>
#include <string_view>
#include <iostream>
#include <thread>

#include "api.h"
#include "connection.h"
#include "listen_backlog.h"
#include "page_cache.h"
#include "pages.h"
#include "routes.h"

namespace casekb {

namespace {

// What the current thread does with the connection it is given.
enum class ConnectionRole {
  kWorker,     // serves requests until the client or keep-alive ends it
  kOverflow,   // beyond the worker queue: answers one request 503, then closes
  kRefuseNow,  // beyond the overflow queue too: a fixed 503, nothing read
};
thread_local ConnectionRole connection_role = ConnectionRole::kWorker;
// Set while a request is handled when its connection must end after the response.
thread_local bool close_after_response = false;

constexpr std::string_view kOverloadedMessage = "ただいま混み合っています。しばらくしてからもう一度お試しください。";

// A fixed pool with a bounded queue. cpp-httplib 0.11.4's TaskQueue cannot
// refuse work, so connections over capacity go to one extra thread that
// answers their first request 503 and closes them; when that thread's own
// bounded queue is full too, the accept thread answers 503 at once.
class BoundedTaskQueue : public httplib::TaskQueue {
 public:
  BoundedTaskQueue(std::size_t threads, std::size_t max_queued, std::size_t max_overflow)
      : max_queued_(max_queued), max_overflow_(max_overflow) {
    for (std::size_t i = 0; i < threads; ++i) workers_.emplace_back([this] { run(jobs_, ConnectionRole::kWorker); });
    workers_.emplace_back([this] { run(overflow_, ConnectionRole::kOverflow); });
  }
  ~BoundedTaskQueue() override { shutdown(); }

  void enqueue(std::function<void()> fn) override {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (jobs_.size() < max_queued_) {
        jobs_.push_back(std::move(fn));
      } else if (overflow_.size() < max_overflow_) {
        overflow_.push_back(std::move(fn));
      } else {
        fn = [job = std::move(fn)] {
          connection_role = ConnectionRole::kRefuseNow;
          job();
          connection_role = ConnectionRole::kWorker;
        };
      }
    }
    if (fn) {
      fn();  // refused at once, on the accept thread: writes without blocking, reads nothing
      return;
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
  void run(std::deque<std::function<void()>>& queue, ConnectionRole role) {
    connection_role = role;
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
  std::size_t max_overflow_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> jobs_;
  std::deque<std::function<void()>> overflow_;
  std::vector<std::thread> workers_;
  bool stopping_ = false;
};

// cpp-httplib's server with our own connection loop (connection.h): the
// library parses and routes each request; reading, limits, keep-alive and
// closing are ours.
class CasekbHttplibServer : public httplib::Server {
 public:
  CasekbHttplibServer(ConnectionLimits limits, std::size_t max_requests, std::chrono::milliseconds keep_alive_idle,
                      std::string refusal)
      : limits_(limits), max_requests_(max_requests), keep_alive_idle_(keep_alive_idle), refusal_(std::move(refusal)) {}

 private:
  bool process_and_close_socket(socket_t sock) override {
    const ConnectionRole role = connection_role;
    if (role == ConnectionRole::kRefuseNow) {
      refuse_and_close(sock, refusal_);
      return true;
    }
    ConnectionLimits limits = limits_;
    std::chrono::milliseconds idle = keep_alive_idle_;
    if (role == ConnectionRole::kOverflow) {
      // One short request, then the 503 and close: the overflow thread is shared.
      limits.read_timeout = std::chrono::milliseconds(1000);
      limits.request_deadline = std::chrono::milliseconds(2000);
      limits.linger = std::chrono::milliseconds(200);
      idle = std::chrono::milliseconds(1000);
    }
    ConnectionStream stream(sock, limits);
    bool ok = true;
    for (std::size_t served = 0;; ++served) {
      if (!stream.wait_for_next_request(idle, [this] { return svr_sock_ == INVALID_SOCKET; })) break;
      stream.begin_request();
      close_after_response = false;
      const bool last = role == ConnectionRole::kOverflow || served + 1 >= max_requests_;
      bool client_closes = false;
      ok = process_request(stream, last, client_closes, nullptr);
      if (!ok || last || client_closes || close_after_response) break;
    }
    close_after_response = false;
    close_lingering(sock, limits);
    return ok;
  }

  ConnectionLimits limits_;
  std::size_t max_requests_;
  std::chrono::milliseconds keep_alive_idle_;
  std::string refusal_;
};

void apply(const WebResponse& from, httplib::Response& to) {
  to.status = from.status;
  for (const auto& [name, value] : from.headers) to.set_header(name, value);
  if (!from.body.empty() || !from.content_type.empty()) to.set_content(from.body, from.content_type);
}

WebRequest to_web_request(const httplib::Request& req) {
  WebRequest web;
  web.method = req.method;
  web.path = req.path;
  for (const auto& [key, value] : req.params) web.params.emplace(key, value);
  web.body = req.body;
  web.content_type = req.get_header_value("Content-Type");
  for (const auto& [name, value] : req.headers) {
    // The library files the socket's addresses among the client's headers
    // (CVE-2025-66577): those names are never taken from the request.
    if (name == "REMOTE_ADDR" || name == "REMOTE_PORT" || name == "LOCAL_ADDR" || name == "LOCAL_PORT") continue;
    std::string lower;
    for (char c : name) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (lower == "cookie") {
      for (auto& [cookie, cookie_value] : parse_cookies(value)) web.cookies.emplace(cookie, cookie_value);
    }
    web.headers.emplace(std::move(lower), value);
  }
  web.remote_addr = req.remote_addr;
  return web;
}

bool is_api(const httplib::Request& req) { return req.path.rfind("/api/", 0) == 0; }

WebResponse error_for(const httplib::Request& req, int status, const std::string& code, const std::string& message) {
  WebResponse response = is_api(req) ? json_error(status, code, message) : page_error(status, message);
  add_security_headers(response);
  return response;
}

struct Refusal {
  int status;
  std::string code;
  std::string message;
};

// Requests refused on their headers alone, before any body is read.
std::optional<Refusal> refusal_for(const httplib::Request& req, std::size_t max_body_bytes) {
  if (connection_role == ConnectionRole::kOverflow) return Refusal{503, "overloaded", std::string(kOverloadedMessage)};
  if (req.has_header("Transfer-Encoding")) {
    return Refusal{411, "length_required", "chunked 形式の送信は受け付けていません。Content-Length を付けて送ってください。"};
  }
  // A body without a length would be read until the client closes: say what is missing.
  if ((req.method == "POST" || req.method == "PUT" || req.method == "PATCH") && !req.has_header("Content-Length")) {
    return Refusal{411, "length_required", "送信データの長さ（Content-Length）がありません。Content-Length を付けて送ってください。"};
  }
  // The library would inflate a gzip or brotli body before our size check sees
  // it (decompression bombs, CVE-2026-22776): bodies come as sent, or not at all.
  if (req.has_header("Content-Encoding") && req.get_header_value("Content-Encoding") != "identity") {
    return Refusal{415, "unsupported_encoding", "圧縮した本文（Content-Encoding）は受け付けていません。圧縮せずに送ってください。"};
  }
  if (req.has_header("Content-Length")) {
    const std::string length = req.get_header_value("Content-Length");
    bool ok = !length.empty() && length.size() < 20;
    for (char c : length) ok = ok && c >= '0' && c <= '9';
    if (!ok || std::stoull(length) > max_body_bytes) {
      return Refusal{413, "payload_too_large",
                     "送信データが大きすぎます（上限 " + std::to_string(max_body_bytes / 1024) + " KiB）。"};
    }
  }
  return std::nullopt;
}

// The canned answer for connections beyond every queue (nothing of theirs is read).
std::string fixed_overload_response() {
  WebResponse response = json_error(503, "overloaded", std::string(kOverloadedMessage));
  add_security_headers(response);
  std::string out = "HTTP/1.1 503 Service Unavailable\r\nContent-Type: " + response.content_type +
                    "\r\nContent-Length: " + std::to_string(response.body.size()) +
                    "\r\nConnection: close\r\nRetry-After: 1\r\n";
  for (const auto& [name, value] : response.headers) out += name + ": " + value + "\r\n";
  return out + "\r\n" + response.body;
}

ServerOptions with_request_bound(ServerOptions options) {
  options.connection.max_request_bytes = options.max_body_bytes + kMaxHeaderBytes;
  return options;
}

}  // namespace

struct HttpServer::Impl {
  Impl(AppContext& app, ServerOptions given)
      : app(app),
        options(with_request_bound(std::move(given))),
        server(options.connection, kKeepAliveMaxRequests, kKeepAliveIdle, fixed_overload_response()) {}

  // Routes a request, answering public GETs from the page cache when it can.
  void answer(const httplib::Request& req, httplib::Response& res) {
    const WebRequest web = to_web_request(req);
    if (!is_cacheable(web)) {
      apply(route(app, web), res);
      return;
    }
    const std::shared_ptr<const IndexSnapshot> snapshot = app.search.reader().snapshot();
    const std::uint64_t serial = snapshot ? snapshot->serial : 0;
    const std::string key = page_cache_key(web);
    if (std::shared_ptr<const WebResponse> cached = pages.get(serial, key)) {
      apply(*cached, res);
      return;
    }
    auto response = std::make_shared<const WebResponse>(route(app, web));
    apply(*response, res);
    if (response->status == 200 && serial != 0) pages.put(serial, key, std::move(response));
  }

  AppContext& app;
  ServerOptions options;
  CasekbHttplibServer server;
  PageCache pages;
};

HttpServer::HttpServer(AppContext& app, ServerOptions options) : impl_(new Impl(app, std::move(options))) {
  httplib::Server& server = impl_->server;
  const ServerOptions& opts = impl_->options;
  server.new_task_queue = [opts] { return new BoundedTaskQueue(opts.threads, opts.max_queued, opts.max_overflow); };
  server.set_tcp_nodelay(true);
  server.set_payload_max_length(opts.max_body_bytes);
  // Only for the Keep-Alive header the library writes; connection.h enforces them.
  server.set_keep_alive_max_count(kKeepAliveMaxRequests);
  server.set_keep_alive_timeout(std::chrono::duration_cast<std::chrono::seconds>(kKeepAliveIdle).count());

  // Runs after the headers are read and before any body is: refuse what the
  // library would otherwise read without bound, and end the connection after
  // the answer (its unread body must never be taken for a request).
  server.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    // Range is ignored (a full 200, as RFC 9110 allows): every response is
    // generated, and the library would build one copy of the body per range,
    // so one 8 KiB header of "0-,0-,…" turned a 11 KB page into 28 MB. The
    // request object is the library's own non-const local; only its parsed
    // ranges are dropped.
    const_cast<httplib::Request&>(req).ranges.clear();
    const std::optional<Refusal> refusal = refusal_for(req, impl_->options.max_body_bytes);
    if (refusal) {
      apply(error_for(req, refusal->status, refusal->code, refusal->message), res);
      if (refusal->status == 503) res.set_header("Retry-After", "1");
      close_after_response = true;
      return httplib::Server::HandlerResponse::Handled;
    }
    // GET and HEAD have no body to read: answer them here, which spares the
    // library's std::regex match of every registered pattern per request.
    if (req.method == "GET" || req.method == "HEAD") {
      impl_->answer(req, res);
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  // "Expect: 100-continue" would make the library invite the body before the
  // pre-routing handler runs: answer a refusal instead of the invitation.
  server.set_expect_100_continue_handler([this](const httplib::Request& req, httplib::Response& res) {
    const std::optional<Refusal> refusal = refusal_for(req, impl_->options.max_body_bytes);
    if (!refusal) return 100;
    apply(error_for(req, refusal->status, refusal->code, refusal->message), res);
    close_after_response = true;
    return refusal->status;
  });
  // Last look at every response: one that ends its connection says only
  // "Connection: close" (the library would add Keep-Alive beside it).
  server.set_post_routing_handler([](const httplib::Request&, httplib::Response& res) {
    if (close_after_response) res.set_header("Connection", "close");
    if (res.get_header_value("Connection") == "close") {
      close_after_response = true;
      res.headers.erase("Keep-Alive");
    }
  });

  const auto handle = [this](const httplib::Request& req, httplib::Response& res) { impl_->answer(req, res); };
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
  // get the JSON or HTML error shape instead of an empty body. A request the
  // library could not read leaves the connection in an unknown state: end it.
  server.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    const int status = res.status;
    std::string message = "リクエストを処理できません。";
    if (status == 413) message = "送信データが大きすぎます。";
    if (status == 414) message = "URL が長すぎます。";
    if (status == 404) message = "ページが見つかりません。";
    apply(error_for(req, status, status == 404 ? "not_found" : "bad_request", message), res);
    res.status = status;
    if (status != 404) close_after_response = true;
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
