#include "listen_backlog.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <vector>

namespace casekb {

namespace {

// A loopback listener with `backlog` that never accepts; returns its port.
int listen_without_accepting(int backlog, int& fd) {
  fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 || listen(fd, backlog) != 0) return -1;
  socklen_t length = sizeof address;
  getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  return ntohs(address.sin_port);
}

// Opens `count` connections at once and returns how many complete their
// handshake within 300 ms (a dropped SYN is retried only after 1 s).
int connections_completed(int port, int count) {
  std::vector<int> clients;
  for (int i = 0; i < count; ++i) {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    fcntl(fd, F_SETFL, O_NONBLOCK);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    clients.push_back(fd);
  }
  std::vector<bool> done(clients.size(), false);
  int completed = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(300);
  while (completed < count && std::chrono::steady_clock::now() < deadline) {
    for (std::size_t i = 0; i < clients.size(); ++i) {
      if (done[i]) continue;
      pollfd p{clients[i], POLLOUT, 0};
      if (poll(&p, 1, 0) == 1 && (p.revents & POLLOUT)) {
        int error = 0;
        socklen_t length = sizeof error;
        getsockopt(clients[i], SOL_SOCKET, SO_ERROR, &error, &length);
        if (error == 0) ++completed;
        done[i] = true;
      }
    }
    usleep(1000);
  }
  for (int fd : clients) close(fd);
  return completed;
}

}  // namespace

TEST(ListenBacklog, ABurstOfConnectionsIsQueuedOnceRaised) {
  int small = -1, raised = -1;
  const int small_port = listen_without_accepting(1, small);
  const int raised_port = listen_without_accepting(1, raised);
  ASSERT_GT(small_port, 0);
  ASSERT_GT(raised_port, 0);
  ASSERT_TRUE(raise_listen_backlog(raised_port, 64));
  // Nobody accepts: the library's tiny backlog leaves most of a burst waiting
  // for a SYN retry; the raised one queues all of it.
  EXPECT_LT(connections_completed(small_port, 32), 32);
  EXPECT_EQ(connections_completed(raised_port, 32), 32);
  close(small);
  close(raised);
}

TEST(ListenBacklog, NoListenerOnThePort_IsReported) { EXPECT_FALSE(raise_listen_backlog(1)); }

}  // namespace casekb
