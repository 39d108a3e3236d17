// Normalisation through ICU's Normalizer2 (UTF-8 in, UTF-8 out).
#include "text/normalize.h"

#include "text/kanji_variants.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include "text/utf8.h"

namespace casekb {

namespace {

bool is_plain_ascii(std::string_view text) {
  for (unsigned char c : text) {
    if (c >= 0x80) return false;
  }
  return true;
}

std::string normalize_with(const icu::Normalizer2* normalizer, std::string_view text) {
  std::string input;
  if (find_invalid_utf8(text) != std::string_view::npos) {
    input = sanitize_utf8(text);
    text = input;
  }
  if (normalizer == nullptr) return std::string(text);
  std::string out;
  out.reserve(text.size());
  icu::StringByteSink<std::string> sink(&out);
  UErrorCode status = U_ZERO_ERROR;
  normalizer->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())),
                            sink, nullptr, status);
  if (U_FAILURE(status)) return std::string(text);
  return out;
}

const icu::Normalizer2* nfkc_casefold() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return instance;
}

}  // namespace

const icu::Normalizer2* nfkc_normalizer() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return instance;
}

std::string normalize_nfkc(std::string_view text) {
  if (is_plain_ascii(text)) return std::string(text);
  return normalize_with(nfkc_normalizer(), text);
}

std::string normalize_for_search(std::string_view text) {
  if (is_plain_ascii(text)) {
    std::string out(text);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  return normalize_with(nfkc_casefold(), text);
}

std::string normalize_for_index(std::string_view text) { return fold_kanji_variants(normalize_for_search(text)); }

}  // namespace casekb
