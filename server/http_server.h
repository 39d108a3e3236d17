// cpp-httplib wiring with the hardening that Debian's 0.11.4 needs
// (shared/security.md, docs/security.md): body size cap checked on the
// headers, no chunked uploads, refusals that end their connection, our own
// connection loop (connection.h), a bounded task queue answering 503 when
// full, an exception handler that leaks nothing, and TCP_NODELAY.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "app.h"
#include "connection.h"

namespace casekb {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;                      // 0 picks a free port
  // Worker threads, each with its own Xapian Database. cpp-httplib gives a
  // keep-alive connection one worker until it closes or idles out, so workers
  // must outnumber open connections: with 8, 32 busy connections gave p99
  // 0.8 s and timeouts; with 64, p99 11.6 ms at 32 connections and 27 ms at 64
  // (10k cases, /api/cases, wrk). Threads cost 39 MB RSS in all at 64.
  std::size_t threads = 64;
  std::size_t max_queued = 256;    // connections waiting for a worker; beyond, the overflow thread answers 503
  std::size_t max_overflow = 64;   // connections waiting for the overflow thread; beyond, a 503 at once
  // Larger request bodies get 413 before they are read. The largest body any
  // endpoint takes is a case file (64 KiB) or a description of 20,000
  // characters; 128 KiB leaves room for JSON escaping.
  std::size_t max_body_bytes = 128 * 1024;
  ConnectionLimits connection;     // per-read and per-request bounds, lingering close
};

// Headers allowed per request beside the body (request line and all header
// lines together): cpp-httplib 0.11.4 bounds neither a line nor their sum.
inline constexpr std::size_t kMaxHeaderBytes = 64 * 1024;
// Keep-alive: requests per connection, and how long an idle connection may
// hold its worker (cpp-httplib gives a connection one worker until it ends).
inline constexpr std::size_t kKeepAliveMaxRequests = 1000;
inline constexpr std::chrono::milliseconds kKeepAliveIdle{2000};

class HttpServer {
 public:
  HttpServer(AppContext& app, ServerOptions options);
  ~HttpServer();

  // Binds the socket; returns the port, or nullopt with a message in error.
  std::optional<int> bind(std::string& error);
  // Serves until stop() is called.
  void serve();
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace casekb
