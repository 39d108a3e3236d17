// POSIX file operations with fsync.
#include "workflow/atomic_file.h"

#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "workflow/secrets.h"

namespace casekb {

namespace {

std::string folder_of(const std::string& path) {
  const std::size_t cut = path.rfind('/');
  return cut == std::string::npos ? "." : (cut == 0 ? "/" : path.substr(0, cut));
}

std::string name_of(const std::string& path) {
  const std::size_t cut = path.rfind('/');
  return cut == std::string::npos ? path : path.substr(cut + 1);
}

std::string failure(const std::string& what, const std::string& path) {
  return what + "（" + path + ": " + std::strerror(errno) + "）。";
}

std::optional<std::string> sync_folder(const std::string& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return failure("フォルダを開けません", folder);
  const int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0) return failure("フォルダを書き込めません", folder);
  return std::nullopt;
}

constexpr const char* kTemporaryMarker = ".tmp-";

}  // namespace

std::optional<std::string> write_file_atomically(const std::string& path, std::string_view bytes) {
  const std::string folder = folder_of(path);
  // A leading dot and no ".md" ending: casekb-index never takes it for a case.
  const std::string temporary = folder + "/." + name_of(path) + kTemporaryMarker + random_hex(6);
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return failure("一時ファイルを作れません", temporary);
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const std::string message = failure("ファイルを書き込めません", temporary);
      ::close(fd);
      ::unlink(temporary.c_str());
      return message;
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) {
    const std::string message = failure("ファイルを書き込めません", temporary);
    ::close(fd);
    ::unlink(temporary.c_str());
    return message;
  }
  ::close(fd);
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    const std::string message = failure("ファイルを置き換えられません", path);
    ::unlink(temporary.c_str());
    return message;
  }
  return sync_folder(folder);
}

std::optional<std::string> remove_file_durably(const std::string& path) {
  if (::unlink(path.c_str()) != 0 && errno != ENOENT) return failure("ファイルを削除できません", path);
  return sync_folder(folder_of(path));
}

std::size_t remove_stale_temporary_files(const std::string& folder) {
  std::size_t removed = 0;
  DIR* dir = ::opendir(folder.c_str());
  if (!dir) return 0;
  while (const dirent* entry = ::readdir(dir)) {
    const std::string name = entry->d_name;
    if (name.size() > 1 && name[0] == '.' && name.find(kTemporaryMarker) != std::string::npos) {
      if (::unlink((folder + "/" + name).c_str()) == 0) ++removed;
    }
  }
  ::closedir(dir);
  return removed;
}

}  // namespace casekb
