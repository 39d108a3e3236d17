// UTF-8 decoding helpers: validation, code-point iteration and counting.
// Everything that reports a column or cuts text goes through here, so that
// no caller ever splits a character.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace casekb {

// Decodes the code point starting at text[offset] and advances offset past it.
// Returns U+FFFD and advances one byte for an invalid or truncated sequence.
char32_t decode_utf8(std::string_view text, std::size_t& offset);

// Appends the UTF-8 encoding of code_point to out.
void append_utf8(std::string& out, char32_t code_point);

// Returns the byte offset of the first invalid sequence, or npos if text is valid
// UTF-8 (overlong forms, surrogates and values above U+10FFFF are invalid).
std::size_t find_invalid_utf8(std::string_view text);

// Number of code points in text (invalid bytes count as one each).
std::size_t count_code_points(std::string_view text);

// The longest prefix of text that is at most max_bytes long and ends on a
// character boundary.
std::string_view truncate_utf8(std::string_view text, std::size_t max_bytes);

// Replaces every invalid sequence with U+FFFD.
std::string sanitize_utf8(std::string_view text);

}  // namespace casekb
