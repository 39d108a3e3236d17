// Text plumbing for the anonymity check: lossy UTF-8 decoding, NFKC with invisible
// characters removed, and the map from normalised positions back to the text as written.
#pragma once

#include <cstddef>
#include <bitset>
#include <cstdint>
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "text/utf8.h"  // decoding and encoding shared with the rest of casekb_core

namespace casekb {

// Where a span of normalised text sits in the original file.
struct SourceSpan {
  int line = 0;      // 1-based
  int column = 0;    // 1-based, in code points of the original line
  std::string text;  // the original bytes of the span (valid UTF-8; invalid bytes become U+FFFD)
};

// A file's text after NFKC and removal of invisible characters, with a map back to the
// original. The checks match on `text()` and report through `locate()`, so a phone
// number written with full-width digits and zero-width spaces inside is still matched and
// reported with the characters the author typed.
//
// Invalid UTF-8 bytes each count as one code point and read as U+FFFD.
class NormalizedText {
 public:
  explicit NormalizedText(std::string_view original);

  const std::u32string& text() const { return text_; }

  // Span [begin, end) of text() (end > begin) in the original file. `end` may equal size().
  SourceSpan locate(size_t begin, size_t end) const;

 private:
  std::string_view original_;
  std::u32string text_;
  // For each normalised code point, the original code points it came from: [begin, end).
  std::vector<uint32_t> source_begin_;
  std::vector<uint32_t> source_end_;
  // Byte offset of each original code point, plus one entry for the end of the text.
  std::vector<size_t> original_offsets_;
  // Original code point index at which each line starts.
  std::vector<uint32_t> line_starts_;
};

// Character classes over normalised (NFKC) code points. The small ones are inline: every
// rule tests most characters of a file with them.
inline bool is_kanji(char32_t c) {  // CJK ideographs and 々 〆 ヶ
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3FFFF) || c == 0x3005 || c == 0x3006 || c == 0x30F6 || c == 0x30F5;
}
inline bool is_hiragana(char32_t c) { return (c >= 0x3041 && c <= 0x3096) || (c >= 0x309D && c <= 0x309F); }
// A few characters a per-character scan starts at, tested by one bit of their low byte
// first: most characters of a text fail that test before any comparison (a rule's scan over
// every character then costs a few instructions, not one comparison per character it starts at).
class CharacterSet {
 public:
  constexpr explicit CharacterSet(std::u32string_view characters) {
    for (char32_t c : characters) bits_[(c & 0xFF) >> 6] |= uint64_t{1} << (c & 63);
  }
  // True if `c` may be one of the set: a caller compares it exactly after.
  bool may_hold(char32_t c) const { return (bits_[(c & 0xFF) >> 6] >> (c & 63)) & 1; }

 private:
  uint64_t bits_[4] = {};
};

inline bool is_kanji_numeral(char32_t c) {  // 〇 一 … 九 十 百 千
  // Called for most characters of a case: a switch, not a search of the list.
  switch (c) {
    case U'〇': case U'一': case U'二': case U'三': case U'四': case U'五': case U'六':
    case U'七': case U'八': case U'九': case U'十': case U'百': case U'千':
      return true;
    default:
      return false;
  }
}

inline bool is_katakana(char32_t c) {  // includes ー, excludes the middle dot ・
  return (c >= 0x30A1 && c <= 0x30FA && c != 0x30F5 && c != 0x30F6) || (c >= 0x30FC && c <= 0x30FF) ||
         (c >= 0x31F0 && c <= 0x31FF);
}
inline bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
inline bool is_ascii_letter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }
bool is_dash(char32_t c);         // hyphens, dashes, minus signs and ー as written in numbers
bool is_placeholder(char32_t c);  // 〇 ○ △ × □ … as used for anonymised names
inline bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == 0x3000; }  // not line breaks

inline bool ends_with(std::u32string_view s, std::u32string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
// True if `s` is not empty and every character of it satisfies `predicate` (is_kanji …).
template <typename Predicate>
bool all_of(std::u32string_view s, Predicate predicate) {
  return !s.empty() && std::all_of(s.begin(), s.end(), predicate);
}
// Where the run of text ending at `end` starts: back over at most `limit` characters to the
// first of `stops` (a comma, a particle, a bracket). The clause a rule reads before a fact.
inline size_t run_start_before(std::u32string_view s, size_t end, size_t limit, std::u32string_view stops) {
  size_t start = end;
  while (start > 0 && end - start < limit && stops.find(s[start - 1]) == std::u32string_view::npos) --start;
  return start;
}
// The character at i, or U'\0' past the end: lets rules look ahead without bounds checks.
inline char32_t at(std::u32string_view s, size_t i) { return i < s.size() ? s[i] : U'\0'; }
// True if `prefix` stands in `s` at `i` (false past the end).
inline bool starts_with(std::u32string_view s, size_t i, std::u32string_view prefix) {
  return i <= s.size() && s.compare(i, prefix.size(), prefix) == 0;
}

// True if a kana run ends as grammar rather than as a name: a particle, a verb's or an
// adjective's ending (できた, 通える, ような, まで, として). Shared by the rules that read
// kana names by characters where MeCab cuts them.
bool ends_like_grammar(std::u32string_view run);

// UTF-8 encoding of a code point sequence.
std::string to_utf8(std::u32string_view text);
// Lossy decode + NFKC + invisible characters removed: the form terms are compared in.
std::u32string normalize_term(std::string_view utf8);

// Finds many fixed terms in a text in one pass. Terms are indexed by their first code
// point, so a scan costs the text length times the few terms sharing a first character,
// never the text length times the number of terms.
class TermMatcher {
 public:
  void add(std::u32string_view term, int tag = 0);
  void add(std::string_view utf8_term, int tag = 0) { add(normalize_term(utf8_term), tag); }

  // Calls on_match(begin, end, tag) for every occurrence of every term; at one position
  // the longest term comes first. Occurrences may overlap.
  template <typename Callback>
  void for_each_match(std::u32string_view text, Callback on_match) const {
    for (size_t i = 0; i < text.size(); ++i) {
      const std::vector<Entry>* bucket = bucket_of(text[i]);
      if (bucket == nullptr) continue;
      for (const Entry& entry : *bucket) {
        if (text.compare(i, entry.term.size(), entry.term) == 0) {
          on_match(i, i + entry.term.size(), entry.tag);
        }
      }
    }
  }
  // Length of the longest term starting at `position` (0 if none); its tag via `tag`.
  // Inline: the check calls it for most characters of a case with a dozen matchers, and
  // nearly every call ends at the first-character test.
  size_t match_at(std::u32string_view text, size_t position, int* tag = nullptr) const {
    if (position >= text.size()) return 0;
    const std::vector<Entry>* bucket = bucket_of(text[position]);
    return bucket == nullptr ? 0 : match_in_bucket(*bucket, text, position, tag);
  }
  // Length of the longest term ending exactly at `end` (0 if none); its tag via `tag`.
  size_t match_ending_at(std::u32string_view text, size_t end, int* tag = nullptr) const;
  bool contains(std::u32string_view term) const;

 private:
  struct Entry {
    std::u32string term;
    int tag;
  };
  // The terms starting with cp, longest first; nullptr if none. A bit test first, then
  // an open-addressed table (the check does this for every character of every case with
  // each of ~30 matchers; std::unordered_map's lookups were a tenth of its time).
  const std::vector<Entry>* bucket_of(char32_t cp) const {
    if (cp < kFirstBits && !first_chars_[cp]) return nullptr;
    if (slots_.empty()) return nullptr;
    for (size_t slot = hash(cp) & (slots_.size() - 1);; slot = (slot + 1) & (slots_.size() - 1)) {
      const Slot& s = slots_[slot];
      if (s.first == cp && s.bucket != kNoBucket) return &buckets_[s.bucket];
      if (s.bucket == kNoBucket) return nullptr;
    }
  }
  static size_t match_in_bucket(const std::vector<Entry>& bucket, std::u32string_view text, size_t position,
                                int* tag);
  static size_t hash(char32_t cp) { return (static_cast<uint32_t>(cp) * 2654435761u) >> 7; }
  void rehash();
  static constexpr char32_t kFirstBits = 0x10000;  // the BMP; rarer characters go to the table only
  static constexpr uint32_t kNoBucket = 0xFFFFFFFF;
  struct Slot {
    char32_t first = 0;
    uint32_t bucket = kNoBucket;
  };
  std::bitset<kFirstBits> first_chars_;
  std::vector<std::vector<Entry>> buckets_;  // each longest term first
  std::vector<Slot> slots_;                  // a power of two, at most half full
  size_t longest_ = 0;
};

// Length of the particle that ends a coined kana name's run (かねたか|と before 取引, やまびこ|が
// before 担う), or 0: at least three kana before it, and the run does not start like a
// particle (にするかと is grammar). The name rules after a legal form share it.
size_t particle_after_kana_name(std::u32string_view kana);

// The parts of [begin, end) of `text` between `separator`s, each as its [begin, end)
// without the blanks around it; nothing after a last separator that ends the range.
// Table cells (|) and the items of a list (、) are read with it.
std::vector<std::pair<size_t, size_t>> trimmed_parts(std::u32string_view text, size_t begin, size_t end, char32_t separator);

// The parts of a foreign name between its joiners ・, = and ＝ (ラファエル・ソウザ → ラファエル,
// ソウザ; ジャン=ポール → ジャン, ポール); the name itself when it has none. The person rules
// judge each part as a word, and look for each again in the file.
std::vector<std::u32string_view> foreign_name_parts(std::u32string_view name);

// The cells of the Markdown table rows in `text` (lines that start with |), each as its
// [begin, end) without the blanks around it, row by row. Shared by the rules that read
// names from tables (a firm alone in a cell, a person after a role's cell).
std::vector<std::vector<std::pair<size_t, size_t>>> markdown_table_rows(std::u32string_view text);

}  // namespace casekb
