// The list of Japanese personal names the anonymity check reads beside IPAdic: SKK's
// name dictionary (Debian package skkdic-extra, SKK-JISYO.jinmei, about 20,000
// readings), which knows rare surnames (百目鬼, 四十物) and kana given names (さくら,
// ひなた) that IPAdic does not tag as people.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>


namespace casekb {

class TermMatcher;

// Full names of public figures (夏目漱石, 湯川秀樹, 真田昌幸, 豊臣秀頼): the entries of SKK's
// general dictionary (SKK-JISYO.ML, the same Debian package) of four to six kanji that split
// into a surname and a given name of the name list. A general dictionary lists a person
// only when the person is public, so such a name in a case is history, not a client. An
// empty matcher if the file is missing. ($CASEKB_SKK_ML overrides the path.)
const TermMatcher& public_figure_names();

class PersonNameList {
 public:
  // What the dictionary says a written form is; a form may be both (SKK's 人名).
  static constexpr uint8_t kSurname = 1;
  static constexpr uint8_t kGivenName = 2;

  // Reads an SKK dictionary in EUC-JP (the Debian file's encoding) or UTF-8. Forms
  // annotated 姓, 名 or 人名 of one to four kanji, hiragana (given names only) or
  // katakana (foreign names: カルロス) are kept. A missing or unreadable file gives an
  // empty list and the reason in error().
  static PersonNameList load(const std::string& path);

  // The process-wide list, loaded on first use (thread-safe): $CASEKB_SKK_JINMEI if
  // set, else /usr/share/skk/SKK-JISYO.jinmei.
  static const PersonNameList& shared();

  bool available() const { return !forms_.empty(); }
  const std::string& error() const { return error_; }
  size_t size() const { return forms_.size(); }

  // kSurname | kGivenName for a written form (NFKC), 0 if the list does not know it.
  uint8_t classes(std::u32string_view form) const;
  bool is_surname(std::u32string_view form) const { return (classes(form) & kSurname) != 0; }
  bool is_given_name(std::u32string_view form) const { return (classes(form) & kGivenName) != 0; }
  // True if `reading` (hiragana, up to four characters) is how some surname of the list is
  // read: ハマダ, タカハシ written in katakana are surnames, スキル, ドローン are not.
  bool is_surname_reading(std::u32string_view reading) const {
    const uint64_t packed = key(reading);
    return packed != 0 && surname_readings_.count(packed) != 0;
  }

  // True if `reading` (hiragana, two to four characters) is how some given name of the list
  // is read: ゆい, さつき. Many are words too (ひかり, あゆみ): callers need context.
  bool is_given_name_reading(std::u32string_view reading) const {
    const uint64_t packed = key(reading);
    return packed != 0 && given_readings_.count(packed) != 0;
  }

  // A form of one to four BMP characters packed into 64 bits (16 each), 0 for any other:
  // lookups cost no allocation, which matters since most words of a case are looked up.
  static uint64_t key(std::u32string_view form);

  // Length of the longest surname (kanji, 1 to 4 characters) starting at `position`, 0 if none.
  size_t surname_at(std::u32string_view text, size_t position) const;
  // Length of the longest given name (kanji or hiragana, up to 4 characters) at `position`.
  size_t given_name_at(std::u32string_view text, size_t position) const;

 private:
  std::unordered_map<uint64_t, uint8_t> forms_;  // by key()
  std::unordered_set<uint64_t> surname_readings_;  // by key() of the hiragana reading
  std::unordered_set<uint64_t> given_readings_;    // by key() of the hiragana reading
  std::string error_;
};

}  // namespace casekb
