// Durable file changes for published cases: a file is replaced whole or not at
// all, and the change is on disk when the call returns (temporary file in the
// same folder, fsync, rename, fsync of the folder; unlink, fsync of the folder).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace casekb {

// Replaces path with bytes. Returns a Japanese message on failure, when path is
// unchanged (at worst a temporary ".<name>.tmp-*" is left, which
// remove_stale_temporary_files clears).
std::optional<std::string> write_file_atomically(const std::string& path, std::string_view bytes);

// Removes path (absent is fine) and syncs its folder.
std::optional<std::string> remove_file_durably(const std::string& path);

// Removes temporaries that a crash left in folder; returns how many.
std::size_t remove_stale_temporary_files(const std::string& folder);

}  // namespace casekb
