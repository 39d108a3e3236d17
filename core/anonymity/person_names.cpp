// SKK's name dictionary for the anonymity check (see person_names.h).
#include "anonymity/person_names.h"

#include <iconv.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>

#include "anonymity/text.h"

namespace casekb {
namespace {

constexpr const char* kDefaultPath = "/usr/share/skk/SKK-JISYO.jinmei";
constexpr size_t kLongestForm = 4;  // longer forms are full names or titles, not parts

// The dictionary as UTF-8: converted from EUC-JP unless it already is valid UTF-8.
// Bytes iconv cannot convert are skipped (the file has a few stray ones).
bool to_utf8_text(const std::string& raw, std::string* out, std::string* error) {
  if (raw.find("coding: euc-jp") == std::string::npos && raw.find("coding: EUC-JP") == std::string::npos) {
    *out = raw;
    return true;
  }
  iconv_t converter = iconv_open("UTF-8", "EUC-JP");
  if (converter == reinterpret_cast<iconv_t>(-1)) {
    *error = "EUC-JP を UTF-8 に変換できません (iconv)";
    return false;
  }
  out->assign(raw.size() * 2, '\0');
  char* in_bytes = const_cast<char*>(raw.data());
  size_t in_left = raw.size();
  char* out_bytes = out->data();
  size_t out_left = out->size();
  while (in_left > 0) {
    if (iconv(converter, &in_bytes, &in_left, &out_bytes, &out_left) != static_cast<size_t>(-1)) break;
    if (out_left < 8) break;  // cannot happen with twice the input, but never loop forever
    ++in_bytes;  // an invalid or incomplete sequence: skip one byte
    --in_left;
  }
  iconv_close(converter);
  out->resize(out->size() - out_left);
  return true;
}

bool is_name_form(std::u32string_view form) {
  if (form.empty() || form.size() > kLongestForm) return false;
  const bool kanji = std::all_of(form.begin(), form.end(), [](char32_t c) { return is_kanji(c); });
  const bool hiragana = std::all_of(form.begin(), form.end(), [](char32_t c) { return is_hiragana(c); });
  const bool katakana = std::all_of(form.begin(), form.end(), [](char32_t c) { return is_katakana(c); });
  return kanji || ((hiragana || katakana) && form.size() >= 2);
}

// Calls on_line for each entry line of an SKK dictionary (not comments), as UTF-8.
// False, with the reason in `error`, if the file cannot be read or converted.
template <typename OnLine>
bool for_each_dictionary_line(const std::string& path, std::string* error, OnLine on_line) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "辞書を読み込めません: " + path + "（skkdic-extra パッケージ）";
    return false;
  }
  std::ostringstream raw;  // in one piece: istreambuf_iterator reads a character at a time
  raw << in.rdbuf();
  std::string text;
  if (!to_utf8_text(raw.str(), &text, error)) return false;
  std::string_view rest(text);
  while (!rest.empty()) {
    const size_t end = rest.find('\n');
    const std::string_view line = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    if (!line.empty() && line[0] != ';') on_line(line);
  }
  return true;
}

}  // namespace

uint64_t PersonNameList::key(std::u32string_view form) {
  if (form.empty() || form.size() > kLongestForm) return 0;
  uint64_t packed = 0;
  for (char32_t c : form) {
    if (c == 0 || c > 0xFFFF) return 0;
    packed = (packed << 16) | c;
  }
  return packed;
}

namespace {

// "おがた /緒方;人名/尾形;人名 作曲家/尾方;姓/" → each candidate with its classes.
void read_line(std::string_view line, std::unordered_map<uint64_t, uint8_t>* forms,
               std::unordered_set<uint64_t>* surname_readings, std::unordered_set<uint64_t>* given_readings) {
  const size_t slash = line.find(" /");
  if (slash == std::string_view::npos) return;
  bool surname = false;
  bool given = false;
  std::string_view rest = line.substr(slash + 2);
  while (!rest.empty()) {
    const size_t end = rest.find('/');
    const std::string_view candidate = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    const size_t semicolon = candidate.find(';');
    if (semicolon == std::string_view::npos) continue;
    const std::string_view annotation = candidate.substr(semicolon + 1);
    uint8_t classes = 0;
    if (annotation.rfind("人名", 0) == 0) classes = PersonNameList::kSurname | PersonNameList::kGivenName;
    else if (annotation.rfind("姓", 0) == 0) classes = PersonNameList::kSurname;
    else if (annotation.rfind("名", 0) == 0) classes = PersonNameList::kGivenName;
    if (classes == 0) continue;
    surname = surname || (classes & PersonNameList::kSurname) != 0;
    given = given || (classes & PersonNameList::kGivenName) != 0;
    const std::u32string form = normalize_term(candidate.substr(0, semicolon));
    if (!is_name_form(form)) continue;
    // Hiragana forms are given names only (さくら, ひなた): a kana surname is too often a word.
    // Katakana forms are foreign names (カルロス, マイケル), either part.
    if (is_hiragana(form[0])) classes &= PersonNameList::kGivenName;
    const uint64_t packed = PersonNameList::key(form);
    if (classes != 0 && packed != 0) (*forms)[packed] |= classes;
  }
  if (!given && !surname) return;
  const std::u32string reading = normalize_term(line.substr(0, slash));
  if (given) {
    if (reading.size() >= 2 && std::all_of(reading.begin(), reading.end(), [](char32_t c) { return is_hiragana(c); })) {
      const uint64_t packed = PersonNameList::key(reading);
      if (packed != 0) given_readings->insert(packed);
    }
  }
  if (surname) {
    // Readings of three or more kana only: two (かわ, もり) are as often words.
    if (reading.size() >= 3 && std::all_of(reading.begin(), reading.end(), [](char32_t c) { return is_hiragana(c); })) {
      const uint64_t packed = PersonNameList::key(reading);
      if (packed != 0) surname_readings->insert(packed);
    }
  }
}

}  // namespace

PersonNameList PersonNameList::load(const std::string& path) {
  PersonNameList list;
  const bool read = for_each_dictionary_line(path, &list.error_, [&](std::string_view line) {
    read_line(line, &list.forms_, &list.surname_readings_, &list.given_readings_);
  });
  if (read && list.forms_.empty()) list.error_ = "人名辞書に名前が見つかりません: " + path;
  return list;
}

const PersonNameList& PersonNameList::shared() {
  static const PersonNameList instance = [] {
    const char* configured = std::getenv("CASEKB_SKK_JINMEI");
    return load(configured != nullptr && *configured ? configured : kDefaultPath);
  }();
  return instance;
}

const TermMatcher& public_figure_names() {
  static const TermMatcher matcher = [] {
    TermMatcher m;
    const char* configured = std::getenv("CASEKB_SKK_ML");
    const std::string path = configured != nullptr && *configured ? configured : "/usr/share/skk/SKK-JISYO.ML";
    const PersonNameList& names = PersonNameList::shared();
    std::string error;  // without the file there are no public figures: the allow-list still holds
    for_each_dictionary_line(path, &error, [&](std::string_view line) {
      const size_t slash = line.find(" /");
      if (slash == std::string_view::npos) return;
      std::string_view candidates = line.substr(slash + 2);
      while (!candidates.empty()) {
        const size_t next = candidates.find('/');
        std::string_view candidate = candidates.substr(0, next);
        candidates = next == std::string_view::npos ? std::string_view() : candidates.substr(next + 1);
        candidate = candidate.substr(0, candidate.find(';'));
        // Four to six kanji are 12 to 18 bytes of UTF-8 starting with a kanji's lead byte:
        // most of the 100,000 candidates are passed over before any decoding.
        if (candidate.size() < 12 || candidate.size() > 18 || static_cast<unsigned char>(candidate[0]) < 0xE3 ||
            static_cast<unsigned char>(candidate[0]) > 0xE9) {
          continue;
        }
        // Kanji are three bytes each and need no normalising: decoded directly.
        if (candidate.size() % 3 != 0) continue;
        std::u32string form;
        for (size_t b = 0; b + 2 < candidate.size(); b += 3) {
          const auto byte = [&](size_t k) { return static_cast<unsigned char>(candidate[b + k]); };
          if ((byte(0) & 0xF0) != 0xE0 || (byte(1) & 0xC0) != 0x80 || (byte(2) & 0xC0) != 0x80) break;
          form.push_back(static_cast<char32_t>(((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F)));
        }
        if (form.size() * 3 != candidate.size() || form.size() < 4 ||
            !std::all_of(form.begin(), form.end(), [](char32_t c) { return is_kanji(c); })) {
          continue;
        }
        for (size_t split = 1; split <= 3 && split < form.size(); ++split) {
          const std::u32string_view surname = std::u32string_view(form).substr(0, split);
          const std::u32string_view given = std::u32string_view(form).substr(split);
          if (names.is_surname(surname) && names.is_given_name(given)) {
            m.add(std::u32string_view(form));
            break;
          }
        }
      }
    });
    return m;
  }();
  return matcher;
}

uint8_t PersonNameList::classes(std::u32string_view form) const {
  const uint64_t packed = key(form);
  if (packed == 0) return 0;
  const auto it = forms_.find(packed);
  return it == forms_.end() ? 0 : it->second;
}

size_t PersonNameList::surname_at(std::u32string_view text, size_t position) const {
  for (size_t length = std::min(kLongestForm, text.size() - std::min(position, text.size())); length > 0; --length) {
    const std::u32string_view form = text.substr(position, length);
    if (!std::all_of(form.begin(), form.end(), [](char32_t c) { return is_kanji(c); })) continue;
    if (is_surname(form)) return length;
  }
  return 0;
}

size_t PersonNameList::given_name_at(std::u32string_view text, size_t position) const {
  for (size_t length = std::min(kLongestForm, text.size() - std::min(position, text.size())); length > 0; --length) {
    if (is_given_name(text.substr(position, length))) return length;
  }
  return 0;
}

}  // namespace casekb
