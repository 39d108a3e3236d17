// One client connection as casekb serves it. cpp-httplib 0.11.4 still parses
// every request, but its bytes come through ConnectionStream, which fixes
// three things the library's own per-request stream gets wrong for us:
//  - bytes read ahead belong to the connection, not to one request: the
//    library drops them with its stream, so a refused request's unread body
//    (or a pipelined request) could be lost or parsed as the next request;
//  - one request may take only so many bytes (headers and body) and so much
//    time in all, not just per read (0.11.4 bounds neither a line's length nor
//    a slow sender's total time);
//  - the connection ends with a lingering close, so a client still sending a
//    refused body reads our answer instead of a reset.
#pragma once

#include <httplib.h>

#include <chrono>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace casekb {

struct ConnectionLimits {
  std::chrono::milliseconds read_timeout{5000};   // one read waiting for bytes
  std::chrono::milliseconds write_timeout{5000};  // one write waiting for room
  // A whole request (request line, headers, body) must arrive within this.
  std::chrono::milliseconds request_deadline{10000};
  // Bytes one request may deliver to the parser: headers allowance + body cap.
  std::size_t max_request_bytes = 64 * 1024 + 128 * 1024;
  // After the last response: how long and how much of what the client still
  // sends is read and dropped before the socket is closed.
  std::chrono::milliseconds linger{1000};
  std::size_t linger_bytes = 1 << 20;
};

class ConnectionStream final : public httplib::Stream {
 public:
  ConnectionStream(int fd, const ConnectionLimits& limits);

  // Starts the byte count and the deadline of the next request.
  void begin_request();

  // Waits until the next request starts arriving (or bytes read ahead are
  // waiting). False when the client closed, `idle` passed, or stop() says so;
  // stop() is asked every 100 ms.
  bool wait_for_next_request(std::chrono::milliseconds idle, const std::function<bool()>& stop);

  bool is_readable() const override;
  bool is_writable() const override;
  ssize_t read(char* ptr, std::size_t size) override;
  ssize_t write(const char* ptr, std::size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  int socket() const override { return fd_; }

 private:
  using Clock = std::chrono::steady_clock;
  // Milliseconds to wait for input now: the read timeout, cut at the deadline.
  int read_wait_ms() const;

  int fd_;
  ConnectionLimits limits_;
  std::vector<char> buffer_;
  std::size_t buffer_begin_ = 0, buffer_end_ = 0;
  std::size_t request_bytes_ = 0;
  Clock::time_point deadline_;
};

// Ends a connection after its last response (see ConnectionLimits::linger).
void close_lingering(int fd, const ConnectionLimits& limits);

// Writes `response` without reading the request (the socket is set
// non-blocking: a client that does not read gets nothing), drops whatever the
// client has already sent, and closes. For connections beyond every queue.
void refuse_and_close(int fd, std::string_view response);

}  // namespace casekb
