// SHA-256 through libsodium; stat through POSIX.
#include "case/file_stamp.h"

#include <sodium.h>
#include <sys/stat.h>

#include <mutex>
#include <stdexcept>

namespace casekb {

std::string sha256_hex(std::string_view bytes) {
  static std::once_flag initialised;
  std::call_once(initialised, [] {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
  });
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

std::optional<FileStamp> stat_file(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  FileStamp stamp;
  stamp.size = static_cast<std::uint64_t>(st.st_size);
  stamp.mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  return stamp;
}

}  // namespace casekb
