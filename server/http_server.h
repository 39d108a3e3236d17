// cpp-httplib wiring with the hardening that Debian's 0.11.4 needs
// (shared/security.md): body size cap, no chunked uploads, a bounded task
// queue answering 503 when full, an exception handler that leaks nothing, and
// TCP_NODELAY.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "app.h"

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
  std::size_t max_queued = 256;         // connections waiting for a worker before 503
  std::size_t max_body_bytes = 1 << 20; // larger request bodies get 413
};

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
