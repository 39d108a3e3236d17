// Name rules of the anonymity check (see anonymity_names.h).
#include "anonymity/names.h"

#include <algorithm>

#include "anonymity/lexicon.h"
#include "anonymity/patterns.h"
#include "anonymity/person_names.h"
#include "anonymity/text.h"
#include "anonymity/word_index.h"

namespace casekb {
bool is_yagou_mark(std::u32string_view s);

namespace {

constexpr size_t kMaxNameWords = 3;  // 山田 太郎, 勅使 河原 …: longer runs are no name

std::u32string_view surface(std::u32string_view text, const Morpheme& word) {
  return text.substr(word.begin, word.end - word.begin);
}


bool is_latin_or_digit(char32_t c) {
  return is_ascii_letter(c) || is_ascii_digit(c) || c == U'.' || c == U'-' || c == U'&' || c == U' ';
}

bool is_prefecture_or_area(std::u32string_view s) {
  const Lexicon& words = lexicon();
  return words.prefectures.contains(s) || words.areas.contains(s);
}

// Words that are no name whatever the dictionary says about them.
bool is_known_not_a_name(std::u32string_view s) {
  const Lexicon& words = lexicon();
  return words.title_modifiers.contains(s) || words.generic_terms.contains(s) || words.public_names.contains(s) ||
         words.vocabulary.contains(s) || is_prefecture_or_area(s) || is_anonymised_name(s);
}

enum class NameStrength { kNone, kCommonWord, kName };

// How much a word reads as (part of) the name of a person, firm or shop.
NameStrength name_strength(std::u32string_view text, const Morpheme& word) {
  const std::u32string_view s = surface(text, word);
  if (word.pos != PartOfSpeech::kNoun) return NameStrength::kNone;
  // IPAdic calls every unknown Latin word an organisation; that says nothing.
  if (all_of(s, is_latin_or_digit)) return NameStrength::kNone;
  // 北陸|電設, 九州|物産: a region names firms too, but only a firm-only suffix says so.
  if (is_prefecture_or_area(s) && s != U"日本" && s != U"全国" && s != U"国内" && s != U"海外") {
    return NameStrength::kCommonWord;
  }
  if (is_known_not_a_name(s)) return NameStrength::kNone;
  // 仲居さん, 板長さん: a role IPAdic also lists as a surname is the role.
  if (lexicon().person_roles.contains(s)) return NameStrength::kNone;
  if (word.noun == NounKind::kProper) {
    if (word.proper == ProperKind::kPlace && word.name == NameKind::kCountry) return NameStrength::kNone;
    return NameStrength::kName;
  }
  if (word.unknown && (all_of(s, is_kanji) || all_of(s, is_katakana))) return NameStrength::kName;
  // サクラ工房, ふじ|わら歯科: common words inside a name, never a name by themselves.
  if (word.noun == NounKind::kGeneral && (all_of(s, is_katakana) || all_of(s, is_hiragana)) && s.size() >= 2) {
    return NameStrength::kCommonWord;
  }
  return NameStrength::kNone;
}



// True if `name` ends in a word that ends firms' and shops' names (ぐま商店, 福祉会, 木工舎,
// ざま営農).
bool ends_like_a_firm(std::u32string_view name) {
  const Lexicon& lex = lexicon();
  if (lex.company_suffixes.match_ending_at(name, name.size()) > 0 ||
      lex.weak_company_suffixes.match_ending_at(name, name.size()) > 0 ||
      lex.shop_suffixes.match_ending_at(name, name.size()) > 0) {
    return true;
  }
  for (std::u32string_view end : {U"会", U"営農", U"組合", U"協会", U"福祉会"}) {
    if (ends_with(name, end) && name.size() > end.size()) return true;
  }
  return false;
}

// The word ending at `end`, allowing one blank in between ("田中 社長"); -1 if none.
long word_ending_before_blank(const WordIndex& index, std::u32string_view text, size_t end) {
  long found = index.ending_at(end);
  if (found < 0 && end > 0 && is_space(text[end - 1])) found = index.ending_at(end - 1);
  return found;
}

// Collects the name words ending at word `last` (going back while words read as names and
// touch each other). Returns the first word's index, or -1 if no word is a real name.
long collect_name_back(std::u32string_view text, const std::vector<Morpheme>& words, long last, bool* common_only) {
  long first = -1;
  bool real_name = false;
  for (long k = last; k >= 0 && last - k < static_cast<long>(kMaxNameWords); --k) {
    if (k < last && words[k].end != words[k + 1].begin &&
        !(words[k].end + 1 == words[k + 1].begin && is_space(text[words[k].end]))) {
      break;
    }
    // 上|州, 遠|州: an old province MeCab cuts in two is a region, like 信州 (a firm-only
    // suffix after it names a firm: 上州モータース).
    if (k > 0 && surface(text, words[k]) == U"州" && words[k].noun == NounKind::kSuffix &&
        words[k - 1].end == words[k].begin && words[k - 1].end - words[k - 1].begin == 1 &&
        is_kanji(text[words[k - 1].begin])) {
      first = --k;
      continue;
    }
    // 大井|川, 白|山: a place and a river's or mountain's suffix MeCab cut off are one name
    // (電気工事の大井川電設).
    if (k > 0 && words[k].noun == NounKind::kSuffix && words[k].proper == ProperKind::kPlace &&
        words[k].end - words[k].begin == 1 && std::u32string_view(U"川山島沢浜崎谷野原湖").find(text[words[k].begin]) != std::u32string_view::npos &&
        words[k - 1].end == words[k].begin && words[k - 1].noun == NounKind::kProper) {
      real_name = true;
      first = --k;
      continue;
    }
    const NameStrength strength = name_strength(text, words[k]);
    if (strength == NameStrength::kNone) break;
    if (strength == NameStrength::kName) real_name = true;
    first = k;
  }
  if (first < 0) return -1;
  // A prefix such as 小 in 小江戸屋 belongs to the name.
  if (first > 0 && words[first - 1].pos == PartOfSpeech::kPrefix && words[first - 1].end == words[first].begin) {
    --first;
  }
  if (common_only != nullptr) *common_only = !real_name;
  return first;
}

// Characters that make a person word a place: 熊谷市, 川越駅, 小川町.
bool is_place_suffix(char32_t c) {
  return std::u32string_view(U"市町村区郡県都府道駅川山線港湾城寺宮橋島谷沢池浜崎岬峠口台地").find(c) !=
         std::u32string_view::npos;
}

bool is_landmark(std::u32string_view s) {
  static constexpr std::u32string_view kEndings[] = {
      U"山",   U"川",   U"湖",   U"島",   U"湾", U"峠", U"岳",   U"岬", U"海", U"温泉", U"高原", U"半島",
      U"平野", U"盆地", U"海峡", U"街道", U"線", U"駅", U"空港", U"港", U"城", U"神社", U"寺"};
  for (std::u32string_view ending : kEndings) {
    if (s.size() > ending.size() && s.compare(s.size() - ending.size(), ending.size(), ending) == 0) return true;
  }
  return false;
}

// A title must stand as a word: 氏 is no title in 氏名, 様 none in 様式, 代表 none in 代表的.
bool title_is_word(std::u32string_view text, size_t end) {
  const char32_t next = end < text.size() ? text[end] : U'\0';
  return std::u32string_view(U"名族式子相々的者性作例格室制職権主臨遺").find(next) == std::u32string_view::npos;
}

// True if word k does not continue a compound: the first word, or one after a blank, a
// particle or anything but a noun or prefix.
bool starts_a_phrase(const std::vector<Morpheme>& words, long k) {
  if (k == 0) return true;
  const Morpheme& previous = words[k - 1];
  return previous.end != words[k].begin ||
         (previous.pos != PartOfSpeech::kNoun && previous.pos != PartOfSpeech::kPrefix);
}

// A one-kanji common noun right before a role title, itself after a verb, particle or
// punctuation ("統括する林課長"): read as a surname. Family words (兄専務, 父社長) are not.
bool is_single_kanji_surname(std::u32string_view text, const std::vector<Morpheme>& words, long k) {
  const Morpheme& word = words[k];
  if (word.end - word.begin != 1 || !is_kanji(text[word.begin]) || word.pos != PartOfSpeech::kNoun ||
      word.noun != NounKind::kGeneral || is_known_not_a_name(surface(text, word))) {
    return false;
  }
  return starts_a_phrase(words, k);
}

// A kanji word IPAdic has only as a common noun but SKK lists as a surname (辰巳, 大崎 as
// 名詞,一般 in some contexts) before an honorific: 辰巳さん. Trades and roles that take
// さん (大家さん, 大工さん, 魚屋さん) are no surname here.
bool is_common_word_surname(std::u32string_view text, const std::vector<Morpheme>& words, long k) {
  const Morpheme& word = words[k];
  const std::u32string_view s = surface(text, word);
  if (s.empty() || s.size() > 3 || !all_of(s, is_kanji) || word.pos != PartOfSpeech::kNoun ||
      word.noun != NounKind::kGeneral || is_known_not_a_name(s) || lexicon().person_roles.contains(s) ||
      !PersonNameList::shared().is_surname(s)) {
    return false;
  }
  // One kanji (北さん, 星さん) is a surname unless it is a family word or a way to address
  // anyone (奥さん, 兄さん, 皆さん, 客さん).
  if (s.size() == 1 && std::u32string_view(U"奥兄姉母父娘嫁皆孫婆爺叔伯甥姪客君嬢坊爺妻夫").find(s[0]) != std::u32string_view::npos) {
    return false;
  }
  static constexpr std::u32string_view kTrades[] = {U"大家", U"大工", U"魚屋", U"米屋", U"酒屋", U"本屋", U"花屋",
                                                     U"植木屋", U"八百屋", U"肉屋", U"床屋", U"庭師", U"漁師",
                                                     U"農家", U"職人", U"板前", U"親方", U"旦那", U"女房", U"奥様",
                                                     U"若旦那", U"番頭", U"運転手", U"先輩", U"後輩", U"隣人"};
  for (std::u32string_view trade : kTrades) {
    if (s == trade) return false;
  }
  return starts_a_phrase(words, k);
}

// 屋号 marks written in kanji before one more kanji: 丸福, 山十, 角三.
bool is_kanji_yagou_mark(char32_t c) { return c == U'丸' || c == U'山' || c == U'角'; }

// Katakana as hiragana (ハマダ → はまだ); characters without a hiragana twin (ー, ヴ) are
// kept, so such words match no reading.
std::u32string to_hiragana(std::u32string_view s) {
  std::u32string out(s);
  for (char32_t& c : out) {
    if (c >= U'ァ' && c <= U'ヶ' && c != U'ヴ') c -= 0x60;
  }
  return out;
}

// ---------------------------------------------------------------- people by context

// How sure a word is a person's name, from IPAdic and SKK's name list (in increasing order).
enum class PersonEvidence {
  kNone,
  kPlace,    // SKK knows it but IPAdic reads a place (金沢, 千葉): a name only among names
  kCommon,   // SKK knows it but IPAdic reads a common word (鵜飼, 一存); a short loanword (ハイ)
  kUnknown,  // a kanji or katakana word MeCab does not know (トゥイ)
  kMedium,   // IPAdic's 人名 that is also a common word (望月); SKK's name MeCab cuts (四十|物)
  kStrong,   // IPAdic's 人名 (鈴木, 佐藤)
};

struct PersonCandidate {
  PersonEvidence evidence = PersonEvidence::kNone;
  size_t end = 0;   // end of the name in the text
  long last = -1;   // index of its last word
  bool katakana = false;
  size_t surname_end = 0;  // set when a given name follows the surname
};

bool is_particle_start(char32_t c) {
  return std::u32string_view(U"はがのとにをもやへでさくちら、。・,.)」』 :").find(c) != std::u32string_view::npos;
}

// True if a kana given name ending at `end` is a longer word's start instead: more kana that
// start no particle (加賀|れん|こん, a lotus root), or an ending の before a word (水出|しの|
// ティーバッグ: 水出しの, the の a particle), or an ending や or と before a word that lists
// it with another (川下|りや|山歩き: 川下りや山歩き, the や a particle).
bool kana_name_goes_on(std::u32string_view text, size_t end) {
  const char32_t after = at(text, end);
  const char32_t last = end > 0 ? text[end - 1] : U'\0';
  return (is_hiragana(after) && !is_particle_start(after)) ||
         ((last == U'の' || last == U'や' || last == U'と') && (is_kanji(after) || is_katakana(after)));
}

// True if the one-kanji given name IPAdic read as word `given`, after a surname, is the start
// of a longer kanji word instead (白州|湧|水とうふ: 湧水, 大井川|鐵|道): a kanji follows, and no
// title (山田 翔社長), no proper noun going on from it (眞田|穂|乃香), and no longer given name
// SKK lists (小林|善|三郎).
bool kanji_word_goes_on(std::u32string_view text, const std::vector<Morpheme>& words, size_t given) {
  if (given >= words.size()) return false;
  const Morpheme& name = words[given];
  if (name.end - name.begin != 1 || !is_kanji(at(text, name.end))) return false;
  int title = 0;
  if (lexicon().person_titles.match_at(text, name.end, &title) > 0) return false;
  if (given + 1 < words.size() && words[given + 1].begin == name.end && words[given + 1].noun == NounKind::kProper) return false;
  const PersonNameList& listed = PersonNameList::shared();
  for (size_t length = 2; length <= 4 && name.begin + length <= text.size(); ++length) {
    if (listed.is_given_name(text.substr(name.begin, length))) return false;
  }
  return true;
}

// True if the given name at [begin, end) is the noun ゆかり of "Xゆかりの" (associated with X):
// 岡崎ゆかりの徳川家康 names the city, not a person 岡崎ゆかり.
bool is_yukari_no(std::u32string_view text, size_t begin, size_t end) {
  return text.substr(begin, end - begin) == U"ゆかり" && end < text.size() && text[end] == U'の';
}

// Katakana, with ・ inside (ティ・ラン is one word to MeCab).
bool is_katakana_name(std::u32string_view s) {
  return !s.empty() && is_katakana(s.front()) && is_katakana(s.back()) &&
         std::all_of(s.begin(), s.end(), [](char32_t c) { return is_katakana(c) || c == U'・'; });
}

// The longest part of a foreign name (ラファエル in ラファエル・ソウザ).
size_t longest_part(std::u32string_view s) {
  size_t longest = 0;
  for (std::u32string_view part : foreign_name_parts(s)) longest = std::max(longest, part.size());
  return longest;
}

bool looks_like_loanword(std::u32string_view s);

// True if any part of a foreign name is shaped like a loanword compound (see below).
bool any_part_looks_like_loanword(std::u32string_view s) {
  for (std::u32string_view part : foreign_name_parts(s)) {
    if (!part.empty() && looks_like_loanword(part)) return true;
  }
  return false;
}

// Katakana shaped like a loanword compound rather than a foreign name: スキルアップ,
// リスキリング, インバウンド, ワークショップ.
bool looks_like_loanword(std::u32string_view s) {
  if (s.size() > 6) return true;
  static constexpr std::u32string_view kEndings[] = {
      U"アップ", U"ング", U"ション", U"メント", U"ティー", U"ライン", U"ワーク", U"ケア", U"サービス", U"システム",
      U"ビジネス", U"バランス", U"ルーム", U"ハウス", U"センター", U"デザイン", U"ブランド", U"プラン", U"ツール",
      U"データ", U"サイト", U"コスト", U"ウンド", U"ショップ", U"スク", U"ノウハウ", U"テック", U"ワード", U"レス",
      U"フル", U"アウト", U"イン", U"オフ", U"オン", U"ダウン", U"チェック", U"リスト", U"チーム", U"マップ"};
  for (std::u32string_view ending : kEndings) {
    if (s.size() > ending.size() && s.compare(s.size() - ending.size(), ending.size(), ending) == 0) return true;
  }
  return false;
}

}  // namespace

// Words that are never a person's name, whatever a dictionary says: titles, roles,
// public names, prefectures, labels.
bool never_a_person(std::u32string_view s) {
  const Lexicon& lex = lexicon();
  int tag = 0;
  if (lex.person_titles.match_at(s, 0, &tag) == s.size() || lex.person_roles.contains(s)) return true;
  return lex.title_modifiers.contains(s) || lex.generic_terms.contains(s) || lex.public_names.contains(s) ||
         lex.vocabulary.contains(s) || lex.areas.contains(s) || is_anonymised_name(s) ||
         lex.shop_words.contains(s) || lex.product_categories.contains(s);
}

namespace {

// True if word k is a kanji common word that can start a firm's name before a firm-only
// suffix (北斗|電機, 青葉|工業所): a word of its own, of two or more kanji, that is no
// trade, no scale or scope of a firm (個人, 大手, 地元, 総合) and nothing the lexicon
// knows as vocabulary.
bool is_common_word_before_firm_suffix(std::u32string_view text, const std::vector<Morpheme>& words, long k) {
  const Morpheme& word = words[k];
  const std::u32string_view s = surface(text, word);
  if (word.pos != PartOfSpeech::kNoun || word.noun != NounKind::kGeneral || word.unknown || s.size() < 2 ||
      !all_of(s, is_kanji)) {
    return false;
  }
  // A compound (電子部品商事) is a description; the name would be its first word. A place
  // before the word names the firm with it (関東|環境|ホールディングス).
  if (k > 0 && words[k - 1].end == word.begin && words[k - 1].pos == PartOfSpeech::kNoun &&
      !is_place_word(text, words[k - 1])) {
    return false;
  }
  static constexpr std::u32string_view kKindsOfFirm[] = {
      U"個人", U"大手", U"中小", U"零細", U"中堅", U"総合", U"地元", U"地域", U"地場", U"近所", U"老舗", U"専門",
      U"一般", U"同業", U"取引", U"関連", U"系列", U"家族", U"同族", U"小規模", U"中規模", U"大規模", U"新興", U"国際",
      U"社内", U"持株"};
  for (std::u32string_view kind : kKindsOfFirm) {
    if (s == kind) return false;
  }
  const Lexicon& lex = lexicon();
  return !lex.trades.contains(s) && !lex.self_words.contains(s) && !lex.product_categories.contains(s) &&
         !is_known_not_a_name(s) && !never_a_person(s);
}

// The name starting at word k, if there is one: an IPAdic person (with a given name
// after a surname), a form SKK's list knows (which may span several of MeCab's words:
// 四十|物), an unknown kanji word, or a katakana word. The name must end where a word ends.
PersonCandidate person_candidate(std::u32string_view text, const std::vector<Morpheme>& words, long k) {
  PersonCandidate candidate;
  if (k < 0 || k >= static_cast<long>(words.size())) return candidate;
  const Morpheme& word = words[k];
  const std::u32string_view s = surface(text, word);
  if (word.pos != PartOfSpeech::kNoun && word.pos != PartOfSpeech::kPrefix && !word.unknown) return candidate;
  // (A number opens a surname SKK lists that goes on past it: 四十|物, 二|瓶.)
  const bool number = word.noun == NounKind::kNumber;
  if (word.noun == NounKind::kSuffix || word.noun == NounKind::kPronoun || word.noun == NounKind::kDependent) {
    return candidate;
  }
  const PersonNameList& names = PersonNameList::shared();
  // SKK's longest surname here that ends on a word boundary.
  size_t skk_length = 0;
  long skk_last = -1;
  if (is_kanji(text[word.begin])) {
    for (size_t length = names.surname_at(text, word.begin); length > 0; --length) {
      if (!names.is_surname(text.substr(word.begin, length))) continue;
      long m = k;
      while (m < static_cast<long>(words.size()) && words[m].end < word.begin + length) ++m;
      if (m < static_cast<long>(words.size()) && words[m].end == word.begin + length) {
        skk_length = length;
        skk_last = m;
        break;
      }
    }
  }
  if (number) {
    // (Not a count: 職人の三|人, 二|代目; nor a number IPAdic cuts from another: 四十|八. A
    // number cut from a number is a name's when the name goes on past both: 四|十|物.)
    const bool counted = skk_last > k && (words[k + 1].noun == NounKind::kSuffix ||
                                          (words[k + 1].noun == NounKind::kNumber &&
                                           all_of(text.substr(word.begin, skk_length), is_kanji_numeral)));
    if (skk_length < 2 || skk_last <= k || counted || never_a_person(text.substr(word.begin, skk_length))) return candidate;
  }
  // (A surname of one kanji, 職人の叶と, only where IPAdic gives it no common reading: 林, 森
  // are woods as well.)
  const bool one_kanji_surname = s.size() == 1 && is_kanji(s[0]) && word.name == NameKind::kSurname && !word.common_reading;
  if (word.proper == ProperKind::kPerson && word.noun == NounKind::kProper && (s.size() >= 2 || one_kanji_surname) &&
      !never_a_person(s)) {
    candidate.evidence = word.common_reading || one_kanji_surname ? PersonEvidence::kMedium : PersonEvidence::kStrong;
    candidate.end = word.end;
    candidate.last = k;
  } else if (skk_length >= 2 && !never_a_person(text.substr(word.begin, skk_length))) {
    const bool one_word = skk_last == k && !word.unknown;
    if (lexicon().prefectures.contains(text.substr(word.begin, skk_length)) ||
        (one_word && word.proper == ProperKind::kPlace)) {
      candidate.evidence = PersonEvidence::kPlace;
    } else if (one_word && word.noun != NounKind::kProper) {
      candidate.evidence = PersonEvidence::kCommon;
    } else {
      candidate.evidence = PersonEvidence::kMedium;
    }
    candidate.end = word.begin + skk_length;
    candidate.last = skk_last;
  } else if (word.unknown && all_of(s, is_kanji) && s.size() >= 2 && s.size() <= 4 && !never_a_person(s)) {
    candidate.evidence = PersonEvidence::kUnknown;
    candidate.end = word.end;
    candidate.last = k;
  } else if (is_katakana_name(s) && s.size() >= 2 && longest_part(s) <= 8 && !never_a_person(s) &&
             (word.unknown || word.noun == NounKind::kProper || word.noun == NounKind::kGeneral)) {
    // A loanword the dictionary knows (モチベーション, スキル) is no name; short ones
    // (ハイ, ズン) are judged by the list they stand in. An unknown word shaped like a
    // loanword compound (スキルアップ, リスキリング) is none either. (A name's parts MeCab
    // read as one unknown word, ラファエル・ソウザ, are judged one by one.)
    const bool known_loanword = !word.unknown && word.noun == NounKind::kGeneral;
    if (known_loanword && s.size() > 3 && !names.is_surname(s)) return candidate;
    if (word.unknown && any_part_looks_like_loanword(s)) return candidate;
    // (A loanword IPAdic knows stays a common word even where SKK lists it as a surname:
    // 社長はルートを変えた.)
    candidate.evidence = word.proper == ProperKind::kPerson || (names.is_surname(s) && !known_loanword) ? PersonEvidence::kMedium
                         : known_loanword                                                          ? PersonEvidence::kCommon
                                                                                                   : PersonEvidence::kUnknown;
    candidate.end = word.end;
    candidate.last = k;
  } else if (lexicon().prefectures.contains(s) && names.is_surname(s)) {
    candidate.evidence = PersonEvidence::kPlace;
    candidate.end = word.end;
    candidate.last = k;
  }
  if (candidate.evidence == PersonEvidence::kNone) return candidate;
  candidate.katakana = is_katakana_name(s);
  // A given name after a surname belongs to it: 根本まどか, 宇佐美 恵.
  const long next = candidate.last + 1;
  if (!candidate.katakana && next < static_cast<long>(words.size()) && words[next].begin == candidate.end &&
      words[next].proper == ProperKind::kPerson && words[next].name == NameKind::kGivenName) {
    candidate.surname_end = candidate.end;
    candidate.end = words[next].end;
    candidate.last = next;
    candidate.evidence = std::max(candidate.evidence, PersonEvidence::kMedium);
  }
  // (Or a kanji given name SKK lists, ending where a word does and before a particle: 五百旗頭
  // 静の, 四十物大地は, where IPAdic reads the given name as a common word.)
  if (!candidate.katakana && candidate.surname_end == 0 && is_kanji(at(text, candidate.end))) {
    for (size_t length = std::min<size_t>(3, names.given_name_at(text, candidate.end)); length >= 1; --length) {
      const size_t end = candidate.end + length;
      if (!names.is_given_name(text.substr(candidate.end, length)) || !is_particle_start(at(text, end)) ||
          at(text, end) == U'、' || at(text, end) == U'・') {
        continue;
      }
      long last = candidate.last;
      while (last + 1 < static_cast<long>(words.size()) && words[last].end < end) ++last;
      if (words[last].end != end || words[last].noun == NounKind::kSuffix || never_a_person(text.substr(candidate.end, length))) {
        continue;
      }
      candidate.surname_end = candidate.end;
      candidate.end = end;
      candidate.last = last;
      break;
    }
  }
  // It must end as a word: 森|林組合 is no name 森.
  const char32_t after = candidate.end < text.size() ? text[candidate.end] : U'\0';
  if (!candidate.katakana && (is_kanji(after) || is_katakana(after))) {
    int tag = 0;
    if (lexicon().person_titles.match_at(text, candidate.end, &tag) == 0) candidate.evidence = PersonEvidence::kNone;
  }
  if (candidate.katakana && is_katakana(after)) candidate.evidence = PersonEvidence::kNone;
  return candidate;
}

// A count of people after a list of names: の3人, の二人, の三軒, さん, ら, 両名.
bool people_count_after(std::u32string_view text, size_t end, bool after_role) {
  size_t p = end;
  if (p < text.size() && (text[p] == U'さ' || text[p] == U'ら' || text[p] == U'氏' || text[p] == U'君')) return true;
  if (p >= text.size() || text[p] != U'の') return false;
  ++p;
  for (std::u32string_view word : {std::u32string_view(U"ふたり"), std::u32string_view(U"両名"),
                                   std::u32string_view(U"兄弟"), std::u32string_view(U"姉妹"),
                                   std::u32string_view(U"夫婦"), std::u32string_view(U"親子")}) {
    if (text.compare(p, word.size(), word) == 0) return true;
  }
  size_t q = p;
  while (q < text.size() && q - p < 3 && (is_ascii_digit(text[q]) || std::u32string_view(U"一二三四五六七八九十数").find(text[q]) != std::u32string_view::npos)) ++q;
  if (q == p || q >= text.size()) return false;
  // 軒 and 家 count households, named by their family (農家は曽我、鵜飼の二軒), but also
  // shops in places (長野、松本、上田の三軒): they count only after a role.
  return text[q] == U'人' || text[q] == U'名' || (after_role && (text[q] == U'軒' || text[q] == U'家'));
}

// Where person roles end in the text: bit 1 any role (事務, 長女, 社長), bit 2 a title
// (社長, 杜氏). One pass per file instead of a dictionary lookup per word.
std::vector<uint8_t> role_ends(std::u32string_view text) {
  const Lexicon& lex = lexicon();
  std::vector<uint8_t> ends(text.size() + 1, 0);
  // A one-character role (夫, 娘) must start a word: 工夫, 愛娘 hold none.
  const auto starts_word = [&](size_t begin, size_t end) {
    return end - begin >= 2 || begin == 0 || !is_kanji(text[begin - 1]);
  };
  // (Roles and titles in one pass: one lookup per character.)
  lex.person_role_ends.for_each_match(text, [&](size_t begin, size_t end, int bits) {
    if (starts_word(begin, end)) ends[end] |= static_cast<uint8_t>(bits);
  });
  // A task heads a name or a list of people before a colon (受注：渡部、出荷：星; 営業: 宇佐美、
  // 二瓶), and a department before の (山林部の浜渦が): the name after it still needs evidence
  // of its own, so 都市部の住民 names no one.
  static constexpr std::u32string_view kTasks[] = {
      U"営業", U"受注", U"出荷", U"製造", U"配送", U"検品", U"仕入れ", U"販売", U"接客", U"調理", U"会計", U"総務", U"広報",
      U"企画", U"設計", U"施工", U"品質管理", U"生産管理", U"栽培", U"加工", U"発送", U"梱包", U"配達", U"運行管理", U"財務", U"人事"};
  // (A task before の is as often the work: 仕入れのロス, 受注の利益. A department is of two
  // kanji or more: 山林部, 品質保証課, 収穫班; not 一部, 全部. One pass for both.)
  for (size_t p = 1; p < text.size(); ++p) {
    const char32_t c = text[p];
    if (c == U':' && is_kanji(text[p - 1])) {
      for (std::u32string_view task : kTasks) {
        if (p >= task.size() && text.compare(p - task.size(), task.size(), task) == 0 && starts_word(p - task.size(), p)) {
          ends[p] |= 1;
          break;
        }
      }
    } else if (c == U'の' && p >= 3) {
      const char32_t unit = text[p - 1];
      if ((unit == U'部' || unit == U'課' || unit == U'班' || unit == U'係') && is_kanji(text[p - 2]) && is_kanji(text[p - 3])) {
        ends[p] |= 1;
      }
      // (Where one comes from or how long one has worked: 韓国出身のユナ, 入社四年目のエリカ. And a
      // place in the staff before a katakana name: 若手のユナは, 中堅のカオルは; before a role it
      // is the role's: 若手の蔵人.)
      if ((unit == U'身' && text[p - 2] == U'出') || (unit == U'目' && text[p - 2] == U'年')) ends[p] |= 1;
      if (p + 1 < text.size() && is_katakana(text[p + 1]) &&
          (text.compare(p - 2, 2, U"若手") == 0 || text.compare(p - 2, 2, U"中堅") == 0 ||
           (p >= 4 && text.compare(p - 4, 4, U"ベテラン") == 0))) {
        ends[p] |= 1;
      }
    }
  }
  // A nationality heads a name as a title does (フランス人アントワーヌ, ベトナム人のグエン).
  for (size_t p = text.find(U'人'); p != std::u32string_view::npos; p = text.find(U'人', p + 1)) {
    if (p >= 3 && is_katakana(text[p - 1]) && is_katakana(text[p - 2]) && is_katakana(text[p - 3])) ends[p + 1] |= 3;
  }
  return ends;
}

// A person role right before `position`, joined by の, は, a colon or a blank (事務の,
// 担当:, 長女の, 生産者は), or a title with nothing between (杜氏小野寺).
bool role_before(std::u32string_view text, const std::vector<uint8_t>& ends, size_t position) {
  if (position == 0) return false;
  // A title with nothing between (杜氏小野寺), or any role before a katakana name, which
  // sets itself apart by its script (番頭マルコス, 実習生グエン).
  if ((ends[position] & 2) != 0 || ((ends[position] & 1) != 0 && is_katakana(text[position]))) return true;
  // (、 as in 有限会社ちゅら白の専務、仲村渠は: a title set apart from the name that follows.)
  // Every joiner ends in one of a few characters: most positions are passed at one look.
  const char32_t last = text[position - 1];
  // (After a colon the role may head what its holder said, in minutes: - 社長: 桃園は約3ヘクタール,
  // - 社長: 石見神楽の衣装を…. A word that a particle or more kana goes on from there is the
  // speech's subject; a name of a list ends at 、, a blank, a bracket or the line: 担当: 山田、佐藤.)
  const auto speech_after_colon = [&] {
    size_t run = position;
    while (run < text.size() && run - position < 8 && (is_kanji(text[run]) || is_katakana(text[run]))) ++run;
    const char32_t next = at(text, run);
    // (Joined to the rest as a name is, by に, と, や, へ, で, さん or ら: 副店長: 小鳥遊に話を聞く.)
    return run > position && is_hiragana(next) && std::u32string_view(U"にとやへでさら").find(next) == std::u32string_view::npos;
  };
  switch (last) {
    case U':':
      return position >= 2 && (ends[position - 1] & 1) != 0 && !speech_after_colon();
    case U'の': case U'は': case U'・': case U'、':
      return position >= 2 && (ends[position - 1] & 1) != 0;
    case U' ':
      return (position >= 2 && (ends[position - 1] & 1) != 0) ||
             (position >= 3 && text[position - 2] == U':' && (ends[position - 2] & 1) != 0 && !speech_after_colon());
    case U'る':
    case U'た':
      for (std::u32string_view joiner : {std::u32string_view(U"である"), std::u32string_view(U"を務める"),
                                         std::u32string_view(U"を務めた")}) {
        if (position > joiner.size() && text.compare(position - joiner.size(), joiner.size(), joiner) == 0 &&
            (ends[position - joiner.size()] & 1) != 0) {
          return true;
        }
      }
      return false;
    default:
      return false;
  }
}

// True if a list joiner (、・とや) comes within a few characters after `begin`: the only
// way a name without a role before it can still be part of a list of people.
bool joiner_near(std::u32string_view text, size_t begin) {
  for (size_t p = begin + 1; p < text.size() && p <= begin + 5; ++p) {
    const char32_t c = text[p];
    if (c == U'、' || c == U'・' || c == U'と' || c == U'や' || c == U',') return true;
    if (c == U'。' || c == U'\n') return false;
  }
  return false;
}

// True if `position` falls inside a word that goes on at most two characters past it:
// MeCab read the end of a name and the particle after it as one word (悠|真に).
bool ends_inside_word(const std::vector<Morpheme>& words, size_t position) {
  for (const Morpheme& w : words) {
    if (w.begin < position && position < w.end) return w.end - position <= 2;
    if (w.begin >= position) break;
  }
  return false;
}

// An item of a list a role and a colon head (担当: 我那覇、大工廻, 担当:見角、中折): the
// heading says every item is a person, so an item the dictionaries do not know is a name
// still when it is shaped like one: two to four kanji that IPAdic holds as no single word
// (製造, 企画 are tasks), or a katakana name (ジャン=ポール), ending where the list's
// punctuation or the line does. Returns an empty candidate otherwise.
PersonCandidate colon_list_item(std::u32string_view text, const std::vector<Morpheme>& words, long k) {
  PersonCandidate item;
  const size_t begin = words[k].begin;
  const bool katakana = is_katakana(text[begin]);
  size_t end = begin;
  while (end < text.size() && end - begin <= 8 &&
         (katakana ? (is_katakana(text[end]) || text[end] == U'=' || text[end] == U'＝' || text[end] == U'ー')
                   : is_kanji(text[end]))) {
    ++end;
  }
  const size_t length = end - begin;
  if (length < 2 || (!katakana && length > 4) || (katakana && (text[end - 1] == U'=' || text[end - 1] == U'＝'))) return item;
  if (!(end == text.size() || std::u32string_view(U"、,)）。 \n").find(text[end]) != std::u32string_view::npos)) return item;
  const std::u32string_view name = text.substr(begin, length);
  if (never_a_person(name) || is_known_not_a_name(name) || lexicon().trades.contains(name) || all_of(name, is_kanji_numeral)) {
    return item;
  }
  long last = k;
  while (last + 1 < static_cast<long>(words.size()) && words[last].end < end) ++last;
  if (words[last].end != end) return item;
  // (A surname the list knows that IPAdic cuts as a number and a counter is one: 二|瓶, 四|釜.)
  const bool listed_surname = !katakana && last > k && words[k].noun == NounKind::kNumber &&
                              PersonNameList::shared().is_surname(name);
  // One word the dictionary knows whole is a task or a thing (製造, 広報, マーケティング);
  // so is a compound of such words (受付|業務, 品質|管理) or one with a suffix (企画|部). A
  // name the dictionary cuts has a part of its own: one kanji (大工|廻, 小鳥|遊) or a word
  // it does not know or knows as a name (峯|苫).
  bool own_part = katakana || listed_surname;
  for (long w = k; w <= last && !listed_surname; ++w) {
    const Morpheme& part = words[w];
    // (A suffix can open a name it cut: 下|釜; numerals are names' too: 四|辻, 一戸.)
    if (part.pos == PartOfSpeech::kParticle || part.pos == PartOfSpeech::kVerb || (part.noun == NounKind::kSuffix && w > k)) {
      return item;
    }
    own_part = own_part || part.unknown || part.noun == NounKind::kProper || (last > k && part.end - part.begin == 1);
  }
  if (!own_part) return item;
  item.evidence = PersonEvidence::kUnknown;
  item.end = end;
  item.last = last;
  item.katakana = katakana;
  return item;
}

// Names after a role and lists of names: 事務の宇佐美と小此木, 生産者は鈴木、望月、杉山の3人,
// 実習生のトゥイとハイ, 看護師の千葉と佐藤. A list counts when a role comes before it or a
// count of people after it; each name in it is then an error.
void find_people_in_context(std::u32string_view text, const std::vector<Morpheme>& words, const std::vector<uint8_t>& ends,
                            std::vector<bool>& used, std::vector<Finding>& out) {
  const PersonNameList& listed = PersonNameList::shared();
  for (long k = 0; k < static_cast<long>(words.size()); ++k) {
    if (used[k]) continue;
    const Morpheme& word = words[k];
    // After a role, a given name in hiragana that SKK lists, before an honorific or a
    // particle (販売スタッフのゆいさん, 長女のさつきが): read by characters, since MeCab cuts
    // kana names anywhere.
    // (A kana common noun there is a word: 担当のかなめ, 長男のしごと. A name MeCab knows as a
    // proper noun, or cuts as a verb, is none.)
    const bool content_word = word.unknown || word.pos == PartOfSpeech::kVerb ||
                              (word.pos == PartOfSpeech::kNoun && word.noun == NounKind::kProper);
    if (is_hiragana(text[word.begin]) && content_word && word.begin > 0 &&
        std::u32string_view(U"のは:・ ").find(text[word.begin - 1]) != std::u32string_view::npos &&
        role_before(text, ends, word.begin)) {
      size_t end = word.begin;
      while (end < text.size() && end - word.begin < 5 && is_hiragana(text[end])) ++end;
      for (size_t name_end = std::min(end, static_cast<size_t>(word.begin + 4)); name_end >= word.begin + 2; --name_end) {
        const std::u32string_view name = text.substr(word.begin, name_end - word.begin);
        const std::u32string_view rest = text.substr(name_end);
        const bool honorific = rest.rfind(U"さん", 0) == 0 || rest.rfind(U"ちゃん", 0) == 0 || rest.rfind(U"くん", 0) == 0;
        // A particle that ends the kana run (さつき|が継ぐ), not one inside a word (さつ|きが).
        const bool particle = !rest.empty() && std::u32string_view(U"がはもと").find(rest.front()) != std::u32string_view::npos &&
                              (rest.size() == 1 || !is_hiragana(rest[1]));
        // みなさん is everyone; お… is a polite prefix (おかみさん).
        const bool address = name == U"みな" || name == U"みんな" || name.front() == U'お';
        if ((honorific || particle) && !address && (listed.is_given_name(name) || listed.is_given_name_reading(name)) &&
            !lexicon().generic_kana_names.contains(name) &&
            !never_a_person(name)) {
          add_finding(out, word.begin, name_end + (honorific ? (rest[0] == U'さ' || rest[0] == U'く' ? 2 : 3) : 0),
                      FindingKind::kPerson, Severity::kError, {}, word.begin, name_end);
          used[k] = true;
          break;
        }
      }
      continue;
    }
    // (A given name may open with a kanji IPAdic reads as a prefix: 女将の真|砂子は.)
    const bool prefix_opens = word.pos == PartOfSpeech::kPrefix && is_kanji(text[word.begin]) && !is_kanji_numeral(text[word.begin]);
    if (!(word.pos == PartOfSpeech::kNoun || word.unknown || prefix_opens) ||
        !(is_kanji(text[word.begin]) || is_katakana(text[word.begin]))) {
      continue;
    }
    const bool role = role_before(text, ends, word.begin);
    if (prefix_opens && !role) continue;
    // Without a role a list must start with a word that reads as a name (鈴木、望月、…):
    // the common nouns that make up most of a text are passed over before any lookup.
    if (!role && (!joiner_near(text, word.begin) ||
                  (word.noun != NounKind::kProper && !word.unknown && is_kanji(text[word.begin])))) {
      continue;
    }
    // (A role and a colon head it: 担当: 我那覇、大工廻.)
    const bool colon_headed =
        role && (at(text, word.begin - 1) == U':' || (at(text, word.begin - 1) == U' ' && word.begin >= 2 &&
                                                       text[word.begin - 2] == U':'));
    PersonCandidate first = person_candidate(text, words, k);
    // (Its first item too, when a list follows: 担当: 下釜、峯苫.)
    if (first.evidence == PersonEvidence::kNone && colon_headed) {
      if (const PersonCandidate item = colon_list_item(text, words, k);
          item.evidence != PersonEvidence::kNone && (at(text, item.end) == U'、' || at(text, item.end) == U',')) {
        first = item;
      }
    }
    // (After a role, a katakana word joined by ・ to another opens a foreign name in full, whatever
    // the first word is to IPAdic: オーナーのマーク・ホワイト.)
    if (first.evidence == PersonEvidence::kNone && role && is_katakana_name(surface(text, word)) && at(text, word.end) == U'・' &&
        is_katakana(at(text, word.end + 1)) && word.end - word.begin >= 2) {
      first.evidence = PersonEvidence::kUnknown;
      first.end = word.end;
      first.last = k;
      first.katakana = true;
    }
    if (first.evidence == PersonEvidence::kNone) {
      // After a role, a given name SKK knows that MeCab cut across a particle (息子の悠|真に:
      // 悠真 then に): the name ends where the particle starts.
      const PersonNameList& names = PersonNameList::shared();
      if (role && is_kanji(text[word.begin])) {
        for (size_t length = names.given_name_at(text, word.begin); length >= 2; --length) {
          const size_t end = word.begin + length;
          if (!names.is_given_name(text.substr(word.begin, length)) || never_a_person(text.substr(word.begin, length))) {
            continue;
          }
          // (Or one MeCab cut into several words, ending where a word ends: 次男の陽|向を, 女将の
          // 真|砂子は; one word of the dictionary there is a word: 娘の希望を.)
          // (Not a count: 店長の一|人が, where 人 is a counter.)
          const bool cut = [&] {
            long last = k;
            while (last < static_cast<long>(words.size()) && words[last].end < end) {
              if (words[last].noun == NounKind::kSuffix) return false;
              ++last;
            }
            return last > k && last < static_cast<long>(words.size()) && words[last].end == end &&
                   words[last].noun != NounKind::kSuffix;
          }();
          // (Or one word MeCab reads as a place that SKK lists as a given name: 娘の麻衣へ.)
          const bool place_read = words[k].end == end && words[k].noun == NounKind::kProper &&
                                  words[k].proper == ProperKind::kPlace && !lexicon().prefectures.contains(text.substr(word.begin, length));
          if (end >= text.size() || std::u32string_view(U"にがはをともへ").find(text[end]) == std::u32string_view::npos ||
              !(ends_inside_word(words, end) || cut || place_read)) {
            break;
          }
          add_finding(out, word.begin, end, FindingKind::kPerson, Severity::kError, {}, word.begin, end);
          used[k] = true;
          break;
        }
      }
      continue;
    }
    // The list this name starts: names joined by 、, ・, と or や.
    std::vector<PersonCandidate> items{first};
    std::vector<long> starts{k};
    long m = first.last + 1;
    while (m + 1 < static_cast<long>(words.size()) && items.size() < 8) {
      const std::u32string_view joiner = surface(text, words[m]);
      // (= and ＝ join a western name's parts only: ジャン=ポール.)
      const bool name_joiner = joiner == U"=" || joiner == U"＝";
      if (!(joiner == U"、" || joiner == U"・" || joiner == U"と" || joiner == U"や" || joiner == U"," || name_joiner)) break;
      if (words[m].begin != items.back().end) break;
      PersonCandidate next = person_candidate(text, words, m + 1);
      if (next.evidence == PersonEvidence::kNone && colon_headed && joiner != U"と" && joiner != U"や") {
        next = colon_list_item(text, words, m + 1);
      }
      // (A katakana name's parts joined by ・ or = are one name whatever the second is to
      // IPAdic: タナカ・マリアナ, where マリアナ is a place.)
      if (next.evidence == PersonEvidence::kNone && (joiner == U"・" || name_joiner) && items.back().katakana) {
        // (IPAdic may cut it further: マリ|アナ.)
        long last = m + 1;
        while (last + 1 < static_cast<long>(words.size()) && words[last + 1].begin == words[last].end &&
               is_katakana_name(surface(text, words[last + 1]))) {
          ++last;
        }
        const std::u32string_view part = text.substr(words[m + 1].begin, words[last].end - words[m + 1].begin);
        if (is_katakana_name(surface(text, words[m + 1])) && part.size() >= 2 && part.size() <= 8) {
          next.evidence = PersonEvidence::kUnknown;
          next.end = words[last].end;
          next.last = last;
          next.katakana = true;
        }
      }
      if (next.evidence == PersonEvidence::kNone || words[m + 1].begin != words[m].end) break;
      if (name_joiner && !(items.back().katakana && next.katakana)) break;
      if ((joiner == U"・" || name_joiner) && items.back().katakana && next.katakana) {
        // マイケル・ブラウン, グエン・ティ・ラン: one person's names.
        PersonCandidate& name = items.back();
        name.end = next.end;
        name.last = next.last;
        name.evidence = std::max(name.evidence, next.evidence);
        m = next.last + 1;
        continue;
      }
      items.push_back(next);
      starts.push_back(m + 1);
      m = next.last + 1;
    }
    const bool counted = people_count_after(text, items.back().end, role);
    PersonEvidence best = PersonEvidence::kNone;
    for (const PersonCandidate& item : items) best = std::max(best, item.evidence);
    const char32_t after = items.back().end < text.size() ? text[items.back().end] : U'\0';
    // A name is followed by what people do or are called (は, が, と, さん), a place by
    // の, で, へ (社長の宇都宮での経験, 女将の京都での修業).
    // である, です after a name is the copula, not a place's で.
    const size_t after_end = items.back().end;
    // (So is で and a comma after one a dictionary names a person: 伝統工芸士の片岡で、七十八歳.)
    const bool copula = after == U'で' && (text.compare(after_end + 1, 2, U"ある") == 0 ||
                                          text.compare(after_end + 1, 1, U"す") == 0 ||
                                          (text.compare(after_end + 1, 1, U"、") == 0 && best >= PersonEvidence::kMedium));
    // に before shops or sites counted or opened (藤沢と茅ヶ崎、平塚に計4店舗, 大月と都留に出店)
    // says the list is of places.
    const bool sites_after =
        after == U'に' && [&] {
          for (std::u32string_view w : {U"計", U"合計", U"店", U"出店", U"拠点", U"工場", U"営業所", U"支店", U"事務所",
                                        U"進出", U"展開", U"倉庫", U"農場", U"圃場", U"畑", U"施設"}) {
            if (starts_with(text, after_end + 1, w)) return true;
          }
          // A count right after に only when what it counts is sites: に3店舗, に二か所 (not
          // 山田と佐藤に3つの工程を任せた, where the list is of people).
          size_t digits = after_end + 1;
          while (digits < text.size() && digits - after_end <= 3 &&
                 (is_ascii_digit(text[digits]) ||
                  std::u32string_view(U"一二三四五六七八九十").find(text[digits]) != std::u32string_view::npos)) {
            ++digits;
          }
          if (digits == after_end + 1) return false;
          for (std::u32string_view site : {U"店", U"か所", U"カ所", U"ヶ所", U"箇所", U"拠点", U"工場", U"棟", U"施設"}) {
            if (starts_with(text, digits, site)) return true;
          }
          return false;
        }();
    const bool place_like_after =
        sites_after || (after == U'で' && !copula) || after == U'へ' || (after == U'か' && items.back().end + 1 < text.size() &&
                                            text[items.back().end + 1] == U'ら') ||
        (after == U'の' && !counted);
    bool keep = false;
    bool common_after_role = false;
    if (place_like_after) {
      keep = false;
    } else if (items.size() == 1) {
      // One name after a role: 事務の宇佐美は, 実習生のトゥイが. A word MeCab does not know
      // only before a particle; a place only as the subject (蔵元の百目鬼は, not 料理長の
      // 金沢の料亭); a common word never (社長の一存で).
      switch (first.evidence) {
        case PersonEvidence::kStrong:
        case PersonEvidence::kMedium:
          keep = role;
          break;
        case PersonEvidence::kUnknown:
          keep = role && is_particle_start(after);
          break;
        case PersonEvidence::kCommon:
          // A common word SKK lists as a surname, as the subject after a role (製造主任の纐纈は,
          // 番頭の御手洗が): as often a word of the trade (社長の知識が), so for a reviewer.
          keep = role && (after == U'は' || after == U'が') && first.end - words[k].begin >= 2 &&
                 all_of(text.substr(words[k].begin, first.end - words[k].begin), is_kanji);
          common_after_role = keep;
          break;
        case PersonEvidence::kPlace:
          // As the subject, or in notes where a title and a blank or a colon head the name and
          // a comma or a bracket ends it (社長 河瀬、専務 入交（…）).
          keep = role && (std::u32string_view(U"はがも").find(after) != std::u32string_view::npos ||
                          (word.begin > 0 && (text[word.begin - 1] == U' ' || text[word.begin - 1] == U':') &&
                           (after == U'、' || after == U'(' || after == U'（' || after == U'。' || after == U'\n' ||
                            after == U'\0')));
          break;
        default:
          break;
      }
    } else {
      // A list: after a role, one name MeCab does not know is enough (トゥイとハイ); with
      // only a count after it, one the dictionaries agree on (鈴木、望月、杉山の3人).
      // Places and common words (佐賀と長崎, 一存と…) count only beside such a name.
      keep = (role && best >= PersonEvidence::kUnknown) || (counted && best >= PersonEvidence::kMedium);
      // (Two words SKK lists as surnames and IPAdic as common words or places, after a role
      // and as the subject: 生花担当の早乙女と十文字が, 仕込み当番の丹羽と服部が. For a reviewer,
      // as one such word alone is; prefectures are never both: 担当の富山と石川が.)
      if (!keep && role && items.size() == 2 && (after == U'は' || after == U'が')) {
        bool all_listed = true;
        for (size_t n = 0; n < items.size(); ++n) {
          const std::u32string_view name = text.substr(words[starts[n]].begin, items[n].end - words[starts[n]].begin);
          all_listed = all_listed &&
                       (items[n].evidence == PersonEvidence::kCommon || items[n].evidence == PersonEvidence::kPlace) &&
                       !lexicon().prefectures.contains(name) && !lexicon().areas.contains(name);
        }
        keep = all_listed;
        common_after_role = all_listed;
      }
      // Places SKK lists as surnames, counted as people (仲宗根と安慶名の二人; Okinawa's
      // surnames are its places to IPAdic): the count says who they are. (佐賀と長崎の二人 is
      // not written; 長野、松本の三軒 counts shops, not people.)
      if (counted && !keep && (at(text, items.back().end) == U'の' || at(text, items.back().end) == U'ら')) {
        bool all_listed = true;
        for (const PersonCandidate& item : items) all_listed = all_listed && item.evidence >= PersonEvidence::kPlace;
        const size_t count = items.back().end + 1;
        keep = all_listed && (starts_with(text, count, U"二人") || starts_with(text, count, U"三人") ||
                              starts_with(text, count, U"2人") || starts_with(text, count, U"3人") ||
                              starts_with(text, count, U"ふたり") || starts_with(text, count, U"四人"));
      }
      // Without role or count, a list is people when its names say so themselves: every
      // one is IPAdic's 人名 (山田と佐藤が), or three or more where two are names
      // (支援チームは山田、佐藤、鈴木が). Places and common words alone never make one.
      size_t strong = 0;
      size_t medium = 0;
      for (const PersonCandidate& item : items) {
        strong += item.evidence == PersonEvidence::kStrong ? 1 : 0;
        medium += item.evidence >= PersonEvidence::kMedium ? 1 : 0;
      }
      // The list must end as the sentence's subject or object: 大月、都留、富士吉田の goes on
      // with a place, and these cities are IPAdic surnames too.
      const bool ends_as_people = std::u32string_view(U"はがもをに").find(after) != std::u32string_view::npos;
      // (Or a pair where one is IPAdic's 人名 and the other a name SKK lists, as the subject:
      // 職人の我如古と新垣は, where IPAdic reads 我如古 as a place.)
      size_t listed = 0;
      for (const PersonCandidate& item : items) listed += item.evidence >= PersonEvidence::kPlace ? 1 : 0;
      const bool pair_with_a_name = items.size() == 2 && strong >= 1 && listed == 2 && (after == U'は' || after == U'が');
      keep = keep || (ends_as_people && (strong == items.size() || (items.size() >= 3 && medium >= 2) || pair_with_a_name));
    }
    if (!keep) continue;
    for (size_t n = 0; n < items.size(); ++n) {
      const PersonCandidate& item = items[n];
      Finding finding;
      finding.begin = words[starts[n]].begin;
      finding.end = item.end;
      finding.kind = FindingKind::kPerson;
      finding.severity = common_after_role ? Severity::kWarning : Severity::kError;
      finding.core_begin = finding.begin;
      finding.core_end = finding.end;
      finding.surname_end = item.surname_end;
      out.push_back(finding);
      for (long w = starts[n]; w <= item.last; ++w) used[w] = true;
    }
    k = items.back().last;
  }
}

// Full names the dictionaries agree on, written with a blank or a kana given name:
// 百目鬼 透, 河合 ひなた, 緒方さくら. (IPAdic's own 姓 + 名 pairs are found below.)
void find_full_names_with_name_list(std::u32string_view text, const std::vector<Morpheme>& words,
                                    const std::vector<uint8_t>& ends, std::vector<bool>& used, std::vector<Finding>& out) {
  const PersonNameList& names = PersonNameList::shared();
  for (long k = 0; k < static_cast<long>(words.size()); ++k) {
    if (used[k]) continue;
    const Morpheme& word = words[k];
    if (!is_kanji(text[word.begin])) continue;
    if (word.begin > 0 && is_kanji(text[word.begin - 1])) continue;  // inside a longer word
    // A blank must follow within a surname's length, or the word must read as a name
    // (緒方|さくら): most words are neither, and are passed over before any lookup.
    bool blank_near = false;
    for (size_t p = word.begin + 1; p < text.size() && p <= word.begin + 4 && !blank_near; ++p) {
      blank_near = is_space(text[p]);
    }
    if (!blank_near && !(word.noun == NounKind::kProper || word.unknown)) continue;
    // The surname: IPAdic's 姓, or SKK's ending on a word boundary.
    size_t surname_end = 0;
    long surname_last = -1;
    if (word.proper == ProperKind::kPerson && word.name == NameKind::kSurname) {
      surname_end = word.end;
      surname_last = k;
    } else {
      for (size_t length = names.surname_at(text, word.begin); length > 0; --length) {
        if (!names.is_surname(text.substr(word.begin, length))) continue;
        long m = k;
        while (m < static_cast<long>(words.size()) && words[m].end < word.begin + length) ++m;
        if (m < static_cast<long>(words.size()) && words[m].end == word.begin + length) {
          surname_end = word.begin + length;
          surname_last = m;
          break;
        }
      }
    }
    if (surname_last < 0 || never_a_person(text.substr(word.begin, surname_end - word.begin))) continue;
    if (lexicon().prefectures.contains(text.substr(word.begin, surname_end - word.begin))) continue;
    const bool blank = surname_end < text.size() && is_space(text[surname_end]);
    const size_t given_begin = surname_end + (blank ? 1 : 0);
    if (given_begin >= text.size()) continue;
    const bool kana_given = is_hiragana(text[given_begin]);
    if (!blank && !kana_given) continue;  // 山田太郎 without a blank: IPAdic's pair rule
    // Without a blank, only a surname IPAdic agrees on (緒方さくら): a place before a kana
    // word (川越まつり, 金沢ゆかりの) is no name, unless a role stands before it (女将・久我山
    // すみれ).
    if (!blank && word.proper != ProperKind::kPerson && !role_before(text, ends, word.begin)) continue;
    // After a blank, a given name in katakana as older women's names are written (乙部 チヨ,
    // 畠山 ハル): two or three katakana that SKK knows as a given name in hiragana.
    if (blank && is_katakana(text[given_begin])) {
      size_t end = given_begin;
      while (end < text.size() && end - given_begin < 4 && is_katakana(text[end])) ++end;
      const size_t length = end - given_begin;
      if (length >= 2 && length <= 3 && (end >= text.size() || !is_katakana(text[end])) &&
          names.is_given_name(to_hiragana(text.substr(given_begin, length)))) {
        add_finding(out, word.begin, end, FindingKind::kPerson, Severity::kError, {}, word.begin, end);
        out.back().surname_end = surname_end;
        for (long m = k; m < static_cast<long>(words.size()) && words[m].begin < end; ++m) used[m] = true;
      }
      continue;
    }
    if (!kana_given && !is_kanji(text[given_begin])) continue;
    size_t given_length = 0;
    for (size_t length = names.given_name_at(text, given_begin); length > 0; --length) {
      const std::u32string_view form = text.substr(given_begin, length);
      if (!names.is_given_name(form)) continue;
      const char32_t after = given_begin + length < text.size() ? text[given_begin + length] : U'\0';
      // The given name must end: さくら|と, 透|は; not さくら|んぼ, 翔|太.
      const bool ends = kana_given ? !kana_name_goes_on(text, given_begin + length) : !is_kanji(after);
      if (ends) {
        given_length = length;
        break;
      }
    }
    // IPAdic's 名 word after a blank: 宇佐美 恵.
    const long given_word = WordIndex(&words).starting_at(given_begin);
    // (Without a blank it must end as the name does: 加賀|れん|こん is a lotus root.)
    if (given_length == 0 && given_word >= 0 && words[given_word].proper == ProperKind::kPerson &&
        words[given_word].name == NameKind::kGivenName && (blank || !kana_name_goes_on(text, words[given_word].end))) {
      given_length = words[given_word].end - given_begin;
    }
    if (given_length == 0) continue;
    // はる|と|に: a と or や followed by a case particle belongs to the name (はると).
    if (kana_given) {
      const size_t next = given_begin + given_length;
      if (next + 1 < text.size() && (text[next] == U'と' || text[next] == U'や') &&
          std::u32string_view(U"はがをにのもへで").find(text[next + 1]) != std::u32string_view::npos) {
        ++given_length;
      }
    }
    const size_t end = given_begin + given_length;
    if (is_yukari_no(text, given_begin, end)) continue;
    // "代表取締役 小松原 誠": a title joined by a blank belongs to the name as written.
    size_t begin = word.begin;
    if (begin > 1 && is_space(text[begin - 1])) {
      int title_tag = 0;
      const size_t title =
          lexicon().person_titles.match_ending_at(text.substr(0, begin - 1), begin - 1, &title_tag);
      if (title > 0 && title_tag == kTitleRole) begin = begin - 1 - title;
    }
    Finding finding;
    finding.begin = begin;
    finding.end = end;
    finding.kind = FindingKind::kPerson;
    finding.severity = Severity::kError;
    finding.core_begin = word.begin;
    finding.core_end = end;
    finding.surname_end = surname_end;
    out.push_back(finding);
    long m = k;
    for (; m < static_cast<long>(words.size()) && words[m].begin < end; ++m) used[m] = true;
    k = m - 1;
  }
}

// A role, then a name written with a blank between the surname and the given name (社長の
// 小鳥遊 誠は, 施設長の濱渦 和恵は, 代表の仲宗根 ゆいは, 漁労長の道津 源蔵は): the blank is
// how names are written in rosters and the role says a person follows, so rare surnames no
// list knows are found too. Read by characters around each blank.
void find_blank_names_after_roles(std::u32string_view text, const std::vector<Morpheme>& words,
                                  const std::vector<uint8_t>& ends, std::vector<Finding>& out) {
  const Lexicon& lex = lexicon();
  const PersonNameList& names = PersonNameList::shared();
  const WordIndex index(&words);
  // True if [begin, end) is one word the dictionary knows as a common noun (判断, 方針).
  const auto one_common_word = [&](size_t begin, size_t end) {
    const long k = index.starting_at(begin);
    return k >= 0 && words[k].end == end && !words[k].unknown && words[k].pos == PartOfSpeech::kNoun &&
           words[k].noun != NounKind::kProper;
  };
  const auto surname_character = [](char32_t c) { return is_kanji(c) || c == U'々' || c == U'ノ' || c == U'ヶ'; };
  // (A plain scan for the blanks: find_first_of tries every character of its set at every
  // position.)
  const auto next_blank = [&](size_t from) {
    while (from < text.size() && text[from] != U' ' && text[from] != U'\t') ++from;
    return from < text.size() ? from : std::u32string_view::npos;
  };
  for (size_t blank = next_blank(0); blank != std::u32string_view::npos && blank + 2 < text.size(); blank = next_blank(blank + 1)) {
    if (blank == 0 || !surname_character(text[blank - 1])) continue;
    size_t run = blank;
    while (run > 0 && blank - run < 7 && surname_character(text[run - 1])) --run;
    // The surname starts right after a role (社長の|小鳥遊, 社長|小鳥遊 inside one kanji run).
    // (Most blanks have no role near: one look at the role ends passes them over.)
    bool role_near = false;
    for (size_t k = run >= 6 ? run - 6 : 0; k < blank && !role_near; ++k) role_near = ends[k] != 0;
    if (!role_near) continue;
    size_t surname = blank;
    for (size_t p = run; p < blank && surname == blank; ++p) {
      if (is_kanji(text[p]) && role_before(text, ends, p) && blank - p <= 5) surname = p;
    }
    if (surname == blank) continue;
    const size_t given = blank + 1;
    size_t end = given;
    if (is_kanji(text[given])) {
      while (end < text.size() && end - given < 4 && is_kanji(text[end])) ++end;
      if (end - given > 3) continue;
    } else if (is_katakana(text[given])) {
      while (end < text.size() && end - given < 5 && is_katakana(text[end])) ++end;
      if (end - given < 2 || end - given > 4) continue;
    } else if (is_hiragana(text[given])) {
      // The shortest run of two to four kana that a particle or a non-kana ends (ゆい|は,
      // さくら|が).
      for (size_t e = given + 2; e <= given + 4 && e <= text.size() && end == given; ++e) {
        if (!is_hiragana(text[e - 1])) break;
        if (e == text.size() || !is_hiragana(text[e]) || is_particle_start(text[e])) end = e;
      }
      if (end == given) continue;
    } else {
      continue;
    }
    const char32_t after = end < text.size() ? text[end] : U'\n';
    const bool ends_there = is_space(after) || after == U'\n' ||
                            std::u32string_view(U"はがのをにともやへで、。（(「」）)：:さ氏様君").find(after) !=
                                std::u32string_view::npos;
    const std::u32string_view family = text.substr(surname, blank - surname);
    const std::u32string_view personal = text.substr(given, end - given);
    // (A prefecture's name is a common surname too: 担当 福井 智子, 整備士・千葉 大輔.)
    // (A role before the blank is no surname: 後継者: 若旦那 竹節 健斗 names 竹節 健斗.)
    if (lex.person_roles.contains(family) || lex.person_titles.contains(family)) continue;
    if (!ends_there || never_a_person(family) || never_a_person(personal) || lex.prefectures.contains(personal) ||
        (lex.prefectures.contains(family) && !names.is_given_name(personal))) {
      continue;
    }
    // Two common words a blank sets apart in terse prose (社長の判断 次第) name no one,
    // unless a list of names knows one of them (早乙女 is a word and a surname).
    if (one_common_word(surname, blank) && one_common_word(given, end) && !names.is_surname(family) &&
        !names.is_given_name(personal)) {
      continue;
    }
    add_finding(out, surname, end, FindingKind::kPerson, Severity::kError, {}, surname, end);
    out.back().surname_end = blank;
    blank = end;
  }
}

// A role, then a kanji run that SKK's lists split into a surname and a given name (長男の
// 阿部拓海（35）, 杜氏の十鳥武志と, 二代目の鍛冶谷修は): MeCab reads such names as places or
// common words, and no title follows them. The role says a person comes; the lists say
// where the name splits. Runs of common words (社長の経営方針) are left alone.
void find_listed_names_after_roles(std::u32string_view text, const std::vector<Morpheme>& words,
                                   const std::vector<uint8_t>& ends, std::vector<Finding>& out) {
  const PersonNameList& names = PersonNameList::shared();
  if (!names.available()) return;
  const WordIndex index(&words);
  for (size_t p = 1; p + 2 < text.size(); ++p) {
    if (!is_kanji(text[p]) || is_kanji(text[p - 1])) continue;
    size_t q = p;
    while (q < text.size() && q - p < 7 && is_kanji(text[q])) ++q;
    if (q - p < 3 || q - p > 6 || (q < text.size() && is_kanji(text[q])) || !role_before(text, ends, p)) {
      p = q - 1;  // the run holds no other start
      continue;
    }
    // Every word of the run the dictionary knows as common: a phrase, not a name.
    bool common_only = true;
    for (long w = index.starting_at(p); w >= 0 && w < static_cast<long>(words.size()) && words[w].begin < q; ++w) {
      common_only = common_only && !words[w].unknown && words[w].noun != NounKind::kProper;
    }
    // One word the dictionary knows (宇都宮, a city) is that word, not a name split in two.
    const long only = index.starting_at(p);
    if (common_only || (only >= 0 && words[only].end == q && !words[only].unknown)) continue;
    for (size_t split = p + 1; split < q; ++split) {
      const std::u32string_view family = text.substr(p, split - p);
      const std::u32string_view personal = text.substr(split, q - split);
      if ((family.size() < 2 && personal.size() < 2) || !names.is_surname(family) || !names.is_given_name(personal) ||
          never_a_person(family) || never_a_person(personal)) {
        continue;
      }
      add_finding(out, p, q, FindingKind::kPerson, Severity::kError, {}, p, q);
      out.back().surname_end = split;
      p = q;
      break;
    }
  }
}

// A role and の, then two kanji that MeCab cuts into a one-kanji word and a suffix, or
// reads as a given name and a suffix (杜氏の戸|祭が, 長男の晃|大が): a rare surname or a given
// name no list holds. Words the dictionary knows whole (社長の方針が, 長男の嫁が) are
// not cut so. A warning: only a reviewer knows a name from a word MeCab lacks.
void find_cut_names_after_roles(std::u32string_view text, const std::vector<Morpheme>& words,
                                const std::vector<uint8_t>& ends, std::vector<Finding>& out) {
  const WordIndex index(&words);
  for (size_t p = 2; p + 2 < text.size(); ++p) {
    if (text[p - 1] != U'の' || !is_kanji(text[p]) || !is_kanji(text[p + 1]) || is_kanji(at(text, p + 2))) continue;
    if (std::u32string_view(U"がはもとを、").find(at(text, p + 2)) == std::u32string_view::npos) continue;
    const long first = index.starting_at(p);
    if (first < 0 || first + 1 >= static_cast<long>(words.size()) || words[first].end != p + 1) continue;
    const Morpheme& head = words[first];
    const Morpheme& tail = words[first + 1];
    if (tail.end != p + 2 || head.pos != PartOfSpeech::kNoun || tail.pos != PartOfSpeech::kNoun) continue;
    const bool cut = (head.noun == NounKind::kGeneral || (head.noun == NounKind::kProper && head.proper == ProperKind::kPerson)) &&
                     tail.noun == NounKind::kSuffix;
    // (…主 is one who keeps the place: 三代目の窯|主, 園|主.)
    if (!cut || text[p + 1] == U'主') continue;
    // Only after a title (杜氏の, 番頭の) or a relative (長男の, 娘の): after a trade (漁師の浜|値)
    // the run is as often a word of the trade.
    bool relative = false;
    for (std::u32string_view kin : {U"長男", U"次男", U"三男", U"長女", U"次女", U"三女", U"息子", U"娘", U"妻", U"夫", U"兄",
                                    U"弟", U"姉", U"妹", U"父", U"母", U"祖父", U"祖母", U"孫", U"婿", U"甥", U"姪",
                                    U"跡取り", U"後継ぎ", U"先代", U"当主"}) {
      relative = relative || (p > kin.size() && text.compare(p - 1 - kin.size(), kin.size(), kin) == 0);
    }
    if (!relative && (ends[p - 1] & 2) == 0) continue;
    add_finding(out, p, p + 2, FindingKind::kPerson, Severity::kWarning, {}, p, p + 2);
  }
}

// A rare surname glossed with its reading (四十物(あいもの)恭介, 百目鬼(どうめき)はる, 功刀(くぬぎ)):
// writers gloss the names readers cannot read, and a gloss SKK reads as a surname, or one
// after a role, says a person. The given name after the bracket goes with it.
void find_names_with_reading_glosses(std::u32string_view text, const std::vector<Morpheme>& words,
                                     const std::vector<uint8_t>& ends, std::vector<Finding>& out) {
  const PersonNameList& names = PersonNameList::shared();
  if (!names.available()) return;
  const WordIndex index(&words);
  for (size_t open = text.find(U'('); open != std::u32string_view::npos; open = text.find(U'(', open + 1)) {
    size_t begin = open;
    while (begin > 0 && open - begin < 4 && is_kanji(text[begin - 1])) --begin;
    if (begin == open || (begin > 0 && is_kanji(text[begin - 1]))) continue;
    size_t close = open + 1;
    while (close < text.size() && close - open <= 9 && is_hiragana(text[close])) ++close;
    if (close - open < 3 || at(text, close) != U')') continue;
    const std::u32string_view reading = text.substr(open + 1, close - open - 1);
    const std::u32string_view kanji = text.substr(begin, open - begin);
    const bool role = role_before(text, ends, begin);
    if (!role && !names.is_surname_reading(reading)) continue;
    if (never_a_person(kanji)) continue;
    // One common word the dictionary knows is glossed with an example, not its reading
    // (果樹(りんご)); a rare name is cut in pieces or read as a proper noun.
    const long word = index.starting_at(begin);
    if (word >= 0 && words[word].end == open && !words[word].unknown && words[word].noun != NounKind::kProper) continue;
    // The given name right after: kanji (恭介) or kana (はる), up to a particle.
    size_t end = close + 1;
    size_t given = end;
    while (given < text.size() && given - end < 3 && is_kanji(text[given])) ++given;
    if (given == end) {
      while (given < text.size() && given - end < 4 && is_hiragana(text[given]) &&
             std::u32string_view(U"はがをにでとものや").find(text[given]) == std::u32string_view::npos) {
        ++given;
      }
      if (given - end < 2) given = end;
    }
    const bool full = given > end;
    add_finding(out, begin, full ? given : end, FindingKind::kPerson, role || full ? Severity::kError : Severity::kWarning, {},
                begin, full ? given : end);
    out.back().surname_end = open;
  }
}

// Names right before an honorific that the word rules miss: a Latin given name (Mattさん),
// a kana given name SKK reads (りょうさん), a kanji surname SKK lists that MeCab cuts into
// common words (薬袋さん). Kinds of people (大工さん, 八百屋さん), kana with the polite
// お (おばあさん) and みなさん are none.
void find_listed_names_before_honorifics(std::u32string_view text, const std::vector<Morpheme>& words,
                                         std::vector<Finding>& out) {
  const PersonNameList& names = PersonNameList::shared();
  const WordIndex index(&words);
  for (size_t h = text.find(U'さ'); h != std::u32string_view::npos; h = text.find(U'さ', h + 1)) {
    if (at(text, h + 1) != U'ん' || h == 0) continue;
    size_t begin = h;
    const char32_t last = text[h - 1];
    if (is_ascii_letter(last)) {
      while (begin > 0 && h - begin < 12 && is_ascii_letter(text[begin - 1])) --begin;
      // A given name as written in Latin letters: a capital, then small letters (Matt, Anna).
      const bool given = h - begin >= 3 && text[begin] >= U'A' && text[begin] <= U'Z' &&
                         std::all_of(text.begin() + begin + 1, text.begin() + h, [](char32_t c) { return c >= U'a' && c <= U'z'; });
      if (!given || (begin > 0 && (is_ascii_letter(text[begin - 1]) || is_ascii_digit(text[begin - 1])))) continue;
    } else if (is_hiragana(last) && names.available()) {
      while (begin > 0 && h - begin < 5 && is_hiragana(text[begin - 1])) --begin;
      const std::u32string_view kana = text.substr(begin, h - begin);
      if (kana.size() < 2 || kana.size() > 4 || kana.front() == U'お' || kana == U"みな" || kana == U"みんな" ||
          !names.is_given_name_reading(kana) || (begin > 0 && is_kanji(text[begin - 1]))) {
        continue;
      }
      // A kana word MeCab knows whole is that word (やおや, おまわり are caught above), and so
      // is one it reads with the さん in it (たくさん).
      const long w = index.starting_at(begin);
      if (w >= 0 && words[w].end == h && !words[w].unknown && words[w].pos == PartOfSpeech::kNoun &&
          words[w].noun != NounKind::kProper) {
        continue;
      }
      if (w >= 0 && words[w].end == h + 2 && !words[w].unknown) continue;
    } else if (is_kanji(last) && names.available()) {
      while (begin > 0 && h - begin < 4 && is_kanji(text[begin - 1])) --begin;
      const std::u32string_view family = text.substr(begin, h - begin);
      if (family.size() < 2 || (begin > 0 && is_kanji(text[begin - 1])) || !names.is_surname(family) ||
          never_a_person(family)) {
        continue;
      }
      // One word the dictionary knows (大工, 八百屋) is a kind of person; a name it knows as
      // a name is the other rules'.
      const long w = index.starting_at(begin);
      if (w >= 0 && words[w].end == h) continue;
    } else {
      continue;
    }
    add_finding(out, begin, h + 2, FindingKind::kPerson, Severity::kError, {}, begin, h);
  }
}

// 宗石剛氏, 小鳥遊 恵介氏, 千葉 正志氏, 勘解由小路 雅社長: a surname and a given name that
// SKK's lists know, right before the title or honorific at [i, i + length), where MeCab
// cut them into common words, a place or a suffix. Read by characters: the kanji run
// before the title, with at most one blank inside, split where both halves are listed.
// The title rule finds the part MeCab reads as a name; this finding covers the whole name
// and stands for both.
void add_listed_name_before_title(std::u32string_view text, size_t i, size_t length, std::vector<Finding>& out) {
  if (i == 0 || !is_kanji(text[i - 1])) return;
  const Lexicon& lex = lexicon();
  const PersonNameList& names = PersonNameList::shared();
  size_t begin = i;
  size_t blank = 0;  // position of the blank inside the run, or 0
  while (begin > 0 && i - begin < 9) {
    const char32_t c = text[begin - 1];
    if (is_kanji(c)) {
      --begin;
    } else if (is_space(c) && blank == 0 && begin >= 2 && is_kanji(text[begin - 2])) {
      blank = --begin;
    } else {
      break;
    }
  }
  if (begin > 0 && is_kanji(text[begin - 1])) return;  // longer than a name
  if (i - begin < 3) return;
  // A role or a generation before the title is no name however SKK splits it (三代目社長:
  // 三代 is a surname to it, 目 a given name).
  const std::u32string_view run = text.substr(begin, i - begin);
  if (lex.person_roles.contains(run) || lex.title_modifiers.contains(run) || ends_with(run, U"代目")) return;
  for (size_t split = begin + 1; split + 1 <= i; ++split) {
    if (blank != 0 && split != blank) continue;
    const std::u32string_view surname = text.substr(begin, split - begin);
    const size_t given_begin = blank != 0 ? split + 1 : split;
    if (given_begin >= i) continue;
    const std::u32string_view given = text.substr(given_begin, i - given_begin);
    if ((blank == 0 && surname.size() < 2) || !names.is_surname(surname) || !names.is_given_name(given) ||
        never_a_person(surname) || never_a_person(given) || lex.prefectures.contains(given)) {
      continue;
    }
    add_finding(out, begin, i + length, FindingKind::kPerson, Severity::kError, to_utf8(text.substr(i, length)), begin, i);
    out.back().surname_end = split;
    return;
  }
}

}  // namespace

void find_names_with_morphology(std::u32string_view text, const std::vector<Morpheme>& words, std::vector<Finding>& out,
                                std::vector<QuasiSignal>& signals) {
  const Lexicon& lex = lexicon();
  const WordIndex index(&words);
  std::vector<bool> used(words.size(), false);

  // People with a title or honorific: 田中社長, 鈴木様, 山田太郎氏, 佐藤一郎専務.
  for (size_t i = 0; i < text.size(); ++i) {
    int tag = 0;
    const size_t length = lex.person_titles.match_at(text, i, &tag);
    if (length == 0) continue;
    const size_t title_end = i + length;
    if (index.starting_at(i) < 0 || !title_is_word(text, title_end)) {
      i = title_end - 1;
      continue;
    }
    // A verb in -す denied in western speech reads as one kanji and さん (天然物しか出さん店, 話さん
    // けど): MeCab may take the kanji for a given name. Before a noun or a sentence's end
    // particle it is the verb.
    if (tag == kTitleHonorific && starts_with(text, i, U"さん") && i >= 1 && (i < 2 || !is_kanji(text[i - 2])) &&
        std::u32string_view(U"出話貸返残押指差干消増回戻落起探許離外写移冷鳴足").find(text[i - 1]) != std::u32string_view::npos &&
        (is_kanji(at(text, title_end)) || std::u32string_view(U"けよしね").find(at(text, title_end)) != std::u32string_view::npos)) {
      i = title_end - 1;
      continue;
    }
    add_listed_name_before_title(text, i, length, out);
    const long last = word_ending_before_blank(index, text, i);
    // A foreign name in katakana with its parts joined by ・ (アナ・リマさん, ダニエル・
    // ロペスさん) before an honorific is a person however the dictionary reads the parts.
    if (tag == kTitleHonorific && i > 0 && is_katakana(text[i - 1])) {
      size_t begin = i;
      bool joined = false;
      while (begin > 0 && i - begin < 16 && (is_katakana(text[begin - 1]) || text[begin - 1] == U'・')) {
        joined = joined || text[begin - 1] == U'・';
        --begin;
      }
      while (begin < i && text[begin] == U'・') ++begin;
      if (joined && i - begin >= 4 && text[begin] != U'・' && index.starting_at(begin) >= 0) {
        add_finding(out, begin, title_end, FindingKind::kPerson, Severity::kError,
                    to_utf8(text.substr(i, length)), begin, i);
        for (long k = index.starting_at(begin); k >= 0 && k < static_cast<long>(words.size()) && words[k].end <= i; ++k) {
          used[k] = true;
        }
        i = title_end - 1;
        continue;
      }
    }
    bool common_only = false;
    long first = last < 0 ? -1 : collect_name_back(text, words, last, &common_only);
    if (first < 0 && last >= 0 && tag == kTitleRole && is_single_kanji_surname(text, words, last)) {
      first = last;  // 林課長, 森社長: a one-kanji surname the dictionary reads as a common word
    }
    if (first < 0 && last >= 0 && tag == kTitleHonorific && is_common_word_surname(text, words, last)) {
      first = last;  // 辰巳さん
      common_only = false;
    }
    // (A role before the honorific is a kind of person: ケアマネさん, as 大工さん.)
    if (first >= 0 && never_a_person(text.substr(words[first].begin, words[last].end - words[first].begin))) first = -1;
    if (first >= 0 && !common_only && words[first].pos == PartOfSpeech::kNoun) {
      add_finding(out, words[first].begin, title_end, FindingKind::kPerson, Severity::kError, to_utf8(text.substr(i, length)),
          words[first].begin, words[last].end);
      if (last > first && words[first].name == NameKind::kSurname) out.back().surname_end = words[first].end;
      for (long k = first; k <= last; ++k) used[k] = true;
    }
    i = title_end - 1;
  }

  const std::vector<uint8_t> ends = role_ends(text);
  find_full_names_with_name_list(text, words, ends, used, out);
  find_blank_names_after_roles(text, words, ends, out);
  find_listed_names_after_roles(text, words, ends, out);
  find_cut_names_after_roles(text, words, ends, out);
  find_names_with_reading_glosses(text, words, ends, out);
  find_listed_names_before_honorifics(text, words, out);
  find_people_in_context(text, words, ends, used, out);

  // Names in kana after a legal form, which the character rule cannot delimit:
  // 株式会社なにわクリーン, 社会福祉法人さくら会. The name is the run of nouns that follows.
  for (size_t i = 0; i < text.size(); ++i) {
    int tag = 0;
    const size_t length = lex.company_forms.match_at(text, i, &tag);
    if (length == 0 || tag == kFormLatinSuffix) continue;
    const size_t name_begin = i + length;
    i = name_begin - 1;
    if (name_begin >= text.size() || !is_hiragana(text[name_begin])) continue;
    // 農事組合法人|は|ざま営農, 有限会社|ひ|ぐま商店: MeCab may read the first kana of the name
    // as a particle. A run of kana, then kanji or katakana that end like a firm's name, is
    // the name however MeCab cuts it (はまだ設立していない does not end so).
    {
      size_t kana_end = name_begin;
      while (kana_end < text.size() && kana_end - name_begin < 8 && is_hiragana(text[kana_end])) ++kana_end;
      size_t rest_end = kana_end;
      while (rest_end < text.size() && rest_end - kana_end < 8 && (is_kanji(text[rest_end]) || is_katakana(text[rest_end]))) {
        ++rest_end;
      }
      bool grammar = false;  // 株式会社として営農, 株式会社にも組合
      for (std::u32string_view start : {U"として", U"とし", U"から", U"まで", U"より", U"など", U"への", U"には", U"では",
                                        U"とは", U"にも", U"でも", U"とも", U"へも", U"なら", U"だけ", U"ごと", U"との",
                                        U"での", U"が", U"を", U"に", U"で", U"の"}) {
        grammar = grammar || starts_with(text, name_begin, start);
      }
      // A katakana word after the kana ends a name as a firm's suffix does (株式会社とちぎ
      // エコリソース): grammar before a loanword starts with a particle, which is excluded.
      const bool katakana_rest = rest_end - kana_end >= 2 && is_katakana(text[kana_end]);
      if (!grammar && kana_end - name_begin >= 2 && rest_end > kana_end &&
          (katakana_rest || ends_like_a_firm(text.substr(name_begin, rest_end - name_begin)))) {
        add_finding(out, i + 1 - length, rest_end, FindingKind::kCompany, Severity::kError, {}, name_begin, rest_end);
        continue;
      }
    }
    long k = index.starting_at(name_begin);
    size_t name_end = name_begin;
    if (k >= 0 && words[k].pos != PartOfSpeech::kNoun && words[k].pos != PartOfSpeech::kParticle &&
        words[k].pos != PartOfSpeech::kAuxiliaryVerb &&
        std::u32string_view(U"はがをにでともへやの").find(text[name_begin]) == std::u32string_view::npos) {
      // MeCab cuts a kana name into a verb and particles (ひ|の|くに): the name is the
      // run of kana, then the nouns after it (株式会社ひのくにファーム).
      while (name_end < text.size() && name_end - name_begin < 10 && is_hiragana(text[name_end])) ++name_end;
      k = index.starting_at(name_end);
      if (name_end - name_begin < 2 || (k < 0 && name_end < text.size() && !is_space(text[name_end]))) continue;
      // (A particle may end the kana before a verb's noun: 株式会社かねたか|と|取引. The name
      // ends before it unless a firm's ending follows.)
      const size_t particle = particle_after_kana_name(text.substr(name_begin, name_end - name_begin));
      if (particle > 0 && k >= 0 && lex.company_suffixes.match_at(text, name_end) == 0 &&
          lex.weak_company_suffixes.match_at(text, name_end) == 0) {
        add_finding(out, i + 1 - length, name_end - particle, FindingKind::kCompany, Severity::kError, {}, name_begin,
                    name_end - particle);
        continue;
      }
    } else if (k < 0 || words[k].pos != PartOfSpeech::kNoun || words[k].noun == NounKind::kSuffix ||
               words[k].noun == NounKind::kDependent || words[k].noun == NounKind::kPronoun) {
      continue;
    }
    for (; k >= 0 && k < static_cast<long>(words.size()) && words[k].begin == name_end && words[k].pos == PartOfSpeech::kNoun &&
           words[k].noun != NounKind::kDependent && words[k].noun != NounKind::kPronoun;
         ++k) {
      name_end = words[k].end;
    }
    if (name_end - name_begin >= 2) {
      add_finding(out, i + 1 - length, name_end, FindingKind::kCompany, Severity::kError, {}, name_begin, name_end);
    }
  }

  // Firms without a legal form: 山田製作所, 鈴木商店, 小江戸屋, ヤマダ社.
  for (size_t i = 0; i < text.size(); ++i) {
    int suffix_tag = kSuffixAfterAny;
    size_t length = lex.company_suffixes.match_at(text, i, &suffix_tag);
    if (length > 0 && suffix_tag == kSuffixAfterKanji && !is_kanji(at(text, i - 1))) continue;
    if (length == 0) length = lex.weak_company_suffixes.match_at(text, i);
    const bool label_suffix = length == 0 && text[i] == U'社';
    if (length == 0 && !label_suffix) continue;
    const size_t suffix_end = i + (label_suffix ? 1 : length);
    if (index.starting_at(i) < 0) continue;
    if (label_suffix) {
      // Only the word 社 on its own (社長, 社員, 社内 are words of their own).
      const long word = index.starting_at(i);
      if (word < 0 || words[word].end != i + 1) continue;
      // ABC社 is a label; Google社 or Yamada社 names a firm.
      size_t latin = i;
      while (latin > 0 && i - latin < 30 && (is_ascii_letter(text[latin - 1]) || text[latin - 1] == U'&')) --latin;
      if (latin < i) {
        const std::u32string_view name = text.substr(latin, i - latin);
        const bool capitals_only =
            std::all_of(name.begin(), name.end(), [](char32_t c) { return c >= U'A' && c <= U'Z'; });
        if (!(capitals_only && name.size() <= 3)) {
          add_finding(out, latin, suffix_end, FindingKind::kCompany, Severity::kWarning, {}, latin, i);
        }
        continue;
      }
    }
    if (lex.not_after_company_suffix.match_at(text, suffix_end) > 0) continue;
    // A place or name in kanji, then a kana word, then a firm's suffix (会津みらい農産, 奥羽
    // ゆけむりツーリスト, 近江みらい会計事務所): MeCab cuts the kana anywhere, so the name is
    // read by characters. A reviewer tells a coined name from prose.
    if (!label_suffix && i >= 3 && is_hiragana(text[i - 1]) && lex.weak_company_suffixes.match_at(text, i) != length) {
      size_t kana = i;
      while (kana > 0 && i - kana < 6 && is_hiragana(text[kana - 1])) --kana;
      size_t kanji = kana;
      while (kanji > 0 && kana - kanji < 4 && is_kanji(text[kanji - 1])) --kanji;
      const std::u32string_view run = text.substr(kana, i - kana);
      const bool grammar = ends_like_grammar(run) ||
                           std::u32string_view(U"はがをにでともへやの").find(run.front()) != std::u32string_view::npos;
      // (The kanji may be a place and a word for its land: 霧島|高原まほろば牧場.)
      const long place = index.starting_at(kanji);
      const bool place_first = place >= 0 && (is_place_word(text, words[place]) || words[place].noun == NounKind::kProper) &&
                               (words[place].end == kana ||
                                (place + 1 < static_cast<long>(words.size()) && words[place + 1].begin == words[place].end &&
                                 words[place + 1].end == kana && words[place + 1].noun == NounKind::kGeneral));
      if (i - kana >= 2 && kana - kanji >= 2 && !grammar && (kanji == 0 || !is_kanji(text[kanji - 1])) && place_first) {
        add_finding(out, kanji, suffix_end, FindingKind::kCompany, Severity::kWarning, {}, kanji, suffix_end);
        continue;
      }
    }
    const long last = word_ending_before_blank(index, text, i);
    if (last < 0 || words[last].end != i) continue;
    bool common_only = false;
    const long first = collect_name_back(text, words, last, &common_only);
    if (first < 0) {
      // A 屋号 mark in kanji and one more kanji (丸福商店, 丸一酒店, 山十水産): MeCab reads 丸
      // as a word of its own and 福 as a common word, so no name run is found; the mark
      // makes one. The mark must be a word by itself and start one: 丸太工房 and 山林商店
      // are dictionary words before the suffix, 本丸 holds no mark.
      const long mark = i >= 2 ? index.starting_at(i - 2) : -1;
      if (!label_suffix && mark >= 0 && words[mark].end == i - 1 && is_kanji_yagou_mark(text[i - 2]) &&
          is_kanji(text[i - 1]) && (i == 2 || !is_kanji(text[i - 3]))) {
        add_finding(out, i - 2, suffix_end, FindingKind::kCompany, Severity::kError, {}, i - 2, i);
        for (long k = mark; k <= last; ++k) used[k] = true;
        continue;
      }
      // 北斗電機, 青葉工業所, 朝日精機: a kanji common word before a suffix that only firms
      // end in names a firm as サクラ商店 does, unless it says the firm's kind or size
      // (個人商店, 地元商事, 総合商事): a reviewer tells.
      if (!label_suffix && lex.firm_only_suffixes.match_at(text, i) == length &&
          is_common_word_before_firm_suffix(text, words, last)) {
        const size_t begin = last > 0 && words[last - 1].end == words[last].begin && is_place_word(text, words[last - 1])
                                 ? words[last - 1].begin
                                 : words[last].begin;
        add_finding(out, begin, suffix_end, FindingKind::kCompany, Severity::kWarning, {}, begin, suffix_end);
        used[last] = true;
        continue;
      }
      // 松葉屋, 白鷺館, 月光堂: one kanji word of two or more characters that names no goods
      // or trade before 屋, 堂, 館 … reads as a 屋号 (和菓子屋, 写真館 do not). MeCab reads
      // 松葉 as a common word, so only a reviewer can tell a name from a rare trade.
      const std::u32string_view before = surface(text, words[last]);
      if (!label_suffix && first < 0 && lex.weak_company_suffixes.match_at(text, i) == length && !used[last] &&
          std::u32string_view(U"屋堂館亭庵荘閣苑舎").find(text[i]) != std::u32string_view::npos &&
          (suffix_end >= text.size() || !is_kanji(text[suffix_end])) &&
          before.size() >= 2 && all_of(before, is_kanji) && words[last].pos == PartOfSpeech::kNoun &&
          (words[last].noun == NounKind::kGeneral || words[last].noun == NounKind::kVerbal) && (last == 0 || words[last - 1].end != words[last].begin ||
                                                     words[last - 1].pos != PartOfSpeech::kNoun) &&
          !lex.trades.contains(before) && !never_a_person(before)) {
        add_finding(out, words[last].begin, suffix_end, FindingKind::kShop, Severity::kWarning, {}, words[last].begin,
            suffix_end);
        used[last] = true;
      }
      continue;
    }
    bool used_before = false;
    for (long k = first; k <= last; ++k) used_before = used_before || used[k];
    if (used_before) continue;
    Severity severity = Severity::kError;
    bool known_name = false;  // the dictionary knows a word of it as a proper noun (山田, 江戸)
    // One-kanji proper nouns (雅, 創, 栄 as given names) are too weak a sign.
    for (long k = first; k <= last; ++k) {
      known_name = known_name || (words[k].noun == NounKind::kProper && !words[k].unknown && words[k].end - words[k].begin >= 2);
    }
    // A katakana word the dictionary does not know before a firm's suffix is a firm when
    // it is a surname written in katakana (ハマダ建設: SKK's list reads a surname はまだ)
    // or a 屋号 mark (マルサン食品, ヤマイチ水産); other unknown katakana are as often
    // loanwords IPAdic lacks, and stay a warning.
    bool katakana_name = !label_suffix && first == last && lex.weak_company_suffixes.match_at(text, i) != length;
    if (katakana_name) {
      const std::u32string_view w = surface(text, words[first]);
      // IPAdic knows a few surnames in katakana as common nouns (ゴトウ|ファーム).
      const bool common_katakana = words[first].noun == NounKind::kGeneral && !looks_like_loanword(w);
      katakana_name = (words[first].unknown || common_katakana) && all_of(w, is_katakana) && w.size() >= 3 &&
                      w.size() <= 5 && (is_yagou_mark(w) || PersonNameList::shared().is_surname_reading(to_hiragana(w)));
    }
    if (!known_name && !katakana_name) {
      // A word the dictionary does not know as a name before 屋, 蔵, 堂 or even
      // 塗装, 工業 …: as often a coined technique or product word (耀稜塗装) as a
      // firm; ask for review rather than refuse. A known surname or place
      // (山田塗装, 川越製菓) stays an error.
      severity = Severity::kWarning;
    }
    if (common_only && !katakana_name) {
      // サクラ商店, マルイチ商店: a common word before a firm-only suffix is often a name,
      // but ロボット産業, ワイン醸造 or パン屋 is not: ask for review at most. A place and
      // a suffix (四万十建設, 徳島ケミカル, 武蔵野ベバレッジ) is how many firms are named,
      // and how an industry of a region is said (北海道観光, 九州の物流): a warning too,
      // except for the words that mostly name a region's industry.
      const bool firm_only = !label_suffix && lex.firm_only_suffixes.match_at(text, i) == length;
      const bool place_named = !label_suffix && lex.weak_company_suffixes.match_at(text, i) != length &&
                               is_place_word(text, words[first]) && !names_an_industry(text.substr(i, length));
      if (!firm_only && !place_named) continue;
      severity = Severity::kWarning;
    }
    // A common word or a region before the suffix (サクラ商店, 北陸電設) is judged with it:
    // the region alone is public.
    add_finding(out, words[first].begin, suffix_end, FindingKind::kCompany, severity, {}, words[first].begin,
        common_only ? suffix_end : i);
    for (long k = first; k <= last; ++k) used[k] = true;
  }

  for (size_t k = 0; k < words.size(); ++k) {
    if (used[k]) continue;
    const Morpheme& word = words[k];
    const std::u32string_view s = surface(text, word);
    const Morpheme* next = k + 1 < words.size() ? &words[k + 1] : nullptr;
    const bool next_touches = next != nullptr && next->begin == word.end;
    const char32_t next_char = word.end < text.size() ? text[word.end] : U'\0';

    // Municipalities (a quasi-identifier signal): 川越市, 東秩父村, さいたま市.
    if (next_touches && next->noun == NounKind::kSuffix && next->proper == ProperKind::kPlace &&
        word.pos == PartOfSpeech::kNoun && (word.noun == NounKind::kProper || word.unknown)) {
      const std::u32string_view unit = surface(text, *next);
      if ((unit == U"市" || unit == U"町" || unit == U"村" || unit == U"区" || unit == U"郡") &&
          !is_prefecture_or_area(s)) {
        signals.push_back(QuasiSignal{word.begin, next->end, SignalKind::kMunicipality});
        continue;
      }
    }
    if (word.pos != PartOfSpeech::kNoun || word.noun != NounKind::kProper) continue;
    // A kanji surname and a given name in katakana (伊藤ジョアン, 栄ミツエ): a given name
    // IPAdic knows makes a full name of any kanji name before it (栄 is a place to it); one
    // it does not know, only after a surname, and for a reviewer (伊藤ハウジング may be a firm).
    if (next_touches && all_of(s, is_kanji) && s.size() <= 3 && !used[k + 1] &&
        (word.proper == ProperKind::kPerson || word.proper == ProperKind::kPlace) &&
        (k == 0 || words[k - 1].end != word.begin || !is_kanji(text[words[k - 1].end - 1]))) {
      const std::u32string_view given = surface(text, *next);
      const bool katakana_given = given.size() >= 2 && given.size() <= 6 && all_of(given, is_katakana) &&
                                  !is_katakana(at(text, next->end)) && next->pos == PartOfSpeech::kNoun;
      // (Before a place or one kanji, SKK must read both as names: 牛|タン, 聖|パウロ are no people.)
      const PersonNameList& listed = PersonNameList::shared();
      const bool surname = word.proper == ProperKind::kPerson && word.name == NameKind::kSurname;
      const bool known_given = katakana_given && !next->unknown && next->proper == ProperKind::kPerson &&
                               next->name == NameKind::kGivenName &&
                               ((surname && s.size() >= 2) ||
                                (given.size() >= 3 && listed.is_surname(s) && listed.is_given_name_reading(to_hiragana(given))));
      const bool guessed_given = katakana_given && next->unknown && next->proper != ProperKind::kOrganization &&
                                 word.proper == ProperKind::kPerson &&
                                 word.name == NameKind::kSurname && s.size() >= 2;
      if (known_given || guessed_given) {
        add_finding(out, word.begin, next->end, FindingKind::kPerson, known_given ? Severity::kError : Severity::kWarning, {},
                    word.begin, next->end);
        out.back().surname_end = word.end;
        used[k + 1] = true;
        continue;
      }
    }
    if (s.size() < 2 || is_known_not_a_name(s) || all_of(s, is_latin_or_digit)) continue;
    const bool in_katakana_run =
        all_of(s, is_katakana) &&
        ((word.begin > 0 && (is_katakana(text[word.begin - 1]) || text[word.begin - 1] == U'・')) ||
         is_katakana(next_char) || next_char == U'・');
    if (in_katakana_run) continue;  // a fragment of a longer loanword; see the katakana rule
    if (is_place_suffix(next_char) ||
        (next_touches && next->noun == NounKind::kSuffix && next->proper == ProperKind::kPlace)) {
      continue;  // 熊谷市, 小川町: a place, not a person
    }

    if (word.proper == ProperKind::kPerson) {
      // Full names: 山田 太郎.
      // (A kana given name may be a longer word's start: 加賀|れん|こん, 水出|しの|ティーバッグ.)
      const bool kana_runs_on = next != nullptr && next->proper == ProperKind::kPerson &&
                                next->name == NameKind::kGivenName && all_of(surface(text, *next), is_hiragana) &&
                                kana_name_goes_on(text, next->end);
      // (Nor a given name of one kanji that a kanji word goes on from: 白州|湧|水とうふ.)
      const bool kanji_runs_on = next != nullptr && kanji_word_goes_on(text, words, k + 1);
      if (word.name == NameKind::kSurname && next != nullptr && next->proper == ProperKind::kPerson &&
          next->name == NameKind::kGivenName && next->noun == NounKind::kProper &&
          (next_touches || (next->begin == word.end + 1 && is_space(next_char))) &&
          !is_yukari_no(text, next->begin, next->end) && !kana_runs_on && !kanji_runs_on) {
        // "代表取締役 小松原 誠": a title joined by a blank belongs to the name as written.
        size_t begin = word.begin;
        if (begin > 1 && is_space(text[begin - 1])) {
          int title_tag = 0;
          const size_t title = lex.person_titles.match_ending_at(text.substr(0, begin - 1), begin - 1, &title_tag);
          if (title > 0 && title_tag == kTitleRole) begin = begin - 1 - title;
        }
        add_finding(out, begin, next->end, FindingKind::kPerson, Severity::kError, {}, word.begin, next->end);
        out.back().surname_end = word.end;
        used[k + 1] = true;
        continue;
      }
      // MeCab's guess for an unknown word, or a name that is also a common noun (仲居, 森):
      // without a title or a given name beside it, nothing says it is a name.
      if (word.unknown || word.common_reading) continue;
      // (Nor one whose kana after it was read above as a word's, not a given name: 水出|しの.)
      if (kana_runs_on && next_touches) continue;
      // 明, まゆみ, ラベル: one kanji, kana-only words are too often no name on their own.
      if (s.size() < 2 || all_of(s, is_hiragana) || all_of(s, is_katakana)) continue;
      // A name after a title: 社長の田中, 代表取締役 山田.
      size_t before_name = word.begin;
      for (std::u32string_view joiner :
           {std::u32string_view(U"の"), std::u32string_view(U"である"), std::u32string_view(U"・"),
            std::u32string_view(U" "), std::u32string_view(U":"), std::u32string_view(U"、")}) {
        if (before_name >= joiner.size() && text.compare(before_name - joiner.size(), joiner.size(), joiner) == 0) {
          before_name -= joiner.size();
          break;
        }
      }
      int tag = 0;
      const bool after_title =
          lex.person_titles.match_ending_at(text.substr(0, before_name), before_name, &tag) > 0 && tag == kTitleRole;
      add_finding(out, word.begin, word.end, FindingKind::kPerson, after_title ? Severity::kError : Severity::kWarning, {},
          word.begin, word.end);
      continue;
    }
    if (is_landmark(s)) continue;  // 富士山, 琵琶湖, 瀬戸内海: public geography
    if ((word.proper == ProperKind::kOrganization || word.proper == ProperKind::kGeneral) && !word.unknown) {
      // ヤマダ電機, セブン: a shop, brand or organisation the dictionary knows. (For an
      // unknown word 固有名詞 is MeCab's guess from its script and says nothing.)
      size_t end = word.end;
      for (size_t m = k + 1; m < words.size() && words[m].begin == end && words[m].noun == NounKind::kProper &&
                             words[m].proper != ProperKind::kPlace;
           ++m) {
        end = words[m].end;
        used[m] = true;
      }
      add_finding(out, word.begin, end, FindingKind::kProperNoun, Severity::kWarning, {}, word.begin, end);
    }
  }

  // Kana names right after a shop word: パン工房こむぎ, カフェ ひだまり.
  for (size_t i = 0; i < text.size(); ++i) {
    const size_t length = lex.shop_words.match_at(text, i);
    if (length == 0) continue;
    size_t name_begin = i + length;
    if (name_begin < text.size() && is_space(text[name_begin])) ++name_begin;
    long k = index.starting_at(name_begin);
    size_t name_end = name_begin;
    for (; k >= 0 && k < static_cast<long>(words.size()) && words[k].begin == name_end &&
           words[k].pos == PartOfSpeech::kNoun && words[k].noun != NounKind::kSuffix &&
           words[k].noun != NounKind::kDependent && all_of(surface(text, words[k]), is_hiragana);
         ++k) {
      name_end = words[k].end;
    }
    if (name_end - name_begin >= 2) {
      // Take in the word before the shop word: パン工房こむぎ.
      const long before_shop = word_ending_before_blank(index, text, i);
      const size_t begin =
          before_shop >= 0 && words[before_shop].end == i && words[before_shop].pos == PartOfSpeech::kNoun
              ? words[before_shop].begin
              : i;
      add_finding(out, begin, name_end, FindingKind::kProperNoun, Severity::kWarning, {}, name_begin, name_end);
    }
    i += length - 1;
  }

  // Katakana names of shops and brands the dictionary does not know: カフェ・ド・ボンヌ,
  // 菓子工房ルミエール. A loanword alone is too often ordinary vocabulary, so a run counts
  // only beside a shop word or when it is several words joined by ・.
  size_t word_cursor = 0;
  for (size_t i = 0; i < text.size();) {
    if (!is_katakana(text[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < text.size() &&
           (is_katakana(text[end]) || (text[end] == U'・' && end + 1 < text.size() && is_katakana(text[end + 1])))) {
      ++end;
    }
    const size_t begin = i;
    i = end;
    if (end - begin < 3) continue;
    bool unusual = false;  // some word of the run is unknown or a proper noun
    while (word_cursor < words.size() && words[word_cursor].end <= begin) ++word_cursor;
    for (size_t m = word_cursor; m < words.size() && words[m].begin < end; ++m) {
      if (words[m].unknown || words[m].noun == NounKind::kProper) unusual = true;
    }
    if (!unusual) continue;
    const std::u32string_view run = text.substr(begin, end - begin);
    if (is_known_not_a_name(run) || lex.shop_words.contains(run)) continue;
    size_t length = 0;
    const bool starts_with_shop_word = (length = lex.shop_words.match_at(run, 0)) > 0 && length < run.size();
    const bool shop_before = lex.shop_words.match_ending_at(text.substr(0, begin), begin) > 0 ||
                             (begin > 0 && (text[begin - 1] == U' ' || text[begin - 1] == U'・') &&
                              lex.shop_words.match_ending_at(text.substr(0, begin - 1), begin - 1) > 0);
    const bool shop_after = lex.shop_words.match_at(text, end) > 0 || lex.company_suffixes.match_at(text, end) > 0;
    // Quotes alone are no sign: case studies quote concepts (「コーチング」) as often as names.
    const bool multiword = run.find(U'・') != std::u32string_view::npos;
    if (!(starts_with_shop_word || shop_before || shop_after || multiword)) continue;
    add_finding(out, begin, end, FindingKind::kProperNoun, Severity::kWarning, {}, begin, end);
  }
}

void find_names_without_morphology(std::u32string_view text, std::vector<Finding>& out,
                                   std::vector<QuasiSignal>& signals) {
  const Lexicon& lex = lexicon();
  // Titled names: the run of kanji or katakana right before a title, unless it ends in a
  // generic word (同社社長, 工場長, 二代目社長).
  for (size_t i = 0; i < text.size(); ++i) {
    int tag = 0;
    const size_t length = lex.person_titles.match_at(text, i, &tag);
    if (length == 0) continue;
    const size_t title_end = i + length;
    size_t start = i;
    const bool katakana = i > 0 && is_katakana(text[i - 1]);
    while (start > 0 && i - start < 6 && (katakana ? is_katakana(text[start - 1]) : is_kanji(text[start - 1]))) --start;
    if (start == i || !title_is_word(text, title_end)) {
      i = title_end - 1;
      continue;
    }
    const std::u32string_view run = text.substr(start, i - start);
    const bool generic = lex.title_modifiers.match_ending_at(run, run.size()) > 0 || is_known_not_a_name(run) ||
                         lex.person_titles.match_ending_at(run, run.size()) > 0 ||
                         lex.company_suffixes.match_ending_at(run, run.size()) > 0 ||
                         lex.public_names.match_ending_at(run, run.size()) > 0;
    if (!generic && run.size() >= 2) {
      const size_t name_begin = run.size() > 4 ? i - 2 : start;  // a long run: keep the likely surname
      // Without a dictionary a katakana word before さん is as often a role (パートさん) as a
      // name (グエンさん): ask for review rather than refuse.
      add_finding(out, name_begin, title_end, FindingKind::kPerson, katakana ? Severity::kWarning : Severity::kError,
          to_utf8(text.substr(i, length)), name_begin, i);
    }
    i = title_end - 1;
  }
  // Municipalities right after a prefecture: 埼玉県川越市.
  lex.prefectures.for_each_match(text, [&](size_t, size_t end, int) {
    const char32_t last = text[end - 1];
    if (last != U'県' && last != U'都' && last != U'府' && last != U'道') return;
    for (size_t p = end; p < text.size() && p - end < 6; ++p) {
      const char32_t c = text[p];
      if (p > end && (c == U'市' || c == U'町' || c == U'村' || c == U'区' || c == U'郡')) {
        signals.push_back(QuasiSignal{end, p + 1, SignalKind::kMunicipality});
        return;
      }
      if (!(is_kanji(c) || is_hiragana(c) || is_katakana(c))) return;
    }
  });
}

// 屋号 marks written in katakana: マル (丸), ヤマ (山), カネ (曲尺), イチ, ヒシ, ジュウ
// before a kana word (マルサン, ヤマイチ, カネジュウ).
bool is_yagou_mark(std::u32string_view s) {
  for (std::u32string_view mark : {U"マル", U"ヤマ", U"カネ", U"イリ", U"ヒシ", U"カク"}) {
    if (s.size() > mark.size() && s.compare(0, mark.size(), mark) == 0) return true;
  }
  return false;
}

size_t place_scope_start(std::u32string_view text, const std::vector<Morpheme>& words, size_t from, size_t end) {
  const WordIndex index(&words);
  for (size_t p = from; p < end; ++p) {
    const long k = index.starting_at(p);
    if (k < 0 || !is_place_word(text, words[k])) continue;
    long last = k;
    // (With its unit: 桐生市で.)
    if (last + 1 < index.size() && words[last + 1].begin == words[last].end && words[last + 1].noun == NounKind::kSuffix &&
        words[last + 1].proper == ProperKind::kPlace) {
      ++last;
    }
    size_t after = words[last].end;
    // (Or a group in that place: 桐生の織元で, 今治の中小工場として.)
    if (at(text, after) == U'の') {
      size_t group = after + 1;
      while (group < end && group - after <= 8 && (is_kanji(text[group]) || is_katakana(text[group]))) ++group;
      // (One character is a group too: 柳井の蔵で.)
      if (group >= after + 2) after = group;
    }
    // (The claim may start at the で itself: 柳井でいちばん.)
    if (after <= end && (at(text, after) == U'で' || starts_with(text, after, U"じゃ") || starts_with(text, after, U"として"))) {
      return words[k].begin;
    }
    // (Or a group of that place named in a clause, then among it: 宇都宮に残る写真館の中では,
    // 旭川の家具工房のなかで.)
    for (size_t p = words[last].end; p < end && p - words[last].end <= 20; ++p) {
      if (text[p] == U'、' || text[p] == U'。' || text[p] == U'\n') break;
      if (starts_with(text, p, U"の中で") || starts_with(text, p, U"のなかで") || starts_with(text, p, U"のうちで")) {
        return words[k].begin;
      }
    }
  }
  // A town the text names in full elsewhere, said short before で: 燕市の会社で…燕で最大.
  // (Or with a group of it before で: 米沢市の機屋で…米沢の機屋では他に例がない.)
  for (size_t p = from + 1; p < end; ++p) {
    if ((text[p] != U'で' && text[p] != U'の') || !is_kanji(text[p - 1])) continue;
    if (text[p] == U'の') {
      size_t group = p + 1;
      while (group < end && group - p <= 8 && (is_kanji(text[group]) || is_katakana(text[group]))) ++group;
      if (group < p + 3 || group >= end || text[group] != U'で') continue;
    }
    size_t name = p - 1;
    while (name > from && p - name < 3 && is_kanji(text[name - 1])) --name;
    if (name > 0 && is_kanji(text[name - 1])) continue;
    for (std::u32string_view unit : {U"市", U"町", U"村"}) {
      std::u32string full(text.substr(name, p - name));
      full += unit;
      if (text.find(full) != std::u32string_view::npos) return name;
    }
  }
  return end;
}

namespace {

constexpr std::u32string_view kSites[] = {U"工場", U"事務所", U"事業所", U"営業所", U"本社", U"本店", U"店舗", U"店", U"工房",
                                          U"作業場", U"倉庫", U"拠点", U"支店", U"支社", U"本部", U"農場", U"センター",
                                          // (a hamlet named in a named village: 北川村の柏木集落で従業員14人)
                                          U"集落"};

// The end of a site named by its place right after a count of people at `after` (の豊川工場,
// （都城本社）, （弘前営業所）), or `after`. The place must be the site's first word: a kind of
// work there (の縫製工場, の町工場, の通所介護事業所) says nothing of where.
size_t named_site_after_count(std::u32string_view text, const WordIndex& index, size_t after) {
  const bool bracket = at(text, after) == U'(';
  if (!bracket && at(text, after) != U'の') return after;
  const size_t begin = after + 1;
  size_t end = begin;
  while (end < text.size() && end - begin < 10 && (is_kanji(text[end]) || is_katakana(text[end]))) ++end;
  if (end - begin < 3 || (bracket && at(text, end) != U')')) return after;
  // (A site of two characters or more: after a count, …の駅前店 is as often a shop's branch.)
  bool site = false;
  for (std::u32string_view kind : kSites) site = site || (kind.size() >= 2 && ends_with(text.substr(0, end), kind));
  const long place = index.starting_at(begin);
  if (!site || place < 0 || index[place].end >= end || !is_place_word(text, index[place])) return after;
  return bracket ? end + 1 : end;
}

}  // namespace

void find_headcounts_at_named_sites(std::u32string_view text, const std::vector<Morpheme>& words, std::vector<Finding>& out) {
  static constexpr std::u32string_view kStaff[] = {U"従業員", U"正社員", U"社員", U"職員", U"スタッフ", U"工員", U"作業員", U"職人",
                                                   U"乗務員", U"運転手", U"ドライバー", U"パート"};
  static constexpr std::u32string_view kWith[] = {U"を含めて", U"含めて", U"を含め"};
  static constexpr std::u32string_view kWork[] = {U"働いている", U"働く", U"勤める", U"勤務する", U"所属する"};
  const WordIndex index(&words);
  // (One look per word MeCab cut, not per character: a counter is a word of its own, 41|名.)
  for (long k = 1; k < index.size(); ++k) {
    if (words[k].end != words[k].begin + 1 || words[k - 1].end != words[k].begin) continue;
    const size_t p = words[k].begin;
    // (Only a count of people: most words are passed at this test.)
    if ((text[p] != U'名' && text[p] != U'人') || !(is_ascii_digit(text[p - 1]) || is_kanji_numeral(text[p - 1]))) continue;
    size_t number = p;
    while (number > 0 && p - number < 6 && (is_ascii_digit(text[number - 1]) || is_kanji_numeral(text[number - 1]))) --number;
    // (Only after a particle, a staff word or a verb of working, read below: 一人で and 3人の
    // are passed at this test.)
    if (number == 0 || std::u32string_view(U"にで員フ手ートくるてめ").find(text[number - 1]) == std::u32string_view::npos) continue;
    // (A rough count is none: 30人ほど, 20名以上; 約40名 fails the test above.)
    bool rough = false;
    for (std::u32string_view about : {U"ほど", U"程度", U"前後", U"余り", U"以上", U"以下", U"近く", U"くらい", U"ぐらい", U"超", U"弱", U"強"}) {
      rough = rough || starts_with(text, p + 1, about);
    }
    if (rough) continue;
    // (Or the site after the count: 従業員23名の豊川工場, 社員27名（都城本社）.)
    if (const size_t site_end = named_site_after_count(text, index, p + 1); site_end != p + 1) {
      size_t begin = number;
      for (std::u32string_view staff : kStaff) {
        if (begin == number && ends_with(text.substr(0, number), staff)) begin = number - staff.size();
      }
      add_finding(out, begin, site_end, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailExactCount);
      continue;
    }
    size_t joint = number;
    // Back over who they are and what they do there (橘通りの店でパート含めて14人, 東糀谷の工場で
    // 働く従業員17人, 北区の営業所に所属する乗務員38名).
    const auto strip = [&](const auto& tails) {
      for (std::u32string_view tail : tails) {
        if (ends_with(text.substr(0, joint), tail)) {
          joint -= tail.size();
          return;
        }
      }
    };
    strip(kWith);
    strip(kStaff);
    strip(kWork);
    size_t site_end = joint;
    for (std::u32string_view particle : {U"には", U"では", U"に", U"で"}) {
      if (ends_with(text.substr(0, joint), particle)) {
        site_end = joint - particle.size();
        break;
      }
    }
    if (site_end == joint) continue;
    bool site = false;
    for (std::u32string_view kind : kSites) site = site || ends_with(text.substr(0, site_end), kind);
    if (!site) continue;
    size_t site_begin = site_end;
    while (site_begin > 0 && site_end - site_begin < 8 && (is_kanji(text[site_begin - 1]) || is_katakana(text[site_begin - 1]))) {
      --site_begin;
    }
    if (site_begin < 2) continue;
    // (The place may name the site with no の: つくば営業所に31名.)
    long place = index.ending_at(text[site_begin - 1] == U'の' ? site_begin - 1 : site_begin);
    if (place < 0) continue;
    // (Or by its station's exit: 郡山|駅|東口|の本社, 船橋|駅|北口|の本店.)
    for (int steps = 0; steps < 3 && place > 0 && words[place - 1].end == words[place].begin; ++steps) {
      const std::u32string_view station = surface(text, words[place]);
      if (station != U"駅" && station != U"駅前" && station != U"東口" && station != U"西口" && station != U"南口" &&
          station != U"北口" && station != U"中央口" && station != U"前") {
        break;
      }
      --place;
    }
    // (With its unit: 広陵|町の工場.)
    if (words[place].noun == NounKind::kSuffix && words[place].proper == ProperKind::kPlace && place > 0 &&
        words[place - 1].end == words[place].begin) {
      --place;
    }
    if (!is_place_word(text, words[place])) continue;
    add_finding(out, words[place].begin, p + 1, FindingKind::kQuasiIdentifier, Severity::kWarning, kDetailExactCount);
  }
}

bool is_place_word(std::u32string_view text, const Morpheme& w) {
  const std::u32string_view s = surface(text, w);
  if (s == U"日本" || s == U"全国" || s == U"国内" || s == U"海外") return false;
  return is_prefecture_or_area(s) || (w.noun == NounKind::kProper && w.proper == ProperKind::kPlace);
}

// Suffixes that after a place mostly name the region's industry, not a firm: 北海道観光,
// 九州産業, 沖縄交通, 地域開発.
bool names_an_industry(std::u32string_view suffix) {
  for (std::u32string_view w : {U"観光", U"産業", U"工業", U"交通", U"開発", U"物流", U"住宅", U"水産", U"畜産",
                                U"農園", U"牧場", U"旅館", U"食堂", U"酒造", U"醸造", U"印刷", U"工芸", U"織物",
                                U"陶器", U"設備", U"不動産", U"ホーム", U"ハウス", U"食品", U"製菓", U"青果"}) {
    if (suffix == w) return true;
  }
  return false;
}

// People listed in brackets after a count of them or a role (若手の二人（早乙女・茂木）, 担当者
// 二人（小倉と神保）, 製造担当（大泉、ホアン）): the words before say every item is a person,
// whatever the dictionary reads a surname as (早乙女, 小倉 are words and places to it).
void find_people_listed_in_brackets(std::u32string_view text, std::vector<Finding>& out) {
  const Lexicon& lex = lexicon();
  // (The text is NFKC: （ is ( by now.)
  for (size_t open = text.find(U'('); open != std::u32string_view::npos; open = text.find(U'(', open + 1)) {
    const std::u32string_view before = text.substr(0, open);
    // A count of people (二人, 2名, 三人), a role (担当, 店長) or a list of them (送迎担当の名簿,
    // 担当者名).
    bool people = lex.person_roles.match_ending_at(before, before.size()) > 0;
    for (std::u32string_view list : {U"名簿", U"者名", U"メンバー", U"顔ぶれ"}) people = people || ends_with(before, list);
    for (std::u32string_view count : {U"人", U"名"}) {
      if (!ends_with(before, count) || open < 2) continue;
      const char32_t n = text[open - 2];
      people = people || is_ascii_digit(n) || is_kanji_numeral(n);
    }
    if (!people) continue;
    const size_t close = text.find(U')', open);
    if (close == std::u32string_view::npos || close - open > 24) continue;
    std::vector<std::pair<size_t, size_t>> items;
    bool names_only = true;
    for (size_t item = open + 1; item < close && names_only;) {
      size_t end = item;
      while (end < close && std::u32string_view(U"・、と,").find(text[end]) == std::u32string_view::npos) ++end;
      const std::u32string_view name = text.substr(item, end - item);
      // Two to four kanji, or two to six katakana: a surname or a given name, nothing more.
      const bool kanji = name.size() >= 2 && name.size() <= 4 && all_of(name, [](char32_t c) { return is_kanji(c) || c == U'々'; });
      const bool katakana = name.size() >= 2 && name.size() <= 6 && all_of(name, [](char32_t c) { return is_katakana(c) || c == U'ー'; });
      // Kanji must be a surname or a given name SKK lists (小倉, 早乙女; not 営業, 男性); katakana
      // no word the lists know (ウィラポーン; not パート).
      const PersonNameList& listed = PersonNameList::shared();
      const bool listed_name = listed.is_surname(name) || listed.is_given_name(name);
      const bool word = lex.generic_terms.contains(name) || lex.vocabulary.contains(name) || lex.person_roles.contains(name) ||
                        lex.person_titles.contains(name);
      if (!(kanji || katakana) || (kanji && !listed_name) || (katakana && word) || is_anonymised_name(name)) {
        names_only = false;
      }
      items.emplace_back(item, end);
      item = end + 1;
    }
    if (!names_only || items.size() < 2) continue;
    for (const auto& [b, e] : items) add_finding(out, b, e, FindingKind::kPerson, Severity::kWarning, {}, b, e);
  }
}

void find_people_in_staff_tables(std::u32string_view text, std::vector<Finding>& out) {
  const Lexicon& lex = lexicon();
  for (const auto& cells : markdown_table_rows(text)) {
    for (size_t c = 0; c + 1 < cells.size(); ++c) {
      const std::u32string_view role = text.substr(cells[c].first, cells[c].second - cells[c].first);
      if (!lex.person_titles.contains(role) && !lex.person_roles.contains(role)) continue;
      const auto [begin, end] = cells[c + 1];
      const std::u32string_view name = text.substr(begin, end - begin);
      const bool katakana =
          name.size() >= 2 && name.size() <= 6 && all_of(name, [](char32_t ch) { return is_katakana(ch) || ch == U'ー'; });
      const size_t blank = name.find(U' ');
      const bool two_parts =
          blank != std::u32string_view::npos && blank >= 1 && blank <= 4 && name.size() - blank - 1 >= 1 &&
          name.size() - blank - 1 <= 4 && name.find(U' ', blank + 1) == std::u32string_view::npos &&
          all_of(name.substr(0, blank), [](char32_t ch) { return is_kanji(ch); }) &&
          all_of(name.substr(blank + 1), [](char32_t ch) { return is_kanji(ch) || is_hiragana(ch) || is_katakana(ch); });
      if ((!katakana && !two_parts) || lex.generic_terms.contains(name) || lex.person_roles.contains(name) ||
          lex.person_titles.contains(name) || is_anonymised_name(name)) {
        continue;
      }
      add_finding(out, begin, end, FindingKind::kPerson, Severity::kError, {}, begin, end);
    }
  }
}

}  // namespace casekb
