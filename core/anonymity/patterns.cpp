// Character-pattern rules of the anonymity check (see anonymity_patterns.h). Every scan
// moves forward through the text and looks back or ahead only a bounded number of
// characters, so a 1 MB line costs linear time.
#include "anonymity/patterns.h"

#include <algorithm>
#include <unordered_map>
#include <functional>
#include <optional>
#include <string>

#include "anonymity/lexicon.h"
#include "anonymity/person_names.h"
#include "anonymity/text.h"

namespace casekb {
namespace {

// How far rules look around a keyword. Identifiers are short; bounding the windows is
// what keeps every rule linear.
constexpr size_t kMaxNameLength = 24;
constexpr size_t kMaxPlaceLength = 24;
constexpr size_t kSentenceWindow = 120;

bool is_line_break(char32_t c) { return c == U'\n' || c == U'\r'; }

// "の" as in 〇五八の二六三の四四一八, the way numbers are read out.
bool is_phone_separator(char32_t c) {
  return c == U' ' || c == U'(' || c == U')' || c == U'.' || c == U'・' || c == U'の' || is_dash(c);
}

// Characters that may follow a number which is a quantity rather than part of a postal
// code or block number: "100-2000円", "3-4社".
bool is_unit_character(char32_t c) {
  static const std::u32string_view kUnits =
      U"万億千百円個件名人年月日台社回点%倍本枚箱時分秒歳才期割坪戸軒頭羽匹ヶヵケカ箇度位周店種品級";
  return kUnits.find(c) != std::u32string_view::npos || is_ascii_letter(c);
}

size_t digit_run_end(std::u32string_view s, size_t i) {
  while (i < s.size() && is_ascii_digit(s[i])) ++i;
  return i;
}

// True if a four-digit year stands at p as part of a name (選手権2023, ガイド北海道2017,
// パン・オブ・ザ・イヤー2022): 19xx or 20xx, no digit either side.
bool year_in_a_name_at(std::u32string_view s, size_t p) {
  return (s.compare(p, 2, U"19") == 0 || s.compare(p, 2, U"20") == 0) && digit_run_end(s, p) == p + 4 &&
         (p == 0 || !is_ascii_digit(s[p - 1]));
}

// Length of a unit of distance or time a way is counted in at p (分, メートル, 軒, 歩), or 0.
size_t distance_unit_length(std::u32string_view s, size_t p) {
  for (std::u32string_view u : {U"分", U"メートル", U"m", U"キロ", U"km", U"歩", U"軒"}) {
    if (s.compare(p, u.size(), u) == 0) return u.size();
  }
  return 0;
}

// End of an Arabic or kanji number starting at i (i itself if none). Kanji numerals are
// limited to three characters: enough for block numbers (十二丁目), too few to eat a word.
size_t number_end(std::u32string_view s, size_t i) {
  if (i < s.size() && is_ascii_digit(s[i])) return digit_run_end(s, i);
  size_t j = i;
  while (j < s.size() && j - i < 3 && is_kanji_numeral(s[j])) ++j;
  return j;
}

char32_t before(std::u32string_view s, size_t i) { return i > 0 ? s[i - 1] : U'\0'; }

// ---------------------------------------------------------------- phone numbers

// Validates the digits of a candidate phone number (separators removed).
bool is_phone_digits(const std::u32string& digits, bool international, int groups) {
  if (groups > 4) return false;
  if (international) {
    std::u32string rest = digits;
    if (!rest.empty() && rest[0] == U'0') rest.erase(0, 1);  // +81 (0)3 …
    return rest.size() == 9 || rest.size() == 10;
  }
  // Japanese numbers: 0 + area code, 10 digits (fixed, 0120, 050 …) or 11 (mobile, 0800).
  return digits.size() >= 10 && digits.size() <= 11 && digits[0] == U'0' && digits[1] != U'0';
}

// End of the longest phone number starting at `start` (start if none). Groups of digits
// may be joined by up to two separators: "03-1234-5678", "(03) 1234 5678", "+81-90…".
size_t match_phone(std::u32string_view s, size_t start, bool international, size_t min_digits = 0) {
  size_t p = start;
  if (international) p += 3;  // "+81"
  std::u32string digits;
  int groups = 0;
  size_t best = start;
  while (p < s.size()) {
    size_t q = p;
    while (q < s.size() && q - p < 3 && is_phone_separator(s[q])) ++q;
    if (q >= s.size() || !is_ascii_digit(s[q])) break;
    const size_t run_end = digit_run_end(s, q);
    if (run_end - q > 11) break;
    digits.append(s.substr(q, run_end - q));
    ++groups;
    p = run_end;
    if (min_digits > 0) {
      if (digits.size() >= min_digits && digits.size() <= 11 && groups <= 4) best = p;
    } else if (is_phone_digits(digits, international, groups)) {
      best = p;
    }
    if (digits.size() > 12) break;
  }
  return best;
}

bool phone_boundary_before(std::u32string_view s, size_t i) {
  const char32_t c = before(s, i);
  return !(is_ascii_digit(c) || is_ascii_letter(c) || c == U'.' || c == U'/' || c == U'_' || c == U'=' || c == U'@' ||
           c == U'+' || c == U',' || (is_dash(c) && is_ascii_digit(before(s, i - 1))));
}

// Labels that announce a number as a phone or fax number, so that even a local number
// without area code ("TEL 12-3456") is caught.
constexpr std::u32string_view kPhoneLabels[] = {U"TEL",
                                                U"Tel",
                                                U"tel",
                                                U"FAX",
                                                U"Fax",
                                                U"fax",
                                                U"電話",
                                                U"携帯",
                                                U"ファックス",
                                                U"ファクス",
                                                U"ファクシミリ",
                                                U"フリーダイヤル",
                                                U"フリーダイアル",
                                                U"代表番号",
                                                U"直通"};

}  // namespace

namespace {

void find_phone_numbers_in(std::u32string_view s, std::vector<Finding>& out) {
  const auto emit = [&](size_t begin, size_t end) {
    Finding finding;
    finding.begin = begin;
    finding.end = end;
    finding.kind = FindingKind::kPhone;
    out.push_back(finding);
  };
  size_t resume = 0;  // nothing before this is searched again
  for (size_t i = 0; i < s.size(); ++i) {
    if (i < resume) continue;
    const char32_t c = s[i];
    bool international = false;
    if (c == U'+' && at(s, i + 1) == U'8' && at(s, i + 2) == U'1') {
      international = true;
    } else if (!(c == U'0' || (c == U'(' && at(s, i + 1) == U'0'))) {
      // A phone label: accept a shorter number after it. (Most characters start none:
      // a cheap test before comparing every label.)
      switch (c) {
        case U'T': case U't': case U'F': case U'f': case U'電': case U'携': case U'フ': case U'代': case U'直':
          break;
        default:
          continue;
      }
      for (std::u32string_view label : kPhoneLabels) {
        if (!starts_with(s, i, label)) continue;
        size_t p = i + label.size();
        const size_t limit = p + 8;
        while (p < s.size() && p < limit && !is_ascii_digit(s[p]) && !is_line_break(s[p]) &&
               (is_space(s[p]) || s[p] == U':' || s[p] == U'.' || s[p] == U'/' || s[p] == U'(' || s[p] == U')' ||
                s[p] == U'番' || s[p] == U'号' || s[p] == U'は' || s[p] == U'+' || s[p] == U'、' || s[p] == U'と' ||
                s[p] == U'話' || s[p] == U'帯')) {
          ++p;
        }
        if (p < s.size() && is_ascii_digit(s[p]) && (p == i + label.size() || phone_boundary_before(s, p))) {
          size_t number_begin = p;
          // "(03)1234-5678": the parenthesis belongs to the area code. In
          // "（03-1234-5678）" it encloses the whole number and is not part of it.
          size_t digits_end = p;
          while (digits_end < s.size() && is_ascii_digit(s[digits_end])) ++digits_end;
          if (before(s, p) == U'(' && at(s, digits_end) == U')') --number_begin;
          const size_t end = match_phone(s, number_begin, false, 6);
          if (end > number_begin) {
            emit(number_begin, end);
            resume = end;
          }
        }
        break;
      }
      continue;
    }
    if (!phone_boundary_before(s, i)) continue;
    const size_t end = match_phone(s, i, international);
    if (end > i) {
      emit(i, end);
      resume = end;
    }
  }
}

// The digit a kanji numeral stands for when digits are written one by one
// (〇三―一二三四―五六七八); -1 for any other character. ○ is taken as 0 too, since
// authors type it for 〇; an anonymised ○○-○○○○-○○○○ is all zeros and no phone number.
int kanji_digit(char32_t c) {
  // Called for characters of every case: a switch, not a search of the list.
  switch (c) {
    case U'〇': case U'零': case U'○': case U'◯': return 0;
    case U'一': return 1;
    case U'二': return 2;
    case U'三': return 3;
    case U'四': return 4;
    case U'五': return 5;
    case U'六': return 6;
    case U'七': return 7;
    case U'八': return 8;
    case U'九': return 9;
    default: return -1;
  }
}

}  // namespace

void find_phone_numbers(std::u32string_view s, std::vector<Finding>& out) {
  find_phone_numbers_in(s, out);
  // Phone numbers in kanji numerals: the same rule over a copy with each kanji digit
  // replaced by its ASCII digit (one code point for one, so positions stay), keeping
  // only numbers that hold a kanji digit other than zero (the others were found above). Every such
  // number starts with a zero, so texts without one are not copied.
  // A labelled number needs no area code (電話 二七‐三五四‐八八二一), so a text with a
  // label is copied too.
  // Every such number, area code or not, has six kanji digits or more with at most
  // separators between them: a text without such a run is not copied.
  bool has_run = false;
  int run = 0;
  for (size_t p = 0; p < s.size() && !has_run; ++p) {
    const char32_t c = s[p];
    if (kanji_digit(c) >= 0) {
      has_run = ++run >= 6;
    } else if (!(c == U'・' || c == U'‐' || c == U'-' || c == U'ー' || c == U'の' || c == U'（' || c == U'）' || c == U'(' ||
                 c == U')' || c == U' ' || c == U'―' || c == U'−' || c == U'–' || c == U'、')) {
      run = 0;
    }
  }
  if (!has_run) return;
  std::u32string digits(s);
  for (size_t p = 0; p < digits.size(); ++p) {
    const int digit = kanji_digit(s[p]);
    if (digit >= 0) digits[p] = static_cast<char32_t>(U'0' + digit);
    // (A comma between kanji digits is read out as a pause: 〇九四三、二四、八八三〇.)
    if (s[p] == U'、' && p > 0 && kanji_digit(s[p - 1]) >= 0 && kanji_digit(at(s, p + 1)) >= 0) digits[p] = U'-';
  }
  std::vector<Finding> found;
  find_phone_numbers_in(digits, found);
  for (const Finding& finding : found) {
    for (size_t p = finding.begin; p < finding.end; ++p) {
      if (kanji_digit(s[p]) > 0) {  // a zero alone may be a placeholder: 〇〇-〇〇〇〇-〇〇〇〇
        out.push_back(finding);
        break;
      }
    }
  }
}

// ---------------------------------------------------------------- corporate numbers

bool is_valid_corporate_number(std::u32string_view digits) {
  if (digits.size() != 13 || !std::all_of(digits.begin(), digits.end(), is_ascii_digit)) return false;
  int sum = 0;
  for (size_t n = 1; n <= 12; ++n) sum += static_cast<int>(digits[13 - n] - U'0') * (n % 2 == 1 ? 1 : 2);
  return static_cast<int>(digits[0] - U'0') == 9 - sum % 9;
}

namespace {

// Words that announce a 13-digit number as a corporate or registration number, so that
// one with a wrong check digit (a typo is still the firm's number) is caught too.
constexpr std::u32string_view kCorporateNumberLabels[] = {U"法人番号", U"登録番号", U"事業者番号",
                                                          U"インボイス", U"適格請求書"};

bool labelled_as_corporate_number(std::u32string_view s, size_t begin) {
  const size_t from = begin > 20 ? begin - 20 : 0;
  std::u32string_view window = s.substr(from, begin - from);
  // Only the words in the same sentence, on the same line, count.
  if (const size_t cut = window.find_last_of(U"\n。"); cut != std::u32string_view::npos) {
    window.remove_prefix(cut + 1);
  }
  for (std::u32string_view label : kCorporateNumberLabels) {
    if (window.find(label) != std::u32string_view::npos) return true;
  }
  return false;
}

}  // namespace

void find_corporate_numbers(std::u32string_view s, std::vector<Finding>& out) {
  size_t resume = 0;
  size_t next_label = s.find(U"番号");
  for (size_t i = 0; i < s.size(); ++i) {
    if (i < resume) continue;
    // (Kanji digits too, one for each figure, a few characters after a number's label:
    // 法人番号は四三一〇〇〇一〇〇四五二七. Only there: the label is rare, kanji are not, and
    // most characters are passed here with a compare or two.)
    const char32_t c = s[i];
    if (!is_ascii_digit(c) && c != U'T' && (next_label == std::u32string_view::npos || i < next_label + 2)) continue;
    while (next_label != std::u32string_view::npos && next_label + 2 + 4 < i) next_label = s.find(U"番号", next_label + 2);
    const bool kanji_allowed = next_label != std::u32string_view::npos && next_label + 2 <= i && i <= next_label + 2 + 4;
    const char32_t previous = before(s, i);
    const auto digit_at = [&](size_t q) -> int {
      const char32_t d = at(s, q);
      return is_ascii_digit(d) ? static_cast<int>(d - U'0') : kanji_allowed ? kanji_digit(d) : -1;
    };
    if (is_ascii_digit(previous) || is_ascii_letter(previous) || previous == U',' || previous == U'.' ||
        (is_dash(previous) && is_ascii_digit(before(s, i - 1))) || (kanji_allowed && i > 0 && kanji_digit(previous) >= 0)) {
      continue;
    }
    // T + 13 digits: an invoice registration number (T-1234…, T 1234 …).
    bool invoice = false;
    size_t p = i;
    if (s[i] == U'T') {
      p = i + 1;
      if (p < s.size() && (s[p] == U' ' || is_dash(s[p]))) ++p;
      if (digit_at(p) < 0) continue;
      invoice = true;
    } else if (digit_at(i) < 0) {
      continue;
    }
    // Thirteen digits, in groups joined by single blanks or hyphens; commas make an amount.
    std::u32string digits;
    size_t end = p;
    for (size_t q = p; q < s.size() && digits.size() < 14;) {
      if (const int digit = digit_at(q); digit >= 0) {
        digits.push_back(static_cast<char32_t>(U'0' + digit));
        end = ++q;
      } else if ((s[q] == U' ' || is_dash(s[q])) && !digits.empty() && digit_at(q + 1) >= 0) {
        ++q;
      } else {
        break;
      }
    }
    resume = std::max(i + 1, end);
    // (A digit more or less after its label is the firm's number mistyped: 法人番号: 41600001004419.)
    const bool mistyped = (digits.size() == 12 || digits.size() == 14) && labelled_as_corporate_number(s, i);
    if (digits.size() != 13 && !mistyped) continue;
    // (Circles and zeros alone are an anonymised number's placeholders: 法人番号 ○○○○○○○○○○○○○,
    // 〇〇〇〇〇〇〇〇〇〇〇〇〇.)
    if (s.substr(p, end - p).find_first_of(U"○◯") != std::u32string_view::npos ||
        digits.find_first_not_of(U'0') == std::u32string::npos) {
      continue;
    }
    const char32_t next = at(s, end);
    if (is_ascii_digit(next) || next == U',' || (next == U'.' && is_ascii_digit(at(s, end + 1)))) continue;
    if (std::u32string_view(U"円万億千兆").find(next) != std::u32string_view::npos) continue;  // an amount
    if (!invoice && !is_valid_corporate_number(digits) && !labelled_as_corporate_number(s, i)) continue;
    Finding finding;
    finding.begin = i;
    finding.end = end;
    finding.kind = FindingKind::kCorporateNumber;
    if (invoice) finding.detail = kDetailInvoice;
    out.push_back(finding);
  }
}

// ---------------------------------------------------------------- e-mail addresses

namespace {

bool is_local_part_character(char32_t c) {
  return is_ascii_letter(c) || is_ascii_digit(c) || c == U'.' || c == U'_' || c == U'%' || c == U'+' || c == U'-' ||
         c == U'\'';
}
bool is_host_character(char32_t c) { return is_ascii_letter(c) || is_ascii_digit(c) || c == U'.' || c == U'-'; }

// End of a host name starting at i: labels joined by dots, ending in a letter-only label
// of two or more letters. Returns i when there is none.
size_t host_end(std::u32string_view s, size_t i) {
  size_t end = i;
  while (end < s.size() && is_host_character(s[end])) ++end;
  while (end > i && (s[end - 1] == U'.' || s[end - 1] == U'-')) --end;
  const std::u32string_view host = s.substr(i, end - i);
  const size_t dot = host.rfind(U'.');
  if (dot == std::u32string_view::npos || dot == 0) return i;
  const std::u32string_view top = host.substr(dot + 1);
  if (top.size() < 2 || !std::all_of(top.begin(), top.end(), is_ascii_letter)) return i;
  return end;
}

std::string lower_ascii(std::u32string_view text) {
  std::string out;
  for (char32_t c : text) out += static_cast<char>(c < 0x80 ? (c >= U'A' && c <= U'Z' ? c + 32 : c) : '?');
  return out;
}

}  // namespace

void find_email_addresses(std::u32string_view s, std::vector<Finding>& out) {
  // "@" and the spelled-out forms people use against harvesters.
  constexpr std::u32string_view kAtSigns[] = {U"@", U"(at)", U"[at]", U"(アット)", U"(@)", U"[@]", U" (at) ", U" [at] ",
                                              U" (アット) "};
  for (size_t i = 0; i < s.size(); ++i) {
    // (Every sign starts with @, ( or [: the rest of the text is passed at once.)
    if (s[i] != U'@' && s[i] != U'(' && s[i] != U'[' && s[i] != U' ') continue;
    size_t at_length = 0;
    for (std::u32string_view sign : kAtSigns) {
      if (starts_with(s, i, sign)) {
        at_length = sign.size();
        break;
      }
    }
    if (at_length == 0) continue;
    size_t local_begin = i;
    while (local_begin > 0 && i - local_begin < 64 && is_local_part_character(s[local_begin - 1])) --local_begin;
    while (local_begin < i && s[local_begin] == U'.') ++local_begin;
    const size_t domain_begin = i + at_length;
    const size_t domain_end = host_end(s, domain_begin);
    if (local_begin == i || domain_end == domain_begin) continue;
    Finding finding;
    finding.begin = local_begin;
    finding.end = domain_end;
    finding.kind = FindingKind::kEmail;
    finding.host = lower_ascii(s.substr(domain_begin, domain_end - domain_begin));
    out.push_back(finding);
    i = domain_end - 1;
  }
}

// ---------------------------------------------------------------- SNS accounts

void find_social_media_handles(std::u32string_view s, std::vector<Finding>& out) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != U'@') continue;
    const char32_t previous = before(s, i);
    // After a letter or digit the @ belongs to an e-mail address.
    if (is_ascii_letter(previous) || is_ascii_digit(previous) || previous == U'.' || previous == U'_' ||
        previous == U'-' || previous == U'+') {
      continue;
    }
    size_t end = i + 1;
    while (end < s.size() && end - i <= 31 &&
           (is_ascii_letter(s[end]) || is_ascii_digit(s[end]) || s[end] == U'_' || s[end] == U'.')) {
      ++end;
    }
    while (end > i + 1 && s[end - 1] == U'.') --end;
    const std::u32string_view handle = s.substr(i + 1, end - i - 1);
    if (handle.size() < 3 || !std::any_of(handle.begin(), handle.end(), is_ascii_letter)) continue;
    if (end < s.size() && s[end] == U'@') continue;
    Finding finding;
    finding.begin = i;
    finding.end = end;
    finding.kind = FindingKind::kUrl;
    finding.detail = "handle";
    out.push_back(finding);
    i = end - 1;
  }
}

// ---------------------------------------------------------------- Latin proper names

namespace {

bool is_vowel(char c) { return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o'; }

// True if `word` (lower case) reads as Hepburn romaji: every letter belongs to a kana
// syllable (ka, shi, tsu, kyo, n, a doubled consonant). English words rarely do
// (Excel, Google, Works); Japanese names always do (Kurahashi, Marutaka).
bool is_hepburn(const std::string& word) {
  const size_t n = word.size();
  std::vector<bool> reachable(n + 1, false);
  reachable[0] = true;
  static const char* const kOnsets[] = {"ky", "gy", "ny", "hy", "my", "ry", "by", "py", "sh", "ch", "ts", "j", "k",
                                        "s",  "t",  "n",  "h",  "m",  "y",  "r",  "w",  "g",  "z",  "d",  "b", "p",
                                        "f"};
  for (size_t i = 0; i < n; ++i) {
    if (!reachable[i]) continue;
    if (is_vowel(word[i])) reachable[i + 1] = true;
    for (const char* onset : kOnsets) {
      const size_t length = std::char_traits<char>::length(onset);
      if (word.compare(i, length, onset) == 0 && i + length < n && is_vowel(word[i + length])) {
        reachable[i + length + 1] = true;
      }
    }
    // ん before a consonant or at the end; a doubled consonant (っ): Hokkaido, Matcha.
    if (word[i] == 'n' && (i + 1 == n || !(is_vowel(word[i + 1]) || word[i + 1] == 'y'))) reachable[i + 1] = true;
    if (i + 1 < n && !is_vowel(word[i]) && word[i] != 'n' &&
        (word[i + 1] == word[i] || (word[i] == 't' && word[i + 1] == 'c'))) {
      reachable[i + 1] = true;
    }
  }
  return reachable[n];
}

// Romaji words that are public or generic in a case study: places, loanwords English
// took from Japanese, and large firms named as customers or suppliers.
bool is_known_romaji_word(const std::string& word) {
  static const char* const kWords[] = {
      "tokyo",   "osaka",  "kyoto",     "japan",    "nippon",   "nihon",     "sake",    "kaizen",  "monozukuri",
      "omotenashi", "wagyu", "matcha",  "sushi",    "ramen",    "udon",      "soba",    "tofu",    "miso",
      "kimono",  "origami", "bonsai",   "karaoke",  "manga",    "anime",     "emoji",   "umami",   "ikigai",
      "kanban",  "onsen",  "ryokan",    "izakaya",  "bento",    "judo",      "karate",  "sumo",    "samurai",
      "ninja",   "wasabi", "tempura",   "yakitori", "teriyaki", "sashimi",   "shiitake", "yuzu",   "kombu",
      "dashi",   "tatami", "futon",     "hanami",   "genba",    "gemba",     "washi",   "sakura",  "hokkaido",
      "okinawa", "kyushu", "shikoku",   "tohoku",   "kanto",    "kansai",    "chubu",   "kinki",   "chugoku",
      "hokuriku", "nagoya", "yokohama", "kobe",     "fukuoka",  "sapporo",   "sendai",  "hiroshima", "toyota",
      "honda",   "nissan", "mazda",     "suzuki",   "subaru",   "yamaha",    "hitachi", "toshiba", "canon",
      "nikon",   "kubota", "komatsu",   "denso",    "aeon",     "muji",      "daikin",  "kirin",   "suntory",
      "nintendo", "kagome", "yamato",   "sagawa",   "rakuten",  "mercari",   "amazon",  "yahoo",   "mizuho",
      "kaisha",  "kabushiki", "chusho", "kigyo",    "shien",    "keiei"};
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

// Words near a romaji word that make it a firm's name: 英語名の, 取引先は, 看板.
bool has_firm_context(std::u32string_view s, size_t begin, size_t end) {
  const size_t from = begin > 20 ? begin - 20 : 0;
  const size_t to = std::min(s.size(), end + 12);
  const std::u32string_view window = s.substr(from, to - from);
  for (std::u32string_view word :
       {std::u32string_view(U"英語名"), std::u32string_view(U"英語表記"), std::u32string_view(U"ローマ字"),
        std::u32string_view(U"社名"), std::u32string_view(U"取引先"), std::u32string_view(U"納入先"),
        std::u32string_view(U"納品先"), std::u32string_view(U"看板"), std::u32string_view(U"ラベル"),
        std::u32string_view(U"ロゴ"), std::u32string_view(U"屋号"), std::u32string_view(U"ブランド"),
        std::u32string_view(U"という会社"), std::u32string_view(U"商社")}) {
    if (window.find(word) != std::u32string_view::npos) return true;
  }
  return false;
}

// Words that say a romanised phrase is a firm: romanised firm suffixes (Shoten,
// Seisakusho) and the English ones Japanese firms use (Foods, Brewery, Industries).
bool is_firm_word(const std::string& word) {
  static const char* const kWords[] = {
      "shoten", "syoten", "seisakusho", "kogyo", "kougyou", "shoji", "syoji", "sangyo", "shuzo", "syuzo", "jozo",
      "seika", "honpo", "honten", "denki", "kensetsu", "seimitsu", "bussan", "shokuhin", "noen", "nouen", "kogei",
      "foods", "food", "brewery", "farm", "farms", "textile", "textiles", "industries", "industry", "industrial",
      "co", "company", "works", "factory", "bakery", "trading", "products", "sons", "corporation", "holdings",
      "manufacturing", "engineering", "construction", "winery", "distillery", "orchard", "orchards"};
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

// English words that happen to read as Hepburn romaji (Marine Products is no name).
bool is_english_lookalike(const std::string& word) {
  static const char* const kWords[] = {"marine", "nature", "future", "resume", "sesame", "banana", "tomato",
                                       "mature", "manage", "karate", "anime",  "opera",  "sonata", "samurai",
                                       "premium", "origami", "natural", "kimono", "panorama"};
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

}  // namespace

namespace {

// English words a shop's signboard starts with, in any case: hair room Lien, cafe Mimosa.
bool is_shop_kind_word(const std::string& lower) {
  static const char* const kWords[] = {"hair",  "salon",  "cafe",   "bakery", "kitchen", "bar",    "bistro",
                                       "restaurant", "studio", "atelier", "gallery", "shop", "store", "hotel",
                                       "inn",   "guesthouse", "nail", "beauty", "dining", "coffee", "patisserie",
                                       "boulangerie", "pizzeria", "trattoria", "brewery", "farm", "cycle", "books"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

// End of a shop's Latin signboard starting at i with a shop-kind word and one or more
// Latin words after it, over single blanks ("hair room Lien", "cafe Mimosa"); i if none.
size_t latin_signboard_end(std::u32string_view s, size_t i) {
  size_t end = i;
  while (end < s.size() && is_ascii_letter(s[end])) ++end;
  if (!is_shop_kind_word(lower_ascii(s.substr(i, end - i)))) return i;
  int words = 1;
  while (words < 5 && end + 1 < s.size() && s[end] == U' ' && is_ascii_letter(s[end + 1])) {
    size_t next = end + 1;
    while (next < s.size() && (is_ascii_letter(s[next]) || s[next] == U'\'' || s[next] == U'&')) ++next;
    end = next;
    ++words;
  }
  return words >= 2 ? end : i;
}

}  // namespace

void find_latin_proper_names(std::u32string_view s, std::vector<Finding>& out) {
  // Two or more capitalised Latin words in Japanese text name a firm, shop or product
  // ("Kanazawa Soft Works", "Hair Salon LUCE"); single words (Excel, ChatGPT) do not.
  for (size_t i = 0; i < s.size(); ++i) {
    // A shop's signboard in lower case (hair room Lien) starts with the kind of shop.
    if (s[i] >= U'a' && s[i] <= U'z' && !is_ascii_letter(before(s, i)) && !is_ascii_digit(before(s, i))) {
      if (const size_t end = latin_signboard_end(s, i); end != i) {
        // A capitalised word in it is a name (hair room Lien); lower case alone may be a
        // phrase (coffee break): a reviewer decides.
        bool capital = false;
        for (size_t p = i + 1; p < end; ++p) capital = capital || (s[p - 1] == U' ' && s[p] >= U'A' && s[p] <= U'Z');
        add_finding(out, i, end, FindingKind::kShop, capital ? Severity::kError : Severity::kWarning);
        i = end;
        continue;
      }
      while (i + 1 < s.size() && is_ascii_letter(s[i + 1])) ++i;  // the rest of a lower-case word
      continue;
    }
    if (!(s[i] >= U'A' && s[i] <= U'Z') || is_ascii_letter(before(s, i)) || is_ascii_digit(before(s, i))) continue;
    size_t end = i;
    int words = 0;
    bool title_case = false;
    bool japanese_word = false;  // a romanised Japanese word: KOBAYASHI, Morita
    bool firm_word = false;      // FOODS, Shoten, Industries
    size_t p = i;
    while (p < s.size() && s[p] >= U'A' && s[p] <= U'Z') {
      size_t word_end = p + 1;
      while (word_end < s.size() && (is_ascii_letter(s[word_end]) || s[word_end] == U'\'' || s[word_end] == U'&')) {
        ++word_end;
      }
      if (word_end < s.size() && is_ascii_digit(s[word_end])) break;
      const std::u32string_view word = s.substr(p, word_end - p);
      if (word.size() >= 3 &&
          std::any_of(word.begin() + 1, word.end(), [](char32_t c) { return c >= U'a' && c <= U'z'; })) {
        title_case = true;
      }
      if (word.size() < 2) break;
      ++words;
      const std::string lower = lower_ascii(word);
      if (lower.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos && lower.size() >= 5 &&
          is_hepburn(lower) && !is_known_romaji_word(lower) && !is_english_lookalike(lower)) {
        japanese_word = true;
      }
      firm_word = firm_word || is_firm_word(lower);
      end = word_end;
      if (word_end + 1 < s.size() && s[word_end] == U' ' && s[word_end + 1] >= U'A' && s[word_end + 1] <= U'Z') {
        p = word_end + 1;
      } else {
        break;
      }
    }
    if (words >= 2 && japanese_word && firm_word) {
      // KOBAYASHI FOODS, Morita Industries, TAKEDA SHOTEN: a firm's name in Latin letters.
      add_finding(out, i, end, FindingKind::kCompany, Severity::kError, kDetailRomanised);
    } else if (words >= 2 && (title_case || japanese_word)) {
      add_finding(out, i, end, FindingKind::kProperNoun, Severity::kWarning);
    } else if (words == 1 && end - i >= 5 && !is_ascii_letter(at(s, end))) {
      // One romanised Japanese word (Kurahashi, MARUFUKU) in Japanese text is a name:
      // of the firm when the words around say so, else possibly of a person or place.
      std::string lower;
      for (size_t p = i; p < end; ++p) lower += static_cast<char>(s[p] >= U'A' && s[p] <= U'Z' ? s[p] + 32 : s[p]);
      if (lower.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos && is_hepburn(lower) &&
          !is_known_romaji_word(lower)) {
        add_finding(out, i, end, FindingKind::kCompany, has_firm_context(s, i, end) ? Severity::kError : Severity::kWarning,
                    kDetailRomanised);
      } else if (lower.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos) {
        // Any one Latin word right after what names a firm (社名のKumonos, 自然食品チェーンFRESCA,
        // 高級食材店OLIVIAとの取引): the words before say it is a firm's name. After 社名 an
        // error; after a kind of firm a reviewer decides (ソフトウェア会社のExcel is a product).
        // (A blank may set the name apart: ブランド名は英字一語の GLOVIA.)
        std::u32string_view head = s.substr(0, i);
        if (!head.empty() && head.back() == U' ') head.remove_suffix(1);
        bool firm_kind = false;
        bool name_word = false;
        for (std::u32string_view w : {U"社名の", U"社名は", U"社名を", U"屋号の", U"屋号は", U"英字で", U"英字の", U"ローマ字で",
                                      U"横文字で", U"英字一語の", U"英字一語で", U"英字にした", U"の社名", U"ローマ字の"}) {
          name_word = name_word || ends_with(head, w);
        }
        // A firm called with さん in capitals (県内スーパーのHIGOMARTさん, 通販のNORDLYさん): a
        // person's Latin name is written Matt, not MATT.
        const bool capitals = std::all_of(s.begin() + i, s.begin() + end, [](char32_t c) { return c >= U'A' && c <= U'Z'; });
        name_word = name_word || (capitals && starts_with(s, end, U"さん"));
        // (Or what a firm is bound to by, after it: Glassioと年間契約, Snowbitと英字の社名, 雑貨商Nordhem.)
        // (Or where goods come from: Nordvinからの輸入に頼り.)
        // (A blank may set it apart after too: OEM元の Fresca 向け.)
        const size_t tail = at(s, end) == U' ' ? end + 1 : end;
        for (std::u32string_view w : {U"と年間契約", U"と契約", U"と取引", U"と英字の社名", U"という英字の社名", U"という社名", U"の社名",
                                      U"からの輸入", U"と組み", U"と組ん",
                                      // (SHIRETOCOという一社, Tancholineという地元の電力会社)
                                      U"という一社", U"という地元の", U"という会社", U"という企業", U"という商社", U"という問屋",
                                      U"から輸入", U"から仕入れ", U"からの仕入れ", U"から調達", U"の英語名で", U"向けが", U"向けで",
                                      U"向けだ", U"向けの"}) {
          firm_kind = firm_kind || starts_with(s, tail, w);
        }
        for (std::u32string_view w : {U"チェーン", U"食材店", U"専門店", U"商社", U"問屋", U"メーカー", U"取引先の", U"取引先",
                                      U"雑貨商", U"材木商", U"卸商", U"輸入商", U"輸入元", U"元の", U"英字のロゴは",
                                      U"仕入先の", U"仕入れ先の", U"納品先の", U"販売店", U"代理店", U"卸の", U"卸先の",
                                      U"小売店", U"百貨店", U"量販店", U"印刷会社", U"運送会社",
                                      // (アパレル企業Linoa, 海外企業の日本法人Voltrex, 通販サイト運営のOishiq,
                                      // 主要顧客の一つHamatec)
                                      U"企業", U"日本法人", U"現地法人", U"運営の", U"顧客の一つ", U"取引先の一つ", U"主要顧客の",
                                      U"家具店",
                                      // (オイスターバーを展開するOCEANIA, 式場を運営するBellmare, 欧州のアパレルRanbell)
                                      U"を展開する", U"を運営する", U"を経営する", U"のアパレル", U"アパレル大手の"}) {
          firm_kind = firm_kind || ends_with(head, w);
        }
        if (name_word || firm_kind) {
          add_finding(out, i, end, FindingKind::kCompany, name_word ? Severity::kError : Severity::kWarning, kDetailRomanised);
        }
      }
    }
    i = std::max(i, end);
  }
}

// ---------------------------------------------------------------- URLs and domains

namespace {

bool is_url_character(char32_t c) {
  if (c <= 0x20 || c >= 0x7F) return false;
  return std::u32string_view(U"<>\"'`()[]{}|\\^").find(c) == std::u32string_view::npos;
}

// Top-level domains a bare domain must end in to count ("Node.js" and "ver.2" do not).
bool is_known_top_level_domain(const std::string& label) {
  static const char* const kDomains[] = {
      "jp",    "com",    "net",    "org",      "info",   "biz",        "shop", "online", "site", "store",
      "tokyo", "osaka",  "nagoya", "yokohama", "kyoto",  "okinawa",    "io",   "app",    "dev",  "me",
      "tv",    "cc",     "us",     "uk",       "de",     "fr",         "cn",   "kr",     "tw",   "asia",
      "xyz",   "club",   "work",   "tech",     "design", "inc",        "ltd",  "co",     "jpn",  "nippon",
      "blog",  "link",   "life",   "world",    "cafe",   "restaurant", "farm", "coffee", "wine", "beer",
      "salon", "studio", "page",   "ai",       "gl",     "ly",         "to"};
  return std::find(std::begin(kDomains), std::end(kDomains), label) != std::end(kDomains);
}

}  // namespace

void find_urls_and_domains(std::u32string_view s, std::vector<Finding>& out) {
  constexpr std::u32string_view kSchemes[] = {U"https://", U"http://", U"HTTPS://", U"HTTP://", U"Https://",
                                              U"Http://",  U"ftp://",  U"www.",     U"WWW."};
  size_t resume = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i < resume) continue;
    // (A scheme and a bare domain both start with a Latin letter or a digit.)
    if (!is_ascii_letter(s[i]) && !is_ascii_digit(s[i])) continue;
    const char32_t previous = before(s, i);
    bool scheme = false;
    for (std::u32string_view prefix : kSchemes) {
      if (starts_with(s, i, prefix)) {
        scheme = true;
        break;
      }
    }
    if (scheme && (is_ascii_letter(previous) || is_ascii_digit(previous) || previous == U'.' || previous == U'/')) {
      scheme = false;
    }
    if (scheme) {
      size_t end = i;
      while (end < s.size() && is_url_character(s[end])) ++end;
      while (end > i && std::u32string_view(U".,;:!?").find(s[end - 1]) != std::u32string_view::npos) --end;
      size_t host_begin = i;
      const size_t scheme_end = s.find(U"://", i);
      if (scheme_end != std::u32string_view::npos && scheme_end < end) host_begin = scheme_end + 3;
      size_t host_stop = host_begin;
      while (host_stop < end && is_host_character(s[host_stop])) ++host_stop;
      Finding finding;
      finding.begin = i;
      finding.end = end;
      finding.kind = FindingKind::kUrl;
      finding.host = lower_ascii(s.substr(host_begin, host_stop - host_begin));
      out.push_back(finding);
      resume = end;
      continue;
    }
    // A bare domain: a maximal run of host characters that is not part of an address or
    // path and ends in a known top-level domain.
    if (!(is_ascii_letter(s[i]) || is_ascii_digit(s[i])) || is_host_character(previous) || previous == U'@' ||
        previous == U'/' || previous == U'_' || previous == U':') {
      continue;
    }
    size_t end = i;
    while (end < s.size() && is_host_character(s[end])) ++end;
    resume = end;
    if (end < s.size() && (s[end] == U'@' || s[end] == U'_')) continue;  // an e-mail local part
    const size_t stop = host_end(s, i);
    if (stop == i) continue;
    const std::string host = lower_ascii(s.substr(i, stop - i));
    const std::string top = host.substr(host.rfind('.') + 1);
    if (!is_known_top_level_domain(top)) continue;
    if (!std::any_of(host.begin(), host.end(), [](char c) { return c >= 'a' && c <= 'z'; })) continue;
    size_t finish = stop;  // a path after the domain belongs to it
    if (finish < s.size() && s[finish] == U'/') {
      while (finish < s.size() && is_url_character(s[finish])) ++finish;
      while (finish > stop && std::u32string_view(U".,;:!?").find(s[finish - 1]) != std::u32string_view::npos) {
        --finish;
      }
    }
    Finding finding;
    finding.begin = i;
    finding.end = finish;
    finding.kind = FindingKind::kUrl;
    finding.host = host;
    out.push_back(finding);
    resume = finish;
  }
}

// ---------------------------------------------------------------- postal codes

namespace {

// End of "NNN-NNNN" or "NNNNNNN" at i (i if none).
// End of a run of digits written one by one in kanji (四一三, 〇〇一二) starting at i.
size_t kanji_digit_run_end(std::u32string_view s, size_t i) {
  while (i < s.size() && std::u32string_view(U"〇一二三四五六七八九").find(s[i]) != std::u32string_view::npos) ++i;
  return i;
}

size_t postal_digits_end(std::u32string_view s, size_t i) {
  // (In kanji digits after its mark too: 〒四一三‐〇〇一二.)
  if (const size_t kanji = kanji_digit_run_end(s, i); kanji - i == 3 && is_dash(at(s, kanji))) {
    const size_t second = kanji_digit_run_end(s, kanji + 1);
    return second - (kanji + 1) == 4 ? second : i;
  }
  const size_t first = digit_run_end(s, i);
  if (first - i == 7) return first;
  if (first - i != 3 || !is_dash(at(s, first))) return i;
  const size_t second = digit_run_end(s, first + 1);
  if (second - (first + 1) != 4) return i;
  return second;
}

}  // namespace

void find_postal_codes(std::u32string_view s, std::vector<Finding>& out) {
  const auto emit = [&](size_t begin, size_t end) {
    Finding finding;
    finding.begin = begin;
    finding.end = end;
    finding.kind = FindingKind::kPostal;
    out.push_back(finding);
  };
  size_t resume = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i < resume) continue;
    const bool mark = s[i] == U'〒';
    const bool label = s[i] == U'郵' && starts_with(s, i, U"郵便番号");
    if (mark || label) {
      size_t p = i + (mark ? 1 : 4);
      while (p < s.size() && p - i < 8 && (is_space(s[p]) || s[p] == U':' || s[p] == U'は' || s[p] == U'〒')) ++p;
      const size_t end = postal_digits_end(s, p);
      if (end > p && !is_ascii_digit(at(s, end))) {
        emit(i, end);
        resume = end;
      }
      continue;
    }
    // A bare NNN-NNNN: three digits, a dash, four digits, not part of a longer number or
    // a range of quantities.
    if (!is_ascii_digit(s[i])) continue;
    const char32_t previous = before(s, i);
    if (is_ascii_digit(previous) || is_dash(previous) || is_ascii_letter(previous) || previous == U'.' ||
        previous == U',' || previous == U'/' || previous == U'#') {
      continue;
    }
    const size_t first = digit_run_end(s, i);
    if (first - i != 3 || !is_dash(at(s, first))) {
      resume = first;
      continue;
    }
    const size_t end = postal_digits_end(s, i);
    if (end == i) continue;
    const char32_t next = at(s, end);
    if (is_dash(next) || is_ascii_digit(next) || next == U'.' || is_unit_character(next)) continue;
    emit(i, end);
    resume = end;
  }
}

// ---------------------------------------------------------------- street addresses

namespace {

// Characters of a place name before a block number: 川越市新富町, 〇〇市△△町, 霞ヶ関.
bool is_place_character(char32_t c) {
  return is_kanji(c) || is_katakana(c) || is_placeholder(c) || c == U'ヶ' || c == U'ケ' || c == U'・';
}

bool is_municipality_unit(char32_t c) {
  return c == U'市' || c == U'区' || c == U'町' || c == U'村' || c == U'郡' || c == U'字';
}

// Words in which 市/町/村/区 is no municipality: 市場, 町工場, 区分, 村落 …
bool is_false_municipality(std::u32string_view s, size_t unit) {
  const char32_t next = at(s, unit + 1);
  static const std::u32string_view kNotAfterUnit = U"場民内外長役議況販政立営制章分別域切画間会税";
  // (長 opens place names too: 信楽町長野, 町長岡; the mayor is 町長 before a particle.)
  const bool place_with_naga =
      next == U'長' && std::u32string_view(U"野岡尾浜田沢谷瀬坂島崎池井原森畑根須久江").find(at(s, unit + 2)) != std::u32string_view::npos;
  if (kNotAfterUnit.find(next) != std::u32string_view::npos && !place_with_naga) return true;
  const char32_t previous = before(s, unit);
  // 赤字, 黒字, 数字, 文字: common words that end in 字.
  if (s[unit] == U'字' && std::u32string_view(U"赤黒数文漢名十活点題誤脱").find(previous) != std::u32string_view::npos) return true;
  // 都市, 城下町, 下町, 地区, 選挙区: common words that end in a unit character.
  static const std::u32string_view kNotBeforeUnit = U"都下地学港";
  return kNotBeforeUnit.find(previous) != std::u32string_view::npos && !is_place_character(before(s, unit - 1));
}

// Connectors inside a block number: 1丁目2番3号, 2-5-1, 12番地の3.
size_t block_connector_length(std::u32string_view s, size_t i) {
  if (starts_with(s, i, U"丁目")) return 2;
  if (starts_with(s, i, U"番地の")) return 3;
  if (starts_with(s, i, U"番地")) return 2;
  const char32_t c = at(s, i);
  if (c == U'番' || c == U'号' || c == U'の' || is_dash(c)) return 1;
  return 0;
}

struct BlockNumber {
  size_t end = 0;
  int groups = 0;        // numbers in the chain
  bool keyword = false;  // 丁目, 番地 or N番N号 present
  bool dashes = false;
};

// Reads a block number starting with a number at i: "1丁目2-3", "2番3号", "123番地".
BlockNumber read_block_number(std::u32string_view s, size_t i) {
  BlockNumber block;
  size_t p = i;
  bool saw_ban = false;
  bool positional_lot = false;
  bool ended_on_number = false;
  // Real block numbers have at most five parts (1丁目2番3号, 12-3-4-101); more is no address
  // to read as one, and the bound keeps every span short.
  while (block.groups < 6) {
    size_t number = number_end(s, p);
    // (A lot number in kanji digits one by one runs longer: 堅田二五〇八番地の十三.)
    if (const size_t positional = kanji_digit_run_end(s, p); positional - p >= 4 && positional - p <= 5) {
      number = positional;
      // (So long a run with a branch number is a lot number by itself: 下田島二一〇三の二; a phone
      // number's area code opens with 〇.)
      positional_lot = s[p] != U'〇';
    }
    if (number == p) break;
    ++block.groups;
    p = number;
    block.end = p;
    const size_t connector = block_connector_length(s, p);
    if (connector == 0) {
      ended_on_number = true;
      break;
    }
    const std::u32string_view word = s.substr(p, connector);
    if (word == U"丁目" || word.substr(0, 2) == U"番地") block.keyword = true;
    if (word == U"番") saw_ban = true;
    if (word == U"号" && saw_ban) block.keyword = true;
    if (is_dash(word[0])) block.dashes = true;
    // 丁目, 番地, 号 end a part of the address; the chain may go on or stop there.
    if (word == U"丁目" || word == U"番地" || word == U"号" || word == U"番") block.end = p + connector;
    p += connector;
    if (number_end(s, p) == p) break;
  }
  // (A number after 番 that ends the chain ends the lot as 号 would: 中原1002番3; not 1番2番.)
  if (block.groups >= 2 && ended_on_number && (positional_lot || saw_ban)) block.keyword = true;
  return block;
}

}  // namespace

size_t extend_over_kana_name(std::u32string_view s, size_t start) {
  size_t kana = start;
  while (kana > 0 && start - kana < 6 && is_hiragana(s[kana - 1])) --kana;
  const std::u32string_view run = s.substr(kana, start - kana);
  if (run.size() < 2 || run.find_first_of(U"のはがをにでとへもや") != std::u32string_view::npos) return start;
  return kana;
}

size_t place_name_start(std::u32string_view s, size_t end, size_t limit) {
  size_t start = end;
  while (start > 0 && end - start < limit) {
    const char32_t c = s[start - 1];
    if (is_place_character(c)) {
      --start;
    } else if ((c == U'が' || c == U'の' || c == U'ノ') && start >= 2 && is_place_character(s[start - 2]) &&
               start < end) {
      --start;  // 霞が関, 自由が丘
    } else {
      break;
    }
  }
  // さいたま市, つくば市: a kana municipality name.
  if (start < end && is_municipality_unit(s[start])) start = extend_over_kana_name(s, start);
  // Start at the prefecture when one is named, so "本社所在地埼玉県…" reports the address.
  for (size_t p = start; p < end; ++p) {
    size_t length = lexicon().prefectures.match_at(s.substr(0, end), p);
    if (length > 0 && (s[p + length - 1] == U'県' || s[p + length - 1] == U'都' || s[p + length - 1] == U'府' ||
                       s.substr(p, length) == U"北海道")) {
      return p;
    }
  }
  return start;
}

void find_street_addresses(std::u32string_view s, std::vector<Finding>& out) {
  size_t resume = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i < resume) continue;
    // Every address rule starts at a number that begins a block number.
    const bool digit = is_ascii_digit(s[i]);
    if (!(digit || is_kanji_numeral(s[i]))) continue;
    if (digit ? is_ascii_digit(before(s, i)) : is_kanji_numeral(before(s, i))) continue;
    if (is_ascii_letter(before(s, i)) || before(s, i) == U'.' || before(s, i) == U',') continue;
    const BlockNumber block = read_block_number(s, i);
    if (block.groups == 0) continue;
    bool address = false;
    if (block.keyword) {
      // 丁目/番地/N番N号 make an address. Written in kanji numerals they also make idioms
      // ("経営の一丁目一番地"), so those count only right after a place name (桜木町一丁目).
      address = digit || place_name_start(s, i, kMaxPlaceLength) < i;
    } else if (block.dashes && block.groups >= 2 && digit) {
      // N-N(-N) right after a place name that contains a municipality: 新富町2-5-1.
      const char32_t next = at(s, block.end);
      if (!is_unit_character(next) && !is_ascii_digit(next)) {
        const size_t start = place_name_start(s, i, kMaxPlaceLength);
        for (size_t p = start; p < i; ++p) {
          if (is_municipality_unit(s[p]) && !is_false_municipality(s, p)) {
            address = true;
            break;
          }
        }
      }
    }
    if (!address && digit && block.groups == 1) {
      // A rural lot number: 草津町大字草津字湯畑上488, 小豆島町苗羽甲2231. 字 or 甲/乙/丙
      // before the number, in a place name that holds a municipality.
      const char32_t next = at(s, block.end);
      const size_t start = place_name_start(s, i, kMaxPlaceLength);
      const std::u32string_view place = s.substr(start, i - start);
      bool lot = std::u32string_view(U"甲乙丙").find(before(s, i)) != std::u32string_view::npos;
      // (Or a lot number right after a town and its district, with no 字 written: 甲州市勝沼町下岩崎
      // 2071, 甲賀市信楽町長野1187. The district is two place characters or more after the
      // last municipality, and the number ends the address.)
      if (!lot && number_end(s, i) - i >= 2 && number_end(s, i) - i <= 5 &&
          (block.end >= s.size() || std::u32string_view(U"。、|)）( （\n").find(s[block.end]) != std::u32string_view::npos)) {
        size_t unit = i;
        while (unit > start && !(is_municipality_unit(s[unit - 1]) && !is_false_municipality(s, unit - 1))) --unit;
        bool town = false;
        for (size_t p = start; p + 1 < unit && !town; ++p) town = is_municipality_unit(s[p]) && !is_false_municipality(s, p);
        lot = unit > start && town && i - unit >= 2 && std::u32string_view(U"町村").find(s[unit - 1]) != std::u32string_view::npos;
      }
      for (size_t aza = place.find(U'字'); aza != std::u32string_view::npos && !lot; aza = place.find(U'字', aza + 1)) {
        lot = !is_false_municipality(s, start + aza);  // (not 営業赤字が約1,800万円)
      }
      if (lot && !is_unit_character(next) && !is_ascii_digit(next)) {
        for (size_t p = start; p < i; ++p) {
          if (is_municipality_unit(s[p]) && !is_false_municipality(s, p)) {
            address = true;
            break;
          }
        }
      }
    }
    if (!address) {
      // Skip the whole chain: a number inside it ("一番地" in "一丁目一番地", "2-3" in
      // "1-2-3") starts no address of its own, and rescanning it would be quadratic.
      resume = std::max({i + 1, number_end(s, i), block.end});
      continue;
    }
    Finding finding;
    finding.begin = place_name_start(s, i, kMaxPlaceLength);
    finding.end = block.end;
    finding.kind = FindingKind::kAddress;
    out.push_back(finding);
    resume = block.end;
  }
}

// ---------------------------------------------------------------- companies by legal form

bool is_anonymised_name(std::u32string_view name) {
  if (name.empty()) return true;
  if (std::all_of(name.begin(), name.end(), [](char32_t c) {
        return is_placeholder(c) || c == U'X' || c == U'x' || c == U'・' || c == U'某' || c == U'?';
      })) {
    return true;
  }
  // X社 labels: one to three Latin capitals + 社 (A社, BC社), also one or two without 社
  // (A, BC). Three capitals alone are as often a firm's abbreviation (以下「KIW」).
  size_t capitals = 0;
  while (capitals < name.size() && name[capitals] >= U'A' && name[capitals] <= U'Z') ++capitals;
  if (capitals >= 1 && capitals <= 3 && name.substr(capitals) == U"社") return true;
  if (capitals >= 1 && capitals <= 2 && capitals == name.size()) return true;
  return name == U"某社" || name == U"同社" || name == U"当社";
}

namespace {

bool is_name_character(char32_t c) {
  return is_kanji(c) || is_katakana(c) || is_ascii_letter(c) || is_ascii_digit(c) || is_placeholder(c) || c == U'・' ||
         c == U'&' || c == U'ヶ';
}

// Words that follow a legal form without being a name: 株式会社化, 株式会社設立, 株式会社等.
bool is_generic_after_form(std::u32string_view s, size_t i) {
  static constexpr std::u32string_view kWords[] = {
      U"化",   U"設立", U"組織", U"形態", U"登記", U"制度", U"改組", U"移行",   U"法",   U"等",   U"各社",
      U"全体", U"同士", U"以外", U"間",   U"関係", U"経営", U"形式", U"会社法", U"成り", U"転換", U"へ",
      U"組成", U"一般", U"全般", U"及び", U"並び", U"又は", U"など", U"として", U"の"};
  for (std::u32string_view word : kWords) {
    if (starts_with(s, i, word)) return true;
  }
  return false;
}

// Words that end a run before a legal form without being a name: 新たな株式会社.
bool is_generic_before_form(std::u32string_view name) {
  static constexpr std::u32string_view kWords[] = {U"新",   U"別",   U"子",     U"親",   U"同",   U"各",  U"大手",
                                                   U"新設", U"上場", U"非上場", U"地元", U"中小", U"零細"};
  for (std::u32string_view word : kWords) {
    if (name == word) return true;
  }
  // 運営会社|有限会社ひぐま商店, 関連会社|株式会社…, 酒類卸|㈱かねたか: a kind of firm or a
  // trade before the form.
  for (std::u32string_view kind : {U"会社", U"法人", U"企業", U"卸", U"問屋", U"商社", U"メーカー", U"業者", U"取引先",
                                   U"仕入先", U"販売店", U"代理店"}) {
    if (ends_with(name, kind)) return true;
  }
  return false;
}

}  // namespace

void find_company_legal_forms(std::u32string_view s, std::vector<Finding>& out) {
  const Lexicon& words = lexicon();
  size_t resume = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i < resume) continue;
    int tag = 0;
    const size_t length = words.company_forms.match_at(s, i, &tag);
    if (length == 0) continue;
    const size_t form_end = i + length;
    // The name before: 山田製作所株式会社, 山田製作所(株), Yamada Seisakusho Co., Ltd.
    size_t name_begin = i;
    const bool latin = tag == kFormLatinSuffix;
    while (name_begin > 0 && i - name_begin < kMaxNameLength) {
      const char32_t c = s[name_begin - 1];
      if (is_name_character(c) ||
          (latin && (c == U' ' || c == U'.' || c == U',' || c == U'\'' || c == U'-') && name_begin >= 2 &&
           (is_ascii_letter(s[name_begin - 2]) || s[name_begin - 2] == U'.' || s[name_begin - 2] == U','))) {
        --name_begin;
      } else {
        break;
      }
    }
    // A kana word inside the name before a form, with a name character before it too:
    // 磯根浜わかめ企業組合, 北信だいず生産者協同組合 (not 県のわかめ企業組合: の ends it).
    // (Only before the cooperatives' forms: before 株式会社 or 医療法人 a kana run is a verb's
    // or a particle's: 運営する医療法人, 有限会社から株式会社.)
    const bool cooperative = tag == kFormCooperative || s.compare(i, 4, U"企業組合") == 0;
    if (name_begin > 0 && is_hiragana(s[name_begin - 1])) {
      size_t kana = name_begin;
      while (kana > 0 && name_begin - kana < 6 && is_hiragana(s[kana - 1])) --kana;
      size_t more = kana;
      while (more > 0 && i - more < kMaxNameLength && is_name_character(s[more - 1])) --more;
      const std::u32string_view run = s.substr(kana, name_begin - kana);
      // (A kana name standing alone may hold a particle's letter: ちゅらもずく.)
      const bool alone = more == kana;
      const bool grammar =
          (alone ? std::u32string_view(U"のはがをにでとやもへ").find(run.front()) != std::u32string_view::npos
                 : run.find_first_of(U"のはがをにでとやもへ") != std::u32string_view::npos) ||
          ends_like_grammar(run);
      // Before other forms the name must stand apart as a whole (松江ひまわり交通(株) after a
      // blank, （ちゅらもずく合同会社）): 地域に根ざす山田建設株式会社 holds a verb.
      const char32_t first = more > 0 ? s[more - 1] : U'\n';
      const bool apart = is_space(first) || std::u32string_view(U"\n（(「『、,・：:").find(first) != std::u32string_view::npos;
      const bool inside = cooperative ? more < kana : (more < kana && name_begin < i) || (more == kana && run.size() >= 3);
      if (inside && run.size() >= 2 && !grammar && (cooperative || apart)) {
        name_begin = more;
      }
    }
    while (name_begin < i && (s[name_begin] == U' ' || s[name_begin] == U',' || s[name_begin] == U'.')) ++name_begin;
    std::u32string_view name_before = s.substr(name_begin, i - name_begin);
    // Trailing blanks between a Latin name and its suffix are no part of the name.
    while (!name_before.empty() && (name_before.back() == U' ' || name_before.back() == U',')) {
      name_before.remove_suffix(1);
    }
    if (is_generic_before_form(name_before) || is_anonymised_name(name_before)) name_before = {};

    // The name after: 株式会社山田製作所, (株)ヤマダ. (A cooperative's name stands before it.)
    std::u32string_view name_after;
    if (!latin && tag != kFormCooperative) {
      size_t p = form_end;
      while (p < s.size() && (s[p] == U' ')) ++p;
      if (!is_generic_after_form(s, p)) {
        size_t name_end = p;
        while (name_end < s.size() && name_end - p < kMaxNameLength && is_name_character(s[name_end])) ++name_end;
        // A Latin name goes on over single blanks between its words (KOJIMA INDIGO WORKS).
        while (name_end > p && is_ascii_letter(s[name_end - 1]) && name_end + 1 < s.size() && s[name_end] == U' ' &&
               is_ascii_letter(s[name_end + 1]) && name_end - p < kMaxNameLength) {
          ++name_end;
          while (name_end < s.size() && name_end - p < kMaxNameLength && is_ascii_letter(s[name_end])) ++name_end;
        }
        // A kana word inside the name, then kanji or katakana that end like a firm: ㈱博多
        // かなえ食品, (株)首里がじゅまる製麺 (not ㈱博多から, 株式会社山田などの).
        if (name_end < s.size() && is_hiragana(s[name_end])) {
          size_t kana_end = name_end;
          while (kana_end < s.size() && kana_end - name_end < 8 && is_hiragana(s[kana_end])) ++kana_end;
          size_t rest_end = kana_end;
          while (rest_end < s.size() && rest_end - kana_end < 8 && (is_kanji(s[rest_end]) || is_katakana(s[rest_end]))) {
            ++rest_end;
          }
          const std::u32string_view kana = s.substr(name_end, kana_end - name_end);
          const std::u32string_view whole = s.substr(p, rest_end - p);
          // A particle starts prose; a longer kana word right after the form may start with
          // its letter (株式会社やんばる酒販), and is prose only if it ends as grammar.
          const bool firm_end = words.company_suffixes.match_ending_at(whole, whole.size()) > 0 ||
                                words.weak_company_suffixes.match_ending_at(whole, whole.size()) > 0 ||
                                words.shop_suffixes.match_ending_at(whole, whole.size()) > 0;
          // (So may a kana word of four, or of three before a firm's ending, inside the name:
          // 首里がじゅまる製麺, 合同会社 はわいファクトリー.)
          const bool kana_word = kana.size() >= 4 || (kana.size() >= 3 && firm_end && rest_end - kana_end >= 2);
          bool grammar = false;
          const bool right_after_form = name_end == p && kana.size() >= 4;
          for (std::u32string_view start : {U"から", U"まで", U"より", U"など", U"として", U"では", U"でも", U"には",
                                            U"とは", U"への", U"が", U"を", U"に", U"で", U"と", U"は", U"の", U"や", U"も",
                                            U"へ"}) {
            if ((right_after_form || kana_word) && start.size() == 1) continue;
            grammar = grammar || kana.compare(0, start.size(), start) == 0;
          }
          // (A longer kana word needs no firm's ending after it: 有限会社やんばる酒販が.)
          const bool long_kana = kana.size() >= 3 && !ends_like_grammar(kana) && !is_kanji(at(s, rest_end)) &&
                                 !is_katakana(at(s, rest_end));
          // (Right after the form, only the longer kana word: 株式会社から|仕入れ is prose.)
          if (kana.size() >= 2 && rest_end > kana_end && !grammar && (firm_end || long_kana) &&
              (name_end > p || long_kana || kana_word)) {
            name_end = rest_end;
          }
          // A name joined by の that ends as a firm or shop does (株式会社 杜の糀屋, 有限会社 森の
          // 工房): の is no particle of prose there.
          // (One kanji and の open a name as often: 株式会社火の国酒類販売, ㈱日の出運送.)
          if (kana == U"の" && name_end > p && ((firm_end && rest_end - kana_end >= 2) || (name_end - p == 1 && rest_end - kana_end >= 3))) {
            name_end = rest_end;
          }
        }
        // A kana name that ends in a particle before the verb's kanji (㈱かねたかと|取引,
        // 株式会社やまびこが|担う) ends at the particle, unless a firm's ending follows.
        if (name_end > p && is_hiragana(s[p])) {
          size_t kana_end = p;
          while (kana_end < name_end && is_hiragana(s[kana_end])) ++kana_end;
          const std::u32string_view kana = s.substr(p, kana_end - p);
          const std::u32string_view whole = s.substr(p, name_end - p);
          const bool firm_end = words.company_suffixes.match_ending_at(whole, whole.size()) > 0 ||
                                words.weak_company_suffixes.match_ending_at(whole, whole.size()) > 0;
          if (const size_t particle = particle_after_kana_name(kana); kana_end < name_end && !firm_end && particle > 0) {
            name_end = kana_end - particle;
          }
        }
        name_after = s.substr(p, name_end - p);
        if (is_anonymised_name(name_after)) name_after = {};
        // One kanji after a legal form is a word, not a name (株式会社内, 株式会社側).
        if (name_after.size() == 1 && !is_ascii_letter(name_after[0])) name_after = {};
      }
    }
    Finding finding;
    finding.kind = FindingKind::kCompany;
    const size_t after_begin = static_cast<size_t>(name_after.data() - s.data());
    if (!name_after.empty() && (tag == kFormWord || name_before.empty())) {
      finding.begin = i;  // 株式会社 before the name is the commoner form
      finding.end = after_begin + name_after.size();
      finding.core_begin = after_begin;
      finding.core_end = finding.end;
    } else if (!name_before.empty()) {
      finding.begin = static_cast<size_t>(name_before.data() - s.data());
      finding.end = form_end;
      finding.core_begin = finding.begin;
      finding.core_end = finding.begin + name_before.size();
      // A cooperative of a place and a trade (堺刃物卸協同組合, 広島ハウジング協同組合) reads
      // like an industry's public body: a reviewer tells, unless one word is no common one.
      if (tag == kFormCooperative) {
        // (県の酒造協同組合: a short trade word after の describes the county's body.)
        const size_t begin_at = static_cast<size_t>(name_before.data() - s.data());
        const bool described = begin_at > 0 && s[begin_at - 1] == U'の' && name_before.size() <= 3 &&
                               std::all_of(name_before.begin(), name_before.end(), [](char32_t c) { return is_kanji(c); });
        // 農業協同組合, 漁業協同組合: the public bodies of the lexicon.
        const bool public_body = words.public_names.match_ending_at(s.substr(0, form_end), form_end) > length;
        if (name_before.size() < 2 || described || public_body) {
          resume = form_end;
          continue;
        }
        finding.severity = Severity::kWarning;
      }
    } else {
      resume = form_end;
      continue;  // a legal form named in general: 株式会社化, 有限会社から株式会社へ
    }
    out.push_back(finding);
    resume = finding.end;
  }
}

// ---------------------------------------------------------------- uniqueness claims

namespace {

// Bounds of the sentence around `position`, at most kSentenceWindow each way.
std::pair<size_t, size_t> sentence_around(std::u32string_view s, size_t position) {
  size_t begin = position;
  // (A table cell is a sentence of its own: | 実績 | 2020年度愛媛県知事表彰 |.)
  while (begin > 0 && position - begin < kSentenceWindow && s[begin - 1] != U'。' && s[begin - 1] != U'|' &&
         !is_line_break(s[begin - 1])) {
    --begin;
  }
  while (begin < position && s[begin] == U' ') ++begin;
  // A Markdown list item's marker ("- ", "* ") is no part of its sentence.
  if ((begin == 0 || is_line_break(s[begin - 1])) && begin + 2 <= position && (s[begin] == U'-' || s[begin] == U'*') &&
      is_space(s[begin + 1])) {
    begin += 2;
  }
  size_t end = position;
  while (end < s.size() && end - position < kSentenceWindow && s[end] != U'。' && s[end] != U'|' && !is_line_break(s[end])) {
    ++end;
  }
  return {begin, end};
}

// True if the count at i is said with the firm among it (同社を含め2軒, 同社を含めて3社, を含めても).
bool counted_with_the_firm_before(std::u32string_view s, size_t i) {
  const std::u32string_view before_count = s.substr(0, i);
  // (In speech: うちを入れて三社くらい.)
  return ends_with(before_count, U"を含め") || ends_with(before_count, U"を含めて") || ends_with(before_count, U"を含めても") ||
         ends_with(before_count, U"を入れて") || ends_with(before_count, U"を入れても");
}

// True if a place and もう stand right before the count at i (堺にもう三人, 県内にもう2軒): the last
// few of a kind there.
bool last_few_in_a_place_before(std::u32string_view s, size_t i) {
  if (i >= 4 && ends_with(s.substr(0, i), U"にもう") && is_kanji(s[i - 4])) return true;
  // (Or a region's whole, said right before: 作れる職人は富山県内に二人しかおらず, 国内でも三人.)
  std::u32string_view head = s.substr(0, i);
  for (std::u32string_view joint : {U"にはもう", U"でもう", U"にも", U"では", U"でも", U"には", U"に", U"で"}) {
    if (ends_with(head, joint)) {
      head.remove_suffix(joint.size());
      break;
    }
  }
  for (std::u32string_view whole : {U"県内", U"市内", U"町内", U"村内", U"府内", U"都内", U"道内", U"島内", U"国内", U"全国",
                                    U"日本", U"県下", U"府下", U"世界", U"管内"}) {
    if (head.size() < i && ends_with(head, whole)) return true;
  }
  return false;
}

// True if the people counted at i are the makers of a craft, said as the topic right before
// (白なめしの技術を持っとる職人は、もう4人しか, 手漉きの職人は県内に三人): the last of them,
// wherever the sentence places them (社員は3人しかいない counts a payroll).
bool last_of_a_craft_before(std::u32string_view s, size_t i) {
  static constexpr std::u32string_view kMakers[] = {U"職人", U"作り手", U"担い手", U"技術者", U"継承者", U"伝承者", U"技能者",
                                                    U"名工", U"彫師", U"織り手", U"杜氏", U"鍛冶", U"鍛冶屋", U"刀匠"};
  // (Or a cleft whose sentence names the makers: 府中家具の職人で、桐の隅丸加工ができるのは今や3人
  // しかいない.)
  std::u32string_view cleft = s.substr(0, i);
  for (std::u32string_view now : {U"今や", U"いまや", U"今では", U"いまでは", U"もう"}) {
    if (ends_with(cleft, now)) {
      cleft.remove_suffix(now.size());
      break;
    }
  }
  if (ends_with(cleft, U"のは") || ends_with(cleft, U"のは、")) {
    const size_t sentence_begin = sentence_around(s, i).first;
    const std::u32string_view sentence = s.substr(sentence_begin, cleft.size() - sentence_begin);
    for (std::u32string_view maker : kMakers) {
      if (sentence.find(maker) != std::u32string_view::npos) return true;
    }
    return false;
  }
  std::u32string_view head = s.substr(0, i);
  for (std::u32string_view joint : {U"は、もう", U"はもう", U"は、"}) {
    if (ends_with(head, joint)) {
      head.remove_suffix(joint.size() - 1);
      break;
    }
  }
  if (!ends_with(head, U"は")) return false;
  head.remove_suffix(1);
  for (std::u32string_view maker : kMakers) {
    if (ends_with(head, maker)) return true;
  }
  return false;
}

// "3社しかない", "2軒のみ", "数軒しか手がけていない": a count of firms small enough to name them.
size_t few_firms_claim_length(std::u32string_view s, size_t i) {
  if (!(is_ascii_digit(s[i]) || is_kanji_numeral(s[i]) || s[i] == U'数') || is_ascii_digit(before(s, i))) return 0;
  size_t p = s[i] == U'数' ? i + 1 : number_end(s, i);
  if (p == i || p - i > 1) return 0;  // one digit: a handful of firms
  size_t counter = 0;
  // (Machines and kilns count too: 国内に4台しかない織機, 県内に2基だけの登り窯.)
  for (std::u32string_view unit : {std::u32string_view(U"社"), std::u32string_view(U"軒"), std::u32string_view(U"店"),
                                   std::u32string_view(U"蔵"), std::u32string_view(U"カ所"),
                                   std::u32string_view(U"か所"), std::u32string_view(U"ヶ所"), std::u32string_view(U"台"),
                                   std::u32string_view(U"基"), std::u32string_view(U"窯"), std::u32string_view(U"隻"),
                                   // (set nets: この湾で定置網を持つのは3統だけ)
                                   std::u32string_view(U"統"),
                                   // (care offices: …をしているのはここを入れて2事業所)
                                   std::u32string_view(U"事業所")}) {
    if (starts_with(s, p, unit)) {
      counter = unit.size();
      break;
    }
  }
  // (People too, where they are the last of a craft: 研げる者は、堺にもう三人しかいない; 社員は3人しか
  // いない counts a payroll.)
  if (counter == 0 && at(s, p) == U'人' && (last_few_in_a_place_before(s, i) || last_of_a_craft_before(s, i))) counter = 1;
  // (Things counted with the firm among them: 国内に同社を含め二つしかない; 選択肢は二つしかない
  // counts no firms. Or stressed as few: 丁場はわずか二つで、そのうち….)
  if (counter == 0 && at(s, p) == U'つ' &&
      (counted_with_the_firm_before(s, i) || ends_with(s.substr(0, i), U"わずか") || ends_with(s.substr(0, i), U"たった"))) {
    counter = 1;
  }
  // (Or houses of a trade as the topic: 女性だけで仕込む蔵は一つしかない.)
  if (counter == 0 && at(s, p) == U'つ' && starts_with(s, p + 1, U"しか")) {
    for (std::u32string_view house : {U"蔵は", U"窯元は", U"工房は", U"酒蔵は", U"醸造所は", U"酒造所は", U"宿は", U"旅館は"}) {
      if (ends_with(s.substr(0, i), house)) counter = 1;
    }
  }
  if (counter == 0) return 0;
  p += counter;
  // (Stressed as the only house of its trade: 村でたった一つの酒造所.)
  if (s[p - 1] == U'つ' && ends_with(s.substr(0, i), U"たった") && at(s, p) == U'の') {
    for (std::u32string_view house : {U"蔵", U"酒造所", U"醸造所", U"窯元", U"工房", U"店", U"宿", U"旅館", U"工場", U"会社"}) {
      if (starts_with(s, p + 1, house)) return p + 1 + house.size() - i;
    }
  }
  // (A rough few is as few: 工房は5軒ほどしかない, 三社くらいしかない.)
  for (std::u32string_view rough : {U"ほど", U"くらい", U"ぐらい", U"程度"}) {
    if (starts_with(s, p, rough) && starts_with(s, p + rough.size(), U"しか")) {
      p += rough.size();
      break;
    }
  }
  for (std::u32string_view tail :
       {std::u32string_view(U"しかない"), std::u32string_view(U"しか存在しない"),
        std::u32string_view(U"しかありません"), std::u32string_view(U"しか"), std::u32string_view(U"のみ"),
        std::u32string_view(U"だけ"), std::u32string_view(U"のひとつ"), std::u32string_view(U"の一つ"),
        std::u32string_view(U"の1つ"), std::u32string_view(U"のうちの一つ"), std::u32string_view(U"のうちの1つ"),
        std::u32string_view(U"もない"), std::u32string_view(U"もありません"), std::u32string_view(U"に満たない"),
        std::u32string_view(U"しかいない"), std::u32string_view(U"しかおらん"), std::u32string_view(U"しかおらず"),
        // (In Kansai and Tohoku speech: もう4人しかおらへん, 二軒しかねえ.)
        std::u32string_view(U"しかおらへん"), std::u32string_view(U"しかいねえ"), std::u32string_view(U"しかねえ"),
        // (A clause that goes on: 船は今は4隻しかなく、その1隻です.)
        std::u32string_view(U"しかなく"),
        std::u32string_view(U"のうちの1社"), std::u32string_view(U"のうちの一社"), std::u32string_view(U"のうちの1軒")}) {
    if (starts_with(s, p, tail)) return p + tail.size() - i;
  }
  // Counted with the firm itself (国内では同社を含めて3社にとどまる): a few that include it.
  // (取引先は3社にとどまる counts customers.)
  if (counted_with_the_firm_before(s, i)) {
    // (In speech, a rough few: うちを入れて三社くらい.)
    for (std::u32string_view tail : {U"にとどまる", U"にとどまり", U"にとどまっ", U"に限られ", U"にすぎな", U"に過ぎな", U"くらい",
                                     U"ぐらい", U"ほど", U"しか"}) {
      if (starts_with(s, p, tail)) return p + tail.size() - i;
    }
    // (Or an exact count ends the clause: 量産できるのは国内で当社を含め2社。, …2社だ, | …2社 |;
    // この店を含めて数軒で is vague.)
    if (s[i] != U'数' && (p >= s.size() || std::u32string_view(U"。」 |\n").find(s[p]) != std::u32string_view::npos || starts_with(s, p, U"だ") ||
        starts_with(s, p, U"です") || starts_with(s, p, U"で、"))) {
      return p - i;
    }
  }
  return 0;
}

// "合格率100%が12年連続", "2年連続で離職率0%", "22か月連続で満室": a perfect record kept for
// years in a row is published and looked up (a plain run of years, 3期連続の減収, is none).
// Starts at the number; returns the length up to 連続's end, or 0.
size_t record_run_claim_length(std::u32string_view s, size_t i) {
  // (In kanji numerals too: 五年連続のトップ.)
  const bool kanji = is_kanji_numeral(s[i]);
  if ((!is_ascii_digit(s[i]) && !kanji) || is_ascii_digit(before(s, i)) || is_kanji_numeral(before(s, i))) return 0;
  size_t p = kanji ? number_end(s, i) : digit_run_end(s, i);
  if (s.substr(p, 8).find(U"連続") == std::u32string_view::npos) return 0;
  bool counted = false;
  for (std::u32string_view unit : {U"年", U"か月", U"ヶ月", U"カ月", U"期", U"季", U"シーズン", U"大会", U"回"}) {
    if (!counted && starts_with(s, p, unit)) {
      p += unit.size();
      counted = true;
    }
  }
  if (!counted || !starts_with(s, p, U"連続")) return 0;
  // Twenty years running or more is a record whatever was kept (26年連続で出展).
  if (!kanji && starts_with(s, p - 1, U"年連続") && p - 1 - i <= 3 && std::stoi(to_utf8(s.substr(i, p - 1 - i))) >= 20) return p + 2 - i;
  const auto [sentence_begin, sentence_end] = sentence_around(s, i);
  const std::u32string_view sentence = s.substr(sentence_begin, sentence_end - sentence_begin);
  for (std::u32string_view perfect : {U"100%", U"100パーセント", U" 0%", U"で0%", U"は0%", U"が0%", U"ゼロ", U"1位", U"一位",
                                      U"首位", U"日本一", U"満室", U"完売", U"無事故", U"無災害", U"全員合格", U"最高",
                                      U"トップ"}) {
    if (sentence.find(perfect) != std::u32string_view::npos) return p + 2 - i;
  }
  return 0;
}

// "豆腐のおよそ4丁に1丁を同社が供給", "医学部に進む生徒の3人に1人がこの塾の出身": one in so
// many of a whole trade's goods or people, said to be the firm's. (One in three alone is a
// statistic: 3人に1人が高齢者.) Returns the length up to the second counter, or 0.
size_t one_in_n_claim_length(std::u32string_view s, size_t i) {
  const size_t number = number_end(s, i);
  // (The counter is one character, then に: most numbers are passed at this test.)
  if (number == i || at(s, number + 1) != U'に') return 0;
  if (is_ascii_digit(before(s, i)) || is_kanji_numeral(before(s, i))) return 0;
  for (std::u32string_view counter : {U"丁", U"人", U"軒", U"台", U"本", U"枚", U"個", U"社", U"戸", U"件", U"箱", U"杯"}) {
    if (!starts_with(s, number, counter) || at(s, number + counter.size()) != U'に') continue;
    const size_t one = number + counter.size() + 1;
    if (at(s, one) != U'1' && at(s, one) != U'一') return 0;
    if (!starts_with(s, one + 1, counter)) return 0;
    const auto [sentence_begin, sentence_end] = sentence_around(s, i);
    const std::u32string_view sentence = s.substr(sentence_begin, sentence_end - sentence_begin);
    for (std::u32string_view self : {U"同社", U"当社", U"同店", U"当店", U"この塾", U"同塾", U"当塾", U"うちの", U"うちが",
                                     U"この店", U"この蔵", U"この工場", U"この会社", U"この宿"}) {
      if (sentence.find(self) != std::u32string_view::npos) return one + 1 + counter.size() - i;
    }
    return 0;
  }
  return 0;
}

// "国内生産の約4割を担う", "出荷量の3割": a share of a whole trade's output large enough to
// point at one firm, like a market share. Returns the length up to the unit's end, or 0.
long number_at(std::u32string_view s, size_t i, size_t* end);  // below, with the founding ages

size_t output_share_claim_length(std::u32string_view s, size_t i) {
  size_t p = i;
  bool output = false;
  for (std::u32string_view w : {U"国内生産の", U"生産量の", U"出荷量の", U"国内出荷の", U"全国生産の", U"国内流通の"}) {
    if (!output && starts_with(s, i, w)) {
      p = i + w.size();
      output = true;
    }
  }
  if (!output) return 0;
  if (starts_with(s, p, U"約")) ++p;
  size_t digits = p;
  const long value = number_at(s, p, &digits);
  if (digits == p) return 0;
  if (starts_with(s, digits, U"割") && value >= 3 && value <= 10) return digits + 1 - i;
  if (starts_with(s, digits, U"%") && value >= 30 && value <= 100) return digits + 1 - i;
  return 0;
}

// A share of a whole the sentence scopes (県内の和紅茶のおよそ2割を占める, 市内の葬儀用生花の
// 6割を同店が請け負い, 全国の導入数の半分以上を同社が握る, 市内の総合病院の9割と契約): from
// the の before the share to its verb, or 0. Three tenths or more, as for a market share.
// End of the firm named as a share's holder right after the share's を, in the words the
// other forms do not list (を、この会社の工場が, をうちで, を、同社が); 0 if there is none.
size_t firm_holds_share_at(std::u32string_view s, size_t at_wo) {
  // (は as well in speech: 全国の三割はうちが出しとる; が before what the firm sells them:
  // 道内の除雪業者のおよそ七割が、うちの配車システムを入れてる.)
  if (at(s, at_wo) != U'を' && at(s, at_wo) != U'は' && at(s, at_wo) != U'が') return 0;
  size_t p = at_wo + 1;
  if (at(s, p) == U'、') ++p;
  for (std::u32string_view who : {U"この会社の", U"この会社が", U"同社の", U"同社が", U"当社が", U"当社の", U"うちで", U"うちが",
                                  U"この蔵が", U"この店が", U"同店が", U"当店が", U"うちの", U"この製品", U"この商品"}) {
    if (starts_with(s, p, who)) return p + who.size();
  }
  return 0;
}

size_t share_of_a_whole_claim_length(std::u32string_view s, size_t i) {
  if (at(s, i) != U'の') return 0;
  // (Most の are followed by no share: one look passes them.)
  const char32_t next = at(s, i + 1);
  if (!is_ascii_digit(next) && !is_kanji_numeral(next) && next != U'約' && next != U'お' && next != U'半' && next != U'す') return 0;
  // A share of the firm's own (売上の3割を占める, 全体の半分, 来店者の4割) is its business mix.
  for (std::u32string_view own : {U"売上", U"売り上げ", U"全体", U"業務", U"年", U"来店者", U"客", U"利用者", U"受注", U"出荷", U"生産",
                                  U"収入", U"収益", U"利益", U"粗利", U"取引", U"仕事", U"作業", U"従業員", U"社員", U"顧客",
                                  U"お客様", U"費用", U"コスト", U"原価", U"在庫", U"時間", U"人件費", U"工数", U"入庫", U"注文",
                                  U"販売", U"売れ行き", U"製品", U"商品", U"件数", U"取扱", U"依頼", U"受託", U"支出",
                                  U"水揚げ", U"収穫", U"漁獲", U"仕入れ", U"仕入", U"原料", U"材料", U"出荷量", U"生産量", U"在籍"}) {
    if (ends_with(s.substr(0, i), own)) return 0;
  }
  size_t p = i + 1;
  if (starts_with(s, p, U"約")) ++p;
  if (starts_with(s, p, U"およそ")) p += 3;
  size_t share_end = 0;
  if (starts_with(s, p, U"半分") || starts_with(s, p, U"半数")) {
    share_end = p + 2;
  } else if (starts_with(s, p, U"すべて")) {
    share_end = p + 3;  // (長崎市内で老舗とされる料亭八軒のすべてにクエを卸している)
  } else {
    size_t digits = p;
    const long value = number_at(s, p, &digits);
    if (digits == p) return 0;
    if (at(s, digits) == U'割' && value >= 3 && value <= 10) share_end = digits + 1;
    if ((at(s, digits) == U'%' || at(s, digits) == U'％') && value >= 30 && value <= 100) share_end = digits + 1;
    // A smaller share counts where the firm is named as the one holding it (国内の鉄瓶の約一割を
    // 同社が作っている): one firm with a tenth of a trade is still few to look up.
    if (share_end == 0 && (at(s, digits) == U'割' ? value >= 1 : (at(s, digits) == U'%' && value >= 10)) &&
        (s.compare(digits + 1, 1, U"を") == 0 || s.compare(digits + 1, 1, U"は") == 0)) {
      for (std::u32string_view who : {U"を同社が", U"を同店が", U"を当社が", U"をうちが", U"を同社製が", U"を当社製が"}) {
        if (starts_with(s, digits + 1, who)) share_end = digits + 1;
      }
      if (share_end == 0 && firm_holds_share_at(s, digits + 1) > 0) share_end = digits + 1;
    }
  }
  if (share_end == 0) {
    // A fraction: 市の世帯数の3分の1にあたる (a quarter or more).
    size_t digits = p;
    const long denominator = number_at(s, p, &digits);
    if (denominator >= 2 && denominator <= 4 && starts_with(s, digits, U"分の") &&
        (at(s, digits + 2) == U'1' || at(s, digits + 2) == U'一')) {
      share_end = digits + 3;
    }
  }
  if (share_end == 0) return 0;
  if (starts_with(s, share_end, U"以上")) share_end += 2;
  for (std::u32string_view about : {U"ほど", U"近く", U"強", U"がた"}) {
    if (starts_with(s, share_end, about)) share_end += about.size();
  }
  size_t q = share_end;
  // (The firm as its holder in other words, after a comma or in speech: およそ四割を、この会社の
  // 工場が搾っている, 国内の四割をうちでやってる: to the clause's end.)
  if (const size_t holder = firm_holds_share_at(s, q); holder > 0) {
    size_t end = holder;
    while (end < s.size() && end - holder < 20 && std::u32string_view(U"、。」\n").find(s[end]) == std::u32string_view::npos) ++end;
    return end - i;
  }
  for (std::u32string_view who : {U"を同社が", U"を同店が", U"を当社が", U"をうちが", U"を一社で", U"を同社で", U"を同社製が",
                                  U"を当社製が", U"を同社の製品が"}) {
    if (starts_with(s, q, who)) {
      q += who.size() - 1;  // the verb may follow を or が
      break;
    }
  }
  for (std::u32string_view verb : {U"を占め", U"を担", U"が担", U"を請け負", U"が請け負", U"を握", U"が握", U"を扱", U"が扱", U"が占め", U"を手が",
                                   U"が手が", U"と契約", U"に納め", U"に納入", U"に採用", U"で使われ", U"が使", U"で採用", U"にあた",
                                   U"に当た", U"作っ", U"作る", U"が作っ", U"が作る", U"が生産", U"が製造", U"を供給", U"を出荷",
                                   // (スキー手袋のおよそ3割を縫っている, 紅ズワイガニの三割近くを一社で買い付けている)
                                   U"を縫っ", U"を織っ", U"を焼い", U"を刷っ", U"買い付け", U"を仕入れ", U"生産し", U"生産す", U"製造し", U"製造す", U"で作っ", U"で作る", U"で生産", U"で製造"}) {
    if (starts_with(s, q, verb)) return q + verb.size() - i;
  }
  // (With what is supplied between: 県内の小中学校の約7割に教材を納めている.)
  if (at(s, q) == U'に') {
    for (size_t p = q + 2; p < s.size() && p <= q + 8 && (is_kanji(s[p - 1]) || is_katakana(s[p - 1])); ++p) {
      for (std::u32string_view verb : {U"を納め", U"を卸", U"を届け", U"を供給"}) {
        if (starts_with(s, p, verb)) return p + verb.size() - i;
      }
    }
  }
  return 0;
}

// "シェア8割", "シェア45%", "シェアの7割": a market share large enough to point at one
// firm (three tenths or more). Needs a scope like the other claims (国内シェア8割).
// Returns the length up to the unit's end, or 0.
size_t market_share_claim_length(std::u32string_view s, size_t i) {
  if (!starts_with(s, i, U"シェア")) return 0;
  size_t p = i + 3;
  if (at(s, p) == U'の' || at(s, p) == U'は' || at(s, p) == U'が') ++p;
  // (Hedged: シェアが推計で約七割, シェアはざっと六割.)
  for (std::u32string_view hedge : {U"推計で", U"推定で", U"概算で", U"ざっと", U"一説に"}) {
    if (starts_with(s, p, hedge)) p += hedge.size();
  }
  if (starts_with(s, p, U"約")) ++p;
  if (starts_with(s, p, U"およそ")) p += 3;
  const size_t digits = number_end(s, p);
  if (digits == p) return 0;
  const std::u32string_view number = s.substr(p, digits - p);
  int value = 0;
  for (char32_t c : number) {
    if (is_ascii_digit(c)) value = value * 10 + static_cast<int>(c - U'0');
    else if (const size_t k = std::u32string_view(U"〇一二三四五六七八九").find(c); k != std::u32string_view::npos)
      value = value * 10 + static_cast<int>(k);
    else return 0;  // 十, 百: not a share
  }
  if (starts_with(s, digits, U"割") && value >= 3 && value <= 10) return digits + 1 - i;
  for (std::u32string_view percent : {std::u32string_view(U"%"), std::u32string_view(U"パーセント")}) {
    if (starts_with(s, digits, percent) && value >= 30 && value <= 100) return digits + percent.size() - i;
  }
  return 0;
}

size_t year_end(std::u32string_view s, size_t i);  // below, with the other quasi-identifier signals

// "NHKワールドの英語番組で研ぎの工程が紹介され", "FM局で…の番組を半年間受け持った": a programme
// and, a few words on in its clause, what it did with the firm. Dated like a prize (the
// caller asks for a year). Returns the length up to the verb's end, or 0.
size_t programme_claim_length(std::u32string_view s, size_t i, bool* dated) {
  if (!starts_with(s, i, U"番組で") && !starts_with(s, i, U"番組を") && !starts_with(s, i, U"番組に")) return 0;
  // (After 番組で, only with what was shown as its subject or object between: 番組で研ぎの
  // 工程が紹介され. Right after, or as a souvenir, the media rule reads it: 番組で取り上げ.)
  bool object = at(s, i + 2) == U'を';
  // (A comma may follow 番組で: 地元ラジオの朝の番組で、毎週木曜に店主が豆腐料理を紹介している.)
  const size_t first = at(s, i + 2) == U'で' && at(s, i + 3) == U'、' ? i + 4 : i + 3;
  for (size_t q = first; q < s.size() && q < first + 19; ++q) {
    if (s[q] == U'。' || s[q] == U'、' || is_line_break(s[q])) return 0;
    for (std::u32string_view verb : {U"紹介され", U"取り上げられ", U"特集され", U"放送され", U"受け持", U"担当し", U"出演し",
                                     U"レギュラー出演", U"紹介して", U"映され"}) {
      if (object && starts_with(s, q, verb)) return q + verb.size() - i;
    }
    // (A date between dates it, and stands as an object does: 情報番組で2022年6月に取り上げられ.)
    const bool year = year_end(s, q) != q;
    *dated = *dated || year;
    object = object || s[q] == U'が' || s[q] == U'を' || year;
  }
  return 0;
}

// "ほかに県内にない", "他には同じ設備を持つ工場がない": ほかに/他に with a denial a few
// words on, in the same clause. Returns the length up to the denial's end, or 0.
size_t nowhere_else_claim_length(std::u32string_view s, size_t i) {
  size_t p = i;
  for (std::u32string_view word : {std::u32string_view(U"ほかに"), std::u32string_view(U"他に"),
                                   std::u32string_view(U"ほかで"), std::u32string_view(U"他で"),
                                   std::u32string_view(U"他所に"), std::u32string_view(U"他所で"),
                                   std::u32string_view(U"よそに"), std::u32string_view(U"よそで")}) {
    if (starts_with(s, i, word)) {
      p = i + word.size();
      break;
    }
  }
  if (p == i) return 0;
  if (at(s, p) == U'は' || at(s, p) == U'も') ++p;
  for (size_t q = p; q < s.size() && q - p < 24; ++q) {
    const char32_t c = s[q];
    if (c == U'。' || c == U'、' || is_line_break(c)) return 0;
    for (std::u32string_view denial : {std::u32string_view(U"ない"), std::u32string_view(U"なく"),
                                       std::u32string_view(U"ありません"), std::u32string_view(U"いません"),
                                       std::u32string_view(U"見当たら"), std::u32string_view(U"見当たりません"),
                                       // (in dialect: 誰もやっとらん, 他所に入っちょらん, 一軒もなか)
                                       std::u32string_view(U"とらん"), std::u32string_view(U"ちょらん"),
                                       std::u32string_view(U"よらん"), std::u32string_view(U"おらん"),
                                       std::u32string_view(U"もなか"), std::u32string_view(U"ねえ"),
                                       std::u32string_view(U"あらへん"), std::u32string_view(U"てへん"),
                                       // (ほかに例がなかった, ほかに聞いたことのなか, ほかにあらしまへん)
                                       std::u32string_view(U"例がなかっ"), std::u32string_view(U"例はなかっ"),
                                       std::u32string_view(U"ところがなかっ"), std::u32string_view(U"ことのなか"),
                                       std::u32string_view(U"ことがなか"), std::u32string_view(U"しまへん"),
                                       std::u32string_view(U"おまへん")}) {
      if (starts_with(s, q, denial)) return q + denial.size() - i;
    }
  }
  return 0;
}

// "県内でR社だけ", "国内でB社のみ": the firm, under its label, as the only one in a scope
// said right before. Returns the length from で to the end of だけ/のみ/しかない, or 0.
size_t only_label_in_scope_claim_length(std::u32string_view s, size_t i) {
  if (s[i] != U'で') return 0;
  size_t q = i + 1;
  while (q < s.size() && q - i - 1 < 4 && (is_ascii_letter(s[q]) || is_kanji(s[q]) || is_katakana(s[q]))) ++q;
  if (q == i + 1 || !is_anonymised_name(s.substr(i + 1, q - i - 1))) return 0;
  for (std::u32string_view only : {U"だけ", U"のみ", U"しかない", U"しかありません"}) {
    if (starts_with(s, q, only)) return q + only.size() - i;
  }
  return 0;
}

// "(…できる)のはA社だけ", "のは同社のみ": the firm, under its label, as the only one.
// Returns the length from の to the end of だけ/のみ/しかない, or 0.
size_t only_this_firm_claim_length(std::u32string_view s, size_t i) {
  // (In dialect the cleft's の is が: 船凍をやりゆうがは、うちの船だけやき.)
  // (A topic's は before the firm's label is one too: 仕込みを続けている蔵はMK社のみ.)
  // (The topic a group of firms: 蔵は, 工房は, 業者は; not 取引先はB社のみ.)
  const bool topic = s[i] == U'は' && std::u32string_view(U"蔵店社房所屋場院館園元者宿窯舗船").find(before(s, i)) != std::u32string_view::npos;
  // (Or ん, as western speech says の: タブレットにしたんはうちが最初.)
  const bool spoken = (starts_with(s, i, U"がは") || starts_with(s, i, U"んは")) && is_hiragana(before(s, i));
  if (!starts_with(s, i, U"のは") && !spoken && !topic) return 0;
  size_t p = topic ? i + 1 : i + 2;
  if (at(s, p) == U'、') ++p;  // のは、うちの船だけ
  // (When it came to be: 船は、いまではこの会社の船だけ.)
  for (std::u32string_view now : {U"いまでは", U"今では", U"いまや", U"今や", U"もう"}) {
    if (starts_with(s, p, now)) {
      p += now.size();
      break;
    }
  }
  // (A scope may come first: のは中国地方でU社のみ, のは中部地方の中小企業ではP社だけ.)
  for (size_t d = p; d < s.size() && d < p + 16 && s[d] != U'、' && s[d] != U'。'; ++d) {
    // (では in western speech: このへんやとうちくらい.)
    const bool spoken_among = starts_with(s, d, U"やと") || starts_with(s, d, U"じゃと");
    if (s[d] != U'で' && !spoken_among) continue;
    size_t name = spoken_among ? d + (s[d] == U'や' ? 2 : 3)
                  : starts_with(s, d, U"では") || starts_with(s, d, U"でも") ? d + 2 : d + 1;
    if (at(s, name) == U' ') ++name;  // (では B社だけ)
    size_t end = name;
    while (end < s.size() && end - name < 8 && (is_ascii_letter(s[end]) || is_kanji(s[end]) || is_katakana(s[end]))) ++end;
    if ((end > name && is_anonymised_name(s.substr(name, end - name))) || starts_with(s, name, U"ここが") ||
        starts_with(s, name, U"うちが") || starts_with(s, name, U"この店") || starts_with(s, name, U"うちぐらい") ||
        starts_with(s, name, U"うちくらい")) {
      p = name;
      break;
    }
  }
  size_t q = p;
  while (q < s.size() && q - p < 8 && (is_ascii_letter(s[q]) || is_kanji(s[q]) || is_katakana(s[q]))) ++q;
  if (q == p || !is_anonymised_name(s.substr(p, q - p))) {
    // (After a topic only a label or the firm by a pronoun and its kind: 船は、…この会社の船だけ.)
    // 同社, 当社, 当店, この店, うちの船: the firm named by a pronoun (the longest wins).
    bool pronoun = false;
    for (std::u32string_view word : {std::u32string_view(U"同社"), std::u32string_view(U"当社"),
                                     std::u32string_view(U"同店"), std::u32string_view(U"当店"), std::u32string_view(U"この店"),
                                     std::u32string_view(U"この蔵"), std::u32string_view(U"この会社"),
                                     std::u32string_view(U"この工房"), std::u32string_view(U"この窯"),
                                     std::u32string_view(U"うちの店"), std::u32string_view(U"うちの船"),
                                     std::u32string_view(U"うちの会社"),
                                     // (the firm by its own kind: のは当塾だけ, のは同院のみ)
                                     std::u32string_view(U"当塾"), std::u32string_view(U"同塾"), std::u32string_view(U"当院"),
                                     std::u32string_view(U"同院"), std::u32string_view(U"当園"), std::u32string_view(U"同園"),
                                     std::u32string_view(U"当館"), std::u32string_view(U"同館"), std::u32string_view(U"当蔵"),
                                     std::u32string_view(U"同蔵"), std::u32string_view(U"当窯"), std::u32string_view(U"同窯"),
                                     std::u32string_view(U"当工房"), std::u32string_view(U"同工房"),
                                     std::u32string_view(U"当教室"), std::u32string_view(U"同教室"),
                                     std::u32string_view(U"当事務所"), std::u32string_view(U"同事務所"),
                                     std::u32string_view(U"当法人"), std::u32string_view(U"同法人"), std::u32string_view(U"ここ")}) {
      if (starts_with(s, p, word) && (!pronoun || p + word.size() > q)) {
        q = p + word.size();
        pronoun = true;
      }
    }
    // (Or any of its kind after うちの or この: のはうちの茶園だけ, のはこの農園のみ; or うち alone.)
    for (std::u32string_view self : {std::u32string_view(U"うちの"), std::u32string_view(U"この")}) {
      if (pronoun || !starts_with(s, p, self)) continue;
      size_t kind = p + self.size();
      while (kind < s.size() && kind - p - self.size() < 3 && (is_kanji(s[kind]) || is_katakana(s[kind]))) ++kind;
      if (kind > p + self.size()) {
        q = kind;
        pronoun = true;
      }
    }
    if (!pronoun && starts_with(s, p, U"うち") &&
        (starts_with(s, p + 2, U"だけ") || starts_with(s, p + 2, U"のみ") || starts_with(s, p + 2, U"が最初") ||
         starts_with(s, p + 2, U"が初めて") || starts_with(s, p + 2, U"が先頭") || starts_with(s, p + 2, U"が最後") ||
         starts_with(s, p + 2, U"くらい") || starts_with(s, p + 2, U"ぐらい"))) {
      q = p + 2;
      pronoun = true;
    }
    if (!pronoun) return 0;
  }
  // (Or someone of it: のはC社の職人頭だけ.)
  if (at(s, q) == U'の') {
    size_t who = q + 1;
    while (who < s.size() && who - q <= 4 && is_kanji(s[who])) ++who;
    if (who > q + 1 && (starts_with(s, who, U"だけ") || starts_with(s, who, U"のみ"))) q = who;
  }
  for (std::u32string_view only : {std::u32string_view(U"だけ"), std::u32string_view(U"のみ"), std::u32string_view(U"きり"),
                                   std::u32string_view(U"一社きり"), std::u32string_view(U"一社だけ"),
                                   std::u32string_view(U"一社のみ"), std::u32string_view(U"1社だけ"),
                                   std::u32string_view(U"しかない"), std::u32string_view(U"ぐらい"),
                                   std::u32string_view(U"くらい"), std::u32string_view(U"が最初"),
                                   std::u32string_view(U"が初めて"), std::u32string_view(U"が第一号"),
                                   // (のはこの蔵が最後, のはここが先がけ, はS社のほかにない)
                                   std::u32string_view(U"が最後"), std::u32string_view(U"が先がけ"),
                                   std::u32string_view(U"が先駆け"), std::u32string_view(U"が先頭"),
                                   std::u32string_view(U"のほかにな"),
                                   std::u32string_view(U"以外にな"), std::u32string_view(U"ひとつ"),
                                   std::u32string_view(U"一つ"), std::u32string_view(U"一軒")}) {
    if (starts_with(s, q, only)) return q + only.size() - i;
  }
  return 0;
}

// Start of the scope word nearest before `end` within [from, end): 県内, 日本, 埼玉, 九州;
// `end` if there is none.
size_t scope_before(std::u32string_view s, size_t from, size_t end) {
  const Lexicon& words = lexicon();
  size_t found = end;
  const std::u32string_view window = s.substr(0, end);
  for (size_t p = from; p < end; ++p) {
    if (words.scope_words.match_at(window, p) > 0 || words.prefectures.match_at(window, p) > 0 ||
        words.areas.match_at(window, p) > 0) {
      found = p;
    }
  }
  return found;
}

// True if `s` names a street a claim is scoped by: a name of two kanji or katakana or more,
// then 通りで (亀城通りで一軒だけ, 天文館通りで最後の); not as planned or as said (予定通りで,
// 計画通りで, 文字通り).
bool names_a_street_scope(std::u32string_view s) {
  for (size_t at_street = s.find(U"通りで"); at_street != std::u32string_view::npos; at_street = s.find(U"通りで", at_street + 1)) {
    size_t name = at_street;
    while (name > 0 && at_street - name < 8 && (is_kanji(s[name - 1]) || is_katakana(s[name - 1]))) --name;
    if (at_street - name < 2) continue;
    bool manner = false;
    for (std::u32string_view word : {U"予定", U"計画", U"文字", U"時間", U"指示", U"従来", U"例年", U"注文", U"希望", U"想定",
                                     U"見込み", U"通常", U"要望", U"手順", U"基準", U"規定", U"設計", U"説明", U"約束", U"期待",
                                     U"予想", U"予測", U"指定", U"平常", U"想像", U"額面", U"型", U"見立て", U"筋書き", U"台本",
                                     U"マニュアル", U"レシピ", U"セオリー", U"イメージ", U"シナリオ", U"図面", U"見本", U"狙い"}) {
      manner = manner || ends_with(s.substr(0, at_street), word);
    }
    if (!manner) return true;
  }
  return false;
}

bool has_scope(std::u32string_view s) {
  const Lexicon& words = lexicon();
  bool scoped = false;
  const auto mark = [&](size_t, size_t, int) { scoped = true; };
  words.scope_words.for_each_match(s, mark);
  if (!scoped) words.prefectures.for_each_match(s, mark);
  if (!scoped) words.areas.for_each_match(s, mark);
  return scoped;
}

// Verbs that make an award word a prize this firm won: 金賞を受賞, 一等を取った.
bool has_award_verb(std::u32string_view sentence) {
  for (std::u32string_view verb : {std::u32string_view(U"受賞"), std::u32string_view(U"獲得"),
                                   std::u32string_view(U"輝"), std::u32string_view(U"を取"),
                                   std::u32string_view(U"をと"), std::u32string_view(U"に選ばれ"),
                                   std::u32string_view(U"を受け"), std::u32string_view(U"を得"),
                                   std::u32string_view(U"を果たし"), std::u32string_view(U"を勝ち取"),
                                   std::u32string_view(U"年連続で取"), std::u32string_view(U"年連続で受け"),
                                   std::u32string_view(U"年続けて受け"), std::u32string_view(U"年続けて取"),
                                   std::u32string_view(U"位に入"), std::u32string_view(U"位入賞"),
                                   std::u32string_view(U"優勝し"), std::u32string_view(U"優勝を果"),
                                   std::u32string_view(U"優勝。"), std::u32string_view(U"に掲載"), std::u32string_view(U"で掲載"),
                                   std::u32string_view(U"掲載され"), std::u32string_view(U"も受け"), std::u32string_view(U"も受賞"),
                                   std::u32string_view(U"度受け"), std::u32string_view(U"回受け"),
                                   std::u32string_view(U"度受賞"), std::u32string_view(U"回受賞"),
                                   std::u32string_view(U"年に受け"), std::u32string_view(U"年度に受け"),
                                   std::u32string_view(U"に選出"), std::u32string_view(U"に入選"),
                                   std::u32string_view(U"で入選"), std::u32string_view(U"に採用され"),
                                   std::u32string_view(U"をいただ"), std::u32string_view(U"に認定"),
                                   std::u32string_view(U"手にし"), std::u32string_view(U"手に入れ"), std::u32string_view(U"持ち帰"),
                                   std::u32string_view(U"をさらっ"), std::u32string_view(U"をさらい"),
                                   // a contest won, an exhibition passed, a prize received in speech, a
                                   // streak unbroken (選手権を制した, 伝統工芸展にも通った, 大賞をもろた,
                                   // 金賞が令和二年から途切れとらん)
                                   std::u32string_view(U"を制"), std::u32string_view(U"に通っ"), std::u32string_view(U"にも通っ"),
                                   std::u32string_view(U"をもろ"), std::u32string_view(U"をもら"), std::u32string_view(U"途切れ"),
                                   // (IWC2022のSAKE部門で純米吟醸がゴールドを獲った)
                                   std::u32string_view(U"を獲")}) {
    if (sentence.find(verb) != std::u32string_view::npos) return true;
  }
  return false;
}


// A dated contest before an award word in its sentence ("2018年の全国蒲鉾品評会で農林水産
// 大臣賞。"): the year and the contest name the winner without a verb.
bool dated_contest_before(std::u32string_view s, size_t sentence_begin, size_t award) {
  const std::u32string_view before = s.substr(sentence_begin, award - sentence_begin);
  bool contest = false;
  for (std::u32string_view word : {U"品評会", U"コンテスト", U"コンクール", U"競技会", U"選手権", U"鑑評会", U"審査会",
                                   U"チャンピオンシップ", U"グランプリ", U"博覧会", U"共進会", U"大会", U"アワード",
                                   U"投票", U"工芸展", U"美術展", U"展覧会", U"新人展", U"陶芸展", U"公募展", U"書道展",
                                   U"表彰", U"フェスタ", U"見本市"}) {
    contest = contest || before.find(word) != std::u32string_view::npos;
  }
  if (!contest) return false;
  // Years in a row date the prize as a year does: 鑑評会で7年連続金賞; so does the edition
  // (第41回有田陶芸新人展 大賞).
  if (before.find(U"年連続") != std::u32string_view::npos) return true;
  for (size_t p = before.find(U'第'); p != std::u32string_view::npos; p = before.find(U'第', p + 1)) {
    const size_t digits = digit_run_end(before, p + 1);
    if (digits > p + 1 && at(before, digits) == U'回') return true;
  }
  for (size_t p = 0; p + 5 <= before.size(); ++p) {
    if (year_end(before, p) != p) return true;
  }
  // A year in the contest's name: 全国ご当地メンチカツ選手権2023.
  for (size_t p = 0; p + 4 <= before.size(); ++p) {
    if (year_in_a_name_at(before, p)) return true;
  }
  return false;
}

// End of the clause a claim stands in: the next 、 or 。 (a 、 right after the claim is
// passed: "唯一、小麦から手がける"), at most 30 characters on.
size_t clause_end(std::u32string_view s, size_t p) {
  if (at(s, p) == U'、') ++p;
  // (Or の and a comma: 宮崎県内でただ一つの、輸入EVを専門に扱う認証工場.)
  else if (at(s, p) == U'の' && at(s, p + 1) == U'、') p += 2;
  // (So is one after the rest of the claim's word: 岡山市内で最も早く、2014年に…導入した.)
  else {
    for (size_t q = p; q < s.size() && q < p + 4; ++q) {
      if (s[q] == U'、') {
        p = q + 1;
        break;
      }
      if (!is_kanji(s[q]) && std::u32string_view(U"くてしいに").find(s[q]) == std::u32string_view::npos) break;
    }
  }
  const size_t limit = p + 30;
  while (p < s.size() && p < limit && s[p] != U'、' && s[p] != U'。' && s[p] != U'|' && !is_line_break(s[p])) ++p;
  while (p > 0 && s[p - 1] == U' ') --p;  // a table cell's padding
  return p;
}

bool named_landmark_ends_at(std::u32string_view s, size_t i);  // below, with the places premises stand at

// True if the sentence before `end` names a group by the landmark it stands at (ジーンズストリート
// に残る縫製工場では, 門前町に並ぶ宿の中で): the landmark scopes a claim as a town would.
bool group_at_a_landmark_before(std::u32string_view s, size_t sentence_begin, size_t end) {
  for (size_t j = sentence_begin + 2; j < end; ++j) {
    if (s[j] != U'に' && s[j] != U'沿') continue;
    bool standing = false;
    for (std::u32string_view w : {U"に残る", U"に並ぶ", U"に建ち並ぶ", U"に軒を連ねる", U"沿いに並ぶ", U"沿いの", U"に今も残る",
                                  U"に残っとる", U"に今も残っとる", U"に残っている", U"に今も残っている"}) {
      standing = standing || starts_with(s, j, w);
    }
    if (standing && named_landmark_ends_at(s, j)) return true;
  }
  return false;
}

// True if the houses of a trade under a name end at `end` (和倉の旅館, 燕の工場, 輪島の塗師屋): the
// name before them is a place, whether or not the lists know it. Common words before the
// trade (大手の旅館, 自社の工場) are no name.
bool named_trade_group_ends_at(std::u32string_view s, size_t end) {
  for (std::u32string_view trade : {U"旅館", U"宿", U"蔵", U"酒蔵", U"窯元", U"工場", U"工房", U"業者", U"店", U"会社", U"企業",
                                    U"農家", U"牧場", U"屋", U"事業者", U"美容室", U"写真館", U"書店", U"塾", U"園", U"商店"}) {
    if (end < trade.size() + 3 || !ends_with(s.substr(0, end), trade)) continue;
    // (The trade may be qualified: 造船所の協力会社.)
    size_t group = end - trade.size();
    while (group > 0 && end - group < 8 && (is_kanji(s[group - 1]) || is_katakana(s[group - 1]))) --group;
    if (group == 0) continue;
    // (Or the houses still standing somewhere: 城下に残っとる菓子屋では.)
    for (std::u32string_view standing : {U"に残る", U"に残っとる", U"に残っている", U"に今も残る"}) {
      if (ends_with(s.substr(0, group), standing)) return true;
    }
    const size_t of = group - 1;
    if (s[of] != U'の') continue;
    size_t name = of;
    while (name > 0 && of - name < 6 && (is_kanji(s[name - 1]) || is_katakana(s[name - 1]))) --name;
    if (of - name < 2) continue;
    const std::u32string_view word = s.substr(name, of - name);
    const Lexicon& words = lexicon();
    if (words.self_words.contains(word) || words.vocabulary.contains(word) || words.generic_terms.contains(word)) continue;
    bool common = false;
    for (std::u32string_view w : {U"大手", U"一般", U"地方", U"都市", U"老舗", U"小規模", U"中小", U"個人", U"同業", U"周辺", U"近隣",
                                  U"他社", U"取引先", U"仕入先", U"当社", U"自社", U"同社", U"弊社", U"家族", U"地域", U"業界"}) {
      common = common || ends_with(word, w);
    }
    if (!common) return true;
  }
  return false;
}

// True if the words before a claim name a trade's houses under a name and then stand among them
// (和倉の旅館のなかで, 呉の造船所の協力会社のうち, 宇和海の業者の中では, 城下に残っとる菓子屋では).
bool among_a_named_trade_group(std::u32string_view before_claim) {
  for (std::u32string_view marker : {U"のなかで", U"の中で", U"のうちで", U"としては", U"のうち", U"では"}) {
    const size_t at_among = before_claim.find(marker);
    if (at_among != std::u32string_view::npos && named_trade_group_ends_at(before_claim, at_among)) return true;
  }
  return false;
}

// End of a count or a claim `end` ends, taken on over the clause that ranks what it counted
// (県内に残る茶園はわずか3軒で、そのうち創業が最も古いのがU社だ): the few and the firm among
// them are one fact. `end` if no such clause follows.
size_t with_those_ranked_after(std::u32string_view s, size_t end) {
  for (std::u32string_view of_those : {U"で、そのうち", U"、そのうち", U"で、その中で", U"、その中で"}) {
    if (starts_with(s, end, of_those)) return clause_end(s, end + of_those.size());
  }
  return end;
}

// End of the clause after a claim that gives its figure (日田でいちばん長か、二十四メートルの杉ば
// 挽いた記録; ギネス世界記録に認定された、高さ3.2メートルのガラスのツリー): the claim and what
// it measured are one fact. `end` if the next clause holds no number with a record or a measure.
size_t with_its_figure_after(std::u32string_view s, size_t end) {
  if (at(s, end) != U'、') return end;
  const size_t next = clause_end(s, end + 1);
  const std::u32string_view clause = s.substr(end + 1, next - end - 1);
  bool number = false;
  for (size_t p = 0; p + 1 < clause.size() && !number; ++p) {
    number = is_ascii_digit(clause[p]) || (is_kanji_numeral(clause[p]) && is_kanji_numeral(clause[p + 1]));
  }
  if (!number) return end;
  for (std::u32string_view w : {U"記録", U"数字", U"売り切", U"売れ", U"高さ", U"長さ", U"重さ", U"直径", U"全長"}) {
    if (clause.find(w) != std::u32string_view::npos) return next;
  }
  return end;
}

// End of the clause a claim's own clause runs on into with the same subject (埼玉のトラック事業者
// として一番乗りで、国の働きやすい職場認証を2020年に取った): the claim is about what that clause
// says. A clause with a subject of its own (唯一の蔵元で、社員は12名だ) is another fact. `end`
// if the claim's clause does not run on with で or て and a comma.
size_t with_what_it_was_first_in(std::u32string_view s, size_t end) {
  if (at(s, end) != U'、' || end == 0 || (s[end - 1] != U'で' && s[end - 1] != U'て')) return end;
  const size_t next = clause_end(s, end + 1);
  if (next >= s.size() || s[next] != U'。') return end;  // only the sentence's last clause
  const std::u32string_view clause = s.substr(end + 1, next - end - 1);
  if (clause.find_first_of(U"はがも「") != std::u32string_view::npos || clause.size() < 6) return end;
  return next;
}

}  // namespace

std::optional<std::u32string> speech_as_standard(std::u32string_view s) {
  // Most texts say none of these: the copy is made at the first rewrite only.
  std::optional<std::u32string> out;
  const auto put = [&](size_t p, char32_t c) {
    if (!out) out.emplace(s);
    (*out)[p] = c;
  };
  const auto ends_clause = [&](size_t p) {
    const char32_t c = at(s, p);
    return p >= s.size() || c == U'」' || c == U'。' || c == U'、' || c == U'!' || c == U'?' || is_line_break(c) ||
           starts_with(s, p, U"ばい") || starts_with(s, p, U"よ") || starts_with(s, p, U"ね") || starts_with(s, p, U"けん") ||
           starts_with(s, p, U"けど") || starts_with(s, p, U"と");
  };
  const auto self_before = [&](size_t p) {
    for (std::u32string_view self : {U"うち", U"ここ", U"わし", U"おれ", U"俺", U"当社", U"同社", U"この店", U"この蔵", U"うちん"}) {
      if (p >= self.size() && s.compare(p - self.size(), self.size(), self) == 0) return true;
    }
    return false;
  };
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    const char32_t c = s[i];
    // (One test for the six characters a rewrite starts at, all between お and な.)
    constexpr uint64_t kStarts = (1ull << (U'じ' - U'お')) | (1ull << (U'な' - U'お')) | (1ull << (U'き' - U'お')) |
                                 (1ull << (U'ち' - U'お')) | (1ull << (U'と' - U'お')) | (1ull << (U'ぢ' - U'お')) | 1ull;
    if (const char32_t d = c - U'お'; d > U'な' - U'お' || ((kStarts >> d) & 1) == 0) continue;
    if (c == U'ぢ') {
      // うち said as うぢ in Tohoku speech (もううぢだけだべ, うぢしかねえ, うぢの他に).
      if (i > 0 && s[i - 1] == U'う' && std::u32string_view(U"だしのがはぐく").find(s[i + 1]) != std::u32string_view::npos) {
        put(i, U'ち');
      }
    } else if (c == U'じ' && s[i + 1] == U'ゃ') {
      // A scope and じゃ (鹿児島じゃうちが最初, 県内じゃ一番): では. (Not じゃない, じゃろ.)
      if (i > 0 && is_kanji(s[i - 1]) && !starts_with(s, i + 2, U"な") && !starts_with(s, i + 2, U"ろ") &&
          !starts_with(s, i + 2, U"け")) {
        put(i, U'で');
        put(i + 1, U'は');
      }
    } else if (c == U'な' && s[i + 1] == U'か') {
      // ない said as なか before the clause ends (うちの他になか, 聞いたことのなか); なかっ is
      // standard, なかなか and おなか are words.
      if (i > 0 && std::u32string_view(U"にはがものく").find(s[i - 1]) != std::u32string_view::npos && ends_clause(i + 2)) {
        put(i + 1, U'い');
      }
    } else if (c == U'き' && s[i + 1] == U'り') {
      // だけ said as きり after the firm (大分じゃうちきりっちゃ) or a count of firms (うちを入れて二軒きり);
      // うちきりに, うちきりと are 打ち切り.
      const char32_t next = at(s, i + 2);
      const bool counted = i >= 2 && (s[i - 1] == U'軒' || s[i - 1] == U'社' || s[i - 1] == U'店' || s[i - 1] == U'隻') &&
                           (is_kanji_numeral(s[i - 2]) || is_ascii_digit(s[i - 2]));
      // (And before だ: 湖の周りでもうちきりだら.)
      if ((self_before(i) && (!is_hiragana(next) || next == U'っ' || next == U'や' || next == U'で' || next == U'だ')) ||
          (counted && next != U'に' && next != U'と')) {
        put(i, U'だ');
        put(i + 1, U'け');
      }
    } else if (c == U'ち' && (starts_with(s, i + 1, U"言") || starts_with(s, i + 1, U"いわ") || starts_with(s, i + 1, U"ゆう"))) {
      // The quoting と said as ち (最初ち言われちょっ).
      if (i > 0 && (is_kanji(s[i - 1]) || s[i - 1] == U'」' || s[i - 1] == U'る' || s[i - 1] == U'た' || s[i - 1] == U'い')) {
        put(i, U'と');
      }
    } else if (c == U'と' && s[i + 1] == U'は' && at(s, i + 2) == U'、') {
      // The firm's deed said with と for の (白濁スープを出したとは、): のは.
      if (i > 0 && std::u32string_view(U"たるい").find(s[i - 1]) != std::u32string_view::npos) put(i, U'の');
    } else if (c == U'お' && s[i + 1] == U'ら' && at(s, i + 2) == U'ん') {
      // いない said as おらん (ほかにおらん).
      if (i > 0 && (s[i - 1] == U'に' || s[i - 1] == U'か' || s[i - 1] == U'は') && ends_clause(i + 3)) {
        put(i, U'い');
        put(i + 1, U'な');
        put(i + 2, U'い');
      }
    }
  }
  return out;
}

void find_uniqueness_claims(std::u32string_view s, std::vector<Finding>& out,
                            const std::function<size_t(size_t from, size_t end)>& place_scope_before) {
  const Lexicon& words = lexicon();
  size_t resume = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i < resume) continue;
    int tag = kClaimNeedsScope;
    size_t length = words.uniqueness_claims.match_at(s, i, &tag);
    // (Only a count starts one: most characters are passed before the call.)
    if (length == 0 && (is_ascii_digit(s[i]) || is_kanji_numeral(s[i]) || s[i] == U'数')) {
      length = few_firms_claim_length(s, i);
      tag = kClaimNeedsScope;
      // 同社を含め2軒しかない: the firm is one of the few, wherever that is.
      // (So is the last few of a craft: 研げる者は、堺にもう三人しかいない.)
      if (length > 0 && (counted_with_the_firm_before(s, i) || last_few_in_a_place_before(s, i))) {
        tag = kClaimSelfScoped;
      }
    }
    // The helpers below start at ほ/他, シ and の only.
    const char32_t c = s[i];
    if (length == 0 && (c == U'ほ' || c == U'他' || (c == U'よ' && at(s, i + 1) == U'そ'))) {
      length = nowhere_else_claim_length(s, i);
      // この蔵のほかに…ところがない: nobody but the firm itself, anywhere.
      for (std::u32string_view self : {U"この蔵の", U"この店の", U"この工房の", U"この会社の", U"うちの", U"当社の", U"同社の",
                                       U"当店の", U"同店の", U"この窯の", U"この宿の"}) {
        if (length > 0 && ends_with(s.substr(0, i), self)) tag = kClaimSelfScoped;
      }
    }
    // この数を上回る飲食店は市内にない: nobody above the firm, in a scope.
    // (Or more than this: 都内でこれより多くの台数を動かしている印刷会社は確認されていない.)
    // (Or than the firm: うちより古い帳面を持つ店はないはず, うちより多く橋梁の補修を請けた地元業者はいない.)
    const bool more_than_this = (c == U'こ' && (starts_with(s, i, U"これより") || starts_with(s, i, U"ここより"))) ||
                                (c == U'う' && starts_with(s, i, U"うちより")) ||
                                ((c == U'当' || c == U'同') && starts_with(s, i + 1, U"社より"));
    if (length == 0 && ((c == U'上' && starts_with(s, i, U"上回る")) ||
                        (c == U'超' && (starts_with(s, i, U"超える") || starts_with(s, i, U"超えた"))) || more_than_this)) {
      const size_t window = more_than_this ? 30 : 16;
      for (size_t p = i + 3; p < s.size() && p < i + window && length == 0 && s[p] != U'、' && s[p] != U'。'; ++p) {
        // (Or never heard of: 市内の蕎麦屋でこれを超えた話は聞かない.)
        for (std::u32string_view none : {U"にない", U"にはない", U"はない", U"は見当たらな", U"はいない", U"にない。",
                                         U"は確認されていな", U"は見つかっていな", U"話は聞かな", U"例は聞かな",
                                         // (市内でこれより古い写真館はもう残っていない)
                                         U"は残っていな", U"はもう残っていな", U"は残っておら", U"はもう残っておら",
                                         // (Kinki speech: この比率を超えるとこはまだ聞かん)
                                         U"はまだ聞かん", U"は聞かん", U"はまだ聞かな", U"は聞いたことがな"}) {
          // (Not "never": 県内の売上がこの数を上回ることはない.)
          if (length == 0 && starts_with(s, p, none) && !ends_with(s.substr(0, p), U"こと")) length = p + none.size() - i;
        }
      }
      if (length > 0) tag = kClaimNeedsScope;
    }
    if (length == 0 && c == U'番') {
      bool dated = false;
      length = programme_claim_length(s, i, &dated);
      if (length > 0) tag = dated ? kClaimSelfScoped : kClaimAward;
    }
    if (length == 0 && c == U'シ') {
      length = market_share_claim_length(s, i);
      if (length > 0) tag = kClaimNeedsScope;
    }
    if (length == 0 && (c == U'国' || c == U'生' || c == U'出' || c == U'全') &&
        std::u32string_view(U"内産荷国").find(at(s, i + 1)) != std::u32string_view::npos) {
      length = output_share_claim_length(s, i);
      if (length > 0) tag = kClaimSelfScoped;
    }
    // (Only a cleft's は after の, が or ん, or a topic's は: one look passes the rest.)
    if (length == 0 && ((c == U'は' && i > 0 && (is_kanji(s[i - 1]) || is_katakana(s[i - 1]))) ||
                        ((c == U'の' || c == U'が' || c == U'ん') && at(s, i + 1) == U'は'))) {
      length = only_this_firm_claim_length(s, i);
      if (length > 0) tag = kClaimNeedsScope;
    }
    if (length == 0 && c == U'の') {
      length = share_of_a_whole_claim_length(s, i);
      if (length > 0) tag = kClaimNeedsNearScope;
    }
    if (length == 0 && c == U'で') {
      length = only_label_in_scope_claim_length(s, i);
      if (length > 0) tag = kClaimNeedsNearScope;
    }
    if (length == 0 && (is_ascii_digit(c) || (is_kanji_numeral(c) && (at(s, i + 2) == U'連' || at(s, i + 3) == U'連' ||
                                                                       at(s, i + 4) == U'連')))) {
      length = record_run_claim_length(s, i);
      if (length > 0) tag = kClaimSelfScoped;
    }
    // (Only where に follows a short number and its counter: one test passes most characters.)
    if (length == 0 && (at(s, i + 2) == U'に' || at(s, i + 3) == U'に' || at(s, i + 4) == U'に') &&
        (is_ascii_digit(c) || (c != U'一' && is_kanji_numeral(c)))) {
      length = one_in_n_claim_length(s, i);
      if (length > 0) tag = kClaimSelfScoped;
    }
    if (length == 0) continue;
    // 全国一, 市内一 end in 一, which starts other words: 市内一円, 地域一帯, 県内一部.
    // (唯一 and 随一 are whole words: 唯一選ばれた, 唯一残る.)
    // (An adjective after it is the claim's: 日本一高い, 県内一古い.)
    const bool adjective_after = std::u32string_view(U"高大古長広深多早小短細薄軽重太").find(at(s, i + length)) != std::u32string_view::npos &&
                                 is_hiragana(at(s, i + length + 1)) && at(s, i + length + 1) != U'の';
    // (もう一 counts one more: うちともう一軒.)
    if (s[i + length - 1] == U'一' && is_kanji(at(s, i + length)) && !adjective_after && !ends_with(s.substr(0, i + length), U"唯一") &&
        !ends_with(s.substr(0, i + length), U"随一") && !ends_with(s.substr(0, i + length), U"もう一")) {
      continue;
    }
    // …で唯一 takes its scope from the word before; a life or the firm itself is none
    // (人生で唯一の失敗, 社内で唯一の資格者).
    if (s[i] == U'で') {
      bool inward = false;
      for (std::u32string_view word : {U"人生", U"社内", U"店内", U"家族", U"生涯", U"これまで", U"今まで", U"過去", U"社員",
                                       U"従業員", U"職場", U"部署", U"工場内", U"自社"}) {
        inward = inward || ends_with(s.substr(0, i), word);
      }
      if (inward) continue;
    }
    // …だけでなく, だけではなく: "not only", the opposite of a claim.
    if (ends_with(s.substr(0, i + length), U"だけ") &&
        (starts_with(s, i + length, U"でなく") || starts_with(s, i + length, U"ではなく") ||
         starts_with(s, i + length, U"ではない") || starts_with(s, i + length, U"じゃな"))) {
      continue;
    }
    const std::u32string_view claim = s.substr(i, length);
    const auto [sentence_begin, sentence_end] = sentence_around(s, i);
    const std::u32string_view sentence = s.substr(sentence_begin, sentence_end - sentence_begin);
    // A claim locates a firm only within a scope: 県内で唯一, 日本初. "唯一の正解" does not.
    // Weak words (初めて, 最も古い, 一番) need the scope close before them: "日本で初めて",
    // not "初めて県外の展示会に出た". Prizes need a verb of winning.
    size_t scope = i;
    bool keep = false;
    switch (tag) {
      case kClaimSelfScoped:
        keep = true;
        break;
      case kClaimNeedsScope:
        keep = has_scope(claim) || has_scope(sentence) || names_a_street_scope(sentence);
        // A named landmark in the sentence scopes "only here" as a place does (開聞岳が真正面に
        // 見える蔵は、ここしかなかど).
        // (So it scopes 唯一: …スキー場のリフト乗り場まで…滑り込める唯一の宿.)
        // (And the nearest to one: 仙台駅からいちばん近い場所に残る味噌蔵.)
        // (Or the nearest to it: 鳥取砂丘の馬の背に一番近い宿.)
        if (!keep && (starts_with(claim, 0, U"ここ") || starts_with(claim, 0, U"唯一") || starts_with(claim, 0, U"から") ||
                      starts_with(claim, 0, U"に一番近") || starts_with(claim, 0, U"にいちばん近") || starts_with(claim, 0, U"に最も近"))) {
          for (size_t j = sentence_begin + 2; j <= i && !keep; ++j) keep = named_landmark_ends_at(s, j);
        }
        keep = keep || group_at_a_landmark_before(s, sentence_begin, i);
        // (Or a trade's houses under a name, then among them: 宇和海の業者の中では頭ひとつ抜けている.)
        keep = keep || among_a_named_trade_group(s.substr(sentence_begin, i - sentence_begin));
        // A place the lists do not know, read in the words (鯖江でも当社一社のみ).
        if (!keep && place_scope_before) {
          const size_t place = place_scope_before(std::max(sentence_begin, i >= 48 ? i - 48 : 0), i);
          keep = place < i;
          scope = std::min(scope, place);
        }
        break;
      case kClaimNeedsNearScope: {
        const size_t from = std::max(sentence_begin, i >= 20 ? i - 20 : 0);
        keep = has_scope(claim) || scope_before(s, from, i) < i || group_at_a_landmark_before(s, sentence_begin, i) ||
               names_a_street_scope(s.substr(from, i - from));
        // A place the lists do not know, read in the words (桐生で, 須磨で).
        if (!keep && place_scope_before) {
          const size_t place = place_scope_before(std::max(sentence_begin, i >= 12 ? i - 12 : 0), i);
          keep = place < i;
          scope = std::min(scope, place);
        }
        // A rank by a measured count (申込件数1位, 導入数トップ) ranks the firm among all that
        // are counted; so does a rank in a dated clause (2023年度の…1位).
        if (!keep) {
          bool rank = false;
          for (std::u32string_view r : {U"1位", U"一位", U"首位", U"トップ", U"No.1", U"2位", U"3位", U"第一位", U"第1位"}) {
            rank = rank || starts_with(claim, 0, r);
          }
          if (rank && std::u32string_view(U"数量額高").find(before(s, i)) != std::u32string_view::npos) keep = true;
          // (A ranking or a category named before it: 干物部門で年間売上1位, ランキングで…週間3位以内.)
          if (rank) {
            const std::u32string_view before_rank = s.substr(sentence_begin, i - sentence_begin);
            const bool ranked = before_rank.find(U"ランキング") != std::u32string_view::npos ||
                                before_rank.find(U"部門で") != std::u32string_view::npos;
            // (Not the firm's own: 社内ランキングで1位の商品, 店内の人気部門で1位.)
            keep = keep || (ranked && before_rank.find(U"社内") == std::u32string_view::npos &&
                            before_rank.find(U"店内") == std::u32string_view::npos);
          }
          for (size_t p = std::max(sentence_begin, i >= 40 ? i - 40 : 0); rank && p < i && !keep; ++p) {
            keep = year_end(s, p) != p;
            // (Or a year in the contest's name: パン・オブ・ザ・イヤー2022で総合一位.)
            keep = keep || year_in_a_name_at(s, p);
          }
        }
        // A record said with its figure needs no scope (3店合計で最多94人を記録した).
        if (!keep && (starts_with(claim, 0, U"最多") || starts_with(claim, 0, U"最高") || starts_with(claim, 0, U"最大"))) {
          size_t p = i + 2;
          while (p < s.size() && p < i + 4 && !is_ascii_digit(s[p]) && !is_kanji_numeral(s[p])) ++p;
          size_t figure = p;
          while (figure < s.size() && (is_ascii_digit(s[figure]) || is_kanji_numeral(s[figure]) || s[figure] == U',')) ++figure;
          if (figure > p) {
            for (size_t q = figure; q < s.size() && q <= figure + 3 && !keep; ++q) keep = starts_with(s, q, U"を記録");
          }
        }
        // A place and で opening the sentence scopes its claim too (黒江で木地から上塗りまで一貫して
        // 手がける最後の工房).
        if (!keep && place_scope_before && i > sentence_begin) {
          const size_t opening_end = std::min(i, sentence_begin + 8);
          const size_t opening = place_scope_before(sentence_begin, opening_end);
          if (opening < opening_end) {
            keep = true;
            scope = std::min(scope, opening);
          }
        }
        // A group named earlier in the sentence scopes it from afar: 市内の不動産業者のなかで…
        // 最も多い, 同地区の個別指導塾としては…最も多い.
        if (!keep) {
          const std::u32string_view before_claim = s.substr(sentence_begin, i - sentence_begin);
          for (std::u32string_view among : {U"のなかで", U"の中で", U"としては", U"のうちで", U"では"}) {
            const size_t at_among = before_claim.find(among);
            keep = keep || (at_among != std::u32string_view::npos && has_scope(before_claim.substr(0, at_among)));
          }
          // (A place the lists do not know, before the group: 宇都宮に残る写真館の中では…最も古い.)
          // (Or a place before a group as such: 会津若松で金物を扱う店としてはいちばん古い.)
          const bool among = before_claim.find(U"の中で") != std::u32string_view::npos ||
                             before_claim.find(U"のなかで") != std::u32string_view::npos ||
                             before_claim.find(U"のうちで") != std::u32string_view::npos ||
                             before_claim.find(U"としては") != std::u32string_view::npos;
          if (!keep && among && place_scope_before) {
            const size_t place = place_scope_before(sentence_begin, i);
            keep = place < i;
            scope = std::min(scope, place);
          }
          // (Or a trade's houses under a name MeCab does not read as a place: 和倉の旅館のなかで.)
          keep = keep || among_a_named_trade_group(before_claim);
        }
        break;
      }
      case kClaimAward: {
        keep = has_award_verb(sentence) || dated_contest_before(s, sentence_begin, i);
        // A year right before the honour dates it as well (2020年度愛媛県知事表彰, 2021年度に
        // 県の介護職員表彰).
        const size_t near = std::max(sentence_begin, i >= 32 ? i - 32 : 0);
        for (size_t p = near; p < i && !keep; ++p) keep = year_end(s, p) != p;
        // (Or a year in the contest's name: DXセレクション2023で準グランプリ.)
        for (size_t p = near; p + 4 <= i && !keep; ++p) keep = year_in_a_name_at(s, p) && at(s, p + 4) != U'年';
        break;
      }
      case kClaimNeedsFigure:
        // (The figure may stand in the sentence before when this one points back to it: 1日で
        // 3,400鉢が出た。これを超えた日は…)
        for (size_t p = sentence_begin >= 40 && (starts_with(s, sentence_begin, U"これ") || starts_with(s, sentence_begin, U"それ"))
                            ? sentence_begin - 40
                            : sentence_begin;
             p < sentence_end && !keep; ++p) {
          keep = is_ascii_digit(s[p]) && !is_ascii_digit(at(s, p + 1)) && year_end(s, p) == p;
          // (Or in kanji numerals: 一日のモーニング客が八百十二人.)
          keep = keep || (is_kanji_numeral(s[p]) && is_kanji_numeral(at(s, p + 1)) && !is_kanji_numeral(at(s, p + 2)) &&
                          year_end(s, p) == p && at(s, p + 2) != U'年');
          // The record and its figure are one fact: from the figure's sentence on when it comes
          // first (2021年に年間水揚げ3,200トンを記録し、県内の一本釣り漁船としては過去最高となった).
          if (keep && p < i) scope = std::min(scope, sentence_begin);
        }
        break;
      case kClaimDatedAward:
        for (size_t p = sentence_begin; p < i && !keep; ++p) keep = year_end(s, p) != p;
        // (Or the year said before, pointed back to: 同年、…表紙を飾った.)
        for (std::u32string_view same_year : {U"同年", U"その年", U"同じ年", U"翌年", U"前年"}) {
          keep = keep || s.substr(sentence_begin, i - sentence_begin).find(same_year) != std::u32string_view::npos;
        }
        // (Or a year in the prize's name: …アワード2023でGOLDに選ばれた.)
        for (size_t p = sentence_begin; p + 4 <= i && !keep; ++p) {
          keep = year_in_a_name_at(s, p) && at(s, p + 4) != U'年';
        }
        // Customers choose goods too (出張の客に選ばれ, 土産用に選ばれ): no honour.
        if (s[i] == U'に' && std::u32string_view(U"客人方層代族様用").find(before(s, i)) != std::u32string_view::npos) {
          keep = false;
        }
        for (std::u32string_view buyer : {U"若者", U"利用者", U"消費者", U"購入者", U"旅行者", U"来店者", U"生産者", U"観光客"}) {
          if (s[i] == U'に' && ends_with(s.substr(0, i), buyer)) keep = false;
        }
        // An exhibition by its kind (展示会に出展, 商談会に出展) lists too many; a named one
        // (メゾン・エ・オブジェに出展) lists the firm.
        if (starts_with(s, i, U"に出展") || starts_with(s, i, U"に初出展")) {
          for (std::u32string_view kind : {U"展示会", U"商談会", U"見本市", U"物産展", U"フェア", U"イベント", U"催事", U"マルシェ",
                                           U"展", U"会", U"市"}) {
            if (ends_with(s.substr(0, i), kind)) keep = false;
          }
        }
        break;
    }
    // A goal is no fact (業界で一番の品質を目指す, 日本一を目標に), unless what is aimed at is a
    // past deed or a record already held (グランプリを受賞したことも…目標になっている, 五年続けて
    // 金賞の品質を保つことが目標).
    if (keep) {
      const std::u32string_view rest = s.substr(i + length, std::min<size_t>(sentence_end - (i + length), 16));
      const size_t goal = std::min({rest.find(U"目指"), rest.find(U"目標"), rest.find(U"めざ")});
      const bool done = goal != std::u32string_view::npos &&
                        (rest.substr(0, goal).find(U"たこと") != std::u32string_view::npos ||
                         rest.substr(0, goal).find(U"だこと") != std::u32string_view::npos);
      const bool streak = claim.find(U"年続けて") != std::u32string_view::npos || claim.find(U"年連続") != std::u32string_view::npos;
      keep = goal == std::u32string_view::npos || done || streak;
    }
    if (!keep) continue;
    // Report the claim with its scope and the rest of its clause: "県内で唯一の蔵元",
    // "九州で最初にこの予約システムを導入した美容室".
    const size_t scope_from = std::max(sentence_begin, i >= 40 ? i - 40 : 0);
    scope = std::min(scope, scope_before(s, scope_from, i));
    // The subject before は often says what is unique ("この技法で下地を作れるのは県内で
    // 当工房だけ"): the finding starts with the clause when it is near.
    {
      size_t clause = scope;
      while (clause > sentence_begin && scope - clause < 48 && s[clause - 1] != U'、') --clause;
      if (clause == sentence_begin || s[clause - 1] == U'、') scope = clause;
      // A topic closed by は and a comma is the subject too (…を続ける蔵は、島内では…).
      if (scope >= 2 && s[scope - 1] == U'、' && s[scope - 2] == U'は') {
        size_t topic = scope - 1;
        while (topic > sentence_begin && scope - topic < 30 && s[topic - 1] != U'、') --topic;
        if (topic == sentence_begin || s[topic - 1] == U'、') scope = topic;
      }
      // The clauses before it in a short sentence are what the claim is about (径0.6ミリの
      // ねじを量産できるのは国内で3社、関西では当社のみ): the reviewer reads them together.
      if (scope > sentence_begin && s[scope - 1] == U'、' && scope - sentence_begin <= 48) scope = sentence_begin;
      // (In a longer sentence, the clause right before it when it holds the count the claim ranks:
      // 2023年度に地元の進学校へ二十一人を合格させ、市内の個人塾で最多だった.)
      if (scope > sentence_begin && s[scope - 1] == U'、') {
        size_t previous = scope - 1;
        while (previous > sentence_begin && scope - previous < 40 && s[previous - 1] != U'、' && s[previous - 1] != U'「') {
          --previous;
        }
        bool counted = false;
        for (size_t p = previous; p + 1 < scope - 1 && !counted; ++p) {
          counted = (is_ascii_digit(s[p]) || (is_kanji_numeral(s[p]) && p > previous && is_kanji_numeral(s[p - 1]))) &&
                    std::u32string_view(U"人件台本個食杯軒社店名回枚冊着玉").find(s[p + 1]) != std::u32string_view::npos;
        }
        if (counted && (previous == sentence_begin || s[previous - 1] == U'、' || s[previous - 1] == U'「')) scope = previous;
      }
    }
    if (tag == kClaimAward || tag == kClaimDatedAward) {
      // The contest comes first: "県の品評会で三年続けて一等を取った".
      size_t clause = i;
      while (clause > sentence_begin && i - clause < 30 && s[clause - 1] != U'、') --clause;
      scope = std::min(scope, clause);
    }
    // A claim in someone's words stays inside their quote (店主は「…もう市内でうちしか残っていない」と言う).
    size_t claim_end = clause_end(s, i + length);
    {
      const size_t open = s.substr(sentence_begin, i - sentence_begin).rfind(U'「');
      if (open != std::u32string_view::npos && s.substr(sentence_begin + open, i - sentence_begin - open).find(U'」') ==
                                                   std::u32string_view::npos) {
        const size_t close = s.find(U'」', i + length);
        // (Only speech: a quoted title, 「県北で最後の…金物店」として紹介, is part of the fact.)
        bool speech = false;
        for (std::u32string_view said : {U"と言", U"と話", U"と語", U"と胸", U"と笑", U"と明か", U"と漏ら", U"とこぼ", U"と打ち明"}) {
          speech = speech || (close != std::u32string_view::npos && starts_with(s, close + 1, said));
        }
        // (Unless the quote is the claim itself, said of the fact before it: 真円度0.05マイクロ
        // メートルの加工は、展示会で同業から「他に例がない」と言われた. The fact and the saying go together.)
        const bool quote_is_the_claim = sentence_begin + open + 1 == i && close != std::u32string_view::npos &&
                                        close <= i + length + 2 && sentence_begin + open > sentence_begin;
        if (speech && quote_is_the_claim) {
          scope = sentence_begin;
          claim_end = std::max(claim_end, clause_end(s, close + 1));
        } else if (speech && close <= sentence_end + 1) {
          scope = std::max(scope, sentence_begin + open + 1);
          claim_end = std::min(claim_end, close);
        }
      }
    }
    // (A quote's second sentence ends at its close too: …受け継いどる。日本でここにしかない色ですけん」と言う.)
    // (Only a quote opened in an earlier sentence: the one opened in this sentence is judged above.)
    if (const size_t close = s.find(U'」', i + length); close != std::u32string_view::npos && close < claim_end &&
                                                          s.substr(sentence_begin, close - sentence_begin).find(U'「') ==
                                                              std::u32string_view::npos) {
      claim_end = close;
    }
    // (A clause that ends in its object goes on to its verb: 国の登録有形文化財になっている洋館を、
    // そのまま撮影スタジオとして使っている.)
    if (claim_end >= 1 && s[claim_end - 1] == U'を' && at(s, claim_end) == U'、') claim_end = clause_end(s, claim_end + 1);
    claim_end = with_its_figure_after(s, with_those_ranked_after(s, claim_end));
    claim_end = with_what_it_was_first_in(s, claim_end);
    // A claim whose sentence points back to the one before (吊り編み機を百二十台動かしている。
    // この台数は国内の工場で最も多い; 一日で12トン揚げた。あれはいまも港の記録) is one fact with it.
    if (scope == sentence_begin && sentence_begin >= 2 && s[sentence_begin - 1] == U'。') {
      bool points_back = false;
      for (std::u32string_view w : {U"この数", U"この台数", U"この記録", U"この量", U"この規模", U"この比率", U"この割合", U"これは",
                                    U"それは", U"あれは", U"その数", U"この件数", U"この人数"}) {
        points_back = points_back || starts_with(s, sentence_begin, w);
      }
      if (points_back) {
        size_t previous = sentence_begin - 1;
        while (previous > 0 && sentence_begin - previous < 60 && s[previous - 1] != U'。' && !is_line_break(s[previous - 1]) &&
               s[previous - 1] != U'「') {
          --previous;
        }
        if (previous == 0 || s[previous - 1] == U'。' || is_line_break(s[previous - 1]) || s[previous - 1] == U'「') scope = previous;
      }
    }
    resume = add_finding(out, scope, claim_end, FindingKind::kQuasiIdentifier, Severity::kWarning,
                         tag == kClaimAward || tag == kClaimDatedAward ? kDetailAward : kDetailUniqueness)
                 .end;
  }
}

// ---------------------------------------------------------------- quasi-identifier signals

namespace {

// A year: 1923年, 昭和25年, 令和元年. Returns the end, or `i` if there is none at i.
size_t year_end(std::u32string_view s, size_t i) {
  const size_t digits = digit_run_end(s, i);
  if (digits - i == 4 && (s[i] == U'1' || s[i] == U'2') && at(s, digits) == U'年') return digits + 1;
  // A year in kanji digits, one by one (一九七一年, 二〇一二年), as typeset text writes it.
  if ((s[i] == U'一' || s[i] == U'二') && at(s, i + 4) == U'年' && !is_kanji_numeral(before(s, i))) {
    // (Old shops date themselves back to the 1500s: 一八〇六年.)
    const bool century = (s[i] == U'一' && std::u32string_view(U"五六七八九").find(at(s, i + 1)) != std::u32string_view::npos) ||
                         (s[i] == U'二' && at(s, i + 1) == U'〇');
    if (century && kanji_digit_run_end(s, i + 2) == i + 4) return i + 5;
  }
  // Modern eras, and the Edo eras old shops and inns date themselves by (天保三年, 文久元年);
  // a number and 年 must follow, so 文化 or 安政 alone are never a year.
  static constexpr std::u32string_view kEras[] = {
      U"明治", U"大正", U"昭和", U"平成", U"令和", U"慶長", U"元和", U"寛永", U"正保", U"慶安", U"承応", U"明暦",
      U"万治", U"寛文", U"延宝", U"天和", U"貞享", U"元禄", U"宝永", U"正徳", U"享保", U"元文", U"寛保", U"延享",
      U"寛延", U"宝暦", U"明和", U"安永", U"天明", U"寛政", U"享和", U"文化", U"文政", U"天保", U"弘化", U"嘉永",
      U"安政", U"万延", U"文久", U"元治", U"慶応"};
  for (std::u32string_view era : kEras) {
    if (!starts_with(s, i, era)) continue;
    size_t p = i + era.size();
    // An Edo era as a whole (享保年間) dates a shop within a few years, as a year does; a
    // modern one (昭和年間) spans decades.
    if (starts_with(s, p, U"年間") && era != U"明治" && era != U"大正" && era != U"昭和" && era != U"平成" && era != U"令和") {
      return p + 2;
    }
    if (at(s, p) == U'元') {
      ++p;
    } else if (is_ascii_digit(at(s, p))) {
      const size_t number = digit_run_end(s, p);
      if (number - p > 2) return i;
      p = number;
    } else {
      // 明治五年, 明治二十三年, 昭和四十五年.
      size_t number = p;
      while (number < s.size() && number - p < 4 && is_kanji_numeral(s[number])) ++number;
      if (number == p) return i;
      p = number;
    }
    return at(s, p) == U'年' ? p + 1 : i;
  }
  return i;
}

// Parses a number with thousands separators at i; returns its end and its significant
// digits (trailing zeros dropped) appended to `digits`.
size_t read_amount(std::u32string_view s, size_t i, std::u32string* digits) {
  size_t p = i;
  while (p < s.size() && (is_ascii_digit(s[p]) || (s[p] == U',' && is_ascii_digit(at(s, p + 1))) ||
                          (s[p] == U'.' && is_ascii_digit(at(s, p + 1))))) {
    if (is_ascii_digit(s[p])) digits->push_back(s[p]);
    ++p;
  }
  return p;
}

// Significant digits of an amount such as "1億2,500万円" (digits of every part joined,
// trailing zeros dropped): 3 or more reads as an exact figure, not a rounded one.
size_t significant_digits_of_amount(std::u32string_view s, size_t i, size_t* end) {
  std::u32string digits;
  size_t p = i;
  while (true) {
    const size_t q = read_amount(s, p, &digits);
    if (q == p) break;
    p = q;
    if (at(s, p) == U'億' || at(s, p) == U'万' || at(s, p) == U'千') ++p;
  }
  *end = p;
  if (at(s, p) != U'円') return 0;
  *end = p + 1;
  while (!digits.empty() && digits.back() == U'0') digits.pop_back();
  size_t first = 0;
  while (first < digits.size() && digits[first] == U'0') ++first;
  return digits.size() - first;
}

bool is_approximate_before(std::u32string_view s, size_t number_begin) {
  for (std::u32string_view word :
       {std::u32string_view(U"約"), std::u32string_view(U"およそ"), std::u32string_view(U"概ね"),
        std::u32string_view(U"ほぼ"), std::u32string_view(U"数")}) {
    if (number_begin >= word.size() && s.compare(number_begin - word.size(), word.size(), word) == 0) {
      // (数 ends a count's name too, 台数2,314台 or 人数は: only 数 alone says "several".)
      if (word == U"数" && number_begin >= 2 && is_kanji(s[number_begin - 2])) return false;
      return true;
    }
  }
  return false;
}

bool is_approximate_after(std::u32string_view s, size_t unit_end) {
  for (std::u32string_view word :
       {std::u32string_view(U"程度"), std::u32string_view(U"規模"), std::u32string_view(U"前後"),
        std::u32string_view(U"弱"), std::u32string_view(U"強"), std::u32string_view(U"超"), std::u32string_view(U"余"),
        std::u32string_view(U"ほど"), std::u32string_view(U"以上"), std::u32string_view(U"以下"),
        std::u32string_view(U"未満"), std::u32string_view(U"くらい"), std::u32string_view(U"ぐらい"),
        std::u32string_view(U"台"), std::u32string_view(U"あまり")}) {
    if (starts_with(s, unit_end, word)) return true;
  }
  return false;
}

// Skips the few words between a keyword and its figure: "従業員数は約", "設立は".
size_t skip_to_number(std::u32string_view s, size_t p, size_t limit) {
  const size_t stop = std::min(s.size(), p + limit);
  while (p < stop && !is_ascii_digit(s[p]) && !is_line_break(s[p]) && s[p] != U'。') {
    if (year_end(s, p) != p) break;
    ++p;
  }
  return p;
}

// The value of a number in kanji numerals (十一, 二百, 三百二十) or ASCII digits at i, and
// its end; 0 and i if there is none.
long number_at(std::u32string_view s, size_t i, size_t* end) {
  *end = i;
  if (is_ascii_digit(at(s, i))) {
    const size_t e = digit_run_end(s, i);
    if (e - i > 6) return 0;
    *end = e;
    return std::stol(to_utf8(s.substr(i, e - i)));
  }
  static constexpr std::u32string_view kDigits = U"〇一二三四五六七八九";
  long total = 0;
  long current = 0;
  size_t p = i;
  // Eight numerals are more than any count here; a longer run is no number (and would overflow).
  for (; p < s.size(); ++p) {
    if (p - i >= 8) {
      *end = i;
      return 0;
    }
    const size_t digit = kDigits.find(s[p]);
    if (digit != std::u32string_view::npos) {
      current = current * 10 + static_cast<long>(digit);
      continue;
    }
    const long unit = s[p] == U'十' ? 10 : s[p] == U'百' ? 100 : s[p] == U'千' ? 1000 : 0;
    if (unit == 0) break;
    total += (current == 0 ? 1 : current) * unit;
    current = 0;
  }
  *end = p;
  return total + current;
}

// The end of "N代続く", "N年、M代続く", "N年続く" starting at i, if the figures are exact
// enough to narrow the firms down (see the caller); i otherwise.
size_t long_tenure_end(std::u32string_view s, size_t i) {
  if (!(is_ascii_digit(s[i]) || is_kanji_numeral(s[i]))) return i;  // most characters: no number
  if (i > 0 && (is_ascii_digit(s[i - 1]) || is_kanji_numeral(s[i - 1]))) return i;
  size_t end = i;
  const long value = number_at(s, i, &end);
  if (end == i || value <= 0) return i;
  if (starts_with(s, end, U"代続") || starts_with(s, end, U"代にわたり") || starts_with(s, end, U"代にわたって")) {
    return value >= 5 ? end + 3 : i;
  }
  // 十四代目, 七代目の女将: the same line of generations, counted from its head.
  if (starts_with(s, end, U"代目")) return value >= 5 ? end + 2 : i;
  if (!starts_with(s, end, U"年")) return i;
  const size_t year_end_at = end + 1;
  // N年、M代続く: the pair is reported whole when either figure is exact.
  if (at(s, year_end_at) == U'、') {
    size_t generations_end = year_end_at + 1;
    const long generations = number_at(s, year_end_at + 1, &generations_end);
    if (generations_end > year_end_at + 1 && starts_with(s, generations_end, U"代続")) {
      return value >= 150 || generations >= 5 ? generations_end + 3 : i;
    }
  }
  if (starts_with(s, year_end_at, U"続") || starts_with(s, year_end_at, U"にわたり") ||
      starts_with(s, year_end_at, U"の歴史")) {
    return value >= 150 && value % 50 != 0 ? year_end_at + 2 : i;
  }
  return i;
}

// A small headcount that completes a founding year in the same sentence ("1958年創業、従業員は
// 今も7名"): alone it says little, with the year it narrows further, so the finding covers both.
size_t with_headcount_after(std::u32string_view s, size_t end) {
  if (at(s, end) != U'、' && at(s, end) != U'で') return end;
  const Lexicon& words = lexicon();
  for (size_t p = end + 1; p < s.size() && p < end + 4; ++p) {
    const size_t length = words.headcount_words.match_at(s, p);
    if (length == 0) continue;
    for (size_t q = p + length; q < s.size() && q < p + length + 6; ++q) {
      if (s[q] == U'。' || s[q] == U'、') return end;
      size_t number_end = q;
      const long count = number_at(s, q, &number_end);
      if (count > 0 && (at(s, number_end) == U'名' || at(s, number_end) == U'人')) {
        // An exact headcount is a signal of its own (従業員37名), reported beside the year.
        return count > 10 && count % 5 != 0 ? end : number_end + 1;
      }
    }
    return end;
  }
  return end;
}

// True if the founding age ending at `end` is said as the firm's age (創業73年の酒蔵, 創業
// 以来四十五年、…), which dates the founding as a year does and is worth a warning alone,
// rather than as the length of something else (創業以来14年にわたり…を主力としてきた).
bool states_an_age(std::u32string_view s, size_t end) {
  for (std::u32string_view after : {U"の", U"、", U"を迎", U"目", U"になる", U"。", U"という"}) {
    if (starts_with(s, end, after)) return true;
  }
  return false;
}

// True if a firm's age in years is exact enough to give its founding year: not a round
// figure many firms share (50年, 100年, 150年), but 73年, 120年 or 230年.
bool is_exact_age(long years) { return years % 10 != 0 || (years > 100 && years % 50 != 0); }

// True if the age at `founding` is said of the present year (今年で創業百周年, 来年で創業
// 230年を迎える): with the case's date, it gives the year.
bool said_of_this_year(std::u32string_view s, size_t founding) {
  const size_t from = founding >= 8 ? founding - 8 : 0;
  const std::u32string_view before = s.substr(from, founding - from);
  for (std::u32string_view when : {U"今年で", U"来年で", U"今年、", U"来年、", U"本年で", U"今年度で", U"今年は", U"来年は"}) {
    if (before.find(when) != std::u32string_view::npos) return true;
  }
  return false;
}

// A year written again in brackets after an era year ends the pair: 寛政元年（1789年）.
size_t with_year_in_brackets(std::u32string_view s, size_t end) {
  if (end == 0 || !(at(s, end) == U'（' || at(s, end) == U'(')) return end;
  const size_t year = year_end(s, end + 1);
  if (year == end + 1 || !(at(s, year) == U'）' || at(s, year) == U')')) return end;
  return year + 1;
}

// The month and day after a year (1931年（昭和6年）5月12日): an exact date is one fact with
// its year, and dates the founding to the day.
size_t with_month_and_day(std::u32string_view s, size_t end) {
  size_t p = with_year_in_brackets(s, end);
  // (文久元年の九月一日: の may join them.)
  if (at(s, p) == U'の' && (is_ascii_digit(at(s, p + 1)) || is_kanji_numeral(at(s, p + 1)))) {
    size_t month_end = p + 1;
    const long month = number_at(s, p + 1, &month_end);
    if (month >= 1 && month <= 12 && at(s, month_end) == U'月') ++p;
  }
  size_t month_end = p;
  const long month = number_at(s, p, &month_end);
  if (month < 1 || month > 12 || at(s, month_end) != U'月') return p;
  size_t day_end = month_end + 1;
  const long day = number_at(s, month_end + 1, &day_end);
  if (day >= 1 && day <= 31 && at(s, day_end) == U'日') return day_end + 1;
  return month_end + 1;
}

// The generations that go with a founding age in the next clause ("創業以来四十五年、同じ
// 場所で三代"): the pair is one fact, and the finding covers both.
size_t with_generations_after(std::u32string_view s, size_t end) {
  if (at(s, end) != U'、') return end;
  for (size_t p = end + 1; p < s.size() && p < end + 12; ++p) {
    if (s[p] == U'。' || s[p] == U'、' || is_line_break(s[p])) return end;
    size_t number_end = p;
    if (is_ascii_digit(before(s, p)) || is_kanji_numeral(before(s, p))) continue;
    if (number_at(s, p, &number_end) > 0 && at(s, number_end) == U'代') return number_end + 1;
  }
  return end;
}

// "従業員47名のうち障害のある社員が19名": the breakdown after a headcount belongs to it.
size_t with_breakdown_after(std::u32string_view s, size_t end) {
  if (!starts_with(s, end, U"のうち")) return end;
  for (size_t p = end + 3; p < s.size() && p < end + 16; ++p) {
    if (s[p] == U'。' || s[p] == U'、' || is_line_break(s[p])) return end;
    if (is_ascii_digit(s[p]) && !is_ascii_digit(before(s, p))) {
      const size_t digits = digit_run_end(s, p);
      return at(s, digits) == U'名' || at(s, digits) == U'人' ? digits + 1 : end;
    }
  }
  return end;
}

// Start of the clause before i, at most 12 characters back (客室11室, 保有台数38台).
size_t clause_start_before(std::u32string_view s, size_t i) {
  size_t begin = i;
  while (begin > 0 && i - begin < 12 && std::u32string_view(U"、。はがを\n「」（(").find(s[begin - 1]) == std::u32string_view::npos) {
    --begin;
  }
  return begin;
}

// End of an exact count of what the firm has starting at the digits at i (客室11室,
// 38台保有, 定員29名, 1,286ヘクタール, 213種類をそろえる), or i. Counts of rooms, seats,
// beds, buildings, boats and land say so by their unit; 台 and 名 and 種類 only with a
// word that says what is counted (保有, 車両, 定員, 銘柄). Round and small counts (10室,
// 5台) are shared by many firms.
size_t facility_count_end(std::u32string_view s, size_t i) {
  if (is_approximate_before(s, i)) return i;
  std::u32string digits;
  const size_t number = read_amount(s, i, &digits);
  if (number == i || s.substr(i, number - i).find(U'.') != std::u32string_view::npos || digits.size() > 7) return i;
  const long count = std::stol(to_utf8(digits));
  if (count <= 10 || count % 5 == 0) return i;
  const size_t clause = clause_start_before(s, i);
  const std::u32string_view before_number = s.substr(clause, i - clause);
  const auto clause_has = [&](std::initializer_list<std::u32string_view> words) {
    for (std::u32string_view w : words) {
      if (before_number.find(w) != std::u32string_view::npos) return true;
    }
    return false;
  };
  size_t unit = 0;
  for (std::u32string_view u : {U"ヘクタール", U"区画", U"町歩", U"室", U"席", U"床", U"棟", U"隻", U"艘", U"頭", U"ha"}) {
    if (unit == 0 && starts_with(s, number, u)) unit = u.size();
  }
  if (unit == 0 && starts_with(s, number, U"台") &&
      (clause_has({U"保有", U"台数", U"車両", U"バス", U"トラック", U"タクシー", U"機", U"船"}) ||
       starts_with(s, number + 1, U"保有") || starts_with(s, number + 1, U"を保有") || starts_with(s, number + 1, U"稼働") ||
       starts_with(s, number + 1, U"を稼働"))) {
    unit = 1;
  }
  if (unit == 0 && (starts_with(s, number, U"名") || starts_with(s, number, U"人")) && clause_has({U"定員", U"病床"})) unit = 1;
  if (unit == 0 && starts_with(s, number, U"種類") && clause_has({U"銘柄", U"品目", U"品種"})) unit = 2;
  if (unit == 0 || is_approximate_after(s, number + unit)) return i;
  return number + unit;
}

// End of what stands at its place since a year (昭和28年から続く洋食店, 1978年から同じ場所で
// 営業を続ける), from the から at `i` that `length` founding-word characters start; 0 if
// it is none. Only a firm stands there, not a trend (2020年から続く値上げ), and only since a
// year (1950年代から続く is a decade).
size_t since_a_year_end(std::u32string_view s, size_t i, size_t length) {
  if (before(s, i) != U'年' && before(s, i) != U'）') return 0;
  // The same place, named in the writer's words (1908年から同じ浜辺の干し場で, 大正十三年から
  // 新町川沿いの同じ蔵造りの建物で): a place noun before で. (2020年から同じ方法で is a way.)
  if (length == 4 && starts_with(s, i, U"から同じ")) {
    for (size_t q = i + length; q < s.size() && q < i + length + 16 && s[q] != U'。' && s[q] != U'、'; ++q) {
      if (s[q] != U'で' || !is_kanji(before(s, q))) continue;
      for (std::u32string_view place : {U"場", U"所", U"地", U"物", U"舗", U"蔵", U"家", U"屋", U"浜", U"辺", U"岸", U"通り",
                                        U"角", U"敷", U"庫", U"棟"}) {
        if (ends_with(s.substr(0, q), place)) return q + 1;
      }
      return 0;
    }
    return 0;
  }
  const bool stands = starts_with(s, i, U"から続く");
  static constexpr std::u32string_view kFirms[] = {U"店", U"蔵", U"宿", U"工房", U"老舗", U"家業", U"食堂", U"旅館", U"窯",
                                                   U"農園", U"会社", U"工場", U"商い", U"醸造", U"酒場", U"喫茶", U"屋"};
  static constexpr std::u32string_view kKeeps[] = {U"続ける", U"続けて", U"続けた", U"続く", U"営む", U"営んで", U"商う",
                                                   U"商って", U"構える", U"構えて"};
  const std::u32string_view* words = stands ? std::begin(kFirms) : std::begin(kKeeps);
  const std::u32string_view* words_end = stands ? std::end(kFirms) : std::end(kKeeps);
  for (size_t q = i + length; q < s.size() && q < i + length + 12 && s[q] != U'。' && s[q] != U'、'; ++q) {
    for (const std::u32string_view* word = words; word != words_end; ++word) {
      if (starts_with(s, q, *word)) return q + word->size();
    }
  }
  return 0;
}

// True if the clause from `from` says a firm was begun (勝山で始めた店, 店を開いた, 工房を興した):
// a verb of beginning, then what was begun or the clause's end.
bool founded_in_clause(std::u32string_view s, size_t from) {
  for (size_t p = from; p < s.size() && p < from + 16 && s[p] != U'。' && s[p] != U'、' && !is_line_break(s[p]); ++p) {
    for (std::u32string_view verb : {U"始めた", U"開いた", U"興した", U"起こした", U"開業した", U"創業した"}) {
      if (!starts_with(s, p, verb)) continue;
      const size_t after = p + verb.size();
      for (std::u32string_view firm : {U"店", U"会社", U"工房", U"蔵", U"窯", U"宿", U"工場", U"商店", U"のが", U"。", U"」"}) {
        if (starts_with(s, after, firm)) return true;
      }
      return after >= s.size() || is_line_break(s[after]);
    }
  }
  return false;
}

}  // namespace

void find_quasi_signals(std::u32string_view s, std::vector<QuasiSignal>& out) {
  const Lexicon& words = lexicon();
  const auto emit = [&](size_t begin, size_t end, SignalKind kind) {
    // The same year said again the other way goes with it (創業は文化三年、一八〇六年の秋).
    if (kind == SignalKind::kFoundingYear && at(s, end) == U'、') {
      // (And where or how it began, said in the next clause: 創業は1913年、吉野川沿いの鮨屋から
      // 始まりました; 創業1952年、旧海軍工廠を退職した職工3人で始めた.)
      for (size_t p = end + 1; p < s.size() && p < end + 28 && s[p] != U'、' && s[p] != U'。' && !is_line_break(s[p]); ++p) {
        if ((s[p] == U'か' && starts_with(s, p, U"から始ま")) || (s[p] == U'で' && (starts_with(s, p, U"で始め") || starts_with(s, p, U"で始ま")))) {
          end = p + (s[p] == U'か' ? 4 : 3);
          break;
        }
      }
    }
    if (kind == SignalKind::kFoundingYear && at(s, end) == U'、') {
      if (const size_t again = year_end(s, end + 1); again != end + 1) {
        end = again;
        for (std::u32string_view season : {U"の春", U"の夏", U"の秋", U"の冬", U"春", U"夏", U"秋", U"冬"}) {
          if (starts_with(s, end, season)) {
            end += season.size();
            break;
          }
        }
      }
    }
    out.push_back(QuasiSignal{begin, end, kind});
  };
  for (size_t i = 0; i < s.size(); ++i) {
    // Founding: a year near 創業/設立 ("1923年創業", "創業は昭和25年"), or an exact age
    // ("創業73年"; a round 100 years is shared by too many firms to count).
    size_t founding_length = words.founding_words.match_at(s, i);
    // The place and the firm go with a year it stands since (元町の商店街で昭和28年から続く
    // 洋食店); a から that is no such thing is left to the rules below.
    // (Only the words of standing since start so: から出発し is a start, told as 創業 is.)
    const bool since_word = founding_length > 0 && s[i] == U'か' && !starts_with(s, i, U"から出発");
    // (From a trade, not from a date: 2020年から出発した取り組み is a plan's start.)
    if (founding_length > 0 && starts_with(s, i, U"から出発") &&
        std::u32string_view(U"年月日度").find(before(s, i)) != std::u32string_view::npos) {
      founding_length = 0;
    }
    const size_t since_end = since_word ? since_a_year_end(s, i, founding_length) : 0;
    if (since_word && since_end == 0) founding_length = 0;
    if (size_t length = founding_length; length > 0) {
      static constexpr std::u32string_view kNotFounding[] = {U"者",   U"家",       U"社長",     U"精神", U"理念",
                                                             U"支援", U"塾",       U"スクール", U"融資", U"補助",
                                                             U"計画", U"セミナー", U"希望",     U"予定"};
      bool founding = true;
      for (std::u32string_view word : kNotFounding) {
        if (starts_with(s, i + length, word)) founding = false;
      }
      if (!founding) continue;
      // A year before, in the same sentence: "1923年創業", "1923年に創業", "昭和47年に先代が
      // 創業", "1958年に天神橋筋商店街で開業", "寛政元年（1789年）、初代・高柳甚五郎が松代の
      // 宿場で創業". A 、 is crossed only right after the year (its clause is the year).
      size_t found_begin = s.size();
      for (size_t back = 1; back <= 32 && back <= i; ++back) {
        const size_t candidate = i - back;
        const char32_t c = s[candidate];
        if (c == U'。' || is_line_break(c)) break;
        // (Or right after its month or day: 1952年4月1日、初代が創業; 昭和三十八年十月、…で創業.)
        // (Or after its day and に: 昭和二十二年の憲法記念日に、…屋台から始まった.)
        if (c == U'、' && !(candidate > 0 && (s[candidate - 1] == U'年' || s[candidate - 1] == U'）' ||
                                               s[candidate - 1] == U')' || s[candidate - 1] == U'日' ||
                                               s[candidate - 1] == U'月' ||
                                               (candidate > 1 && s[candidate - 1] == U'に' &&
                                                (s[candidate - 2] == U'年' || s[candidate - 2] == U'日'))))) {
          break;
        }
        const size_t end = with_year_in_brackets(s, year_end(s, candidate));
        if (end != candidate && end <= i && i - end <= 24 && !is_ascii_digit(before(s, candidate)) &&
            year_end(s, candidate) != candidate) {
          found_begin = candidate;
        }
      }
      // (A site opened counts only on a day: 2009年10月1日に搾油所を開設; so does what the
      // founder did: 1946年3月1日、創業者が焼け跡の鶴橋で活版印刷を始めた.)
      if (starts_with(s, i + 1, U"開設") || starts_with(s, i + 1, U"開所") || starts_with(s, i + 1, U"オープン") ||
          starts_with(s, i, U"創業者が")) {
        const size_t year = found_begin == s.size() ? found_begin : with_year_in_brackets(s, year_end(s, found_begin));
        if (found_begin == s.size() || with_month_and_day(s, year) == with_year_in_brackets(s, year)) continue;
        const size_t day = with_month_and_day(s, year);
        if (day == year || !(at(s, day - 1) == U'日')) continue;
      }
      if (found_begin != s.size() && since_end > 0) {
        while (found_begin > 0 && std::u32string_view(U"、。はがを\n").find(s[found_begin - 1]) == std::u32string_view::npos) {
          --found_begin;
        }
        emit(found_begin, since_end, SignalKind::kFoundingYear);
        out.back().calendar_year = true;
        continue;
      }
      if (since_end > 0) continue;
      if (found_begin != s.size()) {
        // (The age reached goes with it: 2021年に創業100周年を迎えた.)
        size_t founding_end = i + length;
        // (What the founder did that day is the fact: 創業者が焼け跡の鶴橋で活版印刷を始めた.)
        if (starts_with(s, i, U"創業者が")) founding_end = clause_end(s, founding_end);
        if (size_t age_end = founding_end; number_at(s, founding_end, &age_end) > 0 && starts_with(s, age_end, U"周年")) {
          founding_end = starts_with(s, age_end + 2, U"を迎え") ? age_end + 5 : age_end + 2;
        }
        emit(found_begin, with_generations_after(s, with_headcount_after(s, founding_end)), SignalKind::kFoundingYear);
        out.back().calendar_year = true;
        continue;
      }
      // (A counted age may come after a few more words: 創業から数えて今年で312年目.)
      const size_t p = skip_to_number(s, i + length, starts_with(s, i + length, U"から数えて") ? 10 : 6);
      if (const size_t end = year_end(s, p); end != p) {
        emit(i, with_generations_after(s, with_headcount_after(s, with_month_and_day(s, end))), SignalKind::kFoundingYear);
        out.back().calendar_year = true;
        continue;
      }
      // An age in kanji numerals: 創業以来四十五年, 創業四十七年, 創業二百三十年.
      // (Said of this year, 今年で創業百周年, even a round age gives the year.)
      const bool this_year = said_of_this_year(s, i);
      size_t kanji_age = i + length;
      if (starts_with(s, kanji_age, U"以来")) kanji_age += 2;
      if (size_t kanji_end = kanji_age; is_kanji_numeral(at(s, kanji_age))) {
        const long years = number_at(s, kanji_age, &kanji_end);
        const size_t unit = starts_with(s, kanji_end, U"周年") ? 2 : starts_with(s, kanji_end, U"年") ? 1 : 0;
        if (years > 0 && years < 1000 && (is_exact_age(years) || this_year) && unit > 0 &&
            !is_approximate_after(s, kanji_end + unit)) {
          emit(i, with_generations_after(s, kanji_end + unit), SignalKind::kFoundingYear);
          out.back().calendar_year = this_year || states_an_age(s, kanji_end + unit);
          continue;
        }
      }
      const size_t number = digit_run_end(s, p);
      if (number > p && number - p <= 3 && !is_approximate_before(s, p) &&
          (starts_with(s, number, U"年") || starts_with(s, number, U"周年"))) {
        const int years = std::stoi(to_utf8(s.substr(p, number - p)));
        const size_t unit_end = number + (starts_with(s, number, U"周年") ? 2 : 1);
        if ((is_exact_age(years) || this_year) && !is_approximate_after(s, unit_end)) {
          emit(i, with_generations_after(s, unit_end), SignalKind::kFoundingYear);
          // A few years (開業から1年で) is a span of time, not an age.
          out.back().calendar_year = this_year || (years > 10 && states_an_age(s, unit_end));
        }
      }
      continue;
    }
    // The first of the line, dated: 明治12年に初代庄右衛門が…酒造りを始めた, 1956年に初代が
    // 駅前の荒物屋の奥で始めた. It tells the founding as 創業 does; the story to the end of its
    // clause goes with it, and so does a 創業は right before the year.
    // (So does a founder of the family, when the clause says what was begun: 大正12年に祖父が
    // 勝山で始めた店; 1990年に父が始めた取り組み begins no firm.)
    // (Found from the が after the kin, whose last character is one of three: most characters
    // are passed at this test.)
    size_t founder = 0;
    size_t first = i;
    if (s[i] == U'初' && starts_with(s, i, U"初代")) {
      founder = 2;
    } else if (s[i] == U'が' && i >= 2 && (s[i - 1] == U'父' || s[i - 1] == U'母' || s[i - 1] == U'代')) {
      for (std::u32string_view kin : {U"曾祖父", U"曽祖父", U"曾祖母", U"曽祖母", U"祖父", U"祖母", U"先代", U"父", U"母"}) {
        if (ends_with(s.substr(0, i), kin)) {
          if (founded_in_clause(s, i + 1)) {
            founder = kin.size();
            first = i - kin.size();
          }
          break;
        }
      }
    }
    if (founder > 0) {
      for (size_t back = 3; back <= 12 && back <= first; ++back) {
        size_t start = first - back;
        if (is_ascii_digit(before(s, start))) continue;
        const size_t year = with_year_in_brackets(s, year_end(s, start));
        if (year == start || !(year == first || (year + 1 == first && (s[year] == U'に' || s[year] == U'、')))) continue;
        size_t end = first + founder;
        while (end < s.size() && end - first < 40 && s[end] != U'。' && s[end] != U'、' && !is_line_break(s[end])) ++end;
        for (std::u32string_view said : {U"創業は", U"創業", U"創業は、"}) {
          if (start >= said.size() && s.compare(start - said.size(), said.size(), said) == 0) {
            start -= said.size();
            break;
          }
        }
        emit(start, end, SignalKind::kFoundingYear);
        out.back().calendar_year = true;
        break;
      }
      continue;
    }
    // A year the firm's line runs from: 天保元年（1830年）から続く窯元, 1923年から営む. Found
    // from the words after the year, which are rare, and the year read back from there.
    if (s[i] == U'か' || s[i] == U'以') {
      size_t since = 0;
      for (std::u32string_view w : {U"から続く", U"から続い", U"から営", U"から続け", U"以来続く"}) {
        if (since == 0 && starts_with(s, i, w)) since = w.size();
      }
      // A few words may stand between (寛政二年からこの場所で暖簾を守ってきた, 明治四十年から
      // この斜面でぶどうを作り): the line's verb within the clause.
      if (since == 0 && starts_with(s, i, U"から")) {
        for (size_t p = i + 2; p < s.size() && p < i + 16 && since == 0 && s[p] != U'、' && s[p] != U'。' && !is_line_break(s[p]);
             ++p) {
          // (Or a trade kept to alone: 1952年から屋根一筋.)
          for (std::u32string_view verb : {U"を守っ", U"を守り", U"を守る", U"続け", U"営ん", U"営み", U"商っ", U"を構え", U"を作り", U"一筋"}) {
            if (since == 0 && starts_with(s, p, verb)) since = p + verb.size() - i;
          }
        }
      }
      for (size_t back = 3; since > 0 && back <= 16 && back <= i; ++back) {
        const size_t start = i - back;
        if (is_ascii_digit(before(s, start))) continue;
        const size_t year = year_end(s, start);
        if (year == start || with_year_in_brackets(s, year) != i) continue;
        // Only a line from before the 1950s is a firm's age (令和元年から続く取り組み is none).
        const bool old_year = !starts_with(s, start, U"昭和") && !starts_with(s, start, U"平成") &&
                              !starts_with(s, start, U"令和") &&
                              !(is_ascii_digit(s[start]) && std::stoi(to_utf8(s.substr(start, 4))) >= 1950);
        if (old_year) {
          emit(start, i + since, SignalKind::kFoundingYear);
          out.back().calendar_year = true;
        }
        break;
      }
    }
    // A long line of exact length: 十一代続く, 二百年、十一代続く, 三百二十年続く. Three or
    // four generations and round centuries are shared by many firms; an exact count of
    // generations from five on, or of years from 150 on, narrows to a few.
    if (const size_t end = long_tenure_end(s, i); end != i) {
      // The place it is counted in belongs to the clause (西陣で二百年、…, 越中の配置売薬で
      // 三百二十年続く): back to the clause's start when a scope ends in で or に.
      size_t begin = i;
      // Whose line it is belongs to it too (当主は数えて十四代目).
      const bool counted_head = end >= 2 && s.compare(end - 2, 2, U"代目") == 0;
      if (counted_head) {
        while (begin > 0 && i - begin < 12 && std::u32string_view(U"、。\n").find(s[begin - 1]) == std::u32string_view::npos) {
          --begin;
        }
        // The founding said in the clause before belongs to it (享保年間の創業で、現店主は十一代目).
        // So does a clause that says since when (明治四十年からこの斜面でぶどうを作り、今の
        // 園主で五代目; 室町通で江戸中期から続き、いまの当主が十一代目).
        if (begin >= 2 && s[begin - 1] == U'、') {
          size_t clause = begin - 1;
          while (clause > 0 && begin - 1 - clause < 24 &&
                 std::u32string_view(U"、。\n").find(s[clause - 1]) == std::u32string_view::npos) {
            --clause;
          }
          const std::u32string_view before = s.substr(clause, begin - 1 - clause);
          if (words.founding_words.match_ending_at(before, before.size()) > 0 || before.find(U"創業") != std::u32string_view::npos ||
              before.find(U"から") != std::u32string_view::npos) {
            begin = clause;
          }
        }
      } else if (i > 0 && (s[i - 1] == U'で' || s[i - 1] == U'に')) {
        begin = i - 1;
        while (begin > 0 && i - begin < 12 && std::u32string_view(U"、。はが\n").find(s[begin - 1]) == std::u32string_view::npos) {
          --begin;
        }
      }
      emit(begin, end, SignalKind::kFoundingYear);
      out.back().calendar_year = true;  // as exact as a year: worth a warning alone
      out.back().generations = s.substr(i, end - i).find(U'代') != std::u32string_view::npos;
      i = end - 1;
      continue;
    }
    // Headcount: "従業員23名". A round or small figure (20名, 8名) is shared by many firms.
    if (size_t length = words.headcount_words.match_at(s, i); length > 0) {
      const size_t p = skip_to_number(s, i + length, 5);
      const size_t number = digit_run_end(s, p);
      if (number == p || number - p > 5 || is_approximate_before(s, p)) continue;
      if (!(at(s, number) == U'名' || at(s, number) == U'人')) continue;
      if (is_approximate_after(s, number + 1)) continue;
      const long count = std::stol(to_utf8(s.substr(p, number - p)));
      if (count > 10 && count % 5 != 0) emit(i, with_breakdown_after(s, number + 1), SignalKind::kHeadcount);
      continue;
    }
    // What the firm has, counted exactly: 客室11室, 保有台数38台, 定員29名, 1,286ヘクタール,
    // 213種類. With the other signals it narrows the firm as a headcount does.
    if (is_ascii_digit(s[i]) && !is_ascii_digit(before(s, i)) && before(s, i) != U',' && before(s, i) != U'.') {
      if (const size_t end = facility_count_end(s, i); end != i) {
        emit(clause_start_before(s, i), end, SignalKind::kFacilityCount);
        i = end - 1;
        continue;
      }
    }
    // Capital and turnover given to three or more significant digits: "資本金1,250万円",
    // "年商4億3,200万円". "年商10億円" is a rounded figure and says little.
    if (s[i] != U'資' && s[i] != U'年' && s[i] != U'売') continue;
    for (std::u32string_view keyword : {std::u32string_view(U"資本金"), std::u32string_view(U"年商"),
                                        std::u32string_view(U"売上高"), std::u32string_view(U"売上")}) {
      if (!starts_with(s, i, keyword)) continue;
      const size_t p = skip_to_number(s, i + keyword.size(), 5);
      if (is_approximate_before(s, p)) break;
      size_t end = p;
      const size_t significant = significant_digits_of_amount(s, p, &end);
      if (significant >= 3 && !is_approximate_after(s, end)) {
        emit(i, end, keyword == U"資本金" ? SignalKind::kCapital : SignalKind::kPreciseSales);
      }
      break;
    }
  }
}

// ---------------------------------------------------------------- exact counts

namespace {

// The value of a count at i, in digits with commas (1,108), kanji (千二百) or either with
// 万 (三万二千, 15万); 0 if none. `end` is set past it.
long count_at(std::u32string_view s, size_t i, size_t* end) {
  const auto part = [&](size_t p, size_t* part_end) -> long {
    if (is_ascii_digit(at(s, p))) {
      long value = 0;
      size_t q = p;
      while (q < s.size() && q - p < 9 && (is_ascii_digit(s[q]) || (s[q] == U',' && is_ascii_digit(at(s, q + 1))))) {
        if (s[q] != U',') value = value * 10 + static_cast<long>(s[q] - U'0');
        ++q;
      }
      // (Digits before 千 or 百 count them: 21万4千人, 2万2千トン.)
      if (at(s, q) == U'千' || at(s, q) == U'百') {
        value *= s[q] == U'千' ? 1000 : 100;
        ++q;
      }
      *part_end = q;
      return value;
    }
    return number_at(s, p, part_end);
  };
  size_t p = i;
  long value = part(p, &p);
  if (p == i) {
    *end = i;
    return 0;
  }
  if (at(s, p) == U'万') {
    value = value * 10000;
    ++p;
    size_t rest_end = p;
    const long rest = part(p, &rest_end);
    if (rest_end > p && rest < 10000) {
      value += rest;
      p = rest_end;
    }
  }
  *end = p;
  return value;
}

}  // namespace

// A cumulative or yearly record counted exactly (開店以来の一日最高記録は1,108杯, 年間の来園者は
// 延べ三万二千人, 導入事業所数は昨年末で4,312か所, 創業以来の取扱いは延べ二百万点): the firm
// tells it in its own publicity, so a search finds it. Small counts (延べ300人が参加) and
// rounded ones (約3,000人) are shared by many.
void find_cumulative_records(std::u32string_view s, std::vector<Finding>& out) {
  static constexpr std::u32string_view kMarkers[] = {U"延べ", U"累計", U"以来", U"最高記録", U"一日最高", U"年間の", U"過去最高",
                                                     U"導入", U"利用者数", U"来場者", U"来園者", U"来店者", U"取扱", U"1日",
                                                     U"一日", U"一冬", U"ひと冬", U"1シーズン", U"最大",
                                                     // (替え玉が一晩で1,130玉, 多い日は食パンだけで1,460斤)
                                                     U"一晩", U"多い日", U"開店の日"};
  static constexpr std::u32string_view kUnits[] = {U"人", U"名", U"件", U"点", U"棟", U"戸", U"台", U"個", U"本", U"杯", U"食",
                                                   U"枚", U"足", U"着", U"冊", U"か所", U"ヶ所", U"カ所", U"世帯", U"頭", U"羽",
                                                   U"事業所", U"施設", U"校", U"社", U"店", U"キロ", U"トン", U"斤", U"ケース",
                                                   U"箱", U"袋", U"尾", U"匹", U"皿", U"缶", U"樽", U"石", U"パック",
                                                   U"丁", U"鉢", U"串", U"玉", U"束", U"回"};
  for (size_t i = 0; i < s.size(); ++i) {
    if (!is_ascii_digit(s[i]) && !is_kanji_numeral(s[i])) continue;
    if (i > 0 && (is_ascii_digit(s[i - 1]) || is_kanji_numeral(s[i - 1]) || s[i - 1] == U',' || s[i - 1] == U'.')) continue;
    // (A thousand or more needs four digits, a comma, 千 or 万: most numbers are passed here.)
    {
      size_t run = i;
      bool large = false;
      while (run < s.size() && run - i < 12 && (is_ascii_digit(s[run]) || is_kanji_numeral(s[run]) || s[run] == U',' || s[run] == U'万')) {
        // (Three digits too, for an exact count a month or a year: 月間612件.)
        large = large || s[run] == U',' || s[run] == U'千' || s[run] == U'万' || (run - i >= 2 && is_ascii_digit(s[run]));
        ++run;
      }
      if (!large) {
        i = run - 1;
        continue;
      }
    }
    size_t end = i;
    const long value = count_at(s, i, &end);
    if (end == i) continue;
    size_t unit = 0;
    for (std::u32string_view u : kUnits) {
      if (unit == 0 && starts_with(s, end, u)) unit = u.size();
    }
    // (A range or a rate is no record: 1日あたり2,000-3,000食.)
    const bool range = std::u32string_view(U"-〜～~").find(at(s, end)) != std::u32string_view::npos ||
                       std::u32string_view(U"-〜～~").find(before(s, i)) != std::u32string_view::npos ||
                       (i >= 2 && ends_with(s.substr(0, i), U"あたり"));
    // An exact count of a month or a year below a thousand (店長のカット指名は月間612件) is as
    // telling when it is no round figure; the words must be right before it.
    const size_t near = i >= 12 ? i - 12 : 0;
    const std::u32string_view close_before = s.substr(near, i - near);
    // (So is one said to be a record: 1日で412キロを焼くという開業以来の最高記録.)
    const std::u32string_view close_after = s.substr(end, std::min<size_t>(20, s.size() - end));
    // (Or a day's: 一日で四百十二食を出した.)
    const bool exact_periodic = value >= 100 && value < 1000 && value % 10 != 0 &&
                                (close_before.find(U"月間") != std::u32string_view::npos ||
                                 close_before.find(U"年間") != std::u32string_view::npos ||
                                 close_before.find(U"一日で") != std::u32string_view::npos ||
                                 close_before.find(U"1日で") != std::u32string_view::npos ||
                                 close_after.find(U"最高記録") != std::u32string_view::npos);
    if ((value < 1000 && !exact_periodic) || unit == 0 || range || is_approximate_before(s, i) ||
        is_approximate_after(s, end + unit)) {
      i = end > i ? end - 1 : i;
      continue;
    }
    size_t sentence_begin = i;
    while (sentence_begin > 0 && i - sentence_begin < 40 && s[sentence_begin - 1] != U'。' && !is_line_break(s[sentence_begin - 1])) {
      --sentence_begin;
    }
    const std::u32string_view before = s.substr(sentence_begin, i - sentence_begin);
    bool marked = exact_periodic;
    for (std::u32string_view m : kMarkers) marked = marked || before.find(m) != std::u32string_view::npos;
    // A yearly count is a record only when exact (年間車検台数2,314台; not 年間2,000人).
    marked = marked || (value % 100 != 0 && before.find(U"年間") != std::u32string_view::npos);
    if (!marked) {
      i = end - 1;
      continue;
    }
    size_t begin = i;
    while (begin > sentence_begin && std::u32string_view(U"、「").find(s[begin - 1]) == std::u32string_view::npos) --begin;
    // (A list item's marker is none of it: - 1日最多3,120丁.)
    while (begin < i && (s[begin] == U'-' || s[begin] == U'*' || s[begin] == U'・' || is_space(s[begin]))) ++begin;
    // (The record said after the count goes with it: …412キロを焼くという開業以来の最高記録.)
    size_t finish = end + unit;
    if (const size_t record = close_after.find(U"最高記録"); record != std::u32string_view::npos) finish = end + record + 4;
    add_finding(out, begin, finish, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailExactCount);
    i = finish - 1;
  }
}

// An exact count of what the firm has, stressed as exact or as small (保有車両はちょうど
// 47台, 搾乳牛はちょうど八十三頭, 客室はわずか九室, テントはわずか六張り): a reader who knows
// the trade and the region finds the firm by it. Counts of time, money and shares are
// other facts (わずか3日で, ちょうど1割); people are counted only when stressed as exact
// (在籍生徒はちょうど213名), since "わずか3名で" is how a small firm is described. The
// finding covers the clause that says what is counted.
void find_exact_counts(std::u32string_view s, std::vector<Finding>& out) {
  static constexpr std::u32string_view kExact[] = {U"ちょうど", U"きっかり", U"ぴったり"};
  static constexpr std::u32string_view kSmall = U"わずか";
  // Longest first where one begins another (張り before 張).
  static constexpr std::u32string_view kThings[] = {
      U"か統", U"ヶ統", U"張り", U"区画", U"部屋", U"店舗", U"町歩", U"室", U"台", U"頭", U"羽", U"匹", U"隻", U"張",
      U"棟", U"軒", U"席", U"床", U"玉", U"基", U"面", U"反", U"艘", U"槽", U"窯", U"店", U"本", U"枚", U"個", U"統"};
  static constexpr std::u32string_view kPeople[] = {U"名", U"人"};
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != U'ち' && s[i] != U'き' && s[i] != U'ぴ' && s[i] != U'わ') continue;
    bool exact = false;
    size_t p = i;
    for (std::u32string_view adverb : kExact) {
      if (starts_with(s, i, adverb)) {
        exact = true;
        p = i + adverb.size();
      }
    }
    if (!exact) {
      if (!starts_with(s, i, kSmall)) continue;
      p = i + kSmall.size();
    }
    if (at(s, p) == U'に' || at(s, p) == U'の') ++p;
    size_t number_end_at = p;
    const long count = number_at(s, p, &number_end_at);
    if (number_end_at == p || count <= 0) continue;
    size_t end = 0;
    for (std::u32string_view unit : kThings) {
      if (end == 0 && starts_with(s, number_end_at, unit)) end = number_end_at + unit.size();
    }
    if (end == 0 && exact) {
      for (std::u32string_view unit : kPeople) {
        if (starts_with(s, number_end_at, unit)) end = number_end_at + unit.size();
      }
    }
    if (end == 0) continue;
    // 本 and 枚 and 個 also count goods sold (ちょうど100個売れた): only after a subject.
    size_t begin = i;
    while (begin > 0 && i - begin < 20 && std::u32string_view(U"、。\n").find(s[begin - 1]) == std::u32string_view::npos) {
      --begin;
    }
    const std::u32string_view clause = s.substr(begin, i - begin);
    if (clause.empty() || !(clause.back() == U'は' || clause.back() == U'が' || clause.back() == U'も')) continue;
    add_finding(out, begin, with_those_ranked_after(s, end), FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailExactCount);
    i = end - 1;
  }
}

// ---------------------------------------------------------------- names beside the label

namespace {

// The label of the case's firm: one to three Latin capitals + 社 (A社, QF社).
size_t label_end(std::u32string_view s, size_t i) {
  size_t p = i;
  while (p < s.size() && p - i < 3 && s[p] >= U'A' && s[p] <= U'Z') ++p;
  if (p == i || at(s, p) != U'社' || (i > 0 && is_ascii_letter(s[i - 1]))) return i;
  return p + 1;
}

bool is_name_run_character(char32_t c) {
  return is_kanji(c) || is_katakana(c) || is_hiragana(c) || is_ascii_letter(c) || is_ascii_digit(c) || c == U'・' ||
         c == U'&' || c == U' ' || c == U'々' || c == U'ヶ';
}

bool names_a_firm_by_its_end(std::u32string_view name) {
  const Lexicon& words = lexicon();
  // 精密部品加工業 ends in 工業 but names a business, as case-format.md's business does.
  for (std::u32string_view business : {std::u32string_view(U"加工業"), std::u32string_view(U"製造業"),
                                       std::u32string_view(U"販売業"), std::u32string_view(U"小売業"),
                                       std::u32string_view(U"卸売業"), std::u32string_view(U"サービス業"),
                                       std::u32string_view(U"事業")}) {
    if (ends_with(name, business)) return false;
  }
  return words.company_suffixes.match_ending_at(name, name.size()) > 0 ||
         words.shop_suffixes.match_ending_at(name, name.size()) > 0 || words.company_forms.match_at(name, 0) > 0;
}

// A name of kanji, katakana or Latin letters that no generic head ends (日向林産, 房総クリーン;
// not 支援先, 製造業者, 地元企業): right before the label in brackets, the writer says it is
// the firm's.
bool reads_as_a_coined_name(std::u32string_view name) {
  if (name.size() < 3) return false;
  if (!std::all_of(name.begin(), name.end(), [](char32_t c) {
        return is_kanji(c) || is_katakana(c) || is_ascii_letter(c) || c == U'・';
      })) {
    return false;
  }
  for (std::u32string_view head : {U"業", U"企業", U"会社", U"者", U"先", U"社", U"店", U"工場", U"メーカー", U"法人",
                                   U"農家", U"事業所", U"団体", U"組織", U"様", U"氏", U"事例"}) {
    if (ends_with(name, head)) return false;
  }
  return true;
}

bool is_self_or_generic(std::u32string_view name) {
  const Lexicon& words = lexicon();
  return words.self_words.contains(name) || is_anonymised_name(name) || words.vocabulary.contains(name) || words.generic_terms.contains(name) ||
         words.prefectures.contains(name) || words.areas.contains(name) || words.public_names.contains(name);
}

// True if `name` is one coined katakana or Latin word (オリザ, Kotovia), not a word of a
// kind of firm, shop, goods or person that a note in brackets gives (メーカー, スーパー).
bool is_coined_single_word(std::u32string_view name) {
  static constexpr std::u32string_view kKindsOfFirm[] = {
      U"メーカー", U"チェーン", U"ベンチャー", U"ディーラー", U"ブランド", U"グループ", U"フランチャイズ", U"スーパー",
      U"ファブレス", U"ベンダー", U"サプライヤー", U"コンサル", U"ディベロッパー", U"デベロッパー"};
  const Lexicon& lex = lexicon();
  if (name.size() < 3 || is_self_or_generic(name) || lex.shop_words.contains(name) || lex.shop_prefixes.contains(name) ||
      lex.product_categories.contains(name) || lex.descriptive_katakana.contains(name) || lex.person_titles.contains(name) ||
      lex.platforms.contains(name) ||
      std::find(std::begin(kKindsOfFirm), std::end(kKindsOfFirm), name) != std::end(kKindsOfFirm)) {
    return false;
  }
  return all_of(name, [](char32_t c) { return is_katakana(c) || c == U'ー'; }) ||
         (name[0] >= U'A' && name[0] <= U'Z' && all_of(name, is_ascii_letter));
}

}  // namespace


// The real name written beside the case's label, which the writer meant to replace:
// MS社（マルカネ味噌醸造）, 鬼怒砕石工業所（TG社）, YF社は防長典礼の屋号で, IG社は八代たたみ
// 本舗の名で, and an alias the text introduces (以下「KIW」). In brackets the name must end
// like a firm's (A社（精密部品加工業） describes the business); after は and before の名で or
// の屋号で the frame says it is a name.
void find_names_beside_labels(std::u32string_view s, std::vector<Finding>& out) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != U'以' && !(s[i] >= U'A' && s[i] <= U'Z')) continue;
    // 以下「X」: an alias of a firm; X社 labels and one or two capitals are the writer's own.
    if (s.compare(i, 3, U"以下「") == 0) {
      const size_t open = i + 2;
      const size_t close = s.find(U'」', open);
      if (close != std::u32string_view::npos && close - open >= 3 && close - open <= 25) {
        const std::u32string_view alias = s.substr(open + 1, close - open - 1);
        // Three capitals are an abbreviation of a real name here (KIW), not a label.
        const bool label = alias.back() == U'社' || alias.size() <= 2;
        const bool three_capitals = alias.size() == 3 && std::all_of(alias.begin(), alias.end(), [](char32_t c) {
                                      return c >= U'A' && c <= U'Z';
                                    });
        if (!label && (three_capitals || !is_self_or_generic(alias)) &&
            std::all_of(alias.begin(), alias.end(), is_name_run_character)) {
          add_finding(out, open, close + 1, FindingKind::kCompany, Severity::kError, {}, open + 1, close);
        }
      }
      continue;
    }
    const size_t end = label_end(s, i);
    if (end == i) continue;
    // Label（name）
    if (at(s, end) == U'（' || at(s, end) == U'(') {
      const char32_t closer = s[end] == U'（' ? U'）' : U')';
      const size_t close = s.find(closer, end);
      if (close != std::u32string_view::npos && close - end >= 3 && close - end <= 25) {
        // A word that says which name it is goes before it: （旧社名・博多精機）, （正式名称：…）.
        size_t name_begin = end + 1;
        for (std::u32string_view said : {U"旧社名", U"旧商号", U"正式名称", U"正式社名", U"社名", U"通称", U"略称"}) {
          if (!starts_with(s, name_begin, said)) continue;
          size_t after = name_begin + said.size();
          if (after < close && std::u32string_view(U"・:：、 は").find(s[after]) != std::u32string_view::npos) ++after;
          name_begin = after;
          break;
        }
        const std::u32string_view name = s.substr(name_begin, close - name_begin);
        if (name.size() >= 2 && std::all_of(name.begin(), name.end(), is_name_run_character) && names_a_firm_by_its_end(name) &&
            !is_self_or_generic(name)) {
          add_finding(out, name_begin, close, FindingKind::kCompany, Severity::kError);
        } else if (is_coined_single_word(name)) {
          // One coined katakana or Latin word (I社（オリザ）) is the name as often as a note
          // (A社（メーカー）, generic and passed): a reviewer tells.
          add_finding(out, name_begin, close, FindingKind::kCompany, Severity::kWarning);
        }
      }
    }
    // name（Label）
    if (i >= 2 && (s[i - 1] == U'（' || s[i - 1] == U'(') && (at(s, end) == U'）' || at(s, end) == U')')) {
      size_t begin = i - 1;
      while (begin > 0 && i - 1 - begin < 24 && is_name_run_character(s[begin - 1]) &&
             std::u32string_view(U"はがをにでともへや").find(s[begin - 1]) == std::u32string_view::npos) {
        --begin;
      }
      const std::u32string_view name = s.substr(begin, i - 1 - begin);
      if (name.size() >= 2 && (names_a_firm_by_its_end(name) || reads_as_a_coined_name(name)) &&
          !is_self_or_generic(name)) {
        add_finding(out, begin, i - 1, FindingKind::kCompany, Severity::kError);
      }
    }
    // Label、name の…: the name in apposition (PM社、あごわんパール工房の社長).
    if (at(s, end) == U'、') {
      size_t q = end + 1;
      while (q < s.size() && q - end <= 20 && is_name_run_character(s[q]) &&
             std::u32string_view(U"のはがをにでともへや").find(s[q]) == std::u32string_view::npos) {
        ++q;
      }
      const std::u32string_view name = s.substr(end + 1, q - end - 1);
      if (at(s, q) == U'の' && name.size() >= 3 && names_a_firm_by_its_end(name) && !is_self_or_generic(name)) {
        add_finding(out, end + 1, q, FindingKind::kCompany, Severity::kError);
      }
    }
    // Label は name の名で / の屋号で / の看板を / として代々
    size_t p = end;
    if (s.compare(p, 1, U"は") != 0) continue;
    ++p;
    if (at(s, p) == U'、') ++p;
    size_t q = p;
    while (q < s.size() && q - p < 20 && s[q] != U'、' && s[q] != U'。' && s[q] != U'\n') {
      bool framed = false;
      for (std::u32string_view frame : {std::u32string_view(U"の名で"), std::u32string_view(U"の屋号で"),
                                        std::u32string_view(U"の屋号を"), std::u32string_view(U"の看板を"),
                                        std::u32string_view(U"の名前で"), std::u32string_view(U"として代々")}) {
        framed = framed || s.compare(q, frame.size(), frame) == 0;
      }
      if (framed) {
        const std::u32string_view name = s.substr(p, q - p);
        if (name.size() >= 3 && std::all_of(name.begin(), name.end(), is_name_run_character) && !is_self_or_generic(name)) {
          add_finding(out, p, q, FindingKind::kCompany, Severity::kError);
        }
        break;
      }
      ++q;
    }
  }
}

// ---------------------------------------------------------------- where it stands, where it was shown

namespace {

// The end of a kind of building work that starts at i (修理, 復原工事, 塗り直し), or i.
size_t public_work_end(std::u32string_view s, size_t i) {
  if (i + 1 >= s.size()) return i;
  switch (s[i]) {
    case U'解': case U'保': case U'修': case U'復': case U'改': case U'再': case U'塗': case U'工': case U'畳':
    case U'張': case U'葺': case U'補': case U'設': case U'手': case U'施': case U'清': case U'警': case U'植':
    case U'架': case U'掛':
      break;
    default:
      return i;
  }
  static constexpr std::u32string_view kWorks[] = {
      U"解体修理", U"保存修理", U"修理", U"修復", U"復原", U"復元", U"改修", U"改築", U"再建", U"塗り直し", U"塗り替え",
      U"塗替え", U"工事", U"畳替え", U"張り替え", U"葺き替え", U"補修", U"設計", U"手入れ", U"施工", U"清掃", U"警備",
      U"保守", U"植栽",
      // (the goods laid in a named hall: 成田山新勝寺の大本堂の畳を2018年に納めた)
      U"畳",
      // (a named bridge rebuilt: 中津川に架かる上の橋の架け替え)
      U"架け替え", U"架替え", U"掛け替え"};
  for (std::u32string_view work : kWorks) {
    if (starts_with(s, i, work)) {
      size_t end = i + work.size();
      if (starts_with(s, end, U"工事")) end += 2;
      return end;
    }
  }
  return i;
}

// Directions that end in a position, with a named landmark earlier in the clause: 栗林公園の
// 東門を出て通りを渡った向かい, 塩竈神社の表参道の石段を下りた正面, 河口湖駅のロータリーの
// 北側, 国際通りから市場へ入る角から三軒目. (The plain forms, landmark + の向かい, are read
// in the main loop.) The position must end its word: 角度, 端末 and 奥様 are none.
void find_directions_from_landmarks(std::u32string_view s, const std::function<bool(size_t)>& named_landmark_before,
                                    const std::function<size_t(size_t)>& clause_start, std::vector<Finding>& out) {
  // One lookup per character (the longest position wins: 北詰め before 北詰).
  static const TermMatcher positions = [] {
    TermMatcher m;
    for (std::u32string_view p : {U"向かい", U"正面", U"目の前", U"裏手", U"北側", U"南側", U"東側", U"西側", U"たもと", U"並び",
                                  U"手前", U"中ほど", U"北詰め", U"南詰め", U"東詰め", U"西詰め", U"北詰", U"南詰", U"東詰",
                                  U"西詰", U"軒目", U"真ん前", U"一角", U"途中", U"斜め前", U"突端", U"隣", U"角", U"脇",
                                  U"奥", U"端", U"沖", U"降りてすぐ", U"歩いてすぐ", U"下りてすぐ", U"出てすぐ", U"抜けてすぐ",
                                  U"渡ってすぐ", U"上がってすぐ", U"角地",
                                  // (…東門を出てすぐ右)
                                  U"出てすぐ右", U"出てすぐ左", U"降りてすぐ右", U"降りてすぐ左", U"渡ってすぐ右", U"渡ってすぐ左",
                                  U"抜けてすぐ右", U"抜けてすぐ左", U"真ん中", U"一本北", U"一本南", U"一本東", U"一本西", U"一本裏",
                                  U"右手", U"左手", U"すぐ上手", U"すぐ下手", U"すぐ右手", U"すぐ左手", U"前", U"付け根", U"つけ根",
                                  U"前に店を構え", U"前に構え", U"前に建つ", U"真下", U"真上", U"突き当たり",
                                  U"入口にあ", U"入り口にあ", U"真向かい", U"真正面", U"はす向かい", U"斜向かい", U"斜め向かい",
                                  U"正門前", U"正門の前", U"門の前", U"北麓", U"南麓", U"東麓", U"西麓", U"麓", U"ふもと",
                                  U"中腹", U"山頂",
                                  // due south of a gate, right across from a bell (朱雀門の真南, 時の鐘のちょうど向かい)
                                  U"真南", U"真北", U"真東", U"真西", U"ちょうど向かい", U"ちょうど正面",
                                  // a view of a named landmark places the window it is seen from
                                  U"を見下ろす", U"を見下ろせる", U"を望む", U"を一望", U"が正面に見え", U"が目の前に見え",
                                  U"が窓いっぱいに見え", U"が見える", U"から見下ろせる", U"から見下ろす", U"から見える"}) {
      m.add(p);
    }
    return m;
  }();
  const auto is_word_character = [](char32_t c) { return is_kanji(c) || is_katakana(c); };
  for (size_t i = 1; i < s.size(); ++i) {
    const size_t length = positions.match_at(s, i);
    if (length == 0) continue;
    size_t end = i + length;
    // 降りてすぐ北: a way of going ends in the direction it then takes.
    if (s[end - 1] == U'ぐ' && std::u32string_view(U"北南東西").find(at(s, end)) != std::u32string_view::npos) {
      end += starts_with(s, end + 1, U"側") ? 2 : 1;
    }
    // A position ends its word and, when it is one kanji, starts one too (北の端, 角に; not
    // 角度, 末端, 奥様).
    // (A view ends in a verb, which a noun may follow: を見下ろす高台.)
    const bool view = s[i] == U'を' || s[i] == U'が' || starts_with(s, i, U"から見");
    if ((!view && is_word_character(at(s, end))) || (end - i == 1 && is_kanji(s[i - 1]) && s[i - 1] != U'の')) continue;
    // It is where something stands: after の or a verb of going (渡った向かい, 出て正面), not
    // a trip or a verb (参拝する途中, 店が並び).
    const bool going = (end - i >= 4 && s.substr(i, length).find(U"すぐ") != std::u32string_view::npos) ||  // 降りてすぐ carries its verb
                       s[i] == U'を' || s[i] == U'が' || view;               // so does a view (を見下ろす)
    // (前, 正面 and 真下 may follow the place itself: 南大門前に店を構える, ロータリー正面.)
    // (So may 向かい after a part of a place: 『海地獄』の駐車場向かい.)
    bool in_front = s[i] == U'前' || starts_with(s, i, U"正面") || starts_with(s, i, U"真下");
    for (std::u32string_view part : {U"駐車場", U"入口", U"出口", U"正門", U"乗り場"}) {
      in_front = in_front || (starts_with(s, i, U"向かい") && ends_with(s.substr(0, i), part));
    }
    if (!going && !in_front && s[i - 1] != U'の' && s[i - 1] != U'た' && s[i - 1] != U'て' && s[i - 1] != U'だ') continue;
    size_t sentence = i;
    while (sentence > 0 && i - sentence < 40 && s[sentence - 1] != U'。' && s[sentence - 1] != U'\n') --sentence;
    // The nearest named landmark before the position, ending before a particle or a blank.
    size_t landmark_end = 0;
    for (size_t j = i; j > sentence && landmark_end == 0; --j) {
      const bool boundary = !is_word_character(s[j]) || (in_front && j == i);
      // (A landmark may end in kana: 武家屋敷通り, 花園インター.)
      const bool ends_a_word = is_word_character(s[j - 1]) || s[j - 1] == U'ー' || (s[j - 1] == U'り' && is_kanji(at(s, j - 2)));
      if (boundary && ends_a_word && named_landmark_before(j)) landmark_end = j;
    }
    if (landmark_end == 0) continue;
    // (前 only right after the landmark and の: 一の鳥居の前, not コロナ禍の前 after a street named earlier.)
    if (s[i] == U'前' && end - i == 1 && landmark_end + 1 != i) continue;
    // (A quoted name in the landmark starts its clause before the quote: 札幌市電の「西線14条」停留場.)
    size_t begin = clause_start(landmark_end);
    if (begin > 0 && (s[begin - 1] == U'」' || s[begin - 1] == U'』')) {
      const size_t open = s.rfind(s[begin - 1] == U'」' ? U'「' : U'『', begin - 1);
      if (open != std::u32string_view::npos && begin - open <= 16) begin = clause_start(open);
    }
    add_finding(out, begin, end, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailLocation);
    i = end - 1;
  }
}

// What the firm made for a named event or a famous customer, which the event's records or
// the press tell (阿波おどりの公式ポスターを1978年から刷り続けてきた, 東京2020大会では選手村に
// 木材を提供した, G20大阪サミットの首脳夕食会で使われた, 映画「湯けむり三代」のロケ地): a named
// event, then within its sentence what the firm did for it.
void find_work_for_named_events(std::u32string_view s, std::vector<Finding>& out) {
  static const TermMatcher events = [] {
    TermMatcher m;
    for (std::u32string_view e : {U"祭", U"祭り", U"まつり", U"おどり", U"踊り", U"大会", U"万博", U"博覧会", U"サミット", U"五輪",
                                  U"オリンピック", U"パラリンピック", U"国体", U"甲子園", U"ワールドカップ", U"選手村", U"映画祭",
                                  U"国際会議", U"首脳会議", U"晩餐会", U"式典", U"関連会合", U"遷宮", U"奉祝行事", U"即位の礼", U"即位礼", U"饗宴の儀",
                                  U"正殿の儀",
                                  // named shrines and their gates, whose builders are recorded (1927年に靖国神社
                                  // 大鳥居の礎石を納めた)
                                  U"神社", U"大社", U"神宮", U"大鳥居", U"本殿",
                                  // a named market's stalls (宮川朝市に50年続けて店を出している) and a town's own
                                  // paper (堺市の広報紙を45年間刷り続けてきた)
                                  U"朝市", U"広報紙", U"広報誌"}) {
      m.add(e);
    }
    return m;
  }();
  for (size_t i = 2; i < s.size(); ++i) {
    const size_t length = events.match_at(s, i);
    if (length == 0) continue;
    // Named: two name characters or more right before it (祇園祭, 東京2020大会, 阿波おどり),
    // not a kind (夏祭り, 地元の祭り, 町内の運動会 has no event word).
    size_t name = i;
    while (name > 0 && i - name < 10 && (is_kanji(s[name - 1]) || is_katakana(s[name - 1]) || is_ascii_letter(s[name - 1]) ||
                                         is_ascii_digit(s[name - 1]) || s[name - 1] == U'・' || s[name - 1] == U'ー')) {
      --name;
    }
    // (A town's paper is named by the town and の: 堺市の広報紙.)
    if (i - name < 2 && i >= 3 && s[i - 1] == U'の' && starts_with(s, i, U"広報")) {
      size_t town = i - 1;
      while (town > 0 && i - 1 - town < 6 && is_kanji(s[town - 1])) --town;
      if (i - 1 - town >= 2 && std::u32string_view(U"市町村区県").find(s[i - 2]) != std::u32string_view::npos) name = town;
    }
    // (Or named by its year, close before it: 2024年の国賓を迎えた晩餐会.)
    if (i - name < 2) {
      size_t dated = i;
      for (size_t p = i >= 16 ? i - 16 : 0; p < i && dated == i; ++p) {
        if (s[p] == U'。' || is_line_break(s[p])) continue;
        if (year_end(s, p) != p && s.substr(p, i - p).find_first_of(U"。、") == std::u32string_view::npos) dated = p;
      }
      if (dated == i) continue;
      name = dated;
    }
    const std::u32string_view named = s.substr(name, i - name);
    bool kind = false;
    for (std::u32string_view w : {U"夏", U"秋", U"春", U"冬", U"地元", U"地域", U"町内", U"村", U"町", U"市", U"県", U"全国",
                                  U"各地", U"地方", U"社内", U"収穫", U"感謝", U"ふるさと", U"港", U"盆"}) {
      kind = kind || named == w || named == std::u32string(w) + U"の";
    }
    if (kind || all_of(named, is_ascii_digit)) continue;
    size_t end = i + length;
    // The event as a time or an aim is no customer: 浜松まつりの時期には, 万博に向けた.
    bool time_or_aim = false;
    for (std::u32string_view w : {U"に向け", U"の時期", U"の期間", U"の頃", U"のころ", U"の前", U"の後", U"の日", U"の際",
                                  U"の間", U"当日", U"期間中", U"を機に", U"をきっかけ", U"に合わせ"}) {
      // (の日 opens words too: の日本館.)
      const bool word_goes_on = w == U"の日" && is_kanji(at(s, end + w.size()));
      time_or_aim = time_or_aim || (starts_with(s, end, w) && !word_goes_on);
    }
    if (time_or_aim) continue;
    size_t verb_end = 0;
    for (size_t p = end; p < s.size() && p < end + 30 && verb_end == 0 && s[p] != U'。' && !is_line_break(s[p]); ++p) {
      // (Words may stand between the object and its verb: を代々手がけ, を毎年刷り続け.)
      for (std::u32string_view verb : {U"手がけ", U"手掛け", U"請け負", U"刷り続け", U"刷っ", U"を刷り", U"納め", U"納入", U"提供し",
                                       U"提供さ", U"採用さ", U"使われ", U"を製作", U"任され", U"担当し", U"担っ", U"担い",
                                       U"のロケ地", U"に出店し", U"作り続け", U"仕立て", U"受注し", U"受注した", U"を派遣", U"納品し",
                                       U"一括納品", U"用いられ", U"使用され", U"が並んだ", U"が並べられ",
                                       // the firm's place or goods at the event: 冬季五輪では…練習会場
                                       // にもなった, ワールドカップで…贈られた花籠を制作
                                       U"会場にな", U"会場にもな", U"会場とな", U"拠点にな", U"拠点にもな", U"を制作", U"制作し",
                                       U"に出され", U"で出され", U"に供され", U"に選ばれ", U"振る舞", U"に詰め", U"を担当し",
                                       U"が出され", U"で供され",
                                       // (主要国首脳会議で各国報道陣の宿舎になった)
                                       U"宿舎にな", U"宿舎とな", U"宿泊先にな", U"宿泊先とな", U"定宿にな",
                                       // (a stall kept at a named market: 宮川朝市に50年続けて店を出している)
                                       U"店を出し", U"店を出す", U"店を構え"}) {
        if (verb_end == 0 && starts_with(s, p, verb)) verb_end = p + verb.size();
      }
    }
    if (verb_end == 0) continue;
    // To the end of the verb's word (刷り続けてきた, 採用された).
    // (Not over the が that joins the next clause: 店を出しているが、.)
    while (verb_end < s.size() && is_hiragana(s[verb_end]) && verb_end < end + 40 &&
           !(s[verb_end] == U'が' && at(s, verb_end + 1) == U'、')) {
      ++verb_end;
    }
    add_finding(out, name, verb_end, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailSupplied);
    i = verb_end;
  }
}

// Location findings of one description that only a comma parts (紙屋町の電停から徒歩1分、
// アーケード入口の角) are reported as one, from `first` on in `out`.
void join_adjacent_locations(std::u32string_view s, size_t first, std::vector<Finding>& out) {
  std::vector<size_t> locations;
  for (size_t k = first; k < out.size(); ++k) {
    if (out[k].kind == FindingKind::kQuasiIdentifier && out[k].detail == kDetailLocation) locations.push_back(k);
  }
  std::sort(locations.begin(), locations.end(), [&](size_t a, size_t b) { return out[a].begin < out[b].begin; });
  std::vector<bool> gone(out.size(), false);
  for (size_t n = 1; n < locations.size(); ++n) {
    Finding& previous = out[locations[n - 1]];
    Finding& next = out[locations[n]];
    if (gone[locations[n - 1]] || next.begin < previous.end || next.begin - previous.end > 1) continue;
    if (next.begin == previous.end + 1 && s[previous.end] != U'、' && s[previous.end] != U',') continue;
    next.begin = previous.begin;
    next.end = std::max(next.end, previous.end);
    gone[locations[n - 1]] = true;
  }
  size_t kept = first;
  for (size_t k = first; k < out.size(); ++k) {
    if (!gone[k]) out[kept++] = out[k];
  }
  out.resize(kept);
}

// A location that goes on to say what stands there (東京スカイツリーの真下、北十間川の遊歩道に
// 面した場所, 佐田岬の突端から2キロの、海に落ち込む段々畑, 鳥取砂丘の入口にあって、砂丘に
// いちばん近い本屋) is one description: the reviewer rewrites all of it, so the finding
// covers it up to the word it describes, where a particle takes the sentence on (は, が, を,
// で, として) or the sentence ends. Only a tail that continues the place (の, に, から, a
// comma) is taken, and never one longer than a short clause.
void extend_locations_over_what_they_describe(std::u32string_view s, size_t first, std::vector<Finding>& out) {
  constexpr size_t kMaxTail = 36;
  for (size_t k = first; k < out.size(); ++k) {
    Finding& location = out[k];
    if (location.kind != FindingKind::kQuasiIdentifier || location.detail != kDetailLocation) continue;
    // A part before it that only says along which river or street (倉敷川沿い、) is of it too.
    if (location.begin >= 3 && s[location.begin - 1] == U'、') {
      const size_t part = run_start_before(s, location.begin - 1, 10, U"、。\nはがを「」");
      const std::u32string_view along = s.substr(part, location.begin - 1 - part);
      for (std::u32string_view w : {U"沿い", U"通り", U"筋", U"界隈", U"近く", U"付近", U"周辺", U"のほとり", U"の入口", U"の入り口",
                                    U"の一角", U"の中ほど", U"の角"}) {
        if (along.size() > w.size() && ends_with(along, w)) location.begin = part;
      }
    }
    // So is a way of going before it, ended by て and a comma (国際通りから一本入って、牧志の公設市場の
    // 斜め向かい): one description of the way there.
    if (location.begin >= 4 && s[location.begin - 1] == U'、' && s[location.begin - 2] == U'て') {
      const size_t part = run_start_before(s, location.begin - 1, 20, U"、。\nはが「」");
      const std::u32string_view way = s.substr(part, location.begin - 1 - part);
      if (way.find(U"から") != std::u32string_view::npos || way.find(U'を') != std::u32string_view::npos) location.begin = part;
    }
    const size_t from = location.end;
    // (Not over the word of being there: 赤レンガ館の斜向かい|にあり、評判だ.)
    if (starts_with(s, from, U"にあ") || starts_with(s, from, U"に建") || starts_with(s, from, U"に位置")) continue;
    if (!(starts_with(s, from, U"の") || starts_with(s, from, U"に") || starts_with(s, from, U"から") ||
          starts_with(s, from, U"、") || starts_with(s, from, U"て、") || starts_with(s, from, U"って、") ||
          (from > 0 && is_hiragana(s[from - 1]) && is_kanji(at(s, from))))) {  // を見下ろす|高台
      continue;
    }
    size_t end = from;
    bool stopped = false;
    while (end < s.size() && end - from <= kMaxTail) {
      const char32_t c = s[end];
      if (std::u32string_view(U"。\n「」『』（）()はがをもで").find(c) != std::u32string_view::npos ||
          starts_with(s, end, U"として")) {
        stopped = true;
        break;
      }
      ++end;
    }
    // A tail that does not end within a short clause is a sentence of its own, not the place.
    if (!stopped || end == from) continue;
    // The tail ends in the word it describes (…面した場所, …近い本屋), not in a verb or a
    // particle (向かいにある, 段々畑よ), and not over the next finding's start.
    while (end > from) {
      const size_t kana_end = end;
      while (end > from && (s[end - 1] == U'、' || s[end - 1] == U',' || is_hiragana(s[end - 1]))) --end;
      if (end == from || !is_kanji(s[end - 1])) break;
      // Kana after a kanji that are no particle are its ending (に建つ, に構える): a verb,
      // whose stem goes too; so is one kanji after a particle with kana after it, whatever
      // they start with (に広がる), but not a noun after の (の所にある, の坂).
      const bool ending = end != kana_end &&
                          std::u32string_view(U"にのでへとよねだやかがはをもな、,").find(s[end]) == std::u32string_view::npos;
      const bool lone_kanji = end >= from + 2 && is_hiragana(s[end - 2]) && s[end - 2] != U'の' && is_hiragana(at(s, end));
      if (!ending && !lone_kanji) break;
      while (end > from && is_kanji(s[end - 1])) --end;
    }
    for (size_t n = first; n < out.size(); ++n) {
      if (n != k && out[n].begin >= from && out[n].begin < end) end = out[n].begin;
    }
    // (A founding is no thing that stands there: …目の前にあり、開院は2009年4月1日 has a
    // date of its own.)
    if (lexicon().founding_words.match_ending_at(s.substr(0, end), end) > 0) continue;
    location.end = std::max(location.end, end);
  }
}

}  // namespace

// Facts a reader can look up: how far the firm stands from a station or a landmark
// (京急蒲田駅から徒歩3分, 高山陣屋の向かい), a broadcast or an article that showed it
// (2023年6月放送の『ふるさと工房めぐり』で紹介), and a patent by its number (特許第6823415号,
// whose gazette names the holder). The first two are warnings like other claims; the
// patent number is an error, as a corporate number is.
// What the firm did in a named disaster, told precisely (熊本地震の翌週、市内の焼肉店で最初に
// 営業を再開した, 震災後に大槌町の仮設住宅48棟を施工, 台風10号の際に国道の仮復旧を72時間
// 以内に完了させた): reported at the time, it names the firm. A disaster told in general
// (震災で工場が被災し、再建した; 売上は震災前の6割) is none: the sentence must hold a first,
// an exact moment, a count of what was done, or a thanks received.
void find_disaster_deeds(std::u32string_view s, std::vector<Finding>& out) {
  static const TermMatcher disasters = [] {
    TermMatcher m;
    for (std::u32string_view w : {U"震災", U"地震", U"台風", U"津波", U"豪雨", U"水害", U"噴火", U"土砂災害", U"大雪", U"火災",
                                  U"火事"}) {
      m.add(w, 0);
    }
    return m;
  }();
  for (size_t i = 0; i < s.size(); ++i) {
    switch (s[i]) {
      case U'震': case U'地': case U'台': case U'津': case U'豪': case U'水': case U'噴': case U'土': case U'大': case U'火':
        break;
      default:
        continue;
    }
    const size_t length = disasters.match_at(s, i);
    if (length == 0) continue;
    size_t sentence_begin = i;
    while (sentence_begin > 0 && i - sentence_begin < 40 && s[sentence_begin - 1] != U'。' && !is_line_break(s[sentence_begin - 1])) {
      --sentence_begin;
    }
    size_t sentence_end = i + length;
    while (sentence_end < s.size() && sentence_end - i < 90 && s[sentence_end] != U'。' && !is_line_break(s[sentence_end])) {
      ++sentence_end;
    }
    const std::u32string_view sentence = s.substr(sentence_begin, sentence_end - sentence_begin);
    bool precise = false;
    for (std::u32string_view w : {U"最初に", U"真っ先に", U"いち早く", U"一番に", U"唯一", U"一社で", U"一手に", U"翌日", U"翌週",
                                  U"当日", U"の夜", U"発災から", U"無償で", U"感謝状", U"最初の", U"最後まで", U"全焼", U"半焼", U"翌月"}) {
      precise = precise || sentence.find(w) != std::u32string_view::npos;
    }
    // Lost whole in a disaster named by its place or year (2016年4月の熊本地震で益城町の本館が全壊し);
    // 震災で工場が全壊 alone is told of many firms.
    const bool named_apart_from_the_great_one = (s.compare(i, 2, U"震災") != 0 && i > 0 && is_kanji(s[i - 1])) || [&] {
      for (size_t p = sentence_begin; p < sentence_end; ++p) {
        if (year_end(s, p) != p) return true;
      }
      return false;
    }();
    for (std::u32string_view w : {U"全壊", U"流失", U"流され"}) {
      precise = precise || (named_apart_from_the_great_one && sentence.find(w) != std::u32string_view::npos);
    }
    for (size_t p = 0; p < sentence.size() && !precise; ++p) {
      if (!is_ascii_digit(sentence[p]) && !is_kanji_numeral(sentence[p])) continue;
      const size_t number = number_end(sentence, p);
      if (number == p) continue;
      // (A day after it: 同年10月18日に仮設の工房で仕事を再開した.)
      if (at(sentence, number) == U'月' && sentence_begin + p > i) {
        const size_t day = number_end(sentence, number + 1);
        if (day > number + 1 && at(sentence, day) == U'日') precise = true;
      }
      for (std::u32string_view unit : {U"棟", U"戸", U"世帯", U"食", U"個", U"万個", U"箱", U"日後", U"時間以内", U"時間で", U"か所", U"ヶ所", U"カ所", U"日間",
                                       U"日以内", U"日で", U"台のうち", U"メートル浸水", U"m浸水", U"張りで", U"週間で",
                                       // what it lost, counted (舟14隻のうち11隻を失い, 窯2基が倒木の下敷きに)
                                       U"隻のうち", U"基のうち", U"隻を失", U"基が", U"基を失", U"隻が",
                                       // meals given out (約1,800人分のパンを配った)
                                       U"人分", U"食分"}) {
        precise = precise || starts_with(sentence, number, unit);
      }
      p = number;
    }
    // The disaster must be one the news named: by its place or number (熊本地震, 台風10号,
    // 西日本豪雨), by a year in the sentence, or 震災 (the great one). A heavy rain at large
    // (豪雨の翌朝には) is every firm's.
    bool named = s.compare(i, 2, U"震災") == 0 || (i > 0 && (is_kanji(s[i - 1]) || is_katakana(s[i - 1]))) ||
                 is_ascii_digit(at(s, i + length)) || is_kanji_numeral(at(s, i + length));
    for (size_t p = sentence_begin; p < sentence_end && !named; ++p) named = year_end(s, p) != p;
    if (!precise || !named) {
      i += length - 1;
      continue;
    }
    // From the disaster's clause to the sentence's end.
    size_t begin = i;
    while (begin > sentence_begin && std::u32string_view(U"、「").find(s[begin - 1]) == std::u32string_view::npos) --begin;
    add_finding(out, begin, sentence_end, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailDisaster);
    i = sentence_end;
  }
}

// A cram school's results at a named school (在籍生のうち12名が米子東高校に合格, 県立岡山朝日
// 高校に塾生14名が合格, 琉球大学医学部に百二十人の合格者): few schools send that many there,
// and the school's own lists say which. A school named by its kind only (高校に3名) is none.
void find_named_school_results(std::u32string_view s, std::vector<Finding>& out) {
  // (Spoken too: 去年は修猷館に二十三人受からせた.) One pass finds all three words.
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] != U'合' && s[i] != U'受') continue;
    std::u32string_view passed;
    for (std::u32string_view word : {U"合格", U"受から", U"受かっ"}) {
      if (starts_with(s, i, word)) passed = word;
    }
    if (passed.empty()) continue;
    size_t sentence_begin = i;
    while (sentence_begin > 0 && i - sentence_begin < 50 && s[sentence_begin - 1] != U'。' && !is_line_break(s[sentence_begin - 1])) {
      --sentence_begin;
    }
    const std::u32string_view before = s.substr(sentence_begin, i - sentence_begin);
    // A school with a name before its kind: kanji or katakana right before 高校, 大学 ….
    bool named_school = false;
    for (std::u32string_view kind : {U"高校", U"高等学校", U"大学", U"中学", U"中学校", U"医学部", U"高専", U"学園", U"学院",
                                     U"館に"}) {
      for (size_t k = before.find(kind); k != std::u32string_view::npos && !named_school; k = before.find(kind, k + 1)) {
        size_t name = k;
        while (name > 0 && k - name < 8 && (is_kanji(before[name - 1]) || is_katakana(before[name - 1]))) --name;
        const std::u32string_view school = before.substr(name, k - name);
        // (県立, 私立, 公立, 国立 and 難関 say the kind, not the name.)
        size_t own = 0;
        for (std::u32string_view w : {U"県立", U"都立", U"府立", U"道立", U"市立", U"私立", U"公立", U"国立", U"難関", U"地元", U"志望"}) {
          if (starts_with(school, 0, w)) own = w.size();
        }
        named_school = school.size() >= own + 2;
      }
    }
    if (!named_school) continue;
    // A count of those who passed, in the sentence.
    bool counted = false;
    for (size_t p = 0; p < s.size() - sentence_begin && sentence_begin + p < i + 12 && !counted; ++p) {
      const size_t q = sentence_begin + p;
      if (!is_ascii_digit(s[q]) && !is_kanji_numeral(s[q])) continue;
      const size_t number = number_end(s, q);
      counted = number > q && (starts_with(s, number, U"名") || starts_with(s, number, U"人"));
      p = number - sentence_begin;
    }
    if (!counted) continue;
    size_t end = i + passed.size();
    if (starts_with(s, end, U"者")) ++end;
    add_finding(out, sentence_begin, end, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailUniqueness);
  }
}

// A beginning dated to the day (昭和四十七年五月十日に先代が二台のトラックで始めた, 昭和39年10月
// 10日、…親父が開いた店): the day a firm began is in its register and its own history.
// A move dated to its month (1972年4月に高知市から現在地へ移転, 2006年2月に工場を日南市内の港
// 近くへ移し): the register of the firm's seat has it, as it has a founding.
void find_dated_moves(std::u32string_view s, std::vector<Finding>& out) {
  for (size_t month = s.find(U'月'); month != std::u32string_view::npos; month = s.find(U'月', month + 1)) {
    size_t start = month;
    for (size_t back = 6; back <= 9 && back <= month && start == month; ++back) {
      const size_t year = year_end(s, month - back);
      if (year == month - back || (month - back > 0 && is_ascii_digit(s[month - back - 1]))) continue;
      size_t month_end = year;
      const long number = number_at(s, year, &month_end);
      if (number >= 1 && number <= 12 && month_end == month) start = month - back;
    }
    if (start == month) continue;
    size_t verb_end = 0;
    for (size_t p = month + 1; p < s.size() && p - month < 30 && verb_end == 0 && s[p] != U'。' && s[p] != U'、' &&
                               !is_line_break(s[p]);
         ++p) {
      for (std::u32string_view verb : {U"へ移転", U"に移転", U"を移転", U"へ移し", U"に移し", U"へ移っ", U"に移っ", U"へ本社を移",
                                       U"に本社を移"}) {
        if (verb_end == 0 && starts_with(s, p, verb)) verb_end = p + verb.size();
      }
    }
    if (verb_end == 0) continue;
    add_finding(out, start, verb_end, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailFounding);
    month = verb_end - 1;
  }
}

// A year the firm has worked at a place since, said in speech (長岡の駅前で大正二年から酒を売って
// る, 土佐清水で明治二十九年からかつお節を焼きゆう): the place, the year and the trade still
// carried on are its founding told another way. From the place to the verb.
void find_years_at_a_place(std::u32string_view s, std::vector<Finding>& out) {
  for (size_t since = s.find(U"年から"); since != std::u32string_view::npos; since = s.find(U"年から", since + 3)) {
    size_t year_start = since;
    for (size_t back = 2; back <= 7 && back <= since && year_start == since; ++back) {
      const size_t start = since - back;
      if (year_end(s, start) == since + 1 && (start == 0 || !is_kanji_numeral(s[start - 1]))) year_start = start;
    }
    if (year_start == since || year_start < 3 || s[year_start - 1] != U'で') continue;
    // (A year of the last century or an era before it: 2019年から販売している is any firm's news.)
    bool old_year = s[year_start] == U'1' || s[year_start] == U'一';
    for (std::u32string_view era : {U"明治", U"大正", U"昭和", U"慶応", U"元治", U"文久", U"万延", U"安政", U"嘉永", U"天保", U"文政"}) {
      old_year = old_year || starts_with(s, year_start, era);
    }
    if (!old_year) continue;
    // The place before で: two kanji or more (長岡の駅前, 土佐清水), within the clause.
    size_t place = year_start - 1;
    while (place > 0 && year_start - 1 - place < 12 && (is_kanji(s[place - 1]) || s[place - 1] == U'の' || s[place - 1] == U'ヶ')) {
      --place;
    }
    while (place < year_start - 1 && s[place] == U'の') ++place;
    if (year_start - 1 - place < 2 || !is_kanji(s[year_start - 2])) continue;
    // A place by its name (土佐清水, a prefecture, a station's front), not a room of the firm
    // (工場で2019年から, 社内で).
    const std::u32string_view where = s.substr(place, year_start - 1 - place);
    const std::u32string_view last_word = where.substr(where.find_last_of(U'の') == std::u32string_view::npos ? 0 : where.find_last_of(U'の') + 1);
    bool named = last_word.size() >= 3 || lexicon().prefectures.contains(last_word) || lexicon().areas.contains(last_word);
    for (std::u32string_view end : {U"駅前", U"駅", U"港", U"町", U"市", U"村", U"浜", U"通り"}) {
      named = named || (last_word.size() > end.size() && ends_with(last_word, end)) || (where.size() > last_word.size() && last_word == end);
    }
    for (std::u32string_view room : {U"工場", U"本社", U"社内", U"店舗", U"事務所", U"倉庫", U"自宅", U"現場", U"売場", U"店内", U"本店", U"支店"}) {
      named = named && !ends_with(last_word, room);
    }
    if (!named) continue;
    // The trade still carried on, in the clause after から.
    size_t verb_end = 0;
    for (size_t p = since + 3; p < s.size() && p - since < 20 && verb_end == 0 && s[p] != U'。' && s[p] != U'、' &&
                               !is_line_break(s[p]);
         ++p) {
      for (std::u32string_view going_on : {U"ている", U"てる", U"ゆう", U"よる", U"とる", U"ちょる", U"てきた", U"てます", U"ています",
                                           U"続け"}) {
        if (verb_end == 0 && starts_with(s, p, going_on)) verb_end = p + going_on.size();
      }
    }
    if (verb_end == 0) continue;
    add_finding(out, place, verb_end, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailFounding);
    since = verb_end;
  }
}

void find_dated_beginnings(std::u32string_view s, std::vector<Finding>& out) {
  // Found from each 月 with a day after it; the year is read back from there.
  for (size_t month = s.find(U'月'); month != std::u32string_view::npos; month = s.find(U'月', month + 1)) {
    size_t day_end = month + 1;
    if (number_at(s, month + 1, &day_end) <= 0 || at(s, day_end) != U'日') continue;
    size_t i = month;
    size_t date = month;
    for (size_t back = 4; back <= 16 && back <= month && date == month; ++back) {
      const size_t start = month - back;
      if (start > 0 && is_ascii_digit(s[start - 1])) continue;
      const size_t year = year_end(s, start);
      if (year != start && with_month_and_day(s, year) == day_end + 1) {
        i = start;
        date = day_end + 1;
      }
    }
    if (date == month) continue;
    // (A dated entry of a log, 2023年7月18日：…, tells when the writer met the firm.)
    if (at(s, date) == U'：' || at(s, date) == U':' || at(s, date) == U' ') continue;
    size_t verb_end = 0;
    int commas = 0;
    for (size_t p = date; p < s.size() && p - date < 40 && verb_end == 0 && s[p] != U'。' && !is_line_break(s[p]); ++p) {
      if (s[p] == U'、' && ++commas > 1) break;
      // (Opened by others too: 明治四十四年の四月一日に湯治場として開かれて.)
      for (std::u32string_view verb : {U"開い", U"開き", U"として開か", U"始め", U"始ま", U"創業", U"開業", U"興し", U"開店", U"登記", U"設立", U"出発",
                                       U"起こし", U"旗揚げ", U"再開", U"立ち上げ",
                                       // other days in the firm's record (2019年5月10日に竣工した第二工場,
                                       // 2020年4月1日付で…吸収合併, 2012年4月16日に株式会社へ改組した)
                                       U"竣工", U"落成", U"完成", U"合併", U"改組", U"移し", U"移転", U"開校", U"開設", U"継い",
                                       U"継が", U"就任", U"上場", U"稼働", U"空輸", U"輸出し", U"新築", U"取得", U"認定", U"受賞",
                                       U"開通", U"操業", U"譲り受け", U"事業承継", U"火を入れ", U"看板を上げ", U"看板を掲げ",
                                       // (平成十年七月七日、七夕の日に暖簾を掛けた)
                                       U"暖簾を掛け", U"暖簾をかけ", U"のれんを掛け", U"のれんをかけ",
                                       U"した記録"}) {
        if (verb_end == 0 && starts_with(s, p, verb)) verb_end = p + verb.size();
      }
    }
    // (Or the day is what a topic before it asks for: 初代が茶園を開いたのは明治25年4月1日, 開店は
    // …40年の2012年5月15日.)
    size_t topic_begin = i;
    if (verb_end == 0) {
      size_t from = i;
      while (from > 0 && i - from < 30 && s[from - 1] != U'。' && s[from - 1] != U'、' && !is_line_break(s[from - 1])) --from;
      const std::u32string_view before_date = s.substr(from, i - from);
      const size_t topic = before_date.find(U'は');
      for (std::u32string_view verb : {U"開い", U"開業", U"創業", U"開店", U"設立", U"始め", U"空輸", U"出荷し", U"輸出し", U"開設", U"開院",
                                       U"開所", U"開園", U"開館", U"開校", U"創立", U"開窯", U"初蒸留", U"初仕込み", U"初出荷",
                                       U"開け", U"独立", U"看板を上げ", U"看板を掲げ", U"暖簾を掲げ"}) {
        const size_t at_verb = before_date.find(verb);
        if (topic != std::u32string_view::npos && at_verb != std::u32string_view::npos && at_verb < topic) topic_begin = from;
      }
      if (topic_begin == i) continue;
      verb_end = date;
      // The day said again by what happened on it (大正十二年九月一日、関東大震災のあった日) is
      // the same fact.
      if (at(s, date) == U'、') {
        for (size_t p = date + 1; p < s.size() && p < date + 16 && s[p] != U'。' && s[p] != U'、'; ++p) {
          for (std::u32string_view day : {U"のあった日", U"の当日", U"と同じ日"}) {
            if (verb_end == date && starts_with(s, p, day)) verb_end = p + day.size();
          }
        }
      }
    }
    add_finding(out, std::min(i, topic_begin), verb_end, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailFounding);
    month = verb_end - 1;
  }
}

// A firm begun on a named day of a year (昭和六十三年の七夕に会社をこしらえて, 昭和四十一年の体育の
// 日に先代が一台のトラックで始めた): the year and the day date it as a month and a day would.
void find_beginnings_on_named_days(std::u32string_view s, std::vector<Finding>& out) {
  static constexpr std::u32string_view kDays[] = {U"七夕", U"元日", U"元旦", U"大晦日", U"文化の日", U"体育の日", U"こどもの日",
                                                  U"建国記念の日", U"勤労感謝の日", U"海の日", U"敬老の日", U"成人の日",
                                                  U"春分の日", U"秋分の日", U"天皇誕生日", U"憲法記念日", U"みどりの日",
                                                  U"昭和の日", U"クリスマス", U"節分", U"ひな祭り", U"端午の節句"};
  // (Found from each 年の, which are few.)
  for (size_t year_no = s.find(U"年の"); year_no != std::u32string_view::npos; year_no = s.find(U"年の", year_no + 2)) {
    size_t no = year_no + 1;
    size_t day_end = 0;
    for (std::u32string_view day : kDays) {
      if (day_end == 0 && starts_with(s, no + 1, day)) day_end = no + 1 + day.size();
    }
    if (day_end == 0) continue;
    size_t year = no;
    for (size_t back = 2; back <= 8 && back <= no && year == no; ++back) {
      if (year_end(s, no - back) == no) year = no - back;
    }
    if (year == no) continue;
    size_t verb_end = 0;
    for (size_t p = day_end; p < s.size() && p - day_end < 30 && verb_end == 0 && s[p] != U'。' && s[p] != U'、'; ++p) {
      for (std::u32string_view verb : {U"開い", U"開き", U"始め", U"始ま", U"創業", U"開業", U"開店", U"興し", U"設立", U"こしらえ",
                                       U"立ち上げ", U"暖簾を", U"のれんを", U"看板を", U"店を出"}) {
        if (verb_end == 0 && starts_with(s, p, verb)) verb_end = p + verb.size();
      }
    }
    if (verb_end == 0) continue;
    add_finding(out, year, verb_end, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailFounding);
    year_no = verb_end - 1;
  }
}

// An age at a milestone (23歳で会社を興した, 21歳で独立した, 最年少の28歳で受けた): with the
// firm's kind and region it is the founder's or holder's public profile. An age alone
// (社長は七十八歳, 平均年齢は58歳) is none.
void find_ages_at_milestones(std::u32string_view s, std::vector<Finding>& out) {
  for (size_t k = s.find(U"歳で"); k != std::u32string_view::npos; k = s.find(U"歳で", k + 2)) {
    size_t digits = k;
    while (digits > 0 && k - digits < 4 && (is_ascii_digit(s[digits - 1]) || is_kanji_numeral(s[digits - 1]))) --digits;
    if (digits == k) continue;
    size_t verb_end = 0;
    for (size_t p = k + 2; p < s.size() && p < k + 16 && verb_end == 0 && s[p] != U'、' && s[p] != U'。' && !is_line_break(s[p]); ++p) {
      for (std::u32string_view verb : {U"独立", U"起業", U"創業", U"を興", U"開業", U"受賞", U"受け", U"認定", U"継い", U"就任"}) {
        if (verb_end == 0 && starts_with(s, p, verb)) verb_end = p + verb.size();
      }
    }
    if (verb_end == 0) continue;
    size_t begin = digits;
    while (begin > 0 && digits - begin < 24 && std::u32string_view(U"、。「").find(s[begin - 1]) == std::u32string_view::npos &&
           !is_line_break(s[begin - 1]) && s[begin - 1] != U'は') {
      --begin;
    }
    // A clause before with an age of its own goes with it (15歳で弟子入りし、21歳で独立した).
    if (begin > 1 && s[begin - 1] == U'、') {
      size_t clause = begin - 1;
      while (clause > 0 && begin - 1 - clause < 20 && std::u32string_view(U"、。「").find(s[clause - 1]) == std::u32string_view::npos &&
             !is_line_break(s[clause - 1]) && s[clause - 1] != U'は') {
        --clause;
      }
      if (s.substr(clause, begin - 1 - clause).find(U"歳で") != std::u32string_view::npos) begin = clause;
    }
    add_finding(out, begin, verb_end, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailFounding);
    k = verb_end;
  }
  // A great age still at work (96歳のいまも毎朝店に立つ, 今年86歳になる現役の整備士): few
  // are, and the local news tells of each. An age alone (社長は72歳) is none.
  for (size_t k = s.find(U'歳'); k != std::u32string_view::npos; k = s.find(U'歳', k + 1)) {
    size_t digits = k;
    while (digits > 0 && k - digits < 3 && is_ascii_digit(s[digits - 1])) --digits;
    if (digits == k || k - digits != 2 || (digits > 0 && is_ascii_digit(s[digits - 1]))) continue;
    const int age = (s[digits] - U'0') * 10 + (s[digits + 1] - U'0');
    if (age < 85) continue;
    size_t end = 0;
    for (std::u32string_view still : {U"のいまも", U"の今も", U"になる今も", U"になった今も", U"になる現役", U"で現役", U"の現役",
                                      U"を超えて現役", U"になる今も現役"}) {
      if (end == 0 && starts_with(s, k + 1, still)) end = k + 1 + still.size();
    }
    if (end == 0) continue;
    // What the great age still does goes with it, to the clause's end.
    while (end < s.size() && end - k < 20 && s[end] != U'、' && s[end] != U'。' && !is_line_break(s[end])) ++end;
    size_t begin = digits;
    while (begin > 0 && digits - begin < 12 && std::u32string_view(U"、。「").find(s[begin - 1]) == std::u32string_view::npos &&
           !is_line_break(s[begin - 1]) && s[begin - 1] != U'は') {
      --begin;
    }
    add_finding(out, begin, end, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailFounding);
    k = end;
  }
  // The youngest, with the age (女性職人としては最年少の二十九歳, 最年少で28歳): a record of
  // one person, whoever the group is.
  for (size_t k = s.find(U"最年少"); k != std::u32string_view::npos; k = s.find(U"最年少", k + 3)) {
    const size_t joint = k + 3;
    if (at(s, joint) != U'の' && at(s, joint) != U'で' && at(s, joint) != U'、') continue;
    size_t age_end = joint + 1;
    if (number_at(s, joint + 1, &age_end) <= 0 || at(s, age_end) != U'歳') continue;
    size_t begin = k;
    while (begin > 0 && k - begin < 30 && std::u32string_view(U"、。「").find(s[begin - 1]) == std::u32string_view::npos &&
           !is_line_break(s[begin - 1])) {
      --begin;
    }
    add_finding(out, begin, age_end + 1, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailUniqueness);
    k = age_end;
  }
}

// A dated paper or signboard the firm keeps from the Edo era (安永五年（1776年）付の機織り許可状が
// 蔵に現存, 寛政九年の酒造株の鑑札が今も掛かって): the old town's records date the house as a
// founding date does. A year of a modern era is the firm's own history (昭和の鑑札) only with
// a founding word, which other rules read.
void find_dated_heirlooms(std::u32string_view s, std::vector<Finding>& out) {
  for (size_t k = s.find(U'年'); k != std::u32string_view::npos; k = s.find(U'年', k + 1)) {
    size_t start = k;
    for (size_t back = 3; back <= 6 && back <= k && start == k; ++back) {
      const size_t candidate = k - back;
      // (An era is two kanji and a number follows: most positions fail this before the
      // eras are tried.)
      const char32_t number = s[candidate + 2];
      if (!is_kanji(s[candidate]) || !is_kanji(s[candidate + 1]) || is_kanji_numeral(s[candidate]) ||
          !(is_kanji_numeral(number) || is_ascii_digit(number) || number == U'元')) {
        continue;
      }
      if (year_end(s, candidate) != k + 1) continue;
      bool modern = false;
      for (std::u32string_view era : {U"明治", U"大正", U"昭和", U"平成", U"令和"}) modern = modern || starts_with(s, candidate, era);
      if (!modern && is_kanji(s[candidate]) && !is_kanji_numeral(s[candidate])) start = candidate;
    }
    if (start == k) continue;
    const size_t year = with_year_in_brackets(s, k + 1);
    size_t end = 0;
    for (size_t p = year; p < s.size() && p - year < 16 && end == 0 && s[p] != U'、' && s[p] != U'。' && !is_line_break(s[p]); ++p) {
      for (std::u32string_view paper : {U"鑑札", U"許可状", U"免状", U"免許状", U"証文", U"古文書", U"棟札", U"大福帳", U"帳面",
                                        U"御用札", U"通行手形", U"朱印状", U"墨書", U"番付", U"引札"}) {
        if (end == 0 && starts_with(s, p, paper)) end = p + paper.size();
      }
    }
    if (end == 0) continue;
    add_finding(out, start, end, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailFounding);
    k = end;
  }
}

// The house counted from a corner or a landmark (善光寺の仁王門を背に西へ三軒目, 倉庫群の北から
// 数えて四棟目, 角から二軒目): a walk that ends at the firm's door. A third shop opened
// (三軒目の店舗) has no way before it. From the clause's start to 目.
void find_counted_houses(std::u32string_view s, std::vector<Finding>& out) {
  // Houses, buildings or streets counted (三軒目, 二筋目, 二軒隣, 二筋下った), after a way of going
  // or a neighbour named with の (カラコロ工房の二軒隣).
  for (size_t at_unit = 1; at_unit + 1 < s.size(); ++at_unit) {
    // (One look per character: the counters are rare, and a number must stand before them.)
    const char32_t unit = s[at_unit];
    // (Buildings counted with つ say what they count: 西側三つ目のビル.)
    const bool buildings_counted = unit == U'つ' && (starts_with(s, at_unit + 1, U"目のビル") ||
                                                     starts_with(s, at_unit + 1, U"目の建物") ||
                                                     starts_with(s, at_unit + 1, U"目の店") ||
                                                     starts_with(s, at_unit + 1, U"目の家"));
    if ((unit != U'軒' && unit != U'棟' && unit != U'筋' && !buildings_counted) ||
        !(is_ascii_digit(s[at_unit - 1]) || is_kanji_numeral(s[at_unit - 1]))) {
      continue;
    }
    size_t after = 0;
    for (std::u32string_view tail : {U"目", U"隣", U"先", U"下った", U"入った", U"上がった", U"下がった"}) {
      if (after == 0 && starts_with(s, at_unit + 1, tail)) after = at_unit + 1 + tail.size();
    }
    if (after == 0 || (s[at_unit] == U'棟' && s[at_unit + 1] != U'目')) continue;
    if (s[after - 1] == U'先' && is_kanji(at(s, after))) continue;  // 一軒先輩
    size_t number = at_unit;
    while (number > 0 && at_unit - number < 2 && (is_ascii_digit(s[number - 1]) || is_kanji_numeral(s[number - 1]))) --number;
    if (number == at_unit || number == 0) continue;
    std::u32string_view way = s.substr(0, number);
    // (A side, then a comma: 鳥居をくぐって右手、二軒目.)
    // (After a walk or a named place: くぐって右手、, 鳥居の左手、.)
    const bool side_then_comma = (ends_with(way, U"右手、") || ends_with(way, U"左手、")) && way.size() >= 4 &&
                                 std::u32string_view(U"てでの").find(way[way.size() - 4]) != std::u32string_view::npos;
    if (side_then_comma) way.remove_suffix(1);
    bool counted_along_a_way = ends_with(way, U"数えて") || ends_with(way, U"から");
    for (char32_t direction : std::u32string_view(U"東西南北左右")) {
      // (Or a side of a named way right before: 大手前通りの西側三つ目.)
      for (std::u32string_view particle : {U"へ", U"に", U"から", U"側の", U"側から", U"手", U"側"}) {
        if (ends_with(way, std::u32string(1, direction) + std::u32string(particle))) counted_along_a_way = true;
      }
    }
    // (After going (坂を下りて二筋目, 伊賀川沿いに二筋目, 坂を二筋下った) or a named neighbour
    // (カラコロ工房の二軒隣).)
    if (s[at_unit] != U'棟') {
      for (std::u32string_view going : {U"下りて", U"降りて", U"出て", U"入って", U"渡って", U"抜けて", U"上がって", U"沿いに", U"坂を",
                                        U"通りを", U"路地を"}) {
        counted_along_a_way = counted_along_a_way || ends_with(way, going);
      }
      counted_along_a_way = counted_along_a_way || (ends_with(way, U"の") && number >= 3 &&
                                                    (is_kanji(s[number - 2]) || is_katakana(s[number - 2])) &&
                                                    (starts_with(s, at_unit + 1, U"隣") || starts_with(s, at_unit + 1, U"先")));
    }
    if (!counted_along_a_way) continue;
    size_t begin = number;
    // (The way goes on over a comma after て: 大手門を出て、伊賀川沿いに二筋目.)
    while (begin > 0 && number - begin < 30 &&
           (std::u32string_view(U"。、「は").find(s[begin - 1]) == std::u32string_view::npos ||
            (s[begin - 1] == U'、' && begin >= 2 && s[begin - 2] == U'て') || (side_then_comma && begin == number)) &&
           !is_line_break(s[begin - 1]) && s[begin - 1] != U'|') {
      --begin;
    }
    while (begin < number && s[begin] == U' ') ++begin;
    add_finding(out, begin, after, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailLocation);
    at_unit = after - 1;
  }
}

// Views of the firm's own video or post, to tens of thousands (社長が投稿した動画の再生が一千万
// 回を超え, 公開から半年で再生回数が900万回を超えた): the count finds the video. From 再生 to 回.
void find_view_counts(std::u32string_view s, std::vector<Finding>& out) {
  for (size_t play = s.find(U"再生"); play != std::u32string_view::npos; play = s.find(U"再生", play + 2)) {
    size_t p = play + 2;
    for (std::u32string_view word : {U"回数", U"数"}) {
      if (starts_with(s, p, word)) p += word.size();
    }
    for (std::u32string_view particle : {U"が", U"は", U"で", U"も"}) {
      if (starts_with(s, p, particle)) p += particle.size();
    }
    for (std::u32string_view about : {U"約", U"およそ", U"累計"}) {
      if (starts_with(s, p, about)) p += about.size();
    }
    size_t digits = p;
    while (digits < s.size() && digits - p < 8 &&
           (is_ascii_digit(s[digits]) || is_kanji_numeral(s[digits]) || s[digits] == U',' || s[digits] == U'.')) {
      ++digits;
    }
    // (Or the count said first: 動画が1,200万回再生された.)
    if (digits == p && (ends_with(s.substr(0, play), U"万回") || ends_with(s.substr(0, play), U"億回")) && play >= 3 &&
        (is_ascii_digit(s[play - 3]) || is_kanji_numeral(s[play - 3]))) {
      size_t end = play + 2;
      for (std::u32string_view passive : {U"された", U"され"}) {
        if (starts_with(s, end, passive)) {
          end += passive.size();
          break;
        }
      }
      size_t begin = play - 2;
      while (begin > 0 && play - begin < 40 && std::u32string_view(U"。、「").find(s[begin - 1]) == std::u32string_view::npos &&
             !is_line_break(s[begin - 1]) && s[begin - 1] != U'|') {
        --begin;
      }
      add_finding(out, begin, end, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailViews);
      continue;
    }
    if (digits == p) continue;
    // (Tens of thousands or more: 再生回数が300回 is no one's record.)
    if (!(starts_with(s, digits, U"万回") || starts_with(s, digits, U"億回") ||
          ((s[digits - 1] == U'万' || s[digits - 1] == U'億') && starts_with(s, digits, U"回")))) {
      continue;
    }
    size_t end = s[digits] == U'回' ? digits + 1 : digits + 2;
    for (std::u32string_view reached : {U"を超えた", U"を超え", U"を突破した", U"を突破し", U"に達した", U"に達し", U"に上った", U"に上っ"}) {
      if (starts_with(s, end, reached)) {
        end += reached.size();
        break;
      }
    }
    // What was viewed goes with its count (生地をこねるだけの動画の再生が…).
    size_t begin = play;
    while (begin > 0 && play - begin < 30 && std::u32string_view(U"。、「").find(s[begin - 1]) == std::u32string_view::npos &&
           !is_line_break(s[begin - 1]) && s[begin - 1] != U'|') {
      --begin;
    }
    add_finding(out, begin, end, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailViews);
  }
}

// A visit by someone the news follows (2019年に首相が視察の帰りに立ち寄った, 昭和天皇の行幸の
// 際に記念写真を撮影した) or goods offered to the imperial household: reported at the time,
// they name the firm to anyone who searches. From the visitor to the verb, in one sentence.
void find_notable_visitors(std::u32string_view s, std::vector<Finding>& out) {
  static const TermMatcher visitors = [] {
    TermMatcher m;
    for (std::u32string_view w : {U"首相", U"総理", U"大臣", U"天皇", U"皇太子", U"皇后", U"上皇", U"皇族", U"宮さま", U"宮様",
                                  U"殿下", U"妃殿下", U"大統領", U"首脳", U"人気歌手", U"俳優", U"横綱", U"皇室", U"女王",
                                  // bodies and events whose suppliers the news names
                                  U"宮内庁", U"JAXA", U"NASA", U"三つ星", U"ミシュラン", U"ルーヴル", U"大河ドラマ", U"朝ドラ",
                                  U"ハリウッド", U"聖火", U"サミット", U"明治神宮", U"伊勢神宮", U"国会議事堂", U"首相官邸",
                                  U"迎賓館", U"愛・地球博", U"万博", U"国体", U"連続テレビ小説", U"献上", U"外相", U"閣僚",
                                  U"大使", U"知事", U"王子", U"王女", U"国王", U"王室", U"メダリスト",
                                  // rites, crafts' heads and national showcases whose makers are recorded
                                  U"家元", U"大嘗祭", U"遷宮", U"探査機", U"宇宙ステーション", U"世界遺産", U"襲名", U"常設展示",
                                  U"国宝", U"重要文化財",
                                  U"教科書", U"BBC", U"CNN", U"情報番組", U"ドキュメンタリー",
                                  // a state guest's table, the imperial treasury a workshop restored for
                                  U"国賓", U"正倉院", U"機内食", U"機内菓子", U"機内サービス", U"国内線", U"国際線",
                                  U"ファーストクラス", U"巡幸",
                                  // dramas and films shot there, a museum's restorers, a title match, a wrestler
                                  U"連続ドラマ", U"公開の映画", U"ルーブル", U"タイトル戦", U"大関",
                                  // a satellite launched with the firm's parts (小型衛星に姿勢制御用の部品を供給)
                                  U"小型衛星", U"人工衛星", U"観測衛星",
                                  // (即位の礼で、宮殿の控えの間に敷かれた畳の表はうちが織った; 名人戦第3局で対局者が
                                  // 手にした駒)
                                  U"即位の礼", U"宮殿", U"名人戦", U"竜王戦", U"王将戦", U"棋聖戦"}) {
      m.add(w, 0);
    }
    return m;
  }();
  for (size_t i = 0; i < s.size(); ++i) {
    const size_t length = visitors.match_at(s, i);
    if (length == 0) continue;
    // (A prize is no visit: 大臣賞, 総理大臣賞; nor a title in a programme's name; nor an
    // event as a time: 万博の年に, 国体のころ.)
    if (at(s, i + length) == U'賞' || at(s, i + length) == U'杯' || starts_with(s, i + length, U"表彰")) continue;
    bool as_time = false;
    for (std::u32string_view w : {U"の年", U"のころ", U"の頃", U"の前", U"の後", U"以来", U"に向け", U"を機に", U"の放送", U"の影響", U"ブーム"}) {
      as_time = as_time || starts_with(s, i + length, w);
    }
    if (as_time) continue;
    size_t verb_end = 0;
    for (size_t p = i + length; p < s.size() && p - i < 40 && verb_end == 0 && s[p] != U'。' && !is_line_break(s[p]); ++p) {
      for (std::u32string_view verb : {U"視察", U"訪れ", U"訪問", U"立ち寄", U"来店", U"来訪", U"行幸", U"行啓", U"食べに来",
                                       U"通っ", U"寄る店", U"献上", U"御用達", U"お忍び", U"に出され", U"に振る舞", U"に提供され",
                                       U"に贈られ", U"に贈呈", U"泊め", U"泊まり", U"納め", U"手がけ", U"任され", U"を作った",
                                       U"で作った", U"に並んで", U"にも並んで", U"にも並ぶ", U"に映っ", U"に採用され", U"を乗せ",
                                       U"見に来", U"の評価", U"に掲載", U"として使われ", U"に使われ", U"のロケ地", U"でロケ地",
                                       U"泊まっ", U"を任せ", U"が任せ",
                                       // a ride, a model for a drama: 知事が…一番舟に乗り込み, 連続
                                       // テレビ小説で…菓子屋のモデルになった
                                       U"乗り込", U"に乗船", U"に試乗", U"のモデルにな", U"のモデルとな", U"ロケに使われ",
                                       U"撮影に使われ", U"を担当し", U"召し上が", U"お買い上げ", U"組み込まれ", U"で用いられ",
                                       U"に用いられ", U"頼んでく", U"送ってく", U"に並んでい", U"に載ってい", U"を請け負",
                                       U"の大工の一人に", U"密着取材", U"を撮影し", U"取材に来",
                                       // (連続テレビ小説の撮影で窯場を貸した, 正倉院宝物の畳を復元する事業に加わった;
                                       // 修復 alone is a word's start too: 修復室)
                                       U"の撮影で", U"を貸し", U"を復元", U"に加わ", U"に携わ",
                                       // (教科書に、店の水車小屋の写真が載っている, 首相が…手土産に選んだ,
                                       // 巡幸の一行に昼のそばを出した)
                                       U"が載っ", U"に選ん", U"を出し", U"に出し",
                                       // (ルーブル美術館の修復室が…取り寄せている, 本会議場の議員席を張り替えた,
                                       // 三つ星店の料理長が…足を運ぶ, 大統領夫人への贈り物として…注文が入り,
                                       // タイトル戦が毎年この宿の離れで指され, 道徳の教科書に載った)
                                       U"取り寄せ", U"張り替え", U"足を運", U"注文が入", U"で指され", U"が開かれ", U"に載っ",
                                       U"として掲載", U"への贈り物",
                                       // (皇族を迎えて田植え行事が行われた)
                                       U"を迎えて", U"をお迎えし",
                                       U"請け負っ",
                                       // (天皇の東北巡幸で御小休所となった)
                                       U"御小休所", U"御休憩所", U"行在所", U"御座所", U"御泊所",
                                       // (皇太子さまご夫妻が市場を回られたとき、うちの店先で足を止められた; 万博では…
                                       // ブースに一週間だけ店を出させてもろて)
                                       U"足を止め", U"を回られ", U"お越し", U"店を出", U"に出店", U"で出店",
                                       // (サミットで各国首脳の晩餐に出た肉, 国際線ファーストクラスで出してもらってる,
                                       // 連続テレビ小説の小道具として器が使われた, 小型衛星に部品を供給)
                                       U"晩餐に出", U"晩餐会に出", U"夕食会に出", U"昼食会に出", U"食卓に出", U"で出して", U"で出され", U"で出て",
                                       U"が使われ", U"を供給", U"に供給",
                                       // (各国首脳への贈呈品に同社の大皿が選ばれた)
                                       U"が選ばれ", U"に選ばれ", U"にも選ばれ",
                                       // (昭和天皇の御料食器ば焼いた, 東京五輪で聖火トーチの部品を削った, 皇太子ご夫妻が
                                       // 工房を訪ねて, 万博で日本館に展示された, 朝ドラのロケにも使われた, サミットの
                                       // 昼食会でうちの殻付きが出た)
                                       U"を焼い", U"ば焼い", U"を削っ", U"を縫っ", U"を織っ", U"訪ね", U"に展示され", U"で展示され",
                                       U"ロケにも使われ", U"撮影にも使われ", U"昼食会で", U"夕食会で", U"晩餐会で", U"に並んだ",
                                       U"うちが織", U"うちが作", U"うちが納め", U"うちが焼", U"が手にした", U"が手にし"}) {
        if (verb_end == 0 && starts_with(s, p, verb)) verb_end = p + verb.size();
      }
    }
    if (verb_end == 0) continue;
    // What happened on the visit belongs to it (行幸の際に記念写真を撮影した).
    // (So does what the firm did then, after とき or 際: 市場を回られたとき、うちの店先で足を止められた.)
    for (size_t p = verb_end; p < s.size() && p - verb_end < 24; ++p) {
      if (s[p] == U'、' && (ends_with(s.substr(0, p), U"とき") || ends_with(s.substr(0, p), U"際") ||
                           ends_with(s.substr(0, p), U"時"))) {
        continue;
      }
      if (s[p] == U'、' || s[p] == U'。' || is_line_break(s[p])) {
        verb_end = p;
        break;
      }
    }
    size_t begin = i;
    while (begin > 0 && i - begin < 24 && std::u32string_view(U"、。「\n").find(s[begin - 1]) == std::u32string_view::npos &&
           !is_line_break(s[begin - 1])) {
      --begin;
    }
    add_finding(out, begin, verb_end, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailVisitor);
    i = verb_end - 1;
  }
}

// A writer or an artist the dictionary knows by name, staying or coming (志賀直哉が三週間
// 逗留した, 与謝野晶子が泊まった部屋, 夏目漱石を泊めた): the inn's own story, told in guides.
// Only as the one who stayed or the guest put up (not 大隈重信の生家を訪れる観光客). The verbs
// are found first and the name looked for before them: names are tried at few places.
void find_famous_guests(std::u32string_view s, std::vector<Finding>& out) {
  static constexpr std::u32string_view kStays[] = {U"泊ま", U"泊め", U"逗留", U"通っ", U"訪れ", U"立ち寄", U"愛用", U"贔屓", U"滞在"};
  for (size_t v = 0; v < s.size(); ++v) {
    switch (s[v]) {
      case U'泊': case U'逗': case U'通': case U'訪': case U'立': case U'愛': case U'贔': case U'滞':
        break;
      default:
        continue;
    }
    size_t stay_end = 0;
    for (std::u32string_view verb : kStays) {
      if (stay_end == 0 && starts_with(s, v, verb)) stay_end = v + verb.size();
    }
    if (stay_end == 0) continue;
    size_t from = v;
    while (from > 0 && v - from < 18 && s[from - 1] != U'、' && s[from - 1] != U'。' && !is_line_break(s[from - 1])) --from;
    // (The name ends right before が, は, も or を泊め: the dictionary is asked there only.)
    for (size_t after = from + 2; after < v; ++after) {
      if (std::u32string_view(U"がはも").find(s[after]) == std::u32string_view::npos && !starts_with(s, after, U"を泊め") &&
          !starts_with(s, after, U"を迎え")) {
        continue;
      }
      if (!is_kanji(s[after - 1])) continue;
      const size_t figure = public_figure_names().match_ending_at(s.substr(0, after), after);
      if (figure == 0 || (after - figure > 0 && is_kanji(s[after - figure - 1]))) continue;
      const size_t p = after - figure;
      size_t end = stay_end;
      while (end < s.size() && end - stay_end < 16 && std::u32string_view(U"、。」").find(s[end]) == std::u32string_view::npos &&
             !is_line_break(s[end])) {
        ++end;
      }
      add_finding(out, p, end, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailVisitor);
      v = end;
      break;
    }
  }
}

namespace {

// Start of the clause a fact lies in: back from `i` to a comma, a full stop, a topic or
// object particle or a quote, and never more than 24 characters.
size_t fact_clause_start(std::u32string_view s, size_t i) {
  size_t begin = i;
  // (A name that ends in は goes on: 道の駅うきはから.)
  while (begin > 0 && i - begin < 24 &&
         (std::u32string_view(U"、。はがを\n「」").find(s[begin - 1]) == std::u32string_view::npos ||
          (s[begin - 1] == U'は' && begin >= 2 && is_hiragana(s[begin - 2]) && named_landmark_ends_at(s, begin)))) {
    --begin;
  }
  // A kana name that opens with は after a topic, a comma, a blank or a colon starts there
  // (店は|はりまや橋, 直売所: はなれ菜キッチン).
  if (begin >= 1 && begin < i && s[begin - 1] == U'は' && is_hiragana(s[begin]) &&
      (begin == 1 || s[begin - 2] == U'は' || s[begin - 2] == U'、' || is_space(s[begin - 2]) || s[begin - 2] == U':')) {
    --begin;
  }
  return begin;
}

bool is_kanji_or_katakana(char32_t c) { return is_kanji(c) || is_katakana(c); }

constexpr std::u32string_view kLandmarks[] = {
    U"駅", U"神社", U"宮", U"寺", U"城", U"陣屋", U"大社", U"鳥居", U"公園", U"橋", U"天満宮", U"八幡宮", U"灯台",
    U"温泉", U"インター", U"IC", U"砂丘", U"港", U"空港", U"岬", U"海岸", U"浜", U"湖", U"川", U"ダム", U"本陣",
    U"古墳", U"美術館", U"博物館", U"球場", U"スタジアム", U"タワー", U"ドーム", U"役場", U"市役所", U"峠",
    // the parts of a station or a shrine one gives directions by, and other named places
    U"北口", U"南口", U"東口", U"西口", U"中央口", U"改札", U"門", U"参道", U"ロータリー", U"ターミナル", U"会館",
    U"商店街", U"入口", U"入り口", U"霊園", U"道の駅", U"園", U"乗船場", U"乗り場", U"ゲート", U"外湯",
    // parts one names a famous building by (八幡宮の二の鳥居, 彦根城天守, 薬師寺東塔)
    U"一の鳥居", U"二の鳥居", U"三の鳥居", U"二の丸", U"三の丸", U"本丸", U"天守", U"東塔", U"西塔", U"五重塔", U"三重塔", U"多宝塔", U"駅舎", U"本殿", U"本堂",
    U"拝殿", U"山門",
    // stops, crossings and markets one gives directions by (紙屋町の電停, 石井町交差点, 輪島朝市)
    U"電停", U"停留所", U"交差点", U"朝市", U"漁港", U"大橋", U"通り", U"市場", U"出丸", U"表参道", U"インターチェンジ",
    U"番館", U"洋館", U"異人館", U"総湯", U"地獄", U"出口", U"水族館", U"動物園", U"植物園", U"口", U"小学校",
    U"中学校", U"高校", U"病院", U"図書館", U"ストリート", U"横丁", U"小路", U"スカイツリー", U"ロータリー", U"御所",
    U"離宮", U"堂", U"閣", U"岳", U"基地", U"池", U"競演場", U"演舞場", U"メッセ", U"アリーナ", U"ビッグサイト", U"展望台",
    U"ヒルズ", U"倉庫", U"観光船", U"学校", U"湯畑", U"灯台", U"府庁", U"県庁", U"庁舎", U"塔", U"茶屋街", U"フェリー",
    U"時の鐘", U"鐘", U"記念館", U"史料館", U"資料館",
    U"ターミナルビル", U"城跡", U"駅前", U"像", U"銅像", U"大仏", U"の湯", U"岸壁", U"競馬場", U"帝釈天", U"観音",
    U"不動尊", U"稲荷", U"権現", U"停留場", U"展望所", U"時計台", U"領事館", U"領事館跡", U"農場", U"観覧車", U"ロープウェイ", U"ロープウエイ", U"ケーブルカー", U"街",
    U"滝", U"の滝", U"大滝", U"高原", U"湯", U"洞", U"鍾乳洞", U"ビーチ",
    // churches, cathedrals and mosques one gives directions by (ハリストス正教会, 浦上天主堂)
    U"教会", U"正教会", U"天主堂", U"聖堂", U"大聖堂", U"モスク",
    // halls a town keeps its crafts and history in (関鍛冶伝承館), and lookouts (展望地)
    U"伝承館", U"文化館", U"交流館", U"物産館", U"歴史館", U"郷土館", U"文学館", U"民俗館", U"展望地",
    // covered streets and quays named as one (浜町アーケード, 釧路フィッシャーマンズワーフ)
    U"アーケード", U"ワーフ", U"堰", U"共同浴場", U"浴場", U"ジャンクション", U"JCT", U"防波堤",
    // monuments and brick halls (茶草場農法の記念碑, 赤レンガ館)
    U"記念碑", U"石碑", U"レンガ館", U"煉瓦館",
    // parks named in katakana (那須ハイランドパーク), and theme parks (那須どうぶつ王国)
    U"パーク", U"王国", U"ワールド", U"丘陵", U"サーキット",
    // a family's old house kept as a heritage site (国森家住宅, 野﨑家旧宅, 旧岩崎邸)
    U"家住宅", U"家旧宅", U"旧宅", U"旧邸",
    // a castle's or a town's moat by its name (大仙堀に面した石垣)
    U"堀"};
// Places famous enough to be named by a common word alone, when a clause starts with them
// (時の鐘の斜向かい, 湯畑から西へ): one of each is known.
constexpr std::u32string_view kSelfNamedLandmarks[] = {U"時の鐘", U"湯畑", U"スカイツリー", U"ビッグサイト",
                                                             U"原爆ドーム", U"通天閣", U"雷門", U"一の鳥居", U"二の鳥居", U"三の鳥居"};
// The landmarks by their last character: most positions end none, and are passed over
// with one lookup.
const std::unordered_map<char32_t, std::vector<std::u32string_view>> kByLast = [] {
  std::unordered_map<char32_t, std::vector<std::u32string_view>> by_last;
  for (std::u32string_view l : kLandmarks) by_last[l.back()].push_back(l);
  return by_last;
}();

// A named landmark ends right before i: 京急蒲田駅, 高山陣屋, 大さん橋, 国道41号, 首里城
// 公園の守礼門, 帯広駅南口のロータリー; not 駅 alone or 最寄りの駅.
bool named_landmark_ends_at(std::u32string_view s, size_t i) {
  const auto clause_start = [s](size_t at) { return fact_clause_start(s, at); };
  const auto named_landmark_before = [s](size_t at) { return named_landmark_ends_at(s, at); };
  if (i == 0) return false;
  // A roadside station's name in kana after it: 道の駅うきは, 道の駅あらい.
  // (A name of kana may end in は, as town names do: うきは. Only kana is walked back over: most
  // calls end in kanji, and the walk is the cost.)
  if ((is_katakana(s[i - 1]) || is_hiragana(s[i - 1])) && i >= 5) {
    size_t name = i;
    while (name > 0 && i - name < 12 && s[name - 1] != U'駅' && (is_kanji_or_katakana(s[name - 1]) || is_hiragana(s[name - 1]))) {
      --name;
    }
    if (name >= 3 && i - name >= 2 && s.compare(name - 3, 3, U"道の駅") == 0 &&
        std::u32string_view(U"のはがをにでとへもや").find(s[name]) == std::u32string_view::npos) {
      const std::u32string_view run = s.substr(name, i - name);
      if (!ends_like_grammar(run) || (run.size() >= 3 && run.back() == U'は' && !ends_like_grammar(run.substr(0, run.size() - 1)))) {
        return true;
      }
    }
  }
  const auto candidates = kByLast.find(s[i - 1]);
  if (candidates == kByLast.end() && std::u32string_view(U"」』号線").find(s[i - 1]) == std::u32string_view::npos) {
    return false;
  }
  // A quoted name: 「ジーンズストリート」沿い, 道の駅『しらこの里』の真向かい.
  if (i >= 3 && (s[i - 1] == U'」' || s[i - 1] == U'』')) {
    const size_t open = s.rfind(s[i - 1] == U'」' ? U'「' : U'『', i - 1);
    if (open != std::u32string_view::npos && i - 1 - open >= 2 && i - 1 - open <= 15) return true;
  }
  for (std::u32string_view l : kSelfNamedLandmarks) {
    if (i >= l.size() && ends_with(s.substr(0, i), l)) return true;
  }
  // A numbered road: 国道41号, 県道12号線.
  for (std::u32string_view road : {U"号線", U"号"}) {
    if (i <= road.size() || !ends_with(s.substr(0, i), road)) continue;
    size_t digits = i - road.size();
    while (digits > 0 && is_ascii_digit(s[digits - 1])) --digits;
    if (digits < i - road.size() && digits >= 2 &&
        (s.compare(digits - 2, 2, U"国道") == 0 || s.compare(digits - 2, 2, U"県道") == 0)) {
      return true;
    }
  }
  // Only the landmarks that end in the character before i are tried.
  if (candidates == kByLast.end()) return false;
  // (Most characters that end a landmark end other words too: one test before the rest.)
  bool ends_like_landmark = false;
  for (std::u32string_view l : candidates->second) ends_like_landmark = ends_like_landmark || ends_with(s.substr(0, i), l);
  if (!ends_like_landmark) return false;
  // Common nouns that end like a landmark name no place (河川の工事, 農園の向かい).
  // (A zoo, a garden or an aquarium with a name before it is a landmark: 旭山動物園.)
  for (std::u32string_view kind : {U"動物園", U"植物園", U"水族館", U"市場", U"魚市場", U"青果市場", U"卸売市場", U"中央市場",
                                   U"農場"}) {
    // (A kana name is tried below: ひろめ市場.)
    if (ends_with(s.substr(0, i), kind) &&
        (i == kind.size() || (!is_kanji_or_katakana(s[i - kind.size() - 1]) && !is_hiragana(s[i - kind.size() - 1])) ||
         std::u32string_view(U"のがをにへでとやもは").find(s[i - kind.size() - 1]) != std::u32string_view::npos)) {
      return false;
    }
  }
  for (std::u32string_view common : {U"河川", U"鉄橋", U"陸橋", U"歩道橋", U"農園", U"菜園", U"果樹園", U"田園", U"庭園",
                                     U"保育園", U"幼稚園", U"学園", U"鉄塔", U"大通り", U"表通り",
                                     U"裏通り", U"目抜き通り", U"人通り", U"文字通り", U"額面通り", U"予定通り", U"計画通り",
                                     U"地方市場", U"国内市場", U"海外市場", U"総合病院", U"大学病院", U"動物病院",
                                     U"専門学校", U"食堂", U"講堂", U"公会堂", U"聖堂", U"内閣", U"組閣", U"天守閣",
                                     U"電池", U"貯水池", U"調整池", U"溜池", U"住宅街", U"市街", U"繁華街", U"商業街", U"飲食街",
                                     U"問屋街", U"工場街", U"オフィス街", U"官庁街", U"歓楽街", U"地下街", U"温泉街", U"中心街",
                                     U"農家住宅", U"商家住宅", U"武家住宅", U"外堀", U"内堀", U"釣り堀", U"釣堀"}) {
    if (ends_with(s.substr(0, i), common)) return false;
  }
  for (std::u32string_view l : candidates->second) {
    // A quoted name right before it: 札幌市電の「西線14条」停留場.
    if (i >= l.size() + 4 && ends_with(s.substr(0, i), l) && (s[i - l.size() - 1] == U'」' || s[i - l.size() - 1] == U'』')) {
      return true;
    }
    if (i < l.size() + 1 || !ends_with(s.substr(0, i), l) || clause_start(i) + l.size() >= i) continue;
    // A longer landmark that ends the same way is judged by itself (公園: not 公 + 園).
    bool longer = false;
    if (l.size() == 1) {
      for (std::u32string_view other : candidates->second) {
        if (other.size() > 1 && ends_with(s.substr(0, i), other)) {
          longer = true;
          break;
        }
      }
    }
    if (longer) continue;
    const char32_t c = s[i - l.size() - 1];
    if (is_kanji_or_katakana(c)) return true;
    // A kana name before it (はりまや橋): three kana or more that end no verb or particle.
    if (is_hiragana(c) && i >= l.size() + 3) {
      // (Back to the clause's start at most: 酒場は|ひろめ市場.)
      size_t kana = i - l.size();
      const size_t clause = clause_start(i);
      while (kana > clause && i - l.size() - kana < 6 && is_hiragana(s[kana - 1])) --kana;
      // (A name may open with は after a topic or a comma: 店は|はりまや橋, 、はりまや橋.)
      if (kana == clause && kana >= 1 && s[kana - 1] == U'は' &&
          (kana == 1 || std::u32string_view(U"は、。「 \n").find(s[kana - 2]) != std::u32string_view::npos)) {
        --kana;
      }
      const std::u32string_view run = s.substr(kana, i - l.size() - kana);
      // (A name of four kana may end in や as 屋号 do: はりまや橋; a list joins a word, 川や橋.)
      const bool yagou_ending = run.size() >= 4 && run.back() == U'や' && !ends_like_grammar(run.substr(0, run.size() - 1));
      if (run.size() >= 3 && (!ends_like_grammar(run) || yagou_ending) &&
          run.substr(1).find_first_of(U"のはがをにでと") == std::u32string_view::npos && run.front() != U'の') {
        return true;
      }
    }
    // A numbered gate or exit of a named place: 嘉手納基地の第1ゲート, 北口2番出口.
    if (is_ascii_digit(c) && i >= l.size() + 3) {
      size_t digits = i - l.size() - 1;
      while (digits > 0 && is_ascii_digit(s[digits - 1])) --digits;
      if (digits > 0 && s[digits - 1] == U'第' && digits >= 3 && s[digits - 2] == U'の' && named_landmark_before(digits - 2)) {
        return true;
      }
    }
    // A part of a named place: 首里城公園の守礼門, 帯広駅南口のロータリー.
    if (c == U'の' && i >= l.size() + 2 && named_landmark_before(i - l.size() - 1)) return true;
    // Or of a place with a long katakana name: アメリカンビレッジの観覧車.
    if (c == U'の' && i >= l.size() + 6) {
      size_t kana = i - l.size() - 1;
      while (kana > 0 && is_katakana(s[kana - 1])) --kana;
      if (i - l.size() - 1 - kana >= 5) return true;
    }
    // A crossing named by four kanji or more, as big-city crossings are (四条烏丸の交差点; not
  // 商店街の交差点).
  if (c == U'の' && l == U"交差点" && i >= l.size() + 5) {
    size_t run = i - l.size() - 1;
    while (run > 0 && is_kanji(s[run - 1])) --run;
    if (i - l.size() - 1 - run >= 4) return true;
  }
  // A stop named by its town: 紙屋町の電停, 石井町の交差点.
    if (c == U'の' && i >= l.size() + 4 && (l == U"電停" || l == U"停留所" || l == U"交差点" || l == U"駅") &&
        std::u32string_view(U"町村").find(s[i - l.size() - 2]) != std::u32string_view::npos &&
        is_kanji(s[i - l.size() - 3]) && is_kanji(s[i - l.size() - 4])) {
      return true;
    }
    // Kana inside a name (大さん橋), not a particle before a common word (最寄りの駅).
    const size_t from = clause_start(i);
    const std::u32string_view name = s.substr(from, i - l.size() - from);
    if (is_hiragana(c) && l != U"通り" && name.size() >= 2 && is_kanji_or_katakana(name.front()) &&
        name.find_first_of(U"のにでとやもへをはが") == std::u32string_view::npos && name.find(U"最寄") == std::u32string_view::npos) {
      return true;
    }
  }
  return false;
}

}  // namespace

void find_lookup_facts(std::u32string_view s, std::vector<Finding>& out) {
  const size_t first_new = out.size();
  const auto clause_start = [s](size_t i) { return fact_clause_start(s, i); };
  const std::function<bool(size_t)> named_landmark_before = [s](size_t i) { return named_landmark_ends_at(s, i); };
  // The way after から to a distance: 徒歩, 車で, 自転車で, 北へ約 … ; returns where the
  // number starts, or `p` if the words are not a way.
  const auto way_end = [&](size_t p) {
    for (std::u32string_view way : {U"徒歩", U"歩いて", U"車で", U"自転車で", U"バスで", U"船で", U"路面電車で", U"電車で",
                                    U"市電で", U"地下鉄で", U"北へ", U"南へ", U"東へ", U"西へ", U"北に", U"南に", U"東に",
                                    U"西に", U"下りて", U"下って", U"上って", U"上がって", U"登って",
                                    // (a side as the direction: 浅草橋から海側に歩いて百歩)
                                    U"海側に", U"海側へ", U"山側に", U"山側へ", U"川側に", U"川側へ",
                                    // (up or down a river: 沈下橋から川沿いに上流へ一キロ)
                                    U"川沿いに上流へ", U"川沿いに下流へ", U"上流へ", U"下流へ", U"上流に", U"下流に"}) {
      if (starts_with(s, p, way)) {
        p += way.size();
        // A direction, then a way of going: 東へ歩いて2分, 北へ向かって車で7分.
        for (std::u32string_view heading : {U"向かって", U"進んで", U"行って", U"歩いて", U"まっすぐ", U"真っすぐ", U"真っ直ぐ"}) {
          if (starts_with(s, p, heading)) {
            p += heading.size();
            break;
          }
        }
        for (std::u32string_view then : {U"歩いて", U"徒歩", U"車で"}) {
          if (starts_with(s, p, then)) p += then.size();
        }
        if (starts_with(s, p, U"約")) ++p;
        return p;
      }
    }
    return p;
  };
  // Start of the part of a place a way is counted from (真栄田岬の駐車場から, 宮川朝市の北端
  // から, 富山大橋西詰から): the landmark is then named before it. `i` if there is none.
  const auto landmark_part_start = [&](size_t i) {
    for (std::u32string_view part : {U"の駐車場", U"の北端", U"の南端", U"の東端", U"の西端", U"の入口", U"の入り口",
                                     U"の出口", U"の正門", U"の裏門", U"の東門", U"の西門", U"の南門", U"の北門", U"の角",
                                     U"の交差点", U"の乗り場", U"の停留所", U"の駐輪場", U"の正面", U"のお堀", U"の堀",
                                     U"の滑走路", U"の滑走路の北端", U"の滑走路の南端", U"の滑走路の東の端", U"の東の端",
                                     U"の滑走路北端", U"の滑走路南端", U"の滑走路東端", U"の滑走路西端",
                                     U"の西の端", U"の発着場", U"本館", U"別館",
                                     U"のバス停", U"の改札", U"西詰", U"東詰", U"南詰", U"北詰", U"西詰め", U"東詰め",
                                     U"南詰め", U"北詰め"}) {
      if (i > part.size() && ends_with(s.substr(0, i), part)) return i - part.size();
    }
    // (Or any part of it said in kanji after の: 宇都宮二荒山神社の大鳥居, 美観地区の中橋.)
    size_t part = i;
    while (part > 0 && i - part < 6 && is_kanji(s[part - 1])) --part;
    if (part < i && part > 1 && s[part - 1] == U'の' && named_landmark_ends_at(s, part - 1)) return part - 1;
    return i;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    // Every fact starts at one of a few characters; the rest of the text is passed at once.
    const char32_t c = s[i];
    switch (c) {
      case U'か': case U'ま': case U'の': case U'』': case U'」': case U'特': case U'築': case U'丸': case U'紹': case U'掲': case U'放':
      case U'出': case U'取': case U'沿': case U'に': case U'第': case U'付': case U'修': case U'復': case U'改':
      case U'塗': case U'再': case U'保': case U'工': case U'解': case U'を': case U'畳': case U'張': case U'葺':
      case U'載': case U'報': case U'連': case U'補': case U'設': case U'手': case U'施': case U'番': case U'清': case U'警':
      case U'植': case U'と': case U'建': case U'追': case U'密': case U'生': case U'舞': case U'撮': case U'架': case U'掛':
        break;
      default:
        continue;
    }
    // と starts only a place faced across a road (see below): most と are passed here.
    if (c == U'と' && (at(s, i + 2) != U'を' && at(s, i + 3) != U'を' && at(s, i + 4) != U'を')) continue;
    // The characters that start only a work on a place, a column or a certificate number are
    // passed at once when none starts there.
    if ((c == U'補' || c == U'設' || c == U'手' || c == U'施' || c == U'清' || c == U'警' || c == U'植' || c == U'架' || c == U'掛') &&
        public_work_end(s, i) == i) {
      continue;
    }
    if ((c == U'番' && !starts_with(s, i, U"番号")) || (c == U'連' && !starts_with(s, i, U"連載"))) continue;
    // を starts only a turn at a named place (see below): most を are passed here.
    if (c == U'を' && !named_landmark_before(i)) continue;
    // Work on a named landmark: 薬師寺東塔の解体修理に加わった, 東京駅丸の内駅舎の復原工事に
    // 石材を納めた, 彦根城天守の壁の塗り直しを請け負った. Who did it is on the public record
    // of the work (not 地元の神社の修理を請け負った: the place is named by no one).
    if (const size_t work_end = public_work_end(s, i); work_end != i) {
      size_t landmark_end = 0;
      for (size_t j = i; j + 20 > i && j > 0 && landmark_end == 0 && s[j - 1] != U'、' && s[j - 1] != U'。'; --j) {
        if ((j == i || s[j] == U'の') && named_landmark_before(j)) landmark_end = j;
      }
      // (Work said as a verb is its own: 庭を手入れしてきた, ターミナルを設計した.)
      size_t verb_end = starts_with(s, work_end, U"し") ? work_end + 1 : 0;
      // (A 、 after では goes on: 復原工事では、同社の石が使われた.)
      for (size_t p = work_end; p < s.size() && p < work_end + 24 && verb_end == 0 && s[p] != U'。' &&
                                (s[p] != U'、' || (p == work_end + 2 && starts_with(s, work_end, U"では")) ||
                                 (p >= 1 && s[p - 1] == U'を'));
           ++p) {
        for (std::u32string_view verb : {U"加わ", U"請け負", U"請負", U"請けて", U"請けた", U"請けと", U"手が", U"手掛", U"携わ", U"担当", U"担っ", U"担い",
                                         U"参加", U"参画", U"納め", U"納入", U"任さ", U"受注", U"施工", U"一手に", U"が使われ",
                                         U"が採用され", U"全部作っ", U"を作っ", U"が作っ"}) {
          if (verb_end == 0 && starts_with(s, p, verb)) verb_end = p + verb.size();
        }
      }
      if (landmark_end > 0 && verb_end > 0) {
        // (A quoted place starts its clause before the quote: オアシス21の「水の宇宙船」の清掃.)
        size_t from = landmark_end;
        if (from > 0 && (s[from - 1] == U'」' || s[from - 1] == U'』')) {
          const size_t open = s.rfind(s[from - 1] == U'」' ? U'「' : U'『', from - 1);
          if (open != std::u32string_view::npos) from = open;
        }
        add_finding(out, clause_start(from), verb_end, FindingKind::kQuasiIdentifier, Severity::kWarning,
                    kDetailPublicWork);
        i = verb_end - 1;
        continue;
      }
    }
    // …から徒歩N分, から車で8分, から北へ約300メートル, から坂を下って徒歩2分
    // (Or a route and the number right after it: 湯畑から西の河原通りを三分ほど上った右手.)
    size_t way_number = 0;
    const auto way_unit_length = [&](size_t p) -> size_t {
      // (Or the house counted on the way: 歩いて五番目に見える煙突.)
      for (std::u32string_view u : {U"分", U"メートル", U"m", U"キロ", U"km", U"駅", U"つ目", U"本目", U"軒目", U"筋目", U"秒", U"歩",
                                    U"番目"}) {
        if (starts_with(s, p, u)) return u.size();
      }
      return 0;
    };
    // (Or to it: 通天閣まで歩いて90秒.)
    const bool from_or_to = starts_with(s, i, U"から") || starts_with(s, i, U"まで");
    if (from_or_to) {
      // (Or the number right after it: 浄蓮の滝から300メートル下流; not a numeral that opens a
      // name, 八ヶ岳へ向かって車で7分.)
      if (const size_t n = number_end(s, i + 2); n > i + 2 && (way_unit_length(n) > 0 || at(s, n) == U'.')) way_number = i + 2;
      for (size_t p = i + 2; p < s.size() && p <= i + 18 && way_number == 0 && s[p] != U'、' && s[p] != U'。'; ++p) {
        if (way_end(p) != p) {
          way_number = way_end(p);
          break;
        }
        if (p > i + 3 && s[p - 1] == U'を' && number_end(s, p) > p) {
          way_number = p;
          break;
        }
        // (Or after going some way: 若宮大路を海へ向かって5分.)
        if (p > i + 3 && (s[p - 1] == U'て' || s[p - 1] == U'で') && is_ascii_digit(s[p])) {
          way_number = p;
          break;
        }
        // (About a number: 高梁川を約800メートル遡った.)
        if (p > i + 3 && s[p - 1] == U'を' && s[p] == U'約' && number_end(s, p + 1) > p + 1) {
          way_number = p + 1;
          break;
        }
      }
    }
    // 谷川岳ロープウェイの乗り場から道を挟んだ向かい: across the road from a named place.
    if (starts_with(s, i, U"から") && (named_landmark_before(i) || named_landmark_before(landmark_part_start(i)))) {
      size_t across_end = 0;
      for (std::u32string_view road : {U"道を挟んだ", U"道路を挟んだ", U"通りを挟んだ", U"道を挟んで", U"通りを挟んで",
                                       U"道路を挟んで", U"県道を挟んだ", U"国道を挟んだ", U"線路を挟んだ", U"川を挟んだ"}) {
        if (across_end == 0 && starts_with(s, i + 2, road)) across_end = i + 2 + road.size();
      }
      size_t position_end = 0;
      for (std::u32string_view position : {U"真向かい", U"斜め向かい", U"向かい", U"反対側", U"向こう側", U"正面"}) {
        if (across_end > 0 && position_end == 0 && starts_with(s, across_end, position)) {
          position_end = across_end + position.size();
        }
      }
      if (position_end > 0) {
        add_finding(out, clause_start(landmark_part_start(i)), position_end, FindingKind::kQuasiIdentifier,
                    Severity::kWarning, kDetailLocation);
        i = position_end - 1;
        continue;
      }
    }
    // 彦根城の佐和口多聞櫓と堀を挟んで向かい合う: facing a named place across a road or a moat.
    // (Or a part of it: 彦根城の佐和口多聞櫓.)
    const auto landmark_or_its_part_before = [&](size_t at) {
      if (named_landmark_before(at) || named_landmark_before(landmark_part_start(at))) return true;
      size_t part = at;
      while (part > 0 && at - part < 8 && is_kanji(s[part - 1])) --part;
      return part < at && part > 1 && s[part - 1] == U'の' && named_landmark_before(part - 1);
    };
    if (c == U'と' && landmark_or_its_part_before(i)) {
      size_t facing_end = 0;
      for (size_t p = i + 2; p < s.size() && p <= i + 6 && facing_end == 0; ++p) {
        // (通り ends in kana: 乗り場と通りを挟んで向かい合う.)
        if (!is_kanji(s[p - 1]) && !(s[p - 1] == U'り' && s[p - 2] == U'通')) break;
        if (!starts_with(s, p, U"を挟んで")) continue;
        for (std::u32string_view facing : {U"向かい合", U"向き合", U"真向かい", U"向かい", U"対面"}) {
          if (facing_end == 0 && starts_with(s, p + 4, facing)) facing_end = p + 4 + facing.size();
        }
      }
      if (facing_end > 0) {
        while (facing_end < s.size() && is_hiragana(s[facing_end]) && s[facing_end] != U'、') ++facing_end;
        add_finding(out, clause_start(landmark_part_start(i)), facing_end, FindingKind::kQuasiIdentifier, Severity::kWarning,
                    kDetailLocation);
        i = facing_end - 1;
        continue;
      }
    }
    // 石井町交差点を東に折れて200メートル: a turn at a named place and a distance after it.
    if (c == U'を') {
      size_t end = 0;
      // (Or a side and a count of crossings after it: 筑紫口を出て右、二つ目の信号を渡った.)
      bool turned = false;
      for (size_t p = i + 2; p < s.size() && p <= i + 16 && end == 0 && s[p] != U'。'; ++p) {
        turned = turned || s[p - 1] == U'て' || s[p - 1] == U'で';
        if (!turned || (s[p] == U'、' && p > i + 8)) continue;
        const size_t digits = number_end(s, p);
        if (digits == p) continue;
        for (std::u32string_view u : {U"メートル", U"m", U"分", U"キロ", U"km", U"軒目", U"つ目", U"本目", U"つ渡", U"つ先", U"本先", U"秒"}) {
          if (end == 0 && starts_with(s, digits, u)) end = digits + u.size();
        }
      }
      // (Or a turn or a side right after leaving it: 古宇利大橋を渡りきって左に折れた,
      // 北野天満宮の東門を出てすぐ向かい.)
      for (size_t p = i + 2; p < s.size() && p <= i + 10 && end == 0 && s[p] != U'、' && s[p] != U'。'; ++p) {
        if (s[p - 1] != U'て' && s[p - 1] != U'で') continue;
        const size_t q = starts_with(s, p, U"すぐ") ? p + 2 : p;
        for (std::u32string_view turn : {U"左に折れ", U"右に折れ", U"左へ折れ", U"右へ折れ", U"左に曲が", U"右に曲が", U"左へ曲が",
                                         U"右へ曲が", U"向かい", U"真向かい", U"斜め向かい", U"右手", U"左手", U"目の前", U"正面",
                                         U"隣", U"右、", U"左、", U"右の", U"左の"}) {
          if (end == 0 && starts_with(s, q, turn)) end = q + turn.size();
        }
      }
      if (end > 0) {
        add_finding(out, clause_start(i), end, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailLocation);
        i = end - 1;
        continue;
      }
    }
    // …の入口から2軒目, から三軒隣: a count of doors from a named place.
    const auto doors_end = [&](size_t p) -> size_t {
      for (std::u32string_view doors : {U"軒目", U"軒隣", U"軒先", U"軒となり"}) {
        if (starts_with(s, p, doors)) return p + doors.size();
      }
      return 0;
    };
    if (starts_with(s, i, U"から") && number_end(s, i + 2) > i + 2 && doors_end(number_end(s, i + 2)) > 0 &&
        (named_landmark_before(i) || named_landmark_before(landmark_part_start(i)))) {
      const size_t end = doors_end(number_end(s, i + 2));
      add_finding(out, clause_start(i), end, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailLocation);
      i = end - 1;
      continue;
    }
    if (way_number > 0) {
      const size_t number = way_number;
      size_t digits = number_end(s, number);
      // (A decimal goes on: 北へ1.5キロ.)
      if (digits > number && at(s, digits) == U'.' && is_ascii_digit(at(s, digits + 1))) digits = digit_run_end(s, digits + 1);
      const size_t unit = digits > number ? way_unit_length(digits) : 0;
      if (unit > 0 && (named_landmark_before(i) || named_landmark_before(landmark_part_start(i)))) {
        // The turns that follow belong to it (…から歩いて5分ほど、参道から一本西へ入った路地).
        size_t end = digits + unit;
        const size_t about = starts_with(s, end, U"ほど、") ? 2 : 0;
        // (So does the side it ends on, in the same clause: 三分ほど上った右手.)
        for (size_t p = end; p < s.size() && p < end + 12 && about == 0 && s[p] != U'、' && s[p] != U'。'; ++p) {
          for (std::u32string_view side : {U"右手", U"左手", U"突き当たり", U"突き当り", U"角"}) {
            if (starts_with(s, p, side)) {
              end = p + side.size();
              p = s.size() - 1;
              break;
            }
          }
        }
        if (at(s, end + about) == U'、') {
          end += about;
          size_t next = end + 1;
          while (next < s.size() && next - end < 24 && s[next] != U'、' && s[next] != U'。' && !is_line_break(s[next])) ++next;
          const std::u32string_view turn = s.substr(end + 1, next - end - 1);
          for (std::u32string_view w : {U"入った", U"入る", U"曲が", U"角", U"向かい", U"隣", U"路地", U"通り沿い", U"並び", U"手前",
                                        U"左手", U"右手", U"きった"}) {
            if (turn.find(w) != std::u32string_view::npos) {
              end = next;
              break;
            }
          }
        }
        add_finding(out, clause_start(landmark_part_start(i)), end, FindingKind::kQuasiIdentifier, Severity::kWarning,
                    kDetailLocation);
        i = end - 1;
        continue;
      }
    }
    // 宮川朝市から一本北の通り, 本館から西へ一本入った通り, 中橋から東へ二筋入った角地: the
    // street next to a named place, or the next but one.
    const auto streets_count_at = [&](size_t p) {
      return std::u32string_view(U"一二三123").find(at(s, p)) != std::u32string_view::npos &&
             (at(s, p + 1) == U'本' || at(s, p + 1) == U'筋');
    };
    size_t street_from = 0;  // where the words after the count start
    if (starts_with(s, i, U"から") && streets_count_at(i + 2) &&
        std::u32string_view(U"東西南北裏").find(at(s, i + 4)) != std::u32string_view::npos) {
      street_from = i + 5;
    } else if (starts_with(s, i, U"から") && std::u32string_view(U"東西南北").find(at(s, i + 2)) != std::u32string_view::npos &&
               at(s, i + 3) == U'へ' && streets_count_at(i + 4)) {
      street_from = i + 6;
    }
    if (street_from > 0 && (named_landmark_before(i) || named_landmark_before(landmark_part_start(i)))) {
      size_t end = 0;
      for (std::u32string_view street : {U"の通り", U"の路地", U"の道", U"の筋", U"に入", U"入った通り", U"入った路地", U"入った角地",
                                         U"入った角", U"入った"}) {
        if (end == 0 && starts_with(s, street_from, street)) end = street_from + street.size();
      }
      // (Or the street said by its direction alone: 表参道から一本裏、石灯籠の横.)
      if (end == 0 && street_from == i + 5 && std::u32string_view(U"、。に").find(at(s, i + 5)) != std::u32string_view::npos) {
        end = i + 5;
      }
      if (end > 0) {
        add_finding(out, clause_start(i), end, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailLocation);
        i = end - 1;
        continue;
      }
    }
    // ハリストス正教会から坂を下りきった角: a short way from a named place to where it ends.
    if (starts_with(s, i, U"から") && (named_landmark_before(i) || named_landmark_before(landmark_part_start(i)))) {
      size_t way_end = 0;
      for (size_t p = i + 3; p < s.size() && p <= i + 14 && way_end == 0 && s[p] != U'、' && s[p] != U'。' && !is_line_break(s[p]);
           ++p) {
        if (s[p - 1] != U'た' || (!is_hiragana(s[p - 2]) && !is_kanji(s[p - 2]))) continue;
        for (std::u32string_view end : {U"角", U"先", U"右手", U"左手", U"突き当たり", U"突き当り", U"ところ", U"場所", U"高台"}) {
          if (way_end == 0 && starts_with(s, p, end)) way_end = p + end.size();
        }
      }
      if (way_end > 0) {
        add_finding(out, clause_start(landmark_part_start(i)), way_end, FindingKind::kQuasiIdentifier, Severity::kWarning,
                    kDetailLocation);
        i = way_end - 1;
        continue;
      }
    }
    // 猿沢池から元興寺へ向かう路地の三軒目: a count of doors along a way from a named place.
    if (starts_with(s, i, U"から") && named_landmark_before(i)) {
      size_t count_end = 0;
      for (size_t p = i + 2; p < s.size() && p <= i + 18 && count_end == 0 && s[p] != U'、' && s[p] != U'。' && !is_line_break(s[p]);
           ++p) {
        const size_t digits = number_end(s, p);
        if (digits > p && (starts_with(s, digits, U"軒目") || starts_with(s, digits, U"本目"))) count_end = digits + 2;
      }
      if (count_end > 0) {
        add_finding(out, clause_start(i), count_end, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailLocation);
        i = count_end - 1;
        continue;
      }
    }
    // landmark + の向かい / の北隣 / の東門前 / 沿い / に面した: where the firm stands, by a
    // place anyone can find.
    // (Most の and に start none: the character after them is tested first.)
    const bool maybe_position =
        c == U'沿' || (c == U'に' && (at(s, i + 1) == U'面' || at(s, i + 1) == U'接' || at(s, i + 1) == U'直' || at(s, i + 1) == U'隣')) ||
        (c == U'の' && std::u32string_view(U"真斜向目す隣たほふ門正裏一東西南北脇横堀").find(at(s, i + 1)) != std::u32string_view::npos) ||
        // (の中 and の対 open common words, の中で, の対象: only 中ほど and 対岸 are positions.)
        (c == U'の' && ((at(s, i + 1) == U'中' && (at(s, i + 2) == U'ほ' || at(s, i + 2) == U'程')) ||
                         (at(s, i + 1) == U'対' && at(s, i + 2) == U'岸')));
    if (maybe_position) {
      size_t p = i;
      if (c == U'の') {
        ++p;
        if (std::u32string_view(U"東西南北").find(at(s, p)) != std::u32string_view::npos) ++p;
      }
      size_t position_end = p;
      static constexpr std::u32string_view kPositions[] = {
          U"真向かい", U"斜め向かい", U"向かい", U"目の前", U"すぐ隣", U"隣", U"たもと", U"ほとり", U"ふもと", U"門前",
          U"正面", U"裏手", U"一角", U"沿い", U"に面した", U"に面して", U"に面する", U"に接する", U"に接した", U"すぐ向かい",
          U"すぐ脇", U"すぐ横", U"真横", U"真裏", U"脇", U"中ほど", U"中程", U"堀端", U"堀沿い", U"対岸", U"真下", U"真上", U"に直結する", U"に直結した", U"に直結",
          U"に隣接する", U"に隣接した", U"に隣接して", U"に隣接"};
      for (std::u32string_view position : kPositions) {
        if (position_end == p && starts_with(s, p, position)) position_end = p + position.size();
      }
      // 沿い and に面した come right after the place; the others after の. Along a river or
      // a coast (四万十川沿い, 堀川沿い) is a long stretch; along a road or street is not.
      const bool direct = c != U'の';
      if (direct && starts_with(s, p, U"沿い")) {
        bool long_stretch = false;
        for (std::u32string_view w : {U"川", U"湖", U"海岸", U"浜", U"線", U"海", U"湾"}) {
          long_stretch = long_stretch || ends_with(s.substr(0, i), w);
        }
        if (long_stretch) continue;
      }
      // A quoted place (外湯「一の湯」の真向かい) starts its clause before the quote.
      size_t from = i;
      if (i > 0 && s[i - 1] == U'」') {
        const size_t open = s.rfind(U'「', i - 1);
        if (open != std::u32string_view::npos) from = open;
      }
      if (position_end != p &&
          direct == (starts_with(s, p, U"沿い") || starts_with(s, p, U"に面") || starts_with(s, p, U"に接") || starts_with(s, p, U"に直") ||
                     starts_with(s, p, U"に隣")) &&
          (named_landmark_before(i) || named_landmark_before(landmark_part_start(i))) && clause_start(from) + 2 < i) {
        // What stands there and since when belongs to it: 宇治橋のたもとで江戸時代から続く.
        if (at(s, position_end) == U'で') {
          for (size_t q = position_end + 1; q < s.size() && q - position_end < 14 && s[q] != U'、' && s[q] != U'。'; ++q) {
            if (starts_with(s, q, U"から続")) {
              position_end = q + 3;
              break;
            }
          }
        }
        add_finding(out, clause_start(from), position_end, FindingKind::kQuasiIdentifier, Severity::kWarning,
                    kDetailLocation);
        i = position_end - 1;
        continue;
      }
    }
    // What a quote names, by the words around it: a programme or paper, a magazine issue,
    // an event the firm holds.
    if (s[i] == U'』' || s[i] == U'」') {
      const char32_t opener = s[i] == U'』' ? U'『' : U'「';
      const size_t open = s.rfind(opener, i);
      if (open != std::u32string_view::npos && i - open <= 30) {
        // 『番組』で紹介, 「番組」に出演: only a programme or a paper (a year, 放送, 番組, 新聞
        // or 誌 near before it).
        // A year or a few words may stand between: 『ながさきプラス』で2022年に特集, 『紀州
        // ぐるり旅』で蔵の様子が放送された.
        // (A date in brackets may stand between: 『かごしま晩酌紀行』（2021年10月放送）で紹介.)
        size_t after = i + 1;
        if (at(s, after) == U'（' || at(s, after) == U'(') {
          const size_t close = s.find_first_of(U"）)", after);
          if (close != std::u32string_view::npos && close - after <= 20) after = close + 1;
        }
        // (So may a year, a column or an episode: 『HAIR MODE』2023年の九州特集で, 「ひと」欄に
        // 登場, 『…』豆腐の回で紹介.)
        if (const size_t year = year_end(s, after); year != after && starts_with(s, year, U"の")) after = year;
        // (Or an edition after it: 『るるぶ仙台』の2024年版にも載った.)
        if (starts_with(s, after, U"の")) {
          if (const size_t year = year_end(s, after + 1); year != after + 1 && starts_with(s, year, U"版")) after = year + 1;
        }
        if (starts_with(s, after, U"欄")) ++after;
        for (size_t p = after; p < s.size() && p < after + 8 && s[p] != U'、' && s[p] != U'。' && s[p] != U'を'; ++p) {
          if (starts_with(s, p, U"の回で") || starts_with(s, p, U"の回に")) {
            after = p + 2;
            break;
          }
        }
        size_t shown_end = after;
        for (std::u32string_view shown : {U"で紹介", U"に出演", U"で取り上げ", U"に取り上げ", U"に掲載", U"で特集", U"と特集",
                                          U"でロケ", U"のロケで", U"の衣装", U"が同社を扱", U"が同社を紹介", U"が同社を取り上げ",
                                          U"の撮影で", U"にも載", U"にも掲載", U"にも登場",
                                          U"で扱われ",
                                          U"と紹介",
                                          U"で放送", U"に出た", U"に出て", U"に載っ", U"に載り", U"の表紙", U"に登場", U"のロケ地",
                                          U"のロケに", U"の舞台に", U"の撮影に", U"の映像制作", U"の制作に参加", U"の撮影に協力",
                                          // (番組に「行列の絶えない一軒」として登場した)
                                          U"として登場", U"として紹介"}) {
          if (shown_end == after && starts_with(s, after, shown)) shown_end = after + shown.size();
        }
        // (A quote as what the firm was called is a title only when the showing is dated: 2018年には
        // …番組に「行列の絶えない一軒」として登場; 雑誌の特集で「町の本屋」として紹介 names none.)
        if (shown_end != after && (starts_with(s, after, U"として登場") || starts_with(s, after, U"として紹介"))) {
          bool dated = false;
          for (size_t p = open >= 30 ? open - 30 : 0; p < open && !dated; ++p) dated = year_end(s, p) != p;
          if (!dated) shown_end = after;
        }
        // A few words may stand between: 『…』で蔵の様子が放送された, 「…」に毎週出演.
        // (An edition or a corner too: 『…』第12回で取り上げ, 『…』巻頭特集で紹介, 「…」の特集で.)
        // (Or the programme as the subject: 『ほっかいどう夕方便』が…放送で取り上げる.)
        if (shown_end == after && (starts_with(s, after, U"で") || starts_with(s, after, U"に") ||
                                   starts_with(s, after, U"第") || starts_with(s, after, U"巻頭") ||
                                   starts_with(s, after, U"特集") || starts_with(s, after, U"の") ||
                                   starts_with(s, after, U"が"))) {
          // (After a magazine or a programme named as one, the verb may come later: ファッション誌
          // 『Lulu』で「…」として6ページにわたって紹介.)
          const size_t kind_from = open >= 12 ? open - 12 : 0;
          const std::u32string_view kind_before = s.substr(kind_from, open - kind_from);
          const bool named_outlet = kind_before.find(U"誌") != std::u32string_view::npos ||
                                    kind_before.find(U"月号") != std::u32string_view::npos ||
                                    kind_before.find(U"番組") != std::u32string_view::npos ||
                                    kind_before.find(U"BS") != std::u32string_view::npos ||
                                    kind_before.find(U"TBS") != std::u32string_view::npos;
          for (size_t p = after + 1; p < s.size() && p <= after + (named_outlet ? 36 : 13) && shown_end == after && s[p] != U'。' &&
                                     (s[p] != U'、' || named_outlet);
               ++p) {
            for (std::u32string_view verb : {U"特集", U"紹介", U"放送", U"取り上げ", U"出演", U"登場", U"出た", U"出て", U"出して", U"映っ",
                                             U"映り込", U"映され", U"取材を受け", U"密着", U"連載", U"で取材", U"を取材",
                                             // (『…』の全国枠で窯焚きが流れた)
                                             U"が流れ",
                                             // (『Chef's Table』の一話で同ブランドの包丁が使われ, 『美の壺』でも工房を映してもろた)
                                             U"が使われ", U"で使われ", U"映して", U"映し",
                                             // (雑誌『Kinfolk』に写真が載り)
                                             U"載っ", U"載り"}) {
              if (shown_end == after && starts_with(s, p, verb)) shown_end = p + verb.size();
            }
          }
        }
        if (shown_end != after) {
          const size_t from = open >= 16 ? open - 16 : 0;
          const std::u32string_view before = s.substr(from, open - from);
          bool media = false;
          for (std::u32string_view word : {U"放送", U"番組", U"新聞", U"誌", U"テレビ", U"ラジオ", U"年", U"ガイドブック", U"新報",
                                           U"NHK", U"局", U"地元紙", U"業界紙", U"全国紙", U"専門紙", U"地方紙", U"ドキュメンタリー",
                                           U"配信", U"Netflix", U"チャンネル", U"YouTube", U"動画",
                                           U"映画", U"ドラマ", U"連載", U"日報", U"月号", U"ニュース",
                                           // channels named by their letters (BS朝日の『…』, TBSの『…』)
                                           U"BS", U"TBS", U"フジテレビ", U"日本テレビ", U"テレビ朝日", U"テレビ東京", U"Eテレ",
                                           U"るるぶ", U"まっぷる"}) {
            media = media || before.find(word) != std::u32string_view::npos;
          }
          // (Or a guidebook's series in the title: 『るるぶ仙台』.)
          const std::u32string_view title = s.substr(open, i - open);
          media = media || title.find(U"るるぶ") != std::u32string_view::npos || title.find(U"まっぷる") != std::u32string_view::npos;
          // (Or a broadcaster's name in it: 『NHKニュースおはよう日本』.)
          media = media || title.find(U"NHK") != std::u32string_view::npos;
          // (Or the date in brackets after the title: 『…』（2023年5月放送）.)
          const std::u32string_view dated = s.substr(i + 1, after - i - 1);
          media = media || dated.find(U"放送") != std::u32string_view::npos || dated.find(U"号") != std::u32string_view::npos;
          // (Filming is for a screen: 「孤独のグルメ」の撮影に使われた店.)
          const std::u32string_view shown_words = s.substr(after, shown_end - after);
          media = media || shown_words.find(U"ロケ") != std::u32string_view::npos || shown_words.find(U"撮影") != std::u32string_view::npos;
          if (media) {
            add_finding(out, clause_start(open), shown_end, FindingKind::kQuasiIdentifier, Severity::kWarning,
                        kDetailMedia);
          }
        }
        const std::u32string_view inner = s.substr(open + 1, i - open - 1);
        // 2017年度の「愛知ブランド企業」に認定, 府の『ものづくり匠賞』を受賞: a named
        // recognition with its year; the lists of those recognised are published.
        // (A few words may stand between: 「愛」あるブランド産品に認定; 認証 may follow at once.)
        size_t recognised_at = i + 1;
        for (size_t p = i + 1; p < s.size() && p <= i + 10 && s[p] != U'、' && s[p] != U'。' && recognised_at == i + 1; ++p) {
          if (s[p] == U'に' && (starts_with(s, p, U"に認定") || starts_with(s, p, U"に選定") || starts_with(s, p, U"に選ばれ") ||
                                starts_with(s, p, U"に選出"))) {
            recognised_at = p;
          }
        }
        if (starts_with(s, i + 1, U"認証")) recognised_at = i + 1;
        for (std::u32string_view recognised : {U"に認定", U"に採択", U"に選定", U"に選出", U"に選ばれ", U"を受賞",
                                               U"を受け", U"に登録", U"で1位", U"で第1位", U"で一位", U"で優勝", U"認証",
                                               U"認定を受け", U"の認定を受け", U"認定を取得", U"の認定を取得", U"表彰", U"の認定",
                                               U"にも選ばれ", U"にも選定", U"にも認定"}) {
          if (!starts_with(s, recognised_at, recognised) || inner.size() < 1) continue;
          size_t sentence = open;
          while (sentence > 0 && open - sentence < 40 && s[sentence - 1] != U'。' && !is_line_break(s[sentence - 1])) {
            --sentence;
          }
          bool dated = false;
          size_t first_year = open;
          for (size_t p = sentence; p + 5 <= i + 1 && !dated; ++p) {
            dated = year_end(s, p) != p;
            if (dated) first_year = p;
          }
          // A year in the title itself: 『全国うどんランキング2023』.
          for (size_t p = 0; p + 4 <= inner.size() && !dated; ++p) {
            dated = year_in_a_name_at(inner, p);
          }
          if (dated) {
            // From the year on when it comes first (2015年と2021年の2度、府の『…』を受賞).
            const size_t begin = std::min(first_year, clause_start(open) < sentence ? sentence : clause_start(open));
            add_finding(out, begin, recognised_at + recognised.size(), FindingKind::kQuasiIdentifier, Severity::kWarning,
                        kDetailAward);
          }
          break;
        }
        // 雑誌『美的』2023年6月号: an issue of a magazine, by its name and date.
        const size_t year = year_end(s, i + 1);
        if (s[i] == U'』' && !inner.empty() && year != i + 1) {
          size_t month = number_end(s, year);
          if (starts_with(s, year, U"版") || starts_with(s, year, U"度版")) {
            add_finding(out, clause_start(open), year + (starts_with(s, year, U"版") ? 1 : 2), FindingKind::kQuasiIdentifier,
                        Severity::kWarning, kDetailMedia);
          }
          if (month > year && starts_with(s, month, U"月号")) {
            add_finding(out, clause_start(open), month + 2, FindingKind::kQuasiIdentifier, Severity::kWarning,
                        kDetailMedia);
          }
          // (Or a season's issue: 『Elle Décor』2023年秋号.)
          for (std::u32string_view season : {U"春号", U"夏号", U"秋号", U"冬号", U"新年号"}) {
            if (starts_with(s, year, season)) {
              add_finding(out, clause_start(open), year + season.size(), FindingKind::kQuasiIdentifier, Severity::kWarning,
                          kDetailMedia);
            }
          }
        }
        // 毎年5月に開く「いちご畑の音楽祭」: an event the firm holds, by its name.
        bool event = false;
        for (std::u32string_view end_word : {U"祭", U"まつり", U"フェス", U"フェスタ", U"ライブ", U"マルシェ", U"フェア",
                                             U"市", U"の日", U"コンサート", U"大会", U"イベント", U"教室", U"体験会"}) {
          event = event || ends_with(inner, end_word);
        }
        if (event && inner.size() >= 4) {
          const size_t from = clause_start(open);
          const std::u32string_view before = s.substr(from, open - from);
          bool held = false;
          for (std::u32string_view w : {U"毎年", U"毎月", U"毎週", U"開く", U"開いている", U"主催", U"開催"}) {
            held = held || before.find(w) != std::u32string_view::npos;
          }
          for (std::u32string_view w : {U"を開", U"を主催", U"を開催", U"を始め"}) {
            held = held || starts_with(s, i + 1, w);
          }
          if (held) add_finding(out, from, i + 1, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailEvent);
        }
      }
    }
    // テレビ神奈川の情報番組で3度紹介, 北日本新聞に掲載: a named station or paper that
    // showed the firm (a generic one, 地元新聞 or テレビ, names nothing).
    if (c == U'紹' || c == U'掲' || c == U'特' || c == U'出' || c == U'取' || c == U'載' || c == U'報' || c == U'連' ||
        c == U'放' || c == U'追' || c == U'密' || c == U'生' || c == U'舞' || c == U'撮') {
      bool shown = false;
      // (Or the firm came on it: BS朝日の旅番組にも出ました.)
      // (Or followed the firm for a while: 番組が再開までを五回追いかけた, 密着取材された.)
      // (Or was broadcast live from it, or was where a programme was set: …の生中継がうちの台所
      // から入った, 2016年放送のBS旅番組の舞台になった.)
      for (std::u32string_view w : {U"紹介", U"掲載", U"特集", U"出演", U"取り上げ", U"載っ", U"載り", U"報じ", U"連載", U"放送され",
                                    U"放送さ", U"出まし", U"出た", U"追いかけ", U"密着", U"生中継", U"舞台にな", U"舞台とな",
                                    // (filmed by it: 『ドキュメント72時間』で三日間撮ってもらった)
                                    U"撮ってもら", U"撮影され", U"撮影して"}) {
        shown = shown || starts_with(s, i, w);
      }
      // The outlet may stand a few clauses before the verb (NHK新潟放送局の夕方のニュースで
      // 仕込みの様子が紹介され): it is looked for back to the sentence's start.
      size_t from = i;
      while (from > 0 && i - from < 40 && s[from - 1] != U'。' && !is_line_break(s[from - 1])) --from;
      if (shown && from + 4 <= i) {
        const std::u32string_view clause = s.substr(from, i - from);
        size_t media_end = 0;
        size_t outlet_begin = from;
        for (std::u32string_view outlet : {U"テレビ", U"新聞", U"放送", U"新報", U"日報"}) {
          for (size_t at_outlet = clause.find(outlet); at_outlet != std::u32string_view::npos && media_end == 0;
               at_outlet = clause.find(outlet, at_outlet + 1)) {
            // The outlet's own name: kanji right before 新聞/放送/テレビ, or right after テレビ.
            size_t name_begin = at_outlet;
            while (name_begin > 0 && at_outlet - name_begin < 4 && is_kanji(clause[name_begin - 1])) --name_begin;
            // (Or a kana nickname after a prefecture: 岩手めんこいテレビ; not 地元の|テレビ.)
            if (name_begin == at_outlet && outlet == U"テレビ") {
              size_t kana = at_outlet;
              while (kana > 0 && at_outlet - kana < 6 && is_hiragana(clause[kana - 1]) && clause[kana - 1] != U'の') --kana;
              size_t kanji = kana;
              while (kanji > 0 && kana - kanji < 4 && is_kanji(clause[kanji - 1])) --kanji;
              if (at_outlet - kana >= 3 && kana - kanji >= 2 && lexicon().prefectures.contains(clause.substr(kanji, kana - kanji))) {
                name_begin = kanji;
              }
            }
            size_t name_end = at_outlet + outlet.size();
            if (outlet == U"テレビ") {
              while (name_end < clause.size() && name_end - at_outlet - outlet.size() < 3 && is_kanji(clause[name_end])) {
                ++name_end;
              }
            }
            const std::u32string_view name = clause.substr(name_begin, name_end - name_begin);
            const bool named = name.size() >= outlet.size() + 2;
            bool generic = false;
            for (std::u32string_view g : {U"地元", U"地方", U"全国", U"業界", U"専門", U"地域", U"県内", U"経済", U"日刊",
                                          U"民間", U"大手", U"一般", U"主要", U"各", U"全国紙", U"地方紙", U"ケーブル"}) {
              generic = generic || starts_with(name, 0, g);
            }
            if (named && !generic) {
              media_end = name_end;
              outlet_begin = from + name_begin;
            }
          }
        }
        // A station by the short name everyone calls it (日テレの『ヒルナンデス！』に出た), or a
        // foreign paper by its name in katakana (英ガーディアン紙の旅行記事で紹介され).
        // (Its programme after it, as a station's name alone is as general as NHKで紹介された.)
        for (std::u32string_view station : {U"日テレ", U"テレ朝", U"テレ東", U"フジテレビ", U"BS朝日", U"BS日テレ", U"BSフジ",
                                            U"BSテレ東", U"BS-TBS"}) {
          const size_t at_station = clause.find(station);
          if (media_end == 0 && at_station != std::u32string_view::npos && at(clause, at_station + station.size()) == U'の') {
            media_end = from + at_station + station.size();
            outlet_begin = from + at_station;
          }
        }
        // (Or a national paper or magazine by its short name: 2019年10月の日経MJに掲載.)
        for (std::u32string_view paper : {U"日経MJ", U"日経新聞", U"日経ビジネス", U"日経トレンディ", U"日経産業新聞", U"日経流通新聞"}) {
          const size_t at_paper = clause.find(paper);
          if (media_end == 0 && at_paper != std::u32string_view::npos) {
            media_end = from + at_paper + paper.size();
            outlet_begin = from + at_paper;
          }
        }
        for (size_t paper = clause.find(U'紙'); paper != std::u32string_view::npos && media_end == 0; paper = clause.find(U'紙', paper + 1)) {
          size_t name = paper;
          while (name > 0 && paper - name < 12 && (is_katakana(clause[name - 1]) || clause[name - 1] == U'・')) --name;
          if (paper - name >= 3) {
            media_end = from + paper + 1;
            outlet_begin = from + name;
          }
        }
        // A station by its call letters before its programme (RKBの夕方の情報番組で特集され).
        for (size_t p = 0; p + 3 < clause.size() && media_end == 0; ++p) {
          if (!(clause[p] >= U'A' && clause[p] <= U'Z') || (p > 0 && is_ascii_letter(clause[p - 1]))) continue;
          size_t q = p;
          while (q < clause.size() && clause[q] >= U'A' && clause[q] <= U'Z') ++q;
          if (q - p < 2 || q - p > 5) continue;
          // (With its local station's place: NHK広島の夕方の情報番組.)
          if (is_kanji(at(clause, q))) {
            size_t local = q;
            while (local < clause.size() && local - q < 4 && is_kanji(clause[local])) ++local;
            if (at(clause, local) == U'の') q = local;
          }
          if (at(clause, q) != U'の') continue;
          const std::u32string_view after_call = clause.substr(q, 12);
          if (after_call.find(U"番組") != std::u32string_view::npos || after_call.find(U"ニュース") != std::u32string_view::npos) {
            media_end = from + q;
            outlet_begin = from + p;
          }
        }
        // A Latin title right before the verb, in a dated clause (2019年にWWD JAPANで特集され):
        // a magazine or a site by its name.
        if (media_end == 0 && clause.size() >= 6 && (clause.back() == U'で' || clause.back() == U'に')) {
          size_t latin = clause.size() - 1;
          size_t letters = 0;
          while (latin > 0 && (is_ascii_letter(clause[latin - 1]) || (clause[latin - 1] == U' ' && latin >= 2 &&
                                                                       is_ascii_letter(clause[latin - 2])))) {
            letters += is_ascii_letter(clause[latin - 1]) ? 1 : 0;
            --latin;
          }
          bool dated = false;
          for (size_t p = 0; p + 4 < latin && !dated; ++p) dated = year_end(clause, p) != p;
          // (Not a platform the firm posts on: 2019年にLINEで紹介した.)
          const std::u32string_view title = clause.substr(latin, clause.size() - 1 - latin);
          const bool platform = lexicon().platforms.match_at(title, 0) == title.size();
          if (letters >= 4 && dated && !platform && clause[latin] >= U'A' && clause[latin] <= U'Z') {
            media_end = from + clause.size() - 1;
            outlet_begin = from + latin;
          }
        }
        // A programme or a magazine by its title in 『』, right before で or before its feature
        // (『秘密のケンミンSHOW極』の浜松特集で取り上げられた): the title names the outlet. Only
        // when the firm is shown (される, られる, もらう), not when it shows (『地域の宝』で紹介した).
        const std::u32string_view verb_on = s.substr(i, 9);
        const bool shown_by_it = verb_on.find(U"され") != std::u32string_view::npos ||
                                 verb_on.find(U"られ") != std::u32string_view::npos ||
                                 verb_on.find(U"もら") != std::u32string_view::npos ||
                                 verb_on.find(U"もろ") != std::u32string_view::npos;
        if (media_end == 0 && shown_by_it) {
          const size_t title_close = clause.rfind(U'』');
          const size_t title_open = title_close == std::u32string_view::npos ? title_close : clause.rfind(U'『', title_close);
          if (title_open != std::u32string_view::npos && title_close - title_open >= 3) {
            const std::u32string_view after_title = clause.substr(title_close + 1, 10);
            const size_t feature = after_title.find(U"特集で");
            if (starts_with(after_title, 0, U"で") ||
                (starts_with(after_title, 0, U"の") && feature != std::u32string_view::npos &&
                 after_title.substr(0, feature).find_first_of(U"、。") == std::u32string_view::npos)) {
              media_end = from + title_close + 1;
              outlet_begin = from + title_open;
            }
          }
        }
        // An unnamed outlet dated to the month or the day (2022年11月に地元局の夕方ニュースで特集,
        // 2023年の元日、全国紙の経済面に…が載った): the archive of that month names the firm.
        if (media_end == 0) {
          size_t dated = clause.size();
          for (size_t p = 0; p + 3 < clause.size() && dated == clause.size(); ++p) {
            const size_t year = year_end(clause, p);
            if (year == p || (p > 0 && is_ascii_digit(clause[p - 1]))) continue;
            const size_t month = with_month_and_day(clause, year);
            if (month > year || starts_with(clause, year, U"の元日") || starts_with(clause, year, U"の元旦")) dated = p;
            // (Or a broadcast of its year: 2016年放送のBS旅番組.)
            if (dated == clause.size() && starts_with(clause, year, U"放送の")) dated = p;
            // (Or to its season: 2020年の春には関西ローカルの夕方の情報番組で取り上げられた.)
            for (std::u32string_view season : {U"の春", U"の夏", U"の秋", U"の冬", U"春", U"夏", U"秋", U"冬", U"の暮れ", U"の年末"}) {
              if (dated == clause.size() && starts_with(clause, year, season)) dated = p;
            }
            // (Or a series or a feature of its year: 2018年には地元紙の連載で…紹介された; the
            // series' few parts name their subjects.)
            if (dated == clause.size() && (clause.find(U"連載", year) != std::u32string_view::npos ||
                                           clause.find(U"特集", year) != std::u32string_view::npos ||
                                           // (Or the feature the verb is: …美容特集で表紙を手がけた; not 特集を読んだ.)
                                           ((starts_with(s, i, U"連載") || starts_with(s, i, U"特集")) &&
                                            (at(s, i + 2) == U'で' || at(s, i + 2) == U'に' || starts_with(s, i + 2, U"され"))))) {
              dated = p;
            }
          }
          if (dated < clause.size()) {
            const std::u32string_view rest = clause.substr(dated);
            // (A programme's title in a clause dated to the month is one too: 2024年1月に『…』の生中継.)
            for (std::u32string_view outlet : {U"番組", U"ニュース", U"新聞", U"紙", U"誌", U"テレビ", U"ラジオ", U"』"}) {
              if (media_end == 0 && rest.find(outlet) != std::u32string_view::npos) {
                media_end = from + dated + rest.find(outlet) + outlet.size();
                outlet_begin = from + dated;
              }
            }
          }
        }
        if (media_end > 0) {
          from = std::max(from, clause_start(outlet_begin));
          // (A date right before goes with it: 2022年8月には山陽新聞の教育面で紹介された.)
          for (size_t p = from >= 12 ? from - 12 : 0; p < from; ++p) {
            if (year_end(s, p) != p && (p == 0 || !is_ascii_digit(s[p - 1])) &&
                s.substr(p, from - p).find_first_of(U"。、") == std::u32string_view::npos) {
              from = p;
              break;
            }
          }
          // (A book or a magazine by its title, its publisher in brackets after it: 書籍『北陸の
          // 手仕事』（2020年、北國新聞社刊）で紹介された.)
          for (size_t q = from; q > 1 && from - q < 20; --q) {
            const char32_t c = s[q - 1];
            if (c == U'）' || c == U')' || c == U'。' || is_line_break(c)) break;
            if ((c == U'（' || c == U'(') && s[q - 2] == U'』') {
              const size_t title_open = s.rfind(U'『', q - 2);
              if (title_open != std::u32string_view::npos && q - 2 - title_open <= 20) from = clause_start(title_open);
              break;
            }
          }
          size_t end = i + 2;
          if (starts_with(s, i, U"取り上げ") || starts_with(s, i, U"追いかけ") || starts_with(s, i, U"密着取材")) end = i + 4;
          if (starts_with(s, i, U"生中継")) end = i + 3;
          if (starts_with(s, i, U"撮ってもら")) end = i + (starts_with(s, i + 5, U"った") ? 7 : 5);
          if (starts_with(s, i, U"舞台にな") || starts_with(s, i, U"舞台とな")) end = i + (starts_with(s, i + 4, U"った") ? 6 : 4);
          // (A series or a feature named as a noun is where the firm appeared; the fact runs to
          // the appearing: 北海道新聞の連載「まちの匠」の第12回…に社長が登場, …の連載「…」が初回に
          // N社を選んだ.)
          if ((starts_with(s, i, U"連載") || starts_with(s, i, U"特集")) &&
              std::u32string_view(U"「『の（(が").find(at(s, i + 2)) != std::u32string_view::npos) {
            for (size_t p = i + 2; p < s.size() && p < i + 48 && s[p] != U'。' && !is_line_break(s[p]); ++p) {
              size_t verb = 0;
              for (std::u32string_view w : {U"登場", U"紹介", U"選ん", U"選ば", U"取り上げ", U"載っ", U"載り", U"掲載", U"出演"}) {
                if (verb == 0 && starts_with(s, p, w)) verb = w.size();
              }
              if (verb > 0) {
                end = p + verb;
                break;
              }
            }
          }
          add_finding(out, from, end, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailMedia);
          i = end - 1;
          continue;
        }
      }
    }
    // 第十八大平丸: a fishing boat by its name is in the register of ships, with its owner.
    if (c == U'丸' && i >= 3) {
      size_t begin = i;
      // (Its name may be in kana after the number: 第三ちどり丸, 第八コスモ丸.)
      while (begin > 0 && i - begin < 8 && (is_kanji(s[begin - 1]) || is_hiragana(s[begin - 1]) || is_katakana(s[begin - 1])) &&
             s[begin - 1] != U'第') {
        --begin;
      }
      size_t name = begin;
      while (name < i && is_kanji_numeral(s[name])) ++name;
      // (Not an ordinal before a particle: 第一に丸ごと.)
      const bool particle = std::u32string_view(U"にのはがをでともへや").find(at(s, name)) != std::u32string_view::npos;
      if (begin > 0 && s[begin - 1] == U'第' && i - begin >= 2 && is_kanji_numeral(s[begin]) && name < i && !particle &&
          !is_kanji(at(s, i + 1))) {
        add_finding(out, begin - 1, i + 1, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailVessel);
      }
    }
    // 明治十四年に建てられた町家: the same, said with a verb.
    if (c == U'建' && (starts_with(s, i, U"建てられた") || starts_with(s, i, U"建築された"))) {
      size_t begin = i;
      for (size_t back = 5; back <= 9 && back <= i && begin == i; ++back) {
        const size_t year = year_end(s, i - back);
        if (year != i - back && year + 1 == i && s[year] == U'に' && (i - back == 0 || !is_ascii_digit(s[i - back - 1]))) begin = i - back;
      }
      if (begin < i) {
        size_t finish = i + 5;
        while (finish < s.size() && finish - i < 14 && std::u32string_view(U"、。\nをはがで").find(s[finish]) == std::u32string_view::npos) {
          ++finish;
        }
        add_finding(out, begin, finish, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailBuilding);
        i = finish - 1;
        continue;
      }
    }
    // 昭和二年築の木造三階建て, 築180年の旧本陣: an old building dated exactly is on the
    // records of its town (and often a listed one). Round ages (築100年を超える) are many.
    if (c == U'築') {
      size_t end = 0;
      size_t begin = i;
      for (size_t back = 1; back <= 6 && back <= i && end == 0; ++back) {
        if (year_end(s, i - back) == i) {
          begin = i - back;
          end = i + 1;
        }
      }
      if (end == 0) {
        size_t number_end_at = i + 1;
        const long years = number_at(s, i + 1, &number_end_at);
        if (years >= 100 && years % 50 != 0 && starts_with(s, number_end_at, U"年") &&
            !is_approximate_after(s, number_end_at + 1)) {
          end = number_end_at + 1;
        }
      }
      if (end > 0) {
        size_t finish = end;
        while (finish < s.size() && finish - end < 20 && std::u32string_view(U"、。\n").find(s[finish]) == std::u32string_view::npos) {
          ++finish;
        }
        add_finding(out, begin, finish, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailBuilding);
        i = finish - 1;
        continue;
      }
    }
    // 2022年5月12日付の洛中タイムス朝刊: a dated issue of a paper names what it showed.
    if (c == U'付' && i >= 3 && s[i - 1] == U'日') {
      const std::u32string_view after_date = s.substr(i + 1, std::min<size_t>(20, s.size() - i - 1));
      bool paper = false;
      for (std::u32string_view w : {U"朝刊", U"夕刊", U"新聞", U"紙面", U"版"}) {
        paper = paper || after_date.find(w) != std::u32string_view::npos;
      }
      // (Or the paper named before it: 日刊工業新聞の2023年11月7日付で報じられ.)
      const size_t paper_from = i >= 24 ? i - 24 : 0;
      const std::u32string_view before_date = s.substr(paper_from, i - paper_from);
      const bool paper_before = before_date.find(U"新聞") != std::u32string_view::npos || before_date.find(U"紙") != std::u32string_view::npos;
      paper = paper || (paper_before && (after_date.find(U"報じ") != std::u32string_view::npos ||
                                         after_date.find(U"掲載") != std::u32string_view::npos ||
                                         after_date.find(U"載っ") != std::u32string_view::npos ||
                                         after_date.find(U"紹介") != std::u32string_view::npos));
      size_t begin = i - 1;
      while (begin > 0 && i - begin < 14 && (is_ascii_digit(s[begin - 1]) || std::u32string_view(U"年月日").find(s[begin - 1]) !=
                                                                           std::u32string_view::npos)) {
        --begin;
      }
      if (paper && begin + 3 < i) {
        size_t end = i + 1;
        while (end < s.size() && end - i < 24 && std::u32string_view(U"、。「\n").find(s[end]) == std::u32string_view::npos) ++end;
        add_finding(out, begin, end, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailMedia);
        i = end - 1;
        continue;
      }
    }
    // 神奈川県知事(5)第24518号, 許可番号第1234号: a licence or registration by its number is
    // in a public register with the holder's name, as a patent is.
    if (c == U'第' && !starts_with(s, i >= 2 ? i - 2 : i, U"特許")) {
      const size_t digits = digit_run_end(s, i + 1);
      const size_t from = i >= 14 ? i - 14 : 0;
      const std::u32string_view before_number = s.substr(from, i - from);
      bool register_word = false;
      for (std::u32string_view w : {U"知事", U"大臣", U"許可", U"登録", U"免許", U"認可", U"届出"}) {
        register_word = register_word || before_number.find(w) != std::u32string_view::npos;
      }
      if (register_word && digits - (i + 1) >= 3 && starts_with(s, digits, U"号")) {
        size_t begin = i;
        // The authority and its renewal count belong to it: 神奈川県知事(5), 滋賀県知事許可(般-5).
        while (begin > from && (is_kanji(s[begin - 1]) || is_ascii_digit(s[begin - 1]) ||
                                std::u32string_view(U"()（）-").find(s[begin - 1]) != std::u32string_view::npos)) {
          --begin;
        }
        add_finding(out, begin, digits + 1, FindingKind::kQuasiIdentifier, Severity::kError, kDetailLicence);
        i = digits;
        continue;
      }
    }
    // 認証番号 KOA-2018-117, 登録番号 JFSM-B-00482: a certificate by its number is in the
    // certifier's public register with the holder's name. (A corporate or invoice number,
    // 13 digits, is the corporate-number rule's.)
    if (c == U'番' && starts_with(s, i, U"番号") && i >= 2) {
      bool certificate = false;
      for (std::u32string_view w : {U"認証", U"登録", U"認定", U"許可", U"証明", U"届出", U"免許", U"登録証"}) {
        certificate = certificate || ends_with(s.substr(0, i), w);
      }
      size_t code = i + 2;
      while (code < s.size() && code - i < 5 && (is_space(s[code]) || s[code] == U':' || s[code] == U'：' || s[code] == U'は' ||
                                                 s[code] == U'第')) {
        ++code;
      }
      size_t end = code;
      int digits = 0;
      while (end < s.size() && end - code < 24 && (is_ascii_letter(s[end]) || is_ascii_digit(s[end]) || s[end] == U'-')) {
        digits += is_ascii_digit(s[end]) ? 1 : 0;
        ++end;
      }
      while (end > code && s[end - 1] == U'-') --end;
      if (at(s, end) == U'号') ++end;  // 認定番号第2021-117号
      const bool corporate = digits >= 13 && end - code <= 14;
      if (certificate && digits >= 3 && end - code >= 4 && !corporate) {
        size_t begin = i;
        while (begin > 0 && i - begin < 6 && is_kanji(s[begin - 1])) --begin;
        add_finding(out, begin, end, FindingKind::kQuasiIdentifier, Severity::kError, kDetailLicence);
        i = end - 1;
        continue;
      }
    }
    // 特許第N号, and its number in brackets after the word (特許（第6834217号）を取得).
    if (starts_with(s, i, U"特許第") || starts_with(s, i, U"特許（第") || starts_with(s, i, U"特許(第") ||
        starts_with(s, i, U"特許 第")) {
      const size_t number = starts_with(s, i, U"特許第") ? i + 3 : i + 4;
      const size_t digits = digit_run_end(s, number);
      if (digits - number >= 6 && starts_with(s, digits, U"号")) {
        // What the patent covers, in brackets right after, goes with it (特許第6873214号（順送
        // 金型の板厚補正機構）): the gazette's title.
        size_t end = digits + 1;
        if (number == i + 4 && (at(s, end) == U'）' || at(s, end) == U')')) ++end;
        if (at(s, end) == U'（' || at(s, end) == U'(') {
          const size_t close = s.find_first_of(U"）)", end);
          if (close != std::u32string_view::npos && close - end <= 30) end = close + 1;
        }
        add_finding(out, i, end, FindingKind::kQuasiIdentifier, Severity::kError, kDetailPatent);
        i = end - 1;
      }
    }
  }
  find_directions_from_landmarks(s, named_landmark_before, clause_start, out);
  find_notable_visitors(s, out);
  find_famous_guests(s, out);
  find_counted_houses(s, out);
  find_view_counts(s, out);
  find_disaster_deeds(s, out);
  find_named_school_results(s, out);
  find_cumulative_records(s, out);
  find_dated_beginnings(s, out);
  find_beginnings_on_named_days(s, out);
  find_dated_moves(s, out);
  find_years_at_a_place(s, out);
  find_ages_at_milestones(s, out);
  find_dated_heirlooms(s, out);
  find_work_for_named_events(s, out);
  join_adjacent_locations(s, first_new, out);
  extend_locations_over_what_they_describe(s, first_new, out);
}

namespace {

// Where the description of a place ends in a word of being there (にある, に建つ, に店を構える,
// という立地): `e` is at its に or と; the length of that word, or 0.
size_t presence_word_length(std::u32string_view s, size_t e) {
  static constexpr std::u32string_view kPresence[] = {
      U"にある", U"にあり", U"にあっ", U"にあった", U"に建つ", U"に建ち", U"に建っ", U"に立つ", U"に立ち", U"に構え", U"に位置",
      U"に店を構え", U"に店を出", U"に暖簾を", U"にのれんを", U"に工房を構え", U"に事務所を構え", U"に本社を構え",
      U"に拠点を置", U"に移転", U"に広がる", U"に広がっ", U"という立地", U"という場所にあ", U"という場所で", U"に面して建", U"に面してい", U"に面した",
      U"に面する"};
  for (std::u32string_view w : kPresence) {
    if (starts_with(s, e, w)) return w.size();
  }
  // に, a word for the premises and を構え (に工場を構え, に店舗を構え).
  if (s[e] == U'に') {
    // (Four characters too: 道の駅の真向かいに直売小屋を構えている; or two joined by と: に工房と店を構える.)
    for (size_t k = e + 2; k <= e + 6 && k < s.size(); ++k) {
      if (!is_kanji(s[k - 1]) && !(s[k - 1] == U'と' && k > e + 2)) break;
      if (starts_with(s, k, U"を構え")) return k + 3 - e;
      // (Or holds land there: 段々畑の最上段に園地を持つ.)
      if (starts_with(s, k, U"を持つ") || starts_with(s, k, U"を持っ")) return k + 3 - e;
    }
    // (Or what stands there: 道の駅の駐車場の北隣にハウスが並ぶ, 堤防沿いに蔵が建つ.)
    for (size_t k = e + 2; k <= e + 6 && k < s.size(); ++k) {
      if (!is_kanji(s[k - 1]) && !is_katakana(s[k - 1]) && s[k - 1] != U'ー') break;
      if (starts_with(s, k, U"が並") || starts_with(s, k, U"が建")) return k + 2 - e;
    }
  }
  return 0;
}

// True if a description of a place ends where in relation to something it stands: a
// position (真向かい, 石段脇, 二筋目の角, 西3丁目側), a floor (ビルの4階) or a street
// (一本入った通り). Only the end is read: a position word inside a name (六角堂) or a
// clause (参拝客に頼る売上の偏り) says no place.
bool ends_in_a_position(std::u32string_view d) {
  static constexpr std::u32string_view kPositions[] = {
      U"向かい", U"隣", U"角", U"脇", U"裏手", U"真裏", U"対岸", U"真下", U"真上", U"正面", U"並び", U"手前", U"途中",
      U"突き当たり", U"突き当り", U"一角", U"入口", U"入り口", U"目の前", U"横", U"たもと", U"ふもと", U"門前", U"境内",
      U"軒目", U"北端", U"南端", U"東端", U"西端", U"詰", U"詰め", U"沿い", U"すそ野", U"裾野", U"斜面", U"側",
      U"通り", U"路地", U"小路", U"筋", U"た先", U"てすぐ", U"てすぐの場所", U"位置", U"た場所", U"る場所", U"だ場所",
      U"た建物", U"れた建物", U"石段下", U"坂下", U"階段下", U"高台", U"中腹", U"山腹", U"の下", U"の上", U"先端",
      U"の一軒", U"う場所", U"起点", U"一帯", U"湖畔", U"河畔", U"ほとり", U"一番上", U"いちばん上", U"一番奥", U"いちばん奥",
      U"最奥", U"最上段", U"最下段", U"一番上の段", U"最上階", U"屋上", U"真ん前"};
  for (std::u32string_view w : kPositions) {
    if (ends_with(d, w)) return true;
  }
  // A floor of a building: ビルの4階, 地下一階.
  return d.size() >= 2 && d.back() == U'階' && (is_ascii_digit(d[d.size() - 2]) || is_kanji_numeral(d[d.size() - 2]));
}

}  // namespace

void find_premises_positions(std::u32string_view s, std::vector<Finding>& out) {
  constexpr size_t kMaxDescription = 44;
  for (size_t e = 1; e < s.size(); ++e) {
    if (s[e] != U'に' && s[e] != U'と') continue;
    // (Every word of being there goes on with one of these: most に and と are passed at once.)
    if (s[e] == U'に' ? std::u32string_view(U"あ建構位店暖の工事本拠移面").find(at(s, e + 1)) == std::u32string_view::npos &&
                            !is_katakana(at(s, e + 1)) && !is_kanji(at(s, e + 1))
                      : at(s, e + 3) != U'立' && at(s, e + 3) != U'場') {
      continue;
    }
    const size_t presence = presence_word_length(s, e);
    if (presence == 0) continue;
    // Back to the topic (店は, 本店は, 2室（各42㎡）は), a sentence's or a quote's start; a は
    // inside a kana name (店は|はりまや橋, 、はりまや橋) is no topic: one follows a word, not
    // kana or a comma.
    size_t start = e;
    while (start > 0 && e - start <= kMaxDescription) {
      const char32_t c = s[start - 1];
      if (c == U'。' || c == U'「' || c == U'『' || is_line_break(c)) break;
      // (が is no end: it opens clauses inside the description, テレビ塔が正面に見える.)
      // (Nor one after a blank or a colon: 直売所: はなれ菜キッチン starts a name.)
      if (c == U'は' && start >= 2 && !is_hiragana(s[start - 2]) && s[start - 2] != U'、' && !is_space(s[start - 2]) &&
          s[start - 2] != U':') {
        break;
      }
      --start;
    }
    while (start < e && (s[start] == U'、' || s[start] == U' ' || s[start] == U'　')) ++start;
    if (e - start > kMaxDescription || e - start < 5) continue;
    const std::u32string_view description = s.substr(start, e - start);
    if (!ends_in_a_position(description)) continue;
    // A place the text names: a landmark with its name, a quote, or a name another rule found.
    bool named = description.find_first_of(U"「『") != std::u32string_view::npos;
    for (size_t j = start + 2; j <= e && !named; ++j) named = named_landmark_ends_at(s, j);
    // (A floor of a building named in Latin letters: 秋葉原UDXの12階.)
    named = named || (description.back() == U'階' && std::any_of(description.begin(), description.end(), is_ascii_letter));
    // (Along a road or a river, 国道20号を…向かう幹線沿い, 松江の堀川沿い, is a long stretch: it
    // needs a second position.)
    // (Unless a landmark that is no road stands in it: 来島海峡大橋の…橋脚を見上げる海沿い.)
    bool along_a_road = ends_with(description, U"沿い") && description.size() >= 3 &&
                        std::u32string_view(U"線道号路川湖岸浜海湾").find(description[description.size() - 3]) != std::u32string_view::npos;
    for (size_t j = start + 2; along_a_road && j + 3 <= e; ++j) {
      along_a_road = !(named_landmark_ends_at(s, j) && std::u32string_view(U"線道号路通").find(s[j - 1]) == std::u32string_view::npos);
    }
    // (Every finding is read, this pass's own too: one ends before the next description starts,
    // and the ones it took in are gone from `out`.)
    for (const Finding& f : out) {
      // (Not a person: a place read as a surname, 那須の街道沿い, is the region's.)
      const bool a_name = f.kind == FindingKind::kQuasiIdentifier ? f.detail == kDetailLocation : f.kind != FindingKind::kPerson;
      named = named || (a_name && f.begin >= start && f.end <= e && f.end > f.begin);
    }
    // (A distance counted from a place of three characters or more is named by it: 泉山磁石場から
    // 坂を上って三分ほどの角.)
    for (size_t from = description.find(U"から"); !named && from != std::u32string_view::npos && from >= 3;
         from = description.find(U"から", from + 2)) {
      size_t run = from;
      while (run > 0 && from - run < 8 && (is_kanji(description[run - 1]) || is_katakana(description[run - 1]))) --run;
      bool distance = false;
      for (size_t q = from + 2; q < description.size() && q < from + 16; ++q) {
        const size_t n = number_end(description, q);
        if (n == q) continue;
        distance = distance_unit_length(description, n) > 0;
        break;
      }
      named = from - run >= 3 && distance;
    }
    if (along_a_road) named = false;
    // Without a name, two positions one after the other (港の第3岸壁、製氷工場の向かい; 島の
    // 北端、海上保安庁の灯標の真下) pin a place as well: a small town has one harbour.
    if (!named && !along_a_road) {
      int positions = 0;
      size_t part_begin = start;
      for (size_t p = start; p <= e; ++p) {
        if (p < e && s[p] != U'、') continue;
        const std::u32string_view part = s.substr(part_begin, p - part_begin);
        const size_t ordinal = part.find(U'第');
        const bool numbered = ordinal != std::u32string_view::npos &&
                              (part.find_first_of(U"0123456789") != std::u32string_view::npos || is_kanji_numeral(at(part, ordinal + 1)));
        // (A shore counts only beside another position: 琵琶湖の東岸 alone is a region.)
        bool shore = false;
        for (std::u32string_view side : {U"東岸", U"西岸", U"南岸", U"北岸"}) shore = shore || ends_with(part, side);
        if (ends_in_a_position(part) || numbered || shore) ++positions;
        part_begin = p + 1;
      }
      named = positions >= 2;
    }
    if (!named) continue;
    // The description is one finding: the locations inside it are part of it.
    size_t kept = 0;
    for (size_t k = 0; k < out.size(); ++k) {
      const Finding& f = out[k];
      const bool inside = f.kind == FindingKind::kQuasiIdentifier && f.detail == kDetailLocation && f.begin >= start && f.end <= e;
      if (!inside) out[kept++] = out[k];
    }
    out.resize(kept);
    add_finding(out, start, e, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailLocation);
    e += presence - 1;
  }
}

namespace {

enum class SheetKey { kNone, kHonour, kPlace, kFounding, kRecord };

// What a case sheet's key says its value is.
SheetKey sheet_key(std::u32string_view key) {
  while (!key.empty() && (key.back() == U' ' || key.back() == U'*')) key.remove_suffix(1);
  while (!key.empty() && (key.front() == U' ' || key.front() == U'*')) key.remove_prefix(1);
  for (std::u32string_view k : {U"受賞", U"受賞歴", U"主な受賞", U"受賞・表彰", U"表彰", U"表彰歴", U"認定", U"選定", U"ガイド掲載",
                                U"掲載", U"メディア掲載", U"メディア", U"取材", U"取材歴", U"出演", U"テレビ出演", U"実績", U"主な実績",
                                U"記録", U"特記事項"}) {
    if (key == k) return SheetKey::kHonour;
  }
  for (std::u32string_view k : {U"場所", U"本店の場所", U"店の場所", U"店舗の場所", U"工場の場所", U"本社の場所", U"立地", U"位置",
                                U"アクセス", U"行き方", U"目印", U"所在", U"所在地"}) {
    if (key == k) return SheetKey::kPlace;
  }
  // (A record by its key: | 最多記録 | 2022年5月4日に本店で1,120杯を提供 |.)
  for (std::u32string_view k : {U"最多記録", U"最高記録", U"過去最高", U"最高売上", U"過去最多", U"一日の最多", U"一日の最高"}) {
    if (key == k) return SheetKey::kRecord;
  }
  for (std::u32string_view k : {U"営業開始", U"操業開始", U"開業年月日", U"創業年月", U"創業年月日", U"設立年月", U"創業", U"創業日", U"創業年月日", U"開業", U"開業日", U"設立", U"設立日", U"設立年月日", U"開店",
                                U"開店日", U"創立", U"開院", U"開窯"}) {
    if (key == k) return SheetKey::kFounding;
  }
  return SheetKey::kNone;
}

// True if a year is in `v`: 2018年, 令和3年, or a year inside a name (ガイド北海道2017).
bool has_a_year(std::u32string_view v) {
  for (size_t p = 0; p < v.size(); ++p) {
    if (year_end(v, p) != p || year_in_a_name_at(v, p)) return true;
  }
  return false;
}

bool is_sheet_fact(std::u32string_view s, size_t begin, size_t end, SheetKey key) {
  const std::u32string_view v = s.substr(begin, end - begin);
  if (v.size() < 4) return false;
  switch (key) {
    case SheetKey::kHonour: {
      // A prize, a guide or a programme with its year (金賞（2018年）, ミシュランガイド北海道2017
      // 特別版でビブグルマン): a vague one (県の品評会で入賞) names no year.
      bool honour = v.find_first_of(U"『「") != std::u32string_view::npos;
      for (std::u32string_view w : {U"賞", U"グランプリ", U"ビブグルマン", U"つ星", U"位", U"金", U"最優秀", U"選出", U"選定", U"認定",
                                    U"掲載", U"放送", U"出演", U"紹介", U"番組", U"新聞", U"記録"}) {
        honour = honour || v.find(w) != std::u32string_view::npos;
      }
      return honour && has_a_year(v);
    }
    case SheetKey::kRecord: {
      // The key says it is a record: a year and a figure beside it make it one to look up.
      bool figure = false;
      for (size_t q = 0; q < v.size() && !figure; ++q) figure = is_ascii_digit(v[q]) && year_end(v, q) == q;
      return figure && has_a_year(v);
    }
    case SheetKey::kPlace: {
      // A position by a named place (鹽竈神社の表坂の石段下), or a distance counted from or to
      // a place (仁王門まで30歩, 七里の渡し跡から歩いて3分ほどの旧東海道沿い).
      std::u32string_view d = v;
      while (!d.empty() && (d.back() == U'。' || d.back() == U' ')) d.remove_suffix(1);
      for (size_t q = 0; q + 2 < d.size(); ++q) {
        if (!starts_with(d, q, U"から") && !starts_with(d, q, U"まで")) continue;
        // (From a place by its name, not by its kind: 駅から徒歩10分ほど is any station.)
        size_t run = q;
        while (run > 0 && q - run < 8 && (is_kanji(d[run - 1]) || is_katakana(d[run - 1]))) --run;
        if (q - run < 3 && !named_landmark_ends_at(s, begin + q)) continue;
        for (size_t n = q + 2; n < d.size() && n < q + 14; ++n) {
          const size_t number = number_end(d, n);
          if (number == n) continue;
          if (distance_unit_length(d, number) > 0) return true;
          break;
        }
      }
      if (!ends_in_a_position(d)) return false;
      // (A way gone to its end is told by it: 土管坂を上りきった正面.)
      for (std::u32string_view way : {U"きった", U"入った", U"曲がった", U"渡った", U"抜けた", U"出た", U"上った", U"下った"}) {
        if (d.find(way) != std::u32string_view::npos && d.find(U'の') != std::u32string_view::npos) return true;
      }
      for (size_t j = begin + 2; j <= begin + d.size(); ++j) {
        if (named_landmark_ends_at(s, j)) return true;
      }
      return d.find_first_of(U"「『") != std::u32string_view::npos;
    }
    case SheetKey::kFounding: {
      // The day, or the month, the firm began (1961年4月1日, 昭和36年4月).
      for (size_t p = 0; p < v.size(); ++p) {
        const size_t year = year_end(v, p);
        if (year == p) continue;
        size_t month_end = year;
        if (at(v, month_end) == U'の') ++month_end;
        const size_t digits = month_end;
        number_at(v, digits, &month_end);
        if (month_end > digits && at(v, month_end) == U'月') return true;
      }
      return false;
    }
    case SheetKey::kNone:
      break;
  }
  return false;
}

}  // namespace

void find_case_sheet_facts(std::u32string_view s, std::vector<Finding>& out) {
  const auto report = [&](size_t begin, size_t end, SheetKey key) {
    if (!is_sheet_fact(s, begin, end, key)) return;
    add_finding(out, begin, end, FindingKind::kQuasiIdentifier, Severity::kWarning,
                key == SheetKey::kHonour   ? kDetailAward
                : key == SheetKey::kPlace  ? kDetailLocation
                : key == SheetKey::kRecord ? kDetailUniqueness
                                           : kDetailFounding);
  };
  // | 受賞 | 米・食味分析鑑定コンクール国際大会 金賞（2018年） |
  for (const auto& cells : markdown_table_rows(s)) {
    for (size_t c = 0; c + 1 < cells.size(); ++c) {
      const SheetKey key = sheet_key(s.substr(cells[c].first, cells[c].second - cells[c].first));
      if (key != SheetKey::kNone) report(cells[c + 1].first, cells[c + 1].second, key);
    }
  }
  // - 本店の場所: 鹽竈神社の表坂の石段下
  for (size_t line = 0; line < s.size();) {
    size_t line_end = s.find(U'\n', line);
    if (line_end == std::u32string_view::npos) line_end = s.size();
    size_t p = line;
    if (starts_with(s, p, U"- ") || starts_with(s, p, U"* ") || starts_with(s, p, U"・")) p += s[p] == U'・' ? 1 : 2;
    // (Only a list item's first characters are looked at: a key is short.)
    const size_t key_end = std::min(line_end, p + 9);
    const size_t colon = p > line ? s.substr(0, key_end).find_first_of(U":：", p) : std::u32string_view::npos;
    if (colon != std::u32string_view::npos) {
      const SheetKey key = sheet_key(s.substr(p, colon - p));
      size_t value = colon + 1;
      while (value < line_end && s[value] == U' ') ++value;
      if (key != SheetKey::kNone && value < line_end) report(value, line_end, key);
    }
    line = line_end + 1;
  }
}

}  // namespace casekb
