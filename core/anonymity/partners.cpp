// Firms named by their relation to the case's firm (see partners.h). Every rule starts at
// a relation word and reads the nouns next to it, so the scan stays linear in the text.
#include "anonymity/partners.h"

#include <algorithm>

#include "anonymity/lexicon.h"
#include "anonymity/names.h"
#include "anonymity/patterns.h"
#include "anonymity/text.h"
#include "anonymity/word_index.h"

namespace casekb {
namespace {

constexpr size_t kMaxPartnerNameLength = 14;

// Relation words a partner's name follows: 取引先である X, 主要卸先の X, 協力会社：X.
constexpr std::u32string_view kBefore[] = {
    U"取引先", U"得意先", U"顧客", U"納め先", U"納入先", U"納品先", U"卸先", U"販売先", U"出荷先", U"仕入先", U"仕入れ先",
    U"協力会社", U"協力企業", U"提携先", U"委託先", U"外注先", U"発注元", U"元請", U"元請け", U"親会社", U"勤務先",
    U"勤め先", U"出向先", U"前職", U"取引相手", U"荷主", U"顧問先", U"調達先", U"供給元", U"仕入れ元", U"仕入元",
    U"納入元", U"受注先", U"発注先", U"共同開発先", U"共同研究先", U"出資元", U"販売代理店", U"代理店", U"旧社名",
    U"旧商号", U"勤めていた", U"在籍していた", U"働いていた", U"メインバンク", U"取引銀行", U"主力銀行", U"借入先",
    U"融資元", U"OEM先", U"供給先", U"売り先", U"卸し先", U"加工先", U"協業先", U"連携先", U"出資者", U"株主", U"競合先",
    U"競合の", U"同業の", U"同業他社の", U"子会社", U"関連会社", U"グループ会社", U"系列の", U"発売元", U"請負先",
    U"下請先", U"下請け先", U"元請会社", U"発注企業", U"取引企業", U"納入業者", U"仕入業者", U"販売委託先", U"前身"};
// What joins the relation word to the name.
constexpr std::u32string_view kJoiners[] = {U"である ", U"である", U"だった", U"であった", U"の ", U"の", U"は ", U"は",
                                            U"が", U"も", U": ", U":", U" | ", U"| ", U"、", U"・", U" ", U"（", U"(", U""};
// Relation words a partner's name precedes: X の子会社, X との提携, X で営業を.
constexpr std::u32string_view kAfter[] = {U"の子会社", U"の親会社", U"のグループ会社", U"の関連会社", U"との提携",
                                          U"と提携", U"との取引", U"と取引し", U"の協力を得", U"で営業を", U"で営業の",
                                          U"に勤め", U"に勤務", U"を退職", U"から独立", U"で修業", U"で修行",
                                          U"を筆頭に", U"と契約し", U"と契約を", U"との契約", U"と組み、", U"と組んで", U"と組んだ", U"と組む",
                                          U"と共同開発", U"との共同開発", U"と共同で", U"から受注", U"に納品し",
                                          U"へ納品し", U"に納入し", U"へ納入し", U"から仕入れ", U"に出荷し", U"へ出荷し",
                                          U"に卸し", U"へ卸し", U"に委託し", U"へ委託し", U"に外注し", U"の下請け",
                                          U"の下請", U"の傘下", U"に買収", U"に事業を譲", U"と合併", U"経由の",
                                          U"経由で"};
// Relation words after a name that a person's name may precede too (山田と交渉した): they
// make a firm only of a run that is not one person's name.
constexpr std::u32string_view kAfterFirmOnly[] = {
    U"向けが", U"向けで", U"向けの", U"向けに", U"向け。", U"向けだ", U"向けです", U"と交渉し", U"との商談", U"との共同", U"から共同開発", U"から調達",
    U"の催事", U"からの二次請", U"からの下請", U"からの受注", U"など2社", U"など3社", U"など4社", U"など5社", U"など数社",
    U"など二社", U"など三社", U"ほか2社", U"ほか3社", U"ほか数社", U"1社に依存", U"一社に依存", U"の一員", U"を中核とする",
    U"を中核に", U"等の旅行会社", U"などの旅行会社", U"等の取引先", U"などの取引先", U"等のメーカー", U"などのメーカー",
    U"等の量販店", U"などの量販店", U"への卸", U"への納品", U"への出荷", U"の中核会社", U"の中核企業", U"からの借入",
    U"から借り入れ", U"から借入", U"が融資", U"の融資を", U"と協力し", U"と協力を", U"の二次請", U"の下請", U"の2社", U"の3社"};
// Relation words that as often follow a public body, a region or a plain noun (地域と連携し,
// 大学の協力を得て, IT化と連携した): the name before them must be shaped like a firm's by
// itself (ゆけむりシステムズと連携し, いわてリースの協力も).
constexpr std::u32string_view kAfterShapedFirm[] = {
    U"と連携し", U"と連携した", U"と連携して", U"との連携", U"との協業", U"と協業", U"の協力も", U"の協力で",
    U"の支援を受け", U"といった地元", U"といった取引先", U"といった一次", U"といった大手", U"の配車", U"の工場と",
    U"の2者", U"の3者", U"の二者", U"の三者", U"へ出荷", U"に出荷", U"に納め", U"へ納め", U"と共同企画", U"との卸",
    U"など蔵元", U"などの蔵元", U"など取引先", U"などの取引先",
    // A firm's former or new name (日向木材工業を名乗っていた, 北斗運輸から社名を改め).
    U"を名乗っ", U"を名乗り", U"を名乗る", U"から社名", U"に社名", U"へ社名", U"から商号", U"に商号", U"から改称",
    U"に改称", U"へ改称", U"から改名", U"に改名",
    // a partner the firm leaves work to or consults (吾妻交通に任せ, 肥後ガスも協力)
    U"に任せ", U"に任し", U"に相談し", U"と相談し", U"も協力し", U"が協力し", U"も協力して", U"に頼み", U"に頼ん", U"に頼っ"};
// Kinds of firm a partner's name follows as an apposition: 電装部品メーカーのダイトー電装,
// 鮮魚卸である博多うおいち, 旅行会社くまもとトラベルラボ. Only with の, である, a blank or
// nothing between, and never before a person's name (会社の鈴木部長).
constexpr std::u32string_view kKinds[] = {
    U"メーカー", U"卸", U"卸売業者", U"商社", U"問屋", U"工務店", U"造船所", U"旅行会社", U"旅行代理店", U"運送会社",
    U"バス会社", U"タクシー会社", U"販売元", U"製造元", U"企画会社", U"運営会社", U"生協", U"量販店", U"百貨店",
    U"販売店", U"商事会社", U"設計事務所", U"ワイナリー", U"加工業者", U"専門商社", U"ディベロッパー", U"デベロッパー",
    U"SIer", U"ベンダー", U"デザイン事務所", U"広告代理店", U"設計会社", U"建設会社", U"製薬会社", U"物流会社", U"不動産会社",
    U"印刷会社", U"ソフトウェア会社", U"IT企業", U"商工会社", U"卸会社", U"仲卸", U"出版社", U"醸造元",
    // any firm by its kind's last word: 造船会社MARINOX, 輸入業者Fermenta, ホテルチェーンKestrel, 部品商のPARTEX
    U"会社", U"業者", U"チェーン", U"部品商", U"大手", U"EC大手", U"スーパー", U"取次", U"ディーラー"};
constexpr std::u32string_view kKindJoiners[] = {U"である ", U"である", U"の ", U"の", U" ", U"・", U"、", U""};

// Last words that make the run a description, not a name: 九州地区, 県内企業, 大手各社.
constexpr std::u32string_view kGenericEnds[] = {
    U"企業", U"会社", U"業者", U"メーカー", U"事業者", U"店舗", U"工場", U"農家", U"団体", U"法人", U"各社", U"社",
    U"地区", U"地域", U"方面", U"全域", U"各地", U"一円", U"一帯", U"県内", U"市内", U"圏", U"産", U"製", U"向け",
    U"系", U"全体", U"内", U"外", U"業界", U"市場", U"など", U"等", U"さん", U"様", U"側", U"先"};

enum class NameStart { kNone, kRegion, kName };

// Words that say which firm or what kind of firm, not its name: 地元|スーパー, 大手|メーカー,
// 同社, 県内の…. Before a partner's trade words and before a firm's suffix alike.
bool says_which_firm(std::u32string_view s) {
  for (std::u32string_view w : {U"同", U"当", U"自", U"本", U"弊", U"各", U"新", U"旧", U"両", U"親", U"子", U"地元", U"大手",
                                U"中堅", U"中小", U"零細", U"老舗", U"県内", U"市内", U"町内", U"村内", U"国内", U"海外",
                                U"全国", U"近隣", U"地域", U"地方", U"関連", U"取引", U"協力", U"個人", U"家族", U"小規模",
                                U"新規", U"既存", U"主要", U"複数", U"自社", U"他社", U"外資", U"専門", U"業務", U"通販",
                                U"大型", U"小型", U"法人"}) {
    if (s == w) return true;
  }
  const Lexicon& lex = lexicon();
  return lex.self_words.contains(s) || lex.generic_terms.contains(s) || lex.vocabulary.contains(s) ||
         lex.public_names.contains(s) || is_anonymised_name(s);
}

// True if the words [first, last] are all parts of a person's name (鈴木, 鈴木|一郎): a firm
// named after a family goes on with other words (甲斐|ワイン|ファクトリー).
bool is_one_persons_name(const std::vector<Morpheme>& words, long first, long last) {
  if (first < 0 || last < first) return false;
  for (long m = first; m <= last; ++m) {
    if (words[m].proper != ProperKind::kPerson) return false;
  }
  return true;
}

// True if word k is the first kanji of an old province MeCab cut in two (遠|州).
bool is_province_start(std::u32string_view text, const std::vector<Morpheme>& words, long k) {
  return k >= 0 && k + 1 < static_cast<long>(words.size()) && words[k].end - words[k].begin == 1 &&
         is_kanji(text[words[k].begin]) && words[k + 1].begin == words[k].end &&
         text.substr(words[k + 1].begin, words[k + 1].end - words[k + 1].begin) == U"州";
}

bool is_run_word(const Morpheme& w, bool first) {
  if (w.pos == PartOfSpeech::kPrefix) return !first;  // 博多|まる|ふく
  if (w.pos != PartOfSpeech::kNoun) return false;
  if (w.noun == NounKind::kDependent || w.noun == NounKind::kPronoun || w.noun == NounKind::kNumber) return false;
  return !(first && w.noun == NounKind::kSuffix);
}

NameStart name_start(std::u32string_view text, const Morpheme& w) {
  const Lexicon& lex = lexicon();
  const std::u32string_view s = text.substr(w.begin, w.end - w.begin);
  // 海外移転, 国内出荷, 全国展開: the whole country or abroad names no firm.
  if (s == U"日本" || s == U"全国" || s == U"国内" || s == U"海外") return NameStart::kNone;
  if (lex.prefectures.contains(s) || lex.areas.contains(s)) return NameStart::kRegion;
  if (lex.generic_terms.contains(s) || lex.public_names.contains(s) || lex.vocabulary.contains(s)) return NameStart::kNone;
  if (w.noun == NounKind::kProper) {
    if (w.proper == ProperKind::kPlace && w.name == NameKind::kCountry) return NameStart::kNone;
    return w.proper == ProperKind::kPlace ? NameStart::kRegion : NameStart::kName;
  }
  if (w.unknown && s.size() >= 2) return NameStart::kName;
  return NameStart::kNone;
}

// Adds the run of words [first, last] as a partner's name if it reads as one.
bool add_if_name(std::u32string_view text, const std::vector<Morpheme>& words, long first, long last,
                 std::vector<Finding>& out) {
  if (first < 0 || last < first) return false;
  const size_t begin = words[first].begin;
  const size_t end = words[last].end;
  const std::u32string_view name = text.substr(begin, end - begin);
  if (name.size() < 3 || name.size() > kMaxPartnerNameLength) return false;
  // A run that starts inside a katakana word MeCab cut (ホッ|トペッパー) is no name.
  if (begin > 0 && is_katakana(text[begin - 1]) && is_katakana(text[begin])) return false;
  NameStart start = is_province_start(text, words, first) ? NameStart::kRegion : name_start(text, words[first]);
  const size_t suffix = lexicon().company_suffixes.match_ending_at(name, name.size());
  // A kanji word and katakana business words after a relation (信越|メディカル|デバイス, 泉|
  // ダクト|工業, 南|九州|グリーン|デリカ): a firm named by a word and its trade, which the
  // relation says is a name. A reviewer tells it from a description (a warning).
  if (start == NameStart::kNone && last > first && all_of(text.substr(begin, words[first].end - begin), is_kanji) &&
      !says_which_firm(text.substr(begin, words[first].end - begin))) {
    // Two katakana words, or one and a firm's suffix: one katakana word after a kanji word is
    // as often a kind (物流センター, 雑貨ブランド, 管理システム).
    // (The suffix itself is no business word: 女性|グループ.)
    const bool firm_end = suffix > 0;
    int katakana = 0;
    for (long m = first + 1; m <= last; ++m) {
      const std::u32string_view w = text.substr(words[m].begin, words[m].end - words[m].begin);
      if (m == last && firm_end && words[m].begin >= end - suffix) continue;
      katakana += w.size() >= 2 && all_of(w, [](char32_t c) { return is_katakana(c) || c == U'ー'; }) ? 1 : 0;
    }
    if (katakana >= 2 || (katakana == 1 && firm_end)) start = NameStart::kRegion;
  }
  // Before a firm's suffix, after a relation, a name the dictionary reads in pieces is a
  // name too: a katakana word it knows (コスモ|青果), or two kanji it reads one by one
  // because it knows no word of both (周|南|建材, 北|杜|建設|工業). A reviewer tells.
  if (start == NameStart::kNone && suffix > 0 && words[last].end - words[first].begin > suffix) {
    const std::u32string_view head = text.substr(begin, words[first].end - begin);
    const bool katakana_word = head.size() >= 2 && all_of(head, [](char32_t c) { return is_katakana(c) || c == U'ー'; });
    const bool kanji_pieces = head.size() == 1 && is_kanji(head.front()) && first + 1 <= last &&
                              words[first + 1].end - words[first + 1].begin == 1 && is_kanji(text[words[first + 1].begin]) &&
                              words[first + 1].end <= end - suffix;
    // Or a word it knows as a name or place anywhere before the suffix (南|九州|茶業|…), or
    // a common word firms take as a name (北斗|食品).
    bool named_part = false;
    for (long m = first; m <= last && words[m].end <= end - suffix; ++m) {
      named_part = named_part || (words[m].noun == NounKind::kProper && words[m].end - words[m].begin >= 2) ||
                   lexicon().name_words.contains(text.substr(words[m].begin, words[m].end - words[m].begin));
    }
    if ((katakana_word || kanji_pieces || named_part) && !says_which_firm(head)) start = NameStart::kRegion;
  }
  if (start == NameStart::kNone) return false;
  // One word is a name only when the dictionary does not know it and it is long enough
  // not to be a loanword it lacks (ウェブ): ラクトワークス. Shorter, a coined Latin word
  // (Kestrel, GKS, MARINOX) or katakana one (ミナセ) is one all the same, for review.
  bool short_word = false;
  if (first == last && (start == NameStart::kRegion || !words[first].unknown)) return false;
  if (first == last && name.size() < 5) {
    const bool capitals = all_of(name, [](char32_t c) { return c >= U'A' && c <= U'Z'; });
    const bool katakana = all_of(name, [](char32_t c) { return is_katakana(c) || c == U'ー'; });
    if (!(capitals && name.size() >= 3) && !(katakana && name.size() >= 3) &&
        !(name.size() == 4 && name[0] >= U'A' && name[0] <= U'Z' && all_of(name, is_ascii_letter))) {
      return false;
    }
    short_word = true;
  }
  // Origin, make, people and places (北海道産小麦, ベトナム人実習生, 岐阜県内): no firm. (The
  // 製 of a firm's suffix is none of them: 北陸|製|餡.)
  for (long m = first + 1; m <= last; ++m) {
    if (words[m].begin >= end - suffix) break;
    const std::u32string_view w = text.substr(words[m].begin, words[m].end - words[m].begin);
    for (std::u32string_view part : {U"産", U"製", U"人", U"系", U"風", U"流", U"式", U"県", U"市", U"町", U"村", U"区",
                                     U"郡", U"地方", U"出身", U"在住", U"全域"}) {
      if (w == part) return false;
    }
  }
  // A region and what is done there (北陸進出, 九州出荷) is no firm.
  if (start == NameStart::kRegion && last == first + 1 && words[last].noun == NounKind::kVerbal) return false;
  // (Only a whole word ends it: 北海道|産 is an origin, 甲府|興産 a firm.)
  for (std::u32string_view generic : kGenericEnds) {
    if (!ends_with(name, generic)) continue;
    for (long m = first; m <= last; ++m) {
      if (words[m].begin == end - generic.size()) return false;
    }
  }
  const Lexicon& lex = lexicon();
  // A name and a person's title is a person (印刷会社の鈴木部長).
  int title_tag = 0;
  if (lex.person_titles.match_ending_at(name, name.size(), &title_tag) > 0 && title_tag == kTitleRole) return false;
  // A kind of business alone (ワイナリー, ベーカリー) is none either.
  if (is_anonymised_name(name) || lex.public_names.contains(name) || lex.generic_terms.contains(name) ||
      lex.platforms.contains(name) || lex.company_suffixes.contains(name) || lex.weak_company_suffixes.contains(name) ||
      lex.shop_suffixes.contains(name) || lex.shop_prefixes.contains(name) || lex.shop_words.contains(name)) {
    return false;  // (a kind of business alone: キャンプ場との取引)
  }
  Finding& finding = add_finding(out, begin, end, FindingKind::kCompany,
                                 start == NameStart::kName && !short_word ? Severity::kError : Severity::kWarning);
  for (std::u32string_view bank : {U"銀行", U"信用金庫", U"信用組合", U"信金"}) {
    if (ends_with(name, bank)) {
      finding.detail = kDetailLender;
      finding.severity = Severity::kWarning;
    }
  }
  return true;
}

// Last word of the run of name words starting at word k (touching, at most the longest
// name), or k - 1 if word k starts none.
long run_forward(std::u32string_view text, const std::vector<Morpheme>& words, long k) {
  long last = k - 1;
  for (long m = k; m < static_cast<long>(words.size()); ++m) {
    if (m > k && words[m].begin != words[m - 1].end) break;
    if (words[m].end - words[k].begin > kMaxPartnerNameLength) break;
    const bool dot = text.substr(words[m].begin, words[m].end - words[m].begin) == U"・" && m > k;
    // 遠|州, 上|州: an old province MeCab cuts in two, its first kanji read as any word.
    const bool province = m == k && is_province_start(text, words, m);
    if (!dot && !province && !is_run_word(words[m], m == k)) break;
    // MeCab reads brackets as nouns (部品|(|株|)、): a name holds none.
    const char32_t first_char = text[words[m].begin];
    if (first_char == U'(' || first_char == U')' || first_char == U'（' || first_char == U'）') break;
    last = m;
  }
  // A name does not end in a middle dot or a prefix.
  while (last >= k && (words[last].pos == PartOfSpeech::kPrefix ||
                       text.substr(words[last].begin, words[last].end - words[last].begin) == U"・")) {
    --last;
  }
  return last;
}

// First word of the run of name words ending at word k, or k + 1 if word k ends none.
long run_backward(std::u32string_view text, const std::vector<Morpheme>& words, long k) {
  long first = k + 1;
  for (long m = k; m >= 0; --m) {
    if (m < k && words[m].end != words[m + 1].begin) break;
    if (words[k].end - words[m].begin > kMaxPartnerNameLength) break;
    const bool dot = text.substr(words[m].begin, words[m].end - words[m].begin) == U"・" && m < k;
    if (!dot && !is_run_word(words[m], false)) break;
    first = m;
  }
  // A name starts with neither a suffix nor a dot.
  while (first <= k && (words[first].noun == NounKind::kSuffix ||
                        text.substr(words[first].begin, words[first].end - words[first].begin) == U"・")) {
    ++first;
  }
  return first;
}

// The relation words, tagged before (0) or after (1) the name; one lookup per character.
constexpr int kRelationBefore = 0;
constexpr int kRelationAfter = 1;
constexpr int kRelationKind = 2;
constexpr int kRelationAfterFirmOnly = 3;
constexpr int kRelationAfterShapedFirm = 4;
const TermMatcher& relation_words() {
  static const TermMatcher matcher = [] {
    TermMatcher m;
    for (std::u32string_view w : kBefore) m.add(w, kRelationBefore);
    for (std::u32string_view w : kAfter) m.add(w, kRelationAfter);
    for (std::u32string_view w : kKinds) m.add(w, kRelationKind);
    for (std::u32string_view w : kAfterFirmOnly) m.add(w, kRelationAfterFirmOnly);
    for (std::u32string_view w : kAfterShapedFirm) m.add(w, kRelationAfterShapedFirm);
    return m;
  }();
  return matcher;
}

// A coined kana word and the katakana or kanji after it, starting at `begin`, as partners
// are named (かまくらデンタルサプライ, やまがた米穀商会, しまなみドック): MeCab cuts such
// kana anywhere, so the name is read by characters. Adds the finding and returns its end,
// or `begin` if the text there reads as prose (ふだんの取引, とても大きな会社).
size_t add_if_kana_name(std::u32string_view text, size_t begin, std::vector<Finding>& out) {
  if (begin >= text.size() || !is_hiragana(text[begin])) return begin;
  if (std::u32string_view(U"はがをにでともへの").find(text[begin]) != std::u32string_view::npos) return begin;
  size_t kana_end = begin;
  while (kana_end < text.size() && kana_end - begin < 8 && is_hiragana(text[kana_end])) ++kana_end;
  const std::u32string_view kana = text.substr(begin, kana_end - begin);
  if (kana.size() < 2 || ends_like_grammar(kana)) return begin;
  // (Nor a word that only follows another: 取引先|ごと・ロットごと, 一人|ずつ.)
  for (std::u32string_view w : {U"ごと", U"ずつ", U"など", U"だけ", U"まで", U"ほど", U"どおり", U"とおり"}) {
    if (kana == w) return begin;
  }
  size_t end = kana_end;
  while (end < text.size() && end - kana_end < 10 &&
         (is_kanji(text[end]) || is_katakana(text[end]) || text[end] == U'ー' || text[end] == U'・')) {
    ++end;
  }
  // (Two kana need a longer word after them: ちば|食彩マート.)
  if (end - kana_end < 2 || (kana.size() == 2 && end - kana_end < 4)) return begin;
  const std::u32string_view name = text.substr(begin, end - begin);
  const std::u32string_view rest = text.substr(kana_end, end - kana_end);
  const Lexicon& lex = lexicon();
  for (std::u32string_view generic : kGenericEnds) {
    if (ends_with(name, generic)) return begin;
  }
  if (lex.generic_terms.contains(name) || lex.public_names.contains(name) || lex.platforms.contains(name)) return begin;
  const bool firm_end = lex.company_suffixes.match_ending_at(name, name.size()) > 0 ||
                        lex.firm_only_suffixes.match_ending_at(name, name.size()) > 0 ||
                        std::all_of(rest.begin(), rest.end(), [](char32_t c) { return is_katakana(c) || c == U'ー' || c == U'・'; });
  add_finding(out, begin, end, FindingKind::kCompany, firm_end ? Severity::kError : Severity::kWarning);
  return end;
}

}  // namespace

// A firm's short name or nickname, said as such: MRCの略称で知られる, セトブンの愛称で呼ばれる.
// Short names are short, so one katakana or Latin word of two characters or more counts;
// a nickname is a warning (a person or goods have them too).
void find_short_names(std::u32string_view text, std::vector<Finding>& out) {
  // 通称はSCS, 略称は「MRC」, 社内略称 ODK, 略称：MRC: the name after the word.
  for (size_t named = text.find(U"称"); named != std::u32string_view::npos; named = text.find(U"称", named + 1)) {
    if (named == 0 || std::u32string_view(U"通略愛").find(text[named - 1]) == std::u32string_view::npos) continue;
    const char32_t joiner = at(text, named + 1);
    if (joiner != U'は' && joiner != U' ' && joiner != U':' && joiner != U'：') continue;
    const size_t k = named - 1;
    const std::u32string_view said = text.substr(k, 3);
    {
      size_t begin = k + said.size();
      if (joiner == U' ') begin = named + 1;
      if (at(text, begin) == U' ') ++begin;
      size_t end = begin;
      const bool capitals = at(text, begin) >= U'A' && at(text, begin) <= U'Z';
      while (end < text.size() && end - begin < 12 &&
             (capitals ? (text[end] >= U'A' && text[end] <= U'Z') : is_katakana(text[end]))) {
        ++end;
      }
      if (end - begin < 2 || is_ascii_letter(at(text, end)) || is_katakana(at(text, end))) continue;
      const std::u32string_view name = text.substr(begin, end - begin);
      const Lexicon& lex = lexicon();
      if (lex.platforms.contains(name) || lex.generic_terms.contains(name) || is_anonymised_name(name)) continue;
      add_finding(out, begin, end, FindingKind::kCompany, text[named - 1] == U'略' ? Severity::kError : Severity::kWarning);
    }
  }
  for (size_t i = 2; i < text.size(); ++i) {
    if (text[i] != U'の' && text[i] != U'と' && text[i] != U'で') continue;
    // (The words below go on with one of a few characters: most の and と are passed here.)
    if (std::u32string_view(U"略愛通呼い").find(at(text, i + 1)) == std::u32string_view::npos) continue;
    bool said = false;
    bool short_name = false;  // 略称 is a firm's; a nickname (愛称, 通称) may be a person's or goods'
    for (std::u32string_view w : {U"の略称", U"の愛称", U"の通称", U"という略称", U"という愛称", U"という通称", U"の通り名",
                                  U"の呼び名", U"と呼ばれ", U"と呼ぶ", U"と呼んで", U"で呼ばれ", U"で通じ", U"で通って"}) {
      if (starts_with(text, i, w)) {
        said = true;
        short_name = w.find(U"略称") != std::u32string_view::npos;
      }
    }
    if (!said) continue;
    // A quoted name: 「ヒロプリ」の通称で, 社内で「姫ロジ」と呼ばれる. と呼ばれ follows any
    // notion too (「見える化」と呼ばれる手法), so there the sentence must say who calls it so:
    // 社内で, 地元では, 業界では, 取引先からは.
    if (text[i - 1] == U'」' || text[i - 1] == U'』') {
      const size_t open = text.rfind(text[i - 1] == U'」' ? U'「' : U'『', i - 1);
      if (open == std::u32string_view::npos || i - 1 - open < 2 || i - 1 - open > 10) continue;
      const std::u32string_view name = text.substr(open + 1, i - 2 - open);
      if (!all_of(name, [](char32_t c) { return is_katakana(c) || c == U'ー' || is_hiragana(c) || is_kanji(c) || is_ascii_letter(c); }) ||
          name.find_first_of(U"のはがをにでと") != std::u32string_view::npos) {
        continue;
      }
      // (略称の「MCS」で呼ばれている: the word before the quote says so.)
      const bool said_before = open >= 3 && (ends_with(text.substr(0, open), U"略称の") || ends_with(text.substr(0, open), U"通称の") ||
                                             ends_with(text.substr(0, open), U"愛称の") || ends_with(text.substr(0, open), U"屋号の"));
      if (!said_before && !starts_with(text, i, U"の略称") && !starts_with(text, i, U"の愛称") && !starts_with(text, i, U"の通称") &&
          !starts_with(text, i, U"という") && !starts_with(text, i, U"の通り名") && !starts_with(text, i, U"の呼び名")) {
        size_t sentence = open;
        while (sentence > 0 && open - sentence < 30 && text[sentence - 1] != U'。' && text[sentence - 1] != U'\n') --sentence;
        const std::u32string_view before = text.substr(sentence, open - sentence);
        bool who = false;
        for (std::u32string_view w : {U"社内", U"地元", U"業界", U"取引先", U"社員", U"仲間", U"常連", U"町の人", U"地域の人",
                                      U"お客", U"客から", U"同業", U"近所", U"年配", U"客は", U"住民", U"町内"}) {
          who = who || before.find(w) != std::u32string_view::npos;
        }
        if (!who) continue;
      }
      if (said_before && ends_with(text.substr(0, open), U"略称の")) short_name = true;
      const Lexicon& lex = lexicon();
      if (lex.platforms.contains(name) || lex.generic_terms.contains(name) || lex.vocabulary.contains(name) ||
          is_anonymised_name(name)) {
        continue;
      }
      add_finding(out, open + 1, i - 1, FindingKind::kCompany, short_name ? Severity::kError : Severity::kWarning);
      continue;
    }
    size_t begin = i;
    const bool katakana = is_katakana(text[i - 1]);
    const bool capitals = text[i - 1] >= U'A' && text[i - 1] <= U'Z';
    while (begin > 0 && i - begin < 12 &&
           (katakana ? is_katakana(text[begin - 1]) : (text[begin - 1] >= U'A' && text[begin - 1] <= U'Z'))) {
      --begin;
    }
    if ((!katakana && !capitals) || i - begin < 2 || (begin > 0 && (is_kanji(text[begin - 1]) || is_ascii_letter(text[begin - 1])))) {
      continue;
    }
    const std::u32string_view name = text.substr(begin, i - begin);
    const Lexicon& lex = lexicon();
    if (lex.platforms.contains(name) || lex.generic_terms.contains(name) || is_anonymised_name(name)) continue;
    add_finding(out, begin, i, FindingKind::kCompany, short_name ? Severity::kError : Severity::kWarning);
  }
}

namespace {
// The readers of a name by its characters and the shape test, defined below with the rules
// that use them most.
constexpr size_t kMaxNameRun = 16;
size_t name_run_begin(std::u32string_view text, size_t end);
size_t name_run_end(std::u32string_view text, size_t begin, size_t max_length);
bool shaped_like_a_firm(std::u32string_view text, const std::vector<Morpheme>& words, size_t begin, size_t end);

// Adds a name of two Latin words or more starting at `begin` after a relation (光学機器メーカー
// のMinowa Optics, 取引先である Pacific Sake Trading): MeCab reads each word apart, and the
// name is all of them. Returns false if no such name starts there.
bool add_if_latin_words(std::u32string_view text, size_t begin, std::vector<Finding>& out) {
  if (!(at(text, begin) >= U'A' && at(text, begin) <= U'Z')) return false;
  // The Latin words and the blanks, dots and & between them (Lumen & Fold); a name that
  // goes on in Japanese (…Singaporeの個人旅行) ends where the letters do.
  size_t end = begin;
  while (end < text.size() && end - begin < 40 &&
         (is_ascii_letter(text[end]) || text[end] == U'.' || text[end] == U'&' || text[end] == U'\'' ||
          (text[end] == U' ' && (is_ascii_letter(at(text, end + 1)) || at(text, end + 1) == U'&')))) {
    ++end;
  }
  while (end > begin && (text[end - 1] == U' ' || text[end - 1] == U'.')) --end;
  const std::u32string_view name = text.substr(begin, end - begin);
  if (name.find(U' ') == std::u32string_view::npos || is_ascii_letter(at(text, end)) || is_ascii_digit(at(text, end))) return false;
  add_finding(out, begin, end, FindingKind::kCompany, Severity::kError);
  return true;
}

// True if the line holding `position` is a Markdown table's header: the next line is the
// row of dashes under it (|---|:---|).
bool is_table_header_row(std::u32string_view text, size_t position) {
  const size_t line_end = text.find(U'\n', position);
  if (line_end == std::u32string_view::npos || at(text, line_end + 1) != U'|') return false;
  size_t next_end = text.find(U'\n', line_end + 1);
  if (next_end == std::u32string_view::npos) next_end = text.size();
  const std::u32string_view next = text.substr(line_end + 1, next_end - line_end - 1);
  return next.find(U'-') != std::u32string_view::npos &&
         all_of(next, [](char32_t c) { return c == U'|' || c == U'-' || c == U':' || c == U' '; });
}

// True if `name` is of the shapes MeCab reads wrongly, so that only its characters tell a
// name: coined kana other than a joining の (みらい共創キャピタル), or Latin words (Minowa
// Optics). Other runs are judged by their words.
bool read_only_by_characters(std::u32string_view name) {
  size_t kana = 0;
  for (size_t p = 0; p < name.size(); ++p) kana += is_hiragana(name[p]) && name[p] != U'の' ? 1 : 0;
  // (を, が and は join a clause's parts, not a name's: 流れをくむ.)
  if (name.find_first_of(U"をがは") != std::u32string_view::npos) return false;
  const bool latin_words = name.find(U' ') != std::u32string_view::npos && is_ascii_letter(name.front());
  return kana >= 2 || latin_words;
}
}  // namespace

// A firm called by its 屋号 mark alone, as people in a trade call one another (カネタは3期
// ぶりに黒字, マルカネの注文受付, マルトクさん): a katakana word of three to five letters that
// starts with a mark and that the dictionary does not know (or cuts after the mark: マル|
// カネ), standing as a noun before a particle or さん. Known words (マルシェ, ヤマメ) are none.
void find_yagou_mark_names(std::u32string_view text, const std::vector<Morpheme>& words, std::vector<Finding>& out) {
  const WordIndex index(&words);
  for (size_t i = 0; i < text.size(); ++i) {
    if (!(text[i] == U'マ' || text[i] == U'ヤ' || text[i] == U'カ') || (i > 0 && (is_katakana(text[i - 1]) || text[i - 1] == U'ー'))) {
      continue;
    }
    size_t end = i;
    while (end < text.size() && is_katakana(text[end])) ++end;
    const std::u32string_view name = text.substr(i, end - i);
    if (name.size() < 3 || name.size() > 5 || at(text, end) == U'ー' || !is_yagou_mark(name)) continue;
    const char32_t after = at(text, end);
    if (std::u32string_view(U"はのがをにとでへや、").find(after) == std::u32string_view::npos && !starts_with(text, end, U"さん")) continue;
    if (i > 0 && (text[i - 1] == U'「' || text[i - 1] == U'『')) continue;  // the quote rules read quotes
    const long k = index.starting_at(i);
    if (k < 0) continue;
    const bool unknown_word = words[k].end == end && words[k].unknown;
    const bool cut_after_mark = words[k].end == i + 2 && words[k].end < end;
    if (!unknown_word && !cut_after_mark) continue;
    const Lexicon& lex = lexicon();
    if (lex.generic_terms.contains(name) || lex.platforms.contains(name) || lex.public_names.contains(name)) continue;
    add_finding(out, i, end, FindingKind::kCompany, Severity::kWarning);
    i = end;
  }
}

void find_partner_firms(std::u32string_view text, const std::vector<Morpheme>& words, std::vector<Finding>& out) {
  find_short_names(text, out);
  if (words.empty()) return;
  find_yagou_mark_names(text, words, out);
  const WordIndex index(&words);
  const TermMatcher& relations = relation_words();
  for (size_t i = 0; i < text.size(); ++i) {
    int tag = 0;
    const size_t length = relations.match_at(text, i, &tag);
    if (length == 0) continue;
    // A kind of firm, then its name: 冷凍食品メーカーの秩父フローズン.
    if (tag == kRelationKind) {
      const size_t after = i + length;
      if (index.ending_at(after) < 0) continue;
      for (std::u32string_view joiner : kKindJoiners) {
        if (!starts_with(text, after, joiner)) continue;
        const long k = index.starting_at(after + joiner.size());
        if (k < 0) continue;
        // (A share of the kind is no name: 業者のおよそ七割, 業者の約半数.)
        const bool prefix_of_a_share =
            words[k].pos == PartOfSpeech::kPrefix && k + 1 < static_cast<long>(words.size()) &&
            (words[k + 1].noun == NounKind::kNumber ||
             text.substr(words[k + 1].begin, words[k + 1].end - words[k + 1].begin) == U"半数");
        if (words[k].noun == NounKind::kNumber || prefix_of_a_share) break;
        const long last = run_forward(text, words, k);
        // After a comma the kind may be one item of a list of kinds: what it finds is for
        // review (ITベンダー、ゆけむりシステムズ).
        const size_t found_before = out.size();
        const auto for_review_after_comma = [&] {
          if (joiner != U"、") return;
          for (size_t f = found_before; f < out.size(); ++f) out[f].severity = Severity::kWarning;
        };
        if (add_if_latin_words(text, words[k].begin, out)) {
          for_review_after_comma();
          break;
        }
        // Katakana words joined by a dot (アパレル会社ブルーリバー・デニム): a coined name.
        {
          const size_t begin = after + joiner.size();
          size_t end = begin;
          bool dot = false;
          while (end < text.size() && end - begin < 16 && (is_katakana(text[end]) || text[end] == U'ー' ||
                                                           (text[end] == U'・' && end > begin && is_katakana(at(text, end + 1))))) {
            dot = dot || text[end] == U'・';
            ++end;
          }
          if (dot && end - begin >= 5 && !is_katakana(at(text, end)) && !is_kanji(at(text, end))) {
            add_finding(out, begin, end, FindingKind::kCompany, Severity::kWarning);
            break;
          }
        }
        if (!is_one_persons_name(words, k, last) && !add_if_name(text, words, k, last, out) &&
            add_if_kana_name(text, after + joiner.size(), out) == after + joiner.size()) {
          // Else the name by its shape alone, read by characters (光学機器メーカーのMinowa Optics).
          const size_t begin = after + joiner.size();
          const size_t end = name_run_end(text, begin, kMaxNameRun);
          if (end > begin && read_only_by_characters(text.substr(begin, end - begin)) &&
              shaped_like_a_firm(text, words, begin, end)) {
            add_finding(out, begin, end, FindingKind::kCompany, Severity::kWarning);
          }
        }
        for_review_after_comma();
        break;
      }
      i = after - 1;
      continue;
    }
    // Relation word, then the name: 大口顧客である九州メディカル開発, 主な納め先はA、B、C.
    if (tag == kRelationBefore) {
      const size_t after = i + length;
      // The relation word must end a word (取引先 of 取引先数 is none).
      if (index.ending_at(after) < 0) continue;
      for (std::u32string_view joiner : kJoiners) {
        if (!starts_with(text, after, joiner)) continue;
        // (A table's header row names its columns, not firms: | 出荷先 | kg単価 |.)
        if (joiner.find(U'|') != std::u32string_view::npos && is_table_header_row(text, after)) break;
        long k = index.starting_at(after + joiner.size());
        if (k < 0) continue;
        // A legal form before the name is the company rule's (㈱関東フレッシュデリカ): the
        // list starts after it.
        const auto after_form = [&](size_t p) {
          const size_t form = lexicon().company_forms.match_at(text, p);
          return p + form;
        };
        if (const size_t past = after_form(after + joiner.size()); past != after + joiner.size()) {
          k = index.starting_at(past);
          if (k < 0) break;
        }
        long last = run_forward(text, words, k);
        // The names of a list go on after 、, と or や, each with or without its legal form:
        // ミツワ商会、東海ホームセンター; スズミ自動車部品㈱、（株）遠州ダイカスト、天竜スプリング.
        // An item that is no name (スズミ|自動車部品 starts with a word MeCab cuts) does not
        // end the list; each item is judged by itself. A coined kana name is read by
        // characters (ひむか住建, ひたち霊園開発).
        const auto kana_item = [&](long item) {
          const size_t kana_end = add_if_kana_name(text, words[item].begin, out);
          if (kana_end == words[item].begin) return item - 1;
          long m = item;
          while (m + 1 < static_cast<long>(words.size()) && words[m].end < kana_end) ++m;
          return words[m].end == kana_end ? m : item - 1;
        };
        for (int items = 0; items < 8; ++items) {
          if (add_if_latin_words(text, words[k].begin, out)) {
            long m = k;
            while (m + 1 < static_cast<long>(words.size()) && words[m + 1].begin < out.back().end) ++m;
            last = m;
          } else if (last < k || !add_if_name(text, words, k, last, out)) {
            const long kana_last = kana_item(k);
            if (kana_last >= k) {
              last = kana_last;
            } else {
              // Else the name by its shape alone (出資元のみらい共創キャピタル, Minowa Optics), as
              // when MeCab starts no name at its first word (上|毛ハウジング: 上 read as "above").
              const size_t begin = words[k].begin;
              const size_t end = name_run_end(text, begin, kMaxNameRun);
              if (end > begin && (read_only_by_characters(text.substr(begin, end - begin)) || last < k) &&
                  shaped_like_a_firm(text, words, begin, end)) {
                add_finding(out, begin, end, FindingKind::kCompany, Severity::kWarning);
                long m = k;
                while (m + 1 < static_cast<long>(words.size()) && words[m].end < end) ++m;
                if (words[m].end == end) last = m;
              }
            }
          }
          if (last < k) break;
          const size_t joint = after_form(words[last].end);
          if (joint >= text.size() || !(text[joint] == U'、' || text[joint] == U'と' || text[joint] == U'や')) break;
          const size_t next_begin = after_form(joint + 1);
          k = index.starting_at(next_begin);
          if (k < 0) break;
          last = run_forward(text, words, k);
        }
        break;
      }
      i = after - 1;
      continue;
    }
    // The name, then a relation word: 甲府興産の子会社, 安芸グラフィックで営業を.
    const long k = index.ending_at(i);
    if (k < 0) continue;
    const long first = run_backward(text, words, k);
    if ((tag == kRelationAfterFirmOnly || tag == kRelationAfterShapedFirm) && first <= k && is_one_persons_name(words, first, k)) continue;
    // A market is said with 向け too, often in a loanword IPAdic lacks (ワーケーション向け,
    // インバウンド向け): one katakana word before it is a customer only as 屋号 or surname.
    if (text.compare(i, 2, U"向け") == 0 && first == k &&
        all_of(text.substr(words[k].begin, words[k].end - words[k].begin), [](char32_t c) { return is_katakana(c) || c == U'ー'; })) {
      continue;
    }
    // Goods of a region are made "for" a use too (信州そば向け, 名古屋めし向け): after a
    // region, only a firm's suffix makes the run a customer.
    if (tag == kRelationAfterFirmOnly && first <= k && text.compare(i, 2, U"向け") == 0 &&
        (is_province_start(text, words, first) || name_start(text, words[first]) == NameStart::kRegion)) {
      const std::u32string_view run = text.substr(words[first].begin, words[k].end - words[first].begin);
      if (lexicon().company_suffixes.match_ending_at(run, run.size()) == 0) continue;
    }
    // Latin words over blanks before it (Pacific Sake Trading経由で): MeCab reads each apart.
    if (first <= k && is_ascii_letter(text[words[first].begin]) && words[first].begin >= 2 && text[words[first].begin - 1] == U' ' &&
        is_ascii_letter(text[words[first].begin - 2])) {
      size_t begin = words[first].begin;
      while (begin >= 2 && text[begin - 1] == U' ' && is_ascii_letter(text[begin - 2])) {
        begin -= 1;
        while (begin > 0 && (is_ascii_letter(text[begin - 1]) || text[begin - 1] == U'.' || text[begin - 1] == U'&')) --begin;
      }
      const std::u32string_view latin = text.substr(begin, words[k].end - begin);
      if (text[begin] >= U'A' && text[begin] <= U'Z' &&
          all_of(latin, [](char32_t c) { return is_ascii_letter(c) || c == U' ' || c == U'.' || c == U'&'; })) {
        add_finding(out, begin, words[k].end, FindingKind::kCompany, Severity::kError);
        continue;
      }
    }
    // The firm's own (自社ブランド向け, 当社製品向け) is no partner.
    if (first <= k) {
      bool own = false;
      for (std::u32string_view self : {U"自社", U"当社", U"弊社", U"同社", U"自店", U"当店", U"同店"}) {
        own = own || starts_with(text, words[first].begin, self);
      }
      if (own) continue;
    }
    if (tag != kRelationAfterShapedFirm && add_if_name(text, words, first, k, out)) continue;
    // MeCab cuts coined kana anywhere (ゆけ|むり|システムズ, いわて|リース): the name is then
    // read by characters back from the relation, and judged by its shape alone (a warning).
    const size_t begin = name_run_begin(text, i);
    const std::u32string_view name = text.substr(begin, i - begin);
    const bool cut_kana = std::any_of(name.begin(), name.end(), [](char32_t c) { return is_hiragana(c); });
    if (begin < i && (cut_kana || tag == kRelationAfterShapedFirm) && shaped_like_a_firm(text, words, begin, i) &&
        !(tag == kRelationAfterFirmOnly && first <= k && words[first].begin == begin && is_one_persons_name(words, first, k))) {
      add_finding(out, begin, i, FindingKind::kCompany, Severity::kWarning);
    }
  }
}

namespace {

// True if c can be part of a firm's name as written (not hiragana: kana runs are judged apart).
bool is_firm_name_character(char32_t c) {
  return is_kanji(c) || is_katakana(c) || is_ascii_letter(c) || is_ascii_digit(c) || c == U'・' || c == U'ー' ||
         c == U'ヶ' || c == U'々' || c == U'&';
}

// Words of a sentence that say what a firm is or does (the copula too, unless `strict`).
bool describes_a_firm(std::u32string_view sentence, bool strict) {
  for (std::u32string_view w : {U"従業員", U"社員", U"職人", U"名の", U"営む", U"営み", U"営んで", U"会社", U"工場", U"メーカー",
                                U"企業", U"事業者", U"創業", U"設立", U"製造", U"作る", U"手がけ", U"手掛け", U"経営", U"運営",
                                U"専門", U"の店", U"製材所", U"技工所", U"醸造所"}) {
    if (sentence.find(w) != std::u32string_view::npos) return true;
  }
  if (strict) return false;
  return sentence.find(U"である") != std::u32string_view::npos || sentence.find(U"です") != std::u32string_view::npos;
}

// Start of the name that ends at `end`, read by characters back to the nearest comma,
// bracket, blank or particle (灘ミリング in 小麦粉は灘ミリング), then over coined kana a
// particle's letter stopped it in (三宮の|いそや百貨店: や is the name's). Returns `end` if
// the kana that would start it read as a verb's or a particle's (という工務店).
size_t name_run_begin(std::u32string_view text, size_t end) {
  size_t begin = end;
  while (begin > 0 && end - begin < kMaxNameRun &&
         std::u32string_view(U"「『（(、。\n ・:：|のはがをにでともへや").find(text[begin - 1]) == std::u32string_view::npos) {
    --begin;
  }
  size_t kana = begin;
  while (kana > 0 && begin - kana < 6 && is_hiragana(text[kana - 1]) &&
         std::u32string_view(U"のはがをにでとも").find(text[kana - 1]) == std::u32string_view::npos) {
    --kana;
  }
  // (The kana end in the letter that stopped the run, so や there is no particle.)
  // An honorific before や is a person's (佐藤さんや花屋さん).
  const std::u32string_view kana_run = text.substr(kana, begin - kana);
  if (kana_run.find(U"さん") != std::u32string_view::npos || kana_run.find(U"ちゃん") != std::u32string_view::npos ||
      kana_run.find(U"さま") != std::u32string_view::npos) {
    kana = begin;
  }
  const bool ends_in_stop = kana < begin && text[begin - 1] == U'や' && begin - kana >= 3;
  if (kana < begin && begin - kana >= 2 && (ends_in_stop || !ends_like_grammar(text.substr(kana, begin - kana))) &&
      (kana == 0 || !is_hiragana(text[kana - 1]) || text[kana - 1] == U'の')) {
    begin = kana;
    if (ends_in_stop) return begin;
  }
  size_t leading_kana = begin;
  while (leading_kana < end && is_hiragana(text[leading_kana])) ++leading_kana;
  // (Nor an adverb's kana: これまでどおり|吾妻交通に任せ.)
  const std::u32string_view leading = text.substr(begin, leading_kana - begin);
  bool adverb = false;
  for (std::u32string_view w : {U"どおり", U"とおり", U"ごと", U"まま", U"ころ", U"ぶり", U"くらい", U"ぐらい", U"ばかり", U"なり"}) {
    adverb = adverb || leading == w;
  }
  if (leading_kana > begin && (leading_kana - begin < 2 || adverb || ends_like_grammar(leading))) {
    return end;
  }
  return begin;
}

// End of the name that starts at `begin`: name characters, Latin words over single blanks
// (Pacific Sake Trading), and coined kana inside (讃岐わさんぼ堂, みやぎ浜の恵み協同組合), not
// a verb's ending or a particle (変えなかった, 山田工務店と).
size_t name_run_end(std::u32string_view text, size_t begin, size_t max_length) {
  size_t end = begin;
  while (end < text.size() && end - begin < max_length) {
    if (is_firm_name_character(text[end])) {
      ++end;
      continue;
    }
    if (text[end] == U' ' && end > begin && is_ascii_letter(text[end - 1]) && is_ascii_letter(at(text, end + 1))) {
      ++end;
      continue;
    }
    size_t kana_end = end;
    while (kana_end < text.size() && is_hiragana(text[kana_end])) ++kana_end;
    const std::u32string_view kana = text.substr(end, kana_end - end);
    // (A name may hold の between its words: 浜の恵み, 杜の都.)
    const bool joining_no = kana == U"の" && end > begin && is_firm_name_character(at(text, kana_end));
    if (kana_end == end || (!joining_no && (kana.size() < 2 || ends_like_grammar(kana))) ||
        !is_firm_name_character(at(text, kana_end))) {
      break;
    }
    end = kana_end;
  }
  return end;
}

// True if the kanji [begin, end) read as a name: a word the dictionary knows as a proper
// noun or does not know, a common word firms take as a name (北斗, 関越), or two kanji it
// reads one by one (周|南). 食品, 洋菓子 and 温泉 are common words: before a kind of firm
// they say the kind.
bool kanji_read_as_a_name(std::u32string_view text, const std::vector<Morpheme>& words, size_t begin, size_t end) {
  auto it = std::lower_bound(words.begin(), words.end(), begin, [](const Morpheme& w, size_t p) { return w.end <= p; });
  int pieces = 0;
  const Lexicon& lex = lexicon();
  for (; it != words.end() && it->begin < end; ++it) {
    if (it->unknown || (it->noun == NounKind::kProper && !(it->proper == ProperKind::kPlace && it->name == NameKind::kCountry)) ||
        is_place_word(text, *it) ||
        (it->noun != NounKind::kSuffix && lex.name_words.contains(text.substr(it->begin, it->end - it->begin)))) {
      return true;
    }
    // (A number and its counter are no name's pieces: 一|次サプライヤー.)
    pieces += it->end - it->begin == 1 && it->noun != NounKind::kNumber && it->noun != NounKind::kSuffix ? 1 : 0;
  }
  return pieces >= 2 && end - begin == static_cast<size_t>(pieces);
}

// True if text [begin, end) is shaped as a firm's name by itself: a name and a firm's
// suffix (関越運輸, しおかぜ水産加工), a cooperative (れいほく森林組合), a name and a katakana
// word of trade (日向ウッドライン, いわてリース), a coined kana name and a workshop's ending
// (ちゃたんリフォーム工房), or Latin words (Pacific Sake Trading). A kanji part before the
// ending must read as a name (食品メーカー, 洋菓子店 say a kind).
bool shaped_like_a_firm(std::u32string_view text, const std::vector<Morpheme>& words, size_t begin, size_t end) {
  const Lexicon& lex = lexicon();
  const std::u32string_view name = text.substr(begin, end - begin);
  if (name.size() < 3 || is_anonymised_name(name) || lex.generic_terms.contains(name) || lex.vocabulary.contains(name) ||
      lex.public_names.contains(name) || lex.platforms.contains(name)) {
    return false;
  }
  // It starts a word, and no particle's (問屋|を通じて|百貨店: 通 is inside one).
  auto first_word = std::lower_bound(words.begin(), words.end(), begin,
                                     [](const Morpheme& w, size_t position) { return w.end <= position; });
  if (first_word != words.end() && first_word->begin <= begin &&
      (first_word->begin < begin || first_word->pos == PartOfSpeech::kParticle)) {
    return false;
  }
  // A public body of a prefecture or a city (静岡県工業技術研究所, 宇部市観光協会) is none.
  for (std::u32string_view unit : {U"県", U"府", U"都", U"市"}) {
    const size_t at_unit = name.find(unit);
    if (at_unit != std::u32string_view::npos && at_unit >= 2 && at_unit <= 4 &&
        lex.prefectures.contains(name.substr(0, at_unit + 1))) {
      return false;
    }
    if (unit == U"市" && at_unit != std::u32string_view::npos && at_unit >= 1 && at_unit <= 4 &&
        all_of(name.substr(0, at_unit), is_kanji) && at(name, at_unit + 1) != U'場') {
      return false;
    }
  }
  // Kana right after a kanji that MeCab reads as its verb's or adjective's ending (通じて,
  // 若いころ) make the run prose, not a name.
  for (size_t p = 1; p < name.size(); ++p) {
    if (!is_hiragana(name[p]) || !is_kanji(name[p - 1])) continue;
    auto it = std::lower_bound(words.begin(), words.end(), begin + p - 1,
                               [](const Morpheme& w, size_t position) { return w.end <= position; });
    if (it != words.end() && it->begin <= begin + p - 1 && it->end > begin + p &&
        (it->pos == PartOfSpeech::kVerb || it->pos == PartOfSpeech::kAdjective)) {
      return false;
    }
  }
  const auto named_head = [&](size_t head_end) {
    const std::u32string_view head = name.substr(0, head_end);
    if (head.empty() || says_which_firm(head)) return false;
    if (all_of(head, is_kanji)) return kanji_read_as_a_name(text, words, begin, begin + head_end);
    return true;
  };
  size_t suffix = lex.company_suffixes.match_ending_at(name, name.size());
  for (std::u32string_view cooperative : {U"協同組合", U"森林組合", U"生産組合"}) {
    if (suffix == 0 && ends_with(name, cooperative)) suffix = cooperative.size();
  }
  if (suffix > 0) return suffix < name.size() && named_head(name.size() - suffix);
  // A shop's or workshop's ending after coined kana (ちゃたんリフォーム工房, まきのはら製茶工場):
  // after kanji alone it is as often the kind (家具工房).
  size_t weak = lex.weak_company_suffixes.match_ending_at(name, name.size());
  if (weak == 0 && ends_with(name, U"工場")) weak = 2;
  if (weak > 0 && weak < name.size()) {
    // (Coined kana: katakana before 屋 or 工房 is as often a trade, パスタ屋, レンタル屋.)
    size_t kana = 0;
    for (char32_t c : name.substr(0, name.size() - weak)) kana += is_hiragana(c) ? 1 : 0;
    // (A trade in kana is the kind: うどん屋さん, せんべい屋さん.)
    if (lex.trades.contains(name.substr(0, name.size() - weak))) return false;
    return kana >= 3 && named_head(name.size() - weak);
  }
  size_t katakana = name.size();
  while (katakana > 0 && (is_katakana(name[katakana - 1]) || name[katakana - 1] == U'ー')) --katakana;
  if (name.size() - katakana >= 3 && katakana >= 1) {
    const std::u32string_view head = name.substr(0, katakana);
    // (Coined kana and kanji before it, みらい共創|キャピタル, are a name too.)
    const bool kanji_or_kana = all_of(head, [](char32_t c) { return is_kanji(c) || is_hiragana(c); });
    const auto hiragana = std::count_if(head.begin(), head.end(), is_hiragana);
    return (all_of(head, is_kanji) || (kanji_or_kana && hiragana >= 2)) && named_head(katakana);
  }
  return name.find(U' ') != std::u32string_view::npos && name[0] >= U'A' && name[0] <= U'Z' &&
         all_of(name, [](char32_t c) { return is_ascii_letter(c) || c == U' ' || c == U'.' || c == U'&'; });
}

}  // namespace

void find_lenders_by_name(std::u32string_view text, std::vector<Finding>& out) {
  // The bank the firm borrows from, by its name (メインバンクのしまね中央信用金庫と協議し,
  // 利根沼田信用組合の融資と): banks stay public as supporters, but the one that lends to the
  // firm narrows it down, so a sentence about lending makes its name a warning.
  for (std::u32string_view bank : {U"銀行", U"信用金庫", U"信用組合", U"信金", U"信組"}) {
    for (size_t at_bank = text.find(bank); at_bank != std::u32string_view::npos; at_bank = text.find(bank, at_bank + 1)) {
      const size_t end = at_bank + bank.size();
      if (is_kanji(at(text, end)) && !starts_with(text, end, U"の") ) continue;  // 銀行員, 信用金庫法
      // (The lending context is strong: the name runs back to the nearest particle or mark,
      // kana and all: しまね中央信用金庫.)
      size_t begin = at_bank;
      while (begin > 0 && at_bank - begin < 12 &&
             std::u32string_view(U"「『（(、。\n ・:：|のはがをにでともへや").find(text[begin - 1]) == std::u32string_view::npos) {
        --begin;
      }
      if (end - begin < bank.size() + 2) continue;
      const std::u32string_view head = text.substr(begin, at_bank - begin);
      // (Kana that end a verb before it say which bank, not its name: 取引のある信用金庫.)
      if (says_which_firm(head) || is_anonymised_name(head) || (all_of(head, is_hiragana) && ends_like_grammar(head))) continue;
      size_t sentence = begin;
      while (sentence > 0 && begin - sentence < 40 && text[sentence - 1] != U'。' && text[sentence - 1] != U'\n') --sentence;
      size_t sentence_end = end;
      while (sentence_end < text.size() && sentence_end - end < 40 && text[sentence_end] != U'。' && text[sentence_end] != U'\n') {
        ++sentence_end;
      }
      const std::u32string_view sentence_text = text.substr(sentence, sentence_end - sentence);
      bool lending = false;
      for (std::u32string_view w : {U"メインバンク", U"取引銀行", U"主力銀行", U"主力行", U"融資", U"借入", U"借り入れ", U"借り換え",
                                    U"資金繰り", U"返済", U"リスケ", U"貸付", U"与信"}) {
        lending = lending || sentence_text.find(w) != std::u32string_view::npos;
      }
      if (!lending) continue;
      Finding& finding = add_finding(out, begin, end, FindingKind::kCompany, Severity::kWarning);
      finding.detail = kDetailLender;
    }
  }
}

void find_firms_in_table_cells(std::u32string_view text, const std::vector<Morpheme>& words, std::vector<Finding>& out) {
  // A table of partners or customers names them alone in a cell (| 肥後ハウジング | 18% |):
  // a cell that is wholly shaped like a firm's name is one (a warning).
  for (const auto& row : markdown_table_rows(text)) {
    for (const auto& [begin, end] : row) {
      if (end - begin >= 3 && end - begin <= kMaxNameRun && name_run_end(text, begin, kMaxNameRun) == end &&
          shaped_like_a_firm(text, words, begin, end)) {
        add_finding(out, begin, end, FindingKind::kCompany, Severity::kWarning);
      }
    }
  }
}

void find_firms_by_shape(std::u32string_view text, const std::vector<Morpheme>& words, std::vector<Finding>& out) {
  const Lexicon& lex = lexicon();
  const WordIndex index(&words);
  // (A person found at its start is the family the firm is named after: 森山|刃物製作所.)
  std::vector<std::pair<size_t, size_t>> found;
  for (const Finding& f : out) {
    if (f.kind == FindingKind::kCompany || f.kind == FindingKind::kShop) found.emplace_back(f.begin, f.end);
  }
  // A suffix starts one of MeCab's words: only word starts are tried.
  for (const Morpheme& word : words) {
    const size_t i = word.begin;
    if (i == 0) continue;
    int tag = kSuffixAfterAny;
    const size_t length = lex.company_suffixes.match_at(text, i, &tag);
    if (length == 0) continue;
    // (A katakana suffix after katakana ends a loanword as often, クラウドサービス: only after
    // a place and a word of trade, 甲府データサービス, is it read below.)
    const bool after_katakana = tag == kSuffixAfterKanji && !is_kanji(text[i - 1]);
    const size_t end = i + length;
    // The suffix ends the word (工業高校, 出版社 go on) and starts one of MeCab's.
    if (is_kanji(at(text, end)) || is_katakana(at(text, end)) || lex.not_after_company_suffix.match_at(text, end) > 0) {
      continue;
    }
    const size_t begin = name_run_begin(text, end);
    if (begin >= i || std::any_of(found.begin(), found.end(), [&](const auto& f) { return f.first < end && begin < f.second; })) {
      continue;
    }
    // A place or a name first, then at least one word of trade before the suffix.
    const long first = index.starting_at(begin);
    const long last = index.ending_at(i);
    if (first < 0 || last < first || (last == first && !lex.firm_only_suffixes.contains(text.substr(i, length)))) continue;
    const Morpheme& head = words[first];
    const std::u32string_view head_text = text.substr(head.begin, head.end - head.begin);
    const bool place = is_place_word(text, head);
    // (Before a suffix only firms take, 商事 or 物産, a kanji word of two or more heads a
    // name too: 北上商事, though IPAdic reads 北上 as a verbal noun.)
    const bool firm_only = lex.firm_only_suffixes.contains(text.substr(i, length));
    // (Not a kind of firm: 総合商事, 専門商社.)
    bool kind_of_firm = false;
    for (std::u32string_view kind : {U"総合", U"専門", U"大手", U"中堅", U"地場", U"老舗", U"中小", U"零細", U"新興", U"地元"}) {
      kind_of_firm = kind_of_firm || head_text == kind;
    }
    const bool kanji_head = firm_only && head_text.size() >= 2 && all_of(head_text, is_kanji) && !kind_of_firm &&
                            (head.noun == NounKind::kVerbal || head.noun == NounKind::kGeneral);
    const bool named = place || kanji_head || lex.name_words.contains(head_text) ||
                       (head.noun == NounKind::kProper && head_text.size() >= 2);
    if (!named || says_which_firm(head_text) || (place && names_an_industry(text.substr(i, length)))) continue;
    if (after_katakana && !place) continue;
    // (The words between are nouns of trade, not a clause: 京都で|出版; nor a country MeCab
    // reads in a word, 加|工業 for 加工業.)
    bool trade_words = true;
    // (A suffix only firms take needs no word of trade between: 丸太町|染工 may be an
    // industry, 北上|商事 is a firm.)
    if (firm_only && last == first) {
      if (!shaped_like_a_firm(text, words, begin, end) && !kanji_head) continue;
      add_finding(out, begin, end, FindingKind::kCompany, Severity::kWarning);
      found.emplace_back(begin, end);
      continue;
    }
    for (long m = first + 1; m <= last; ++m) {
      trade_words = trade_words && words[m].pos == PartOfSpeech::kNoun && words[m].noun != NounKind::kNumber &&
                    words[m].noun != NounKind::kSuffix &&
                    !(words[m].proper == ProperKind::kPlace && words[m].name == NameKind::kCountry);
    }
    if (!trade_words || !shaped_like_a_firm(text, words, begin, end)) continue;
    add_finding(out, begin, end, FindingKind::kCompany, Severity::kWarning);
    found.emplace_back(begin, end);
  }
}

void find_firms_listed_with_found_ones(std::u32string_view text, const std::vector<Morpheme>& words,
                                       std::vector<Finding>& out) {
  find_firms_in_table_cells(text, words, out);
  find_lenders_by_name(text, out);
  // A list joins like with like: the items beside a firm's name (豊和オートパーツ、中京電装
  // といった; 阿波和三盆糖業や神山すだち生産組合と) are firms too when they are shaped like one.
  // Each new item may lead to the next. A reviewer tells (a warning).
  std::vector<std::pair<size_t, size_t>> items;
  for (const Finding& f : out) {
    if (f.kind == FindingKind::kCompany) items.emplace_back(f.begin, f.end);
  }
  const auto known = [&](size_t b, size_t e) {
    return std::any_of(items.begin(), items.end(), [&](const auto& item) { return item.first < e && b < item.second; });
  };
  for (size_t n = 0; n < items.size() && n < 64; ++n) {
    const auto [begin, end] = items[n];
    // The next item: after 、 or や (and a legal form before it).
    if (end < text.size() && (text[end] == U'、' || text[end] == U'や')) {
      size_t next = end + 1;
      next += lexicon().company_forms.match_at(text, next);
      const size_t next_end = name_run_end(text, next, kMaxNameRun);
      if (next_end > next && !known(next, next_end) && shaped_like_a_firm(text, words, next, next_end)) {
        add_finding(out, next, next_end, FindingKind::kCompany, Severity::kWarning);
        items.emplace_back(next, next_end);
      }
    }
    // The item before: ending in 、 or や right before this one.
    if (begin >= 2 && (text[begin - 1] == U'、' || text[begin - 1] == U'や')) {
      const size_t before_end = begin - 1;
      const size_t before = name_run_begin(text, before_end);
      if (before < before_end && !known(before, before_end) && shaped_like_a_firm(text, words, before, before_end)) {
        add_finding(out, before, before_end, FindingKind::kCompany, Severity::kWarning);
        items.emplace_back(before, before_end);
      }
    }
  }
}

void find_firms_as_topic(std::u32string_view text, const std::vector<Morpheme>& words, std::vector<Finding>& out) {
  const Lexicon& lex = lexicon();
  const WordIndex index(&words);
  constexpr size_t kMaxTopic = kMaxNameRun;
  // 社名は富士五湖トラベルバス。, 運営会社は讃岐和三宝堂という, | 社名 | Softrail |, 英文社名
  // Corvane: a name said as the name, bare (a quoted one is the quote rule's).
  // (One pass over the text for the six words, by their first character.)
  for (size_t k = 0; k + 1 < text.size(); ++k) {
    std::u32string_view found_word;
    switch (text[k]) {
      case U'社': found_word = U"社名"; break;
      case U'運': found_word = U"運営会社"; break;
      case U'商': found_word = U"商号"; break;
      case U'法': found_word = U"法人名"; break;
      case U'正': found_word = U"正式"; break;
      case U'表': found_word = U"表記"; break;
      default: continue;
    }
    if (!starts_with(text, k, found_word)) continue;
    {
      // (正式 is searched once for 正式名称 and 正式には, 表記 once for 英字表記, 英文表記 …)
      std::u32string_view keyword = found_word;
      if (found_word == U"正式") {
        if (starts_with(text, k, U"正式名称")) keyword = U"正式名称";
        else if (starts_with(text, k, U"正式には")) keyword = U"正式には";
        else continue;
      }
      if (found_word == U"表記") {
        bool latin_form = false;
        for (std::u32string_view script : {U"英字", U"英文", U"英語", U"ローマ字"}) {
          latin_form = latin_form || ends_with(text.substr(0, k), script);
        }
        if (!latin_form) continue;
      }
      size_t begin = k + keyword.size();
      // What joins the name: は, a colon, a blank, or a table's cell wall.
      bool joined = false;
      // (社名の Kotovia: の before a name that stands by itself; 正式にはセキグチ自動車だが: the
      // keyword ends in its own は.)
      for (std::u32string_view joiner : {U"は ", U"は", U" | ", U" |", U"| ", U"|", U": ", U":", U" ", U"の"}) {
        if (!joined && starts_with(text, begin, joiner)) {
          begin += joiner.size();
          joined = true;
        }
      }
      joined = joined || keyword.back() == U'は';
      if (!joined) continue;
      // (The script it is written in may come first: 社名はカタカナでクライス、.)
      for (std::u32string_view script : {U"カタカナで", U"英字で", U"ローマ字で", U"ひらがなで", U"漢字で"}) {
        if (starts_with(text, begin, script) && !starts_with(text, begin + script.size(), U"「") &&
            !starts_with(text, begin + script.size(), U"『")) {
          begin += script.size();
          if (at(text, begin) == U' ') ++begin;
          break;
        }
      }
      // (Latin words run longer: Kansai Backpackers Network.)
      size_t end = name_run_end(text, begin, is_ascii_letter(at(text, begin)) ? 40 : 24);
      // (A kana name before a firm's ending runs over both: 社名はあだたら不動産.)
      if (end == begin && is_hiragana(at(text, begin))) {
        size_t kana = begin;
        while (kana < text.size() && kana - begin < 8 && is_hiragana(text[kana])) ++kana;
        const size_t run = name_run_end(text, kana, 12);
        if (kana - begin >= 2 && run > kana && lex.company_suffixes.match_ending_at(text.substr(0, run), run) > 0) end = run;
      }
      const std::u32string_view name = text.substr(begin, end - begin);
      const char32_t after = at(text, end);
      const bool said = after == U'。' || after == U'、' || after == U'\n' || after == U'\0' || after == U'（' ||
                        after == U'(' || after == U'）' || after == U')' || after == U'|' || after == U' ' ||
                        starts_with(text, end, U"という") ||
                        // (Not where the name is kept out of: 社名は会議の記録では伏せる; 社名の英虞湾パールでは
                        // is the name.)
                        (starts_with(text, end, U"で") && !(starts_with(text, end, U"では") && at(text, k + keyword.size()) == U'は')) ||
                        starts_with(text, end, U"とし") ||
                        starts_with(text, end, U"だ") || starts_with(text, end, U"です") ||
                        // (社名のマルカ海産は: a katakana name or a firm's ending; 社名の由来は is prose.)
                        (starts_with(text, end, U"は") && keyword == U"社名" && at(text, k + keyword.size()) == U'の' &&
                         end > begin && (is_katakana(text[begin]) || lex.company_suffixes.match_ending_at(text.substr(0, end), end) > 0) &&
                         text.substr(begin, end - begin).find(U"表記") == std::u32string_view::npos);
      bool undecided = false;
      // (Nor the script it is written in: 社名はカタカナで「…」.)
      for (std::u32string_view w : {U"未定", U"不明", U"非公開", U"検討中", U"調整中", U"仮称", U"未決定", U"変更", U"同じ",
                                    U"カタカナ", U"ひらがな", U"英字", U"ローマ字", U"漢字", U"アルファベット", U"横文字"}) {
        undecided = undecided || name == w;
      }
      if (said && name.size() >= 2 && !undecided && !is_anonymised_name(name) && !says_which_firm(name) &&
          !lex.company_suffixes.contains(name) && (is_firm_name_character(name.front()) || is_hiragana(name.front())) &&
          !lex.generic_terms.contains(name) && !lex.vocabulary.contains(name)) {
        add_finding(out, begin, end, FindingKind::kCompany, Severity::kError);
        // (The scan goes on inside the name: another word may start there, 社名の英字表記 | ….)
      }
    }
  }
  // A firm called with さん, as owners speak of partners (「小麦粉は灘ミリングさんやし」, 三宮の
  // いそや百貨店さんの催事): the run before さん, from the nearest comma, bracket or particle,
  // ending in a firm's suffix with a name before it, or a name and a katakana word of trade.
  // (近所の商店さん, 八百屋さん, 問屋さん have no name before the kind.)
  for (size_t k = text.find(U"さん"); k != std::u32string_view::npos; k = text.find(U"さん", k + 2)) {
    const size_t begin = name_run_begin(text, k);
    if (k - begin < 3 || !shaped_like_a_firm(text, words, begin, k)) continue;
    add_finding(out, begin, k, FindingKind::kCompany, Severity::kWarning);
  }
  // Sentence starts: the text's start, and after each 。, line break or opening quote (an
  // owner naming the firm as the topic of what they say: 「ゆいまーる交通は、祖父が…」).
  // (The next start is found by a plain scan: find_first_of tries every character of its set
  // at every position.)
  const auto next_start = [&](size_t from) {
    while (from < text.size() && text[from] != U'。' && text[from] != U'\n' && text[from] != U'「') ++from;
    return from;
  };
  for (size_t i = 0; i < text.size(); i = next_start(i)) {
    if (i > 0 || (text[0] == U'。' || text[0] == U'\n' || text[0] == U'「')) ++i;
    if (i >= text.size()) break;
    // (A list marker before the sentence is passed.)
    size_t begin = i;
    while (begin < text.size() && begin - i < 3 && (text[begin] == U' ' || text[begin] == U'-' || text[begin] == U'*' ||
                                                    text[begin] == U'>' || text[begin] == U'・')) {
      ++begin;
    }
    // The run of name characters and coined kana, up to は (or さんは, or a bracket before は).
    size_t end = begin;
    bool grammar = false;
    while (end < text.size() && end - begin < kMaxTopic && !grammar) {
      if (is_firm_name_character(text[end])) {
        ++end;
        continue;
      }
      if (!is_hiragana(text[end]) || text[end] == U'は') break;
      // (A long vowel mark belongs to the kana: ゆいまーる.)
      size_t kana_end = end;
      while (kana_end < text.size() && ((is_hiragana(text[kana_end]) && text[kana_end] != U'は') ||
                                        (text[kana_end] == U'ー' && kana_end > end))) {
        ++kana_end;
      }
      if (kana_end >= text.size() || !is_firm_name_character(text[kana_end])) break;  // the kana ends the sentence's words
      // Coined kana inside a name: two or more that read as no grammar (しおさい, ひがしまつやま,
      // かきの|里), not a particle or an ending (町の, 小さな, 新しい).
      const std::u32string_view kana = text.substr(end, kana_end - end);
      const bool coined = kana.size() >= 2 && (!ends_like_grammar(kana) || (kana.size() >= 3 && kana.back() == U'の'));
      if (!coined || (end > begin && is_kanji(text[end - 1]) && kana.size() == 1)) grammar = true;
      // (Nor the kana ending of a verb or an adjective written with kanji before it, however
      // short the list above: 仕上げる|工房は、. Coined kana alone MeCab may read as verbs:
      // すわ精工, あいづ典礼.)
      if (const long w = index.ending_at(kana_end);
          w >= 0 && words[w].begin < end && (words[w].pos == PartOfSpeech::kVerb || words[w].pos == PartOfSpeech::kAdjective)) {
        grammar = true;
      }
      end = kana_end;
    }
    if (grammar || end - begin < 3 || end >= text.size()) continue;
    size_t name_end = end;
    // (In speech the topic may be said with いうたら or って: 「日の出湯いうたら」.)
    size_t spoken_topic = 0;
    for (std::u32string_view marker : {U"いうたら", U"言うたら", U"ってのは", U"っては", U"って"}) {
      if (spoken_topic == 0 && starts_with(text, end, marker) && text[i > 0 ? i - 1 : 0] == U'「') spoken_topic = marker.size();
    }
    if (text.compare(end, 3, U"さんは") == 0) {
      // しおさい水産さんは: a firm called with さん, as owners speak of partners.
    } else if (text[end] == U'（' || text[end] == U'(') {
      const size_t close = text.find_first_of(U"）)", end);
      if (close == std::u32string_view::npos || close - end > 24 || at(text, close + 1) != U'は') continue;
    } else if (text[end] != U'は' && spoken_topic == 0) {
      continue;
    }
    const std::u32string_view name = text.substr(begin, name_end - begin);
    size_t suffix = lex.company_suffixes.match_ending_at(name, name.size());
    const bool strong_suffix = suffix > 0;
    if (suffix == 0) suffix = lex.weak_company_suffixes.match_ending_at(name, name.size());
    // Or a katakana business word the dictionary does not know (北上|ソーイング, 因島|
    // マリンテック), in a sentence that says what the firm does (read below).
    const long last = index.ending_at(name_end);
    const bool unknown_katakana =
        suffix == 0 && last >= 0 && words[last].unknown && words[last].end - words[last].begin >= 4 &&
        std::all_of(text.begin() + words[last].begin, text.begin() + words[last].end,
                    [](char32_t c) { return is_katakana(c) || c == U'ー'; });
    // Or a Latin word as the topic (Denovaは…でデニムの企画と製造を営む), or a place and a
    // katakana word (加古川プレスは…の金属プレス加工会社), where the sentence says what the
    // firm is: reviewers tell them from products and places.
    const bool latin = all_of(name, [](char32_t c) { return is_ascii_letter(c); }) && name.size() >= 4 &&
                       name[0] >= U'A' && name[0] <= U'Z';
    const long first_word = index.starting_at(begin);
    // (Or a name the dictionary knows as a proper noun, 丸越|タオルは…今治市で…織って.)
    const bool place_and_katakana =
        first_word >= 0 && last > first_word &&
        (is_place_word(text, words[first_word]) ||
         (words[first_word].noun == NounKind::kProper && words[first_word].proper != ProperKind::kPerson &&
          !says_which_firm(text.substr(words[first_word].begin, words[first_word].end - words[first_word].begin)))) &&
        all_of(text.substr(words[last].begin, words[last].end - words[last].begin),
               [](char32_t c) { return is_katakana(c) || c == U'ー'; });
    if (suffix == 0 && !unknown_katakana && !latin && !place_and_katakana) continue;
    const size_t topic_end = spoken_topic > 0 ? name_end + spoken_topic - 1 : text.find(U'は', name_end);
    size_t sentence_end = topic_end;
    while (sentence_end < text.size() && sentence_end - topic_end < 60 && text[sentence_end] != U'。' &&
           text[sentence_end] != U'\n') {
      ++sentence_end;
    }
    const std::u32string_view predicate = text.substr(topic_end, sentence_end - topic_end);
    const bool described = describes_a_firm(predicate, false);
    if (suffix == 0 && (latin || place_and_katakana)) {
      if (!describes_a_firm(predicate, true) || lexicon().platforms.contains(name) || lexicon().generic_terms.contains(name)) {
        continue;
      }
      add_finding(out, begin, name_end, FindingKind::kCompany, latin ? Severity::kError : Severity::kWarning);
      i = name_end;
      continue;
    }
    if (unknown_katakana) {
      if (!describes_a_firm(predicate, true)) continue;
      suffix = words[last].end - words[last].begin;
    }
    if (suffix + 2 > name.size()) continue;
    // One common noun of the dictionary is a kind, not a name (公民館は、, 体育館は、).
    if (const long whole = index.starting_at(begin); whole >= 0 && words[whole].end == name_end && !words[whole].unknown &&
                                                    words[whole].noun != NounKind::kProper) {
      continue;
    }
    const std::u32string_view before = name.substr(0, name.size() - suffix);
    if (says_which_firm(before) || lex.company_suffixes.contains(name) || is_anonymised_name(name)) continue;
    // Without a comma after は, the sentence must say what the firm is or does.
    const bool comma = at(text, topic_end + 1) == U'、' || at(text, topic_end + 1) == U',';
    if (!comma && !described) continue;
    // A kanji common word before the suffix (山鳩|印刷所) may describe the kind of firm: a
    // reviewer tells. Before a suffix shops share (和菓子|屋), it says the kind.
    Severity severity = Severity::kError;
    const long first = index.starting_at(begin);
    const bool one_common_word = first >= 0 && words[first].begin + before.size() == words[first].end &&
                                 !words[first].unknown && words[first].noun != NounKind::kProper &&
                                 std::all_of(before.begin(), before.end(), [](char32_t c) { return is_kanji(c); });
    if (one_common_word) {
      if (!strong_suffix && lex.weak_company_suffixes.match_ending_at(name, name.size()) == suffix) continue;
      severity = Severity::kWarning;
    }
    add_finding(out, begin, name_end, FindingKind::kCompany, severity);
    i = name_end;
  }
}

}  // namespace casekb
