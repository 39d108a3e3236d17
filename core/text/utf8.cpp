// UTF-8 decoding helpers.
#include "text/utf8.h"

namespace casekb {

namespace {
constexpr char32_t kReplacement = 0xFFFD;

// Decodes one sequence; returns the number of bytes (0 if invalid).
std::size_t decode_one(std::string_view text, std::size_t offset, char32_t& out) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[offset + i]); };
  const std::size_t left = text.size() - offset;
  const unsigned char b0 = byte(0);
  if (b0 < 0x80) {
    out = b0;
    return 1;
  }
  std::size_t length;
  char32_t cp;
  char32_t min;
  if ((b0 & 0xE0) == 0xC0) {
    length = 2, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    length = 3, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    length = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (left < length) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(i) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  out = cp;
  return length;
}
}  // namespace

char32_t decode_utf8(std::string_view text, std::size_t& offset) {
  char32_t cp = kReplacement;
  const std::size_t length = decode_one(text, offset, cp);
  if (length == 0) {
    ++offset;
    return kReplacement;
  }
  offset += length;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

namespace {

// A lead byte's sequence: its length and the range its second byte must fall in (the Unicode
// standard's Table 3-7; the range rules out overlongs, surrogates and code points past
// U+10FFFF). Length 0: no lead.
struct Lead {
  std::size_t length;
  unsigned char low;
  unsigned char high;
};

Lead lead_of(unsigned char b0) {
  if (b0 < 0xC2) return {0, 0, 0};  // a continuation byte, or an overlong lead
  if (b0 < 0xE0) return {2, 0x80, 0xBF};
  if (b0 == 0xE0) return {3, 0xA0, 0xBF};
  if (b0 == 0xED) return {3, 0x80, 0x9F};
  if (b0 < 0xF0) return {3, 0x80, 0xBF};
  if (b0 == 0xF0) return {4, 0x90, 0xBF};
  if (b0 < 0xF4) return {4, 0x80, 0xBF};
  if (b0 == 0xF4) return {4, 0x80, 0x8F};
  return {0, 0, 0};
}

}  // namespace

// Validates by byte ranges instead of decoding: every file is checked several times on its
// way through the indexer, and this runs at a fraction of decode_one's cost on Japanese text.
// It accepts exactly what decode_one accepts (tests/utf8_test.cpp compares them over every
// sequence of up to three bytes and every four-byte lead).
std::size_t find_invalid_utf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  std::size_t i = 0;
  while (i < size) {
    if (bytes[i] < 0x80) {
      ++i;
      continue;
    }
    const Lead lead = lead_of(bytes[i]);
    if (lead.length == 0 || size - i < lead.length || bytes[i + 1] < lead.low || bytes[i + 1] > lead.high) return i;
    for (std::size_t k = 2; k < lead.length; ++k) {
      if ((bytes[i + k] & 0xC0) != 0x80) return i;
    }
    i += lead.length;
  }
  return std::string_view::npos;
}

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t offset = 0; offset < text.size(); ++count) decode_utf8(text, offset);
  return count;
}

std::string_view truncate_utf8(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t end = max_bytes;
  // Step back over continuation bytes so the cut lands on a boundary.
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

std::string sanitize_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t offset = 0; offset < text.size();) {
    char32_t cp;
    const std::size_t length = decode_one(text, offset, cp);
    if (length == 0) {
      append_utf8(out, kReplacement);
      ++offset;
    } else {
      out.append(text.substr(offset, length));
      offset += length;
    }
  }
  return out;
}

}  // namespace casekb
