// A ZIP archive (PKWARE APPNOTE 6.3) of stored, uncompressed files, written in
// memory: enough for an offline folder of a few HTML pages that every system
// opens without extra software.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace casekb {

// CRC-32 (ISO 3309, as ZIP and PNG use it) of bytes.
std::uint32_t crc32_of(std::string_view bytes);

// True for a name that unpacks inside the folder it is unpacked in: relative,
// '/' separators, no "." or ".." segment, no backslash, colon or control
// character (a name built from a case id must never climb out: "zip slip").
bool is_safe_zip_name(std::string_view name);

class ZipWriter {
 public:
  // Adds a file; `name` is a relative path with '/' separators, UTF-8 (flagged
  // as such). Names must be unique; the archive must stay under 4 GiB.
  // Returns false, adding nothing, for a name that is not is_safe_zip_name.
  bool add(const std::string& name, std::string_view content);
  // The whole archive: local headers and data, central directory, end record.
  std::string finish() const;

 private:
  struct Entry {
    std::string name;
    std::uint32_t crc = 0;
    std::uint32_t size = 0;
    std::uint32_t offset = 0;
  };
  std::string data_;
  std::vector<Entry> entries_;
};

}  // namespace casekb
