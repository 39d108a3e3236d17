// A raw TCP client for tests that must see exactly what the server sends and
// when it closes: no HTTP library in between to retry, reconnect or parse.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <string>

namespace casekb::testing {

// A connected socket to 127.0.0.1:port, or -1.
inline int connect_loopback(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return -1;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

inline bool send_all(int fd, const std::string& data) {
  for (std::size_t sent = 0; sent < data.size();) {
    const ssize_t n = ::send(fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return false;
    sent += static_cast<std::size_t>(n);
  }
  return true;
}

struct RawReply {
  std::string bytes;    // everything received
  bool closed = false;  // the server closed (EOF or reset) before `wait` passed
  double seconds = 0;   // until the close, or until `wait` passed
};

// Reads until the server closes the connection or `wait` passes.
inline RawReply read_until_closed(int fd, std::chrono::milliseconds wait) {
  RawReply reply;
  const auto start = std::chrono::steady_clock::now();
  const auto give_up = start + wait;
  char buffer[8192];
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(give_up - std::chrono::steady_clock::now());
    if (left.count() <= 0) break;
    pollfd pfd{fd, POLLIN, 0};
    if (::poll(&pfd, 1, static_cast<int>(left.count())) <= 0) break;
    const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
    if (n <= 0) {
      reply.closed = true;
      break;
    }
    reply.bytes.append(buffer, static_cast<std::size_t>(n));
  }
  reply.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return reply;
}

// Connects, sends `request` in one piece, reads until closed or `wait` passes.
inline RawReply raw_exchange(int port, const std::string& request, std::chrono::milliseconds wait) {
  const int fd = connect_loopback(port);
  if (fd < 0) return {};
  send_all(fd, request);
  RawReply reply = read_until_closed(fd, wait);
  ::close(fd);
  return reply;
}

// Complete responses in what was received, walked by their Content-Length
// (bodies end without a newline, so the next status line follows directly).
// A stray byte that is not a response counts as one more.
inline int count_responses(const std::string& bytes) {
  int count = 0;
  for (std::size_t at = 0; at < bytes.size(); ++count) {
    const std::size_t head_end = bytes.find("\r\n\r\n", at);
    if (bytes.compare(at, 9, "HTTP/1.1 ") != 0 || head_end == std::string::npos) return count + 1;
    const std::string head = bytes.substr(at, head_end - at);
    std::size_t length = 0;
    const std::size_t field = head.find("\r\nContent-Length: ");
    if (field != std::string::npos) length = std::strtoul(head.c_str() + field + 18, nullptr, 10);
    at = head_end + 4 + length;
  }
  return count;
}

// The status code of the first response, or 0.
inline int first_status(const std::string& bytes) {
  if (bytes.rfind("HTTP/1.1 ", 0) != 0 || bytes.size() < 12) return 0;
  return std::atoi(bytes.substr(9, 3).c_str());
}

// True if the first response's head has a header line `name: ...` (case as sent).
inline bool first_head_has(const std::string& bytes, const std::string& name) {
  const std::string head = bytes.substr(0, bytes.find("\r\n\r\n"));
  return head.find("\r\n" + name + ":") != std::string::npos;
}

}  // namespace casekb::testing
