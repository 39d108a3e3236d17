// WriterLock: flock with a holder line.
#include "index/writer_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <ctime>
#include <filesystem>
#include <thread>

namespace casekb {

namespace {

std::string now_text() {
  const std::time_t t = std::time(nullptr);
  std::tm local{};
  localtime_r(&t, &local);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M:%S", &local);
  return buffer;
}

}  // namespace

WriterLock::WriterLock(const std::string& db_path, const std::string& holder, std::chrono::milliseconds wait) {
  const std::string path = (std::filesystem::path(db_path) / ".lock").string();
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) {
    refusal_ = "索引の書き込み用ロック " + path + " を開けません（権限を確かめてください）。";
    return;
  }
  const auto give_up = std::chrono::steady_clock::now() + wait;
  for (;;) {
    if (::flock(fd_, LOCK_EX | LOCK_NB) == 0) {
      locked_ = true;
      const std::string line = holder + "（プロセス " + std::to_string(::getpid()) + "、" + now_text() + " から）\n";
      if (::ftruncate(fd_, 0) == 0) {
        [[maybe_unused]] const ssize_t written = ::pwrite(fd_, line.data(), line.size(), 0);
      }
      return;
    }
    if (std::chrono::steady_clock::now() >= give_up) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  char buffer[512] = {};
  const ssize_t n = ::pread(fd_, buffer, sizeof buffer - 1, 0);
  std::string who = n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : std::string("別のプロセス");
  while (!who.empty() && (who.back() == '\n' || who.back() == '\r')) who.pop_back();
  refusal_ = "この索引 (" + db_path + ") は " + who + " が書き込み中です。終わるのを待ってからやり直してください。";
}

WriterLock::~WriterLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the lock; the holder line stays as a record of the last writer
}

}  // namespace casekb
