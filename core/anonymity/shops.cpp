// Shop and product rules of the anonymity check (see shops.h). Every rule starts at a
// quote, a shop word or a shop suffix and looks a bounded distance around it, so the
// scan stays linear in the text.
#include "anonymity/shops.h"

#include <algorithm>

#include "anonymity/lexicon.h"
#include "anonymity/patterns.h"
#include "anonymity/text.h"

namespace casekb {
namespace {

constexpr size_t kMaxShopNameLength = 16;  // characters of a name after its shop word
constexpr size_t kMaxQuotedNameLength = 24;

char32_t at(std::u32string_view s, size_t i) { return i < s.size() ? s[i] : U'\0'; }

bool all_of(std::u32string_view s, bool (*predicate)(char32_t)) {
  return !s.empty() && std::all_of(s.begin(), s.end(), predicate);
}

// The words of the text, or none; lookups by position.
class Words {
 public:
  explicit Words(const std::vector<Morpheme>* words) : words_(words) {}
  bool available() const { return words_ != nullptr; }
  // Index of the word starting at `begin`, or -1.
  long starting_at(size_t begin) const {
    if (words_ == nullptr) return -1;
    auto it = std::lower_bound(words_->begin(), words_->end(), begin,
                               [](const Morpheme& w, size_t position) { return w.begin < position; });
    return it != words_->end() && it->begin == begin ? static_cast<long>(it - words_->begin()) : -1;
  }
  // Index of the word ending at `end`, or -1.
  long ending_at(size_t end) const {
    if (words_ == nullptr) return -1;
    auto it = std::lower_bound(words_->begin(), words_->end(), end,
                               [](const Morpheme& w, size_t position) { return w.end < position; });
    return it != words_->end() && it->end == end ? static_cast<long>(it - words_->begin()) : -1;
  }
  const Morpheme& operator[](long k) const { return (*words_)[static_cast<size_t>(k)]; }
  long size() const { return words_ == nullptr ? 0 : static_cast<long>(words_->size()); }

 private:
  const std::vector<Morpheme>* words_;
};

bool is_name_word(const Morpheme& w) {
  if (w.unknown) return true;
  if (w.pos == PartOfSpeech::kPrefix) return true;
  if (w.pos != PartOfSpeech::kNoun) return false;
  return w.noun != NounKind::kDependent && w.noun != NounKind::kPronoun;
}

// A word that reads as (part of) a name rather than as ordinary vocabulary.
bool is_name_like(std::u32string_view text, const Morpheme& w) {
  const std::u32string_view s = text.substr(w.begin, w.end - w.begin);
  if (w.unknown || w.noun == NounKind::kProper) return true;
  // Kana names come out as common nouns, prefixes or verbs (ひだ|まり, まる|ふく, なごみ).
  return all_of(s, is_hiragana) && w.pos != PartOfSpeech::kParticle && w.pos != PartOfSpeech::kAuxiliaryVerb &&
         w.noun != NounKind::kSuffix && w.noun != NounKind::kDependent && w.noun != NounKind::kPronoun;
}

bool is_name_character(char32_t c) {
  return is_kanji(c) || is_katakana(c) || is_ascii_letter(c) || c == U'・' || c == U'&' || c == U'\'';
}

// Nouns after の that end a name rather than continue it: まるふくの名で, 霧の森の店主.
bool ends_name_after_no(std::u32string_view word) {
  static constexpr std::u32string_view kWords[] = {U"名", U"名前", U"屋号", U"店名", U"店主", U"女将", U"経営",
                                                   U"前", U"中", U"横", U"隣", U"近く", U"味", U"客", U"社長",
                                                   U"主人", U"オーナー", U"看板", U"商品", U"二代目", U"三代目"};
  for (std::u32string_view w : kWords) {
    if (word == w) return true;
  }
  return false;
}

// End of a name starting at `begin`: touching nouns, unknown words and prefixes, with の
// between nouns (麦の穂, なごみの家) and ・ inside; at most kMaxShopNameLength characters.
// After a blank (`spaced`) any word but a particle or a symbol continues it, since MeCab
// cuts kana names into verbs and prefixes (とり|まる). Without words: a run of kanji,
// katakana and Latin letters.
size_t name_end(std::u32string_view text, const Words& words, size_t begin, bool spaced) {
  if (!words.available()) {
    size_t end = begin;
    while (end < text.size() && end - begin < kMaxShopNameLength && is_name_character(text[end])) ++end;
    return end;
  }
  long k = words.starting_at(begin);
  size_t end = begin;
  for (; k >= 0 && k < words.size() && words[k].begin == end; ++k) {
    const Morpheme& w = words[k];
    if (w.end - begin > kMaxShopNameLength || is_space(text[w.begin])) break;
    const std::u32string_view s = text.substr(w.begin, w.end - w.begin);
    if (w.pos == PartOfSpeech::kParticle || s == U"・" || s == U"&" || s == U"ノ") {
      const bool next_is_name =
          k + 1 < words.size() && words[k + 1].begin == w.end && is_name_word(words[k + 1]) &&
          !ends_name_after_no(text.substr(words[k + 1].begin, words[k + 1].end - words[k + 1].begin));
      if ((s == U"の" || s == U"・" || s == U"&" || s == U"ノ") && end > begin && next_is_name) {
        end = w.end;
        continue;
      }
      break;
    }
    if (w.pos == PartOfSpeech::kSymbol || w.noun == NounKind::kNumber) break;
    if (is_name_word(w)) {
      end = w.end;
      continue;
    }
    // A kana word of another class: part of a kana name after a blank, or as the first word.
    if (all_of(s, is_hiragana) && (spaced || end == begin) && w.pos != PartOfSpeech::kAuxiliaryVerb) {
      end = w.end;
      continue;
    }
    if (spaced && w.pos == PartOfSpeech::kAuxiliaryVerb && all_of(s, is_hiragana) && end == begin) {
      end = w.end;
      continue;
    }
    break;
  }
  return end;
}

// A branch after a shop's name: " 稲毛駅前店", "天神店", " 本店".
size_t branch_end(std::u32string_view text, size_t end) {
  size_t p = end;
  if (is_space(at(text, p))) ++p;
  size_t q = p;
  while (q < text.size() && q - p < 8 && (is_kanji(text[q]) || is_katakana(text[q]))) {
    if (text[q] == U'店' && q > p) return q + 1;
    ++q;
  }
  return end;
}

// Words that never start a shop's name: "カフェ経営", "旅館業", "レストランでは".
bool is_generic_after_shop_word(std::u32string_view name) {
  static constexpr std::u32string_view kWords[] = {
      U"業", U"店", U"経営", U"事業", U"部門", U"運営", U"営業", U"開業", U"併設", U"スペース", U"コーナー",
      U"チェーン", U"形式", U"利用", U"向け", U"風", U"巡り", U"めぐり", U"街", U"業界", U"組合", U"協会", U"等",
      U"など", U"や", U"全体", U"客", U"以外", U"事業者", U"経営者", U"オーナー", U"スタッフ", U"メニュー"};
  for (std::u32string_view word : kWords) {
    if (name.compare(0, word.size(), word) == 0) return true;
  }
  return false;
}

void add(std::vector<Finding>& out, size_t begin, size_t end, FindingKind kind, Severity severity, size_t core_begin,
         size_t core_end) {
  Finding finding;
  finding.begin = begin;
  finding.end = end;
  finding.kind = kind;
  finding.severity = severity;
  finding.core_begin = core_begin;
  finding.core_end = core_end;
  out.push_back(finding);
}

// ---------------------------------------------------------------- names in quotes

// What the words around a quote say it names: 屋号「…」, 「…」という店, ブランド『…』.
int named_thing_around_quote(std::u32string_view s, size_t open, size_t close) {
  const Lexicon& lex = lexicon();
  constexpr std::u32string_view kJoiners[] = {U"", U"の", U"は", U"が", U":", U" ", U"を", U"である", U"として", U"も"};
  for (std::u32string_view joiner : kJoiners) {
    if (open < joiner.size() || s.compare(open - joiner.size(), joiner.size(), joiner) != 0) continue;
    int tag = -1;
    if (lex.brand_keywords.match_ending_at(s.substr(0, open - joiner.size()), open - joiner.size(), &tag) > 0) {
      return tag;
    }
  }
  if (lex.shop_prefixes.match_ending_at(s.substr(0, open), open) > 0) return kNamesShop;
  const size_t after = close + 1;
  static constexpr std::u32string_view kShopAfter[] = {
      U"という屋号", U"という店", U"という名の店", U"という名前の店", U"という旅館", U"という宿", U"の屋号",
      U"の店名", U"の名で", U"の名前で", U"を営", U"を経営", U"を運営", U"を開業", U"を開店", U"を開い",
      U"をオープン", U"で営業", U"という施設", U"という名前のお店", U"というお店"};
  for (std::u32string_view word : kShopAfter) {
    if (s.compare(after, word.size(), word) == 0) return kNamesShop;
  }
  static constexpr std::u32string_view kProductAfter[] = {
      U"というブランド", U"ブランド", U"という商品", U"という製品", U"という銘柄", U"というシリーズ",
      U"シリーズ", U"という名前で売", U"の名で売", U"と名付け", U"と名づけ", U"という名前の商品", U"を商品化",
      U"を発売", U"を開発"};
  for (std::u32string_view word : kProductAfter) {
    if (s.compare(after, word.size(), word) == 0) return kNamesProduct;
  }
  if (s.compare(after, 4, U"という社名") == 0) return kNamesCompany;
  return -1;
}

// What a quoted name's own shape says: 「和菓子処 月読庵」, 「とりまる食堂」, 「霧の森羊羹」.
int named_thing_by_shape(std::u32string_view inner) {
  const Lexicon& lex = lexicon();
  const size_t prefix = lex.shop_prefixes.match_at(inner, 0);
  if (prefix > 0 && prefix < inner.size()) return kNamesShop;
  // 「純米」「和牛」: a name part of one character is a kind of goods, not a brand.
  const size_t product = lex.product_categories.match_ending_at(inner, inner.size());
  if (product > 0 && product + 2 <= inner.size()) return kNamesProduct;
  const size_t suffix = lex.shop_suffixes.match_ending_at(inner, inner.size());
  if (suffix > 0 && suffix < inner.size()) return kNamesShop;
  return -1;
}

// True if the quoted text is ordinary vocabulary or speech, not a name: 「ドレッシング」,
// 「最中」, 「お客様の顔が見える商売」.
bool is_generic_quote(std::u32string_view text, const Words& words, size_t begin, size_t end, bool by_context) {
  const Lexicon& lex = lexicon();
  const std::u32string_view inner = text.substr(begin, end - begin);
  if (is_anonymised_name(inner)) return true;
  if (lex.product_categories.contains(inner) || lex.shop_prefixes.contains(inner) || lex.vocabulary.contains(inner) ||
      lex.generic_terms.contains(inner) || lex.prefectures.contains(inner) || lex.areas.contains(inner)) {
    return true;
  }
  if (inner.find_first_of(U"、。!?") != std::u32string_view::npos) return true;
  if (!words.available()) return false;
  long k = words.starting_at(begin);
  if (k < 0) return false;
  int count = 0;
  bool verb = false;
  bool name_like = false;
  for (; k < words.size() && words[k].begin < end; ++k) {
    ++count;
    const Morpheme& w = words[k];
    if (w.pos == PartOfSpeech::kVerb || w.pos == PartOfSpeech::kAuxiliaryVerb || w.pos == PartOfSpeech::kAdjective) {
      verb = true;
    }
    if (w.unknown || w.noun == NounKind::kProper) name_like = true;
  }
  // One known common word (「ドレッシング」「職人」) names a kind of thing, not a brand.
  if (count == 1 && !name_like) return true;
  // Speech and slogans have verbs; names after a keyword may too (「まちあるき手帖」).
  return verb && !by_context;
}

void find_quoted_names(std::u32string_view s, const Words& words, std::vector<Finding>& out) {
  constexpr std::u32string_view kOpen = U"「『\"“";
  constexpr std::u32string_view kClose = U"」』\"”";
  for (size_t i = 0; i < s.size(); ++i) {
    const size_t kind = kOpen.find(s[i]);
    if (kind == std::u32string_view::npos) continue;
    size_t close = i + 1;
    while (close < s.size() && close - i <= kMaxQuotedNameLength + 1 && s[close] != kClose[kind] &&
           s[close] != U'\n') {
      ++close;
    }
    if (close >= s.size() || s[close] != kClose[kind] || close == i + 1) continue;
    const size_t begin = i + 1;
    const std::u32string_view inner = s.substr(begin, close - begin);
    int thing = named_thing_around_quote(s, i, close);
    const bool by_context = thing >= 0;
    if (!by_context) thing = named_thing_by_shape(inner);
    if (thing < 0 || is_generic_quote(s, words, begin, close, by_context)) continue;
    const FindingKind finding_kind =
        thing == kNamesShop ? FindingKind::kShop : thing == kNamesProduct ? FindingKind::kProduct : FindingKind::kCompany;
    add(out, begin, close, finding_kind, Severity::kError, begin, close);
    i = close;
  }
}

// ---------------------------------------------------------------- shop word + name

void find_names_after_shop_words(std::u32string_view s, const Words& words, std::vector<Finding>& out) {
  const Lexicon& lex = lexicon();
  for (size_t i = 0; i < s.size(); ++i) {
    const size_t length = lex.shop_prefixes.match_at(s, i);
    if (length == 0) continue;
    const size_t prefix_end = i + length;
    // A katakana shop word must stand as a word: バー is none in メンバー.
    if (is_katakana(s[i]) && i > 0 && (is_katakana(s[i - 1]) || s[i - 1] == U'・')) continue;
    if (is_katakana(s[prefix_end - 1]) && is_katakana(at(s, prefix_end))) continue;
    const bool spaced = is_space(at(s, prefix_end)) && !is_space(at(s, prefix_end + 1));
    const size_t name_begin = prefix_end + (spaced ? 1 : 0);
    const size_t end = name_end(s, words, name_begin, spaced);
    if (end <= name_begin || end - name_begin < 2) continue;
    const std::u32string_view name = s.substr(name_begin, end - name_begin);
    if (is_anonymised_name(name) || is_generic_after_shop_word(name) || lex.shop_prefixes.contains(name) ||
        lex.shop_suffixes.contains(name) || lex.vocabulary.contains(name) || lex.generic_terms.contains(name) ||
        lex.prefectures.contains(name) || lex.areas.contains(name) || is_ascii_digit(name[0])) {
      continue;
    }
    if (!spaced) {
      // Without a blank the first word must read as a name: カフェひだまり, 民宿かもめ荘;
      // not カフェ経営 or レストランメニュー.
      const long k = words.starting_at(name_begin);
      if (k < 0) {
        if (!words.available() && !is_katakana(name[0])) continue;
        if (words.available()) continue;
      } else if (!is_name_like(s, words[k])) {
        continue;
      }
    }
    // A name the dictionary knows as a common word right after a kanji shop word is as
    // often a description (旅館 老舗) as a name; the blank says it is a name.
    const size_t finish = branch_end(s, end);
    add(out, i, finish, FindingKind::kShop, Severity::kError, name_begin, end);
    i = finish - 1;
  }
}

// ---------------------------------------------------------------- kana name + shop suffix

void find_kana_names_before_shop_suffixes(std::u32string_view s, const Words& words, std::vector<Finding>& out) {
  if (!words.available()) return;
  const Lexicon& lex = lexicon();
  for (size_t i = 1; i < s.size(); ++i) {
    const size_t length = lex.shop_suffixes.match_at(s, i);
    if (length == 0) continue;
    if (!(is_hiragana(s[i - 1]) || is_katakana(s[i - 1]))) continue;
    // The suffix must start a word (ひまわり|保育|園). The kana run before it is the name,
    // less a particle that joins it to the word before (A社は|みなと歯科): MeCab cuts kana
    // names unpredictably (みな|と), so the run is read by characters.
    if (words.starting_at(i) < 0) continue;
    const bool hiragana = is_hiragana(s[i - 1]);
    size_t begin = i;
    while (begin > 0 && i - begin < 10 && (hiragana ? is_hiragana(s[begin - 1]) : is_katakana(s[begin - 1]))) --begin;
    if (hiragana && i - begin >= 3 && std::u32string_view(U"はがをにでともへやの").find(s[begin]) != std::u32string_view::npos) {
      ++begin;
    }
    if (i - begin < 2) continue;
    bool name_like = false;
    bool grammar = false;  // a word of the run is no noun: した|商店, これ|まで|の家
    {
      long m = words.ending_at(begin);
      m = m >= 0 ? m + 1 : 0;
      while (m > 0 && words[m - 1].end > begin) --m;  // a word straddling the run's start
      for (; m < words.size() && words[m].begin < i; ++m) {
        const Morpheme& w = words[m];
        if (w.end <= begin) continue;
        if (w.unknown || w.noun == NounKind::kProper) name_like = true;
        if (w.begin < begin) {
          if (!w.unknown) grammar = true;  // only an unknown word may swallow the particle
          continue;
        }
        const bool noun = w.pos == PartOfSpeech::kNoun && w.noun != NounKind::kDependent &&
                          w.noun != NounKind::kPronoun && w.noun != NounKind::kSuffix;
        if (!(noun || w.pos == PartOfSpeech::kPrefix || w.unknown)) grammar = true;
      }
    }
    {
      const std::u32string_view run = s.substr(begin, i - begin);
      for (std::u32string_view ending : {std::u32string_view(U"まで"), std::u32string_view(U"から"),
                                         std::u32string_view(U"より"), std::u32string_view(U"など"),
                                         std::u32string_view(U"だけ"), std::u32string_view(U"ほど"),
                                         std::u32string_view(U"たち"), std::u32string_view(U"ども")}) {
        if (run.size() >= ending.size() && run.compare(run.size() - ending.size(), ending.size(), ending) == 0) {
          grammar = true;
        }
      }
      // 〜の家, 〜の里: only after a kana noun the dictionary agrees on (なごみの家 comes
      // from the shop word before it).
      if (s[i] == U'の' && words.starting_at(begin) < 0) grammar = true;
    }
    if (grammar || (s[i] == U'の' && !name_like)) continue;
    const std::u32string_view name = s.substr(begin, i - begin);
    if (lex.generic_kana_names.contains(name) || lex.shop_prefixes.contains(name) ||
        lex.shop_suffixes.contains(name) || lex.product_categories.contains(name) || is_anonymised_name(name)) {
      continue;
    }
    // Katakana before a suffix is a name only when the dictionary does not know it as a
    // loanword (ガラス工房, ペットホーム are kinds of shops).
    if (!hiragana && !name_like) continue;
    const size_t suffix_end = i + length;
    const size_t finish = branch_end(s, suffix_end);
    add(out, begin, finish, FindingKind::kShop, Severity::kError, begin, suffix_end);
    i = finish - 1;
  }
}

}  // namespace

void find_shop_and_product_names(std::u32string_view text, const std::vector<Morpheme>* words,
                                 std::vector<Finding>& out) {
  const Words index(words);
  find_quoted_names(text, index, out);
  find_names_after_shop_words(text, index, out);
  find_kana_names_before_shop_suffixes(text, index, out);
}

}  // namespace casekb
