#include "listen_backlog.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cstdlib>

namespace casekb {

namespace {

bool is_listening_on(int fd, int port) {
  int accepting = 0;
  socklen_t length = sizeof accepting;
  if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &length) != 0 || !accepting) return false;
  sockaddr_storage address{};
  length = sizeof address;
  if (getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) return false;
  if (address.ss_family == AF_INET) return ntohs(reinterpret_cast<sockaddr_in*>(&address)->sin_port) == port;
  if (address.ss_family == AF_INET6) return ntohs(reinterpret_cast<sockaddr_in6*>(&address)->sin6_port) == port;
  return false;
}

}  // namespace

bool raise_listen_backlog(int port, int backlog) {
  // The library keeps its socket private, so look it up among our descriptors.
  DIR* fds = opendir("/proc/self/fd");
  if (!fds) return false;
  bool raised = false;
  while (const dirent* entry = readdir(fds)) {
    char* end = nullptr;
    const long fd = std::strtol(entry->d_name, &end, 10);
    if (end == entry->d_name || *end != '\0' || fd == dirfd(fds)) continue;
    if (is_listening_on(static_cast<int>(fd), port) && listen(static_cast<int>(fd), backlog) == 0) raised = true;
  }
  closedir(fds);
  return raised;
}

}  // namespace casekb
