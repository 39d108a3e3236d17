// Lossy UTF-8 decoding, NFKC with a position map, character classes and a multi-term
// matcher for the anonymity check.
#include "anonymity/text.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "text/normalize.h"

namespace casekb {
namespace {

// A run of characters without a normalisation boundary is cut after this many code
// points: canonical reordering is not linear in pathological runs of combining marks,
// and no real text has runs this long.
constexpr size_t kMaxSegmentLength = 64;

// Characters that render as nothing (or only steer layout) and so can hide inside an
// identifier: zero-width space/joiners, word joiner and invisible operators, BOM, soft
// hyphen, bidirectional controls, variation selectors.
bool is_invisible(char32_t c) {
  return (c >= 0x200B && c <= 0x200F) || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF || c == 0x00AD || c == 0x180E ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || (c >= 0xFE00 && c <= 0xFE0F) ||
         (c >= 0xE0100 && c <= 0xE01EF);
}

// Characters NFKC leaves alone and that start a segment of their own: ASCII, hiragana,
// katakana, the unified CJK ideographs, 、 and 。. They are most of a case, and testing
// them here spares two calls into ICU per character. (Voiced kana such as ガ decompose,
// but NFKC composes them back to themselves.)
bool is_nfkc_inert(char32_t c) {
  return c < 0x80 || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FC) || (c >= 0x4E00 && c <= 0x9FFF) ||
         c == 0x3001 || c == 0x3002;
}

// Used only when ICU's data cannot be loaded: full-width ASCII and the ideographic space
// are what matters most for the checks.
char32_t fallback_fold(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFF01 + 0x21;
  if (c == 0x3000) return U' ';
  return c;
}

}  // namespace

namespace {

// The variant kanji of surnames that MeCab and SKK know only in today's form.
char32_t fold_surname_variant(char32_t c) {
  // The low six bits of the variants below: most characters pass this one test.
  constexpr uint64_t kLowBits = (1ull << (0xFA11 & 63)) | (1ull << (0x6FF5 & 63)) | (1ull << (0x9AD9 & 63)) |
                                (1ull << (0x908A & 63)) | (1ull << (0x9089 & 63)) | (1ull << (0x9F4B & 63)) |
                                (1ull << (0x6703 & 63)) | (1ull << (0x51A8 & 63)) | (1ull << (0x8597 & 63)) |
                                (1ull << (0x8606 & 63)) | (1ull << (0x5FB7 & 63));
  if (c < 0x5000 || (kLowBits & (1ull << (c & 63))) == 0) return c;
  switch (c) {
    case U'﨑': return U'崎';
    case U'濵': return U'浜';
    case U'髙': return U'高';
    case U'邊': case U'邉': return U'辺';
    case U'齋': return U'斎';
    case U'會': return U'会';
    case U'冨': return U'富';
    case U'薗': return U'園';
    case U'蘆': return U'芦';
    case U'德': return U'徳';
    default: return c;
  }
}

}  // namespace

NormalizedText::NormalizedText(std::string_view original) : original_(original) {
  std::vector<char32_t> code_points;
  code_points.reserve(original.size());
  original_offsets_.reserve(original.size() + 1);
  line_starts_.push_back(0);
  for (size_t offset = 0; offset < original.size();) {
    original_offsets_.push_back(offset);
    const char32_t c = decode_utf8(original, offset);  // invalid bytes: U+FFFD, one byte each
    code_points.push_back(c);
    if (c == U'\n') line_starts_.push_back(static_cast<uint32_t>(code_points.size()));
  }
  original_offsets_.push_back(original.size());

  text_.reserve(code_points.size());
  source_begin_.reserve(code_points.size());
  source_end_.reserve(code_points.size());
  // Variant kanji of surnames are read as today's form (濵﨑 as 浜崎, 髙橋 as 高橋, 渡會 as
  // 渡会): the dictionaries and name lists know those. One code point for one, so spans
  // still map back to the file. (Not the whole Unihan table: it folds 崗 to 岡, which makes
  // 花崗岩 a surname, and forms MeCab knows better unfolded, 嶋田, 遥.)
  const auto emit = [this](char32_t c, uint32_t begin, uint32_t end) {
    text_.push_back(fold_surname_variant(c));
    source_begin_.push_back(begin);
    source_end_.push_back(end);
  };

  // Visible code points with their original index.
  std::vector<uint32_t> visible;
  visible.reserve(code_points.size());
  for (uint32_t i = 0; i < code_points.size(); ++i) {
    if (!is_invisible(code_points[i])) visible.push_back(i);
  }

  const icu::Normalizer2* nfkc = nfkc_normalizer();
  if (nfkc == nullptr) {
    for (uint32_t index : visible) emit(fallback_fold(code_points[index]), index, index + 1);
    return;
  }
  // NFKC segment by segment: text cut where a normalisation boundary lies normalises to
  // the concatenation of its normalised pieces, and each piece's output maps to the
  // original code points the piece spans.
  icu::UnicodeString decomposition;
  icu::UnicodeString segment;
  for (size_t j = 0; j < visible.size();) {
    size_t k = j + 1;
    while (k < visible.size() && k - j < kMaxSegmentLength && !is_nfkc_inert(code_points[visible[k]]) &&
           !nfkc->hasBoundaryBefore(static_cast<UChar32>(code_points[visible[k]]))) {
      ++k;
    }
    const uint32_t begin = visible[j];
    const uint32_t end = visible[k - 1] + 1;
    const char32_t first = code_points[begin];
    if (k == j + 1 && (is_nfkc_inert(first) || !nfkc->getDecomposition(static_cast<UChar32>(first), decomposition))) {
      emit(first, begin, end);  // the common case: a lone character NFKC leaves alone
    } else {
      segment.remove();
      for (size_t m = j; m < k; ++m) segment.append(static_cast<UChar32>(code_points[visible[m]]));
      UErrorCode status = U_ZERO_ERROR;
      const icu::UnicodeString normalized = nfkc->normalize(segment, status);
      if (U_FAILURE(status)) {
        for (size_t m = j; m < k; ++m) emit(code_points[visible[m]], visible[m], visible[m] + 1);
      } else {
        for (int32_t u = 0; u < normalized.length();) {
          const UChar32 c = normalized.char32At(u);
          emit(static_cast<char32_t>(c), begin, end);
          u += U16_LENGTH(c);
        }
      }
    }
    j = k;
  }
}

SourceSpan NormalizedText::locate(size_t begin, size_t end) const {
  SourceSpan span;
  if (text_.empty()) return span;
  begin = std::min(begin, text_.size() - 1);
  end = std::max(std::min(end, text_.size()), begin + 1);
  const uint32_t original_begin = source_begin_[begin];
  const uint32_t original_end = source_end_[end - 1];
  const auto line = std::upper_bound(line_starts_.begin(), line_starts_.end(), original_begin);
  span.line = static_cast<int>(line - line_starts_.begin());
  span.column = static_cast<int>(original_begin - *(line - 1)) + 1;
  const size_t byte_begin = original_offsets_[original_begin];
  const size_t byte_end = original_offsets_[original_end];
  const std::string_view bytes = original_.substr(byte_begin, byte_end - byte_begin);
  span.text = find_invalid_utf8(bytes) == std::string_view::npos ? std::string(bytes) : sanitize_utf8(bytes);
  return span;
}

bool is_dash(char32_t c) {
  return c == U'-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0x30FC || c == 0x2043 || c == 0xFE63 ||
         c == 0xFF0D || c == 0x2E3A || c == 0x2E3B;
}
bool is_placeholder(char32_t c) {
  switch (c) {
    case 0x3007:
    case 0x25CB:
    case 0x25EF:
    case 0x25B3:
    case 0x25B2:
    case 0x25A1:
    case 0x25A0:
    case 0x00D7:
    case 0x2715:
    case 0x25CF:
    case 0x25CE:
    case 0x25C7:
    case 0x25C6:
    case 0x2606:
    case 0x2605:
    case U'*':
      return true;
    default:
      return false;
  }
}

std::string to_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (char32_t c : text) append_utf8(out, c);
  return out;
}

std::u32string normalize_term(std::string_view utf8) {
  std::u32string term = NormalizedText(utf8).text();
  // Terms are compared without surrounding blanks.
  const auto blank = [](char32_t c) { return is_space(c) || c == U'\r' || c == U'\n'; };
  while (!term.empty() && blank(term.back())) term.pop_back();
  size_t start = 0;
  while (start < term.size() && blank(term[start])) ++start;
  return term.substr(start);
}

void TermMatcher::add(std::u32string_view term, int tag) {
  if (term.empty()) return;
  longest_ = std::max(longest_, term.size());
  if (const std::vector<Entry>* found = bucket_of(term[0]); found != nullptr) {
    std::vector<Entry>& bucket = buckets_[static_cast<size_t>(found - buckets_.data())];
    for (const Entry& entry : bucket) {
      if (entry.term == term) return;  // the first tag given stays
    }
    // Longest first; among equal lengths, in the order added.
    auto at = std::upper_bound(bucket.begin(), bucket.end(), term.size(),
                               [](size_t size, const Entry& entry) { return size > entry.term.size(); });
    bucket.insert(at, Entry{std::u32string(term), tag});
    return;
  }
  if (term[0] < kFirstBits) first_chars_.set(term[0]);
  buckets_.push_back({Entry{std::u32string(term), tag}});
  if (2 * buckets_.size() > slots_.size()) {
    rehash();
    return;
  }
  size_t slot = hash(term[0]) & (slots_.size() - 1);
  while (slots_[slot].bucket != kNoBucket) slot = (slot + 1) & (slots_.size() - 1);
  slots_[slot] = Slot{term[0], static_cast<uint32_t>(buckets_.size() - 1)};
}

void TermMatcher::rehash() {
  size_t size = 16;
  while (size < 2 * buckets_.size()) size *= 2;
  std::vector<Slot> slots(size);
  for (uint32_t b = 0; b < buckets_.size(); ++b) {
    const char32_t first = buckets_[b][0].term[0];
    size_t slot = hash(first) & (size - 1);
    while (slots[slot].bucket != kNoBucket) slot = (slot + 1) & (size - 1);
    slots[slot] = Slot{first, b};
  }
  slots_ = std::move(slots);
}

size_t TermMatcher::match_in_bucket(const std::vector<Entry>& bucket, std::u32string_view text, size_t position,
                                    int* tag) {
  // Most entries of a bucket differ from the text at their second character (の: のは彼だけ,
  // の向かい …): that test comes before the whole comparison.
  const size_t left = text.size() - position;
  const char32_t second = left > 1 ? text[position + 1] : 0;
  for (const Entry& entry : bucket) {
    const size_t size = entry.term.size();
    if (size > left || (size > 1 && entry.term[1] != second)) continue;
    if (std::equal(entry.term.begin() + 1, entry.term.end(), text.begin() + position + 1)) {
      if (tag != nullptr) *tag = entry.tag;
      return size;
    }
  }
  return 0;
}

size_t TermMatcher::match_ending_at(std::u32string_view text, size_t end, int* tag) const {
  end = std::min(end, text.size());
  for (size_t length = std::min(longest_, end); length > 0; --length) {
    const std::vector<Entry>* bucket = bucket_of(text[end - length]);
    if (bucket == nullptr) continue;
    for (const Entry& entry : *bucket) {
      if (entry.term.size() > length) continue;
      if (entry.term.size() < length) break;  // longest first: no more of this length
      if (text.compare(end - length, length, entry.term) == 0) {
        if (tag != nullptr) *tag = entry.tag;
        return length;
      }
    }
  }
  return 0;
}

bool TermMatcher::contains(std::u32string_view term) const {
  if (term.empty()) return false;
  const std::vector<Entry>* bucket = bucket_of(term[0]);
  if (bucket == nullptr) return false;
  for (const Entry& entry : *bucket) {
    if (entry.term == term) return true;
  }
  return false;
}

// True if a kana run ends as grammar rather than as a name: できた, 通える, ような, まで.
bool ends_like_grammar(std::u32string_view run) {
  static constexpr std::u32string_view kEndings[] = {
      U"ます", U"です", U"ない", U"たい", U"よう", U"らしい", U"った", U"した", U"きた", U"いた", U"んだ", U"えた",
      U"れた", U"けた", U"めた", U"せた", U"てた", U"べた", U"みた", U"ちた", U"じた", U"ねた", U"げた", U"びた",
      U"できる", U"れる", U"せる", U"てる", U"いる", U"ける", U"える", U"める", U"べる", U"きる", U"じる", U"ている",
      U"という", U"だけ", U"まで", U"から", U"より", U"など", U"ほど", U"として", U"による", U"にある", U"での",
      U"しい", U"いい", U"への", U"との", U"ある", U"する", U"なる", U"くる", U"いく", U"いう", U"あった", U"なった",
      // a verb's て form and a condition (台帳として|旅館, 二食でなければ|旅館ではない)
      U"して", U"って", U"いて", U"んで", U"えて", U"けて", U"めて", U"れて", U"せて", U"ければ", U"れば", U"えば",
      // a condition or a concession, in dialect too (写真館いうたら, 蔵やけど, 店やけん)
      U"たら", U"だら", U"ても", U"けど", U"けん", U"うて",
      U"の", U"な", U"に", U"を", U"が", U"は", U"で", U"へ", U"や", U"も", U"か", U"ね", U"よ"};
  for (std::u32string_view ending : kEndings) {
    if (ends_with(run, ending)) {
      return true;
    }
  }
  return false;
}

size_t particle_after_kana_name(std::u32string_view kana) {
  if (kana.empty() || std::u32string_view(U"のはがをにでとやもへ").find(kana.front()) != std::u32string_view::npos) return 0;
  for (std::u32string_view particle : {U"との", U"から", U"と", U"が", U"は", U"の", U"に", U"を", U"へ", U"も", U"で"}) {
    if (kana.size() >= particle.size() + 3 && ends_with(kana, particle)) return particle.size();
  }
  return 0;
}

std::vector<std::pair<size_t, size_t>> trimmed_parts(std::u32string_view text, size_t begin, size_t end, char32_t separator) {
  std::vector<std::pair<size_t, size_t>> parts;
  for (size_t part = begin; part < end;) {
    size_t part_end = text.find(separator, part);
    if (part_end == std::u32string_view::npos || part_end > end) part_end = end;
    size_t first = part;
    size_t last = part_end;
    while (first < last && is_space(text[first])) ++first;
    while (last > first && is_space(text[last - 1])) --last;
    parts.emplace_back(first, last);
    part = part_end + 1;
  }
  return parts;
}

std::vector<std::u32string_view> foreign_name_parts(std::u32string_view name) {
  std::vector<std::u32string_view> parts;
  size_t start = 0;
  for (size_t p = 0; p <= name.size(); ++p) {
    if (p < name.size() && name[p] != U'・' && name[p] != U'=' && name[p] != U'＝') continue;
    parts.push_back(name.substr(start, p - start));
    start = p + 1;
  }
  return parts;
}

std::vector<std::vector<std::pair<size_t, size_t>>> markdown_table_rows(std::u32string_view text) {
  std::vector<std::vector<std::pair<size_t, size_t>>> rows;
  for (size_t line = 0; line < text.size();) {
    size_t line_end = text.find(U'\n', line);
    if (line_end == std::u32string_view::npos) line_end = text.size();
    if (text[line] == U'|') rows.push_back(trimmed_parts(text, line + 1, line_end, U'|'));
    line = line_end + 1;
  }
  return rows;
}

}  // namespace casekb
