// The one-writer rule on disk: an flock on PATH/.lock, held by whoever changes
// the index (casekb-index, or the server when it publishes), with the holder's
// name written into the file so that a refused writer can say who holds it.
// Xapian's own lock on each database is the backstop.
#pragma once

#include <chrono>
#include <string>

namespace casekb {

class WriterLock {
 public:
  // Tries to take the lock for up to `wait`. `holder` names this writer in
  // messages ("casekb-index", "casekb-server (publishing)").
  WriterLock(const std::string& db_path, const std::string& holder, std::chrono::milliseconds wait = {});
  ~WriterLock();
  WriterLock(const WriterLock&) = delete;
  WriterLock& operator=(const WriterLock&) = delete;

  bool locked() const { return locked_; }
  // When not locked: a Japanese sentence naming the holder and since when.
  const std::string& refusal() const { return refusal_; }

 private:
  int fd_ = -1;
  bool locked_ = false;
  std::string refusal_;
};

}  // namespace casekb
