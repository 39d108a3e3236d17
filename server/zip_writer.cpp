// Stored ZIP entries: little-endian headers around the bytes as they are.
#include "zip_writer.h"

#include <array>

namespace casekb {

namespace {

constexpr std::uint16_t kVersion = 20;         // 2.0: what a stored file needs
constexpr std::uint16_t kUtf8Names = 1 << 11;  // general purpose bit 11
// 1980-01-01 00:00 in MS-DOS form: a fixed time keeps archives of the same
// collection byte for byte the same.
constexpr std::uint16_t kDosTime = 0;
constexpr std::uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;

void put16(std::string& out, std::uint16_t v) {
  out += static_cast<char>(v & 0xff);
  out += static_cast<char>(v >> 8);
}

void put32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff);
}

const std::array<std::uint32_t, 256>& crc_table() {
  static const std::array<std::uint32_t, 256> table = [] {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t n = 0; n < 256; ++n) {
      std::uint32_t c = n;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
      t[n] = c;
    }
    return t;
  }();
  return table;
}

}  // namespace

std::uint32_t crc32_of(std::string_view bytes) {
  std::uint32_t c = 0xffffffffu;
  for (const char ch : bytes) c = crc_table()[(c ^ static_cast<unsigned char>(ch)) & 0xff] ^ (c >> 8);
  return c ^ 0xffffffffu;
}

bool is_safe_zip_name(std::string_view name) {
  if (name.empty() || name.size() > 255 || name.front() == '/') return false;
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t end = name.find('/', start);
    if (end == std::string_view::npos) end = name.size();
    const std::string_view segment = name.substr(start, end - start);
    if (segment.empty() || segment == "." || segment == "..") return false;
    start = end + 1;
  }
  for (const char ch : name) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 || c == 0x7f || ch == '\\' || ch == ':') return false;
  }
  return true;
}

bool ZipWriter::add(const std::string& name, std::string_view content) {
  if (!is_safe_zip_name(name)) return false;
  Entry entry{name, crc32_of(content), static_cast<std::uint32_t>(content.size()), static_cast<std::uint32_t>(data_.size())};
  put32(data_, 0x04034b50);
  put16(data_, kVersion);
  put16(data_, kUtf8Names);
  put16(data_, 0);  // stored
  put16(data_, kDosTime);
  put16(data_, kDosDate);
  put32(data_, entry.crc);
  put32(data_, entry.size);  // compressed
  put32(data_, entry.size);  // uncompressed
  put16(data_, static_cast<std::uint16_t>(name.size()));
  put16(data_, 0);  // extra field
  data_ += name;
  data_.append(content.data(), content.size());
  entries_.push_back(std::move(entry));
  return true;
}

std::string ZipWriter::finish() const {
  std::string out = data_;
  const auto directory_offset = static_cast<std::uint32_t>(out.size());
  for (const Entry& e : entries_) {
    put32(out, 0x02014b50);
    put16(out, kVersion);  // made by (MS-DOS attributes)
    put16(out, kVersion);  // needed
    put16(out, kUtf8Names);
    put16(out, 0);
    put16(out, kDosTime);
    put16(out, kDosDate);
    put32(out, e.crc);
    put32(out, e.size);
    put32(out, e.size);
    put16(out, static_cast<std::uint16_t>(e.name.size()));
    put16(out, 0);  // extra
    put16(out, 0);  // comment
    put16(out, 0);  // disk
    put16(out, 0);  // internal attributes
    put32(out, 0);  // external attributes
    put32(out, e.offset);
    out += e.name;
  }
  const auto directory_size = static_cast<std::uint32_t>(out.size() - directory_offset);
  put32(out, 0x06054b50);
  put16(out, 0);
  put16(out, 0);
  put16(out, static_cast<std::uint16_t>(entries_.size()));
  put16(out, static_cast<std::uint16_t>(entries_.size()));
  put32(out, directory_size);
  put32(out, directory_offset);
  put16(out, 0);  // comment
  return out;
}

}  // namespace casekb
