// The listen backlog of a bound server socket.
//
// cpp-httplib 0.11.4 listens with a backlog of 5. A burst of new connections
// (a browser opening several at once, a proxy filling its pool, 32 benchmark
// clients) overflows it: Linux drops the extra SYNs and the clients retry
// after one second, so p99 latency was 1.1 s and wrk saw timeouts at 32
// connections while p50 stayed at 1 ms. Calling listen() again on a
// listening socket only changes its backlog, so the server raises it after
// binding.
#pragma once

namespace casekb {

inline constexpr int kListenBacklog = 1024;  // capped by net.core.somaxconn

// Finds this process's listening TCP socket on `port` and sets its backlog to
// `backlog`. Returns false if there is none or listen() fails.
bool raise_listen_backlog(int port, int backlog = kListenBacklog);

}  // namespace casekb
