// Shop and product rules of the anonymity check (see shops.h). Every rule starts at a
// quote, a shop word or a shop suffix and looks a bounded distance around it, so the
// scan stays linear in the text.
#include "anonymity/shops.h"

#include <algorithm>
#include <initializer_list>

#include "anonymity/lexicon.h"
#include "anonymity/patterns.h"
#include "anonymity/text.h"
#include "anonymity/word_index.h"

namespace casekb {
namespace {

constexpr size_t kMaxShopNameLength = 16;  // characters of a name after its shop word
constexpr size_t kMaxQuotedNameLength = 24;



using Words = WordIndex;

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
  // Kana names come out as common nouns, prefixes or verbs (ひだ|まり, まる|ふく, なごみ);
  // an adjective (なし, よい) after a shop word is prose: 保育所なしでは.
  // Nouns used as adverbs (すべて, いま) and common offers (おすすめ) are prose there too:
  // 旅館すべてが満室, 民宿おすすめの宿.
  if (w.pos == PartOfSpeech::kNoun && w.noun == NounKind::kOther) return false;
  if (lexicon().generic_kana_names.contains(s)) return false;
  return all_of(s, is_hiragana) && w.pos != PartOfSpeech::kParticle && w.pos != PartOfSpeech::kAuxiliaryVerb &&
         w.pos != PartOfSpeech::kAdjective && w.pos != PartOfSpeech::kAdverb && w.noun != NounKind::kSuffix &&
         w.noun != NounKind::kDependent && w.noun != NounKind::kPronoun;
}

bool is_name_character(char32_t c) {
  return is_kanji(c) || is_katakana(c) || is_ascii_letter(c) || c == U'・' || c == U'&' || c == U'\'';
}

// Nouns after の that end a name rather than continue it: まるふくの名で, 霧の森の店主.
bool ends_name_after_no(std::u32string_view word) {
  static constexpr std::u32string_view kWords[] = {U"名", U"名前", U"屋号", U"店名", U"店主", U"女将", U"経営",
                                                   U"前", U"中", U"横", U"隣", U"近く", U"味", U"客", U"社長",
                                                   U"主人", U"オーナー", U"看板", U"商品", U"二代目", U"三代目",
                                                   U"本店", U"支店", U"店舗", U"二号店", U"工場", U"売り場"};
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
    // MeCab reads a bracket or a mark after NFKC ("(") as a noun: a name never holds one.
    const char32_t first = text[w.begin];
    if (!(is_kanji(first) || is_hiragana(first) || is_katakana(first) || is_ascii_letter(first) ||
          is_ascii_digit(first) || first == U'・' || first == U'&' || first == U'\'')) {
      break;
    }
    const std::u32string_view s = text.substr(w.begin, w.end - w.begin);
    if (w.pos == PartOfSpeech::kParticle || s == U"・" || s == U"&" || s == U"ノ") {
      const bool next_is_name =
          k + 1 < words.size() && words[k + 1].begin == w.end && is_name_word(words[k + 1]) &&
          !ends_name_after_no(text.substr(words[k + 1].begin, words[k + 1].end - words[k + 1].begin));
      // A name that already ends in a shop's suffix ends there: 八雲亭|の卓上.
      const bool ends_in_suffix =
          lexicon().shop_suffixes.match_ending_at(text.substr(0, w.begin), w.begin) > 0 && w.begin > begin + 1;
      if ((s == U"の" || s == U"・" || s == U"&" || s == U"ノ") && end > begin && next_is_name &&
          !(s == U"の" && ends_in_suffix)) {
        end = w.end;
        continue;
      }
      break;
    }
    // A kanji numeral that starts a name after a blank, joined to a name word: 八|甲|堂.
    if (spaced && end == begin && w.noun == NounKind::kNumber && all_of(s, is_kanji) && k + 1 < words.size() &&
        words[k + 1].begin == w.end && is_name_word(words[k + 1]) && words[k + 1].noun != NounKind::kNumber &&
        words[k + 1].noun != NounKind::kSuffix) {
      end = w.end;
      continue;
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
    // ほた|る|苑: MeCab reads the end of a kana name as an auxiliary; a noun after it says
    // the name goes on.
    if (spaced && w.pos == PartOfSpeech::kAuxiliaryVerb && all_of(s, is_hiragana) && k + 1 < words.size() &&
        words[k + 1].begin == w.end && words[k + 1].pos == PartOfSpeech::kNoun &&
        words[k + 1].noun != NounKind::kDependent && !is_hiragana(text[w.end])) {
      end = w.end;
      continue;
    }
    break;
  }
  // かじ|か|亭: MeCab reads the last kana of a kana name as a particle when a signboard
  // suffix follows; the suffix says the name goes on to it.
  if (end > begin && all_of(text.substr(begin, end - begin), is_hiragana)) {
    for (size_t kana = 1; kana <= 2 && end + kana < text.size(); ++kana) {
      if (!is_hiragana(text[end + kana - 1])) break;
      const size_t suffix = end + kana;
      if (std::u32string_view(U"亭屋庵堂荘館苑舎閣").find(text[suffix]) != std::u32string_view::npos &&
          (suffix + 1 >= text.size() || !is_kanji(text[suffix + 1])) && suffix + 1 - begin <= kMaxShopNameLength) {
        return suffix + 1;
      }
    }
  }
  return end;
}


// End of a kana name starting at `begin`, read by characters where MeCab cuts it into
// particles, verbs and adjectives (て|ぃ|ー|だ, も|こも|こ, くろし|お): the run of kana up
// to a particle that ends it, one followed by anything but kana (てぃーだ|で、, くろしお|を
// 営む). Returns `begin` when the run is shorter than two characters or reads as grammar.
size_t kana_name_end(std::u32string_view text, const Words& words, size_t begin) {
  if (!words.available()) return begin;
  const auto is_kana = [](char32_t c) { return is_hiragana(c) || is_katakana(c); };
  size_t end = begin;
  bool closed = false;  // by a particle, not by the length limit
  while (end < text.size() && end - begin < 10 && is_kana(text[end])) {
    const long k = words.starting_at(end);
    if (k >= 0 && end > begin && words[k].pos == PartOfSpeech::kParticle && !is_kana(at(text, words[k].end))) {
      closed = true;
      break;
    }
    ++end;
  }
  if (end - begin < 2 || (!closed && end < text.size() && is_kana(text[end]))) return begin;
  if (ends_like_grammar(text.substr(begin, end - begin))) return begin;
  return end;
}

// A branch after a shop's name: " 稲毛駅前店", "天神店", " 本店", " 別館".
size_t branch_end(std::u32string_view text, size_t end) {
  size_t p = end;
  if (is_space(at(text, p))) ++p;
  for (std::u32string_view building : {std::u32string_view(U"別館"), std::u32string_view(U"本館"),
                                       std::u32string_view(U"新館"), std::u32string_view(U"分院"),
                                       std::u32string_view(U"別邸")}) {
    if (text.compare(p, building.size(), building) == 0) return p + building.size();
  }
  size_t q = p;
  const bool spaced = p > end;
  while (q < text.size() && q - p < 8 && (is_kanji(text[q]) || is_katakana(text[q]))) {
    if (text[q] == U'店' && q > p) return q + 1;
    // A clinic's or a school's branch after a blank: 内科クリニック 長良院, 泉中央教室, 駅前校.
    if (spaced && q > p + 1) {
      if ((text[q] == U'院' || text[q] == U'校') && !is_kanji(at(text, q + 1))) return q + 1;
      if (text[q] == U'教' && at(text, q + 1) == U'室') return q + 2;
    }
    ++q;
  }
  return end;
}

// Words that never start a shop's name: "カフェ経営", "旅館業", "レストランでは".
bool is_generic_after_shop_word(std::u32string_view name) {
  static constexpr std::u32string_view kWords[] = {
      U"業", U"店", U"経営", U"事業", U"部門", U"運営", U"営業", U"開業", U"併設", U"スペース", U"コーナー",
      U"チェーン", U"形式", U"利用", U"向け", U"風", U"巡り", U"めぐり", U"街", U"業界", U"組合", U"協会", U"等",
      U"など", U"や", U"全体", U"客", U"以外", U"店長", U"店主", U"店員", U"店舗", U"店内", U"店頭", U"業者",
      U"業態", U"業務", U"客層", U"客席", U"風景", U"風土", U"街道", U"事業者", U"経営者", U"オーナー", U"スタッフ", U"メニュー",
      // kana verbs that make a compound of the shop word (保育所づくり, 旅館通い): no name
      U"づくり", U"作り", U"探し", U"さがし", U"選び", U"えらび", U"通い", U"がよい", U"離れ", U"ばなれ", U"向き",
      U"付き", U"入り", U"帰り", U"がえり", U"続き", U"ぐるみ", U"同士", U"どうし", U"並み",
      U"らしさ", U"らしい", U"ならでは", U"だらけ", U"まかせ", U"任せ"};
  for (std::u32string_view word : kWords) {
    // One kanji starts a longer word too: 風 in 風車, 店 in 店舗 (which the list has anyway).
    if (word.size() == 1 && is_kanji(word[0]) && name.size() > 1 && is_kanji(name[1])) continue;
    if (name.compare(0, word.size(), word) == 0) return true;
  }
  return false;
}

// ---------------------------------------------------------------- names in quotes

// Kinds of goods that are no product category of the name rules (a name rarely ends in
// them) but before a quote say that a product's name follows: 日本酒『蔵の月』, 干物セット「…」.
const TermMatcher& goods_words() {
  static const TermMatcher matcher = [] {
    TermMatcher m;
    for (const char* word : {"日本酒", "地酒", "清酒", "純米酒", "純米吟醸", "吟醸酒", "大吟醸", "焼き菓子", "焼菓子",
                             "菓子", "銘菓", "スイーツ", "セット", "詰め合わせ", "詰合せ", "ギフト", "化粧品", "調味料",
                             "加工品", "惣菜", "缶詰", "ぽん酢", "ポン酢", "飲料", "ドリンク", "お茶", "緑茶", "煎茶",
                             "日本茶", "洋菓子", "和菓子", "お菓子", "パン", "米粉パン", "お酒", "果実酒", "リキュール",
                             "クラフトビール", "地ビール", "ジン", "ウイスキー", "新米", "お米", "ブレンド米", "果汁",
                             "ジュース", "ジャム", "ソース", "ギフトセット", "花束", "ブーケ", "モーニング", "ランチ",
                             "ちくわ", "竹輪", "蒲鉾", "かまぼこ", "カルビ", "ぼうろ", "麺", "畳", "かき氷", "表札",
                             "らーめん", "ラーメン", "定食", "弁当", "丼", "パフェ", "ケーキ", "タルト", "クッキー",
                             "プリン", "ジェラート", "アイス", "珈琲", "コーヒー", "紅茶", "ビール", "ワイン", "焼酎",
                             "梅酒", "漬物", "干物", "燻製", "チーズ", "石鹸", "タオル", "器", "椅子", "カレー",
                             "ちらし", "寿司", "すし", "そば", "うどん", "味噌", "醤油", "酢", "ドレッシング",
                             "シリーズ", "ハム", "ソーセージ", "ベーコン", "ロールケーキ", "バウムクーヘン", "カステラ",
                             "羊羹", "饅頭", "最中", "大福", "煎餅", "せんべい", "どら焼き", "ヨーグルト", "牛乳",
                             "マグ", "マグカップ", "漆器", "椀", "重箱", "茶碗", "湯呑", "箸", "鞄", "財布", "靴", "鋏",
                             "包丁", "手ぬぐい", "洗剤", "洗浄剤", "入浴剤", "シャンプー", "化粧水", "たたき", "膳",
                             "御膳", "和紙", "薄紙", "スツール", "しょうゆ", "しょう油", "あんぱん", "あんパン", "厚揚げ",
                             "メンチ", "コロッケ", "餃子", "ぎょうざ", "佃煮", "つくだ煮", "干し芋", "あられ", "おかき",
                             "まんじゅう", "団子", "だんご", "餅", "もち", "食パン", "ベーグル", "バター", "はちみつ",
                             "蜂蜜", "ハチミツ",
                             // goods of cloth, wood and light (ストール『ひいな』, 組子照明「雪輪」), and
                             // 明太子 by its short name
                             "ストール", "反物", "風呂敷", "ポーチ", "バッグ", "帽子", "手袋", "靴下", "エプロン",
                             "座布団", "布団", "枕", "照明", "ランプ", "家具", "テーブル", "チェア", "フック",
                             "明太子", "明太", "はんぺん", "黒はんぺん", "ちんすこう", "塩ちんすこう",
                             // soup bases and sauces (そばつゆ『神在のしずく』)
                             "そばつゆ", "めんつゆ", "麺つゆ", "白だし", "出汁", "グラス", "タンブラー", "ぐい呑み", "徳利",
                             // knives by their kind, and tea and soup stock in bags (牛刀「白鷺一文字」,
                             // だしパック「飛魚紀行」, 香り袋「杉っこ香」)
                             "牛刀", "出刃", "柳刃", "三徳", "ペティナイフ", "だしパック", "ティーバッグ", "ティーバック",
                             "香り袋", "匂い袋",
                             // soy sauce by its brewing (再仕込みの「島ひしお」)
                             "再仕込み", "再仕込み醤油", "濃口", "淡口", "薄口"}) {
      m.add(std::string_view(word));
    }
    return m;
  }();
  return matcher;
}

// Services a firm names as it names goods (見守りサービス「ゆきんこ見守り便」, 教材「ひらめき
// ノート」). Tiers and subjects stand there too (プラン「ライト」, 教材「国語」), so a quote
// after them is a name only by the words it is made of, never by its place.
const TermMatcher& service_words() {
  static const TermMatcher matcher = [] {
    TermMatcher m;
    for (const char* word : {"サービス", "プラン", "定期便", "教材", "パック", "ツアー", "コース", "レンタサイクル",
                             "メニュー", "講座"}) {
      m.add(std::string_view(word));
    }
    return m;
  }();
  return matcher;
}

// Kinds of service a firm's own offer is named with at its end: 「浜の晩ごはんプラン」,
// 「おくすり見守り便」, 「ほしぞら講座」, 「こっぱシリーズ」.
size_t service_kind_at_end(std::u32string_view inner) {
  static const TermMatcher kinds = [] {
    TermMatcher m;
    for (const char* kind : {"プラン", "便", "定期便", "講座", "ツアー", "コース", "パス", "倶楽部", "クラブ", "シリーズ",
                             "ケア", "体験", "フォトブック", "葬", "ミーティング", "ピクニック", "オンライン", "ノート"}) {
      m.add(std::string_view(kind));
    }
    return m;
  }();
  const size_t kind = kinds.match_ending_at(inner, inner.size());
  return kind > 0 && kind + 2 <= inner.size() ? kind : 0;
}

bool has_naming_word(std::u32string_view name);  // below, with the quote rules

// True if a quoted name holds a part that ordinary words do not make: a word MeCab does not
// know or knows as a proper noun, a kana noun or a kana verb's stem that is no common
// offer (ひざ|楽, ことはじめ, 花音), a word brand names are made of. 「朝ごはんプラン」 and
// 「季節のお花便」 have none.
bool has_coined_part(std::u32string_view text, const Words& words, size_t begin, size_t end) {
  if (!words.available()) return true;
  const Lexicon& lex = lexicon();
  if (has_naming_word(text.substr(begin, end - begin))) return true;
  for (long m = words.starting_at(begin); m >= 0 && m < words.size() && words[m].begin < end; ++m) {
    const Morpheme& w = words[m];
    const std::u32string_view surface = text.substr(w.begin, w.end - w.begin);
    if (w.unknown || (w.noun == NounKind::kProper && w.proper != ProperKind::kPlace)) return true;
    const bool kana = all_of(surface, is_hiragana) && surface.size() >= 2 && !lex.generic_kana_names.contains(surface);
    if (kana && (w.pos == PartOfSpeech::kNoun || w.pos == PartOfSpeech::kVerb || w.pos == PartOfSpeech::kAdjective)) return true;
  }
  return false;
}

// True if the words after a quote say the firm made or started what it names: 「…」を新設,
// を設けた, を用意, を立ち上げ, を始め, を商品にした.
bool made_or_started_after(std::u32string_view s, size_t close) {
  for (std::u32string_view verb : {U"を新設", U"も新設", U"を設け", U"も設け", U"を用意", U"も用意", U"を立ち上げ",
                                   U"を始め", U"も始め", U"を開始", U"の開始", U"を商品に", U"をつく", U"を作っ",
                                   U"を作り", U"も作", U"として揃え", U"として売", U"を新た", U"を設定", U"を企画し",
                                   U"が加わ", U"も加わ", U"を加え"}) {
    if (starts_with(s, close + 1, verb)) return true;
  }
  return false;
}

// True if the words after a quote say the firm launched what it names (「…」を始めた, は発売
// から, の二品に絞る): a narrower list than made_or_started_after, for quotes with no kind
// of goods or service in or before them (として売る, を用意 describe goods as often).
bool launched_after(std::u32string_view s, size_t close) {
  for (std::u32string_view verb : {U"を始め", U"も始め", U"を開始", U"の開始", U"を新設", U"も新設", U"を立ち上げ",
                                   U"は発売", U"が発売", U"を発売", U"を売り出", U"の二品", U"の2品"}) {
    if (starts_with(s, close + 1, verb)) return true;
  }
  // When it was launched may stand between: 「…」を2023年12月に発売し, 「…」を2023年秋に始め.
  if (at(s, close + 1) == U'を' && is_ascii_digit(at(s, close + 2))) {
    size_t p = close + 2;
    while (p < s.size() && p < close + 14 && (is_ascii_digit(s[p]) || std::u32string_view(U"年月日度春夏秋冬初頭末").find(s[p]) !=
                                                                          std::u32string_view::npos)) {
      ++p;
    }
    if (at(s, p) == U'に') ++p;
    for (std::u32string_view verb : {U"発売", U"開始", U"始め", U"新設", U"立ち上げ", U"売り出", U"発表", U"投入", U"リリース"}) {
      if (starts_with(s, p, verb)) return true;
    }
  }
  return false;
}

// True if the words after a quote say the firm put out what it names, in more ways than
// launched_after: 「…」を打ち出した, を企画した, を設計し, を新たに打ち出した, に切り替え.
bool put_out_after(std::u32string_view s, size_t close) {
  if (launched_after(s, close) || made_or_started_after(s, close)) return true;
  for (std::u32string_view verb : {U"を打ち出", U"を新たに打ち出", U"を企画", U"を設計し", U"に切り替え", U"を売り出", U"を新たに",
                                   U"を開き", U"も始め"}) {
    if (starts_with(s, close + 1, verb)) return true;
  }
  return false;
}

// A verb after a quote that puts it out as the firm's own offer (を設け, を作り, を定番に, を…柱
// に据え, として…売り込み, としてまとめ, ひとつで稼ぐ), the launches above included.
bool put_out_after_as_name(std::u32string_view s, size_t close) {
  if (put_out_after(s, close)) return true;
  for (std::u32string_view verb : {U"を設け", U"を作り", U"を作っ", U"を定番に", U"を柱に", U"を通販の柱に", U"を主力に",
                                   U"としてまとめ", U"として打ち出", U"として売り込", U"ひとつで稼", U"だけで稼"}) {
    if (starts_with(s, close + 1, verb)) return true;
  }
  // (A few words may stand between として and the verb: として荷主に直接売り込んだ.)
  if (starts_with(s, close + 1, U"として")) {
    for (size_t p = close + 4; p < s.size() && p < close + 14 && s[p] != U'。' && s[p] != U'、'; ++p) {
      for (std::u32string_view verb : {U"売り込", U"売り出", U"販売", U"提供", U"発売"}) {
        if (starts_with(s, p, verb)) return true;
      }
    }
  }
  return false;
}

// A name the firm put out, made of ordinary words but shaped as a name: two parts with a
// blank between (「三世代ポートレート 寿」を設け, 「瀬戸内 夜間定温便」として…売り込んだ) or a
// loanword joined to other words (『八丁ショコラ』を通販の柱に据えた, 「まるごと羽毛リフレッシュ」
// としてまとめた). Descriptions have no blank, generic offers end in their kind (「お試し
// セット」を作り), an activity after a blank is a theme (「カフェ 巡り」), and a loanword after の
// is described (「通いのトレーニング」): the quote rules judge those.
// True if a quote of ordinary words may still be a name by its form: four to twenty
// characters, no sentence inside, no grammar at its end, and no word the lists know as a
// whole (ドレッシング, 見える化, A社).
// True if `inner` is a word the lists know as no name: a generic term, a kind of goods, the
// taxonomy's vocabulary or an anonymised name.
bool is_a_listed_word(std::u32string_view inner) {
  const Lexicon& lex = lexicon();
  return lex.generic_terms.contains(inner) || lex.product_categories.contains(inner) || lex.vocabulary.contains(inner) ||
         is_anonymised_name(inner);
}

bool may_be_a_name_of_ordinary_words(std::u32string_view inner) {
  return inner.size() >= 4 && inner.size() <= 20 && inner.find_first_of(U"、。!?！？") == std::u32string_view::npos &&
         !ends_like_grammar(inner) && !is_a_listed_word(inner);
}

// As may_be_a_name_of_ordinary_words, for two to twelve characters (『浜の音』).
bool short_name_of_ordinary_words(std::u32string_view inner) {
  // (A kana name may end in ね or よ as particles do: くろがね.)
  const bool grammar = ends_like_grammar(inner) && !(inner.size() >= 3 && (inner.back() == U'ね' || inner.back() == U'よ') &&
                                                     !ends_like_grammar(inner.substr(0, inner.size() - 1)));
  // (How the goods are used or made is no name: 『使い方』, 『保存法』.)
  const bool how = inner.back() == U'方' || inner.back() == U'法' || ends_with(inner, U"レシピ");
  return inner.size() >= 2 && inner.size() <= 12 && inner.find_first_of(U"、。!?！？ 　") == std::u32string_view::npos &&
         !grammar && !how && !is_a_listed_word(inner);
}

bool put_out_as_a_name(std::u32string_view s, const Words& words, size_t begin, size_t close) {
  const std::u32string_view inner = s.substr(begin, close - begin);
  if (!may_be_a_name_of_ordinary_words(inner) || !put_out_after_as_name(s, close)) return false;
  const size_t blank = inner.find_first_of(U" 　");
  bool spaced = blank != std::u32string_view::npos && blank >= 2 && blank + 2 <= inner.size();
  if (blank != std::u32string_view::npos && blank + 1 < inner.size()) {
    const long after = words.starting_at(begin + blank + 1);
    const bool activity = after >= 0 && (words[after].noun == NounKind::kVerbal ||
                                         (words[after].end == close && is_hiragana(s[close - 1])));
    if (activity) return false;
  }
  size_t katakana = 0, longest = 0;
  bool other_script = false;
  for (char32_t c : inner) {
    katakana = is_katakana(c) || c == U'ー' ? katakana + 1 : 0;
    longest = std::max(longest, katakana);
    other_script = other_script || is_kanji(c) || is_hiragana(c);
  }
  for (std::u32string_view kind : {U"セット", U"プラン", U"コース", U"メニュー", U"サービス", U"パック", U"ツアー", U"キャンペーン",
                                   U"フェア", U"講座", U"教室", U"会", U"制度", U"ノート"}) {
    if (ends_with(inner, kind)) return false;
  }
  const bool described = inner.find(U'の') != std::u32string_view::npos;
  return spaced || (longest >= 3 && other_script && !described);
}

// True if what follows the quote closing at `close` counts it as goods sold or a service
// taken (「ひとつぶの朝」は通販で年間五千箱を売り, 「まちの記録便」は二年で年間五十件の依頼を受け,
// 「利兵衛のよつの季」の会員は六百人を超え, 「まるごと販促パック」は、三年で売上の三割を占める):
// only a name the firm sells under is counted so. A notion's results (「見える化」は三十件の改善を
// 生んだ) have none of these verbs.
bool counted_as_goods_sold(std::u32string_view s, size_t close) {
  size_t p = close + 1;
  // (Its members or its sales by name: 「湖のあさげ」の売上: 年約2,400万円.)
  for (std::u32string_view its : {U"の会員は", U"の会員数は", U"の売上", U"の売り上げ", U"の販売数", U"の出荷数"}) {
    if (starts_with(s, p, its)) return true;
  }
  // (The quote may be the predicate's complement too: 看板は…「椿月最中」で、売上の六割を占める.)
  bool joined = false;
  for (std::u32string_view joiner : {U"は、", U"は", U"が", U"で、", U"も"}) {
    if (!joined && starts_with(s, p, joiner)) {
      p += joiner.size();
      joined = true;
    }
  }
  if (!joined) return false;
  bool counted = false;
  for (size_t q = p; q < s.size() && q < p + 32 && s[q] != U'。' && s[q] != U'「' && s[q] != U'\n'; ++q) {
    // Or made the firm's leading goods (「かにみそ煎餅 浜の輪」は直売所の通年の主力になり).
    for (std::u32string_view standing : {U"主力にな", U"主力商品にな", U"看板商品にな", U"看板にな", U"定番にな", U"稼ぎ頭"}) {
      if (starts_with(s, q, standing)) return true;
    }
    if (starts_with(s, q, U"売上の") || starts_with(s, q, U"売り上げの")) counted = true;
    if ((is_ascii_digit(s[q]) || is_kanji_numeral(s[q])) && !counted) {
      size_t unit = q;
      while (unit < s.size() && (is_ascii_digit(s[unit]) || is_kanji_numeral(s[unit]) || s[unit] == U',' || s[unit] == U'万')) ++unit;
      // (Or taken up by so many customers: カフェ60店に採用され, 介護施設8か所と契約し.)
      for (std::u32string_view u : {U"箱", U"個", U"本", U"袋", U"食", U"件", U"枚", U"セット", U"組", U"部", U"瓶", U"缶", U"棟", U"台", U"足",
                                    U"店", U"か所", U"ヶ所", U"カ所", U"施設", U"社"}) {
        if (starts_with(s, unit, u)) counted = true;
      }
    }
    if (!counted) continue;
    for (std::u32string_view sold : {U"売", U"受注", U"出荷", U"販売", U"依頼", U"申し込み", U"予約", U"を占め", U"注文", U"を焼",
                                     U"に採用", U"で採用", U"と契約"}) {
      if (starts_with(s, q, sold)) return true;
    }
  }
  return false;
}

// True if the clause before the quote opening at `open` says the firm made it into goods
// (それを商品にしたのが、ひのき材の「…」, 汎用化したのが「…」, こうして生まれたのが「…」).
bool made_into_goods_before(std::u32string_view s, size_t open) {
  const size_t from = open >= 20 ? open - 20 : 0;
  const std::u32string_view before = s.substr(from, open - from);
  const size_t stop = before.find_last_of(U"。「」");
  const std::u32string_view clause = stop == std::u32string_view::npos ? before : before.substr(stop + 1);
  for (std::u32string_view made : {U"商品にしたのが", U"商品化したのが", U"製品にしたのが", U"製品化したのが", U"汎用化したのが",
                                   U"形にしたのが", U"生まれたのが"}) {
    if (clause.find(made) != std::u32string_view::npos) return true;
  }
  return false;
}

// The part of the sentence in the `window` characters before `open` (after the last 。 or
// line break): where a topic that names the quote stands.
std::u32string_view sentence_before(std::u32string_view s, size_t open, size_t window) {
  const size_t from = open >= window ? open - window : 0;
  std::u32string_view before = s.substr(from, open - from);
  if (const size_t stop = before.find_last_of(U"。\n"); stop != std::u32string_view::npos) before.remove_prefix(stop + 1);
  return before;
}

// 看板は甕仕込みの「紫宵」。, 主力は…の「…」で、: the firm's flagship as the sentence's topic,
// and the quote ending its clause. The words say a product is named, not that any word is
// one (看板は「安心」です is judged by its words).
bool flagship_topic_before(std::u32string_view s, size_t open, size_t close) {
  const size_t after = close + 1;
  const char32_t next = at(s, after);
  if (!(next == U'。' || next == U'、' || starts_with(s, after, U"で、") || starts_with(s, after, U"だ") ||
        starts_with(s, after, U"です") || starts_with(s, after, U"である") || starts_with(s, after, U"でした"))) {
    return false;
  }
  const std::u32string_view before = sentence_before(s, open, 30);
  for (std::u32string_view topic : {U"看板は", U"看板商品は", U"主力は", U"主力商品は", U"一番人気は", U"売れ筋は"}) {
    const size_t at_topic = before.find(topic);
    if (at_topic != std::u32string_view::npos && before.find_first_of(U"、「」『』", at_topic) == std::u32string_view::npos) {
      return true;
    }
  }
  return false;
}

// シリーズ名は、…絵柄から『白雨』とした, 店名は…「はな」にした, 名前は…「…」に決まった: a name
// word as the sentence's topic, and the quote at `open`..`close` made that name at the clause's
// end. As explicit as a name keyword right before the quote. Returns kNamesProduct, kNamesShop
// or -1.
int named_by_a_topic(std::u32string_view s, size_t open, size_t close) {
  const size_t after = close + 1;
  if (!starts_with(s, after, U"とした") && !starts_with(s, after, U"にした") && !starts_with(s, after, U"に決め") &&
      !starts_with(s, after, U"と決め") && !starts_with(s, after, U"に決まっ") && !starts_with(s, after, U"と決まっ")) {
    return -1;
  }
  const std::u32string_view before = sentence_before(s, open, 30);
  for (std::u32string_view topic : {U"シリーズ名は", U"商品名は", U"製品名は", U"ブランド名は", U"銘柄名は", U"名前は"}) {
    if (before.find(topic) != std::u32string_view::npos) return kNamesProduct;
  }
  for (std::u32string_view topic : {U"屋号は", U"店名は", U"宿名は"}) {
    if (before.find(topic) != std::u32string_view::npos) return kNamesShop;
  }
  return -1;
}

// What the words around a quote say it names: 屋号「…」, 「…」という店, ブランド『…』.
int named_thing_around_quote(std::u32string_view s, size_t open, size_t close) {
  const Lexicon& lex = lexicon();
  // (A table's key too: | 銘柄 | 「鷺ノ森」 |.)
  // (And the script it is written in: 社名はカタカナで「ミエテック」と書く, 社名は英字の「Snowlark」.)
  constexpr std::u32string_view kJoiners[] = {U"", U"の", U"は", U"が", U":", U" ", U"を", U"である", U"として", U"も", U" | ",
                                              U"はカタカナで", U"は英字で", U"はひらがなで", U"はローマ字で", U"は漢字で",
                                              U"はカタカナの", U"は英字の", U"はひらがなの", U"はローマ字の", U"は漢字の"};
  for (std::u32string_view joiner : kJoiners) {
    if (open < joiner.size() || s.compare(open - joiner.size(), joiner.size(), joiner) != 0) continue;
    int tag = -1;
    if (lex.brand_keywords.match_ending_at(s.substr(0, open - joiner.size()), open - joiner.size(), &tag) > 0) {
      return tag;
    }
  }
  // 社名は2010年まで「高岡鋳鉄所」, 旧社名は昭和の終わりまで「…」: the firm's former name,
  // with the time it was used between.
  {
    const size_t from = open >= 16 ? open - 16 : 0;
    const std::u32string_view before = s.substr(from, open - from);
    for (std::u32string_view name_word : {U"社名は", U"商号は", U"前身は", U"前身の"}) {
      const size_t at_word = before.rfind(name_word);
      if (at_word == std::u32string_view::npos) continue;
      const std::u32string_view between = before.substr(at_word + name_word.size());
      if (between.find_first_of(U"。、「」") != std::u32string_view::npos) continue;
      // 社名は…まで「…」; 前身は1970年代に始まった「…」 (the predecessor is named by itself).
      if (ends_with(before, U"まで") || name_word.front() == U'前') return kNamesCompany;
    }
  }
  if (const int named = named_by_a_topic(s, open, close); named >= 0) return named;
  // Dish words (天ぷら, 花屋) name a shop only before a blank and a name, not a quote.
  int shop_tag = kNamesShop;
  if (lex.shop_prefixes.match_ending_at(s.substr(0, open), open, &shop_tag) > 0 && shop_tag == kNamesShop) {
    return kNamesShop;
  }
  for (std::u32string_view word : {std::u32string_view(U"喫茶店"),
                                   std::u32string_view(U"民泊"), std::u32string_view(U"飲食店"),
                                   std::u32string_view(U"料理店")}) {
    if (open >= word.size() && s.compare(open - word.size(), word.size(), word) == 0) return kNamesShop;
  }
  const size_t after = close + 1;
  // (A firm known by its name in speech: 会社は昔から『みよし交通』で通っとる.)
  if (s.compare(after, 3, U"で通っ") == 0 || s.compare(after, 3, U"で通し") == 0) {
    const size_t inner_end = close;
    if (lex.company_suffixes.match_ending_at(s.substr(0, inner_end), inner_end) > 0) return kNamesCompany;
    return kNamesShop;
  }
  static constexpr std::u32string_view kShopAfter[] = {
      U"という屋号", U"という店", U"という名の店", U"という名前の店", U"という旅館", U"という宿", U"の屋号",
      U"の店名", U"の名で", U"の名前で", U"を営", U"を経営", U"を運営", U"を開業", U"を開店", U"を開い",
      U"をオープン", U"で営業", U"という施設", U"という名前のお店", U"というお店", U"として開き", U"として開い",
      U"として開業"};
  // (A meeting or a class is held, not a shop opened: 「くすりと食事の相談会」を開いた.)
  const auto held = [&] {
    const std::u32string_view inner = s.substr(open + 1, close - open - 1);
    for (std::u32string_view event : {U"会", U"教室", U"講座", U"セミナー", U"祭", U"まつり", U"イベント", U"ライブ", U"マルシェ", U"フェア"}) {
      if (ends_with(inner, event)) return true;
    }
    return false;
  };
  // (Kansai speech says という as いう: 「しもせき亭」いう店, 「しがらき雫」いう名前で.)
  const auto said_after = [&](std::u32string_view word) {
    return s.compare(after, word.size(), word) == 0 ||
           (word.size() > 3 && word.substr(0, 3) == U"という" && s.compare(after, word.size() - 1, word.substr(1)) == 0);
  };
  for (std::u32string_view word : kShopAfter) {
    if (said_after(word) && !(word == U"を開い" && held())) return kNamesShop;
  }
  static constexpr std::u32string_view kProductAfter[] = {
      U"というブランド", U"ブランド", U"という商品", U"という製品", U"という銘柄", U"というシリーズ",
      U"シリーズ", U"という名前で売", U"の名で売", U"と名付け", U"と名づけ", U"という名前の商品", U"を商品化",
      U"を発売", U"を開発", U"の名を付け", U"の名をつけ", U"の名前を付け", U"の名前をつけ", U"と命名", U"と銘打",
      U"を売り出", U"として売り出", U"として発売", U"を考案",
      // (松葉がにを「紅の誉」として出荷し)
      U"として出荷し", U"として出荷する", U"の名で出荷し",
      // the firm's service by its name (『カミカルテ』というサービスを始め)
      U"というサービス", U"というプラン", U"という名のサービス", U"という名前のサービス"};
  for (std::u32string_view word : kProductAfter) {
    if (said_after(word)) return kNamesProduct;
  }
  // (いう before a name word or goods in speech: 『…』いう詰め合わせ, 「…」いう名前で出した.)
  if (s.compare(after, 2, U"いう") == 0 && after > 0 && s[after - 1] != U'と') {
    if (starts_with(s, after + 2, U"名前で") || starts_with(s, after + 2, U"名で") || starts_with(s, after + 2, U"商品") ||
        lex.product_categories.match_at(s, after + 2) > 0 || goods_words().match_at(s, after + 2) > 0 ||
        starts_with(s, after + 2, U"詰め合わせ")) {
      return kNamesProduct;
    }
  }
  if (s.compare(after, 4, U"という社名") == 0) return kNamesCompany;
  // One Latin or katakana word in quotes that work is sent to or made for (「Nordia」に委託,
  // 「Klingmann」向けのOEM, 「メイラク」に出荷): a partner firm by its name.
  {
    const std::u32string_view inner = s.substr(open + 1, close - open - 1);
    const bool one_word = inner.size() >= 3 && inner.size() <= 16 &&
                          (std::all_of(inner.begin(), inner.end(), is_ascii_letter) ||
                           std::all_of(inner.begin(), inner.end(), [](char32_t c) { return is_katakana(c) || c == U'ー'; }));
    if (one_word) {
      for (std::u32string_view relation : {U"に委託", U"へ委託", U"に外注", U"向けのOEM", U"向けにOEM", U"からOEM", U"の下請",
                                           U"から受注", U"に納品", U"へ納品", U"に出荷し", U"に出して", U"から仕入れ", U"と取引",
                                           U"との取引", U"に卸し", U"へ卸し"}) {
        if (s.compare(after, relation.size(), relation) == 0) return kNamesCompany;
      }
    }
  }
  // 「NMW」の略称で呼ばれる: the firm's own short name.
  if (s.compare(after, 3, U"の略称") == 0 || s.compare(after, 5, U"という略称") == 0) return kNamesCompany;
  return -1;
}

// True if the words right after the quote closing at `close` name what it quotes as a
// product's own name: と名付け, と命名, シリーズ, という商品, というブランド.
bool explicitly_named_after(std::u32string_view s, size_t close) {
  for (std::u32string_view w : {U"と名付け", U"と名づけ", U"と命名", U"シリーズ", U"という商品", U"という製品",
                                U"というブランド", U"という銘柄", U"の名で売", U"と銘打", U"という名前の商品"}) {
    if (starts_with(s, close + 1, w)) return true;
  }
  return false;
}

// True if one of `keywords` ends right before `open`, joined to it by one of `joiners`.
bool keyword_joined_before(std::u32string_view s, size_t open, std::initializer_list<std::u32string_view> keywords,
                           std::initializer_list<std::u32string_view> joiners) {
  for (std::u32string_view joiner : joiners) {
    if (open < joiner.size() || s.compare(open - joiner.size(), joiner.size(), joiner) != 0) continue;
    const size_t end = open - joiner.size();
    for (std::u32string_view keyword : keywords) {
      if (end >= keyword.size() && s.compare(end - keyword.size(), keyword.size(), keyword) == 0) return true;
    }
  }
  return false;
}

// True if a word that announces a product's own name stands right before the quote at
// `open`, joined by nothing, の, は or が: ブランド「…」, 新商品の「…」, 商品名は「…」. Plain
// 商品 or 製品 is not such a word (商品の「価値」 quotes a notion).
bool after_product_name_keyword(std::u32string_view s, size_t open) {
  return keyword_joined_before(s, open,
                               {U"ブランド", U"ブランド名", U"新ブランド", U"自社ブランド", U"商品名", U"製品名", U"新商品",
                                U"新製品", U"看板商品", U"主力商品", U"人気商品", U"銘柄", U"シリーズ名", U"愛称",
                                // (講座の名は「…」, プランの名前は「…」)
                                U"講座の名", U"プランの名", U"サービスの名", U"商品の名", U"講座の名前", U"プランの名前",
                                U"サービスの名前", U"商品の名前"},
                               {U"", U"の", U"は", U"が"});
}

// True if 屋号 or 店名 stands right before the quote at `open`, joined by nothing, は, が or
// a colon: 屋号は「浜千鳥」, 店名「ことり」. One ordinary word is then the shop's name.
bool after_shop_name_keyword(std::u32string_view s, size_t open) {
  return keyword_joined_before(s, open, {U"屋号", U"店名", U"宿名", U"旅館名", U"店の名前", U"店の名"}, {U"", U"は", U"が", U":"});
}

// 「千鳥のかき飯」を看板商品にした, 「玄界ちらし」を持ち帰りの看板商品に, 油揚げを「谷口の
// あげ」として看板商品にし: を or として after the quote at `close`, then the product's
// standing in the same clause. As explicit as a name keyword.
bool made_into_a_product(std::u32string_view s, size_t close) {
  const size_t after = close + 1;
  for (std::u32string_view joiner : {std::u32string_view(U"を"), std::u32string_view(U"として")}) {
    if (s.compare(after, joiner.size(), joiner) != 0) continue;
    // A comma right after the joiner still leaves the clause open (『浜の朝ごはん』として、宿の名物に).
    const size_t from = after + joiner.size() + (at(s, after + joiner.size()) == U'、' ? 1 : 0);
    for (size_t p = from; p < s.size() && p < from + 16; ++p) {
      if (s[p] == U'、' || s[p] == U'。' || s[p] == U'「') break;
      for (std::u32string_view standing : {std::u32string_view(U"看板商品"), std::u32string_view(U"主力商品"),
                                           std::u32string_view(U"定番商品"), std::u32string_view(U"名物")}) {
        if (s.compare(p, standing.size(), standing) == 0) return true;
      }
      // (After を, made into goods or registered later in the clause: 「氷見ぶり節」を五年前に商品化,
      // 「…」を登録商標として持ち, 『青時雨』を贈答用に作り.)
      if (joiner == U"を") {
        for (std::u32string_view made : {std::u32string_view(U"商品化"), std::u32string_view(U"製品化"),
                                         std::u32string_view(U"登録商標"), std::u32string_view(U"商標登録"),
                                         std::u32string_view(U"贈答用に作"), std::u32string_view(U"土産用に作"),
                                         // (「じいじの白鳳」を直販で売り出し, しめさば「波頭」を自社商品として;
                                         // 試作 is for dishes and ideas too: 「減塩メニュー」を試作した)
                                         std::u32string_view(U"売り出"), std::u32string_view(U"売り始め"),
                                         std::u32string_view(U"自社商品"),
                                         // (『深蒸し一番摘み 翠峰』を直販の顔に据えた)
                                         std::u32string_view(U"の顔に据え")}) {
          if (s.compare(p, made.size(), made) == 0) return true;
        }
      }
      // 「朝露しずく」として小袋で商品化: made into goods under that name.
      if (joiner == U"として") {
        // (Or sold or wholesaled under it: 「桜島ぐるり一周プラン」として旅行会社に卸した.)
        for (std::u32string_view made : {std::u32string_view(U"商品化"), std::u32string_view(U"製品化"),
                                         std::u32string_view(U"発売"), std::u32string_view(U"売り出"),
                                         std::u32string_view(U"販売し"), std::u32string_view(U"販売を"),
                                         std::u32string_view(U"に卸"), std::u32string_view(U"へ卸"),
                                         // (「浜吉の揚げたて便」として通販を始め; 「まる八の黒だし」として瓶詰めにした,
                                         // 「蔵の黒 三年仕込み」として小分けにし)
                                         std::u32string_view(U"通販を始"), std::u32string_view(U"瓶詰めに"),
                                         std::u32string_view(U"小分けに"), std::u32string_view(U"袋詰めに"),
                                         // (「百年のしずく」として贈答用に売る)
                                         std::u32string_view(U"用に売")}) {
          if (s.compare(p, made.size(), made) == 0) return true;
        }
      }
    }
  }
  return false;
}

// The goods themselves around a quote: ワイン「紫水」, 焼き菓子「ぽっけ」, 主力の「…」,
// 「森のささやき」というはちみつ, 「…」が看板商品. A category right before a quote is how
// products are named in prose, but speech and descriptions stand there too (「手軽に食べ
// られる」というスイーツ), so the quote is judged as one without context.
int product_around_quote(std::u32string_view s, size_t open, size_t close) {
  const Lexicon& lex = lexicon();
  const size_t after = close + 1;
  // 主力の品種は「あかつき」, 品種「紅はるか」: a cultivar, registered in public, is no goods
  // of the firm's own.
  // (So is a sake rice: 県産の酒米「吟ぎんが」.)
  const size_t near = open >= 5 ? open - 5 : 0;
  if (s.substr(near, open - near).find(U"品種") != std::u32string_view::npos ||
      s.substr(near, open - near).find(U"酒米") != std::u32string_view::npos) {
    return -1;
  }
  // 「あかつき」や「川中島白桃」などの品種: the word may come after the list too.
  if (s.substr(close, std::min<size_t>(20, s.size() - close)).find(U"品種") != std::u32string_view::npos) return -1;
  if (lex.product_categories.match_ending_at(s.substr(0, open), open) > 0 ||
      goods_words().match_ending_at(s.substr(0, open), open) > 0 ||
      lex.product_context_before.match_ending_at(s.substr(0, open), open) > 0) {
    return kNamesProduct;
  }
  // 上用まんじゅうの『雪うさぎ』: goods, の, and a title in double brackets. (In single
  // brackets only as the subject or object, and of four characters or more: 厚揚げの「ぶっかけ
  // 大将」は; パンの「焼きたて」 is a label.)
  // (Two or three characters with kanji or katakana in them name goods too: 芋焼酎の「紫宵」が;
  // kana alone there is a notion: 蔵の酒の「らしさ」が.)
  const std::u32string_view inner = s.substr(open + 1, close - open - 1);
  const bool short_name = inner.size() >= 2 && std::any_of(inner.begin(), inner.end(), [](char32_t c) {
                            return is_kanji(c) || is_katakana(c);
                          });
  const bool named_after_no = s[open] == U'『' || ((close - open > 4 || short_name) &&
                                                   std::u32string_view(U"はがをも").find(at(s, after)) != std::u32string_view::npos);
  if (named_after_no && open >= 2 && s[open - 1] == U'の' &&
      (lex.product_categories.match_ending_at(s.substr(0, open - 1), open - 1) > 0 ||
       goods_words().match_ending_at(s.substr(0, open - 1), open - 1) > 0)) {
    return kNamesProduct;
  }
  if (s.compare(after, 3, U"という") == 0 && (lex.product_categories.match_at(s, after + 3) > 0 ||
                                               goods_words().match_at(s, after + 3) > 0)) {
    return kNamesProduct;
  }
  if (lex.product_context_after.match_at(s, after) > 0) return kNamesProduct;
  if (made_into_a_product(s, close)) return kNamesProduct;
  if (flagship_topic_before(s, open, close)) return kNamesProduct;
  // A product context, then the goods, then the quote: オリジナルの入浴剤「ゆらり」,
  // 定番のほうじ茶ラテ「ほっこり」. The goods are a short run without punctuation.
  for (size_t p = open; p > 0 && open - p < 10; --p) {
    const char32_t c = s[p - 1];
    if (c == U'の') {
      if (p < open && lex.product_context_before.match_ending_at(s.substr(0, p), p) > 0) return kNamesProduct;
      break;
    }
    if (!(is_kanji(c) || is_katakana(c) || is_hiragana(c))) break;
  }
  return -1;
}

// True if `word` before の says what kind or when, not whose: 季節, 本日, 自家製, 月額制.
bool is_common_modifier(std::u32string_view word) {
  for (std::u32string_view w : {U"季節", U"旬", U"本日", U"今月", U"今週", U"日替わり", U"週替わり", U"月替わり", U"自家製",
                                U"手作り", U"手づくり", U"地元", U"県産", U"国産", U"特製", U"定番", U"限定", U"季節限定",
                                U"朝", U"春", U"夏", U"秋", U"冬", U"おすすめ", U"店主", U"月額制", U"人気", U"大人",
                                U"子ども", U"こども", U"家族", U"産直", U"無添加", U"お試し", U"昔ながら", U"定額制"}) {
    if (word == w) return true;
  }
  return false;
}

// True if `inner` is a common modifier, の and a kind of goods: 「季節のタルト」, 「本日の
// スープ」, 月額制のSaaS. It describes the goods and names none.
bool is_modifier_and_goods(std::u32string_view inner) {
  const size_t product = lexicon().product_categories.match_ending_at(inner, inner.size());
  if (product == 0 || product + 2 > inner.size()) return false;
  // (Or joined without の: 「日替わり弁当」, 「自家製ベーコン」.)
  const std::u32string_view modifier = inner.substr(0, inner.size() - product);
  return is_common_modifier(modifier) ||
         (modifier.back() == U'の' && is_common_modifier(modifier.substr(0, modifier.size() - 1)));
}

// What a quoted name's own shape says: 「和菓子処 月読庵」, 「とりまる食堂」, 「霧の森羊羹」.
int named_thing_by_shape(std::u32string_view inner) {
  const Lexicon& lex = lexicon();
  const size_t prefix = lex.shop_prefixes.match_at(inner, 0);
  // (Not a saying that opens with the kind: 「ふぐ料理こそ宿の誇り」, 「喫茶は店の顔」.)
  bool saying = false;
  for (std::u32string_view particle : {U"こそ", U"は", U"が", U"を", U"も", U"って", U"なら"}) {
    saying = saying || (prefix > 0 && starts_with(inner, prefix, particle));
  }
  if (prefix > 0 && prefix < inner.size() && !saying) return kNamesShop;
  // 「純米」「和牛」: a name part of one character is a kind of goods, not a brand.
  const size_t product = lex.product_categories.match_ending_at(inner, inner.size());
  // 「かんきつの香りのドレッシング」 describes the goods: a phrase and の before the kind of
  // goods (not 「森のパン」, a name of one word and の).
  // So does a common modifier and の (「季節のタルト」).
  // So does a clause before it (「ボリュームのある惣菜パン」, 「子どもに食べさせたいパン」).
  bool clause = false;
  if (product > 0 && product < inner.size()) {
    const std::u32string_view before_kind = inner.substr(0, inner.size() - product);
    for (std::u32string_view predicate : {U"のある", U"のない", U"たい", U"しい", U"でもある"}) {
      clause = clause || before_kind.find(predicate) != std::u32string_view::npos;
    }
  }
  const bool described =
      (product + 5 <= inner.size() && inner[inner.size() - product - 1] == U'の') || is_modifier_and_goods(inner) || clause;
  if (product > 0 && product + 2 <= inner.size() && !described) return kNamesProduct;
  const size_t suffix = lex.shop_suffixes.match_ending_at(inner, inner.size());
  if (suffix > 0 && suffix < inner.size()) return kNamesShop;
  return -1;
}

// True if `name` holds a word brand names are made of (日和, めぐみ, 雫).
bool has_naming_word(std::u32string_view name) {
  bool found = false;
  lexicon().naming_words.for_each_match(name, [&](size_t, size_t, int) { found = true; });
  return found;
}

// True if word k, inside [begin, end), is a verb's stem that the noun right after it makes a
// compound noun (ひらめき|ノート, ゆきんこ|見守り|便). Two characters at least: し|ごと is する
// cut wrongly. Before a suffix only inside a longer name: ふれあい|館 is a public hall's word.
bool is_stem_of_compound(const Words& words, long k, size_t begin, size_t end) {
  const Morpheme& w = words[k];
  if (w.pos != PartOfSpeech::kVerb || w.end - w.begin < 2 || k + 1 >= words.size()) return false;
  const Morpheme& next = words[k + 1];
  // (A dependent noun after it, 戻す|こと, makes the clause a noun; the verb is a predicate.)
  return next.begin == w.end && next.end <= end && next.pos == PartOfSpeech::kNoun &&
         next.noun != NounKind::kDependent && (next.noun != NounKind::kSuffix || w.begin > begin);
}

// True if a quote reads as a label on goods rather than their name: 「国産大豆使用」,
// 「保存料不使用」, 「無添加」, 「手作り」, 「県産小麦100%」.
bool is_label_on_goods(std::u32string_view inner) {
  // 「食べ比べセット」「お試しパック」: an offer of goods described, not named.
  for (std::u32string_view offer : {U"セット", U"パック", U"詰め合わせ"}) {
    if (inner.size() > offer.size() && ends_with(inner, offer)) {
      const std::u32string_view rest = inner.substr(0, inner.size() - offer.size());
      for (std::u32string_view described : {U"比べ", U"お試し", U"試し", U"放題", U"ギフト", U"贈答", U"季節", U"人気"}) {
        if (ends_with(rest, described)) return true;
      }
    }
  }
  // (Fresh from the oven, and a part or a taste of the goods: 「焼きたての皮」, 「できたての味」.)
  for (std::u32string_view fresh : {U"たての", U"立ての"}) {
    const size_t at_fresh = inner.find(fresh);
    if (at_fresh != std::u32string_view::npos && at_fresh >= 1 && inner.size() - at_fresh - fresh.size() >= 1 &&
        inner.size() - at_fresh - fresh.size() <= 3) {
      return true;
    }
  }
  // ... and how they are made, sold or eaten: 「焼き立て」「作り置き」「持ち帰り」「日替わり」.
  for (std::u32string_view ending : {U"使用", U"不使用", U"無添加", U"仕込み", U"仕立て", U"製法", U"入り", U"産",
                                     U"限定", U"手作り", U"手づくり", U"%", U"配合", U"たて", U"立て", U"作り置き", U"帰り",
                                     U"採れ", U"替わり", U"替り", U"放題", U"比べ", U"売り", U"切り", U"直送", U"取り寄せ"}) {
    if (ends_with(inner, ending)) {
      return true;
    }
  }
  return false;
}

// True if the quoted text is ordinary vocabulary or speech, not a name: 「ドレッシング」,
// 「最中」, 「お客様の顔が見える商売」.
// `beside_goods`: the quote stands beside a kind of goods (焼き菓子「かすてらん」), where
// coined kana names that MeCab cuts into verbs are common, so only a quote that reads as
// a predicate (a particle inside, a verb's or adjective's ending) counts as speech.
bool is_generic_quote(std::u32string_view text, const Words& words, size_t begin, size_t end, bool by_context,
                      bool beside_goods = false, bool after_shop_word = false, bool after_name_keyword = false,
                      bool after_goods_word = false, bool by_shape = false) {
  const Lexicon& lex = lexicon();
  const std::u32string_view inner = text.substr(begin, end - begin);
  if (is_anonymised_name(inner)) return true;
  // A placeholder where a name would go (屋号は「未定」, 商品名は「なし」) names nothing.
  for (std::u32string_view placeholder : {U"未定", U"なし", U"無し", U"仮", U"仮称", U"検討中", U"募集中", U"不明", U"空欄",
                                          U"未設定", U"名無し", U"同じ", U"従来通り", U"そのまま"}) {
    if (inner == placeholder) return true;
  }
  if (is_label_on_goods(inner) && inner.size() >= 4 && !after_name_keyword) return true;
  if (lex.product_categories.contains(inner) || lex.shop_prefixes.contains(inner) || lex.vocabulary.contains(inner) ||
      lex.generic_terms.contains(inner) || lex.prefectures.contains(inner) || lex.areas.contains(inner)) {
    return true;
  }
  if (inner.find_first_of(U"、。!?") != std::u32string_view::npos) return true;
  if (is_modifier_and_goods(inner)) return true;
  // A time or a hope before the kind is a picture of the future, not a name (「5年後の牧場」,
  // 「理想の店」, 「これからの工房」), unless a word before says a name follows (屋号は「…」).
  if (!by_context) {
    size_t p = 0;
    while (p < inner.size() && (is_ascii_digit(inner[p]) || is_kanji_numeral(inner[p]))) ++p;
    if (p > 0 && (starts_with(inner, p, U"年後の") || starts_with(inner, p, U"年前の") || starts_with(inner, p, U"年先の"))) return true;
    for (std::u32string_view hope : {U"将来の", U"理想の", U"未来の", U"今後の", U"これからの", U"あるべき", U"目指す"}) {
      if (starts_with(inner, 0, hope)) return true;
    }
  }
  // The firm's own people or customers (主力の「地元のお客様」): a self word, の and a common term.
  if (const size_t no = inner.find(U'の'); no != std::u32string_view::npos && no + 1 < inner.size() &&
                                           lex.self_words.contains(inner.substr(0, no)) &&
                                           (lex.generic_terms.contains(inner.substr(no + 1)) || inner.substr(no + 1) == U"お客様" ||
                                            inner.substr(no + 1) == U"お客さん" || inner.substr(no + 1) == U"皆さん")) {
    return true;
  }
  // A kind of shop by where it stands (「町の本屋」, 「駅前の薬局」, 「島の食堂」) is a kind.
  for (std::u32string_view place : {U"町の", U"街の", U"村の", U"島の", U"地域の", U"駅前の", U"下町の", U"港町の", U"商店街の",
                                    U"田舎の", U"まちの", U"近所の", U"地元の"}) {
    if (!starts_with(inner, 0, place) || inner.size() <= place.size()) continue;
    const std::u32string_view kind = inner.substr(place.size());
    const std::u32string_view trade = ends_with(kind, U"屋") ? kind.substr(0, kind.size() - 1) : kind;
    if (lex.shop_suffixes.contains(kind) || lex.shop_words.contains(kind) || lex.shop_prefixes.contains(kind) ||
        lex.generic_terms.contains(kind) || lex.trades.contains(trade)) {
      return true;
    }
  }
  // Goods and a kind of shop (「カニの宿」, 「そばの店」, 「干物の店」) say what is served there, as a
  // nickname of the trade (「カニの宿」で通ってきた); after 屋号は or 店名は it is the name all the same.
  if (!after_name_keyword) {
    if (const size_t no = inner.find(U'の'); no != std::u32string_view::npos && no >= 1 && no + 1 < inner.size()) {
      const std::u32string_view goods = inner.substr(0, no);
      const std::u32string_view kind = inner.substr(no + 1);
      // (The kind first: few quotes end in one.)
      if (goods.size() <= 4 && (lex.shop_suffixes.contains(kind) || lex.shop_words.contains(kind) || lex.shop_prefixes.contains(kind))) {
        bool served = lex.product_categories.contains(goods) || goods_words().contains(goods);
        // (Catches and dishes an inn or a diner is known for, which the goods lists leave out.)
        for (std::u32string_view dish : {U"カニ", U"かに", U"蟹", U"エビ", U"海老", U"イカ", U"タコ", U"ウニ", U"フグ", U"ふぐ", U"河豚",
                                         U"カキ", U"牡蠣", U"アユ", U"鮎", U"ウナギ", U"うなぎ", U"鰻", U"蕎麦", U"魚", U"肉", U"野菜",
                                         U"果物", U"地鶏", U"牛", U"豚", U"鶏", U"ジビエ", U"海鮮", U"魚介"}) {
          served = served || goods == dish;
        }
        if (served) return true;
      }
    }
  }
  // A clause that says what kind of shop (「相談できる薬局」, 「通いたくなる美容室」) describes
  // one, and names none.
  if (const size_t kind = std::max(lex.shop_suffixes.match_ending_at(inner, inner.size()),
                                   lex.shop_prefixes.match_ending_at(inner, inner.size()));
      kind > 0 && kind + 2 <= inner.size()) {
    // (A verb's or an adjective's ending: 仙の|庵 has a particle, and is a name.)
    const std::u32string_view clause = inner.substr(0, inner.size() - kind);
    if (ends_like_grammar(clause) && std::u32string_view(U"るいただ").find(clause.back()) != std::u32string_view::npos) {
      return true;
    }
  }
  // What someone thought or felt of a thing (商品を「格下の仕事」と受け止めていた) is speech.
  // (So is what someone says: 「うなぎは博打のようなもの」と言い; 「…」という店 names one.)
  for (std::u32string_view thought : {U"と受け止め", U"と受けとめ", U"と感じ", U"と考え", U"と捉え", U"と思", U"と見な",
                                      U"と評価", U"と反省", U"と嘆", U"と笑", U"と言い", U"と言っ", U"と言う。", U"と話し", U"と話す",
                                      U"と語", U"と口に", U"とこぼ", U"と答え", U"と返し", U"と即答", U"とつぶや", U"と呟"}) {
    if (text.compare(end + 1, thought.size(), thought) == 0) return true;
  }
  // Without words, a sentence still shows by its letters: a particle that joins a
  // predicate's parts, then kana that end it (「酒屋はもう時代遅れだ」, 「肉屋は肉を売るもの」).
  if (!words.available()) {
    const size_t joint = inner.find_first_of(U"はがをにで", 1);
    return inner.size() >= 6 && joint != std::u32string_view::npos && joint + 2 < inner.size() &&
           (is_hiragana(inner.back()) || ends_with(inner, U"もの") || is_kanji(inner.back()));
  }
  long k = words.starting_at(begin);
  if (k < 0) return false;
  int count = 0;
  bool verb = false;
  bool name_like = false;
  bool particle = false;
  int joining_particles = 0;
  int content = 0;  // words other than prefixes (「お|試し」 is one word with its prefix)
  for (; k < words.size() && words[k].begin < end; ++k) {
    ++count;
    const Morpheme& w = words[k];
    if (w.pos != PartOfSpeech::kPrefix) ++content;
    // A particle that joins a predicate's parts (手軽に, 店が); の and final particles
    // (ぽ|っけ) stand inside names too.
    // (One kana MeCab cut from a coined kana word, あき|や|見守り便, joins nothing: a particle
    // of one kana right after other kana, inside a run that goes on, is read as part of it.)
    // (So is one that opens the quote with more kana after it, に|しき野在宅ケア便: a particle
    // does not start a name.)
    const bool inside_kana = (w.end - w.begin == 1 && w.begin > begin && is_hiragana(text[w.begin - 1]) &&
                              w.end < end && !is_hiragana(text[w.end]) && w.begin - begin <= 4 &&
                              all_of(text.substr(begin, w.begin - begin), is_hiragana)) ||
                             (w.end - w.begin == 1 && w.begin == begin && w.end + 1 < end && is_hiragana(text[w.end]) &&
                              is_hiragana(text[w.end + 1]));
    if (w.pos == PartOfSpeech::kParticle && !inside_kana) {
      const std::u32string_view p = text.substr(w.begin, w.end - w.begin);
      for (std::u32string_view joining : {U"が", U"を", U"に", U"で", U"と", U"は", U"も", U"へ", U"から", U"より", U"や"}) {
        if (p == joining) {
          particle = true;
          ++joining_particles;
        }
      }
    }
    // A verb's stem right before a noun makes a compound noun (ひらめき|ノート), not a predicate.
    // (Nor is one kana read as a verb at the quote's start before a noun: し|お|かぜ of
    // 「しおかぜシャンプー」 is a kana name MeCab cut.)
    const bool kana_cut_as_verb = w.end - w.begin == 1 && w.begin == begin && is_hiragana(text[w.begin]) &&
                                  k + 1 < words.size() && words[k + 1].begin == w.end && words[k + 1].end <= end &&
                                  (words[k + 1].pos == PartOfSpeech::kPrefix ||
                                   (words[k + 1].pos == PartOfSpeech::kNoun && words[k + 1].noun != NounKind::kSuffix)) &&
                                  is_hiragana(text[w.end]);  // (し|ごと is 仕事 in kana: ごと is a suffix)
    if ((w.pos == PartOfSpeech::kVerb && !is_stem_of_compound(words, k, begin, end) && !kana_cut_as_verb) ||
        w.pos == PartOfSpeech::kAdjective) {
      verb = true;
    }
    // An auxiliary counts as a predicate after a verb or an adjective (知ら|ない); after a
    // noun it is a kana name MeCab cut wrongly (雪|ほた|る), unless it is the copula (だ, です).
    if (w.pos == PartOfSpeech::kAuxiliaryVerb) {
      const Morpheme* previous = k > 0 ? &words[k - 1] : nullptr;
      const std::u32string_view aux = text.substr(w.begin, w.end - w.begin);
      const bool after_noun = previous != nullptr && previous->end == w.begin && previous->begin >= begin &&
                              previous->pos == PartOfSpeech::kNoun;
      if (!after_noun || aux == U"だ" || aux == U"です" || aux == U"でし" || aux == U"だっ") verb = true;
    }
    // A proper noun that is also a common word (木綿, 森) says little on its own.
    if (w.unknown || (w.noun == NounKind::kProper && !w.common_reading)) name_like = true;
  }
  // One known common word (「ドレッシング」「職人」) names a kind of thing, not a brand;
  // so does a compound of them (「木綿豆腐」) unless the shape alone made it a name
  // with a word brand names are made of (「ひだまり食パン」 has a kana word).
  // Beside goods a short kana word is a coined name (焼き菓子「ぽ|っけ」, 入浴剤「ゆらり」)
  // unless it reads as speech (「おいしい」).
  // Right after the goods and standing as the subject or object, a short kana run is a coined
  // name however MeCab cuts it (最中「ちゅらまる」は, ヨーグルト「はるにれ」を: ち|ゅらまる, はる|に|れ),
  // unless it is one dictionary verb or adjective, or speech (「おいしいです」).
  const auto stands_alone = [&] {
    for (std::u32string_view particle : {U"は", U"を", U"が", U"も", U"として", U"と名", U"で売", U"を売"}) {
      if (text.compare(end + 1, particle.size(), particle) == 0) return true;
    }
    return false;
  };
  const bool titled = begin > 0 && text[begin - 1] == U'『';
  if (after_goods_word && inner.size() >= 3 && inner.size() <= 7 && all_of(inner, is_hiragana) && (stands_alone() || titled) &&
      !lex.generic_kana_names.contains(inner)) {
    const long first = words.starting_at(begin);
    const bool one_predicate = first >= 0 && words[first].end == end && !words[first].unknown &&
                               (words[first].pos == PartOfSpeech::kVerb || words[first].pos == PartOfSpeech::kAdjective);
    bool speech = false;
    for (std::u32string_view ending : {U"ます", U"です", U"ない", U"たい", U"よう", U"ね", U"よ", U"した"}) {
      speech = speech || ends_with(inner, ending);
    }
    if (!one_predicate && !speech) return false;
  }
  const bool predicate_ending = std::u32string_view(U"るたいすだうよねか").find(inner.back()) != std::u32string_view::npos;
  if (beside_goods && inner.size() <= 6 && all_of(inner, is_hiragana) && !particle && !predicate_ending) {
    return lex.generic_kana_names.contains(inner);  // プラン「おまかせ」 is an offer
  }
  // Right after a shop word one common word is the shop's name (ゲストハウス「縁」,
  // 喫茶店「琥珀」), and after a word that says "a name" (新商品の「冬ごもり」, ブランド
  // 「雪国」); elsewhere it names a kind of thing.
  // Right after the goods, one noun of two characters or more is their name (一夜干し
  // 「潮騒」, ヨーグルト「雪どけ」, 白磁シリーズ「月白」); a taste or a size is not (「辛口」).
  // Only as the subject or object of its clause (「潮騒」は, 「月白」として): a word
  // quoted inside a longer phrase is a notion (和菓子「離れ」に, 焼き菓子「三種」の箱,
  // スイーツ「男子」向け).
  // (In double brackets, a title's mark, one kanji is a name too: 純米酒『蒼』を.)
  if (after_goods_word && count == 1 && (inner.size() >= 2 || (titled && is_kanji(inner[0]))) && stands_alone()) {
    const Morpheme& w = words[words.starting_at(begin)];
    static constexpr std::u32string_view kDescriptions[] = {U"辛口", U"甘口", U"中辛", U"濃口", U"薄口", U"大盛",
                                                            U"特盛", U"特上", U"限定", U"新作", U"定番", U"季節",
                                                            U"厚手", U"薄手", U"極薄", U"大判", U"小判", U"徳用"};
    const bool description = std::find(std::begin(kDescriptions), std::end(kDescriptions), inner) != std::end(kDescriptions);
    if (w.pos == PartOfSpeech::kNoun && (w.noun == NounKind::kGeneral || w.noun == NounKind::kProper) && !description &&
        !is_label_on_goods(inner)) {
      return false;
    }
  }
  if (count == 1 && !name_like && !after_shop_word && !after_name_keyword) return true;
  // Beside goods, a compound of nouns without a predicate is a coined name
  // (詰め合わせ「冬ごもり箱」): descriptions there are one word or read as speech.
  // (「お試し」 is one word with a prefix: an offer, not a name.) Only right after the goods
  // themselves: after 主力の, 「国産大豆使用」 is a label on the goods, not their name.
  if (after_goods_word && count >= 2 && !verb && !particle && !is_label_on_goods(inner)) {
    bool nouns = true;
    int noun_count = 0;
    for (long m = words.starting_at(begin); m >= 0 && m < words.size() && words[m].begin < end; ++m) {
      nouns = nouns && (words[m].pos == PartOfSpeech::kNoun || words[m].pos == PartOfSpeech::kPrefix) &&
              words[m].noun != NounKind::kNumber;
      noun_count += words[m].pos == PartOfSpeech::kNoun ? 1 : 0;
    }
    if (nouns && noun_count >= 2) return false;
  }
  // Beside goods, two or three kanji nouns (柚|香) are a coined name: descriptions there
  // are one word (「大」「三種」) or read as speech.
  // (Not a verbal noun with its suffix: 看板の「営業中」 is what the sign says.)
  if (beside_goods && inner.size() <= 4 && all_of(inner, is_kanji)) {
    bool nouns = true;
    bool verbal_and_suffix = false;
    for (long m = words.starting_at(begin); m >= 0 && m < words.size() && words[m].begin < end; ++m) {
      nouns = nouns && words[m].pos == PartOfSpeech::kNoun && words[m].noun != NounKind::kNumber;
      verbal_and_suffix = verbal_and_suffix || (words[m].noun == NounKind::kSuffix && m > 0 && words[m - 1].noun == NounKind::kVerbal);
    }
    if (nouns && !verbal_and_suffix) return false;
  }
  // Beside goods, two words or more are judged as speech or not (below): coined names there
  // are made of ordinary words MeCab may read as verbs (玄界|ちらし).
  // (A name that ends in its kind of goods, 「千鳥もなか」, says so by its shape.)
  // 「いこいの家」「みんなの食堂」: a common kana word and の before the kind of place, even
  // where the words around say a place is opened (「みんなの食堂」を開いた).
  if (const size_t no = inner.find(U'の'); no != std::u32string_view::npos && no + 1 < inner.size() &&
                                           lex.generic_kana_names.contains(inner.substr(0, no)) &&
                                           (!by_context || lex.shop_suffixes.match_ending_at(inner, inner.size()) > 0)) {
    return true;
  }
  if (!by_context && !by_shape && !(after_goods_word && content >= 2 && !is_label_on_goods(inner)) && !name_like &&
      !has_naming_word(inner) && inner.find(U'の') == std::u32string_view::npos) {
    bool kana_word = false;
    for (long m = words.starting_at(begin); m >= 0 && m < words.size() && words[m].begin < end; ++m) {
      const std::u32string_view w = text.substr(words[m].begin, words[m].end - words[m].begin);
      // A kana noun, or a kana verb's stem made a noun by the noun after it (ひらめき|ノート).
      const bool stem = is_stem_of_compound(words, m, begin, end);
      // (Two kana at least, and not inside a common kana word MeCab cut: おや|こ of おやこ.)
      size_t run_begin = words[m].begin;
      size_t run_end = words[m].end;
      while (run_begin > begin && is_hiragana(text[run_begin - 1])) --run_begin;
      while (run_end < end && is_hiragana(text[run_end])) ++run_end;
      if (all_of(w, is_hiragana) && w.size() >= 2 && (words[m].pos == PartOfSpeech::kNoun || stem) &&
          !lex.generic_kana_names.contains(w) && !lex.generic_kana_names.contains(text.substr(run_begin, run_end - run_begin))) {
        kana_word = true;
      }
    }
    if (!kana_word) return true;
  }
  // Speech and slogans have verbs; names after a keyword may too (「まちあるき手帖」).
  if (beside_goods && !by_context) {
    return verb && (particle || predicate_ending);
  }
  // A list of tasks that ends in a known term (「業務の棚卸しと見える化」) describes a service.
  if (particle && inner.find(U'と') != std::u32string_view::npos &&
      (lex.vocabulary.match_ending_at(inner, inner.size()) > 0 || lex.generic_terms.match_ending_at(inner, inner.size()) > 0)) {
    return true;
  }
  // A whole sentence is speech even where the words around would make a name of it
  // (「地元のホップを使っているなら出してみたい」という店, 「うちはなんでも屋」), and so is a
  // long clause with a verb and two joining particles whatever its last word
  // (蔵元「まずは元に戻すことで精一杯」).
  if (verb && particle && predicate_ending && inner.size() >= 8) return true;
  if ((verb ? joining_particles >= 2 : joining_particles >= 3) && inner.size() >= 10) return true;
  // A name by its shape alone holds no particle that joins a sentence (「うちはなんでも屋」).
  if (!by_context && particle) return true;
  return verb && !by_context;
}

// True if the noun ending at `open` says the quote after it is a saying, a notion or a public
// thing, not goods: スローガン「…」, 合言葉「…」, 補助金「…」, 認定「…」, 番組「…」.
bool names_a_notion_before(std::u32string_view s, size_t open) {
  static const TermMatcher notions = [] {
    TermMatcher m;
    for (const char* w : {"スローガン", "合言葉", "標語", "テーマ", "目標", "方針", "理念", "言葉", "キーワード", "コンセプト",
                          "ビジョン", "ミッション", "口癖", "見出し", "タイトル", "キャッチコピー", "コピー", "題", "制度",
                          "補助金", "助成金", "事業", "計画", "認定", "賞", "資格", "会議", "委員会", "番組", "特集", "記事",
                          "連載", "新聞", "雑誌", "誌", "書籍", "本", "曲", "歌", "作品", "映画", "ドラマ", "展", "展示会",
                          "イベント", "祭", "祭り", "まつり", "大会", "コンテスト", "プロジェクト", "運動", "活動", "宣言",
                          "看板", "張り紙", "貼り紙", "掲示", "表示", "ラベル", "検索", "ハッシュタグ", "タグ", "項目", "欄",
                          "段階", "工程", "等級", "ランク", "区分", "分類", "品種", "愛称", "通称", "略称", "呼称", "名称",
                          "商標", "規格", "基準", "様式", "書式", "声", "意見", "回答", "感想", "評価", "口コミ", "レビュー",
                          "質問", "問い", "相談", "指示", "号令", "掛け声", "教え", "家訓", "社訓", "社是", "信条", "心得",
                          // what people said, and where it was printed
                          "社員", "職人", "店主", "女将", "顧客", "客", "最初", "当初", "会報", "コラム", "寄稿", "だより",
                          "祭典", "講演", "演題", "講座名", "科目",
                          // cultivars of crops, which are registered in public (小麦「ゆめちから」)
                          "小麦", "米", "酒米", "大豆", "いちご", "苺", "ぶどう", "葡萄", "りんご", "茶", "みかん", "柑橘",
                          "梨", "桃", "さつまいも", "芋", "そば", "蕎麦", "品目"}) {
      m.add(std::string_view(w));
    }
    return m;
  }();
  return notions.match_ending_at(s.substr(0, open), open) > 0;
}

// Start of the name in a quoted signboard [begin, end): a kind of shop or goods, one blank,
// then a name of one word or coined kana (きしめん 松風, 海女小屋 はちまん, ドライクリーニング
// はなまる); or `begin` if the quote has another shape. A phrase with a blank (笑顔 いっぱい)
// has no kind before it.
size_t signboard_name_begin(std::u32string_view s, size_t begin, size_t end) {
  const std::u32string_view inner = s.substr(begin, end - begin);
  const size_t blank = inner.find_first_of(U" \u3000");
  if (blank == std::u32string_view::npos || blank < 2 || blank > 10 || inner.size() - blank - 1 < 2 ||
      inner.size() - blank - 1 > 10 || inner.find_first_of(U" \u3000", blank + 1) != std::u32string_view::npos) {
    return begin;
  }
  const std::u32string_view kind = inner.substr(0, blank);
  const std::u32string_view name = inner.substr(blank + 1);
  const Lexicon& lex = lexicon();
  const bool katakana_trade = kind.size() >= 4 && all_of(kind, [](char32_t c) { return is_katakana(c) || c == U'ー'; });
  const bool kind_of_shop = lex.shop_prefixes.contains(kind) || lex.shop_words.contains(kind) ||
                            lex.shop_suffixes.match_ending_at(kind, kind.size()) > 0 ||
                            lex.product_categories.match_ending_at(kind, kind.size()) > 0 || goods_words().contains(kind) ||
                            katakana_trade ||
                            ends_with(kind, U"屋台") || ends_with(kind, U"小屋") || ends_with(kind, U"茶屋") ||
                            // a dish or produce a shop sells under its name (きしめん 松風, くだもの ますや)
                            (all_of(kind, is_hiragana) && kind.size() >= 3 && !ends_like_grammar(kind));
  if (!kind_of_shop) return begin;
  // The name is one word or coined kana, not a phrase (no particle inside, no verb's ending)
  // and no kind itself (そば 手打ち).
  const bool letters =
      all_of(name, [](char32_t c) { return is_kanji(c) || is_hiragana(c) || is_katakana(c) || c == U'ー' || is_ascii_letter(c); });
  // (A particle joins a phrase where a word follows it: 手作りの味; inside a kana word it is a
  // letter: きたがわ一番.)
  bool particle = false;
  for (size_t j = 1; j + 1 < name.size() && !particle; ++j) {
    particle = std::u32string_view(U"のがをにでとはも").find(name[j]) != std::u32string_view::npos && !is_hiragana(name[j + 1]);
  }
  const bool phrase = particle && !ends_with(name, U"ちゃん") && name.size() > 4;
  if (!letters || phrase || (ends_like_grammar(name) && !ends_with(name, U"ちゃん")) || lex.shop_prefixes.contains(name) ||
      lex.product_categories.contains(name) || lex.generic_terms.contains(name) || lex.vocabulary.contains(name) ||
      is_label_on_goods(name)) {  // 「羊羹 手作り」 says how they are made
    return begin;
  }
  return begin + blank + 1;
}

// True if a quote of ordinary words may name an offer the firm started (「シロクマ便」,
// 「家族の年輪」プラン) rather than describe one: shaped as a name (see above), and no label,
// common modifier or what the offer includes (「朝ごはん付き」, 「送迎込み」, 「日替わり弁当」).
bool may_name_an_offer(std::u32string_view inner) {
  if (!may_be_a_name_of_ordinary_words(inner) || is_label_on_goods(inner) || is_modifier_and_goods(inner)) return false;
  for (std::u32string_view included : {U"付き", U"つき", U"込み", U"なし", U"あり"}) {
    if (ends_with(inner, included)) return false;
  }
  return true;
}

// True if the quote at `open`..`close` stands right after a word that makes it the firm's
// flagship (看板の「鶴亀ブラック」, 主力の「天つ風」, 看板商品の『ごま天まる』) and is shaped as a
// name: three characters or more, no sentence, no grammar at its end, no の that describes
// (「店主のおすすめ」), no word the lists know whole, and no generic offer's kind at its end
// (「季節のセット」, 「おまかせコース」), and no single word the dictionary knows.
bool named_as_the_flagship(std::u32string_view s, const Words& words, size_t open, size_t close) {
  if (!keyword_joined_before(s, open, {U"看板", U"主力", U"看板商品", U"主力商品", U"名物", U"自慢"}, {U"の"})) return false;
  const std::u32string_view inner = s.substr(open + 1, close - open - 1);
  const Lexicon& lex = lexicon();
  if (inner.size() < 3 || inner.size() > 20 || inner.find_first_of(U"、。!?！？") != std::u32string_view::npos ||
      ends_like_grammar(inner) || lex.generic_terms.contains(inner) || lex.product_categories.contains(inner) ||
      lex.vocabulary.contains(inner) || is_anonymised_name(inner) || is_label_on_goods(inner) ||
      is_modifier_and_goods(inner)) {
    return false;
  }
  if (inner.find(U'の') != std::u32string_view::npos && inner.find_first_of(U" 　") == std::u32string_view::npos) return false;
  // (One word the dictionary knows is a notion: 自慢の「手打ち」, 看板の「笑顔」; so is one
  // with a suffix: 看板の「営業中」.)
  if (const long first = words.starting_at(open + 1); first >= 0) {
    if (words[first].end == close && !words[first].unknown && words[first].noun != NounKind::kProper) return false;
    if (first + 1 < words.size() && words[first + 1].end == close && words[first + 1].noun == NounKind::kSuffix) return false;
  }
  for (std::u32string_view kind : {U"セット", U"コース", U"メニュー", U"ランチ", U"定食", U"弁当", U"プラン", U"サービス",
                                   U"味", U"商品", U"製品", U"品"}) {
    if (ends_with(inner, kind)) return false;
  }
  return true;
}

// Any noun right before the quote at `open`, joined by nothing, says what the quote names:
// 夜間定温便「ハーバーナイト」, 超撥水生地「ミズハジキ」, 予約システム「ClinicNote」. Speech,
// mottos, public programmes and awards stand there too (スローガン「…」, 補助金「…」), and
// kanji alone is as often a subject or a tier (教材「国語」): only a quote with kana or Latin
// letters, judged by its words as beside goods, and only for a reviewer (a warning).
bool apposition_names_goods(std::u32string_view s, const Words& words, size_t open, size_t close) {
  const std::u32string_view inner = s.substr(open + 1, close - open - 1);
  const auto word_character = [](char32_t c) { return is_kanji(c) || is_katakana(c); };
  // (Who said it is no kind of goods either: 社長「…」, 部長は最初「…」.)
  const std::u32string_view before = s.substr(0, open);
  return open >= 2 && word_character(s[open - 1]) && word_character(s[open - 2]) && !names_a_notion_before(s, open) &&
         service_words().match_ending_at(before, open) == 0 && lexicon().person_titles.match_ending_at(before, open) == 0 &&
         std::any_of(inner.begin(), inner.end(), [](char32_t c) { return is_hiragana(c) || is_katakana(c) || is_ascii_letter(c); }) &&
         !is_generic_quote(s, words, open + 1, close, false, false);
}

// True if the quote at [begin, end), a kind of goods at its end, puts a coined name with kana before
// the kind (「やんばる焙煎ブレンド」, 「あか牛ひつまぶし御膳」, 「黒糖ちんすこうラテ」) rather than a
// description (「どこにでもあるりんごジュース」, 「子どもに食べさせたいパン」, 「萩焼のカップで出てくる
// コーヒー」) or a kind alone (「木綿豆腐」). Read by characters, as MeCab cuts coined kana into
// verbs: the part before the kind has kana, ends in no predicate, and holds no particle right
// after a word of kanji or katakana but の.
bool coined_goods_name(std::u32string_view s, size_t begin, size_t end) {
  const size_t kind = lexicon().product_categories.match_ending_at(s.substr(0, end), end);
  if (kind == 0 || end - kind <= begin + 1) return false;
  const std::u32string_view modifier = s.substr(begin, end - kind - begin);
  if (!std::any_of(modifier.begin(), modifier.end(), [](char32_t c) { return is_hiragana(c) || is_katakana(c); })) return false;
  if (ends_like_grammar(modifier) || std::u32string_view(U"いたるなくて").find(modifier.back()) != std::u32string_view::npos) {
    return false;
  }
  // (Nor goods or a way of making them before the kind: 「玉ねぎドレッシング」, 「焼き豆腐」; nor a
  // clause: ボリュームのある, 夏こそ.)
  const Lexicon& lex = lexicon();
  if (goods_words().contains(modifier) || lex.product_categories.contains(modifier) || lex.trades.contains(modifier) ||
      lex.generic_kana_names.contains(modifier) || is_common_modifier(modifier) || is_label_on_goods(modifier) ||
      modifier == U"焼き" || modifier == U"生") {
    return false;
  }
  for (std::u32string_view clause : {U"ある", U"ない", U"たい", U"でも", U"こそ", U"より", U"から", U"まで", U"しい", U"れた", U"った"}) {
    if (modifier.find(clause) != std::u32string_view::npos) return false;
  }
  for (size_t p = 1; p < modifier.size(); ++p) {
    if (std::u32string_view(U"にをがでもはへと").find(modifier[p]) != std::u32string_view::npos &&
        (is_kanji(modifier[p - 1]) || is_katakana(modifier[p - 1]) || is_ascii_letter(modifier[p - 1]))) {
      return false;
    }
  }
  return true;
}

// True if the quote at [begin, end) puts three kanji or more before a kind of goods that read
// as a name, not as where or how the goods are made (「雪見栗最中」, not 「国産小麦食パン」,
// 「自家製羊羹」 or 「栗最中」): the part before the kind holds a word MeCab does not know or
// reads as a proper noun, or is one compound no list of goods, trades or modifiers has.
bool coined_kanji_goods_name(std::u32string_view s, const Words& words, size_t begin, size_t end) {
  const size_t kind = lexicon().product_categories.match_ending_at(s.substr(0, end), end);
  if (kind == 0 || end - kind < begin + 3) return false;
  const std::u32string_view modifier = s.substr(begin, end - kind - begin);
  if (!std::all_of(modifier.begin(), modifier.end(), is_kanji)) return false;
  const Lexicon& lex = lexicon();
  if (goods_words().contains(modifier) || lex.product_categories.contains(modifier) || lex.trades.contains(modifier) ||
      is_common_modifier(modifier) || is_label_on_goods(modifier) || lex.prefectures.match_at(modifier, 0) > 0) {
    return false;
  }
  for (std::u32string_view made : {U"産", U"製", U"国産", U"県産", U"地元", U"自家", U"手作", U"無添加", U"特製", U"限定", U"名物",
                                   U"定番", U"特選", U"上", U"本", U"新", U"特", U"季節", U"天然", U"有機", U"無農薬", U"生"}) {
    if (ends_with(modifier, made) || starts_with(modifier, 0, made)) return false;
  }
  // (Its words: a name MeCab does not know or reads as a proper noun but a place makes it
  // coined; so does a first word of two kanji or more that is no goods, before another word:
  // 雪見|栗.)
  const long first = words.starting_at(begin);
  long count = 0;
  for (long k = first; k >= 0 && k < static_cast<long>(words.size()) && words[k].end <= end - kind; ++k, ++count) {
    if (words[k].unknown || (words[k].noun == NounKind::kProper && words[k].proper != ProperKind::kPlace)) return true;
    if (words[k].noun == NounKind::kProper) return false;  // 丹波|黒豆: where it grew
  }
  if (first < 0 || count < 2 || words[first].end - words[first].begin < 2 || words[first].noun != NounKind::kGeneral) return false;
  const std::u32string_view head = s.substr(words[first].begin, words[first].end - words[first].begin);
  return !goods_words().contains(head) && !lex.product_categories.contains(head) && !lex.trades.contains(head) &&
         !is_common_modifier(head);
}

// True if a kind of goods ends right before the quote opening at `open`, or before an の there
// (あご天『…』, 冷凍スープの『…』, 炭火もも焼き『…』).
bool goods_right_before(std::u32string_view s, size_t open) {
  const Lexicon& lex = lexicon();
  for (size_t end : {open, open > 0 && s[open - 1] == U'の' ? open - 1 : open}) {
    const std::u32string_view before = s.substr(0, end);
    if (lex.product_categories.match_ending_at(before, end) > 0 || goods_words().match_ending_at(before, end) > 0) return true;
  }
  return false;
}

// True if a kind of goods ends right at `open`, with no の between (千枚漬け「雪化粧」, 明太
// フランス「…」): in 「」 as in 『』, the kind and a quote joined so name the goods.
bool goods_directly_before(std::u32string_view s, size_t open) {
  const Lexicon& lex = lexicon();
  const std::u32string_view before = s.substr(0, open);
  return lex.product_categories.match_ending_at(before, open) > 0 || goods_words().match_ending_at(before, open) > 0;
}

// True if the quote after a kind of goods only stresses the compound the two make (和菓子「離れ」,
// 日本酒「ブーム」, スイーツ「男子」, 焼き菓子「三種」): a count, a verb's stem, or a word of trend or
// taste, not a name.
bool stresses_a_compound(std::u32string_view s, const Words& words, size_t begin, size_t close) {
  const std::u32string_view inner = s.substr(begin, close - begin);
  if (is_kanji_numeral(inner[0]) || is_ascii_digit(inner[0])) return true;
  // (Nor how the goods are made or sold, in known words with a verb among them: パン「焼き立て」,
  // 弁当「作り置き」, ケーキ「持ち帰り」; a coined word keeps it a name: 「たにぐち完熟しぼり」.)
  // (Or said in okurigana, as a verb made a noun: 焼き立て, 持ち帰り; or one adjective: 「うまい」.)
  bool verb = false;
  bool coined = false;
  long count = 0;
  for (long w = words.starting_at(begin); w >= 0 && w < words.size() && words[w].begin < close; ++w, ++count) {
    verb = verb || words[w].pos == PartOfSpeech::kVerb || words[w].pos == PartOfSpeech::kAdjective;
    coined = coined || words[w].unknown || words[w].noun == NounKind::kProper;
  }
  const bool okurigana = std::any_of(inner.begin(), inner.end(), is_kanji) && std::any_of(inner.begin(), inner.end(), is_hiragana);
  if (!coined && (verb || okurigana)) return true;
  for (std::u32string_view trend : {U"ブーム", U"男子", U"女子", U"好き", U"嫌い", U"不足", U"需要", U"人気", U"文化", U"離れ", U"通",
                                    // a taste, a make or a grade (地酒「辛口」, 和紙「厚手」, 主力機「新型」)
                                    U"辛口", U"甘口", U"中辛", U"大辛", U"激辛", U"濃口", U"淡口", U"薄味", U"厚手", U"薄手",
                                    U"新型", U"旧型", U"大判", U"小判", U"特選", U"特上", U"上撰", U"徳用", U"限定", U"定番",
                                    U"新作", U"新製品", U"大容量", U"小容量"}) {
    if (inner == trend) return true;
  }
  return false;
}

void find_quoted_names(std::u32string_view s, const Words& words, std::vector<Finding>& out) {
  constexpr std::u32string_view kOpen = U"「『\"“";
  constexpr std::u32string_view kClose = U"」』\"”";
  for (size_t i = 0; i < s.size(); ++i) {
    const size_t kind = kOpen.find(s[i]);
    if (kind == std::u32string_view::npos) continue;
    size_t close = i + 1;
    while (close < s.size() && close - i <= kMaxQuotedNameLength + 1 && s[close] != kClose[kind] &&
           s[close] != U'\n' && (s[close] != s[i] || kOpen[kind] == kClose[kind])) {
      ++close;
    }
    // (A quote opened inside it is judged by itself: 「一輪挿しは「しがらき雫」いう名前で…」.)
    if (close >= s.size() || s[close] != kClose[kind] || close == i + 1) continue;
    const size_t begin = i + 1;
    const std::u32string_view inner = s.substr(begin, close - begin);
    int thing = named_thing_around_quote(s, i, close);
    bool by_context = thing >= 0;
    if (!by_context) thing = named_thing_by_shape(inner);
    // A shop's shape with さん after it is a shop spoken of (『しまだ矯正歯科』さん).
    if (!by_context && thing == kNamesShop && starts_with(s, close + 1, U"さん")) by_context = true;
    // (So is any quote with さん after a kind of shop and の: 土産物店の『鹿の音』さん.)
    if (!by_context && starts_with(s, close + 1, U"さん") && i >= 3 && s[i - 1] == U'の' &&
        (ends_with(s.substr(0, i - 1), U"店") || lexicon().shop_words.match_ending_at(s.substr(0, i - 1), i - 1) > 0)) {
      thing = kNamesShop;
      by_context = true;
    }
    // A shop word, a blank and a name in quotes is a signboard (「家族葬ホール 結」,
    // 「ギャラリー 藍」), and so is a shop word and a name before a branch (「麺屋雪灯 本店」).
    // (Whatever the words around say: 伊勢の「餅処 五十鈴屋」を営む.)
    if (thing == kNamesShop && (!by_context || named_thing_by_shape(inner) == kNamesShop)) {
      size_t prefix = lexicon().shop_prefixes.match_at(inner, 0);
      // (Or any kind of shop or goods before the blank of a signboard: 「よもぎ餅 かすが屋」,
      // 「いちご農園 ベリーズヒル」.)
      if (prefix == 0) {
        const size_t signboard = signboard_name_begin(s, begin, close);
        if (signboard > begin) prefix = signboard - 1 - begin;
      }
      const bool spaced = prefix > 0 && prefix + 1 < inner.size() && is_space(inner[prefix]);
      const bool branch = prefix > 0 && inner.size() > prefix + 3 && branch_end(s, close - 2) == close &&
                          is_space(s[close - 3]);
      const size_t name_begin = begin + prefix + (spaced ? 1 : 0);
      const size_t name_end = branch ? close - 3 : close;
      // What is done in a shop is no name: 「旅館 再生」, 「カフェ 巡り」 (a verbal noun, a
      // verb's stem with its kana ending).
      const long first = words.starting_at(name_begin);
      const bool activity = first >= 0 && (words[first].noun == NounKind::kVerbal ||
                                           (words[first].end == name_end && is_hiragana(s[name_end - 1])));
      if ((spaced || branch) && name_end > name_begin && !activity &&
          !is_generic_quote(s, words, name_begin, name_end, true, false, true)) {
        add_finding(out, begin, close, FindingKind::kShop, Severity::kError, {}, name_begin, name_end);
        i = close;
        continue;
      }
    }
    // Named like a service and made or started by the firm: 「浜の晩ごはんプラン」を新設した,
    // 「ほしぞら講座」も始めた. Speech and descriptions are still told apart by their words.
    // (After a service word, a name of ordinary words the firm started is for a reviewer when
    // it ends as names of offers do, with three characters or more before: 宅配サービス
    // 「シロクマ便」を始めた, 定期サービス「十年家族帖」を始め; not サービス「定期点検」, 「宅配便」.)
    const bool service_started = [&] {
      if (thing >= 0 || service_words().match_ending_at(s.substr(0, i), i) == 0 || !launched_after(s, close) ||
          !may_name_an_offer(inner) || inner.find(U'の') != std::u32string_view::npos) {
        return false;
      }
      for (std::u32string_view kind : {U"便", U"号", U"帖", U"舎", U"パック", U"倶楽部", U"クラブ"}) {
        if (ends_with(inner, kind) && inner.size() >= kind.size() + 3) return true;
      }
      return false;
    }();
    if (thing < 0 && service_kind_at_end(inner) > 0 && made_or_started_after(s, close)) {
      // Judged by its words, as after a service word: 「家族プラン」「見学ツアー」 describe.
      if (has_coined_part(s, words, begin, close) && !is_generic_quote(s, words, begin, close, false, false)) {
        add_finding(out, begin, close, FindingKind::kProduct, Severity::kError, {}, begin, close);
        i = close;
      } else if (service_started) {
        add_finding(out, begin, close, FindingKind::kProduct, Severity::kWarning, {}, begin, close);
        i = close;
      }
      continue;
    }
    // Any coined name the firm made or started (「ちょこっと刷り」を始めた, 「ミラーグロウ」は
    // 発売から): judged by its words as after a service word.
    // (The firm's own meetings and routines are started too: 「ひだまり会議」, 「30分面談」.)
    bool routine = false;
    // (And its charts and sheets: 「できる表」を作り, 「引き継ぎシート」.)
    for (std::u32string_view kind : {U"会議", U"ミーティング", U"勉強会", U"研修", U"朝礼", U"面談", U"委員会", U"運動",
                                     U"活動", U"会", U"制度", U"ノート", U"タイム", U"表", U"シート", U"一覧"}) {
      routine = routine || ends_with(inner, kind);
    }
    if (thing < 0 && !routine && launched_after(s, close) && has_coined_part(s, words, begin, close) &&
        !is_generic_quote(s, words, begin, close, false, false)) {
      add_finding(out, begin, close, FindingKind::kProduct, Severity::kError, {}, begin, close);
      i = close;
      continue;
    }
    // A name of several words the firm put out (「ドライバー育成パック」を立ち上げた, 「夜トレ自習室」を
    // 新たに打ち出した, 「のりあいタクシーくらよし」に切り替え): a compound of five characters or more
    // with kana in it, no particle and no predicate, is named, not described (a warning: a
    // reviewer tells a name from a label).
    if (thing < 0 && !routine && inner.size() >= 5 && inner.find(U'の') == std::u32string_view::npos &&
        std::any_of(inner.begin(), inner.end(), [](char32_t c) { return is_hiragana(c) || is_katakana(c); }) &&
        put_out_after(s, close) && !is_generic_quote(s, words, begin, close, false, false)) {
      add_finding(out, begin, close, FindingKind::kProduct, Severity::kWarning, {}, begin, close);
      i = close;
      continue;
    }
    // After a service word the quote is judged by its words alone (see service_words()).
    if (thing < 0 && service_words().match_ending_at(s.substr(0, i), i) > 0) {
      // Coined names of kana are judged as beside goods (ゆきんこ見守り便); kanji words alone
      // are a subject or a tier there (教材「国語」, サービス「定期点検」).
      const bool kana = std::any_of(inner.begin(), inner.end(), [](char32_t c) { return is_hiragana(c) || is_katakana(c); });
      if (!is_generic_quote(s, words, begin, close, false, kana)) {
        add_finding(out, begin, close, FindingKind::kProduct, Severity::kError, {}, begin, close);
        i = close;
      } else if ((lexicon().product_categories.match_ending_at(s.substr(0, i), i) == 0 &&
                  goods_words().match_ending_at(s.substr(0, i), i) == 0 && put_out_as_a_name(s, words, begin, close)) ||
                 service_started) {
        add_finding(out, begin, close, FindingKind::kProduct, Severity::kWarning, {}, begin, close);
        i = close;
      }
      continue;
    }
    // Named by its shape beside words that say it is a product (看板の「千鳥もなか」); a
    // list of goods in quotes (「木綿豆腐」「油揚げ」) has no such words.
    const bool by_shape = !by_context && thing >= 0 && product_around_quote(s, i, close) >= 0;
    bool beside_goods = false;
    if (thing < 0) {
      thing = product_around_quote(s, i, close);
      beside_goods = thing >= 0;
    } else if (thing == kNamesProduct) {
      beside_goods = product_around_quote(s, i, close) >= 0;  // 入浴剤「ゆらり」を開発
    }
    // (The firm's own charts and routines are made too, and are no goods: 「できる表」を作り.
    // Only the verb after says goods there; a kind of goods or a product word before would.)
    if (routine && beside_goods && !by_context && lexicon().product_categories.match_ending_at(s.substr(0, i), i) == 0 &&
        goods_words().match_ending_at(s.substr(0, i), i) == 0 &&
        lexicon().product_context_before.match_ending_at(s.substr(0, i), i) == 0) {
      continue;
    }
    // A shop word of two characters or more right before the quote: 旅館「松風」, 喫茶店
    // 「琥珀」 (not 店「らしさ」, where the quote marks a word as said).
    const auto word_char = [&](size_t p) { return p < i && (is_kanji(s[p]) || is_katakana(s[p])); };
    const bool after_shop_word = thing == kNamesShop && i >= 2 && word_char(i - 1) && word_char(i - 2);
    // The words after may say outright that the quote is a name: 「夕凪」と名付けて, 「しずく」
    // シリーズ, 「…」という商品. One ordinary word is then a name as after ブランド.
    const bool named_after = thing == kNamesProduct && by_context && explicitly_named_after(s, close);
    // (After 社名, one ordinary word is the firm's name too: 社名の「かもめ」.)
    // (So does 屋号 or 店名 for a shop: 屋号は「浜千鳥」.)
    const bool after_name_keyword = (by_context && named_by_a_topic(s, i, close) == thing) ||
                                    (thing == kNamesProduct && by_context && (after_product_name_keyword(s, i) || named_after)) ||
                                    (thing == kNamesCompany && by_context) ||
                                    (thing == kNamesShop && by_context && after_shop_name_keyword(s, i));
    const Lexicon& lex = lexicon();
    const bool after_goods_word = beside_goods && (lex.product_categories.match_ending_at(s.substr(0, i), i) > 0 ||
                                                   goods_words().match_ending_at(s.substr(0, i), i) > 0 ||
                                                   made_into_a_product(s, close));
    // A trade joined by の (パンの「…」, 菓子の「…」) names a shop less surely than a shop word
    // does: a quote there is judged as without context (パンの「焼きたて」 is a notion).
    const bool joined_by_no = thing == kNamesShop && i > 0 && s[i - 1] == U'の';
    // パンの「焼きたて」: how the goods are made is no shop's name.
    if (joined_by_no && is_label_on_goods(inner)) continue;
    // After 前身 or 旧社名, a kind of firm after kana describes one (前身は「家族経営の小さな
    // 店」, 「町の工場」); a name ends in its own word (小山清掃社, 辻園茶舗).
    if (thing == kNamesCompany && by_context) {
      bool described = false;
      for (std::u32string_view kind : {U"店", U"会社", U"工場", U"企業", U"商店", U"店舗", U"工房", U"事務所"}) {
        described = described || (ends_with(inner, kind) && inner.size() > kind.size() &&
                                  is_hiragana(inner[inner.size() - kind.size() - 1]));
      }
      // A kind of shop in quotes (町の「よろず屋」, 「八百屋」) names no firm.
      const Lexicon& words_of_trade = lexicon();
      const std::u32string_view trade = ends_with(inner, U"屋") ? inner.substr(0, inner.size() - 1) : inner;
      if (described || words_of_trade.trades.contains(trade) || words_of_trade.generic_terms.contains(inner) ||
          words_of_trade.generic_kana_names.contains(trade) || words_of_trade.shop_words.contains(inner)) {
        continue;
      }
    }
    // A signboard in quotes: a kind of shop or goods, a blank, a name (『きしめん 松風』, 『お茶屋
    // 菊乃』, 『ドライクリーニング はなまる』).
    // (Beside words of goods too: 看板は「田舎豆腐 石垣」.)
    if (const size_t name_begin = signboard_name_begin(s, begin, close);
        (thing < 0 || (beside_goods && !by_context && flagship_topic_before(s, i, close))) && name_begin > begin) {
      // (Goods before the blank make it a product's label: 「林檎最中 ゆきあかり」.)
      const std::u32string_view kind = s.substr(begin, name_begin - 1 - begin);
      // (…unless the name ends as a shop's does: 「手焼きせんべい 松葉屋」.)
      const bool goods = (lexicon().product_categories.match_ending_at(kind, kind.size()) > 0 || goods_words().contains(kind)) &&
                         lexicon().shop_suffixes.match_ending_at(s.substr(0, close), close) == 0;
      add_finding(out, begin, close, goods ? FindingKind::kProduct : FindingKind::kShop, Severity::kWarning, {}, name_begin, close);
      i = close;
      continue;
    }
    // A plan or a run the quote names, started right after (毎年同じ構図で撮る「家族の年輪」プランを
    // 始め): for a reviewer, as after a service word.
    if (thing < 0 && !routine && may_name_an_offer(inner) && [&] {
          for (std::u32string_view kind : {U"プラン", U"便", U"コース", U"パック"}) {
            if (starts_with(s, close + 1, kind) && launched_after(s, close + kind.size())) return true;
          }
          return false;
        }()) {
      add_finding(out, begin, close, FindingKind::kProduct, Severity::kWarning, {}, begin, close);
      i = close;
      continue;
    }
    if (thing < 0 && !routine && apposition_names_goods(s, words, i, close)) {
      add_finding(out, begin, close, FindingKind::kProduct, Severity::kWarning, {}, begin, close);
      i = close;
      continue;
    }
    // After a word that says a product's name, goods described and then named after one blank
    // (ブランド「紅がにほぐし 浜の匠」, 主力商品は「すだち香るドレッシング 青い実」): the name is
    // the part after the blank, judged as after ブランド.
    if (thing == kNamesProduct && by_context) {
      const size_t blank = inner.find_first_of(U" \u3000");
      if (blank != std::u32string_view::npos && blank >= 2 && inner.size() - blank - 1 >= 2 &&
          inner.find_first_of(U" \u3000", blank + 1) == std::u32string_view::npos &&
          is_generic_quote(s, words, begin, close, true, beside_goods, false, after_name_keyword, after_goods_word, by_shape) &&
          !lexicon().product_categories.contains(inner.substr(blank + 1)) &&
          !is_generic_quote(s, words, begin + blank + 1, close, true, true)) {
        add_finding(out, begin, close, FindingKind::kProduct, Severity::kError, {}, begin + blank + 1, close);
        i = close;
        continue;
      }
    }
    // A kind of offer made of ordinary words (冬季限定の「そば打ち体験」, 「陶芸体験」) describes
    // it, whatever the words before say, unless a name keyword stands right before it.
    if (thing >= 0 && !after_name_keyword && ends_with(inner, U"体験") && inner.size() > 2 &&
        !has_coined_part(s, words, begin, close)) {
      continue;
    }
    if (thing < 0 || is_generic_quote(s, words, begin, close, by_context && !joined_by_no, beside_goods, after_shop_word,
                                      after_name_keyword, after_goods_word, by_shape)) {
      if (!routine && !beside_goods && put_out_as_a_name(s, words, begin, close)) {
        add_finding(out, begin, close, FindingKind::kProduct, Severity::kWarning, {}, begin, close);
        i = close;
      } else if (!routine && beside_goods && named_as_the_flagship(s, words, i, close)) {
        // Ordinary words in quotes as the firm's flagship (看板の「鶴亀ブラック」, 主力の「天つ風」):
        // a reviewer tells a name from a label.
        add_finding(out, begin, close, FindingKind::kProduct, Severity::kWarning, {}, begin, close);
        i = close;
      } else if (!routine && (counted_as_goods_sold(s, close) || made_into_goods_before(s, i)) &&
                 may_be_a_name_of_ordinary_words(inner) &&
                 inner.find(U"向け") == std::u32string_view::npos &&  // described by whom it serves (常連さん向けの回数券)
                 !ends_with(inner, U"さん") && !ends_with(inner, U"様") && !ends_with(inner, U"たち")) {  // people (「地域の皆さん」)
        // Ordinary words counted as goods sold: a reviewer judges whether they are a name.
        add_finding(out, begin, close, FindingKind::kProduct, Severity::kWarning, {}, begin, close);
        i = close;
      } else if (!routine &&
                 (kind == 1 ? goods_right_before(s, i)
                            : goods_directly_before(s, i) && !stresses_a_compound(s, words, begin, close)) &&
                 short_name_of_ordinary_words(inner)) {
        // A kind of goods and a name in double brackets (冷凍スープの『くろがね』, あご天『浜の音』), or
        // in brackets right after the kind (千枚漬け「雪化粧」, ざる寄せ豆腐「白雲」): the brackets set a
        // name apart even when its words are ordinary; a reviewer tells it from a title.
        add_finding(out, begin, close, FindingKind::kProduct, Severity::kWarning, {}, begin, close);
        i = close;
      } else if (!routine && thing == kNamesProduct && !by_context && inner.size() >= 4 &&
                 named_thing_by_shape(inner) == kNamesProduct &&
                 (kind == 1 || coined_goods_name(s, begin, close) || coined_kanji_goods_name(s, words, begin, close))) {
        // Goods by their shape in a title's brackets (売上の四分の一を稼ぐのは『青葉ロール』で):
        // the brackets set a name apart; a reviewer tells it from a description.
        add_finding(out, begin, close, FindingKind::kProduct, Severity::kWarning, {}, begin, close);
        i = close;
      }
      continue;
    }
    const FindingKind finding_kind =
        thing == kNamesShop ? FindingKind::kShop : thing == kNamesProduct ? FindingKind::kProduct : FindingKind::kCompany;
    add_finding(out, begin, close, finding_kind, Severity::kError, {}, begin, close);
    i = close;
  }
}

// ---------------------------------------------------------------- shop word + name


void find_names_after_shop_words(std::u32string_view s, const Words& words, std::vector<Finding>& out) {
  const Lexicon& lex = lexicon();
  for (size_t i = 0; i < s.size(); ++i) {
    int tag = kNamesShop;
    const size_t length = lex.shop_prefixes.match_at(s, i, &tag);
    if (length == 0) continue;
    const size_t prefix_end = i + length;
    // A katakana shop word must stand as a word: バー is none in メンバー. A shop word that
    // ends a katakana compound counts with it (サイクルショップ, ヘアサロン).
    size_t compound_start = i;
    // (A ・ that marks a list item, at a line's start or after a blank, joins nothing.)
    if (is_katakana(s[i]) && i > 0 && (is_katakana(s[i - 1]) || (s[i - 1] == U'・' && i >= 2 && is_katakana(s[i - 2])))) {
      const std::u32string_view word = s.substr(i, length);
      if (!(word == U"ショップ" || word == U"サロン" || word == U"ストア" || word == U"スタジオ")) continue;
      while (compound_start > 0 && i - compound_start < 8 && is_katakana(s[compound_start - 1])) --compound_start;
      if (compound_start > 0 && s[compound_start - 1] == U'・') continue;
    }
    if (is_katakana(s[prefix_end - 1]) && is_katakana(at(s, prefix_end))) continue;
    // ・ after a katakana shop word sets the name apart as a blank does: ホテル・サンゴテラス.
    const bool dotted = at(s, prefix_end) == U'・' && is_katakana(s[prefix_end - 1]) && is_katakana(at(s, prefix_end + 1));
    const bool spaced = (is_space(at(s, prefix_end)) || dotted) && !is_space(at(s, prefix_end + 1));
    if (tag == kNamesShopWhenSpaced && !spaced) continue;
    // The words that qualify a dish on a signboard belong to it (出雲そば 八雲亭, 博多
    // らーめん 一徹, 牛たん炭焼き 伊達屋): back over the nouns joined to it.
    size_t start = compound_start;
    if (tag == kNamesShopWhenSpaced && i > 0 && !is_space(s[i - 1])) {
      long m = words.ending_at(i);
      if (m < 0) continue;  // the dish word is the end of a longer word (手打ちそば's そば)
      for (; m >= 0 && words[m].end == start && i - words[m].begin <= 6 && words[m].pos == PartOfSpeech::kNoun &&
             words[m].noun != NounKind::kNumber && words[m].noun != NounKind::kPronoun;
           --m) {
        start = words[m].begin;
      }
    }
    const size_t name_begin = prefix_end + (spaced ? 1 : 0);
    // After a trade joined by の (パンの, 菓子の) the name is a noun: パンの|ある朝 is prose.
    // (Nor one kana word the dictionary knows: 茶菓子のもてなし, 洋菓子のまね.)
    if (s[prefix_end - 1] == U'の' && words.available()) {
      const long first = words.starting_at(name_begin);
      if (first < 0 || words[first].pos != PartOfSpeech::kNoun) continue;
      // (Nor one known loanword: 菓子のテイクアウト.)
      const std::u32string_view known = s.substr(words[first].begin, words[first].end - words[first].begin);
      if (!words[first].unknown && words[first].noun != NounKind::kProper &&
          (all_of(known, is_hiragana) ||
           (all_of(known, [](char32_t c) { return is_katakana(c) || c == U'ー'; }) && !is_katakana(at(s, words[first].end))))) {
        continue;
      }
    }
    // A kana name MeCab cuts into an auxiliary and a noun (な|ごみ), closed by a shop's
    // suffix: デイサービスなごみの郷, グループホームなごみの家.
    if (!spaced && is_hiragana(at(s, name_begin)) &&
        std::u32string_view(U"はがをにでともへ").find(at(s, name_begin)) == std::u32string_view::npos) {
      size_t kana_end = name_begin;
      while (kana_end < s.size() && kana_end - name_begin < 8 && is_hiragana(s[kana_end]) && s[kana_end] != U'の') {
        ++kana_end;
      }
      const size_t suffix = kana_end - name_begin >= 2 ? lex.shop_suffixes.match_at(s, kana_end) : 0;
      // (や may join a list of shop kinds: 居酒屋やうどん屋さん, 食堂やそば屋.)
      const bool listed_kind = s[name_begin] == U'や' && kana_end - name_begin >= 3 &&
                               lex.trades.contains(s.substr(name_begin + 1, kana_end - name_begin - 1));
      if (suffix > 0 && !listed_kind && !ends_like_grammar(s.substr(name_begin, kana_end - name_begin))) {
        add_finding(out, start, kana_end + suffix, FindingKind::kShop, Severity::kError, {}, name_begin, kana_end + suffix);
        i = kana_end + suffix - 1;
        continue;
      }
    }
    size_t end = name_end(s, words, name_begin, spaced);
    // A kana name MeCab cuts into particles and verbs (カフェ て|ぃ|ー|だ, ペットサロン
    // も|こも|こ, 民宿くろし|お): after a blank, or after a kanji shop word without one.
    bool kana_read = false;
    if (is_hiragana(at(s, name_begin)) && words.available()) {
      const long first = words.starting_at(name_begin);
      // Without a blank, only a name MeCab misreads as an adjective or a verb (くろし|お);
      // a particle or an auxiliary there is prose (旅館のフロント, 旅館ながら).
      const bool misread = first >= 0 && (words[first].pos == PartOfSpeech::kAdjective ||
                                          words[first].pos == PartOfSpeech::kVerb);
      const bool particle_start =
          std::u32string_view(U"はがをにでともへのや").find(at(s, name_begin)) != std::u32string_view::npos;
      // Or a kana run standing alone after a kanji shop word, up to a blank, a bracket or a
      // particle (茶房ゆるり 杉若, 竹工房しのやは): one word the dictionary knows is prose.
      size_t run_end = name_begin;
      while (run_end < s.size() && run_end - name_begin < 8 && is_hiragana(s[run_end])) ++run_end;
      // (A particle that closes the run is no part of it: グループホームくすのき|は.)
      // Only a particle MeCab reads as one, after kana it reads as no word it knows
      // (旅館すべて|が and 旅館まるご|と stay prose).
      bool closed_by_particle = false;
      if (run_end - name_begin >= 4 && !is_hiragana(at(s, run_end)) &&
          std::u32string_view(U"はがをにもでと").find(s[run_end - 1]) != std::u32string_view::npos &&
          !ends_like_grammar(s.substr(name_begin, run_end - 1 - name_begin))) {
        const long particle = words.starting_at(run_end - 1);
        const long whole = words.starting_at(name_begin);
        const bool known_word = whole >= 0 && words[whole].end == run_end - 1 && !words[whole].unknown;
        if (particle >= 0 && words[particle].pos == PartOfSpeech::kParticle && !known_word) {
          --run_end;
          closed_by_particle = true;
        }
      }
      const std::u32string_view run = s.substr(name_begin, run_end - name_begin);
      const char32_t after_run = at(s, run_end);
      const bool one_known_word = first >= 0 && words[first].end == run_end && !words[first].unknown &&
                                  words[first].pos != PartOfSpeech::kNoun && words[first].pos != PartOfSpeech::kAdverb;
      // (After a katakana shop word the kana stand apart as after a blank: グループホームくすのき.)
      const bool kana_alone = !spaced && (is_kanji(s[prefix_end - 1]) || is_katakana(s[prefix_end - 1])) && !particle_start &&
                              run.size() >= 3 && !ends_like_grammar(run) && !one_known_word &&
                              (is_space(after_run) || closed_by_particle ||
                               std::u32string_view(U"、。:)）」|").find(after_run) != std::u32string_view::npos);
      if (kana_alone) {
        end = run_end;
        kana_read = true;
      } else if ((spaced && end - name_begin < 2) || (!spaced && is_kanji(s[prefix_end - 1]) && misread && !particle_start)) {
        const size_t kana_end = kana_name_end(s, words, name_begin);
        if (kana_end - name_begin >= 3 || (spaced && kana_end - name_begin >= 2)) {
          end = kana_end;
          kana_read = true;
        }
      }
    }
    // A Latin name goes on over single blanks between its words (レストランRestaurant Dejima Blue).
    for (int more = 0; more < 4 && end > name_begin && is_ascii_letter(s[end - 1]) && end + 1 < s.size() &&
                       s[end] == U' ' && is_ascii_letter(s[end + 1]);
         ++more) {
      ++end;
      while (end < s.size() && (is_ascii_letter(s[end]) || s[end] == U'\'' || s[end] == U'&')) ++end;
    }
    // A particle phrase MeCab joined to a kana name after a blank (こもれび|として) ends it.
    for (std::u32string_view tail : {U"として", U"では", U"には", U"とは", U"でも", U"にも", U"から", U"まで", U"など"}) {
      if (spaced && end - name_begin > tail.size() + 1 && ends_with(s.substr(name_begin, end - name_begin), tail)) {
        end -= tail.size();
      }
    }
    if (end <= name_begin || end - name_begin < 2) continue;
    // One verbal noun after a shop word and a blank is what is done there (旅館 再生, ホテル
    // 開業), not its name.
    if (spaced && words.available()) {
      const long only = words.starting_at(name_begin);
      if (only >= 0 && words[only].end == end && words[only].noun == NounKind::kVerbal) continue;
    }
    // A filler or a particle the dictionary knows, right after the shop word, is speech
    // (写真館|なんか|もう要らん, 旅館|なんて).
    // (So is いう, という in western speech: カニの宿いうのが看板.)
    if (!spaced && (starts_with(s, name_begin, U"いう") || starts_with(s, name_begin, U"ゆう"))) continue;
    if (!spaced && !kana_read && words.available() && is_hiragana(s[name_begin])) {
      const long first = words.starting_at(name_begin);
      if (first >= 0 && !words[first].unknown &&
          (words[first].pos == PartOfSpeech::kOther || words[first].pos == PartOfSpeech::kParticle)) {
        continue;
      }
    }
    // Another shop word starts the "name" and goes past it (直売所|のり処しほう): that
    // one is the signboard.
    if (!spaced && lex.shop_prefixes.match_at(s, name_begin) > end - name_begin) continue;
    // A verb conjugated on (旅館|でき|た, カフェ|やっ|て): prose, not a name.
    if (!spaced && words.available()) {
      const long last = words.ending_at(end);
      const long next = words.starting_at(end);
      if (last >= 0 && next >= 0 && words[last].end == end && words[last].pos == PartOfSpeech::kVerb &&
          (words[next].pos == PartOfSpeech::kAuxiliaryVerb || s[end] == U'て' || s[end] == U'で')) {
        continue;
      }
    }
    const std::u32string_view name = s.substr(name_begin, end - name_begin);
    // After ・ one loanword the dictionary knows is what the shop does or serves (カフェ・
    // ランチ, ホテル・レストラン), not its name (ホテル・サンゴテラス).
    if (dotted && words.available()) {
      const long only = words.starting_at(name_begin);
      if (only >= 0 && words[only].end == end && !words[only].unknown &&
          (words[only].noun == NounKind::kGeneral || words[only].noun == NounKind::kVerbal)) {
        continue;
      }
    }
    // A name starts with a letter: スーパー（離島） describes the shop in brackets.
    if (!(is_kanji(name[0]) || is_hiragana(name[0]) || is_katakana(name[0]) || is_ascii_letter(name[0]))) continue;
    if (is_anonymised_name(name) || is_generic_after_shop_word(name) || lex.shop_prefixes.contains(name) ||
        lex.shop_suffixes.contains(name) || lex.vocabulary.contains(name) || lex.generic_terms.contains(name) ||
        lex.prefectures.contains(name) || lex.areas.contains(name) || is_ascii_digit(name[0])) {
      continue;
    }
    if (!spaced && !kana_read) {
      // Without a blank the first word must read as a name: カフェひだまり, 民宿かもめ荘;
      // not カフェ経営 or レストランメニュー.
      const long k = words.starting_at(name_begin);
      if (k < 0) {
        if (!words.available() && !is_katakana(name[0])) continue;
        if (words.available()) continue;
      } else if (!is_name_like(s, words[k])) {
        // 鰹節の魚吉商店: common kanji before a shop's suffix still make a name.
        const size_t suffix = std::max(lex.shop_suffixes.match_ending_at(name, name.size()),
                                       lex.firm_only_suffixes.match_ending_at(name, name.size()));
        if (!(suffix > 0 && name.size() >= suffix + 2 && all_of(name.substr(0, name.size() - suffix), is_kanji))) {
          // ベーカリー麦の穂, サイクルショップ風車: common kanji words right after a katakana
          // shop word, up to a particle, are as often its name as a description (カフェ
          // 空間で): a reviewer decides. Verbal nouns (カフェ経営) describe.
          const bool katakana_shop_word = is_katakana(s[prefix_end - 1]);
          const bool kanji_words = all_of(name, [](char32_t c) { return is_kanji(c) || c == U'の'; }) &&
                                   name.size() <= 5 && name.back() != U'の';
          const bool plain_noun = words[k].pos == PartOfSpeech::kNoun && words[k].noun == NounKind::kGeneral;
          const bool ends_at_particle = std::u32string_view(U"はがをにでともへや、。:)）|").find(at(s, end)) != std::u32string_view::npos ||
                                        is_space(at(s, end));
          // With its branch after a blank (ブーランジェリー麦の詩 本店) it is a name for sure.
          const size_t branch = branch_end(s, end);
          if (katakana_shop_word && kanji_words && plain_noun && (ends_at_particle || branch != end)) {
            add_finding(out, start, branch, FindingKind::kShop, branch != end ? Severity::kError : Severity::kWarning, {},
                        name_begin, end);
            i = branch - 1;
          }
          continue;
        }
      }
    }
    // A name the dictionary knows as a common word right after a kanji shop word is as
    // often a description (旅館 老舗) as a name; the blank says it is a name.
    const size_t finish = branch_end(s, end);
    add_finding(out, start, finish, FindingKind::kShop, Severity::kError, {}, name_begin, end);
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
    // …and end one: おばぁ|の|家庭料理 holds no の家.
    if (words.ending_at(i + length) < 0) continue;
    const bool hiragana = is_hiragana(s[i - 1]);
    size_t begin = i;
    while (begin > 0 && i - begin < 10 && (hiragana ? is_hiragana(s[begin - 1]) : is_katakana(s[begin - 1]))) --begin;
    if (hiragana && i - begin >= 3 && std::u32string_view(U"はがをにでともへやの").find(s[begin]) != std::u32string_view::npos) {
      ++begin;
    }
    // 手打ち|そば|の|かじか亭: a run that starts inside a word and holds の is the trade
    // and the name; the name starts after the last の.
    if (hiragana && words.starting_at(begin) < 0) {
      const size_t no = s.substr(begin, i - begin).rfind(U'の');
      if (no != std::u32string_view::npos && words.starting_at(begin + no + 1) >= 0) begin += no + 1;
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
        // (An adverbial noun says when, not who: いつか|美容室を開きたい.)
        const bool noun = w.pos == PartOfSpeech::kNoun && w.noun != NounKind::kDependent &&
                          w.noun != NounKind::kPronoun && w.noun != NounKind::kSuffix &&
                          (w.noun != NounKind::kOther || w.unknown);
        // ふじ|や|旅館, かじ|か|亭: MeCab reads the last kana of a name as a particle
        // before a suffix (や is then the shop's 屋). Only when the suffix ends a word:
        // ぬいぐるみや|館内, やさいや|園芸 are lists.
        const bool ya = w.end == i && w.begin > begin + 1 && w.end == w.begin + 1 &&
                        (s[w.begin] == U'や' || s[w.begin] == U'か') && !is_kanji(at(s, i + length));
        if (!(noun || w.pos == PartOfSpeech::kPrefix || w.unknown || ya)) grammar = true;
      }
    }
    {
      const std::u32string_view run = s.substr(begin, i - begin);
      for (std::u32string_view ending : {std::u32string_view(U"まで"), std::u32string_view(U"から"),
                                         std::u32string_view(U"より"), std::u32string_view(U"など"),
                                         std::u32string_view(U"だけ"), std::u32string_view(U"ほど"),
                                         std::u32string_view(U"たち"), std::u32string_view(U"ども")}) {
        if (ends_with(run, ending)) {
          grammar = true;
        }
      }
      // 〜の家, 〜の里: only after a kana noun the dictionary agrees on (なごみの家 comes
      // from the shop word before it).
      if (s[i] == U'の' && words.starting_at(begin) < 0) grammar = true;
    }
    if (grammar || (s[i] == U'の' && !name_like)) continue;
    const std::u32string_view name = s.substr(begin, i - begin);
    if (lex.generic_kana_names.contains(name) || lex.shop_prefixes.contains(name) || lex.generic_terms.contains(name) ||
        lex.shop_suffixes.contains(name) || lex.product_categories.contains(name) || is_anonymised_name(name)) {
      continue;
    }
    // Katakana before a suffix is a name only when the dictionary does not know it as a
    // loanword (ガラス工房, ペットホーム are kinds of shops).
    if (!hiragana && !name_like) continue;
    const size_t suffix_end = i + length;
    const size_t finish = branch_end(s, suffix_end);
    add_finding(out, begin, finish, FindingKind::kShop, Severity::kError, {}, begin, suffix_end);
    i = finish - 1;
  }
}

// ---------------------------------------------------------------- kana name + strong shop suffix

// Suffixes that make a shop of any kana name before them, even one MeCab cuts through a
// particle (みな|と歯科, さくら|の|き歯科, こもれび|の森保育園): kana phrases of ordinary
// prose rarely stand right before them.
// Tags of strong_shop_suffixes().
enum StrongSuffixTag : int {
  kInstitution = 0,  // 保育園, 歯科, 薬局: any kana word before them is a name (ひまわり保育園)
  kTrade = 1,        // 工房, 農園, 食堂: a kana word for goods before them says what is made
                     // (とうふ工房, はちみつ農園), so the name must not be one such word
};

const TermMatcher& strong_shop_suffixes() {
  static const TermMatcher matcher = [] {
    TermMatcher m;
    for (const char* suffix :
         {"歯科", "歯科医院", "歯科クリニック", "クリニック", "医院", "保育園", "幼稚園", "こども園", "整骨院", "接骨院",
          "鍼灸院", "動物病院", "薬局", "旅館", "デイサービス", "グループホーム", "自動車学校", "教習所", "葬祭会館",
          "斎場", "学習塾", "整体院", "美容室", "デンタルクリニック", "デンタルオフィス"}) {
      m.add(std::string_view(suffix), kInstitution);
    }
    for (const char* suffix : {"商店", "本舗", "食堂", "酒造", "製菓", "食品", "農園", "果樹園", "観光農園", "牧場",
                               "ワイナリー", "醸造所", "工房", "珈琲", "茶房", "ベーカリー", "茶園",
                               // (やまぶき豆腐店, すだち茶屋, ひだまりファーム)
                               "豆腐店", "茶屋", "ファーム", "精肉店", "鮮魚店", "青果店", "菓子店", "酒店"}) {
      m.add(std::string_view(suffix), kTrade);
    }
    return m;
  }();
  return matcher;
}

void find_kana_names_before_strong_suffixes(std::u32string_view s, const Words& words, std::vector<Finding>& out) {
  if (!words.available()) return;
  const Lexicon& lex = lexicon();
  const TermMatcher& suffixes = strong_shop_suffixes();
  for (size_t i = 2; i < s.size(); ++i) {
    int tag = kInstitution;
    const size_t length = suffixes.match_at(s, i, &tag);
    if (length == 0) continue;
    // A katakana suffix must stand as a word: クリニック, not ポリクリニック.
    if (is_katakana(s[i]) && is_katakana(s[i - 1])) continue;
    // The name: a kana run, or a kana run + の + one or two kanji (こもれびの森).
    size_t p = i;
    size_t k = i;
    while (k > 0 && i - k < 2 && is_kanji(s[k - 1])) --k;
    // Or a kana run + a kanji that makes a place name (ひたち野, みなみ野, さくら台): a
    // suburb's name, as institutions take.
    bool place_kanji = false;
    if (k < i) {
      place_kanji = i - k == 1 && k >= 2 && is_hiragana(s[k - 1]) && s[k - 1] != U'の' && tag == kInstitution &&
                    std::u32string_view(U"野台丘森浜里坂谷原沢").find(s[k]) != std::u32string_view::npos;
      if (!place_kanji && !(k >= 2 && s[k - 1] == U'の' && is_hiragana(s[k - 2]))) continue;
      p = place_kanji ? k : k - 1;
    } else if (!is_hiragana(s[i - 1])) {
      continue;
    }
    size_t begin = p;
    while (begin > 0 && p - begin < 10 && is_hiragana(s[begin - 1])) --begin;
    // After a kanji the run starts with the particle that joins it (社は|みなと): it is
    // dropped; a run without one is a verb's or adjective's ending (通える, 新しい).
    if (begin > 0 && is_kanji(s[begin - 1])) {
      // 運営する|くにさき自動車学校: a verb's ending (and its auxiliaries) before the name.
      // 倉吉|みなみ自動車学校: a proper noun (a place, as MeCab may read it an organisation)
      // and a kana word name the school together.
      const long place = words.ending_at(begin);
      if (place >= 0 && words[place].noun == NounKind::kProper && words[place].name != NameKind::kCountry &&
          tag == kInstitution && p - begin >= 2 && words.starting_at(begin) >= 0 &&
          std::u32string_view(U"はがをにでともへやの").find(s[begin]) == std::u32string_view::npos) {
        const size_t suffix_end = i + length;
        const size_t finish = branch_end(s, suffix_end);
        add_finding(out, words[place].begin, finish, FindingKind::kShop, Severity::kError, {}, words[place].begin,
                    suffix_end);
        i = finish - 1;
        continue;
      }
      if (std::u32string_view(U"はがをにでともへやの").find(s[begin]) == std::u32string_view::npos) {
        size_t name_start = begin;
        for (long w = words.starting_at(begin); w >= 0 && w < words.size() && words[w].end < p &&
                                                (words[w].pos == PartOfSpeech::kVerb ||
                                                 words[w].pos == PartOfSpeech::kAuxiliaryVerb);
             ++w) {
          name_start = words[w].end;
        }
        if (name_start == begin || p - name_start < 3 || words.starting_at(name_start) < 0) continue;
        begin = name_start;
      } else {
        if (p - begin < 3) continue;
        // では, には, とは, でも: two particles before the name.
        const bool two = p - begin >= 4 && std::u32string_view(U"でにとへ").find(s[begin]) != std::u32string_view::npos &&
                         (s[begin + 1] == U'は' || s[begin + 1] == U'も');
        begin += two ? 2 : 1;
      }
    }
    if (p - begin < 2) continue;
    const std::u32string_view run = s.substr(begin, p - begin);
    // ふじや旅館, まるや本店: や is the shop's 屋 in kana, not a particle.
    const bool ya = run.size() >= 3 && run.back() == U'や' && !is_kanji(at(s, i + length)) && !is_katakana(at(s, i + length));
    // まなか歯科: before a clinic or a school, か ends a name more often than a question
    // (not いつか, どこか: いつか歯科医院を開きたい).
    bool ka = false;
    // (A question's か follows a verb, an adjective or の: するか, ないか, なのか.)
    if (tag == kInstitution && run.size() >= 3 && run.back() == U'か' &&
        std::u32string_view(U"るたいだすうの").find(run[run.size() - 2]) == std::u32string_view::npos) {
      ka = true;
      for (std::u32string_view word : {U"いつか", U"どこか", U"なにか", U"だれか", U"なぜか", U"たしか", U"わずか", U"ほか",
                                       U"しずか", U"にわか", U"はるか", U"いくつか", U"いずれか"}) {
        ka = ka && !ends_with(run, word);
      }
    }
    if ((ends_like_grammar(run) && !ya && !ka) || lex.generic_kana_names.contains(run) || is_anonymised_name(run)) continue;
    // (A verb and its past ending after a particle is a clause about the trade: 世代をつないだ
    // 酒造業; after a bracket or a comma MeCab reads coined names so too: 「しお|た牧場」.)
    if (const long last = words.ending_at(p); last > 0 && words[last].pos == PartOfSpeech::kAuxiliaryVerb &&
                                              words[last - 1].pos == PartOfSpeech::kVerb && !ya && !ka && begin > 0 &&
                                              std::u32string_view(U"をがにでともへは").find(s[begin - 1]) != std::u32string_view::npos) {
      continue;
    }
    // なごみの, いつもの: the part before a の must itself be a name.
    const size_t no = run.find(U'の');
    if (no != std::u32string_view::npos && (no < 2 || lex.generic_kana_names.contains(run.substr(0, no)))) continue;
    // The run must start where MeCab starts a word (or inside an unknown one).
    const long first = words.starting_at(begin);
    if (first < 0) {
      const long straddling = words.ending_at(begin);
      if (straddling >= 0 || begin == 0) continue;
    }
    // One adverbial word the dictionary knows (いつか, いま, きっと) says when, not who:
    // いつか美容室を開きたい.
    if (first >= 0 && words[first].end == p && !words[first].unknown &&
        ((words[first].pos == PartOfSpeech::kNoun && words[first].noun == NounKind::kOther) ||
         words[first].pos == PartOfSpeech::kAdverb)) {
      continue;
    }
    // Before a trade's suffix, one word the dictionary knows (とうふ, はちみつ, てづくり)
    // says what is made there, not who makes it.
    if (tag == kTrade && first >= 0 && words[first].end == p && !words[first].unknown &&
        words[first].noun != NounKind::kProper) {
      continue;
    }
    const size_t suffix_end = i + length;
    // The suffix must end its word: 社員による|酒造り holds no 酒造.
    if (is_hiragana(at(s, suffix_end)) &&
        std::u32string_view(U"はがをにでともへやの").find(s[suffix_end]) == std::u32string_view::npos) {
      continue;
    }
    const size_t finish = branch_end(s, suffix_end);
    add_finding(out, begin, finish, FindingKind::kShop, Severity::kError, {}, begin, suffix_end);
    i = finish - 1;
  }
}

// ---------------------------------------------------------------- products named without quotes

// True if a katakana name before a category is made only of words that say what the
// product is or tastes of (フルーツ, ベイクドチーズ, ミルクティー), not what it is called.
bool is_descriptive_katakana(std::u32string_view name) {
  const TermMatcher& descriptive = lexicon().descriptive_katakana;
  size_t p = 0;
  while (p < name.size()) {
    if (name[p] == U'・') {
      ++p;
      continue;
    }
    const size_t length = std::max(descriptive.match_at(name, p), lexicon().product_categories.match_at(name, p));
    if (length == 0) return false;
    p += length;
  }
  return true;
}

// Brand names written as plain text before their category: 看板商品のエトワールサブレ,
// 限定の葡萄日和ロゼ, 牧場のめぐみプリンを商品化. The name is what comes before the
// category (nouns, joined by の); it counts when it is coined (a word MeCab does not
// know, a word brand names are made of) and something says it is a product, or when
// it holds a naming word and so reads as a name by itself.
void find_unquoted_product_names(std::u32string_view s, const Words& words, std::vector<Finding>& out) {
  if (!words.available()) return;
  const Lexicon& lex = lexicon();
  for (size_t i = 1; i < s.size(); ++i) {
    const size_t length = lex.product_categories.match_at(s, i);
    if (length == 0) continue;
    const size_t end = i + length;
    const char32_t after = at(s, end);
    // The category must end the word: プリン|ター, 茶|色 are other words.
    if ((is_katakana(s[end - 1]) && is_katakana(after)) || (is_kanji(s[end - 1]) && is_kanji(after)) ||
        (is_hiragana(s[end - 1]) && is_hiragana(after) &&
         std::u32string_view(U"はがをにでともへやの").find(after) == std::u32string_view::npos)) {
      continue;
    }
    // A longer kind that ends here is the goods (しば|漬け is しば漬け, a kind of pickle).
    if (lex.product_categories.match_ending_at(s.substr(0, end), end) > length) continue;
    size_t begin = i;
    bool coined = false;     // a word MeCab does not know, or a proper noun
    bool placed_or_kana = false;
    bool katakana_name = false;
    if (is_katakana(s[i - 1])) {
      // エトワール|サブレ: the katakana run before the category.
      while (begin > 0 && i - begin < 12 && (is_katakana(s[begin - 1]) || s[begin - 1] == U'・')) --begin;
      katakana_name = true;
      long m = words.ending_at(begin);
      m = m >= 0 ? m + 1 : words.starting_at(begin);
      for (; m >= 0 && m < words.size() && words[m].begin < i; ++m) {
        if (words[m].unknown || words[m].noun == NounKind::kProper) coined = true;
      }
      // フルーツタルト is one unknown word to MeCab, but フルーツ only says what is in it.
      if (coined && is_descriptive_katakana(s.substr(begin, i - begin))) coined = false;
    } else {
      // Nouns (and kana words of any class: つゆ, めぐみ) back from the category, with の
      // between them, up to a word that is not part of a name. MeCab may read the
      // category as the end of a longer word (純米酒): that word starts the name.
      long m = words.ending_at(i);
      if (m < 0) {
        const long whole = words.ending_at(end);
        if (whole < 0 || words[whole].begin >= i || words[whole].pos != PartOfSpeech::kNoun) continue;
        begin = words[whole].begin;
        m = whole - 1;
      }
      size_t limit = i >= 12 ? i - 12 : 0;
      for (; m >= 0; --m) {
        const Morpheme& w = words[m];
        if (w.begin < limit) break;
        const std::u32string_view surface = s.substr(w.begin, w.end - w.begin);
        if (lex.product_context_before.match_ending_at(s.substr(0, w.end), w.end) > 0) break;
        if (surface == U"の") {
          if (begin == i || m == 0 || words[m - 1].end != w.begin) break;
          const Morpheme& previous = words[m - 1];
          if (!(previous.pos == PartOfSpeech::kNoun || all_of(s.substr(previous.begin, previous.end - previous.begin), is_hiragana))) break;
          continue;
        }
        const bool noun = w.pos == PartOfSpeech::kNoun && w.noun != NounKind::kNumber &&
                          w.noun != NounKind::kDependent && w.noun != NounKind::kPronoun;
        // A kana verb inside a compound (雪|どけ) is part of it when a noun comes before it.
        const bool inner_verb = w.pos == PartOfSpeech::kVerb && m > 0 && words[m - 1].end == w.begin &&
                                words[m - 1].pos == PartOfSpeech::kNoun;
        const bool kana = all_of(surface, is_hiragana) && w.pos != PartOfSpeech::kParticle &&
                          w.pos != PartOfSpeech::kAuxiliaryVerb && (w.pos != PartOfSpeech::kVerb || inner_verb);
        const bool prefix = w.pos == PartOfSpeech::kPrefix;  // 純|米|酒
        if (!(noun || kana || prefix || w.unknown) || w.end != (begin == i ? i : begin)) break;
        if (w.unknown || (w.noun == NounKind::kProper && w.proper != ProperKind::kPlace)) coined = true;
        // A place or a kana word in the name (清澄|最中, 釧路|ざんぎ|丼, まがたま|煎餅) names
        // one firm's goods where the words before say it is a product. (A country of one
        // character is a word's part: 純|米|酒 is no rice of America.)
        if ((w.noun == NounKind::kProper && w.proper == ProperKind::kPlace && w.end - w.begin >= 2) ||
            (all_of(surface, is_hiragana) && surface.size() >= 2 && w.pos != PartOfSpeech::kParticle &&
             !lex.generic_kana_names.contains(surface))) {
          placed_or_kana = true;
        }
        begin = w.begin;
      }
      if (begin < i && s[begin] == U'の') ++begin;
    }
    // A katakana name of two characters before a category is as often a loanword's
    // start (パン|パイ) as a name.
    if (i - begin < (katakana_name ? 3u : 2u)) continue;
    const std::u32string_view name = s.substr(begin, i - begin);
    if (is_anonymised_name(name) || lex.product_categories.contains(name) || lex.generic_kana_names.contains(name) ||
        lex.prefectures.contains(name) || lex.areas.contains(name) || lex.vocabulary.contains(name)) {
      continue;
    }
    const bool naming = has_naming_word(name);
    int after_tag = 0;
    const bool context = lex.product_context_before.match_ending_at(s.substr(0, begin), begin) > 0 ||
                         lex.product_context_after.match_at(s, end, &after_tag) > 0;
    // と名付け, と命名: the words before name the product, whatever they are made of.
    const bool named = lex.product_context_after.match_at(s, end) > 0 && after_tag == kProductNamed;
    const bool context_before = lex.product_context_before.match_ending_at(s.substr(0, begin), begin) > 0;
    if (!naming && !named && !((coined || (placed_or_kana && context_before)) && context) &&
        !(katakana_name && coined)) {
      continue;
    }
    // A coined katakana name without anything saying it is a product may be a loanword
    // MeCab lacks (ヴィーガンクッキー): a reviewer decides.
    const Severity severity = naming || context ? Severity::kError : Severity::kWarning;
    add_finding(out, begin, end, FindingKind::kProduct, severity, {}, begin, end);
    i = end - 1;
  }
}

// Between words that say "our product" and a kind of goods, a name MeCab cannot read:
// 夕食のかぼす地獄蒸し膳 (か|ぼ|す), 土産のまがたま煎餅 (ま|が|たま), 朝食の釧路ざんぎ丼. The
// run between them must hold a coined kana word (three kana or more that MeCab cuts into
// pieces) or a proper noun; ordinary words (夕食の地元野菜カレー) describe.
void find_products_between_context_and_category(std::u32string_view s, const Words& words, std::vector<Finding>& out) {
  if (!words.available()) return;
  const Lexicon& lex = lexicon();
  for (size_t i = 2; i < s.size(); ++i) {
    const size_t length = lex.product_categories.match_at(s, i);
    if (length == 0 || words.starting_at(i) < 0) continue;
    const size_t end = i + length;
    if (is_kanji(s[end - 1]) && is_kanji(at(s, end))) continue;
    // The nearest context ending within ten characters before the category.
    size_t context_end = 0;
    for (size_t c = i - 2; c + 10 >= i && c > 0; --c) {
      if (std::u32string_view(U"、。「」『』 \n").find(s[c]) != std::u32string_view::npos) break;
      // The context must join the name with の (土産の…); 新商品に… goes on with a verb.
      if (s[c - 1] == U'の' && lex.product_context_before.match_ending_at(s.substr(0, c), c) > 0) {
        context_end = c;
        break;
      }
    }
    if (context_end == 0 || i - context_end < 3) continue;
    // A clause ending right before the goods (…につなげた|ラーメン) is no name.
    const long before_category = words.ending_at(i);
    if (before_category < 0 || words[before_category].pos == PartOfSpeech::kAuxiliaryVerb ||
        words[before_category].pos == PartOfSpeech::kParticle) {
      continue;
    }
    bool coined = false;
    size_t kana_run = 0;
    long kana_words = 0;
    for (long m = words.starting_at(context_end); m >= 0 && m < words.size() && words[m].begin < i; ++m) {
      const Morpheme& w = words[m];
      const std::u32string_view surface = s.substr(w.begin, w.end - w.begin);
      // A place joins food to its region (伊勢海老, 松阪牛): no sign of a name.
      if (w.unknown || (w.noun == NounKind::kProper && w.proper != ProperKind::kPlace)) coined = true;
      if (w.pos == PartOfSpeech::kParticle && (surface == U"と" || surface == U"や")) {
        coined = false;  // a list of goods (伊勢海老と干物)
        break;
      }
      if (all_of(surface, is_hiragana)) {
        kana_run += surface.size();
        ++kana_words;
        if (kana_run >= 3 && kana_words >= 2) coined = true;
      } else {
        kana_run = 0;
        kana_words = 0;
      }
    }
    const std::u32string_view name = s.substr(context_end, i - context_end);
    if (!coined || is_anonymised_name(name) || lex.vocabulary.contains(name) || lex.prefectures.contains(name) ||
        lex.areas.contains(name)) {
      continue;
    }
    add_finding(out, context_end, end, FindingKind::kProduct, Severity::kError, {}, context_end, end);
    i = end - 1;
  }
}

// A name written right after its kind of goods or a brand word, with no quote or particle
// between, and what the firm did with it after (クロワッサンみかん坊を開発した, ブランド紅の雫と
// して売り出した, バスタオルふわり雲を企画した): read by characters, since MeCab cuts coined kana
// into adverbs and particles (ゆめ|こ, も|り|の|こ). The run must hold kana or の between words
// (a kanji compound is the goods' part or work: 生地, 開発), and no kind of goods alone
// (タオルセット). For a reviewer. `k` is the word of goods or the brand word (`goods_kind` tells
// whether it is goods; a brand word is looked up here, after the cheap tests).
void find_name_right_after_kind(std::u32string_view s, const Words& words, long k, bool goods_kind, std::vector<Finding>& out) {
  static constexpr std::u32string_view kDone[] = {U"開発", U"企画", U"発売", U"売り出", U"据え", U"導入", U"仕立て", U"出し",
                                                  U"作っ", U"作り", U"商品化", U"投入", U"題材", U"定番", U"看板", U"主力",
                                                  U"名で", U"名前で", U"売れ", U"人気", U"販売", U"出荷", U"送り出"};
  const size_t begin = words[k].end;
  if (words[k].pos != PartOfSpeech::kNoun || begin + 2 >= s.size() || begin == 0 || words[k + 1].begin != begin) return;
  // (The kind must end its word here, which a change of script shows: タオル|ふわり雲, こけし|
  // 雪ん子; not パン|フレット, 茶|農家, 漬|けの…; a brand word ends its own: ブランド紅の雫, after
  // which a kanji name may follow a katakana word. Most words fail this first test.)
  const char32_t c = s[begin];
  const char32_t last = s[begin - 1];
  const bool script_changes =
      is_katakana(last) ? !is_katakana(c) && c != U'ー' : is_kanji(last) ? is_katakana(c) : is_hiragana(last) && !is_hiragana(c);
  if (!script_changes || !(is_hiragana(c) || is_katakana(c) || is_kanji(c)) ||
      std::u32string_view(U"をにがはでとものへやかなだ").find(c) != std::u32string_view::npos) {
    return;
  }
  const Lexicon& lex = lexicon();
  const TermMatcher& goods = goods_words();
  const std::u32string_view kind = s.substr(words[k].begin, begin - words[k].begin);
  int tag = -1;
  const bool brand = !goods_kind && lex.brand_keywords.match_at(kind, 0, &tag) == kind.size() && tag == kNamesProduct;
  if (!goods_kind && !brand) return;
  // (Nor a word of use or kind that hangs on the goods: ソース用の箱, 業務向け, 部門別.)
  if (std::u32string_view(U"用向別入風付込頼製産系型化").find(c) != std::u32string_view::npos) return;
  // (Nor a particle of more than one kana: パンより食パン, 茶まで.)
  for (std::u32string_view w : {U"より", U"まで", U"から", U"だけ", U"など", U"ほど", U"くらい", U"ぐらい", U"って", U"なら", U"こそ"}) {
    if (starts_with(s, begin, w)) return;
  }
  // The name runs to the particle that ends its phrase: を, が, は, として or の名.
  size_t end = begin;
  while (end < s.size() && end - begin < 12 && (is_hiragana(s[end]) || is_katakana(s[end]) || is_kanji(s[end]) || s[end] == U'ー')) {
    if (end > begin && std::u32string_view(U"をがはともにでへやか").find(s[end]) != std::u32string_view::npos) break;
    ++end;
  }
  if (end - begin < 2 || end - begin >= 12) return;
  const char32_t after = at(s, end);
  if (after != U'を' && after != U'が' && after != U'は' && !starts_with(s, end, U"として") && !starts_with(s, end, U"の名")) return;
  // Then a word of making, selling or placing in the clause.
  bool done = false;
  for (size_t p = end + 1; p < s.size() && p < end + 16 && !done && s[p] != U'。' && s[p] != U'、'; ++p) {
    if (!is_kanji(s[p])) continue;
    for (std::u32string_view w : kDone) done = done || (w[0] == s[p] && starts_with(s, p, w));
  }
  // (An industry is no name: 自社製品サービス業を営む.)
  if (!done || s[end - 1] == U'業') return;
  const std::u32string_view name = s.substr(begin, end - begin);
  const bool kana = std::any_of(name.begin(), name.end(), [](char32_t ch) { return is_hiragana(ch) || is_katakana(ch); });
  const size_t no = name.find(U'の');
  const bool joined = no != std::u32string_view::npos && no > 0 && no + 1 < name.size();
  if (!kana || name.back() == U'の' || ends_like_grammar(name) || goods.contains(name) || lex.product_categories.contains(name) ||
      lex.descriptive_katakana.contains(name) || lex.generic_terms.contains(name) || lex.vocabulary.contains(name) ||
      lex.generic_kana_names.contains(name) || is_anonymised_name(name)) {
    return;
  }
  // (の joins a name's words after a brand word only: ブランド紅の雫; after goods it starts what
  // they are to something, ドレッシングの配合, タオル用の箱.)
  if (joined && !brand) return;
  // (One word the dictionary knows is what it is: タイプ, メーカー, パッケージ.)
  if (words[k + 1].end == end && !words[k + 1].unknown && words[k + 1].noun != NounKind::kProper) return;
  // (A kana name alone may be a word's start or a verb: バスタオルを|, こけしづくり.)
  if (!joined && all_of(name, is_hiragana) && name.size() < 3) return;
  if (goods.match_at(name, 0) > 0 || lex.product_categories.match_at(name, 0) > 0) return;  // タオルセット, 茶葉
  add_finding(out, begin, end, FindingKind::kProduct, Severity::kWarning, {}, begin, end);
}

// A service the firm started, named right after its kind with no quote (保守プランまもるWebを
// 始め, 乗合サービスなかよし号は…利用し, 見守りサービスふじのや安心パックも好評): the script
// changes after the kind, the name runs to を, は, も or が, and the clause says it was started,
// taken or liked. Ordinary words there (サービス内容を始め) are passed over by the lists.
void find_service_names_right_after_kind(std::u32string_view s, const Words& words, std::vector<Finding>& out) {
  if (!words.available()) return;
  const Lexicon& lex = lexicon();
  for (long k = 0; k + 1 < words.size(); ++k) {
    // (Every kind ends in ス, ン, ク or 便: one look passes most words.)
    const char32_t kind_end = s[words[k].end - 1];
    if (kind_end != U'ス' && kind_end != U'ン' && kind_end != U'ク' && kind_end != U'便') continue;
    const std::u32string_view kind = s.substr(words[k].begin, words[k].end - words[k].begin);
    if (kind != U"サービス" && kind != U"プラン" && kind != U"パック" && kind != U"定期便") continue;
    const size_t begin = words[k].end;
    if (words[k + 1].begin != begin || begin + 2 >= s.size()) continue;
    const char32_t c = s[begin];
    const bool script_changes = is_katakana(s[begin - 1]) ? (is_hiragana(c) || is_kanji(c) || is_ascii_letter(c)) : is_katakana(c) || is_hiragana(c);
    if (!script_changes || words[k + 1].pos == PartOfSpeech::kParticle || words[k + 1].pos == PartOfSpeech::kAuxiliaryVerb ||
        words[k + 1].noun == NounKind::kSuffix) {
      continue;
    }
    size_t end = 0;
    for (size_t p = begin + 2; p < s.size() && p < begin + 14; ++p) {
      if (std::u32string_view(U"、。「」『』\n").find(s[p]) != std::u32string_view::npos) break;
      if (std::u32string_view(U"をはもが").find(s[p]) == std::u32string_view::npos) continue;
      // (The particle must start a word: な|かよし is read on.)
      if (words.starting_at(p) < 0) continue;
      bool taken = false;
      for (size_t q = p + 1; q < s.size() && q < p + 18 && !taken && s[q] != U'。'; ++q) {
        for (std::u32string_view w : {U"始め", U"開始", U"好評", U"人気", U"利用", U"契約", U"申し込", U"導入", U"立ち上げ"}) {
          taken = taken || starts_with(s, q, w);
        }
      }
      if (taken) end = p;
      break;
    }
    if (end == 0) continue;
    const std::u32string_view name = s.substr(begin, end - begin);
    if (ends_like_grammar(name) || lex.generic_terms.contains(name) || lex.vocabulary.contains(name) || is_anonymised_name(name) ||
        lex.product_categories.contains(name) || goods_words().contains(name) || service_words().contains(name)) {
      continue;
    }
    // (One word the dictionary knows is what the service is: サービス内容, プラン作成.)
    const long first = words.starting_at(begin);
    if (first >= 0 && words[first].end == end && !words[first].unknown && words[first].noun != NounKind::kProper) continue;
    // (No particle or verb inside but の: 安心を|届ける is a description.)
    bool plain = true;
    for (long m = first; m >= 0 && m < words.size() && words[m].end <= end; ++m) {
      const std::u32string_view w = s.substr(words[m].begin, words[m].end - words[m].begin);
      if ((words[m].pos == PartOfSpeech::kParticle && w != U"の") || words[m].noun == NounKind::kVerbal) plain = false;
    }
    if (!plain) continue;
    add_finding(out, begin, end, FindingKind::kProduct, Severity::kWarning, {}, begin, end);
  }
}

// End of a signboard's name of kana, kanji and katakana starting at `begin` (かや野, 浜善, カモメ,
// 梅の坂): the first particle or mark after two characters or more, within eight; `begin` if
// the run goes on or ends in no particle.
size_t mixed_signboard_name_end(std::u32string_view s, size_t begin) {
  // (One kanji or katakana may be the whole name: 居酒屋 灯に; kana needs two: かや野.)
  const size_t shortest = is_hiragana(at(s, begin)) ? 2 : 1;
  for (size_t p = begin; p < s.size() && p - begin <= 8; ++p) {
    const char32_t c = s[p];
    if (p - begin >= shortest) {
      // (A blank and another word make a list of kinds: 居酒屋 和食 洋食.)
      if (c == U' ' && p + 1 < s.size() && (is_kanji(s[p + 1]) || is_katakana(s[p + 1]) || is_hiragana(s[p + 1]))) return begin;
      if (c == U'、' || c == U'。' || c == U' ' || c == U'|') return p;
      for (std::u32string_view stop : {U"の名", U"として", U"という", U"で", U"を", U"は", U"が", U"も", U"に", U"だ", U"と", U"へ"}) {
        if (stop[0] == c && starts_with(s, p, stop)) return p;
      }
    }
    if (!(is_hiragana(c) || is_katakana(c) || is_kanji(c) || c == U'ー')) return begin;
  }
  return begin;
}

// A kind of shop ending at `begin` - 1 (a blank), and a signboard's name of kana, kanji and
// katakana from `begin` (そば処 かや野, ひもの屋 浜善, 居酒屋 灯): an error from the kind's start.
// A branch or a place after a home's name, and blanks in a list of kinds, are none.
void add_signboard_of_mixed_name(std::u32string_view s, const Words& words, size_t kind_begin, size_t begin,
                                 std::vector<Finding>& out) {
  const Lexicon& lex = lexicon();
  const std::u32string_view head = s.substr(0, begin - 1);
  const size_t name_end = mixed_signboard_name_end(s, begin);
  // (A branch after a signboard's name is the branch rules': ひだまりの家 布施, 〇〇 駅東店.)
  const long only = words.starting_at(begin);
  const bool branch = ends_with(s.substr(0, name_end), U"店") || ends_with(s.substr(0, name_end), U"院") ||
                      ends_with(s.substr(0, name_end), U"校") ||
                      (only >= 0 && words[only].end == name_end && words[only].noun == NounKind::kProper &&
                       words[only].proper == ProperKind::kPlace);
  // (Nor a place after a home's name: ひだまりの家 布施, すみれの郷 西原.)
  bool home = false;
  for (std::u32string_view kind : {U"の家", U"の里", U"の郷", U"の丘", U"の杜", U"の森"}) home = home || ends_with(head, kind);
  // (The kind's own kana before it belong to the signboard: ひもの|屋 浜善.)
  // (MeCab may cut them as a noun and の: ひも|の|屋.)
  size_t signboard_begin = kind_begin;
  long kana = words.ending_at(kind_begin);
  if (kana > 0 && s.substr(words[kana].begin, kind_begin - words[kana].begin) == U"の") --kana;
  if (kana >= 0 && words[kana].pos == PartOfSpeech::kNoun && words[kana].end + 1 >= kind_begin &&
      all_of(s.substr(words[kana].begin, kind_begin - words[kana].begin), is_hiragana)) {
    signboard_begin = words[kana].begin;
  }
  // (A blank before the kind too makes a list of kinds: カフェ 喫茶 バー.)
  const bool listed = kind_begin > 0 && s[kind_begin - 1] == U' ';
  if (name_end > begin && !branch && !home && !listed) {
    const std::u32string_view name = s.substr(begin, name_end - begin);
    if (!lex.generic_terms.contains(name) && !lex.vocabulary.contains(name) && !lex.shop_words.contains(name) &&
        !lex.product_categories.contains(name) && !goods_words().contains(name) && !lex.prefectures.contains(name) &&
        !lex.areas.contains(name) && !ends_like_grammar(name)) {
      add_finding(out, signboard_begin, name_end, FindingKind::kShop, Severity::kError, {}, begin, name_end);
    }
  }
}

// Unquoted names right beside goods, in two shapes a reviewer reads as names:
// - after a product's standing (看板の, 主力商品の, 名物の), a run of nouns up to a particle
//   that is not a kind of goods (看板の黒千石は), or one word set apart by a comma after
//   the goods (看板の純米酒、銀嶺は);
// - goods, then a coined kana name attached (小瓶しまのめぐみを, ジャム島ベリーも).
void find_names_beside_goods_unquoted(std::u32string_view s, const Words& words, std::vector<Finding>& out) {
  if (!words.available()) return;
  const Lexicon& lex = lexicon();
  const TermMatcher& goods = goods_words();
  const auto is_goods = [&](std::u32string_view w) { return lex.product_categories.contains(w) || goods.contains(w); };
  // The noun run starting at `begin` (nouns, numbers, suffixes, の between nouns), to the
  // particle that ends it; `begin` if it does not end at は, が, を, も or a comma.
  const auto noun_run_end = [&](size_t begin, size_t* word_count) {
    size_t end = begin;
    *word_count = 0;
    for (long m = words.starting_at(begin); m >= 0 && m < words.size() && words[m].begin == end; ++m) {
      const Morpheme& w = words[m];
      const std::u32string_view surface = s.substr(w.begin, w.end - w.begin);
      const bool no = surface == U"の" && end > begin && m + 1 < words.size() && words[m + 1].begin == w.end &&
                      words[m + 1].pos == PartOfSpeech::kNoun;
      // (A coined name may open with a kana verb's stem before nouns: しばれ|大納言|最中.)
      const bool kana_stem = end == begin && w.pos == PartOfSpeech::kVerb && all_of(surface, is_hiragana) &&
                             surface.size() >= 2 && m + 1 < words.size() && words[m + 1].begin == w.end &&
                             words[m + 1].pos == PartOfSpeech::kNoun && is_kanji(s[words[m + 1].begin]);
      if (!(w.pos == PartOfSpeech::kNoun || w.pos == PartOfSpeech::kPrefix || no || w.unknown || kana_stem)) break;
      if (w.noun == NounKind::kPronoun || w.noun == NounKind::kDependent) break;
      // An activity (看板の製作会社, 体験) or a suffix first (ジャムづくり, 商品ごと) makes the
      // run a description.
      if (w.noun == NounKind::kVerbal || (end == begin && w.noun == NounKind::kSuffix && !is_kanji(s[w.begin]))) {
        return begin;
      }
      if (end - begin + surface.size() > 10) return begin;
      end = w.end;
      ++*word_count;
    }
    return end > begin && std::u32string_view(U"はがをも、").find(at(s, end)) != std::u32string_view::npos ? end
                                                                                                     : begin;
  };
  // (After a standing said more loosely, 主力の, 売上の7割を占める, 店のオリジナル, only a name
  // that ends in a kind of goods is read: 主力の八女路最中は, 7割を占める八女路最中は.)
  static constexpr std::u32string_view kStanding[] = {U"看板の", U"看板商品の", U"主力商品の", U"人気商品の",
                                                      U"名物の", U"自慢の", U"主力の", U"を占める", U"のオリジナル",
                                                      U"売れ筋の", U"一番人気の"};
  // (One pass over the text: each position is tried only against the words starting with its
  // character.)
  for (size_t p = 0; p < s.size(); ++p) {
    switch (s[p]) {
      case U'看': case U'主': case U'人': case U'名': case U'自': case U'を': case U'の': case U'売': case U'一':
        break;
      default:
        continue;
    }
    std::u32string_view standing;
    for (std::u32string_view term : kStanding) {
      if (term[0] == s[p] && starts_with(s, p, term)) {
        standing = term;
        break;
      }
    }
    if (standing.empty()) continue;
    const bool goods_only = standing == U"主力の" || standing == U"を占める" || standing == U"のオリジナル" ||
                            standing == U"売れ筋の" || standing == U"一番人気の";
    {
      size_t begin = p + standing.size();
      // 看板の純米酒、銀嶺は: the goods, a comma, then the name.
      bool apposition = false;
      if (const size_t goods = lex.product_categories.match_at(s, begin); goods > 0 && at(s, begin + goods) == U'、') {
        begin += goods + 1;
        apposition = true;
      } else if (words.starting_at(begin) >= 0) {
        // 純|米|酒: the goods word may be cut by MeCab; find a comma right after a category.
        for (size_t q = begin + 1; q < s.size() && q < begin + 6; ++q) {
          if (s[q] == U'、' && lex.product_categories.match_ending_at(s.substr(0, q), q) > 0) {
            begin = q + 1;
            apposition = true;
            break;
          }
          if (!is_kanji(s[q]) && !is_katakana(s[q]) && !is_hiragana(s[q])) break;
        }
      }
      size_t count = 0;
      const size_t end = noun_run_end(begin, &count);
      if (end <= begin + 1 || at(s, end) == U'、') continue;
      const std::u32string_view name = s.substr(begin, end - begin);
      // (The flagship's kind of goods and の start what is said of it: 看板の最中の原価を.)
      if (const size_t no = name.find(U'の'); no != std::u32string_view::npos && is_goods(name.substr(0, no))) continue;
      if (is_goods(name) || is_anonymised_name(name) || lex.vocabulary.contains(name) || lex.generic_terms.contains(name) ||
          lex.prefectures.contains(name) || lex.areas.contains(name) || lex.brand_keywords.contains(name)) {
        continue;
      }
      // The run ends in a kind of goods (看板の手作り大福): a name only with a part before it
      // that says no kind, make or place (看板の飛梅最中が: a warning, for a reviewer).
      if (const size_t kind = lex.product_categories.match_ending_at(name, name.size()); kind > 0) {
        const std::u32string_view part = name.substr(0, name.size() - kind);
        const bool describes = part.size() < 2 || is_common_modifier(part) || lex.vocabulary.contains(part) ||
                               lex.generic_terms.contains(part) || lex.prefectures.contains(part) || lex.areas.contains(part) ||
                               is_goods(part) || is_label_on_goods(part) || part.back() == U'の' ||
                               lex.product_categories.match_ending_at(part, part.size()) > 0;
        // (One common noun of the dictionary is what it is made of: 黒糖まんじゅう, 抹茶ロール.)
        const long part_word = words.starting_at(begin);
        const bool ingredient = part_word >= 0 && words[part_word].end == begin + part.size() && !words[part_word].unknown &&
                                words[part_word].noun != NounKind::kProper;
        if (!describes && !ingredient && !apposition && std::u32string_view(U"がはをも").find(at(s, end)) != std::u32string_view::npos) {
          add_finding(out, begin, end, FindingKind::kProduct, Severity::kWarning, {}, begin, end);
        }
        continue;
      }
      if (goods_only) continue;
      const long first = words.starting_at(begin);
      const bool one_known_word = count == 1 && first >= 0 && !words[first].unknown &&
                                  words[first].noun != NounKind::kProper;
      if (one_known_word && !apposition) continue;
      add_finding(out, begin, end, FindingKind::kProduct, Severity::kError, {}, begin, end);
    }
  }
  // Goods, then a coined kana name attached: 小瓶しまのめぐみを, ジャム島ベリーも.
  for (long k = 0; k + 1 < words.size(); ++k) {
    const Morpheme& goods = words[k];
    const std::u32string_view goods_word = s.substr(goods.begin, goods.end - goods.begin);
    const bool goods_kind = is_goods(goods_word);
    // (And a name right after the kind, with no particle between: バスタオルふわり雲を企画した.)
    find_name_right_after_kind(s, words, k, goods_kind, out);
    if (!(goods_kind || goods_word == U"小瓶" || goods_word == U"瓶")) continue;
    const size_t begin = goods.end;
    if (words[k + 1].begin != begin) continue;
    size_t count = 0;
    const size_t end = noun_run_end(begin, &count);
    if (end <= begin + 2 || count < 2 || at(s, end) == U'、') continue;
    const std::u32string_view name = s.substr(begin, end - begin);
    // A coined part: a kana word that is no kind of goods, or a katakana word after a kanji one.
    bool coined = false;
    for (long m = k + 1; m < words.size() && words[m].end <= end; ++m) {
      const std::u32string_view w = s.substr(words[m].begin, words[m].end - words[m].begin);
      if (w == U"の") continue;
      if ((all_of(w, is_hiragana) && w.size() >= 2 && !lex.generic_kana_names.contains(w)) ||
          (all_of(w, is_katakana) && m > k + 1 && is_kanji(s[words[m - 1].begin]) && !is_goods(w))) {
        coined = true;
      }
    }
    if (!coined || is_goods(name) || lex.product_categories.match_ending_at(name, name.size()) > 0) continue;
    add_finding(out, begin, end, FindingKind::kProduct, Severity::kWarning, {}, begin, end);
    k = words.ending_at(end) >= 0 ? words.ending_at(end) : k;
  }
  // Goods, a blank, then a kana name as on a label (林檎最中 ゆきあかり を, 新作の林檎最中
  // ゆきあかりは): prose puts no blank between goods and a word about them.
  // (So are a kind of shop or inn and its name: 古道の宿 やたがらす, 浜の店 かいこう.)
  for (size_t blank = s.find(U' '); blank != std::u32string_view::npos; blank = s.find(U' ', blank + 1)) {
    // (Most blanks stand between other things: kana or kanji after it is tested first.)
    const char32_t first = at(s, blank + 1);
    if (blank == 0 || !(is_hiragana(first) || is_kanji(first) || is_katakana(first))) continue;
    // (A name of kanji or katakana follows a kind of shop only, which ends in one of those: the
    // lists are not looked at for the rest.)
    const char32_t last = s[blank - 1];
    if (!is_hiragana(first) && !is_kanji(last) && !is_katakana(last) && last != U'ー') continue;
    const std::u32string_view head = s.substr(0, blank);
    const bool goods = is_hiragana(first) && lex.product_categories.match_ending_at(head, blank) > 0;
    const bool shop = !goods && (lex.shop_prefixes.match_ending_at(head, blank) > 0 ||
                                 lex.shop_suffixes.match_ending_at(head, blank) > 0 || ends_with(head, U"宿") ||
                                 ends_with(head, U"の店"));
    if (!goods && !shop) continue;
    // (After goods, only kana: 林檎最中 ゆきあかり.)
    if (!shop && !is_hiragana(first)) continue;
    const size_t begin = blank + 1;
    // The label starts with its kind (林檎最中, 珈琲舎): kanji and katakana back from the
    // blank, as a signboard reads whole; over の only to a short kind and its place (古道の宿,
    // 浜の店, 里の漬物), not to a modifier (新作の林檎最中) or a count (十二室の湯宿).
    size_t kind_begin = blank;
    while (kind_begin > 0 && blank - kind_begin < 8 && (is_kanji(s[kind_begin - 1]) || is_katakana(s[kind_begin - 1]) ||
                                                         s[kind_begin - 1] == U'ー')) {
      --kind_begin;
    }
    if (blank - kind_begin <= 2 && kind_begin >= 2 && s[kind_begin - 1] == U'の') {
      size_t place = kind_begin - 1;
      while (place > 0 && kind_begin - 1 - place < 3 && is_kanji(s[place - 1]) && !is_kanji_numeral(s[place - 1])) --place;
      if (place < kind_begin - 1 && (place == 0 || !is_kanji(s[place - 1]))) kind_begin = place;
    }
    size_t end = begin;
    while (end < s.size() && end - begin <= 8 && is_hiragana(s[end])) ++end;
    // After a kind of shop the name may hold kanji or katakana (そば処 かや野の名前で, ひもの屋
    // 浜善として, 浜の店 カモメにも): it runs to the first particle after two characters.
    // (Not when the kana end in a particle before the kanji: 古道の宿 やたがらすの二代目.)
    if (shop && ((end < s.size() && (is_kanji(s[end]) || is_katakana(s[end])) &&
                  std::u32string_view(U"はがをものでに").find(s[end - 1]) == std::u32string_view::npos) ||
                 !is_hiragana(first))) {
      add_signboard_of_mixed_name(s, words, kind_begin, begin, out);
      continue;
    }
    if (end - begin < 3 || end - begin > 8) continue;
    // The name ends at a blank, a particle or a mark; a clause goes on (… とても美味しい).
    const char32_t after = at(s, end);
    // (Inside quotes the quote rules judge it; a table's cell ends at its bar.)
    const bool standing = after == U' ' || after == U'、' || after == U'。' || after == U'|';
    size_t name_end = end;
    // A shop's own ending after the kana belongs to the name (湯宿 かもしか荘).
    // (So it does after goods: 里の漬物 みずほ屋 is a shop.)
    if (const size_t suffix = lex.shop_suffixes.match_at(s, end); suffix > 0 && is_kanji(after) &&
                                                                 !is_kanji(at(s, end + suffix)) && at(s, end + suffix) != U'」') {
      add_finding(out, kind_begin, end + suffix, FindingKind::kShop, Severity::kError, {}, begin, end + suffix);
      continue;
    }
    if (!standing) {
      // はがをも after the name, read back from the kana run's end (ゆきあかりは).
      // (Or で or に after a kind of shop, where something is done: 海女小屋 はまなすで焼き牡蠣を食べた.)
      if (std::u32string_view(U"はがをものに").find(s[end - 1]) == std::u32string_view::npos &&
          !(s[end - 1] == U'で' && shop)) {
        continue;
      }
      if (!is_kanji(after)) continue;
      // (の and a shop's word go on with the name: 家族湯 ほたるの宿 is judged whole.)
      if (s[end - 1] == U'の' && (lex.shop_suffixes.match_at(s, end - 1) > 0 || lex.shop_suffixes.match_at(s, end) > 0 ||
                                  after == U'宿' || after == U'店')) {
        continue;
      }
      name_end = end - 1;
    }
    const std::u32string_view name = s.substr(begin, name_end - begin);
    if (name.size() < 3 || lex.generic_kana_names.contains(name) || ends_like_grammar(name)) continue;
    add_finding(out, kind_begin, name_end, goods ? FindingKind::kProduct : FindingKind::kShop, Severity::kError, {}, begin,
                name_end);
  }
}

// ---------------------------------------------------------------- kanji name + 庵, 亭, 荘, 苑

// Inns and teahouses are named with ordinary words: 月見|庵, 白樺|荘, 清流|亭. Where MeCab
// reads the suffix as a word of its own after one or two nouns, the whole is a name
// (料亭, 別荘, 草庵 are single words, so their last character starts none).
void find_kanji_names_before_inn_suffixes(std::u32string_view s, const Words& words, std::vector<Finding>& out) {
  if (!words.available()) return;
  const Lexicon& lex = lexicon();
  for (long k = 1; k < words.size(); ++k) {
    const Morpheme& suffix = words[k];
    if (suffix.end - suffix.begin != 1) continue;
    const char32_t c = s[suffix.begin];
    if (!(c == U'庵' || c == U'亭' || c == U'荘' || c == U'苑')) continue;
    if (is_kanji(at(s, suffix.end)) && branch_end(s, suffix.end) == suffix.end) continue;  // 亭主, 荘園
    long first = k;
    while (first > 0 && k - first < 2 && words[first - 1].end == words[first].begin &&
           words[first - 1].pos == PartOfSpeech::kNoun && words[first - 1].noun != NounKind::kNumber &&
           words[first - 1].noun != NounKind::kSuffix && all_of(s.substr(words[first - 1].begin,
                                                                       words[first - 1].end - words[first - 1].begin),
                                                                is_kanji)) {
      --first;
    }
    if (first == k) continue;
    const size_t begin = words[first].begin;
    if (begin > 0 && is_kanji(s[begin - 1])) continue;  // inside a longer compound
    const std::u32string_view name = s.substr(begin, suffix.begin - begin);
    if (name.size() < 2 || lex.prefectures.contains(name) || lex.areas.contains(name) ||
        lex.vocabulary.contains(name) || lex.public_names.contains(name) || is_anonymised_name(name)) {
      continue;
    }
    const size_t finish = branch_end(s, suffix.end);
    add_finding(out, begin, finish, FindingKind::kShop, Severity::kError, {}, begin, suffix.end);
  }
}

// ---------------------------------------------------------------- kanji name + 堂 or 軒 + trade

// 文林堂書店, 松月堂菓子店, 来々軒食堂: a shop's name in 堂 or 軒 before its trade. Read by
// characters, since MeCab cuts such names anywhere (文|林堂). The name is one to three
// kanji that are no numeral (一軒, 二軒目) and no ordinary word (講堂, 食堂).
void find_kanji_names_before_trades(std::u32string_view s, std::vector<Finding>& out) {
  const Lexicon& lex = lexicon();
  static constexpr std::u32string_view kTrades[] = {U"書店", U"菓子店", U"菓子舗", U"商店", U"本舗", U"茶舗", U"薬局",
                                                    U"薬店", U"酒店", U"呉服店", U"時計店", U"文具店", U"陶器店",
                                                    U"金物店", U"精肉店", U"鮮魚店", U"生花店", U"青果店", U"食堂"};
  static constexpr std::u32string_view kNumerals = U"一二三四五六七八九十百千何数";
  static constexpr std::u32string_view kOrdinaryWords[] = {U"講堂", U"会堂", U"公会堂", U"本堂", U"お堂",
                                                           U"食堂", U"聖堂", U"殿堂"};
  for (size_t i = 1; i + 1 < s.size(); ++i) {
    if (s[i] != U'堂' && s[i] != U'軒') continue;
    size_t trade_end = 0;
    for (std::u32string_view trade : kTrades) {
      if (s.compare(i + 1, trade.size(), trade) == 0) trade_end = i + 1 + trade.size();
    }
    if (trade_end == 0) continue;
    size_t begin = i;
    while (begin > 0 && i - begin < 3 && is_kanji(s[begin - 1])) --begin;
    if (begin == i || (begin > 0 && is_kanji(s[begin - 1]))) continue;  // none, or inside a longer compound
    const std::u32string_view name = s.substr(begin, i - begin);
    if (kNumerals.find(name[0]) != std::u32string_view::npos) continue;
    const std::u32string_view with_suffix = s.substr(begin, i + 1 - begin);
    if (lex.vocabulary.contains(with_suffix) || lex.generic_terms.contains(with_suffix) || lex.prefectures.contains(name) ||
        lex.areas.contains(name) || lex.public_names.contains(with_suffix) || is_anonymised_name(name)) {
      continue;
    }
    const bool ordinary_word = std::any_of(std::begin(kOrdinaryWords), std::end(kOrdinaryWords), [&](std::u32string_view word) {
      return with_suffix.size() >= word.size() && with_suffix.substr(with_suffix.size() - word.size()) == word;
    });
    if (ordinary_word) continue;
    add_finding(out, begin, branch_end(s, trade_end), FindingKind::kShop, Severity::kError, {}, begin, trade_end);
    i = trade_end - 1;
  }
}

// ---------------------------------------------------------------- a name before its branch

size_t unquoted_name_start(std::u32string_view s, const Words& words, size_t end, bool* coined);

// A shop's name right before a branch, which only a shop with several sites has:
// ルミエール薬院店, ほっと亭 布施店, クリーニングのハクチョウ 鶴見店, 麦の穂 泉中央店. The
// branch is a place (a proper noun of place or an unknown kanji word, or any kanji word
// before 駅前, 駅 or 中央) and the suffix 店. The name touches it and is more than
// ordinary kanji words (a katakana run of three or more, kana, a word MeCab does not
// know or reads as proper), or stands one blank before it. 同社の天神店, 駅前店 and
// 二号店 have no name right before the branch.
void find_names_before_branches(std::u32string_view s, const Words& words, std::vector<Finding>& out) {
  if (!words.available()) return;
  const Lexicon& lex = lexicon();
  const auto text_of = [&](const Morpheme& w) { return s.substr(w.begin, w.end - w.begin); };
  // Only the words that start with a branch's first character are looked at.
  static constexpr std::u32string_view kFirst = U"店校教分営直本支";
  for (size_t at = s.find_first_of(kFirst); at != std::u32string_view::npos; at = s.find_first_of(kFirst, at + 1)) {
    const long k = words.starting_at(at);
    if (k < 1) continue;
    const Morpheme& shop = words[k];
    // 明星ゼミナール 川越校, 飛鳥ゼミナール 橿原教室, 麦の詩 本店: other branches only after a blank.
    bool school = false;
    for (std::u32string_view branch : {U"校", U"教室", U"分室", U"営業所", U"直売所", U"本店", U"支店"}) {
      school = school || text_of(shop) == branch;
    }
    if (!(text_of(shop) == U"店" || school) || (shop.noun != NounKind::kSuffix && !school)) continue;
    long p = k - 1;
    bool station = false;
    while (p > 0 && words[p].end == words[p + 1].begin &&
           (text_of(words[p]) == U"駅前" || text_of(words[p]) == U"駅" || text_of(words[p]) == U"中央")) {
      station = true;
      --p;
    }
    const Morpheme& place = words[p];
    if (place.end != words[p + 1].begin || place.pos != PartOfSpeech::kNoun) continue;
    const std::u32string_view place_text = text_of(place);
    // (A dish IPAdic takes for a place is a kind of shop: スープ|カレー|店.)
    const bool proper_place = place.noun == NounKind::kProper && place.proper == ProperKind::kPlace &&
                              !lex.product_categories.contains(place_text);
    const bool kanji_place = all_of(place_text, is_kanji) && place.noun != NounKind::kNumber &&
                             place.noun != NounKind::kSuffix && (place.unknown || station);
    // After a blank the branch may be any kanji words (天神店, 空港通り店, 川越校).
    size_t branch_begin = place.begin;
    for (long q = p; q >= 0 && words[q].pos == PartOfSpeech::kNoun && words[q].noun != NounKind::kNumber &&
                     (q == p || words[q].end == words[q + 1].begin) && shop.begin - words[q].begin <= 6;
         --q) {
      branch_begin = words[q].begin;
      if (branch_begin > 0 && is_space(s[branch_begin - 1])) break;
    }
    const bool spaced_branch = branch_begin > 0 && is_space(s[branch_begin - 1]) &&
                               std::all_of(s.begin() + branch_begin, s.begin() + shop.begin,
                                           [](char32_t c) { return is_kanji(c) || is_hiragana(c) || is_katakana(c); });
    if (spaced_branch) {
      // The blank parts a name from its branch ("title: 菓子店" has none before it), and
      // the branch is no kind of shop (菓子店, 書店).
      const std::u32string_view branch = s.substr(branch_begin, shop.end - branch_begin);
      if (branch_begin < 2 || !(is_name_character(s[branch_begin - 2]) || is_hiragana(s[branch_begin - 2])) ||
          lex.prefectures.contains(s.substr(branch_begin, shop.begin - branch_begin)) ||
          lex.shop_suffixes.match_at(branch, 0) == branch.size() || lex.shop_prefixes.match_at(branch, 0) == branch.size()) {
        continue;
      }
    } else if (school || !(proper_place || kanji_place) || lex.prefectures.contains(place_text) ||
               lex.areas.contains(place_text)) {
      continue;
    }
    size_t end = spaced_branch ? branch_begin : place.begin;
    const bool spaced = end > 0 && is_space(s[end - 1]);
    if (spaced) --end;
    bool coined = false;
    size_t begin = unquoted_name_start(s, words, end, &coined);
    // Before a blank and a branch, a kana name (with its 屋) that MeCab cut into an
    // auxiliary or a suffix is read by characters: いずも屋 大社店, ますや 東向店.
    if ((begin == end || (end - begin <= 1 && begin > 0 && is_hiragana(s[begin - 1]))) && spaced) {
      size_t kana = end;
      if (kana > 0 && s[kana - 1] == U'屋') --kana;
      size_t start = kana;
      while (start > 0 && kana - start < 6 && is_hiragana(s[start - 1])) --start;
      // A particle after a word before it ends the run (店は|いずも屋).
      if (start < kana && start > 0 && (is_kanji(s[start - 1]) || is_katakana(s[start - 1])) &&
          std::u32string_view(U"はがをにでともへの").find(s[start]) != std::u32string_view::npos) {
        ++start;
      }
      const bool bounded = start == 0 || !(is_kanji(s[start - 1]) || is_katakana(s[start - 1]) || is_hiragana(s[start - 1]));
      if (kana - start >= 2 && (bounded || std::u32string_view(U"はがをにでともへの").find(s[start - 1]) != std::u32string_view::npos) &&
          !lex.generic_kana_names.contains(s.substr(start, kana - start))) {
        begin = start;
        coined = true;
      }
    }
    if (begin == end) continue;
    // 麦の穂: a name of one or two characters goes on over の to the noun before it.
    if (end - begin <= 2 && begin >= 2 && s[begin - 1] == U'の') {
      bool before_coined = false;
      const size_t before = unquoted_name_start(s, words, begin - 1, &before_coined);
      if (before < begin - 1) begin = before;
    }
    const std::u32string_view name = s.substr(begin, end - begin);
    const bool katakana_name = all_of(name, is_katakana) && name.size() >= 3 && !lex.shop_words.contains(name);
    // A blank before the branch is signboard writing, not prose: ordinary words are a name too.
    if (name.size() < 2 || !(coined || katakana_name || spaced) || lex.public_names.contains(name) ||
        lex.vocabulary.contains(name) || is_anonymised_name(name)) {
      continue;
    }
    add_finding(out, begin, shop.end, FindingKind::kShop, Severity::kError, {}, begin, end);
  }
}

// ---------------------------------------------------------------- a 屋号 mark alone

// A 屋号 mark written in katakana with its numeral or lucky word (マルイチ, ヤマジュウ,
// カネサン, マルフク) names the firm or its shop wherever it stands: マルイチ干物小屋,
// マルイチの干物. Other words that start like a mark (マルチ, マルシェ, ヤマト) are none.
void find_katakana_yagou_marks(std::u32string_view s, std::vector<Finding>& out) {
  static constexpr std::u32string_view kMarks[] = {U"マル", U"ヤマ", U"カネ", U"イリ", U"ヒシ", U"カク"};
  static constexpr std::u32string_view kSigns[] = {U"イチ", U"サン", U"ヨン", U"ロク", U"シチ", U"ナナ", U"ハチ",
                                                   U"キュウ", U"ジュウ", U"マン", U"セン", U"フク", U"ニ", U"ゴ"};
  for (size_t i = 0; i + 4 <= s.size(); ++i) {
    if (std::u32string_view(U"マヤカイヒ").find(s[i]) == std::u32string_view::npos) continue;
    if (i > 0 && (is_katakana(s[i - 1]) || s[i - 1] == U'・')) continue;
    size_t end = i;
    while (end < s.size() && is_katakana(s[end])) ++end;
    const std::u32string_view run = s.substr(i, end - i);
    bool mark = false;
    for (std::u32string_view m : kMarks) {
      if (run.size() <= m.size() || run.compare(0, m.size(), m) != 0) continue;
      for (std::u32string_view sign : kSigns) mark = mark || run.substr(m.size()) == sign;
    }
    if (mark && run.size() >= 4) add_finding(out, i, end, FindingKind::kCompany, Severity::kError, {}, i, end);
    i = end > i ? end - 1 : i;
  }
}

// ---------------------------------------------------------------- a katakana series

// A katakana name of a line of goods, where the words around say it is the firm's own:
// 主力のコモレビシリーズ, 継手をアクアロックシリーズとして製品化. Without them a coined
// katakana series is left alone (the benchmark corpus writes thousands, and a series may
// be a maker's public line).
void find_katakana_series(std::u32string_view s, std::vector<Finding>& out) {
  static constexpr std::u32string_view kSeries = U"シリーズ";
  static constexpr std::u32string_view kOwnBefore[] = {U"主力の", U"看板の", U"定番の", U"人気の", U"自社の",
                                                        U"新しい", U"主力商品の", U"看板商品の"};
  static constexpr std::u32string_view kMadeAfter[] = {U"として製品化", U"として商品化", U"として発売", U"として売り出",
                                                        U"を発売", U"を商品化", U"を製品化", U"を売り出"};
  for (size_t i = s.find(kSeries); i != std::u32string_view::npos; i = s.find(kSeries, i + 1)) {
    size_t begin = i;
    while (begin > 0 && i - begin < kMaxQuotedNameLength && (is_katakana(s[begin - 1]) || s[begin - 1] == U'・')) {
      --begin;
    }
    if (i - begin < 3) continue;
    const std::u32string_view before = s.substr(0, begin);
    bool own = false;
    for (std::u32string_view word : kOwnBefore) {
      own = own || ends_with(before, word);
    }
    const size_t end = i + kSeries.size();
    for (std::u32string_view word : kMadeAfter) own = own || s.compare(end, word.size(), word) == 0;
    if (!own) continue;
    add_finding(out, begin, end, FindingKind::kProduct, Severity::kError, {}, begin, end);
  }
}

// ---------------------------------------------------------------- a Latin name after its goods

// A Latin name right after the goods it names, or one blank after a service or an app:
// 洗浄剤CLEAN ROOTS, 椅子YURI chair, 新サービス StockNavi. Short capitals (DX, EC, BBQ)
// and the platforms firms use (LINE, Excel, Shopify) are no name of the firm's own.
void find_latin_names_after_goods(std::u32string_view s, std::vector<Finding>& out) {
  static constexpr std::u32string_view kServices[] = {U"サービス", U"アプリ", U"ソフト", U"システム", U"ツール",
                                                       U"ソフトウェア", U"クラウドサービス", U"ブランド"};

  for (size_t i = 1; i < s.size(); ++i) {
    if (!(s[i] >= U'A' && s[i] <= U'Z') || is_ascii_letter(s[i - 1]) || is_ascii_digit(s[i - 1])) continue;
    // The Latin run: up to three words joined by single blanks.
    size_t end = i;
    size_t letters = 0;
    bool lower = false;
    for (int words = 0; words < 3; ++words) {
      size_t p = end;
      while (p < s.size() && is_ascii_letter(s[p])) {
        lower = lower || (s[p] >= U'a' && s[p] <= U'z');
        ++p;
      }
      if (p == end) break;
      letters += p - end;
      end = p;
      if (!(end + 1 < s.size() && s[end] == U' ' && is_ascii_letter(s[end + 1]))) break;
      ++end;
    }
    if (end < s.size() && (is_ascii_digit(s[end]) || s[end] == U'.')) continue;
    if (letters < 4 || (!lower && end - i <= 3)) continue;
    const std::u32string_view run = s.substr(i, end - i);
    // A platform's name, alone or before its product's words (LINE WORKS, Google Map).
    const size_t platform = lexicon().platforms.match_at(run, 0);
    if (platform > 0 && (platform == run.size() || run[platform] == U' ')) continue;
    const size_t joined = is_space(s[i - 1]) ? i - 1 : i;
    const std::u32string_view before = s.substr(0, joined);
    bool service = false;
    for (std::u32string_view word : kServices) {
      service = service || ends_with(before, word);
    }
    const bool goods = joined == i && goods_words().match_ending_at(before, before.size()) > 0;
    if (!goods && !service) continue;
    add_finding(out, i, end, FindingKind::kProduct, Severity::kError, {}, i, end);
    i = end;
  }
}

// A coined kana name right after アプリ (アプリゆきかき当番を試作): up to the particle that
// ends its phrase. アプリ開発, アプリで, アプリの start no name.
void find_app_names(std::u32string_view s, std::vector<Finding>& out) {
  static constexpr std::u32string_view kApp = U"アプリ";
  for (size_t i = s.find(kApp); i != std::u32string_view::npos; i = s.find(kApp, i + 1)) {
    const size_t begin = i + kApp.size();
    if (begin + 1 >= s.size() || !is_hiragana(s[begin]) || !is_hiragana(s[begin + 1]) ||
        std::u32string_view(U"はがをにでともへやの").find(s[begin]) != std::u32string_view::npos) {
      continue;
    }
    // (Nor a particle of speech after it: 配車アプリなんか年寄りの乗務員が使えるわけがない.)
    bool particle = false;
    // (Or where things come from: アプリからの配車, アプリより電話.)
    for (std::u32string_view w : {U"なんか", U"なんて", U"など", U"なども", U"って", U"とか", U"だけ", U"ばかり", U"まで", U"すら", U"さえ",
                                  U"から", U"より"}) {
      particle = particle || starts_with(s, begin, w);
    }
    if (particle) continue;
    size_t end = begin;
    while (end < s.size() && end - begin < kMaxShopNameLength && (is_hiragana(s[end]) || is_kanji(s[end]) || is_katakana(s[end])) &&
           !(end > begin + 2 && std::u32string_view(U"はがをにでと").find(s[end]) != std::u32string_view::npos)) {
      ++end;
    }
    if (end - begin < 4 || ends_like_grammar(s.substr(begin, end - begin))) continue;
    add_finding(out, begin, end, FindingKind::kProduct, Severity::kError, {}, begin, end);
  }
}

// ---------------------------------------------------------------- names before or after naming words, unquoted

// The name that ends at `end`: a katakana run (with ・), a Latin run of capitalised
// words, or nouns MeCab does not know or reads as proper; `begin` if there is none.
// `coined` tells whether it is more than ordinary words.
size_t unquoted_name_start(std::u32string_view s, const Words& words, size_t end, bool* coined) {
  *coined = false;
  if (end == 0) return end;
  const char32_t last = s[end - 1];
  size_t begin = end;
  if (is_katakana(last)) {
    while (begin > 0 && end - begin < kMaxQuotedNameLength &&
           (is_katakana(s[begin - 1]) || (s[begin - 1] == U'・' && begin >= 2 && is_katakana(s[begin - 2])))) {
      --begin;
    }
    long m = words.ending_at(begin);
    m = m >= 0 ? m + 1 : words.starting_at(begin);
    for (; m >= 0 && m < words.size() && words[m].begin < end; ++m) {
      if (words[m].unknown || words[m].noun == NounKind::kProper) *coined = true;
    }
    return begin;
  }
  if (is_ascii_letter(last)) {
    // Cafe Lumiere, BAKERY KOMUGI: capitalised words joined by blanks or &.
    size_t p = end;
    while (p > 0 && end - p < kMaxQuotedNameLength) {
      size_t word_begin = p;
      while (word_begin > 0 && (is_ascii_letter(s[word_begin - 1]) || s[word_begin - 1] == U'\'')) --word_begin;
      if (word_begin == p || !(s[word_begin] >= U'A' && s[word_begin] <= U'Z')) break;
      begin = word_begin;
      if (word_begin >= 2 && (s[word_begin - 1] == U' ' || s[word_begin - 1] == U'&') &&
          is_ascii_letter(s[word_begin - 2])) {
        p = word_begin - 1;
        continue;
      }
      break;
    }
    *coined = begin < end;
    return begin;
  }
  // Kanji and kana nouns back from `end` (讃岐|しらいと, 香|緑).
  long m = words.ending_at(end);
  while (m >= 0 && end - words[m].begin <= kMaxShopNameLength) {
    const Morpheme& w = words[m];
    const std::u32string_view surface = s.substr(w.begin, w.end - w.begin);
    const bool kana = all_of(surface, is_hiragana) && w.pos != PartOfSpeech::kParticle &&
                      w.pos != PartOfSpeech::kAuxiliaryVerb;
    if (!(is_name_word(w) || kana) || w.end != begin) break;
    if (w.unknown || (w.noun == NounKind::kProper && w.proper != ProperKind::kPlace) || kana) *coined = true;
    begin = w.begin;
    --m;
  }
  return begin;
}

// The start of a name that ends at `end` in a naming frame (…と名付けた): back over the
// words of one phrase, which may hold の, adjectives and kana of any class (阿蘇の赤い
// しずく, ちいさな蔵, ころりん畳), to a particle that joins phrases, a verb's ending or
// punctuation. `end` if the phrase is longer than a name can be.
size_t naming_frame_start(std::u32string_view s, const Words& words, size_t end) {
  size_t begin = end;
  long last = words.ending_at(end);
  // A kana name MeCab cut into a particle and an auxiliary (て|ぃだま|ー|る): the run of
  // kana before the frame is the name's end, up to a particle character.
  if (last >= 0 && (words[last].pos == PartOfSpeech::kAuxiliaryVerb || words[last].pos == PartOfSpeech::kVerb) &&
      (is_hiragana(s[end - 1]) || s[end - 1] == U'ー')) {
    size_t p = end;
    while (p > 0 && end - p < 10 && (is_hiragana(s[p - 1]) || is_katakana(s[p - 1])) &&
           std::u32string_view(U"はをがにでともへや").find(s[p - 1]) == std::u32string_view::npos) {
      --p;
    }
    if (end - p < 3 || words.starting_at(p) < 0) return end;
    begin = p;
    last = words.ending_at(p);
    if (last < 0 && p > 0 && is_space(s[p - 1])) last = words.ending_at(p - 1);
  }
  for (long m = last; m >= 0; --m) {
    const Morpheme& w = words[m];
    // One blank may part a name's words (勝沼ぶどう郷 丸山園).
    if (w.end != begin && !(w.end + 1 == begin && is_space(s[w.end]))) break;
    const std::u32string_view surface = s.substr(w.begin, w.end - w.begin);
    if (w.pos == PartOfSpeech::kSymbol || w.pos == PartOfSpeech::kVerb || w.pos == PartOfSpeech::kAuxiliaryVerb) break;
    if (w.pos == PartOfSpeech::kParticle) {
      bool joins_phrases = false;
      for (std::u32string_view particle : {U"は", U"を", U"が", U"に", U"と", U"で", U"も", U"へ", U"や", U"から", U"より"}) {
        joins_phrases = joins_phrases || surface == particle;
      }
      if (joins_phrases || w.begin == 0) break;
    }
    if (surface.find_first_of(U"、。,.!?「」『』()") != std::u32string_view::npos) break;
    if (end - w.begin > kMaxQuotedNameLength) return end;
    begin = w.begin;
  }
  while (begin < end && s[begin] == U'の') ++begin;
  // A kind of goods alone is no name: it runs on back over the kana and kanji MeCab read as a
  // verb before it (藍|いろ|マグの名で: not マグ), or there is none.
  const std::u32string_view run = s.substr(begin, end - begin);
  if (goods_words().contains(run) || lexicon().product_categories.contains(run)) {
    size_t front = begin;
    while (front > 0 && begin - front < 8 && (is_kanji(s[front - 1]) || is_hiragana(s[front - 1])) &&
           std::u32string_view(U"はをがのにでともへや").find(s[front - 1]) == std::u32string_view::npos) {
      --front;
    }
    return front == begin ? end : front;
  }
  return begin;
}

// A sentence that gives a product's name after its keyword and nothing else (商品名は陽だまり
// 吊るし。, 商品名は浜の朝です。): the words up to its end are the name, whatever MeCab reads in them.
void find_names_closing_a_keyword_sentence(std::u32string_view s, std::vector<Finding>& out) {
  const Lexicon& lex = lexicon();
  // (One pass for 名は; the keyword is read back from it.)
  for (size_t name_wa = s.find(U"名は"); name_wa != std::u32string_view::npos; name_wa = s.find(U"名は", name_wa + 1)) {
    bool keyed = false;
    for (std::u32string_view key : {U"商品", U"製品", U"ブランド", U"サービス", U"シリーズ"}) {
      keyed = keyed || ends_with(s.substr(0, name_wa), key);
    }
    if (!keyed) continue;
    size_t begin = name_wa + 2;
    while (at(s, begin) == U'、' || at(s, begin) == U' ') ++begin;
    size_t end = begin;
    while (end < s.size() && end - begin <= kMaxQuotedNameLength && std::u32string_view(U"。、「」『』\n").find(s[end]) == std::u32string_view::npos) {
      ++end;
    }
    if (at(s, end) != U'。' || end - begin > kMaxQuotedNameLength) continue;
    // (A copula ends the sentence, not the name: …です。, …だ。.)
    for (std::u32string_view copula : {U"です", U"でした", U"だった", U"だ"}) {
      if (end - begin > copula.size() + 1 && ends_with(s.substr(0, end), copula)) {
        end -= copula.size();
        break;
      }
    }
    const std::u32string_view name = s.substr(begin, end - begin);
    // (Nor a clause, 商品名は伏せた）, 商品名は中身を表すだけだった, or a name not yet given,
    // 商品名は後で決める.)
    bool clause = name.size() < 2 || name.find_first_of(U"()（）をが") != std::u32string_view::npos || name.back() == U'た' ||
                  ends_like_grammar(name);
    for (std::u32string_view verb : {U"決め", U"考え", U"未定", U"検討", U"変え", U"募集", U"付け", U"つけ"}) {
      clause = clause || name.find(verb) != std::u32string_view::npos;
    }
    if (clause || is_anonymised_name(name) || lex.generic_terms.contains(name) || lex.vocabulary.contains(name) ||
        lex.product_categories.contains(name)) {
      continue;
    }
    add_finding(out, begin, end, FindingKind::kProduct, Severity::kError, {}, begin, end);
  }
}

// Names in a naming frame, unquoted: 朝どれ便と名付けた, 森のめぐみの名で詰め合わせにした,
// ほたての雪解けという冷凍の小分け商品, 商品名はころりん畳とした. The frame says outright
// that the words before it are a name, so ordinary words count too; only one common
// word (地域の名で) or an anonymised or public name is passed over.
void find_names_in_naming_frames(std::u32string_view s, const Words& words, std::vector<Finding>& out) {
  if (!words.available()) return;
  const Lexicon& lex = lexicon();
  static constexpr std::u32string_view kFrames[] = {
      U"と名付け", U"と名づけ", U"と命名", U"の名で", U"の名を付け", U"の名をつけ", U"の名前で", U"の名前を付け",
      U"の名前をつけ", U"という名で", U"という名前で", U"という名の", U"という名前の", U"という名前を付け", U"という名前をつけ", U"という名を付け",
      U"という名をつけ", U"と名前を付け", U"と名前をつけ",
      // (in speech: みちしおって名前で出しとる)
      U"って名前で", U"って名で", U"っていう名前で", U"っていう名前の", U"っちゅう名前で"};
  // "とした" names only after a name keyword: 商品名は…とした, 名前を…とした.
  static constexpr std::u32string_view kKeywordFrames[] = {U"とした", U"とし、", U"とする", U"と決め", U"にした"};
  static constexpr std::u32string_view kKeywords[] = {U"商品名", U"製品名", U"ブランド名", U"名前", U"名称",
                                                      U"サービス名", U"店名", U"屋号", U"愛称", U"シリーズ名"};
  for (size_t i = 2; i < s.size(); ++i) {
    if (s[i] != U'と' && s[i] != U'の' && s[i] != U'に' && (s[i] != U'っ' || at(s, i + 1) != U'て')) continue;
    size_t frame = 0;
    bool needs_keyword = false;
    bool goods_after = false;
    // (Only the frames that start with the character at i are compared.)
    for (std::u32string_view f : kFrames) {
      if (f[0] == s[i] && s.compare(i, f.size(), f) == 0) frame = f.size();
    }
    if (frame == 0) {
      for (std::u32string_view f : kKeywordFrames) {
        if (f[0] == s[i] && s.compare(i, f.size(), f) == 0) {
          frame = f.size();
          needs_keyword = true;
        }
      }
    }
    // として発売, として販売: a name only when it is more than ordinary words (くろまる
    // として発売, こもれびサブレとして販売; not 加工品として販売, 梅干しとして出荷).
    bool weak_frame = false;
    if (frame == 0 && s.compare(i, 2, U"とし") == 0) {
      for (std::u32string_view f : {U"として発売", U"として販売", U"として提供", U"として売り出", U"として商品化",
                                    U"として製品化", U"として袋詰め"}) {
        if (s.compare(i, f.size(), f) == 0) {
          frame = f.size();
          weak_frame = true;
        }
      }
    }
    // (っていう in speech: うめまるっていうフィナンシェ.)
    const size_t said = s.compare(i, 3, U"という") == 0 ? 3 : s.compare(i, 4, U"っていう") == 0 ? 4 : 0;
    if (frame == 0 && said > 0) {
      // という, then within a short phrase the goods: ぶどう園のしずくという果汁, …という冷凍の小分け商品.
      for (size_t p = i + said; p < s.size() && p < i + 15 && !goods_after; ++p) {
        if (std::u32string_view(U"、。,!?「」\n").find(s[p]) != std::u32string_view::npos) break;
        goods_after = lex.product_categories.match_at(s, p) > 0 || goods_words().match_at(s, p) > 0 ||
                      s.compare(p, 2, U"商品") == 0 || s.compare(p, 2, U"製品") == 0;
      }
      if (goods_after) frame = said;
    }
    if (frame == 0) continue;
    // (A quoted name before a frame in speech is the quote rule's: 『峰乃白露』って名前で.)
    if (s[i] == U'っ' && (s[i - 1] == U'」' || s[i - 1] == U'』')) continue;
    size_t begin = naming_frame_start(s, words, i);
    // A quoted name before the frame: 「朝凪の辛口」の名で. One common word there is a
    // kind of thing all the same (「朝市」の名で始めた).
    bool quoted = false;
    if (!goods_after && (s[i - 1] == U'」' || s[i - 1] == U'』')) {
      const char32_t open = s[i - 1] == U'」' ? U'「' : U'『';
      const size_t found = s.rfind(open, i - 2);
      if (found != std::u32string_view::npos && i - 1 - found <= kMaxQuotedNameLength &&
          s.substr(found + 1, i - 2 - found).find_first_of(U"「」『』。") == std::u32string_view::npos) {
        begin = found;
        quoted = true;
      }
    }
    // After a keyword the name runs from the keyword's は to the frame, whatever MeCab
    // reads inside it (商品名はしらかばのむヨーグルトとした).
    if (needs_keyword && !quoted) {
      for (std::u32string_view k : kKeywords) {
        for (size_t p = i; p > 0 && i - p <= kMaxQuotedNameLength; --p) {
          if (s[p - 1] == U'。' || s[p - 1] == U'、') break;
          if ((s[p - 1] == U'は' || s[p - 1] == U'を') && p - 1 >= k.size() &&
              s.compare(p - 1 - k.size(), k.size(), k) == 0) {
            begin = std::min(begin, p);
            break;
          }
        }
      }
    }
    // A frame that says "the name" outright (という名前を付け) takes the words back to the
    // phrase's particle even where MeCab reads a verb inside (五島|かがやき|鯛).
    if (!needs_keyword && !quoted && !goods_after && frame >= 4) {
      size_t p = i;
      while (p > 0 && i - p < kMaxShopNameLength &&
             std::u32string_view(U"はがをにでと、。「」『』 \n").find(s[p - 1]) == std::u32string_view::npos) {
        --p;
      }
      // No auxiliary or particle inside: 手で焼いた鯛 is a description. (MeCab may cut
      // across p, にはか|がやき, so the words are those that overlap the run.)
      bool grammar = false;
      for (long w = 0; w < words.size(); ++w) {
        if (words[w].end <= p || words[w].begin >= i) continue;
        grammar = grammar || words[w].pos == PartOfSpeech::kAuxiliaryVerb ||
                  (words[w].pos == PartOfSpeech::kParticle && words[w].begin >= p);
      }
      if (p < begin && i - p >= 3 && !grammar) begin = p;
    }
    if (begin + 2 > i) continue;
    if (needs_keyword) {
      bool keyword = false;
      for (std::u32string_view joiner : {U"は", U"を", U"は、", U"を、"}) {
        if (begin < joiner.size() || s.compare(begin - joiner.size(), joiner.size(), joiner) != 0) continue;
        for (std::u32string_view k : kKeywords) {
          const size_t at_end = begin - joiner.size();
          keyword = keyword || (at_end >= k.size() && s.compare(at_end - k.size(), k.size(), k) == 0);
        }
      }
      if (!keyword) continue;
    }
    const std::u32string_view name = quoted ? s.substr(begin + 1, i - 2 - begin) : s.substr(begin, i - begin);
    if (quoted && is_generic_quote(s, words, begin + 1, i - 1, true)) continue;
    // (名前はまだ決めていないとした; 屋号を残すことにした is a decision, not a name.)
    if (!quoted && (ends_like_grammar(name) || ends_with(name, U"こと") || ends_with(name, U"もの") ||
                    ends_with(name, U"ところ"))) {
      continue;
    }
    if (is_anonymised_name(name) || lex.vocabulary.contains(name) || lex.generic_terms.contains(name) ||
        lex.prefectures.contains(name) || lex.areas.contains(name) || lex.public_names.contains(name) ||
        lex.product_categories.contains(name) || lex.brand_keywords.contains(name) || lex.shop_words.contains(name)) {
      continue;
    }
    // One word the dictionary knows, not as a proper noun (地域の名で, それと名付け), or
    // such a word before a category (限定酒の名前で), or the firm speaking of itself
    // (自社の名で, 自分たちの名前で): no name.
    const auto one_common_word = [&](size_t from, size_t to) {
      const long w = words.starting_at(from);
      return w >= 0 && words[w].end == to && !words[w].unknown && words[w].noun != NounKind::kProper;
    };
    if (!quoted && !needs_keyword && one_common_word(begin, i)) continue;
    // (After として, an unquoted phrase with の is where or how it is sold, ふるさと納税の返礼品として
    // 売り出され, 地元のスーパーと道の駅: no name.)
    // (A coined kana phrase with の is a name all the same: ひとつぶのしずく.)
    if (weak_frame && !quoted && name.find(U'の') != std::u32string_view::npos) {
      const std::u32string_view tail = name.substr(name.rfind(U'の') + 1);
      if (std::any_of(tail.begin(), tail.end(), is_kanji) || lex.generic_terms.contains(tail) || lex.shop_words.contains(tail)) {
        continue;
      }
    }
    if (weak_frame && !quoted) {
      bool coined = false;
      for (long w = words.starting_at(begin); w >= 0 && w < words.size() && words[w].begin < i; ++w) {
        const std::u32string_view part = s.substr(words[w].begin, words[w].end - words[w].begin);
        // (A verb with a noun after it is a description: 業務改善に伴走するサービス.)
        const bool verb_before_noun = words[w].pos == PartOfSpeech::kVerb && words[w].end < i;
        coined = coined || words[w].unknown || (words[w].noun == NounKind::kProper && words[w].proper != ProperKind::kPlace) ||
                 (all_of(part, is_hiragana) && part.size() >= 2 && words[w].pos != PartOfSpeech::kParticle &&
                  words[w].pos != PartOfSpeech::kAuxiliaryVerb && !verb_before_noun);
      }
      // SaaS, IoT, EC: a short Latin word before として提供 is a kind of service.
      // (Also after a modifier and の: 月額制のSaaS, クラウドのSaaS.)
      const size_t no = name.rfind(U'の');
      const std::u32string_view last_part = no == std::u32string_view::npos ? name : name.substr(no + 1);
      const bool short_latin = !last_part.empty() && last_part.size() <= 5 &&
                               std::all_of(last_part.begin(), last_part.end(), is_ascii_letter);
      // (Nor a kind of service after a clause that says what it does: 月額で使えるクラウドサービス.)
      const size_t kind = lex.generic_terms.match_ending_at(name, name.size());
      const bool described_kind = kind > 0 && kind < name.size() && is_hiragana(name[name.size() - kind - 1]);
      if (!coined || short_latin || described_kind) continue;
    }
    const size_t category = lex.product_categories.match_ending_at(name, name.size());
    if (category > 0 && category < name.size() && one_common_word(begin, i - category)) continue;
    // (A prefecture or a region before one common word is the region's goods: 岡山白桃, 北海道メロン.)
    if (!quoted) {
      size_t region = lex.prefectures.match_at(name, 0);
      if (region == 0) region = lex.areas.match_at(name, 0);
      if (region > 0 && region < name.size() && one_common_word(begin + region, i)) continue;
    }
    // The firm speaking of itself, or of its own field or shop (自分たちの畑の名前で, 自社の
    // 蔵の名で), is no name.
    // (So is its own kind of goods: 自社商品として発売, 自社サービスとして売り出す.)
    // (Also when the frame's start took in a verb's kana before it: 委託し|て自社のワインとして.)
    size_t lead = 0;
    while (lead < 2 && lead < name.size() && is_hiragana(name[lead])) ++lead;
    if (lead > 0 && lex.self_words.match_at(name, lead) > 0) continue;
    const size_t self = lex.self_words.match_at(name, 0);
    if (self == name.size() || (self > 0 && at(name, self) == U'の') || (self > 0 && one_common_word(begin + self, i))) continue;
    // (Also when the frame's start took in the clause's kana before it: 続けながら|自社の名で.)
    if (const size_t self_end = lex.self_words.match_ending_at(name, name.size());
        self_end > 0 && self_end < name.size() && is_hiragana(name[name.size() - self_end - 1])) {
      continue;
    }
    // A shop when a shop word follows the frame (丸山園の名でぶどう狩りの農園を開いている).
    bool shop = false;
    for (size_t p = i + frame; p < s.size() && p < i + frame + 16 && !shop; ++p) {
      if (s[p] == U'。' || s[p] == U'\n') break;
      shop = lex.shop_words.match_at(s, p) > 0 || s.compare(p, 2, U"農園") == 0 || s.compare(p, 1, U"店") == 0;
    }
    add_finding(out, begin, i, shop ? FindingKind::kShop : FindingKind::kProduct, Severity::kError, {}, begin, i);
    // Names listed before the frame are named by it too: 眉山ブレンドとしずく珈琲の名を付けた.
    size_t list_end = begin;
    while (list_end > 2 && (s[list_end - 1] == U'と' || s[list_end - 1] == U'、' || s[list_end - 1] == U'・')) {
      const size_t item = naming_frame_start(s, words, list_end - 1);
      if (item + 2 > list_end - 1 || one_common_word(item, list_end - 1)) break;
      const std::u32string_view listed = s.substr(item, list_end - 1 - item);
      if (is_anonymised_name(listed) || lex.vocabulary.contains(listed) || lex.product_categories.contains(listed)) break;
      const size_t listed_category = lex.product_categories.match_ending_at(listed, listed.size());
      if (listed_category > 0 && listed_category < listed.size() &&
          (listed.size() - listed_category < 2 || one_common_word(item, list_end - 1 - listed_category))) {
        break;  // 塩パン, 黒糖パン: a kind of goods in the list, not a name
      }
      add_finding(out, item, list_end - 1, shop ? FindingKind::kShop : FindingKind::kProduct, Severity::kError, {}, item,
          list_end - 1);
      list_end = item;
    }
    i += frame - 1;
  }
}

// Names written without quotes where the words around them say what they are:
// ブランド名はアカネノオカとし, 讃岐しらいとという商品名で, ヤキナオシ®, ミナトヤを営む,
// Cafe Lumiereを営む.
void find_unquoted_names_in_context(std::u32string_view s, const Words& words, std::vector<Finding>& out) {
  if (!words.available()) return;
  const Lexicon& lex = lexicon();
  const auto is_generic_name = [&](std::u32string_view name) {
    // (A count is no name: 1日1,280杯という店の最高記録.)
    // (In kanji numerals too: 八百十二人という店の記録.)
    const size_t digits = static_cast<size_t>(
        std::count_if(name.begin(), name.end(), [](char32_t c) { return is_ascii_digit(c) || is_kanji_numeral(c); }));
    if (name.find(U',') != std::u32string_view::npos || 2 * digits >= name.size()) return true;
    return name.size() < 2 || is_anonymised_name(name) || lex.vocabulary.contains(name) ||
           lex.generic_terms.contains(name) || lex.prefectures.contains(name) || lex.areas.contains(name) ||
           lex.shop_words.contains(name) || lex.shop_prefixes.contains(name) || lex.product_categories.contains(name) ||
           lex.public_names.contains(name) || lex.brand_keywords.contains(name);
  };
  // After: という商品名, という店, ®, を営む …
  struct After {
    std::u32string_view words;
    int thing;
    bool named;  // the words say outright that what comes before is a name
  };
  static constexpr After kAfter[] = {
      {U"という商品名", kNamesProduct, true}, {U"という製品名", kNamesProduct, true},
      {U"というブランド", kNamesProduct, true}, {U"という銘柄", kNamesProduct, true},
      {U"という商品", kNamesProduct, true},   {U"という名前の商品", kNamesProduct, true},
      {U"®", kNamesProduct, true},            {U"™", kNamesProduct, true},
      {U"(登録商標)", kNamesProduct, true},   {U"という屋号", kNamesShop, true},
      {U"という店名", kNamesShop, true},      {U"という名の店", kNamesShop, true},
      {U"という店", kNamesShop, true},        {U"という旅館", kNamesShop, true},
      {U"という宿", kNamesShop, true},        {U"を営む", kNamesShop, false},
      {U"を営ん", kNamesShop, false},         {U"を経営", kNamesShop, false},
      {U"を運営", kNamesShop, false},         {U"を開業", kNamesShop, false},
      {U"を開店", kNamesShop, false},         {U"をオープン", kNamesShop, false},
      {U"という社名", kNamesCompany, true},   {U"という会社", kNamesCompany, true}};
  for (size_t i = 1; i < s.size(); ++i) {
    const char32_t c = s[i];
    if (!(c == U'と' || c == U'®' || c == U'™' || c == U'(' || c == U'を')) continue;
    for (const After& after : kAfter) {
      if (s.compare(i, after.words.size(), after.words) != 0) continue;
      bool coined = false;
      const size_t begin = unquoted_name_start(s, words, i, &coined);
      if (begin >= i) break;
      const std::u32string_view name = s.substr(begin, i - begin);
      // "を営む" follows any business (旅館を営む, おさかな食堂を営む): only a name MeCab
      // does not know, or a katakana or Latin one, is one.
      // A business written out before を営む (めっき加工業, Web制作業) ends in kanji: only
      // a katakana or Latin name counts there.
      const bool strange = (is_katakana(name.back()) || is_ascii_letter(name.back())) && coined;
      if (is_generic_name(name) || (!after.named && !strange)) break;
      if (after.named && !coined && words.starting_at(begin) >= 0 && words.ending_at(i) == words.starting_at(begin)) {
        // One dictionary word before という商品 (ドレッシングという商品) is a kind, not a name.
        const Morpheme& w = words[words.starting_at(begin)];
        if (!w.unknown && w.noun != NounKind::kProper) break;
      }
      const FindingKind kind = after.thing == kNamesShop      ? FindingKind::kShop
                               : after.thing == kNamesProduct ? FindingKind::kProduct
                                                              : FindingKind::kCompany;
      add_finding(out, begin, c == U'®' || c == U'™' ? i + 1 : i, kind, Severity::kError, {}, begin, i);
      break;
    }
  }
  // みのりブランドの米: a coined kana or kanji name before ブランド (not 地域ブランド,
  // 自社ブランド, 高級ブランド: ordinary words, which are no coined name).
  for (size_t i = s.find(U"ブランド"); i != std::u32string_view::npos; i = s.find(U"ブランド", i + 1)) {
    if (i == 0 || is_katakana(at(s, i + 4)) || !(is_hiragana(s[i - 1]) || is_kanji(s[i - 1]) || is_katakana(s[i - 1]))) {
      continue;
    }
    bool coined = false;
    const size_t begin = unquoted_name_start(s, words, i, &coined);
    if (begin >= i || !coined) continue;
    const std::u32string_view name = s.substr(begin, i - begin);
    // Katakana before ブランド is as often a coined technique or material word (the
    // benchmark corpus has thousands: ヌヨエブランド) as a brand: left to the other rules.
    if (name.size() < 2 || is_katakana(name.back()) || is_generic_name(name)) continue;
    // Public brands are named the same way (ひょうごブランド, 松阪ブランド): a reviewer decides.
    static constexpr std::u32string_view kOrdinary[] = {U"自社", U"独自", U"地域", U"高級", U"有名", U"人気",
                                                        U"新", U"海外", U"国内", U"全国", U"地元", U"共同"};
    bool ordinary = false;
    for (std::u32string_view word : kOrdinary) ordinary = ordinary || name == word;
    if (ordinary) continue;
    add_finding(out, begin, i + 4, FindingKind::kProduct, Severity::kWarning, {}, begin, i);
  }
  // Before: ブランド名は…, 屋号は…, 商品名を…と (a name keyword, は/を/:, the name).
  for (size_t i = 0; i < s.size(); ++i) {
    int tag = -1;
    const size_t length = lex.brand_keywords.match_at(s, i, &tag);
    if (length == 0) continue;
    const std::u32string_view keyword = s.substr(i, length);
    // Only words that say "name": ブランド名, 商品名, 屋号, 店名, 社名 (not 商品, ブランド).
    if (!(keyword.back() == U'名' || keyword == U"屋号" || keyword == U"愛称" || keyword == U"商標")) continue;
    size_t p = i + length;
    // In notes a colon or a blank sets the name apart (＊店名　kissa tsubame, 塾名：進学ゼミ あおい).
    const bool noted = p < s.size() && (s[p] == U':' || is_space(s[p]));
    if (p < s.size() && (s[p] == U'は' || s[p] == U'を' || s[p] == U':' || s[p] == U'が' || is_space(s[p]))) {
      ++p;
    } else {
      continue;
    }
    if (p < s.size() && is_space(s[p])) ++p;
    if (p >= s.size() || s[p] == U'「' || s[p] == U'『' || s[p] == U'"') continue;  // the quote rule's
    // A shop's or a product's name noted after its keyword runs to the end of its item: the
    // keyword says a name follows, whatever words it is made of (ブランド名: はなれ菜).
    if (noted && (tag == kNamesShop || tag == kNamesProduct)) {
      size_t end = p;
      while (end < s.size() && end - p < kMaxQuotedNameLength &&
             std::u32string_view(U"、。,（()）」』|\n").find(s[end]) == std::u32string_view::npos) {
        ++end;
      }
      while (end > p && is_space(s[end - 1])) --end;
      const std::u32string_view name = s.substr(p, end - p);
      bool undecided = false;  // 店名：未定, 非公開
      for (std::u32string_view w : {U"未定", U"検討中", U"非公開", U"調査中", U"なし", U"無し", U"不明", U"同上", U"後述",
                                    U"前述", U"募集中", U"仮称"}) {
        undecided = undecided || starts_with(name, 0, w);
      }
      if (end - p >= 2 && !undecided && !is_generic_name(name) && !is_anonymised_name(name) && !ends_like_grammar(name)) {
        add_finding(out, p, end, tag == kNamesShop ? FindingKind::kShop : FindingKind::kProduct, Severity::kError, {}, p, end);
        i = end - 1;
      }
      continue;
    }
    // The name runs over nouns (and kana or unknown words) to the next particle, verb
    // or punctuation: アカネノオカ|とし, 月の雫|に; not 分かり|やすく.
    size_t end = p;
    for (long w = words.starting_at(p); w >= 0 && w < words.size() && words[w].begin == end; ++w) {
      const Morpheme& word = words[w];
      const std::u32string_view surface = s.substr(word.begin, word.end - word.begin);
      if (word.end - p > kMaxQuotedNameLength) break;
      // A prefix inside a name belongs to it: 牛|若|丸.
      const bool name_part = word.unknown || (word.pos == PartOfSpeech::kNoun && is_name_word(word)) ||
                             (surface == U"の" && end > p) || surface == U"・" ||
                             (word.pos == PartOfSpeech::kPrefix && end > p);
      // (MeCab reads brackets and bars as nouns: they end a name.)
      const bool bracket = surface.size() == 1 && std::u32string_view(U"()（）[]|").find(surface[0]) != std::u32string_view::npos;
      if (!name_part || bracket || word.noun == NounKind::kNumber) break;
      end = word.end;
    }
    while (end > p && (s[end - 1] == U'の' || s[end - 1] == U'・')) --end;
    if (end <= p) continue;
    // Where the name comes from, not the name: 農園名は地元の地名から取った. Nor where it is
    // kept out of: 社名は会議の記録では伏せる.
    bool origin = false;
    for (std::u32string_view from : {U"から", U"より", U"に由来", U"にちなん", U"を", U"が", U"について", U"では", U"には", U"でも"}) {
      origin = origin || starts_with(s, end, from);
    }
    if (origin) continue;
    const std::u32string_view name = s.substr(p, end - p);
    if (is_generic_name(name)) continue;
    // A known common word (社名と同じ, 中身を表す) is no name.
    const long w = words.starting_at(p);
    if (w >= 0 && words[w].end == end && !words[w].unknown && words[w].noun != NounKind::kProper) continue;
    const FindingKind kind = tag == kNamesShop      ? FindingKind::kShop
                             : tag == kNamesProduct ? FindingKind::kProduct
                                                    : FindingKind::kCompany;
    add_finding(out, p, end, kind, Severity::kError, {}, p, end);
    i = end - 1;
  }
}

}  // namespace

// A shop's branch by its station or street alone (昨年開いた会津若松駅前店, 霞ヶ関駅前店,
// こむぎ畑北24条店): the firm's own shops named by where they stand, a warning. 駅前店 alone
// or after a word that says which (最寄り, 各, 同) names none.
void find_branches_by_place(std::u32string_view s, std::vector<Finding>& out) {
  // (Clinics and schools open branches too: 清武駅前院, 本山校.)
  static constexpr CharacterSet kKindEnds(U"店院校室所");
  for (size_t last = 1; last < s.size(); ++last) {
    // (One look per character; a kanji after it makes a word of it: 店舗, 院長, 校舎.)
    if (!kKindEnds.may_hold(s[last])) continue;
    if ((s[last] != U'店' && s[last] != U'院' && s[last] != U'校' && s[last] != U'室' && s[last] != U'所') || is_kanji(at(s, last + 1))) {
      continue;
    }
    // (A school's or a care firm's branch by its station or district as well: 大館駅前教室,
    // 泉中央事業所.) i is the kind's first character.
    size_t i = last;
    if (s[last] == U'室' || s[last] == U'所') {
      if (last >= 2 && s[last - 1] == U'教' && s[last] == U'室') {
        i = last - 1;
      } else if (last >= 3 && s[last - 1] == U'業' && (s[last - 2] == U'事' || s[last - 2] == U'営')) {
        i = last - 2;
      } else {
        continue;
      }
    }
    const bool longer_kind = i != last;
    size_t place_end = 0;
    // (Or before a place, a street by its number, a block: 学園前店, 奥社前店, 祇園四条店, 三丁目店.)
    bool by_station = false;
    for (std::u32string_view where : {U"駅前", U"駅東口", U"駅西口", U"駅南口", U"駅北口", U"駅ビル", U"東口", U"西口", U"南口", U"北口",
                                       U"インター", U"駅", U"町", U"西", U"東", U"南", U"北", U"中央", U"通り", U"通", U"前", U"条",
                                       U"丁目"}) {
      // (A clinic or a school by a station, an exit or a front only: 定期|通院 is no branch.)
      const bool by_a_stop = where.size() >= 2 || where == U"駅" || where == U"前";
      if (s[i] != U'店' && !by_a_stop) continue;
      // (The longer kinds by a station or a district's centre only: 通信教室, 西事業所 say no place.)
      if (longer_kind && !(where[0] == U'駅' || where == U"中央" || where == U"駅前")) continue;
      if (place_end == 0 && i >= where.size() && s.compare(i - where.size(), where.size(), where) == 0) {
        place_end = i - where.size();
        by_station = where[0] == U'駅';
        // (A grid street's number in digits is read below: 北24条店.)
        if (where == U"条" && !is_kanji_numeral(at(s, place_end - 1))) place_end = 0;
        // (Not a time before: 数年前店を畳んだ, 以前店に来た.)
        if (where == U"前" && place_end > 0 && std::u32string_view(U"年月日時分週以直事寸手目午").find(s[place_end - 1]) != std::u32string_view::npos) {
          place_end = 0;
        }
      }
    }
    // (Or branches in a list, each a place and 店: 清水坂店、祇園白川店、嵐山渡月橋前店の三つ. Two
    // or more such items and no kind of shop: 百貨店、専門店 are kinds.)
    if (place_end == 0 && s[i] == U'店' && !longer_kind && i >= 4) {
      const auto item_begin = [&](size_t shop) {
        size_t b = shop;
        while (b > 0 && shop - b < 8 && (is_kanji(s[b - 1]) || is_katakana(s[b - 1]))) --b;
        return b;
      };
      const auto a_place_and_shop = [&](size_t shop) {
        const size_t b = item_begin(shop);
        const std::u32string_view item = s.substr(b, shop + 1 - b);
        const Lexicon& lex = lexicon();
        return shop - b >= 3 && (b == 0 || !is_hiragana(s[b - 1]) || std::u32string_view(U"、はがもをと").find(s[b - 1]) != std::u32string_view::npos) &&
               !lex.shop_words.contains(item) &&
               !lex.generic_terms.contains(item) && lex.trades.match_ending_at(s.substr(0, shop), shop) == 0 &&
               !ends_with(s.substr(0, shop), U"物産") && !ends_with(s.substr(0, shop), U"土産物");
      };
      const size_t b = item_begin(i);
      // The item next to it in the list: after its 、, or before it.
      bool listed = false;
      if (at(s, i + 1) == U'、') {
        size_t next = i + 2;
        while (next < s.size() && next - i < 10 && (is_kanji(s[next]) || is_katakana(s[next]))) ++next;
        listed = next > i + 2 && s[next - 1] == U'店' && a_place_and_shop(next - 1);
      }
      if (!listed && b >= 2 && s[b - 1] == U'、' && s[b - 2] == U'店') listed = a_place_and_shop(b - 2);
      if (listed && a_place_and_shop(i)) place_end = i;
    }
    // 北24条店: a street number of a grid city.
    if (place_end == 0 && !longer_kind && i >= 3 && s[i - 1] == U'条' && is_ascii_digit(s[i - 2])) {
      size_t digits = i - 2;
      while (digits > 0 && is_ascii_digit(s[digits - 1])) --digits;
      if (digits > 0 && std::u32string_view(U"東西南北").find(s[digits - 1]) != std::u32string_view::npos) place_end = digits;
    }
    if (place_end == 0 || (!longer_kind && is_kanji(at(s, i + 1)))) continue;  // 店舗, 店長
    size_t begin = place_end;
    while (begin > 0 && place_end - begin < 8 && (is_kanji(s[begin - 1]) || is_katakana(s[begin - 1]) || s[begin - 1] == U'ヶ')) {
      --begin;
    }
    // (A school's branch after a blank is its signboard's, read whole by the quote and
    // signboard rules: 「あすか塾 近鉄奈良駅前教室」.)
    if (longer_kind && begin > 0 && s[begin - 1] == U' ') continue;
    const std::u32string_view place = s.substr(begin, place_end - begin);
    // (A one-kanji town has its station: 桂駅前店.)
    if (place.size() < (by_station ? 1 : 2)) continue;
    bool which = false;
    // (大 only as a size: 大型駅前店, not 大館駅前教室.)
    for (std::u32string_view w : {U"最寄り", U"最寄", U"各", U"同", U"当", U"地元", U"近くの", U"主要", U"ターミナル", U"大型",
                                  U"大手", U"大規模", U"目抜き"}) {
      which = which || starts_with(place, 0, w);
    }
    // (新 opens a place's name as often as it says "new": 新琴似駅前店, but 新駅前店.)
    which = which || (starts_with(place, 0, U"新") && place.size() <= 2);
    if (which) continue;
    add_finding(out, begin, last + 1, FindingKind::kShop, Severity::kWarning, {}, begin, last + 1);
  }
}

// A shop's name said as its name, unquoted: 店の名はらーめんひさご。, 窯の名は千草窯という,
// 屋号は菓子処しおや。 The name runs to the end of the clause or to the words that close it
// (という, だが, です); a clause that holds a verb or a case particle says something else
// (店の名は父が付けた, 屋号はそのまま残した, 店名はこれだ).
void find_names_said_as_shop_names(std::u32string_view s, const Words& words, std::vector<Finding>& out) {
  if (!words.available()) return;
  const Lexicon& lex = lexicon();
  static constexpr std::u32string_view kSaid[] = {
      U"屋号は", U"店名は", U"店の名は", U"店の名前は", U"窯の名は", U"宿の名は", U"工房の名は", U"教室の名は",
      U"蔵の名は", U"園の名は", U"医院の名は", U"サロンの名は", U"カフェの名は", U"食堂の名は", U"看板の名は"};
  static constexpr std::u32string_view kClosers[] = {U"という", U"といい", U"と言", U"だが", U"だけど", U"だっ", U"です",
                                                     U"でした", U"で、", U"である", U"だ。", U"だ、", U"。", U"、", U"（",
                                                     U"(", U"だ"};
  // Every keyword ends in は: only the は are tried, the keywords read back from them.
  for (size_t topic = s.find(U'は'); topic != std::u32string_view::npos; topic = s.find(U'は', topic + 1)) {
    size_t said = 0;
    for (std::u32string_view w : kSaid) {
      if (said == 0 && topic + 1 >= w.size() && s.compare(topic + 1 - w.size(), w.size(), w) == 0) said = w.size();
    }
    if (said == 0) continue;
    const size_t begin = topic + 1;
    if (begin >= s.size() || s[begin] == U'「' || s[begin] == U'『' || is_space(s[begin])) continue;  // quotes: the quote rule's
    size_t end = begin;
    bool closed = false;
    while (end < s.size() && end - begin <= 16 && !closed) {
      closed = s[end] == U'\n' || s[end] == U'\r';
      for (std::u32string_view closer : kClosers) closed = closed || starts_with(s, end, closer);
      if (!closed) ++end;
    }
    if (!closed || end - begin < 2) continue;
    const std::u32string_view name = s.substr(begin, end - begin);
    if (lex.generic_terms.contains(name) || lex.trades.contains(name) || lex.shop_words.contains(name) ||
        lex.vocabulary.contains(name) || is_anonymised_name(name)) {
      continue;
    }
    // No verb, adjective or auxiliary inside, and no case particle MeCab reads as one.
    bool prose = false;
    for (long k = words.starting_at(begin); k >= 0 && k < static_cast<long>(words.size()) && words[k].begin < end; ++k) {
      const Morpheme& w = words[k];
      const std::u32string_view t = s.substr(w.begin, w.end - w.begin);
      // (MeCab reads verbs inside coined kana, らーめん|ひさ|ご, し|お|や: only a verb
      // written in kanji is one.)
      if ((w.pos == PartOfSpeech::kVerb || w.pos == PartOfSpeech::kAdjective || w.pos == PartOfSpeech::kAuxiliaryVerb) &&
          is_kanji(t.front())) {
        prose = true;
      }
      if (w.pos == PartOfSpeech::kAdverb || w.noun == NounKind::kPronoun) prose = true;
      if (w.pos == PartOfSpeech::kParticle && (t == U"を" || t == U"が" || t == U"に" || t == U"から" || t == U"まで")) prose = true;
    }
    // (A shop word that opens it makes it a signboard, whatever MeCab reads after: 菓子処|し|おや.)
    if (lex.shop_prefixes.match_at(s, begin) > 0 && name.find_first_of(U"をがに") == std::u32string_view::npos) prose = false;
    if (words.starting_at(begin) < 0 || prose) continue;
    add_finding(out, begin, end, FindingKind::kShop, Severity::kError, {}, begin, end);
    topic = end;
  }
}

// ---------------------------------------------------------------- names after a key

namespace {

// A case sheet's key says what its value names: - 代表菓子: 「白山しぐれ」, | 主力銘柄 | 雪椿
// 純米吟醸 かがり火 |, - 屋号: 菓匠ひいらぎ堂. Each item of the value (up to a bracket, parted
// by 、) is a name when quoted, or when it holds a coined part or a blank and is no word of
// the lists; counts and descriptions (約30社, 県内の酒屋) are none.
void find_names_after_keys(std::u32string_view s, const Words& words, std::vector<Finding>& out) {
  static const TermMatcher keys = [] {
    TermMatcher m;
    for (std::u32string_view k : {U"主力商品", U"主力製品", U"看板商品", U"主力銘柄", U"代表銘柄", U"商品名", U"製品名",
                                  U"ブランド名", U"自社ブランド", U"自社サービス", U"サービス名", U"代表菓子", U"看板メニュー",
                                  U"主力サービス", U"新商品", U"主要商品", U"代表商品", U"看板", U"主力", U"代表作", U"人気商品"}) {
      m.add(k, static_cast<int>(FindingKind::kProduct));
    }
    for (std::u32string_view k : {U"屋号", U"店名", U"店舗名", U"施設名", U"旗艦店", U"宿名", U"事業所名", U"直営店", U"主要物件",
                                  U"本店", U"運営施設"}) {
      m.add(k, static_cast<int>(FindingKind::kShop));
    }
    return m;
  }();
  const Lexicon& lex = lexicon();
  for (size_t line = 0; line < s.size();) {
    size_t line_end = s.find(U'\n', line);
    if (line_end == std::u32string_view::npos) line_end = s.size();
    // The key opens a list item or a table row.
    size_t key = line;
    while (key < line_end && key - line < 3 && std::u32string_view(U"-*・| ").find(s[key]) != std::u32string_view::npos) ++key;
    int kind = 0;
    const size_t key_length = key > line ? keys.match_at(s, key, &kind) : 0;
    size_t value = key + key_length;
    bool separated = false;
    for (std::u32string_view separator : {U" | ", U"| ", U" |", U"|", U": ", U":"}) {
      if (!separated && key_length > 0 && starts_with(s, value, separator)) {
        value += separator.size();
        separated = true;
      }
    }
    if (separated) {
      size_t value_end = value;
      while (value_end < line_end && std::u32string_view(U"|（(").find(s[value_end]) == std::u32string_view::npos) ++value_end;
      for (auto [begin, end] : trimmed_parts(s, value, value_end, U'、')) {
        const bool quoted = end >= begin + 4 && (s[begin] == U'「' || s[begin] == U'『') && (s[end - 1] == U'」' || s[end - 1] == U'』');
        if (quoted) {
          ++begin;
          --end;
        }
        const std::u32string_view name = s.substr(begin, end - begin);
        const bool listed = lex.vocabulary.contains(name) || lex.generic_terms.contains(name) ||
                            lex.product_categories.contains(name) || lex.shop_words.contains(name) ||
                            lex.self_words.match_at(name, 0) > 0 || is_anonymised_name(name) || goods_words().contains(name);
        const bool counted = std::any_of(name.begin(), name.end(), [](char32_t c) { return is_ascii_digit(c); });
        // (A particle or a predicate makes a description: 県内の酒屋向けの純米酒; かがり火 holds
        // no particle, though its letters are kana that could be one.)
        bool described = ends_with(name, U"など") || ends_with(name, U"ほか") || ends_with(name, U"等");
        if (!words.available()) described = described || name.find_first_of(U"のをがにでとや") != std::u32string_view::npos;
        for (long k = words.available() ? words.starting_at(begin) : -1; k >= 0 && k < words.size() && words[k].begin < end; ++k) {
          described = described || words[k].pos == PartOfSpeech::kParticle || words[k].pos == PartOfSpeech::kVerb ||
                      words[k].pos == PartOfSpeech::kAuxiliaryVerb || words[k].pos == PartOfSpeech::kAdjective;
        }
        const bool spaced = name.find(U' ') != std::u32string_view::npos;
        if (name.size() >= 2 && name.size() <= kMaxQuotedNameLength && !listed &&
            (quoted || (!counted && !described && (spaced || has_coined_part(s, words, begin, end))))) {
          add_finding(out, begin, end, static_cast<FindingKind>(kind), quoted || spaced ? Severity::kError : Severity::kWarning,
                      {}, begin, end);
        }
      }
    }
    line = line_end + 1;
  }
}

}  // namespace


void find_shop_and_product_names(std::u32string_view text, const std::vector<Morpheme>* words,
                                 std::vector<Finding>& out) {
  const Words index(words);
  find_quoted_names(text, index, out);
  find_names_after_shop_words(text, index, out);
  find_kana_names_before_shop_suffixes(text, index, out);
  find_kana_names_before_strong_suffixes(text, index, out);
  find_kanji_names_before_inn_suffixes(text, index, out);
  find_kanji_names_before_trades(text, out);
  find_names_before_branches(text, index, out);
  find_latin_names_after_goods(text, out);
  find_app_names(text, out);
  find_katakana_series(text, out);
  find_katakana_yagou_marks(text, out);
  find_unquoted_product_names(text, index, out);
  find_products_between_context_and_category(text, index, out);
  find_names_beside_goods_unquoted(text, index, out);
  find_unquoted_names_in_context(text, index, out);
  find_names_in_naming_frames(text, index, out);
  find_names_closing_a_keyword_sentence(text, out);
  find_service_names_right_after_kind(text, index, out);
  find_names_said_as_shop_names(text, index, out);
  find_branches_by_place(text, out);
  find_names_after_keys(text, index, out);
}

}  // namespace casekb
