// ConnectionStream: a connection-long read buffer, per-request bounds and a
// lingering close, over a plain socket.
#include "connection.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace casekb {

namespace {

constexpr std::size_t kBufferBytes = 16 * 1024;

// poll() for one event; retried on EINTR. >0 ready, 0 timed out, <0 error.
int wait_for(int fd, short events, int timeout_ms) {
  pollfd pfd{fd, events, 0};
  for (;;) {
    const int n = ::poll(&pfd, 1, timeout_ms);
    if (n < 0 && errno == EINTR) continue;
    if (n > 0 && (pfd.revents & (POLLERR | POLLNVAL)) && !(pfd.revents & events)) return -1;
    return n;
  }
}

void address_of(const sockaddr_storage& address, std::string& ip, int& port) {
  char text[INET6_ADDRSTRLEN] = {};
  if (address.ss_family == AF_INET) {
    const auto* v4 = reinterpret_cast<const sockaddr_in*>(&address);
    ::inet_ntop(AF_INET, &v4->sin_addr, text, sizeof text);
    port = ntohs(v4->sin_port);
  } else if (address.ss_family == AF_INET6) {
    const auto* v6 = reinterpret_cast<const sockaddr_in6*>(&address);
    ::inet_ntop(AF_INET6, &v6->sin6_addr, text, sizeof text);
    port = ntohs(v6->sin6_port);
  }
  ip = text;
}

}  // namespace

ConnectionStream::ConnectionStream(int fd, const ConnectionLimits& limits)
    : fd_(fd), limits_(limits), buffer_(kBufferBytes), deadline_(Clock::now() + limits.request_deadline) {}

void ConnectionStream::begin_request() {
  request_bytes_ = 0;
  deadline_ = Clock::now() + limits_.request_deadline;
}

bool ConnectionStream::wait_for_next_request(std::chrono::milliseconds idle, const std::function<bool()>& stop) {
  if (buffer_begin_ < buffer_end_) return true;
  const auto give_up = Clock::now() + idle;
  while (!stop()) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(give_up - Clock::now()).count();
    if (left <= 0) return false;
    const int ready = wait_for(fd_, POLLIN, static_cast<int>(std::min<long long>(left, 100)));
    if (ready < 0) return false;
    if (ready > 0) {
      char probe;
      // A readable socket with nothing to read means the client closed.
      return ::recv(fd_, &probe, 1, MSG_PEEK | MSG_DONTWAIT) > 0;
    }
  }
  return false;
}

int ConnectionStream::read_wait_ms() const {
  const auto to_deadline = std::chrono::duration_cast<std::chrono::milliseconds>(deadline_ - Clock::now()).count();
  return static_cast<int>(std::max<long long>(0, std::min<long long>(to_deadline, limits_.read_timeout.count())));
}

bool ConnectionStream::is_readable() const {
  if (buffer_begin_ < buffer_end_) return true;
  const int wait = read_wait_ms();
  return wait > 0 && wait_for(fd_, POLLIN, wait) > 0;
}

bool ConnectionStream::is_writable() const {
  return wait_for(fd_, POLLOUT, static_cast<int>(limits_.write_timeout.count())) > 0;
}

ssize_t ConnectionStream::read(char* ptr, std::size_t size) {
  if (size == 0) return 0;
  // Past its byte allowance or its deadline, a request gets no more input: the
  // parser fails it and the connection ends.
  if (request_bytes_ >= limits_.max_request_bytes) return -1;
  size = std::min(size, limits_.max_request_bytes - request_bytes_);
  if (buffer_begin_ == buffer_end_) {
    if (!is_readable()) return -1;
    const ssize_t n = ::recv(fd_, buffer_.data(), buffer_.size(), 0);
    if (n <= 0) return n;
    buffer_begin_ = 0;
    buffer_end_ = static_cast<std::size_t>(n);
  }
  const std::size_t n = std::min(size, buffer_end_ - buffer_begin_);
  std::memcpy(ptr, buffer_.data() + buffer_begin_, n);
  buffer_begin_ += n;
  request_bytes_ += n;
  return static_cast<ssize_t>(n);
}

ssize_t ConnectionStream::write(const char* ptr, std::size_t size) {
  if (!is_writable()) return -1;
  return ::send(fd_, ptr, size, MSG_NOSIGNAL);
}

void ConnectionStream::get_remote_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  if (::getpeername(fd_, reinterpret_cast<sockaddr*>(&address), &length) == 0) address_of(address, ip, port);
}

void ConnectionStream::get_local_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  if (::getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &length) == 0) address_of(address, ip, port);
}

void close_lingering(int fd, const ConnectionLimits& limits) {
  // FIN after everything written; then read until the client closes too, or the
  // bounds pass. Closing with unread input would send a reset that can destroy
  // the response before the client reads it.
  ::shutdown(fd, SHUT_WR);
  const auto give_up = std::chrono::steady_clock::now() + limits.linger;
  std::size_t dropped = 0;
  char sink[16 * 1024];
  while (dropped < limits.linger_bytes) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(give_up - std::chrono::steady_clock::now()).count();
    if (left <= 0 || wait_for(fd, POLLIN, static_cast<int>(left)) <= 0) break;
    const ssize_t n = ::recv(fd, sink, sizeof sink, MSG_DONTWAIT);
    if (n <= 0) break;
    dropped += static_cast<std::size_t>(n);
  }
  ::close(fd);
}

void refuse_and_close(int fd, std::string_view response) {
  const int flags = ::fcntl(fd, F_GETFL, 0);
  if (flags >= 0) ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
  ::send(fd, response.data(), response.size(), MSG_NOSIGNAL);
  ::shutdown(fd, SHUT_WR);
  char sink[16 * 1024];
  for (std::size_t dropped = 0; dropped < 4 * sizeof sink;) {
    const ssize_t n = ::recv(fd, sink, sizeof sink, MSG_DONTWAIT);
    if (n <= 0) break;
    dropped += static_cast<std::size_t>(n);
  }
  ::close(fd);
}

}  // namespace casekb
