// What identifies the version of a case file: its SHA-256, size and
// modification time. The index keeps one per case, so an update re-reads only
// files whose size or time changed and re-checks only those whose content did.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace casekb {

struct FileStamp {
  std::string sha256;      // lower-case hex of the file's bytes; empty: not read yet
  std::uint64_t size = 0;  // bytes
  std::int64_t mtime_ns = 0;

  // Same size and modification time: taken as the same file without reading it
  // (as make and git do); `casekb-index --verify` reads every file instead.
  bool same_stat(const FileStamp& other) const { return size == other.size && mtime_ns == other.mtime_ns; }
};

// Lower-case hex SHA-256 of `bytes` (libsodium).
std::string sha256_hex(std::string_view bytes);

// The stamp's stat part for `path`, or nullopt if it cannot be read.
std::optional<FileStamp> stat_file(const std::string& path);

}  // namespace casekb
