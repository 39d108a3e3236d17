// Tests of the anonymity check (core/anonymity.h): one group per rule, the robustness
// promises (invisible characters, invalid UTF-8, huge lines, threads, no dictionary),
// the allow-list file, and the floor reached on the test corpus of tests/anonymity/.
#include "anonymity/check.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "anonymity/evaluation.h"
#include "text/morphology.h"
#include "anonymity/patterns.h"
#include "anonymity/person_names.h"
#include "anonymity/text.h"

#ifndef CASEKB_TEST_DATA_DIR
#error "CASEKB_TEST_DATA_DIR must name the tests folder"
#endif

namespace casekb {
namespace {

const std::string kTestData = CASEKB_TEST_DATA_DIR;

Problems check(std::string_view text, const AnonymityContext& context = {}) { return check_anonymity(text, context); }

// The finding of `rule` whose text is exactly `text`, or nullptr.
const Problem* find(const Problems& problems, const std::string& rule, const std::string& text) {
  for (const Problem& problem : problems) {
    if (problem.rule == rule && problem.text == text) return &problem;
  }
  return nullptr;
}

bool has_rule(const Problems& problems, const std::string& rule) {
  for (const Problem& problem : problems) {
    if (problem.rule == rule) return true;
  }
  return false;
}

std::string describe(const Problems& problems) {
  std::string out;
  for (const Problem& p : problems) {
    out += std::to_string(p.line) + ":" + std::to_string(p.column) + " " + severity_name(p.severity) + " " + p.rule +
           " [" + p.text + "]\n";
  }
  return out;
}

// Asserts that `text` yields no anon-* finding at all.
void expect_clean(std::string_view text, const AnonymityContext& context = {}) {
  const Problems problems = check(text, context);
  EXPECT_TRUE(problems.empty()) << text << "\n" << describe(problems);
}

// Asserts that `text` yields no error (warnings are for a reviewer and may stand).
void expect_no_error(std::string_view text) {
  const Problems problems = check(text);
  for (const Problem& problem : problems) {
    EXPECT_NE(problem.severity, Severity::kError) << text << "\n" << describe(problems);
  }
}

// Asserts a finding of `rule` with exactly `found` as its text and `severity`.
void expect_finding(std::string_view text, const std::string& rule, const std::string& found,
                    Severity severity = Severity::kError) {
  const Problems problems = check(text);
  const Problem* problem = find(problems, rule, found);
  ASSERT_NE(problem, nullptr) << text << "\n" << describe(problems);
  EXPECT_EQ(problem->severity, severity) << text;
}

// Asserts that each text yields a quasi-identifier somewhere (for round-by-round phrasings whose
// spans the corpus test pins).
void expect_quasi_identifier_in_each(std::initializer_list<const char*> texts) {
  for (const char* text : texts) {
    const Problems problems = check(text);
    bool quasi = false;
    for (const Problem& problem : problems) quasi = quasi || problem.rule == "anon-quasi-identifier";
    EXPECT_TRUE(quasi) << text << "\n" << describe(problems);
  }
}

// ---------------------------------------------------------------- companies

TEST(AnonymityCompany, LegalFormBeforeTheName_IsAnError) {
  const Problems problems = check("A社（株式会社山田製作所）は部品を作る。");
  const Problem* problem = find(problems, "anon-company", "株式会社山田製作所");
  ASSERT_NE(problem, nullptr) << describe(problems);
  EXPECT_EQ(problem->line, 1);
  EXPECT_EQ(problem->column, 4);
  EXPECT_EQ(problem->severity, Severity::kError);
  EXPECT_EQ(problem->message, "会社名と思われる表記です: 株式会社山田製作所");
  EXPECT_NE(problem->suggestion.find("A社"), std::string::npos);
  EXPECT_TRUE(problem->path.empty());
}

TEST(AnonymityCompany, NamesTheDictionaryReadsInPieces_AfterARelation_AreWarnings) {
  // Two kanji read one by one (周|南), a katakana word it knows (コスモ), a place inside the
  // name (南|九州), and the 製 of a firm's suffix (北陸|製|餡) before a firm's ending.
  expect_finding("親会社は周南建材で、公共工事向けの製品が多い。", "anon-company", "周南建材", Severity::kWarning);
  expect_finding("青果卸のコスモ青果の朝の荷積みに時間がかかる。", "anon-company", "コスモ青果", Severity::kWarning);
  expect_finding("親会社の南九州茶業ホールディングスの方針で出荷してきた。", "anon-company", "南九州茶業ホールディングス",
                 Severity::kWarning);
  expect_finding("小豆は仕入れ先の北陸製餡と相談した。", "anon-company", "北陸製餡", Severity::kWarning);
  expect_finding("電気工事の北杜建設工業と協力して工事を受けた。", "anon-company", "北杜建設工業", Severity::kWarning);
  // A description after a relation stays none: 取引先の地元建材, 仕入れ先の北海道産小麦.
  EXPECT_FALSE(has_rule(check("取引先の地元建材店から仕入れる。"), "anon-company"));
  EXPECT_FALSE(has_rule(check("仕入れ先の北海道産小麦を使う。"), "anon-company"));
}

TEST(AnonymityCompany, KatakanaWordsOfTrade_EndAFirmAfterAKanjiName) {
  expect_finding("研修は上州トランスポートに頼んだ。", "anon-company", "上州トランスポート", Severity::kWarning);
  // After katakana they end a loanword: クラウドサービス, ネットストア.
  EXPECT_FALSE(has_rule(check("入稿の仕組みはクラウドサービスを使い、ネットストアも開いた。"), "anon-company"));
}

TEST(AnonymityShop, ASakeShopsSignboard_IsAShopName) {
  expect_finding("Q社の店「酒舗 たまきや」は、松下村塾から東へ歩いて三分。", "anon-shop", "酒舗 たまきや");
  expect_clean("町の酒舗で買った。");
}

TEST(AnonymityCompany, AShopsGoodsAndTen_EndItsNameAsSaketenDoes) {
  expect_finding("繁華街にある「坂元金物店」で買った。", "anon-company", "坂元金物店");
  expect_finding("山田時計店で時計を直した。", "anon-company", "山田時計店");
  expect_clean("地元の金物店で買った。駅前の時計店が閉じた。近所の書店に寄った。京漬物店の主人が来た。");
}

TEST(AnonymityCompany, AFirmCalledWithSan_IsAWarning) {
  expect_finding("「小麦粉はずっと北桑農産さんやし、替えられへん」", "anon-company", "北桑農産", Severity::kWarning);
  expect_finding("「三宮のいそや百貨店さんの催事は赤字や」", "anon-company", "いそや百貨店", Severity::kWarning);
  expect_finding("「原木は土佐ウッドラインさんから買うて」", "anon-company", "土佐ウッドライン", Severity::kWarning);
  // A kind of shop or firm with さん names none: 近所の商店さん, 八百屋さん, 食品メーカーさん,
  // という工務店さん.
  EXPECT_FALSE(has_rule(check("「近所の商店さんも八百屋さんも、食品メーカーさんも来る。なんとかいう工務店さんもね」"),
                        "anon-company"));
}

TEST(AnonymityCompany, CommonWordsFirmsTakeAsNames_NameAFirmBeforeItsSuffix) {
  // 北斗, 共栄, 灘 are common words to MeCab; before a firm's suffix they name one.
  expect_finding("納品先は北斗食品と共栄運輸だ。", "anon-company", "北斗食品", Severity::kWarning);
  expect_finding("納品先は北斗食品と共栄運輸だ。", "anon-company", "共栄運輸", Severity::kWarning);
  expect_finding("「小麦粉は灘ミリングさんやし」", "anon-company", "灘ミリング", Severity::kWarning);
  // A former name said as such: を名乗っていた.
  expect_finding("1990年代までは日向木材工業を名乗っていた。", "anon-company", "日向木材工業", Severity::kWarning);
  EXPECT_FALSE(has_rule(check("地元の食品工業を名乗っていた。"), "anon-company"));
  // Words that say a kind stay a kind: 健康食品, 自動車産業, 化学工業.
  EXPECT_FALSE(has_rule(check("取引先は健康食品と自動車産業で、化学工業さんも少しある。"), "anon-company"));
}

TEST(AnonymityCompany, ACoinedShortWordAfterAKindOrBesideTheLabel_IsAWarning) {
  expect_finding("輸出は商社GKSに任せきりだ。", "anon-company", "GKS", Severity::kWarning);
  expect_finding("主要取引先の造船会社MARINOXからの受注が増えた。", "anon-company", "MARINOX");
  expect_finding("医薬品卸のミナセとは配送の時間帯を調整した。", "anon-company", "ミナセ", Severity::kWarning);
  expect_finding("I社（オリザ）は今治市でタオルを製造する。", "anon-company", "オリザ", Severity::kWarning);
  // Said as the firm's name or short name.
  expect_finding("社名の「かもめ」を看板に掲げている。", "anon-company", "かもめ");
  expect_finding("社内外では略称の「MCS」で呼ばれている。", "anon-company", "MCS");
  expect_finding("請求書には、社名のKotovia とともに記した。", "anon-company", "Kotovia");
  expect_finding("近所の人は縮めて「セキジ」と呼ぶ。", "anon-company", "セキジ", Severity::kWarning);
  expect_finding("正式にはセキグチ自動車だが、皆は縮めて呼ぶ。", "anon-company", "セキグチ自動車");
  expect_clean("正式名称は未定だ。社名は未定だ。正式には決まっていない。");
  expect_finding("売上の9割は、アパレル会社ブルーリバー・デニムからの下請け縫製だった。", "anon-company", "ブルーリバー・デニム",
                 Severity::kWarning);
  expect_finding("帯地の大半を東京の問屋・日本橋丸喜に納めてきた。", "anon-company", "日本橋丸喜", Severity::kWarning);
  expect_finding("加工はくろしお水産加工に委託した。", "anon-company", "くろしお水産加工", Severity::kWarning);
  expect_clean("運送会社、病院、学校などが会員だ。取次の仕組みを見直した。");
  // Business acronyms, kinds in brackets and notions called so stay clean.
  expect_clean("主にOEMとECで伸びた。取引先のOEM先。会社のPR。業者のHP。C社（メーカー）。社名の由来は祖父だ。");
  expect_clean("この手法を「見える化」と呼ぶ。");
}

TEST(AnonymityCompany, AVerbsKanaEndingBeforeAFirmsWordAsTheTopic_IsNoName) {
  // 仕上げる|工房は、: the kana end the verb written with kanji before them.
  expect_clean("一本を一人で仕上げる工房は、関ではもう少ない。");
  // One common noun of the dictionary as the topic is a kind (公民館は、); a filler after a
  // shop word is speech (写真館なんか).
  expect_clean("公民館は、地区の自治会が鍵を預かっている。体育館は、地区が使う。");
  expect_clean("ドレッシングを小売店の自社ブランド向けに受託製造している。小売店の自社製品向けに作る。");
  expect_clean("薪の販売は定着し、キャンプ場との取引が続いている。");
  expect_clean("「写真館なんかもう要らんのちゃうかと思てました」と話す。");
  expect_clean("女将は「それでも、カニの宿いうのが看板やさかい」と話す。看板のきつねうどんと肉吸いは残した。");
  // Cultivars SKK would read as a surname and a given name.
  expect_clean("山田錦を育てる。佐藤錦を摘む。美山錦で仕込む。");
  expect_clean("宿は橋の北詰から歩いてすぐだ。北詰の角を曲がる。");
  expect_finding("しおさい水産は、地元の漁協と組む。", "anon-company", "しおさい水産");
}

TEST(AnonymityCompany, ANameJoinedByNoAfterALegalForm_EndsAsAFirmDoes) {
  expect_finding("登記上の社名は株式会社 杜の糀屋で、昭和に創業した。", "anon-company", "株式会社 杜の糀屋");
  expect_finding("仕入れの大半は株式会社火の国酒類販売からだ。", "anon-company", "株式会社火の国酒類販売");
  expect_clean("株式会社の販売部門だ。");
  expect_no_error("株式会社の事業所で働く。有限会社の代表だ。");
}

TEST(AnonymityCompany, OneLatinWordAfterWhatNamesAFirm_IsFound) {
  // After 企業, 日本法人 and the firm's name as の社名 too.
  expect_finding("東京のアパレル企業Linoaから受けるOEM生産である。", "anon-company", "Linoa", Severity::kWarning);
  expect_finding("試作先として海外企業の日本法人Voltrexを紹介した。", "anon-company", "Voltrex", Severity::kWarning);
  expect_finding("社内外では英字の社名Nexsoraで呼ばれる。", "anon-company", "Nexsora");
  expect_clean("中小企業DXを進める。");
  expect_finding("ネット販売は通販サイト運営のOishiqに出店した。", "anon-company", "Oishiq", Severity::kWarning);
  expect_finding("主要顧客の一つHamatecも海外移管を進めている。", "anon-company", "Hamatec", Severity::kWarning);
  expect_finding("卸もほぼSHIRETOCOという一社に頼りきりだった。", "anon-company", "SHIRETOCO", Severity::kWarning);
  expect_finding("社名は数年前にローマ字のTAKUMIXに改めた。", "anon-company", "TAKUMIX");
  expect_finding("スウェーデンの家具店LINDQVISTとの取引が始まった。", "anon-company", "LINDQVIST", Severity::kWarning);
  expect_clean("社名はローマ字のほうが読みやすい。");
  // One Latin or katakana word in quotes that work is sent to or made for.
  expect_finding("瓶詰めは「Nordia」に委託しており、利益が消える。", "anon-company", "Nordia");
  expect_finding("生乳はすべて「メイラク」に出している。", "anon-company", "メイラク");
  expect_clean("商品は「ギフト」に出して売った。瓶詰めは「地元の業者」に委託している。");
  expect_finding("社名のKumonosは、人をつなぐ意味だ。", "anon-company", "Kumonos");
  expect_finding("関東の自然食品チェーンFRESCA向けのOEMが増えた。", "anon-company", "FRESCA", Severity::kWarning);
  expect_finding("台湾の高級食材店OLIVIAとの取引が始まった。", "anon-company", "OLIVIA", Severity::kWarning);
  // Bound to the firm by a contract, or said to be the firm's name after it.
  expect_finding("瓶の調達はGlassioと年間契約を結んだ。", "anon-company", "Glassio", Severity::kWarning);
  expect_finding("苗木はNordvinからの輸入に頼った。", "anon-company", "Nordvin", Severity::kWarning);
  expect_finding("社名も横文字でVINOKOって付けたずら。", "anon-company", "VINOKO");
  expect_finding("福岡市のソフトウェア会社で、Qubeliaという英字の社名で登記している。", "anon-company", "Qubelia", Severity::kWarning);
  // The script a name is written in says a name follows; it is none itself.
  expect_finding("E社は伊勢市の工務店で、社名はカタカナで「ミエテック」と書く。", "anon-company", "ミエテック");
  expect_finding("社名は英字の「Snowlark」で、除雪の出動管理を行う。", "anon-company", "Snowlark");
  expect_finding("ブランド名は英字一語の GLOVIA、最初の商品は革手袋だ。", "anon-company", "GLOVIA");
  expect_finding("社名を英字にした OCEANWEAVE のブランドで売る。", "anon-company", "OCEANWEAVE");
  // One Latin word a firm is bound to by what comes after, a blank allowed (for a reviewer).
  expect_finding("売上の半分はOEM元の Fresca 向けだ。", "anon-company", "Fresca", Severity::kWarning);
  expect_finding("香港の輸入商Sakeportとの商談に臨んだ。", "anon-company", "Sakeport", Severity::kWarning);
  expect_finding("海外の展示会にはKNITOの英語名で出展した。", "anon-company", "KNITO", Severity::kWarning);
  expect_clean("Excel向けの関数を覚えた。");
  expect_clean("社名はカタカナで書く。社名はローマ字で書く。");
  expect_finding("社名のマルカ海産は港で知らない者がいない。", "anon-company", "マルカ海産");
  expect_clean("社名の由来は祖父の名だ。社名のローマ字表記は難しい。「こども食堂」として開き、地域に喜ばれた。");
  expect_finding("冷凍のじゃこ天は「浜吉の揚げたて便」として通販を始めた。", "anon-product", "浜吉の揚げたて便");
  expect_finding("観光農園は「梨の木テラス なしいろ」として開き、四千人が訪れた。", "anon-shop", "梨の木テラス なしいろ");
  expect_finding("「うちの酒は『峰乃白露』って名前で通ってるろも」", "anon-product", "峰乃白露");
  expect_finding("最大の荷主は湊川冷蔵で、深夜の出発が多い。", "anon-company", "湊川冷蔵");
  expect_clean("業務用冷蔵で保管する。急速冷凍で鮮度を保つ。");
  expect_finding("名刺にはSnowbitと英字の社名を刷っている。", "anon-company", "Snowbit", Severity::kWarning);
  // Written in Latin letters on purpose, or in capitals with さん.
  expect_finding("社名を英字でBungoprintと書くのが習わしだ。", "anon-company", "Bungoprint");
  expect_finding("県内スーパーのHIGOMARTさんが棚を空けてくれた。", "anon-company", "HIGOMART");
  expect_no_error("NHKさんに出た。");
  // A Latin word after other words is a tool or a term.
  expect_clean("表計算はExcelで作る。社内のSlackで共有した。");
}

TEST(AnonymityCompany, LatinWordsBeforeARelation_AndNamesMeCabStartsWrongly_AreFound) {
  expect_finding("輸出はPacific Sake Trading経由で少量ながら続いていた。", "anon-company", "Pacific Sake Trading");
  expect_finding("- 元請の上毛ハウジングからの下請工事が売上の4割", "anon-company", "上毛ハウジング", Severity::kWarning);
  expect_finding("地元の肥後ガスも協力してくれています。", "anon-company", "肥後ガス");
  // A number and its counter are no name (一|次サプライヤー), nor is an adverb's kana.
  expect_clean("取引先の完成車メーカー系列の一次サプライヤーからは、報告を求められた。駅からの送迎はこれまでどおり業者に任せた。");
  expect_clean("地域の人も協力してくれた。都市ガスに任せた。社長に相談し、家族と相談した。");
}

TEST(AnonymityCompany, TheOtherItemsOfAListWithAFirm_AreWarnings) {
  // 関越運輸 is found by its suffix; the items beside it by their shape.
  expect_finding("上州トランスポート、関越運輸から講師を招いた。", "anon-company", "上州トランスポート", Severity::kWarning);
  expect_finding("阿波和三盆糖業や神山すだち生産組合と連携した。", "anon-company", "阿波和三盆糖業", Severity::kWarning);
  // Common words beside a firm are no items of the list: 地元の商店や山田工務店.
  const Problems problems = check("食品メーカー、山田工務店と話した。");
  EXPECT_EQ(find(problems, "anon-company", "食品メーカー"), nullptr) << describe(problems);
}

TEST(AnonymityCompany, ACoinedKanaNameBeforeARelation_IsReadByCharacters) {
  expect_finding("運用は別府のITベンダー、ゆけむりシステムズと連携した。", "anon-company", "ゆけむりシステムズ",
                 Severity::kWarning);
  expect_finding("建機レンタルのいわてリースの協力も得た。", "anon-company", "いわてリース", Severity::kWarning);
  // Kana that are grammar before a relation are none: 地元のみなさんと連携した.
  EXPECT_FALSE(has_rule(check("地元のみなさんと連携した。"), "anon-company"));
}

TEST(AnonymityCompany, AQuotedNicknameSaidAsOne_IsFound) {
  expect_finding("広島中央印刷株式会社、地元では「ヒロプリ」の通称で知られる。", "anon-company", "ヒロプリ", Severity::kWarning);
  expect_finding("業界内では「マルトク」の通り名で知られている。", "anon-company", "マルトク", Severity::kWarning);
  expect_finding("社内で「姫ロジ」と呼ばれるH社は神戸港に近い。", "anon-company", "姫ロジ", Severity::kWarning);
  // A notion called so by nobody in particular is none: 「見える化」と呼ばれる手法.
  EXPECT_FALSE(has_rule(check("「見える化」と呼ばれる手法を学んだ。"), "anon-company"));
}

TEST(AnonymityCompany, AYagouMarkAlone_IsAWarning) {
  expect_finding("卸先との価格改定も実現し、カネタは3期ぶりに黒字となった。", "anon-company", "カネタ", Severity::kWarning);
  expect_finding("マルカネの注文受付には問い合わせが増えている。", "anon-company", "マルカネ", Severity::kWarning);
  // Words the dictionary knows are none: マルシェ, ヤマメ, マルチ.
  EXPECT_FALSE(has_rule(check("週末のマルシェでヤマメの甘露煮を売り、マルチな販路を作った。"), "anon-company"));
}

TEST(AnonymityCompany, AFirmAloneInATableCell_IsFound) {
  const Problems problems = check("| 取引先 | 比率 |\n|---|---|\n| 肥後ファシリティ | 40% |\n| 食品メーカー | 3社 |\n");
  EXPECT_NE(find(problems, "anon-company", "肥後ファシリティ"), nullptr) << describe(problems);
  EXPECT_EQ(find(problems, "anon-company", "食品メーカー"), nullptr) << describe(problems);
}

TEST(AnonymityCompany, ANameMeCabCannotReadAfterARelation_IsJudgedByItsShape) {
  expect_finding("出資元のさくら共創キャピタルからは、解約率を下げるよう求められた。", "anon-company", "さくら共創キャピタル",
                 Severity::kWarning);
  // Latin words after a relation are one name, however MeCab cuts them.
  expect_finding("展示会を機に光学機器メーカーのMinowa Opticsなど3社と取引が始まった。", "anon-company", "Minowa Optics");
  // A clause after a kind is none: 問屋街の流れをくむ縫製工場, 取引先の完成車メーカー系列の一次サプライヤー.
  for (const char* text : {"繊維問屋街の流れをくむ縫製工場で、縫製工は25名。", "取引先の完成車メーカー系列の一次サプライヤーから言われた。",
                           "居酒屋やパスタ屋さんなど業務用の注文が増えた。"}) {
    EXPECT_FALSE(has_rule(check(text), "anon-company")) << text << "\n" << describe(check(text));
  }
}

TEST(AnonymityCompany, AFirmFoundInPart_IsReportedWhole) {
  expect_finding("2019年に越中精密ホールディングスの傘下に入った。", "anon-company", "越中精密ホールディングス");
}

TEST(AnonymityCompany, MoreKindsOfFirm_NameTheFirmAfterThem) {
  expect_finding("県内の製薬会社である鳴門ファーマと、外箱の共同開発を始めた。", "anon-company", "鳴門ファーマ", Severity::kWarning);
  // Never before a person's name: 印刷会社の鈴木部長.
  EXPECT_FALSE(has_rule(check("印刷会社の鈴木部長に相談した。"), "anon-company"));
}

TEST(AnonymityCompany, KanaInsideANameAfterALegalForm_IsFound) {
  expect_finding("出版社の株式会社ことのは出版から受ける。", "anon-company", "株式会社ことのは出版");
  expect_finding("仕入れ先の(株)首里がじゅまる製麺と協議した。", "anon-company", "(株)首里がじゅまる製麺");
  expect_finding("・合同会社 はわいファクトリー（2017年設立）", "anon-company", "合同会社 はわいファクトリー");
  // A particle after the name is prose: (株)山田が工場を.
  expect_finding("(株)山田が工場を建てた。", "anon-company", "(株)山田");
}

TEST(AnonymityCompany, FullWidthParenthesisedFormAfterTheName_IsFoundAsWritten) {
  expect_finding("取引先の浪速精工（株）から受注した。", "anon-company", "浪速精工（株）");
}

TEST(AnonymityCompany, CircledAndParenthesisedForms_AreFound) {
  expect_finding("㈱サクラと取引がある。", "anon-company", "㈱サクラ");
  expect_finding("仕入先は㈲丸山商店である。", "anon-company", "㈲丸山商店");
  expect_finding("(株)ヤマダに納品した。", "anon-company", "(株)ヤマダ");
  expect_finding("児島デニム(株)の工場。", "anon-company", "児島デニム(株)");
}

TEST(AnonymityCompany, LegalFormAfterTheName_IsFound) {
  expect_finding("K社（房総運輸株式会社）はトラックを持つ。", "anon-company", "房総運輸株式会社");
  expect_finding("五島再エネ合同会社が発電する。", "anon-company", "五島再エネ合同会社");
}

TEST(AnonymityCompany, KanaNameAfterLegalForm_IsFound) {
  expect_finding("株式会社なにわクリーンは清掃を請け負う。", "anon-company", "株式会社なにわクリーン");
  expect_finding("社会福祉法人さくら会が運営する。", "anon-company", "社会福祉法人さくら会");
  // MeCab reads the first kana as a particle (法人|は|ざま): the firm's ending decides.
  expect_finding("集落営農を母体とする農事組合法人はざま営農である。", "anon-company", "農事組合法人はざま営農");
  expect_finding("木工品を作る企業組合やんばる木工舎である。", "anon-company", "企業組合やんばる木工舎");
  expect_finding("社会福祉法人つがる福祉会が運営する。", "anon-company", "社会福祉法人つがる福祉会");
  // A kind of firm before the form is not its name.
  expect_finding("店主は運営会社有限会社ひぐま商店の代表でもある。", "anon-company", "有限会社ひぐま商店");
  expect_clean("株式会社はまだ設立していない。株式会社にする。株式会社として営農を始めた。関連会社株式会社化も進めた。");
}

TEST(AnonymityCompany, LatinNameWithCompanySuffix_IsFound) {
  expect_finding("英語名は Kyushu Digital Works Co., Ltd. である。", "anon-company", "Kyushu Digital Works Co., Ltd.");
}

TEST(AnonymityCompany, NameWithFirmSuffix_IsFoundWithoutLegalForm) {
  expect_finding("地元では山田製作所として知られる。", "anon-company", "山田製作所");
  expect_finding("隣の鈴木商店も協力した。", "anon-company", "鈴木商店");
  expect_finding("向かいの山田薬局とも連携した。", "anon-company", "山田薬局");
}

TEST(AnonymityCompany, CommonKanjiWordBeforeAFirmOnlySuffix_IsAWarning) {
  expect_finding("主要取引先は北斗電機である。", "anon-company", "北斗電機", Severity::kWarning);
  // The kind or size of a firm before the suffix describes it and names none.
  expect_clean("大手電機メーカーに勤めた。総合商事の営業だった。地元の個人商店が多い。社内カンパニー制を敷いた。");
  expect_finding("青山カンパニーから受注した。", "anon-company", "青山カンパニー");
}

TEST(AnonymityCompany, LegalFormNamedInGeneral_IsNotFlagged) {
  expect_clean("個人商店から株式会社化し、有限会社から株式会社へ移行した同業者もいる。");
  expect_clean("株式会社と合同会社の違いを説明した。合同会社を設立した。");
}

TEST(AnonymityCompany, CompanyLabels_AreNotFlagged) {
  expect_clean("A社はBC社と取引先のC社、元請けのD社に納品している。同社の社長は話す。");
}

TEST(AnonymityCompany, FrontMatterCompanyThatIsNoLabel_IsAnError) {
  const std::string file = "---\ntitle: 果樹園の事例\ncompany: 株式会社みどり農園\nindustry: 農業，林業\n---\n本文。\n";
  const Problems problems = check(file);
  const Problem* problem = find(problems, "anon-company", "株式会社みどり農園");
  ASSERT_NE(problem, nullptr) << describe(problems);
  EXPECT_EQ(problem->line, 3);
  EXPECT_EQ(problem->column, 10);
  EXPECT_EQ(problem->severity, Severity::kError);
}

TEST(AnonymityCompany, FrontMatterComment_IsStillChecked) {
  const Problems problems = check("---\ncompany: A社  # 株式会社山田製作所\n---\n本文。\n");
  const Problem* problem = find(problems, "anon-company", "株式会社山田製作所");
  ASSERT_NE(problem, nullptr) << describe(problems);
  EXPECT_EQ(problem->line, 2);
}

TEST(AnonymityCompany, FrontMatterCompanyLabel_IsAccepted) {
  expect_clean("---\ntitle: 事例\ncompany: AB社\nregion: 埼玉県\n---\n本文。\n");
}

// ---------------------------------------------------------------- people

TEST(AnonymitySpeech, WesternSpeechIsRewrittenInPlace_KeepingEveryOffset) {
  const std::u32string said = U"大分じゃうちきりっちゃ。他になか」。最初ち言われ、なかなか、ほかにおらん。";
  const std::optional<std::u32string> standard = speech_as_standard(said);
  ASSERT_TRUE(standard.has_value());
  EXPECT_EQ(*standard, U"大分ではうちだけっちゃ。他にない」。最初と言われ、なかなか、ほかにいない。");
  EXPECT_EQ(standard->size(), said.size());
  // Standard speech, and forms that only look alike, are left as they are.
  EXPECT_FALSE(speech_as_standard(U"それじゃない。うちきりに。なかなか。").has_value());
}

TEST(AnonymityPerson, NamesInListsMarkedAsPeople_AreAllPeople) {
  // One of them found, the count the list's length: the others are people too.
  // (A task before a colon heads the list as a role does: the list is an error.)
  expect_finding("営業: 鵜飼、汐見、バーンズ の3人は、自分の担当を持つ。", "anon-person", "鵜飼、汐見、バーンズ");
  expect_finding("担当は鵜飼、汐見、バーンズ の3人で、自分の担当を持つ。", "anon-person", "鵜飼、汐見、バーンズ");
  expect_finding("フロント担当（荻窪、千田）の二人にも入ってもらった。", "anon-person", "荻窪、千田", Severity::kWarning);
  expect_finding("配車は小野寺とベアトリスの二人が担っている。", "anon-person", "小野寺とベアトリス", Severity::kWarning);
  expect_finding("開発担当の佐々木・二ツ森の両名が整理した。", "anon-person", "佐々木・二ツ森");
  // After a role and a colon, a list that ends the sentence: one found, all are people.
  expect_finding("担当：讃良、国重。卸先から声が寄せられた。", "anon-person", "讃良、国重");
  expect_finding("販売担当：宇治山哲平、坂倉、柘植。三人が口をそろえた。", "anon-person", "宇治山哲平、坂倉、柘植",
                 Severity::kWarning);
  expect_clean("担当：営業部、製造部。");
  // (An item no dictionary knows, shaped as a name the dictionary cut, is one too: 大工|廻,
  // 下|釜; a western name's parts joined by ＝ are one name. Tasks and their compounds are not.)
  expect_finding("直販は二人で回す体制とし、担当：我那覇、大工廻 とした。", "anon-person", "我那覇、大工廻");
  expect_finding("商談の窓口は、担当: 下釜、峯苫 と決めた。", "anon-person", "下釜、峯苫");
  expect_finding("営業担当：四辻、ジャン＝ポール。この二人と一緒に回った。", "anon-person", "四辻、ジャン＝ポール");
  expect_clean("担当：受付業務、品質管理。担当: 仕込み、配送。担当：企画部、製造部。");
  // (Two words SKK lists as surnames and IPAdic as common words, after a role and as the
  // subject, for a reviewer; a katakana name's parts joined by ・ stay one name, however
  // IPAdic reads the second: マリ|アナ.)
  expect_finding("生花担当の早乙女と十文字が顧客台帳を見直した。", "anon-person", "早乙女と十文字", Severity::kWarning);
  expect_clean("担当の営業と製造が見直した。");
  expect_finding("仕込み当番の丹羽と服部が記録をつけた。", "anon-person", "丹羽と服部", Severity::kWarning);
  expect_finding("牧場長の四十物大地は「機械を入れた」と言う。", "anon-person", "牧場長の四十物大地");
  expect_clean("担当の金沢と福井が伸びた。当番の日に来た。");
  expect_finding("職人頭のタナカ・マリアナは日系三世だ。", "anon-person", "タナカ・マリアナ");
  // (A foreign name MeCab reads as one unknown word is judged part by part, and said again
  // later by one of its parts.)
  expect_finding("開発責任者のラファエル・ソウザは不満を口にした。", "anon-person", "開発責任者のラファエル・ソウザ");
  expect_finding("開発責任者のラファエル・ソウザは不満を口にした。翌年、ソウザは「迷わなくなった」と話す。", "anon-person",
                 "ソウザ");
  expect_clean("担当のワーク・ライフは変わった。");
  expect_finding("職人頭の蒔苗聡も「新しい」と言う。", "anon-person", "蒔苗聡");
  // (What a person does, in brackets after a name, is no part of it.)
  expect_finding("担当：表、吉光（送迎計画）\n次の行。", "anon-person", "表、吉光", Severity::kWarning);
  expect_clean("担当：営業部、製造部（送迎計画）\n次の行。");
  // (Names parted by ／ with no role between are one list; the text is normalised, so ／ is /.)
  expect_finding("シフト表の「担当：真鍋／有元／藤森」という並びが同じだった。", "anon-person", "有元", Severity::kWarning);
  expect_clean("担当：営業部／製造部。");
  // A full name after a role and の, split where the name list knows the given name.
  expect_finding("餡は、六代目の蓮池宗一郎がひとりで炊いている。", "anon-person", "蓮池宗一郎");  // 六代目 is a role: an error
  expect_finding("女将の能門千鶴と一緒に記録を比べた。", "anon-person", "女将の能門千鶴", Severity::kWarning);
  expect_clean("社員の中間層が厚い。店主の長時間労働が続く。");
  // Family by marriage and kin are roles too; a surname SKK lists that IPAdic cuts into
  // numbers and a suffix (四|十|物) is a name, a count (四十|八|人) is not.
  expect_finding("婿の結城拓海は予約制を提案していた。", "anon-person", "結城拓海");
  expect_finding("網元の四十物は六十八歳になる。", "anon-person", "四十物");
  expect_clean("職人の四十八人が来た。孫の代まで続く。弟の代で店を広げた。");
  // Common nouns and roles counted are no names.
  expect_clean("営業と製造の二人が担う。社長と専務の二人で決めた。");
  const auto problems = check("配車は小野寺とパートの二人で回す。");
  for (const Problem& p : problems) EXPECT_EQ(p.text.find("パート"), std::string::npos) << p.text;
  // A print shop's goods are no firm's name.
  expect_clean("チラシ印刷の減少を受け、ポスター印刷に力を入れた。");
  expect_clean("当社はウェブシステム開発を受託している。");
  // What someone says in quotes is speech, not a shop's name.
  expect_clean("社長は「うなぎは博打のようなもの」と言い、値段の波を嘆いた。");
}

TEST(AnonymityPerson, SurnameWithTitle_IsAnErrorSuggestingTheTitle) {
  const Problems problems = check("二代目の田中社長は語った。");
  const Problem* problem = find(problems, "anon-person", "田中社長");
  ASSERT_NE(problem, nullptr) << describe(problems);
  EXPECT_EQ(problem->column, 5);
  EXPECT_EQ(problem->severity, Severity::kError);
  EXPECT_NE(problem->suggestion.find("田中社長 → 社長"), std::string::npos) << problem->suggestion;
}

TEST(AnonymityPerson, NamesWithHonorifics_AreErrors) {
  expect_finding("鈴木様からご連絡をいただいた。", "anon-person", "鈴木様");
  expect_finding("担当の佐藤さんが対応した。", "anon-person", "佐藤さん");
  expect_finding("若手の小林君が企画した。", "anon-person", "若手の小林君");
  expect_finding("代表の高橋氏は語る。", "anon-person", "代表の高橋氏");
  expect_finding("講師の美咲ちゃんが英語を担当した。", "anon-person", "講師の美咲ちゃん");
}

TEST(AnonymityPerson, NamesWithRoles_AreErrors) {
  expect_finding("伊藤専務と打ち合わせた。", "anon-person", "伊藤専務");
  expect_finding("中村会長は70歳を超えた。", "anon-person", "中村会長");
  expect_finding("営業を統括する林課長が同行した。", "anon-person", "林課長");
}

TEST(AnonymityPerson, FullNameWithoutTitle_IsAnError) {
  expect_finding("後継者の長男、中村健一は加工を始めた。", "anon-person", "中村健一");
}

TEST(AnonymityPerson, TitlesWithoutNames_AreNotFlagged) {
  expect_clean(
      "社長と後継者、工場長、専務、常務が集まった。前社長と新社長、二代目社長、創業社長、"
      "代表取締役社長も同席した。");
  expect_clean("お客様と職人さん、パートさん、常連さん、皆様に感謝している。社長の奥様も手伝う。");
  expect_clean("後継者のX氏と先代のY氏が話し合った。");
}

// ---------------------------------------------------------------- phone numbers

TEST(AnonymityPhone, HyphenatedNumber_IsFound) {
  expect_finding("電話は049-222-3344まで。", "anon-phone", "049-222-3344");
}

TEST(AnonymityPhone, FullWidthDigitsAndHyphens_AreFoundAsWritten) {
  expect_finding("代表番号は０６－６２３４－５６７８である。", "anon-phone", "０６－６２３４－５６７８");
}

TEST(AnonymityPhone, Phone_WithZeroWidthCharsInside_IsFoundAtOriginalPosition) {
  const std::string number = "03-3\u200B456-78\u200B90";
  const std::string text = "店の電話\u200B" + number + "に。";
  const Problems problems = check(text);
  const Problem* problem = find(problems, "anon-phone", number);
  ASSERT_NE(problem, nullptr) << describe(problems);
  // 店 の 電 話 ZWSP = 5 code points before the number.
  EXPECT_EQ(problem->column, 6);
}

TEST(AnonymityPhone, TollFreeMobileInternationalAndParenthesisedForms_AreFound) {
  expect_finding("フリーダイヤル0120-456-789へ。", "anon-phone", "0120-456-789");
  expect_finding("携帯は090-1234-5678です。", "anon-phone", "090-1234-5678");
  expect_finding("海外からは+81-575-22-1234へ。", "anon-phone", "+81-575-22-1234");
  expect_finding("相談は(022) 234-5678まで。", "anon-phone", "(022) 234-5678");
  expect_finding("番号は（０３）３２１２－５６７８。", "anon-phone", "（０３）３２１２－５６７８");
}

TEST(AnonymityPhone, ParenthesesAroundTheWholeNumber_AreNotPartOfTheSpan) {
  expect_finding("社長から電話（03-1234-5678）があった。", "anon-phone", "03-1234-5678");
  expect_finding("電話(048-555-1234)まで。", "anon-phone", "048-555-1234");
}

TEST(AnonymityPhone, NumberWithoutHyphens_IsFound) {
  expect_finding("予約は0485551234へ。", "anon-phone", "0485551234");
}

TEST(AnonymityPhone, LabelledFaxNumber_IsFound) {
  expect_finding("見積もりはFAX 043-222-9876で受け付ける。", "anon-phone", "043-222-9876");
  expect_finding("TEL 12-3456 まで。", "anon-phone", "12-3456");  // a local number, known only by its label
}

TEST(AnonymityPhone, FiguresAndDates_AreNoPhoneNumbers) {
  expect_clean("年商10億円、30%、従業員20名、2021年、令和3年度、0.5mm、2022-03-31、1,200人、3-4割。");
}

// ---------------------------------------------------------------- e-mail, URLs, domains

TEST(AnonymityEmail, Address_IsFound) {
  expect_finding("連絡先はinfo@yamada-ss.co.jpです。", "anon-email", "info@yamada-ss.co.jp");
}

TEST(AnonymityEmail, FullWidthAndSpelledOutAddresses_AreFound) {
  expect_finding("ｉｎｆｏ＠ｍａｎａｂｉ．ｊｐ まで", "anon-email", "ｉｎｆｏ＠ｍａｎａｂｉ．ｊｐ");
  expect_finding("sales(at)kiryu-orimono.jp で受けた", "anon-email", "sales(at)kiryu-orimono.jp");
}

TEST(AnonymityUrl, UrlWithScheme_IsFound) {
  expect_finding("詳しくは https://www.yukemuri-tei.jp/ を参照。", "anon-url", "https://www.yukemuri-tei.jp/");
  expect_finding("[公式サイト](https://www.yufuin-sakura.jp)で予約。", "anon-url", "https://www.yufuin-sakura.jp");
}

TEST(AnonymityUrl, BareDomain_IsFound) {
  expect_finding("紹介ページはnextlink-llc.comに置いた。", "anon-url", "nextlink-llc.com");
}

TEST(AnonymityUrl, SocialMediaHandle_IsFound) {
  expect_finding("アカウント（@komugi_bakery）で発信する。", "anon-url", "@komugi_bakery");
}

TEST(AnonymityUrl, GovernmentSitesAndVersionNumbers_AreNotFlagged) {
  expect_clean("中小企業庁のウェブサイト（https://www.chusho.meti.go.jp/）を見た。Node.jsとver.2を使う。");
}

TEST(AnonymityUrl, APlatformByItsBareDomain_IsATool_ButAPageOnItIsNot) {
  expect_clean("予約はBooking.comと楽天トラベルで受けている。");
  expect_finding("予約ページ https://www.booking.com/hotel/jp/yuyado-kajika.html を作った。", "anon-url",
                 "https://www.booking.com/hotel/jp/yuyado-kajika.html");
}

TEST(AnonymityUrl, AllowedDomain_IsNotFlagged) {
  AnonymityContext context;
  context.allowed_terms = {"jcci.or.jp"};
  expect_clean("日本商工会議所（https://www.jcci.or.jp/）の資料。", context);
}

// ---------------------------------------------------------------- postal codes and addresses

TEST(AnonymityPostal, CodeWithMark_IsFound) {
  expect_finding("本社（〒123-4567）の会議室で。", "anon-postal", "〒123-4567");
  expect_finding("〒３３０－０８５４ に移転した。", "anon-postal", "〒３３０－０８５４");
}

TEST(AnonymityPostal, BareCode_IsFoundButRangesAreNot) {
  expect_finding("事務所の住所（869-2225）あて。", "anon-postal", "869-2225");
  expect_clean("単価は100-2000円、ロットは300-5000個である。");
}

TEST(AnonymityAddress, MunicipalityBlockNumber_IsFound) {
  expect_finding("本社工場（〇〇市△△町1丁目2-3）の一角。", "anon-address", "〇〇市△△町1丁目2-3");
  expect_finding("事務所は福岡市博多区博多駅前3丁目2番1号にある。", "anon-address", "福岡市博多区博多駅前3丁目2番1号");
  expect_finding("モデルハウス（水戸市見和2-3-4）で。", "anon-address", "水戸市見和2-3-4");
  expect_finding("工房（富士吉田市上吉田1234番地）の案内。", "anon-address", "富士吉田市上吉田1234番地");
  expect_finding("さいたま市大宮区桜木町一丁目7番5号の倉庫。", "anon-address", "さいたま市大宮区桜木町一丁目7番5号");
}

TEST(AnonymityAddress, IdiomsAndQuantities_AreNotAddresses) {
  expect_clean("品質は経営の一丁目一番地だ。業界1番を目指し、3号機と第2工場、1号店を整えた。市場シェア3-4割。");
}

// ---------------------------------------------------------------- shops, brands, proper nouns

TEST(AnonymityProperNoun, ShopNameBesideShopWord_IsFound) {
  // ・ after a katakana shop word parts the name as a blank does (ホテル・サンゴテラス).
  expect_finding("下町で[カフェ・ド・ボンヌ]を営む。", "anon-shop", "カフェ・ド・ボンヌ");
  expect_finding("合同会社が運営するホテル・サンゴテラスは、", "anon-shop", "ホテル・サンゴテラス");
  // Since issue 13 a kana name right after a shop word is a shop's name, an error.
  expect_finding("郊外でパン工房こむぎという店を営む。", "anon-shop", "パン工房こむぎ");
}

TEST(AnonymityProperNoun, QuotedNameAfterBrandKeyword_IsAnError) {
  // Warnings before issue 13; a quoted name after ブランド or 屋号 names the firm's own.
  expect_finding("新ブランド「はんなり小町」を名乗る。", "anon-product", "はんなり小町");
  expect_finding("屋号を「湯けむり亭」という。", "anon-shop", "湯けむり亭");
}

TEST(AnonymityProperNoun, QuotedConcepts_AreNotFlagged) {
  expect_clean("「見えない」壁に気づき、「腹落ち」するまで「対話と傾聴」を続けた。「コーチング」とも呼ぶ。");
}

TEST(AnonymityProperNoun, SupportOrganisations_AreNotFlagged) {
  expect_clean(
      "川越商工会議所と埼玉県よろず支援拠点、関東経済産業局、福島相双復興官民合同チーム、"
      "中小企業基盤整備機構、大阪府中小企業団体中央会、小川町商工会、日本政策金融公庫が支援した。");
}

TEST(AnonymityProperNoun, PlacesErasAndVocabulary_AreNotFlagged) {
  expect_clean(
      "埼玉県と関東、東北地方、首都圏、九州・沖縄の事業者が令和3年度の事業再構築補助金を使った。"
      "製造業、宿泊業，飲食サービス業、サプライチェーン、DX、IoT、カーボンニュートラル。");
}

TEST(AnonymityProperNoun, AllowListTerms_AreNeverFlagged) {
  AnonymityContext context;
  context.allowed_terms = {"ヤマダ電機", "Google Workspace"};
  expect_clean("ヤマダ電機で買い、Google Workspaceで共有した。", context);
}

TEST(AnonymityProperNoun, APersonStartingInsideAnAllowedName_IsThatFigure) {
  AnonymityContext context;
  context.allowed_terms = {"水戸黄門"};
  expect_clean("店は水戸黄門ゆかりの地にある。", context);
}

TEST(AnonymityProperNoun, GuildsOfBrewersAndWordsReadAsFullNames_AreNoPeople) {
  expect_clean("越後杜氏の技を受け継ぐ。翌年の夏も高水温となった。粉もん屋に納める。かき小屋を開く季節だ。"
               "醸造所とビアバーを営む。抹茶の原料となるてん茶を作る。店頭に「パンのある朝を、まちに。」と掲げた。");
}

TEST(AnonymityProperNoun, AllowedTerm_DoesNotAllowALongerName) {
  AnonymityContext context;
  context.allowed_terms = {"山田"};
  const Problems problems = check("山田製作所に発注した。", context);
  EXPECT_NE(find(problems, "anon-company", "山田製作所"), nullptr) << describe(problems);
}

TEST(AnonymityProperNoun, AnAllowedNameAndNoBeforeAKindOfPlace_IsAllowed) {
  // あまおう is a cultivar: its farm is a kind of farm, not a farm's name. A coined name in
  // the same place is still one.
  AnonymityContext context;
  context.allowed_terms = {"あまおう"};
  EXPECT_FALSE(has_rule(check("あまおうの観光農園と直売を始めた。", context), "anon-shop"));
  EXPECT_TRUE(has_rule(check("ひだまりの観光農園と直売を始めた。", context), "anon-shop"));
}

TEST(AnonymityProperNoun, SupporterNameOfTheFile_IsAllowed) {
  expect_clean(
      "---\ncompany: A社\nsupporter_name: さくら経営サポート協議会\n---\nさくら経営サポート協議会が支援した。\n");
}

// ---------------------------------------------------------------- quasi-identifiers

TEST(AnonymityQuasiIdentifier, UniquenessClaimWithScope_IsAWarning) {
  // The finding covers the claim's clause with its subject (issue 13: the reviewer sees
  // what is claimed, and of whom).
  expect_finding("同社は県内で唯一の精密部品メーカーである。", "anon-quasi-identifier",
                 "同社は県内で唯一の精密部品メーカーである", Severity::kWarning);
  expect_finding("全国でも3社しかない製法を受け継ぐ。", "anon-quasi-identifier", "全国でも3社しかない製法を受け継ぐ",
                 Severity::kWarning);
}

TEST(AnonymityQuasiIdentifier, UniquenessWithoutScope_IsNotFlagged) {
  expect_clean("経営環境が激しく変わる今、唯一の正解は存在しない。");
}

TEST(AnonymityQuasiIdentifier, TwoNarrowingFactsWithBusiness_AreWarned) {
  const std::string file =
      "---\ncompany: J社\nbusiness: 金属研磨\nregion: 新潟県\n---\n1951年創業で、従業員37名の多くが職人である。\n";
  const Problems problems = check(file);
  EXPECT_NE(find(problems, "anon-quasi-identifier", "1951年創業"), nullptr) << describe(problems);
  EXPECT_NE(find(problems, "anon-quasi-identifier", "従業員37名"), nullptr) << describe(problems);
}

TEST(AnonymityQuasiIdentifier, ExactCountsOfWhatTheFirmHas_AreSignalsLikeAHeadcount) {
  const std::string file =
      "---\ncompany: J社\nbusiness: 温泉旅館\nregion: 福島県\n---\n客室22室の宿で、従業員は正社員18名である。\n";
  const Problems problems = check(file);
  EXPECT_NE(find(problems, "anon-quasi-identifier", "客室22室"), nullptr) << describe(problems);
  // The breakdown after a headcount belongs to it.
  const std::string breakdown =
      "---\ncompany: J社\nbusiness: ビル清掃\nregion: 埼玉県\n---\n保有山林1,286ヘクタール。従業員47名のうち障害のある社員が19名。\n";
  const Problems found = check(breakdown);
  EXPECT_NE(find(found, "anon-quasi-identifier", "従業員47名のうち障害のある社員が19名"), nullptr) << describe(found);
  EXPECT_NE(find(found, "anon-quasi-identifier", "保有山林1,286ヘクタール"), nullptr) << describe(found);
  // Alone, or round, or without a word that says what is counted: nothing.
  expect_clean("---\ncompany: J社\nbusiness: 温泉旅館\nregion: 福島県\n---\n客室22室の宿である。\n");
  expect_clean("---\ncompany: J社\nbusiness: 温泉旅館\nregion: 福島県\n---\n客室20室、従業員は18名。パソコン13台を入れた。\n");
}

TEST(AnonymityQuasiIdentifier, OneNarrowingFact_IsNotWarned) {
  // An exact founding year alone is warned since issue 13 (ExactFoundingYear_IsAWarningAlone).
  expect_clean("---\ncompany: J社\nbusiness: 金属研磨\nregion: 新潟県\n---\n従業員37名の会社である。\n");
}

TEST(AnonymityQuasiIdentifier, RoundFigures_AreNoSignals) {
  expect_clean(
      "---\ncompany: J社\nbusiness: 菓子製造\nregion: 福島県\n---\n"
      "創業100年、従業員20名、年商10億円の会社で、従業員は約23名である。\n");
}

// ---------------------------------------------------------------- robustness

TEST(AnonymityRobustness, EmptyAndBlankInput_YieldNothing) {
  EXPECT_TRUE(check("").empty());
  EXPECT_TRUE(check("\n\n   \n").empty());
  EXPECT_TRUE(check("---\n---\n").empty());
}

TEST(AnonymityRobustness, InvalidUtf8_NeitherCrashesNorHidesAPhoneNumber) {
  // A stray byte, a truncated sequence and an overlong form, each one code point.
  const std::string text = std::string("\xFF") + "電話\xE3\x81" + "03-1234-5678\xC0\xAF";
  const Problems problems = check(text);
  const Problem* problem = find(problems, "anon-phone", "03-1234-5678");
  ASSERT_NE(problem, nullptr) << describe(problems);
  // FF, 電, 話, then E3 and 81 (a truncated sequence: each byte one replacement character).
  EXPECT_EQ(problem->column, 6);
}

TEST(AnonymityRobustness, LongRunsOfDigitsAndKanjiNumerals_AreNoCounts) {
  // Longer than any count: no number, no overflow, no exception (the check fails closed
  // on one, refusing the file).
  const Problems problems = check(
      "客室123456789012345678901234室、保有台数98765432109876543210台。築一二三四五六七八九〇一二三四五六七八九〇年。"
      "創業以来九九九九九九九九九九九九年、十一二三四五六七八九代続く。");
  for (const Problem& problem : problems) EXPECT_NE(problem.rule, "anon-check-failed") << describe(problems);
}

TEST(AnonymityRobustness, OddUnicode_DoesNotCrash) {
  std::string text = "e\u0301\u0301\u0301";
  for (int i = 0; i < 10000; ++i) text += "\u0301\u0316";  // a long run of combining marks
  text += "\u202E\u2066\u200D\uFE0F\U000E0100 田中社長 ｶﾌﾞｼｷｶﾞｲｼｬ ";
  const std::string nul("\0", 1);
  text += nul + "〒123-4567" + nul;
  const Problems problems = check(text);
  EXPECT_TRUE(has_rule(problems, "anon-postal")) << describe(problems);
  EXPECT_TRUE(has_rule(problems, "anon-person")) << describe(problems);
}

TEST(AnonymityRobustness, OneMegabyteLine_IsCheckedInLinearTime) {
  std::string line;
  const std::string chunk = "支援チームは社長と対話を重ね、30%の改善と2021年の目標を共有した。A社12-34 ";
  while (line.size() < (1u << 20)) line += chunk;
  line += "連絡先は03-1234-5678。";
  const auto start = std::chrono::steady_clock::now();
  const Problems problems = check(line);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_NE(find(problems, "anon-phone", "03-1234-5678"), nullptr);
  EXPECT_LT(seconds, 20.0) << "a quadratic step would take minutes";
}

TEST(AnonymityRobustness, ManyThreads_GetTheSameFindings) {
  std::ifstream in(kTestData + "/anonymity/dirty/01-seimitsu-saitama.md");
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_FALSE(text.empty());
  const std::string expected = describe(check(text));
  ASSERT_FALSE(expected.empty());
  std::vector<std::string> results(8);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < results.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 10; ++round) results[t] = describe(check(text));
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const std::string& result : results) EXPECT_EQ(result, expected);
}

TEST(AnonymityRobustness, MissingDictionary_IsReportedWithAReason) {
  std::string error;
  EXPECT_EQ(MorphologicalAnalyzer::open("/nonexistent/dictionary", &error), nullptr);
  EXPECT_FALSE(error.empty());
}

TEST(AnonymityRobustness, NonIpadicDictionary_IsNotTakenForOne) {
  const std::string juman = "/var/lib/mecab/dic/juman-utf8";
  if (!std::ifstream(juman + "/sys.dic")) GTEST_SKIP() << "mecab-jumandic-utf8 is not installed";
  std::string error;
  EXPECT_EQ(MorphologicalAnalyzer::open(juman, &error), nullptr);
  EXPECT_NE(error.find("IPAdic"), std::string::npos) << error;
}

TEST(AnonymityRobustness, WithoutDictionary_PatternRulesStillRunAndAWarningSaysSo) {
  const Problems problems = check_anonymity("田中社長の電話は03-1234-5678、info@example.co.jp。", {}, nullptr);
  EXPECT_TRUE(has_rule(problems, "anon-morphology-unavailable")) << describe(problems);
  EXPECT_NE(find(problems, "anon-phone", "03-1234-5678"), nullptr) << describe(problems);
  EXPECT_NE(find(problems, "anon-email", "info@example.co.jp"), nullptr) << describe(problems);
  EXPECT_NE(find(problems, "anon-person", "田中社長"), nullptr) << describe(problems);
  for (const Problem& problem : problems) {
    if (problem.rule == "anon-morphology-unavailable") {
      EXPECT_EQ(problem.severity, Severity::kWarning);
      EXPECT_EQ(problem.line, 0);
    }
  }
}

TEST(AnonymityRobustness, WithoutDictionary_SpeechAndTradesAreNoNames) {
  // A quoted sentence that starts with a kind of shop, and people by their part in a trade.
  const Problems problems =
      check_anonymity("社長は「酒屋はもう時代遅れだ」と言い、問屋さんや荷主さんにも相談した。", {}, nullptr);
  for (const Problem& problem : problems) {
    EXPECT_NE(problem.severity, Severity::kError) << describe(problems);
  }
  // A signboard in quotes is still a shop: 「居酒屋 とりまる」.
  EXPECT_TRUE(has_rule(check_anonymity("店は「居酒屋 とりまる」という。", {}, nullptr), "anon-shop"));
}

TEST(AnonymityRobustness, ColumnsCountCodePointsOnTheirLine) {
  const Problems problems = check("一行目\n二行目の〒123-4567\n");
  const Problem* problem = find(problems, "anon-postal", "〒123-4567");
  ASSERT_NE(problem, nullptr) << describe(problems);
  EXPECT_EQ(problem->line, 2);
  EXPECT_EQ(problem->column, 5);
}

// ---------------------------------------------------------------- allow-list file

TEST(AnonymityAllowList, CommentsAndBlankLines_AreSkipped) {
  const std::string path = ::testing::TempDir() + "anonymity-allow-test.txt";
  {
    std::ofstream out(path);
    out << "# comment\n\n  ヤマダ電機  \n# another\njcci.or.jp\r\nX\n";
  }
  const AllowList list = load_allow_list(path);
  EXPECT_EQ(list.terms, (std::vector<std::string>{"ヤマダ電機", "jcci.or.jp"}));
  ASSERT_EQ(list.problems.size(), 1u);  // "X": too short
  EXPECT_EQ(list.problems[0].line, 6);
  EXPECT_EQ(list.problems[0].severity, Severity::kWarning);
  std::remove(path.c_str());
}

TEST(AnonymityAllowList, MissingFile_IsAnError) {
  const AllowList list = load_allow_list("/nonexistent/anonymity-allow.txt");
  EXPECT_TRUE(list.terms.empty());
  ASSERT_EQ(list.problems.size(), 1u);
  EXPECT_EQ(list.problems[0].severity, Severity::kError);
  EXPECT_EQ(list.problems[0].path, "/nonexistent/anonymity-allow.txt");
}

TEST(AnonymityAllowList, ShippedFile_LoadsWithoutProblems) {
  const AllowList list = load_allow_list(kTestData + "/../corpus/anonymity-allow.txt");
  EXPECT_TRUE(list.problems.empty()) << describe(list.problems);
  EXPECT_FALSE(list.terms.empty());
}

// ---------------------------------------------------------------- issue 13: kinds the check missed

TEST(AnonymityCorporateNumber, ValidCheckDigit_IsAnErrorInAnyWidthAndGrouping) {
  EXPECT_TRUE(is_valid_corporate_number(U"7000012050002"));
  EXPECT_FALSE(is_valid_corporate_number(U"8000012050002"));
  expect_finding("請求書には法人番号7000012050002を記した。", "anon-corporate-number", "7000012050002");
  expect_finding("番号は７０００ ０１２０ ５０００ ２である。", "anon-corporate-number", "７０００ ０１２０ ５０００ ２");
  expect_finding("法人番号：7-0000-1205-0002。", "anon-corporate-number", "7-0000-1205-0002");
  // In kanji digits, one for each figure; an anonymised number of circles or zeros is none.
  expect_finding("なお、法人番号は四三一〇〇〇一〇〇四五二七である。", "anon-corporate-number", "四三一〇〇〇一〇〇四五二七");
  expect_clean("法人番号は○○○○○○○○○○○○○。法人番号は〇〇〇〇〇〇〇〇〇〇〇〇〇。");
  // (Kanji digits are read only right after a number's label: a run of kanji numerals
  // elsewhere is prose.)
  expect_finding("登録番号：T四三一〇〇〇一〇〇四五二七", "anon-corporate-number", "T四三一〇〇〇一〇〇四五二七");
  expect_clean("四三一〇〇〇一〇〇四五二七と書いた紙が残る。");
}

TEST(AnonymityCorporateNumber, InvoiceNumber_IsAnErrorEvenWithAWrongCheckDigit) {
  expect_finding("登録番号はT1234567890123です。", "anon-corporate-number", "T1234567890123");
  expect_finding("適格請求書の番号はＴ－７０００ ０１２０ ５０００ ２。", "anon-corporate-number",
                 "Ｔ－７０００ ０１２０ ５０００ ２");
}

TEST(AnonymityCorporateNumber, AmountsAndCodes_StayClean) {
  expect_clean("業界の市場規模は1,234,567,890,123円と言われる。インボイス制度の登録も済ませた。");
  expect_clean("在庫の金額は1234567890123円で、法人番号の確認は経理が行う。");
  expect_clean("商品コードは1234567890123である。");  // a wrong check digit and no label
}

TEST(AnonymityPhone, KanjiNumerals_AreFound) {
  expect_finding("予約は〇三・三八一二・四五六七まで。", "anon-phone", "〇三・三八一二・四五六七");
  expect_finding("電話〇二七九―八二―三四五六で受けている。", "anon-phone", "〇二七九―八二―三四五六");
  expect_finding("代表は〇五二（九六一）二三四五です。", "anon-phone", "〇五二（九六一）二三四五");
  // (Commas between the groups, as the number is read out; a list of numerals is none.)
  expect_finding("注文の電話（〇九四三、二四、八八三〇）は息子が受ける。", "anon-phone", "〇九四三、二四、八八三〇");
  expect_clean("順位は一、二、三、四、五、六、七位だった。〇、一、二、三、四、五、六、七、八、九。");
}

TEST(AnonymityPhone, KanjiFiguresAndPlaceholders_StayClean) {
  expect_clean("第一工場と第二工場で三交代の勤務を続け、一号機から五号機まで動かした。");
  expect_clean("電話は〇〇-〇〇〇〇-〇〇〇〇（架空）である。従業員は三十五名。");
}

TEST(AnonymityShop, ASignboardInQuotes_IsAWarning) {
  // A kind of shop or goods, a blank, a name; in speech, in double brackets.
  expect_finding("「打ち合わせは『きしめん 松風』で昼を食いながらだわ」", "anon-shop", "きしめん 松風", Severity::kWarning);
  expect_finding("「祇園の『お茶屋 菊乃』さんのお母さんが来る」", "anon-shop", "お茶屋 菊乃", Severity::kWarning);
  expect_finding("「駅の反対側の『ドライクリーニング はなまる』さんから頼まれる」", "anon-shop", "ドライクリーニング はなまる",
                 Severity::kWarning);
  // A phrase with a blank names no shop.
  for (const char* text : {"看板に「笑顔 いっぱい」と書いた。", "標語は「安全 第一」だ。"}) {
    EXPECT_FALSE(has_rule(check(text), "anon-shop")) << text << "\n" << describe(check(text));
  }
}

TEST(AnonymityShop, ShopWordAndName_IsAnError) {
  expect_finding("A社は和菓子処 月見庵を営む。", "anon-shop", "和菓子処 月見庵");
  expect_finding("駅前でベーカリー こむぎ畑 稲毛駅前店を営む。", "anon-shop", "ベーカリー こむぎ畑 稲毛駅前店");
  expect_finding("下町で居酒屋 とりまるを営む。", "anon-shop", "居酒屋 とりまる");
  expect_finding("A社はグループホーム なごみの家を運営している。", "anon-shop", "グループホーム なごみの家");
}

TEST(AnonymityShop, QuotedNameAfterYagou_IsAnError) {
  const Problems problems = check("A社は「まるや」の屋号で三代続く呉服店である。");
  const Problem* problem = find(problems, "anon-shop", "まるや");
  ASSERT_NE(problem, nullptr) << describe(problems);
  EXPECT_EQ(problem->severity, Severity::kError);
  EXPECT_NE(problem->suggestion.find("A社の店舗"), std::string::npos);
}

TEST(AnonymityShop, KanaNameBeforeAShopSuffix_IsAnError) {
  expect_finding("A社はひまわり保育園を運営する。", "anon-shop", "ひまわり保育園");
  expect_finding("business: いしざかワイナリー（果実酒製造）", "anon-shop", "いしざかワイナリー");
  // MeCab reads the last kana as a particle before the suffix (かじ|か|亭).
  expect_finding("手打ちそばのかじか亭は百二十年を数える。", "anon-shop", "かじか亭");
  expect_finding("そば処かじか亭は昼だけ開ける。", "anon-shop", "そば処かじか亭");
  expect_clean("どれか館内で選ぶ。ぬいぐるみや館内の飾り。");
}

TEST(AnonymityShop, TrapsOfBatches37To39_StayClean) {
  // A word after a trade and の (茶菓子のもてなし), seafood MeCab reads as a full name (白|えびの),
  // and people by their part (地主さん).
  expect_clean("ほうじ茶と茶菓子のもてなしが好評だ。社長は「和菓子屋が洋菓子のまねをしてどうする」と言った。");
  expect_clean("町の魚屋が、白えびの下処理を請け負う。息子は「地主さんとの交渉が楽になった」と話す。");
}

TEST(AnonymityShop, ANameSaidAsTheShopsName_IsAnError) {
  expect_finding("店の名はらーめんひさご。朝6時半に開ける。", "anon-shop", "らーめんひさご");
  expect_finding("窯の名は千草窯という。", "anon-shop", "千草窯");
  expect_finding("屋号は菓子処しおや。", "anon-shop", "菓子処しおや");
  // A line's end closes the name too.
  expect_finding("屋号は菓子処しおや\n次の行だ。", "anon-shop", "菓子処しおや");
  // What is said about the name is no name.
  expect_clean("店の名は父が付けた。屋号はそのまま残した。店名は変えずに、看板だけ新しくした。店名はまだ決まっていない。");
}

TEST(AnonymityCompany, NamesShapedLikeAFirmAnywhere_AreWarnings) {
  expect_finding("教材は山陰教育出版と相談した。", "anon-company", "山陰教育出版", Severity::kWarning);
  expect_finding("「森山刃物製作所いうのは父がつけた名前で」", "anon-company", "森山刃物製作所", Severity::kWarning);
  expect_finding("電気工事の大井川電設と結んだ。", "anon-company", "大井川電設");
  // A region and its industry stay clean: 京都伝統工芸, 九州自動車産業.
  EXPECT_FALSE(has_rule(check("京都伝統工芸の職人が九州自動車産業の動向を話した。"), "anon-company"));
  // A business written out (加工業, which MeCab reads 加|工業 with 加 as Canada) is no firm.
  EXPECT_FALSE(has_rule(check("同社はクラウド会計加工業を営む。"), "anon-company"));
}

TEST(AnonymityShop, ABranchByItsStationOrStreet_AndKanaClosedByAParticle_AreShops) {
  expect_finding("昨年開いた会津若松駅前店も、初年度から黒字です。", "anon-shop", "会津若松駅前店", Severity::kWarning);
  expect_finding("古いほうのグループホームくすのきは開設15年目だ。", "anon-shop", "グループホームくすのき");
  // A place whose name opens with 新, a branch by its street.
  expect_finding("2020年に2号店の新琴似駅前店を出した。", "anon-shop", "新琴似駅前店", Severity::kWarning);
  // A one-kanji town's station, a place before 前, a street by its number.
  expect_finding("本店のほかに桂駅前店を構える。", "anon-shop", "桂駅前店", Severity::kWarning);
  expect_finding("支店として奥社前店を持つ。", "anon-shop", "奥社前店", Severity::kWarning);
  expect_finding("中心の学園前店は駅の南口にある。", "anon-shop", "学園前店", Severity::kWarning);
  expect_finding("祇園四条店と清水五条店の二店舗を構える。", "anon-shop", "清水五条店", Severity::kWarning);
  expect_clean("数年前店を畳んだ。以前店に来た客だ。目の前店が並ぶ。");
  // An exit or an interchange names a branch too, and clinics open branches by a station.
  expect_finding("二店目の三宮東口店を出した。", "anon-shop", "三宮東口店", Severity::kWarning);
  expect_finding("五年前に出した鳥栖インター店は本店に頼る。", "anon-shop", "鳥栖インター店", Severity::kWarning);
  expect_finding("二院目となる清武駅前院を開いた。", "anon-shop", "清武駅前院", Severity::kWarning);
  expect_clean("定期通院の患者が多い。入院と退院を管理する。学校の北校舎に行く。");
  expect_finding("2店目が天神西通り店である。", "anon-shop", "天神西通り店", Severity::kWarning);
  // 駅前店 alone or said of any station is none; a known word after a shop word is prose.
  expect_clean("最寄り駅前店で買う。駅前店を閉めた。新駅前店を出した。大通り店を閉じた。");
  EXPECT_FALSE(has_rule(check("旅館すべてが満室だ。"), "anon-shop"));
}

TEST(AnonymityProduct, AQuoteTheFirmMadeOrThatCarriesIt_IsAProduct) {
  expect_finding("料理人向けの本枯節「潮音」をつくり、定期便を始めた。", "anon-product", "潮音");
  expect_finding("冷たいだし醤油で食べる「ひやひや黄金」が夏の看板になった。", "anon-product", "ひやひや黄金");
  // Notions and words said are none.
  expect_clean("社内で「見える化」の仕組みを作り、「朝礼」を作った。「ありがとう」を作り出す。");
}

TEST(AnonymityPerson, ANameInTheCellAfterARole_IsAnError) {
  const std::string table = "| 役職 | 名前 | 比率 |\n| --- | --- | --- |\n| 店長 | ミナミ | 48% |\n| スタイリスト | 上保 美咲 | 12% |\n";
  expect_finding(table, "anon-person", "ミナミ");
  expect_finding(table, "anon-person", "上保 美咲");
  // An undecided cell, a label or a role is none.
  EXPECT_FALSE(has_rule(check("| 役職 | 名前 |\n| --- | --- |\n| 店長 | 未定 |\n| 社長 | A社 |\n| 店長 | スタッフ |\n"),
                        "anon-person"));
}

TEST(AnonymityShop, AQuoteAfterTheWordsForAShopsName_IsAShop) {
  expect_finding("園の名は「いちごの丘 ふくだ農園」で、広い。", "anon-shop", "いちごの丘 ふくだ農園");
}

TEST(AnonymityShop, KindsOfShops_StayClean) {
  expect_clean("同じ商店街には八百屋、魚屋、パン屋、喫茶店が並ぶ。町のおもちゃ屋で買った。旅館や民宿への卸も始まった。");
  expect_clean("公民館の料理教室に招かれた。道の駅で販売した。グループホームやデイサービスを運営する同業者もいる。");
  expect_clean("カフェ経営の経験はない。レストランでは地元の野菜を使う。");
}

TEST(AnonymityProduct, BrandInQuotes_IsAnErrorWithASuggestion) {
  const Problems problems = check("自社ブランド『紅の雫』として直販した。");
  const Problem* problem = find(problems, "anon-product", "紅の雫");
  ASSERT_NE(problem, nullptr) << describe(problems);
  EXPECT_EQ(problem->severity, Severity::kError);
  EXPECT_NE(problem->suggestion.find("A社の主力商品"), std::string::npos);
  expect_finding("看板商品の「ひだまり食パン」を多めに焼く。", "anon-product", "ひだまり食パン");
  expect_finding("主力の銘柄「雪花舞」は香港でも扱われる。", "anon-product", "雪花舞");
}

TEST(AnonymityProduct, AQuoteRightAfterAKindOfGoods_IsAWarning) {
  expect_finding("夜間定温便「ハーバーナイト」の利用が伸びた。", "anon-product", "ハーバーナイト", Severity::kWarning);
  // (Set up as the mainstay it is an error: 夜間定温便「ハーバーナイト」を主力に据えた.)
  expect_finding("夜間定温便「ハーバーナイト」を主力に据えた。", "anon-product", "ハーバーナイト");
  expect_finding("超撥水生地「ミズハジキ」を自社ブランドで発売した。", "anon-product", "ミズハジキ", Severity::kWarning);
  expect_finding("診療所向け予約システム「ClinicNote」は導入120院。", "anon-product", "ClinicNote", Severity::kWarning);
  // Speech, mottos, programmes, columns and cultivars stand there too; kanji alone is a
  // subject or a tier.
  for (const char* text : {"社長「全部うちの子みたいなもん」と笑う。", "部長は最初「在庫は宝や」と渋った。",
                           "スローガン「ありがとうを届ける」を掲げた。", "会報コラム「実りの現場から」に載った。",
                           "国産小麦「ゆめちから」を使う。", "教材「国語」を作った。"}) {
    EXPECT_FALSE(has_rule(check(text), "anon-product")) << text << "\n" << describe(check(text));
  }
}

TEST(AnonymityProduct, AQuoteLaunchedOnADate_IsAProduct) {
  expect_finding("持ち帰り用「ごくだし豚骨」を2023年12月に発売した。", "anon-product", "ごくだし豚骨");
}

TEST(AnonymityProduct, CategoriesAndPublicNames_StayClean) {
  expect_clean("主力は最中とどら焼きで、ドレッシングは二種類に絞った。松阪牛のハンバーグが評判である。");
  expect_clean("商品の説明には「辛口」「純米」といった言葉を使い分けた。新商品の「ドレッシング」を売った。");
  // Public variety names are allowed through corpus/anonymity-allow.txt.
  const AnonymityContext context = anonymity_evaluation_context(kTestData + "/../corpus/anonymity-allow.txt");
  expect_clean("山田錦とコシヒカリの作付けを見直した。佐藤錦の栽培に打ち込んだ。", context);
  // So are traditional crafts whose place MeCab reads as a surname (会津木綿, 小千谷縮, 高岡銅器).
  expect_clean("2022年10月5日　会津木綿の反物や小千谷縮の依頼を数えた。高岡銅器と越前漆器も扱う。", context);
  EXPECT_FALSE(check("会津木綿の反物を数えた。").empty());  // the list, not the rules, lets it through
  // A regional kind in quotes is no brand.
  expect_clean("せんべい汁用の「かやき煎餅」も扱う。");
}

TEST(AnonymityCompany, RomanisedSingleWord_IsAnErrorBesideFirmWords) {
  expect_finding("英語のラベルには蔵の名前をローマ字でKurahashiと入れた。", "anon-company", "Kurahashi");
  expect_finding("英語表記のMARUFUKUの看板も掲げている。", "anon-company", "MARUFUKU");
  expect_finding("工場にはNakamuraの機械が並ぶ。", "anon-company", "Nakamura", Severity::kWarning);
}

TEST(AnonymityCompany, RomanisedNameWithAFirmWord_IsAnError) {
  expect_finding("海外向けにはKOBAYASHI FOODSの名で売る。", "anon-company", "KOBAYASHI FOODS");
  expect_finding("仕入れ先のMorita Industriesに頼む。", "anon-company", "Morita Industries");
  expect_finding("看板にはTAKEDA SHOTENと書いた。", "anon-company", "TAKEDA SHOTEN");
  // English words that read as romaji, and events, are no firm (at most a warning).
  const Problems problems = check("Marine Productsの展示会とJAPAN FOOD EXPOに出た。");
  EXPECT_FALSE(has_rule(problems, "anon-company")) << describe(problems);
}

TEST(AnonymityCompany, EnglishAndKnownRomajiWords_StayClean) {
  expect_clean("Excel と Google で管理し、HACCP と ISO9001 を取得した。Kaizen と Monozukuri を学ぶ。");
  expect_clean("DXとSDGsに取り組み、Toyotaの工場見学にも行った。");
}

TEST(AnonymityQuasiIdentifier, UniquenessWordedDifferently_IsAWarningOverTheClause) {
  expect_finding("この辺りで石臼挽きの体験ができる店はうちしかない。", "anon-quasi-identifier",
                 "この辺りで石臼挽きの体験ができる店はうちしかない", Severity::kWarning);
  expect_finding("高知で一番古い鰹節屋として知られる。", "anon-quasi-identifier", "高知で一番古い鰹節屋として知られる",
                 Severity::kWarning);
  // The place before the claim belongs to it: it is what makes the claim locate the firm.
  expect_finding("別府でただ一軒、自炊の湯治を続けている。", "anon-quasi-identifier",
                 "別府でただ一軒、自炊の湯治を続けている", Severity::kWarning);
  expect_finding("県の品評会で三年続けて一等を取った。", "anon-quasi-identifier", "県の品評会で三年続けて一等を取った",
                 Severity::kWarning);
  // A harbour, a shore, a bay or a cooperative is a scope as a town is: few firms share it.
  expect_finding("この港で最初にカキの養殖を始めた。", "anon-quasi-identifier", "この港で最初にカキの養殖を始めた",
                 Severity::kWarning);
  // (The clauses before it in a short sentence are reported with it.)
  expect_finding("震災後、浜で最初に養殖を再開した。", "anon-quasi-identifier", "震災後、浜で最初に養殖を再開した",
                 Severity::kWarning);
  expect_finding("径0.6ミリのねじを量産できるのは国内で3社、関西では当社のみ。", "anon-quasi-identifier",
                 "径0.6ミリのねじを量産できるのは国内で3社、関西では当社のみ", Severity::kWarning);
  expect_finding("組合の中で最初に認証を取った。", "anon-quasi-identifier", "組合の中で最初に認証を取った",
                 Severity::kWarning);
}

TEST(AnonymityQuasiIdentifier, AFoundingDatedToTheDay_IsOneFinding) {
  expect_finding("家族経営の事業者で、創業は1931年（昭和6年）5月12日と伝わる。", "anon-quasi-identifier",
                 "創業は1931年（昭和6年）5月12日", Severity::kWarning);
  expect_finding("- 1952年4月1日、初代が大工3人で創業", "anon-quasi-identifier", "1952年4月1日、初代が大工3人で創業",
                 Severity::kWarning);
  // A firm split off from its parent, or a shop from its master, is founded that day too.
  expect_finding("うちは2017年11月22日に親会社の東三精機から分かれてできた会社だ。", "anon-quasi-identifier",
                 "2017年11月22日に親会社の東三精機から分かれてでき", Severity::kWarning);
  expect_finding("2015年4月に師匠の店から暖簾分けで開いた。", "anon-quasi-identifier", "2015年4月に師匠の店から暖簾分けで",
                 Severity::kWarning);
  // Trap: a department made independent, with no date.
  expect_clean("営業部から独立して動く班を作った。");
}

TEST(AnonymityQuasiIdentifier, MediaByTheirNames_AreWarnings) {
  expect_finding("2020年にテレビ東京の『ガイアの夜明け』に出た時、問い合わせが来た。", "anon-quasi-identifier",
                 "2020年にテレビ東京の『ガイアの夜明け』に出た", Severity::kWarning);
  expect_finding("壁新聞が河北新報の一面に載った。", "anon-quasi-identifier", "壁新聞が河北新報の一面に載った", Severity::kWarning);
  // A paper not named is none: 地元紙に載った.
  EXPECT_FALSE(has_rule(check("取り組みは地元紙に載った。"), "anon-quasi-identifier"));
}

TEST(AnonymityQuasiIdentifier, RoundSixtyTwosClaimsInSpeechAndPrizesYearAfterYear_AreFound) {
  expect_finding("社長は「この型の刺し網船を使っとるのは、国内でうちの一隻きりだべ」と言う。", "anon-quasi-identifier",
                 "この型の刺し網船を使っとるのは、国内でうちの一隻きりだべ", Severity::kWarning);
  expect_finding("「万博の公式ショップに並んだ手ぬぐいは、うっとこのだけやねん」", "anon-quasi-identifier",
                 "「万博の公式ショップに並んだ手ぬぐいは、うっとこのだけやねん」", Severity::kWarning);
  expect_finding("「みなべで有機JASの梅をやっとるとこは、うち以外に聞いたことない」", "anon-quasi-identifier",
                 "「みなべで有機JASの梅をやっとるとこは、うち以外に聞いたことない」", Severity::kWarning);
  expect_finding("いまも店を開けているのは当家のみと伝わる。", "anon-quasi-identifier", "いまも店を開けているのは当家のみと伝わる",
                 Severity::kWarning);
  expect_finding("全国乾椎茸品評会で、十八年連続で入賞している。", "anon-quasi-identifier", "全国乾椎茸品評会で、十八年連続で入賞している",
                 Severity::kWarning);
  // Traps: a headcount with the speaker; a boat counted alone.
  expect_clean("社員は私を含めて五人だ。船は一隻きりだ。");
}

TEST(AnonymityQuasiIdentifier, RoundSixtysSharesRecordsFirstsAndFoundingsInSpeech_AreFound) {
  expect_finding("現役の南部鉄器職人として最高齢の92歳だ。", "anon-quasi-identifier", "現役の南部鉄器職人として最高齢の92歳だ",
                 Severity::kWarning);
  expect_finding("県の工事成績評定で3年続けて最高点を取った。", "anon-quasi-identifier", "県の工事成績評定で3年続けて最高点を取った",
                 Severity::kWarning);
  expect_finding("東大合格者を3名出したのは同塾だけだ。", "anon-quasi-identifier", "東大合格者を3名出したのは同塾だけだ",
                 Severity::kWarning);
  expect_clean("最高点を目標にした。");
  expect_finding("「有機JASの認証取ってる味噌蔵は、県内だどうちのほかに無えんだべした」", "anon-quasi-identifier",
                 "「有機JASの認証取ってる味噌蔵は、県内だどうちのほかに無えんだべした」", Severity::kWarning);
  expect_finding("ドアヒンジの部品じゃ、国内で出回ってる四割がうちのプレスなんだ。", "anon-quasi-identifier",
                 "ドアヒンジの部品じゃ、国内で出回ってる四割がうちのプレスなんだ", Severity::kWarning);
  expect_finding("豆腐屋は、四国のどこにも聞いたことがない。", "anon-quasi-identifier", "豆腐屋は、四国のどこにも聞いたことがない",
                 Severity::kWarning);
  expect_finding("震災の年の十二月、市内の加工場でまっさきに機械を回し始めた。", "anon-quasi-identifier",
                 "震災の年の十二月、市内の加工場でまっさきに機械を回し始めた", Severity::kWarning);
  expect_finding("明治三十八年の元日に初めて釜に火を入れた。", "anon-quasi-identifier", "明治三十八年の元日に初めて釜に火を入れ",
                 Severity::kWarning);
  expect_finding("2019年1月にNHKの『ドキュメント72時間』で三日間撮ってもらった。", "anon-quasi-identifier",
                 "2019年1月にNHKの『ドキュメント72時間』で三日間撮ってもらった", Severity::kWarning);
  // Traps: a share of the firm's own sales, a kiln fired again, a photo taken.
  expect_clean("売上の四割が通販だ。毎朝窯に火を入れる。写真を撮ってもらった。");
}

TEST(AnonymityQuasiIdentifier, TheFirmAloneInSpeechNoneElseFewerThanFiveAndUpstream_AreFound) {
  expect_finding("ゴールデンウィークの一日で812食を出した昨年は、売上が伸びた。", "anon-quasi-identifier",
                 "ゴールデンウィークの一日で812食を出した昨年は", Severity::kWarning);
  expect_clean("連休の一日で回れる範囲を案内した。");
  expect_finding("「天然物しか出さん店は、湖の周りでもうちきりだら」", "anon-quasi-identifier",
                 "「天然物しか出さん店は、湖の周りでもうちきりだら」", Severity::kWarning);
  expect_finding("染めまでを一つの工房でこなすところは全国でも五指に満たない。", "anon-quasi-identifier",
                 "染めまでを一つの工房でこなすところは全国でも五指に満たない", Severity::kWarning);
  expect_finding("定期便を走らせる業者はほかに一社もない。", "anon-quasi-identifier", "定期便を走らせる業者はほかに一社もない",
                 Severity::kWarning);
  expect_finding("製材所が佐田沈下橋から川沿いに上流へ一キロの場所にある。", "anon-quasi-identifier",
                 "佐田沈下橋から川沿いに上流へ一キロの場所", Severity::kWarning);
  // A verb in -す denied (出さん) is no person with さん.
  EXPECT_FALSE(has_rule(check("天然物しか出さん店だ。話さんけど。"), "anon-person"));
  expect_finding("森さん店に行った。", "anon-person", "森さん");
  // Traps: a contest cut off, the firm among others.
  expect_clean("連載はうちきりになった。市内の業者はほかに三社ある。");
}

TEST(AnonymityQuasiIdentifier, ContestsWonShowsPassedAndStreaksUnbroken_AreAwards) {
  // A past prize or a streak held is a fact though the sentence calls it a goal.
  expect_finding("2023年にヘアコンテストで副店長がグランプリを受賞したことも、若手の目標になっている。", "anon-quasi-identifier",
                 "2023年にヘアコンテストで副店長がグランプリを受賞したことも", Severity::kWarning);
  expect_finding("全国新酒鑑評会で2018年から五年続けて金賞の品質を保つことが、蔵人の目標だ。", "anon-quasi-identifier",
                 "全国新酒鑑評会で2018年から五年続けて金賞の品質を保つことが", Severity::kWarning);
  expect_clean("業界で一番の品質を目指す。日本一を目標にした。");
  expect_finding("2016年から3年連続で札幌みそラーメン選手権を制した店として知られる。", "anon-quasi-identifier",
                 "2016年から3年連続で札幌みそラーメン選手権を制した店として知られる", Severity::kWarning);
  expect_finding("2017年には日本伝統工芸展にも通った。", "anon-quasi-identifier", "2017年には日本伝統工芸展にも通った",
                 Severity::kWarning);
  expect_finding("日本農業賞の大賞（個別経営の部、平成二十八年）をもろた。", "anon-quasi-identifier", "日本農業賞の大賞（個別経営の部",
                 Severity::kWarning);
  // Traps: a contest entered, a show visited, a meeting broken off.
  expect_clean("全国選手権に出場した。工芸展を見に行った。会議が途切れた。");
}

TEST(AnonymityQuasiIdentifier, APatentNumberInBracketsAndTheFirstBrewDated_AreFound) {
  expect_finding("冷却の方法はすでに特許（第6834217号）を取っている。", "anon-quasi-identifier", "特許（第6834217号）");
  expect_finding("Z社は醸造所を運営する。最初の仕込みは2016年7月7日。", "anon-quasi-identifier", "最初の仕込みは2016年7月7日",
                 Severity::kWarning);
  // Traps: a patent applied for with no number; the first brew to come.
  expect_clean("特許（出願中）の技術を使う。最初の仕込みは来月だ。");
}

TEST(AnonymityQuasiIdentifier, StationsByTheirShortNamesForeignPapersLiveBroadcastsAndSets_AreMedia) {
  expect_finding("日テレの『ヒルナンデス！』に出たのが2022年の3月で、よく売れた。", "anon-quasi-identifier",
                 "日テレの『ヒルナンデス！』に出た", Severity::kWarning);
  expect_finding("2022年、英ガーディアン紙の旅行記事で紹介された。", "anon-quasi-identifier", "英ガーディアン紙の旅行記事で紹介",
                 Severity::kWarning);
  expect_finding("2024年1月に『朝だ！生です旅サラダ』の生中継がうちの台所から入った。", "anon-quasi-identifier",
                 "2024年1月に『朝だ！生です旅サラダ』の生中継", Severity::kWarning);
  expect_finding("2016年放送のBS旅番組の舞台になった。", "anon-quasi-identifier", "2016年放送のBS旅番組の舞台になった",
                 Severity::kWarning);
  // Traps: paper as a material; a fee; a stage with no programme; a live broadcast undated.
  expect_clean("紙の台帳で管理していたが、デジタルで紹介した。NHKの受信料を払った。舞台になった町だ。");
  EXPECT_FALSE(has_rule(check("日テレで紹介された。"), "anon-quasi-identifier"));
  expect_clean("テレビの生中継を見ながら仕込んだ。");
}

TEST(AnonymityQuasiIdentifier, AnEditionOrCornerBetweenTitleAndVerb_IsStillAMediaAppearance) {
  expect_finding("2018年放送の『ふくしま麺紀行』第12回で取り上げられた。", "anon-quasi-identifier",
                 "2018年放送の『ふくしま麺紀行』第12回で取り上げ", Severity::kWarning);
  expect_finding("取組は奈良新報の連載「まちの先生」第12回で紹介された。", "anon-quasi-identifier",
                 "奈良新報の連載「まちの先生」第12回で紹介", Severity::kWarning);
  // A product's quote before an edition is no programme: 「いちご大福」第2弾を紹介.
  EXPECT_FALSE(has_rule(check("店頭で「いちご大福」第2弾を紹介した。"), "anon-quasi-identifier"));
}

TEST(AnonymityQuasiIdentifier, AFewFirmsScopedByAPlaceAndNobodyButTheFirm_AreClaims) {
  expect_finding("フレームを量産しているのは、鯖江でも当社一社のみだ。", "anon-quasi-identifier",
                 "フレームを量産しているのは、鯖江でも当社一社のみだ", Severity::kWarning);
  expect_finding("この純米酒は、この蔵のほかに造っているところがない。", "anon-quasi-identifier",
                 "この純米酒は、この蔵のほかに造っているところがない", Severity::kWarning);
  // Without the firm or a place, "nowhere else" is a slogan: ほかにない味.
  expect_clean("社長は「ほかにない味を作りたい」と話した。");
}

TEST(AnonymityQuasiIdentifier, AnOutletClausesBeforeItsVerb_AndWorkSaidAsAVerb_AreFound) {
  expect_finding("2023年にはNHK新潟放送局の夕方のニュースで仕込みの様子が紹介され、申し込みが増えた。",
                 "anon-quasi-identifier", "2023年にはNHK新潟放送局の夕方のニュースで仕込みの様子が紹介", Severity::kWarning);
  expect_finding("2020年から琉球新報の教育面で連載を持つ。", "anon-quasi-identifier", "2020年から琉球新報の教育面で連載",
                 Severity::kWarning);
  expect_finding("東大寺の塔頭の庭を三代にわたって手入れしてきた。", "anon-quasi-identifier",
                 "東大寺の塔頭の庭を三代にわたって手入れし", Severity::kWarning);
  expect_finding("丸亀港の新しいフェリーターミナルを設計した。", "anon-quasi-identifier",
                 "丸亀港の新しいフェリーターミナルを設計し", Severity::kWarning);
  // Unnamed places and papers stay clean.
  expect_clean("地元の神社の庭を手入れしてきた。駅前の店舗を設計した。地元の新聞で仕込みの様子が紹介された。");
}

TEST(AnonymityQuasiIdentifier, AnExactAgeOrOneSaidOfThisYear_GivesTheFoundingYear) {
  expect_finding("Z社は、来年で創業二百三十年を迎える醤油蔵です。", "anon-quasi-identifier", "創業二百三十年",
                 Severity::kWarning);
  expect_finding("P社は今年で創業百周年を迎えました。", "anon-quasi-identifier", "創業百周年", Severity::kWarning);
  // Round ages many firms share stay clean.
  expect_clean("創業100年を超える酒蔵である。創業50年の精肉店です。創業150年の老舗です。");
}

TEST(AnonymityQuasiIdentifier, WaysFromAPartOfANamedPlace_CertificateNumbers_AndNotableVisitors_AreFound) {
  expect_finding("所在：宮川朝市の北端から徒歩3分の工房", "anon-quasi-identifier", "所在：宮川朝市の北端から徒歩3分",
                 Severity::kWarning);
  expect_finding("本社工場は神通川の富山大橋西詰から北へ2本目の通りにある。", "anon-quasi-identifier",
                 "神通川の富山大橋西詰から北へ2本目の通り", Severity::kWarning);
  expect_finding("場所：猿沢池から元興寺へ向かう路地の三軒目", "anon-quasi-identifier",
                 "場所：猿沢池から元興寺へ向かう路地の三軒目", Severity::kWarning);
  expect_finding("認証：有機JAS（認証番号 KOA-2018-117）", "anon-quasi-identifier", "認証番号 KOA-2018-117");
  expect_finding("2019年に首相が視察の帰りに立ち寄ったことが話題になった。", "anon-quasi-identifier",
                 "2019年に首相が視察の帰りに立ち寄ったことが話題になった", Severity::kWarning);
  // Unnamed places, a number not given, a prize and a minister's words are none.
  expect_clean("駅の駐車場から徒歩1分。電池から2本目の線をつなぐ。登録番号を取得した。社長は大臣の話を聞いた。");
}

TEST(AnonymityQuasiIdentifier, MoreWaysToSayWhereWhenAndWhoCame_AreFound) {
  expect_finding("G社は宮川朝市から一本北の通りに工房を構える。", "anon-quasi-identifier", "宮川朝市から一本北の通りに工房",
                 Severity::kWarning);
  expect_finding("2022年にJ-Startupに選定されたが、売上は伸びない。", "anon-quasi-identifier", "2022年にJ-Startupに選定されたが",
                 Severity::kWarning);
  expect_finding("今治タオル認定番号第2021-117号を取得した。", "anon-quasi-identifier", "認定番号第2021-117号");
  expect_finding("2020年にNHK『あさイチ』のパン特集で取り上げられた。", "anon-quasi-identifier", "2020年にNHK『あさイチ』のパン特集で取り上げられた",
                 Severity::kWarning);
  expect_finding("運送会社で、昭和33年に馬車運送から身を起こした。", "anon-quasi-identifier", "昭和33年に馬車運送から身を起こ",
                 Severity::kWarning);
  expect_finding("J社は明治41年に刀鍛冶の三男が開いた鍛冶場が始まりである。", "anon-quasi-identifier",
                 "明治41年に刀鍛冶の三男が開いた鍛冶場が始まりで", Severity::kWarning);
  // A public programme's approval, an event someone held and a deal that began are none.
  expect_clean("2021年度に経営革新計画の認定を受けた。2019年に町の人が開いたイベントに出た。2020年に取引が始まり、売上が増えた。");
}

TEST(AnonymityQuasiIdentifier, WhatTheFirmDidInANamedDisaster_ToldPrecisely_IsAWarning) {
  expect_finding("熊本地震の翌週、市内の焼肉店で最初に営業を再開した。", "anon-quasi-identifier",
                 "熊本地震の翌週、市内の焼肉店で最初に営業を再開した", Severity::kWarning);
  expect_finding("震災後に大槌町の仮設住宅48棟を施工した。", "anon-quasi-identifier", "震災後に大槌町の仮設住宅48棟を施工した",
                 Severity::kWarning);
  // A disaster told in general is none.
  expect_clean("震災で工場が被災し、グループ補助金で再建した。売上は震災前の6割まで落ちた。地震の後、キャンセルが相次いだ。");
  // Nor a disaster nobody named, nor hours worked after one.
  expect_clean("豪雨の翌朝には重機を出し、集落への道を2日で開いた。豪雨災害の後は残業が月60時間を超えた。");
}

TEST(AnonymityQuasiIdentifier, TheFirmAsTheOnlyOneOrTheTopNearItsScope_ButNotAGoal) {
  expect_finding("喜多方で朝7時前に開く店のなかで、創業から一度も定休日を設けていないのはこの店だけです。",
                 "anon-quasi-identifier",
                 "喜多方で朝7時前に開く店のなかで、創業から一度も定休日を設けていないのはこの店だけです", Severity::kWarning);
  expect_finding("県内で一本釣りの船凍をやっているのは、うちの船だけだ。", "anon-quasi-identifier",
                 "県内で一本釣りの船凍をやっているのは、うちの船だけだ", Severity::kWarning);
  expect_finding("2023年春の合格者数で市内の個人塾トップとなった。", "anon-quasi-identifier",
                 "2023年春の合格者数で市内の個人塾トップとなった", Severity::kWarning);
  // Goals and praise are no claims.
  expect_clean("業界で一番の品質を目指す。女将は「地元の当たり前が、お客様には一番のごちそうだった」と話す。日本一を目標に掲げた。");
}

TEST(AnonymityQuasiIdentifier, ResultsAtANamedSchoolAndServiceAtANamedPlace_AreWarnings) {
  expect_finding("- 2023年度、県立岡山朝日高校に塾生14名が合格", "anon-quasi-identifier", "- 2023年度、県立岡山朝日高校に塾生14名が合格",
                 Severity::kWarning);
  expect_finding("宮崎空港のターミナルビルの清掃を30年以上一手に請け負ってきた。", "anon-quasi-identifier",
                 "宮崎空港のターミナルビルの清掃を30年以上一手に請け負ってきた", Severity::kWarning);
  // Schools by their kind, and unnamed places, are none.
  expect_clean("高校に3名が合格した。難関の私立中学に10人が合格。地元の病院の清掃を請け負ってきた。個人邸の庭と公園の植栽管理を請け負う。");
}

TEST(AnonymityQuasiIdentifier, CumulativeAndYearlyRecordsCountedExactly_AreWarnings) {
  expect_finding("開店以来の一日最高記録は1,108杯という日もあった。", "anon-quasi-identifier", "開店以来の一日最高記録は1,108杯",
                 Severity::kWarning);
  expect_finding("年間の来園者は延べ三万二千人にのぼる。", "anon-quasi-identifier", "年間の来園者は延べ三万二千人",
                 Severity::kWarning);
  // Small and rounded counts are shared by many.
  expect_clean("ワークショップには延べ300人が参加した。年間およそ3,000人が訪れる。");
}

TEST(AnonymityQuasiIdentifier, DatedBeginningsSharesRecordsAndListedPlaces_AreWarnings) {
  expect_finding("D社は昭和四十七年五月十日に先代が二台のトラックで始めた運送会社だ。", "anon-quasi-identifier",
                 "昭和四十七年五月十日に先代が二台のトラックで始め", Severity::kWarning);
  expect_finding("V社は、明治四十年からこの斜面でぶどうを作り、今の園主で五代目になる。", "anon-quasi-identifier",
                 "明治四十年からこの斜面でぶどうを作り、今の園主で五代目", Severity::kWarning);
  expect_finding("ダマスカス鋼の包丁では国内生産の約4割を担っている。", "anon-quasi-identifier",
                 "ダマスカス鋼の包丁では国内生産の約4割を担っている", Severity::kWarning);
  expect_finding("工房は、いまや燕市でもこの一社を残すのみである。", "anon-quasi-identifier",
                 "工房は、いまや燕市でもこの一社を残すのみである", Severity::kWarning);
  expect_finding("2023年8月13日に一日で2,140杯を売り上げ、店の記録を塗り替えた。", "anon-quasi-identifier",
                 "2023年8月13日に一日で2,140杯を売り上げ、店の記録を塗り替えた", Severity::kWarning);
  expect_finding("2019年にパリのメゾン・エ・オブジェに出展した時、手に取る人が多かった。", "anon-quasi-identifier",
                 "2019年にパリのメゾン・エ・オブジェに出展した時", Severity::kWarning);
  expect_finding("明治期の煉瓦煙突は町の指定文化財で、人が来る。", "anon-quasi-identifier", "明治期の煉瓦煙突は町の指定文化財で",
                 Severity::kWarning);
  // A log's dated entry, an exhibition by its kind and a small share are none.
  expect_clean("- 2023年7月18日：上記に加え、研修を始めた。2022年に東京の展示会に出展した。国内生産の1割に満たない。");
}

TEST(AnonymityQuasiIdentifier, NotableCustomersPartsOfLandmarksAndDailyRecords_AreWarnings) {
  expect_finding("毎年秋には宮内庁へ栗きんとんを献上している。", "anon-quasi-identifier",
                 "毎年秋には宮内庁へ栗きんとんを献上している", Severity::kWarning);
  expect_finding("V社は千秋公園のお堀に面した建物で営む。", "anon-quasi-identifier", "千秋公園のお堀に面した建物",
                 Severity::kWarning);
  expect_finding("看板の商品は、放送翌日に1日4,320個を売り上げた。", "anon-quasi-identifier", "放送翌日に1日4,320個",
                 Severity::kWarning);
  expect_finding("旅番組の『遠くへ行きたい』に2回出た。", "anon-quasi-identifier", "旅番組の『遠くへ行きたい』に2回出た",
                 Severity::kWarning);
  // An event as a time and unnamed places are none.
  EXPECT_FALSE(has_rule(check("大河ドラマの放送以来、城跡を訪れる観光客が増えた。万博の年に店を作った。公園の堀に面した家。"),
                        "anon-quasi-identifier"));
}

TEST(AnonymityQuasiIdentifier, OldLinesHonoursAndTheOneSupplier_AreWarnings) {
  expect_finding("社長は「寛政二年からこの場所で暖簾を守ってきた」と言う。", "anon-quasi-identifier",
                 "寛政二年からこの場所で暖簾を守っ", Severity::kWarning);
  expect_finding("職人頭は2015年度の京都府伝統産業優秀技術者に選ばれた経験を持つ。", "anon-quasi-identifier",
                 "職人頭は2015年度の京都府伝統産業優秀技術者に選ばれた経験を持つ", Severity::kWarning);
  expect_finding("店は町内に一つしかない小学校の給食パンを四十年間一手に焼いてきた。", "anon-quasi-identifier",
                 "店は町内に一つしかない小学校の給食パンを四十年間一手に焼いてきた", Severity::kWarning);
  // Customers choosing, a family member doing all the books, a recent start are none.
  expect_clean("2020年から若者に選ばれる店になった。経理は妻が一手に引き受ける。令和元年から地域の清掃を続けている。");
}

TEST(AnonymityQuasiIdentifier, ViewsFromANamedPlace_AndItsBranchesByTown_AreFound) {
  expect_finding("G社は、足摺岬の灯台から見下ろせる小さな漁港を拠点に営む。", "anon-quasi-identifier",
                 "足摺岬の灯台から見下ろせる小さな漁港", Severity::kWarning);
  expect_finding("草津温泉の湯畑から歩いて1分という立地だ。", "anon-quasi-identifier", "草津温泉の湯畑から歩いて1分",
                 Severity::kWarning);
  expect_finding("常連の多くは一番町店の近くに勤める会社員だった。", "anon-shop", "一番町店", Severity::kWarning);
  expect_finding("P社は霧島高原まほろば牧場として黒豚を育てる。", "anon-company", "霧島高原まほろば牧場", Severity::kWarning);
  expect_clean("展望台から見える景色。町店は閉めた。");
}

TEST(AnonymityQuasiIdentifier, CallLettersPrizesWithAYearInTheirNameAndMoreLandmarks_AreFound) {
  expect_finding("人気店だ。RKBの夕方の情報番組で特集されてから客足は伸びた。", "anon-quasi-identifier",
                 "RKBの夕方の情報番組で特集", Severity::kWarning);
  expect_finding("大阪府庁の南隣のビル1階に入る食堂だ。", "anon-quasi-identifier", "大阪府庁の南隣のビル1階に入る食堂",
                 Severity::kWarning);
  expect_finding("ホットペッパービューティーアワード2023でBEST SALON GOLDに選ばれた一方、予約は減った。",
                 "anon-quasi-identifier", "ホットペッパービューティーアワード2023でBEST SALON GOLDに選ばれた一方",
                 Severity::kWarning);
  expect_finding("熊本地震で建物が全壊し、2016年10月3日に仮設の事務所で再開した。", "anon-quasi-identifier",
                 "熊本地震で建物が全壊し、2016年10月3日に仮設の事務所で再開した", Severity::kWarning);
  expect_clean("夕方の情報番組で紹介された。");
}

TEST(AnonymityQuasiIdentifier, RecognitionsWithMoAndNotableShopsAndGuides_AreFound) {
  expect_finding("2014年には経済産業省の「はばたく中小企業・小規模事業者300社」にも選ばれた。", "anon-quasi-identifier",
                 "2014年には経済産業省の「はばたく中小企業・小規模事業者300社」にも選ばれ", Severity::kWarning);
  expect_finding("2019年にiFデザインアワードを受けた。", "anon-quasi-identifier", "2019年にiFデザインアワードを受けた",
                 Severity::kWarning);
  expect_finding("工房の鉄瓶は2018年からルーヴル美術館のミュージアムショップにも並んでいる。", "anon-quasi-identifier",
                 "工房の鉄瓶は2018年からルーヴル美術館のミュージアムショップにも並んでいる", Severity::kWarning);
  expect_clean("新商品は地元のスーパーにも並んでいる。");
}

TEST(AnonymityQuasiIdentifier, AnAgeAtAMilestone_IsAWarning_AnAgeAloneIsNone) {
  expect_finding("創業者は15歳で大工に弟子入りし、21歳で独立した叩き上げだ。", "anon-quasi-identifier",
                 "15歳で大工に弟子入りし、21歳で独立", Severity::kWarning);
  expect_finding("社長は東北大学の大学院に在学中の23歳で会社を興した。", "anon-quasi-identifier",
                 "東北大学の大学院に在学中の23歳で会社を興", Severity::kWarning);
  expect_clean("社長は七十八歳で、長女が専務だ。平均年齢は58歳で、若手がいない。30歳で家業に戻った。");
}

TEST(AnonymityQuasiIdentifier, AnUnnamedOutletDatedToTheMonthAndMoreClaims_AreWarnings) {
  expect_finding("2022年11月に地元局の夕方ニュースで特集されたことで注文が増えた。", "anon-quasi-identifier",
                 "2022年11月に地元局の夕方ニュースで特集", Severity::kWarning);
  expect_finding("ドレッシングは県内の土産物店の売れ筋ランキングで3年続けて首位を守った。", "anon-quasi-identifier",
                 "ドレッシングは県内の土産物店の売れ筋ランキングで3年続けて首位を守った", Severity::kWarning);
  expect_finding("サービスは道内の町村役場の8割以上が使っている。", "anon-quasi-identifier",
                 "サービスは道内の町村役場の8割以上が使っている", Severity::kWarning);
  expect_finding("開店10周年の催しで1日1,840本を焼き上げた。", "anon-quasi-identifier", "開店10周年の催しで1日1,840本",
                 Severity::kWarning);
  // An outlet dated only by its year, a rate and a range are none.
  expect_clean("2020年に地元の新聞で紹介された。1日あたり2,000-3,000食を作る。");
}

TEST(AnonymityQuasiIdentifier, WaysUpAndDownHillMemorialHallsAndExactYearlyCounts_AreFound) {
  expect_finding("首里城公園の守礼門から坂を下りて2分の場所。", "anon-quasi-identifier", "首里城公園の守礼門から坂を下りて2分の場所",
                 Severity::kWarning);
  expect_finding("蔵はマルキン記念館から北へ歩いて4分。", "anon-quasi-identifier", "マルキン記念館から北へ歩いて4分",
                 Severity::kWarning);
  expect_finding("年間車検台数2,314台は創業以来の最高となった。", "anon-quasi-identifier", "年間車検台数2,314台は創業以来の最高となった",
                 Severity::kWarning);
  expect_finding("なかでも帯広西店の売上が落ちた。", "anon-shop", "帯広西店", Severity::kWarning);
  expect_finding("S社（トモエ急送）は運送会社だ。", "anon-company", "トモエ急送");
  // Round yearly counts are shared by many.
  expect_clean("蔵見学には年間2,000人が訪れる。置き畳は年間1,200枚を出荷する。");
}

TEST(AnonymityQuasiIdentifier, TurnsCountedAfterANamedPlaceAndMoreClaims_AreWarnings) {
  expect_finding("本店は博多駅筑紫口を出て右、二つ目の信号を渡ったビルの地下一階にある。", "anon-quasi-identifier",
                 "博多駅筑紫口を出て右、二つ目の信号を渡ったビルの地下一階", Severity::kWarning);
  expect_finding("工場は県道4号の赤城大鳥居から北へ1.5キロの場所にある。", "anon-quasi-identifier",
                 "県道4号の赤城大鳥居から北へ1.5キロの場所", Severity::kWarning);
  expect_finding("創業は文久元年の九月一日と伝わる。", "anon-quasi-identifier", "創業は文久元年の九月一日",
                 Severity::kWarning);
  expect_finding("府下でこの型の活版機を今も動かしている工場はほかになく、受注が続く。", "anon-quasi-identifier",
                 "府下でこの型の活版機を今も動かしている工場はほかになく、受注が続く", Severity::kWarning);
  expect_clean("駅を出て右に曲がった。二つ目の案を選んだ。");
}

TEST(AnonymityQuasiIdentifier, DatedSelectionsAndPerfectRecordsInARow_AreWarnings) {
  expect_finding("社長は2015年に現代の名工に選ばれた織師でもある。", "anon-quasi-identifier",
                 "社長は2015年に現代の名工に選ばれた織師でもある", Severity::kWarning);
  expect_finding("2022年度に県の働き方改革推進優良企業として表彰された。", "anon-quasi-identifier",
                 "2022年度に県の働き方改革推進優良企業として表彰された", Severity::kWarning);
  expect_finding("離職率は2年連続で0%を続けている。", "anon-quasi-identifier", "離職率は2年連続で0%を続けている",
                 Severity::kWarning);
  // Customers choose goods (出張の客に選ばれ), and a run of losses is no record.
  expect_clean("2020年から詰め合わせは出張の客に選ばれ、売上が伸びた。");
  expect_clean("2021年度は3期連続の減収となり、売上は5%減った。");
}

TEST(AnonymityQuasiIdentifier, AClaimScopedByAPlaceTheListsDoNotKnow_IsAWarning) {
  expect_finding("須磨で一番売れとる塩パンや。", "anon-quasi-identifier", "須磨で一番売れとる塩パンや", Severity::kWarning);
  expect_finding("今治で3番目に古い蔵だ。", "anon-quasi-identifier", "今治で3番目に古い蔵だ", Severity::kWarning);
  expect_finding("保有する高所作業車は142台で県内同業トップ。", "anon-quasi-identifier", "保有する高所作業車は142台で県内同業トップ",
                 Severity::kWarning);
  // Not a place before で: 人生で最後の, 三年目で初めて.
  EXPECT_FALSE(has_rule(check("三年目で初めて黒字になった。"), "anon-quasi-identifier"));
  // A town the text names in full elsewhere, said short; a group in a place.
  expect_finding("R社は燕市のメーカーだ。研磨職人を12人抱える、燕で最大の磨き屋集団でもある。", "anon-quasi-identifier",
                 "研磨職人を12人抱える、燕で最大の磨き屋集団でもある", Severity::kWarning);
  expect_finding("2018年に今治の中小工場として真っ先に認証を取得した。", "anon-quasi-identifier",
                 "2018年に今治の中小工場として真っ先に認証を取得した", Severity::kWarning);
  EXPECT_FALSE(has_rule(check("R社は燕市のメーカーだ。工場で最大の機械は10年前に入れた。"), "anon-quasi-identifier"));
}

TEST(AnonymityQuasiIdentifier, SinceAYearAtItsPlaceAndMoreClaims_AreWarnings) {
  // A year the firm stands since, with its place and kind.
  expect_finding("元町の商店街で昭和28年から続く洋食店で、席は28。", "anon-quasi-identifier", "元町の商店街で昭和28年から続く洋食店",
                 Severity::kWarning);
  expect_finding("M社は北四番丁で1978年から同じ場所で営業を続ける喫茶店を営む。", "anon-quasi-identifier",
                 "北四番丁で1978年から同じ場所で営業を続ける", Severity::kWarning);
  // A share of a place's trade, handled by one firm; none like it in a place's kind.
  expect_finding("紋別港に水揚げされる毛ガニのおよそ4割を一社で買い付けている。", "anon-quasi-identifier",
                 "紋別港に水揚げされる毛ガニのおよそ4割を一社で買い付けている", Severity::kWarning);
  expect_finding("高知県内の介護事業所では例のない週休3日制を選べる。", "anon-quasi-identifier",
                 "高知県内の介護事業所では例のない週休3日制を選べる", Severity::kWarning);
  expect_finding("県内で木桶仕込みを続けている蔵はほかに見当たりません。", "anon-quasi-identifier",
                 "県内で木桶仕込みを続けている蔵はほかに見当たりません", Severity::kWarning);
  expect_finding("工場には大阪で最後まで活版の名刺を刷り続けている活版機がある。", "anon-quasi-identifier",
                 "工場には大阪で最後まで活版の名刺を刷り続けている活版機がある", Severity::kWarning);
  // An honour with its year after it.
  expect_finding("実績を持ち、川根本町の町長表彰を2022年に受けている。", "anon-quasi-identifier",
                 "実績を持ち、川根本町の町長表彰を2022年に受けている", Severity::kWarning);
  // A trend or a decade is no firm's year; 最後まで alone is no claim.
  expect_clean("2020年から続く値上げに苦しむ。1950年代から続く店だ。最後まで諦めずに現場で最後まで残った。");
}

TEST(AnonymityQuasiIdentifier, OneInSoManyAGreatAgeAtWorkAndNamedProgrammes_AreWarnings) {
  // One in so many of a trade's goods or people, said to be the firm's.
  expect_finding("県内のスーパーで売られる豆腐のおよそ4丁に1丁を同社が供給している。", "anon-quasi-identifier",
                 "県内のスーパーで売られる豆腐のおよそ4丁に1丁を同社が供給している", Severity::kWarning);
  expect_finding("医学部に進む生徒のおよそ3人に1人がこの塾の出身とされる。", "anon-quasi-identifier",
                 "医学部に進む生徒のおよそ3人に1人がこの塾の出身とされる", Severity::kWarning);
  // A great age still at work.
  expect_finding("創業者は96歳のいまも毎朝店に立つ。", "anon-quasi-identifier", "96歳のいまも毎朝店に立つ", Severity::kWarning);
  expect_finding("創業者は今年86歳になる現役の整備士で、", "anon-quasi-identifier", "今年86歳になる現役の整備士で",
                 Severity::kWarning);
  // Programmes named by their channel, a feature by its kind of coverage.
  expect_finding("NHKの『鶴瓶の家族に乾杯』で2022年に紹介されたのを機に客が増えた。", "anon-quasi-identifier",
                 "NHKの『鶴瓶の家族に乾杯』で2022年に紹介", Severity::kWarning);
  expect_finding("塾長は2019年にMBSの『情熱大陸』で取材を受けた名物講師だ。", "anon-quasi-identifier",
                 "2019年にMBSの『情熱大陸』で取材を受け", Severity::kWarning);
  // Doors and streets from a named place; a town's share of users; the last one.
  expect_finding("店は牧志公設市場の入口から三軒隣という立地だ。", "anon-quasi-identifier", "牧志公設市場の入口から三軒隣",
                 Severity::kWarning);
  expect_finding("利用社数を伸ばし、道内の中小運送会社の約6割が使うまでになった。", "anon-quasi-identifier",
                 "利用社数を伸ばし、道内の中小運送会社の約6割が使うまでになった", Severity::kWarning);
  expect_finding("有田の町で今も火を入れている登り窯は同社のものが最後で、見学者も多い。", "anon-quasi-identifier",
                 "有田の町で今も火を入れている登り窯は同社のものが最後で", Severity::kWarning);
  expect_finding("社長は1988年のソウル五輪に競泳で出場した経歴を持つ。", "anon-quasi-identifier",
                 "社長は1988年のソウル五輪に競泳で出場した経歴を持つ", Severity::kWarning);
  expect_finding("2012年に完成した東京駅丸の内駅舎の復原工事では、同社の石が使われた。", "anon-quasi-identifier",
                 "2012年に完成した東京駅丸の内駅舎の復原工事では、同社の石が使われ", Severity::kWarning);
  // A local station by its call letters and place; a Latin title in a dated clause.
  expect_finding("新銘柄はNHK広島の夕方の情報番組で特集され、来客が増えた。", "anon-quasi-identifier",
                 "NHK広島の夕方の情報番組で特集", Severity::kWarning);
  expect_finding("ブランドは2019年にWWD JAPANで特集され、交渉で有利になった。", "anon-quasi-identifier",
                 "2019年にWWD JAPANで特集", Severity::kWarning);
  expect_clean("2019年にLINEで紹介した。2020年にInstagramで紹介した。");
  // The only firm with its scope between のは and the name; a superlative in a scope; an
  // honour kept years running, or dated far before it.
  expect_finding("鏡面研磨で特許を持つのは中国地方でU社のみです。", "anon-quasi-identifier",
                 "鏡面研磨で特許を持つのは中国地方でU社のみです", Severity::kWarning);
  expect_finding("寺社修復では県北部の建設会社で最も受注が多いという実績を打ち出した。", "anon-quasi-identifier",
                 "寺社修復では県北部の建設会社で最も受注が多いという実績を打ち出した", Severity::kWarning);
  expect_finding("全国茶品評会の深蒸し煎茶の部で、農林水産大臣賞を3年続けて受けた家で、", "anon-quasi-identifier",
                 "全国茶品評会の深蒸し煎茶の部で、農林水産大臣賞を3年続けて受けた家で", Severity::kWarning);
  expect_finding("- 2024年に「介護職員の働きやすい職場環境づくり」厚生労働大臣表彰", "anon-quasi-identifier",
                 "2024年に「介護職員の働きやすい職場環境づくり」厚生労働大臣表彰", Severity::kWarning);
  expect_clean("現場で最も大事なのは安全だ。");
  // Few firms said with もない; a group scoped before では.
  expect_finding("大型旋盤を持つ中小鉄工所は、国内に5社もない。", "anon-quasi-identifier",
                 "大型旋盤を持つ中小鉄工所は、国内に5社もない", Severity::kWarning);
  expect_finding("札幌市内の個人経営のベーカリーでは売上高で常に一、二を争う規模だ。", "anon-quasi-identifier",
                 "札幌市内の個人経営のベーカリーでは売上高で常に一、二を争う規模だ", Severity::kWarning);
  // A record figure said as one; a record without its figure is none.
  expect_finding("2023年度の売上高は過去最高の38億7,200万円。", "anon-quasi-identifier",
                 "2023年度の売上高は過去最高の38億7,200万円", Severity::kWarning);
  expect_clean("売上は過去最高を更新した。");
  // A statistic, an age alone, an age at work that is no great one.
  expect_clean("町の3人に1人が高齢者だ。社長は72歳。社長は70歳の今も現場に出る。");
}

TEST(AnonymityQuasiIdentifier, CaseSheetItems_AreReadAsSentencesAre) {
  // Round 22's case sheets: keys before a colon, honours and ranks as list items.
  expect_finding("- 開設：2006年4月10日", "anon-quasi-identifier", "開設：2006年4月10日", Severity::kWarning);
  expect_finding("- 開塾：1978年4月8日", "anon-quasi-identifier", "開塾：1978年4月8日", Severity::kWarning);
  expect_finding("- 2024年度 大阪ものづくり優良企業賞 受賞", "anon-quasi-identifier", "2024年度 大阪ものづくり優良企業賞 受賞",
                 Severity::kWarning);
  expect_finding("- 冷凍セットは旭川市のふるさと納税返礼品で2023年度の申込件数1位", "anon-quasi-identifier",
                 "冷凍セットは旭川市のふるさと納税返礼品で2023年度の申込件数1位", Severity::kWarning);
  expect_finding("- 九州の飲食店向けシフト管理アプリで導入数トップ", "anon-quasi-identifier",
                 "九州の飲食店向けシフト管理アプリで導入数トップ", Severity::kWarning);
  expect_finding("- 上田高校の合格者数で市内の塾として11年連続トップ", "anon-quasi-identifier",
                 "上田高校の合格者数で市内の塾として11年連続トップ", Severity::kWarning);
  expect_finding("- 1日最多3,120丁の販売記録（2024年8月12日）", "anon-quasi-identifier",
                 "1日最多3,120丁の販売記録（2024年8月12日）", Severity::kWarning);
  // Statues and baths as landmarks; a title with its year or episode after it.
  expect_finding("- 分院を岡山駅東口の桃太郎像から徒歩3分のビルに開設", "anon-quasi-identifier",
                 "岡山駅東口の桃太郎像から徒歩3分", Severity::kWarning);
  expect_finding("- 2つ目の事業所は椿の湯から坂を上って二軒目", "anon-quasi-identifier", "椿の湯から坂を上って二軒目",
                 Severity::kWarning);
  expect_finding("- オーナーが美容専門誌『HAIR MODE』2023年の九州特集で表紙を担当", "anon-quasi-identifier",
                 "美容専門誌『HAIR MODE』2023年の九州特集", Severity::kWarning);
  expect_finding("代表は2023年9月12日の京都新聞「ひと」欄に登場し、問合せが増えた。", "anon-quasi-identifier",
                 "2023年9月12日の京都新聞「ひと」欄に登場", Severity::kWarning);
  // A location does not run on over a founding said after it.
  expect_finding("医院は城下電停の目の前にあり、開院は2009年4月1日。", "anon-quasi-identifier", "開院は2009年4月1日",
                 Severity::kWarning);
  // A website opened, a loanword IPAdic reads as a surname, are none.
  expect_clean("2019年にECサイトを開設した。- ラベル印刷の取引先：ワイナリーなど約30社");
}

TEST(AnonymityQuasiIdentifier, WhatOwnersSayInTheirOwnWords_AreWarnings) {
  // Round 22's interviews: openings, honours, the last ones, said in speech.
  expect_finding("「日の出湯は、昭和27年の5月1日に祖父が開けてから休んだことない」", "anon-quasi-identifier",
                 "昭和27年の5月1日に祖父が開け", Severity::kWarning);
  expect_finding("「うちは2020年には県の地域医療貢献賞ももらいました」", "anon-quasi-identifier",
                 "「うちは2020年には県の地域医療貢献賞ももらいました」", Severity::kWarning);
  expect_finding("「京都で手縫いの縁付けができる職人は、もう私と父の二人だけどす」", "anon-quasi-identifier",
                 "「京都で手縫いの縁付けができる職人は、もう私と父の二人だけどす」", Severity::kWarning);
  expect_finding("「島で素潜りの漁を続けとるとは、もうおれ一人ばい」", "anon-quasi-identifier",
                 "「島で素潜りの漁を続けとるとは、もうおれ一人ばい」", Severity::kWarning);
  expect_finding("江戸時代には尾張藩の御用味噌を務めた記録が残る。", "anon-quasi-identifier",
                 "江戸時代には尾張藩の御用味噌を務めた記録が残る", Severity::kWarning);
  expect_finding("早池峰山の登山口に最も近い牧場で、夏は登山客が立ち寄る。", "anon-quasi-identifier",
                 "早池峰山の登山口に最も近い牧場で", Severity::kWarning);
  // A dated fire that burned the firm down; a famous writer who stayed.
  expect_finding("平成二十八年の火災で本館が全焼し、再建後は借入が重い。", "anon-quasi-identifier",
                 "平成二十八年の火災で本館が全焼し、再建後は借入が重い", Severity::kWarning);
  expect_finding("当主の曾祖父が夏目漱石を泊めたという逸話がある。", "anon-quasi-identifier", "夏目漱石を泊めたという逸話がある",
                 Severity::kWarning);
  // Filming; a named fish market and its quay; a street by its direction alone.
  expect_finding("本店は「孤独のグルメ」の撮影に使われた店だ。", "anon-quasi-identifier", "「孤独のグルメ」の撮影に",
                 Severity::kWarning);
  expect_finding("H社は気仙沼魚市場の北側岸壁の向かいに工場を構える。", "anon-quasi-identifier",
                 "気仙沼魚市場の北側岸壁の向かいに工場", Severity::kWarning);
  expect_finding("店主は「金刀比羅宮の表参道から一本裏、石灯籠の横」と話す。", "anon-quasi-identifier",
                 "金刀比羅宮の表参道から一本裏、石灯籠の横", Severity::kWarning);
  // Public work said across を、 with the firm as the one who made it.
  expect_finding("社長も「瀬戸大橋の補修の鉄骨を、うちが全部作った」と言う。", "anon-quasi-identifier",
                 "瀬戸大橋の補修の鉄骨を、うちが全部作っ", Severity::kWarning);
  // Famous mountains seen and the saint a route remembers are a region's, not a firm's place.
  EXPECT_FALSE(has_rule(check("客室の半分から富士山が見える。弘法大師ゆかりの札所巡りの途中に立ち寄るお遍路さん向けの案内だ。"),
                        "anon-quasi-identifier"));
  // A figure visited is no visitor; a novel's setting is no programme; a window opened is no shop.
  expect_clean("大隈重信の生家を訪れる観光客向けの土産だ。夏目漱石の『坊っちゃん』の舞台になった町だ。2020年に窓を開けて換気した。");
}

TEST(AnonymityQuasiIdentifier, RoundTwentyThreesClaimsPlacesAndOutlets_AreWarnings) {
  // Claims: none left, none above, as many as nobody else, the label alone in a scope.
  expect_finding("木桶だけで全量を仕込む蔵は、県内にはもう一軒も残っていない、というのが誇りだ。", "anon-quasi-identifier",
                 "木桶だけで全量を仕込む蔵は、県内にはもう一軒も残っていない", Severity::kWarning);
  expect_finding("その数は587銘柄と、県内の飲食店でこれを上回る店は見当たらない。", "anon-quasi-identifier",
                 "その数は587銘柄と、県内の飲食店でこれを上回る店は見当たらない", Severity::kWarning);
  expect_finding("溶接技能者の数は52名で、県内の同業者でこれほど抱える会社はない。", "anon-quasi-identifier",
                 "溶接技能者の数は52名で、県内の同業者でこれほど抱える会社はない", Severity::kWarning);
  expect_finding("全米で定番の棚を持つ味噌蔵は県内でR社だけである。", "anon-quasi-identifier",
                 "全米で定番の棚を持つ味噌蔵は県内でR社だけである", Severity::kWarning);
  expect_finding("香港ジュエリーショーに1998年から26年連続で出展している。", "anon-quasi-identifier",
                 "香港ジュエリーショーに1998年から26年連続で出展している", Severity::kWarning);
  // Dates: a signboard hung, a listing.
  expect_finding("J社は刃物の産地の工房で、昭和二十三年五月五日に初代が看板を掲げた。", "anon-quasi-identifier",
                 "昭和二十三年五月五日に初代が看板を掲げ", Severity::kWarning);
  expect_finding("離職率は下がり、2023年3月にはTOKYO PRO Marketへの上場を果たした。", "anon-quasi-identifier",
                 "離職率は下がり、2023年3月にはTOKYO PRO Marketへの上場を果たした", Severity::kWarning);
  // Places: stops, lookouts, parking lots, the way to a place.
  expect_finding("店は都電荒川線の梶原停留場の目の前にある。", "anon-quasi-identifier", "都電荒川線の梶原停留場の目の前",
                 Severity::kWarning);
  expect_finding("牧場は阿蘇パノラマラインの展望所から南へ300メートル下った場所にある。", "anon-quasi-identifier",
                 "阿蘇パノラマラインの展望所から南へ300メートル下った場所", Severity::kWarning);
  expect_finding("旅館は別府の地獄めぐり『海地獄』の駐車場向かいという場所柄だ。", "anon-quasi-identifier",
                 "別府の地獄めぐり『海地獄』の駐車場向かい", Severity::kWarning);
  expect_finding("大阪市浪速区の宿で、通天閣まで歩いて90秒という立地だ。", "anon-quasi-identifier", "通天閣まで歩いて90秒",
                 Severity::kWarning);
  // Outlets: a magazine with the verb far after its title; a documentary; a drama's prop.
  expect_finding("同店は2022年4月号のファッション誌『Lulu』で「天神で予約の取れないサロン」として6ページにわたって紹介された。",
                 "anon-quasi-identifier",
                 "2022年4月号のファッション誌『Lulu』で「天神で予約の取れないサロン」として6ページにわたって紹介",
                 Severity::kWarning);
  expect_finding("厨房がNetflixのドキュメンタリー『Chef's Table』に映り込んだ。", "anon-quasi-identifier",
                 "Netflixのドキュメンタリー『Chef's Table』に映り込", Severity::kWarning);
  expect_finding("2024年に放送された大河ドラマの宴席の場面では、この皿が小道具として使われた。", "anon-quasi-identifier",
                 "2024年に放送された大河ドラマの宴席の場面では、この皿が小道具として使われた", Severity::kWarning);
  // Batch 56's long narratives: work for a named event, a guide's listing said with で掲載,
  // a channel's programme, a front page after a disaster, a claim running on over its comma.
  expect_finding("2025年の大阪・関西万博では公式ガイドブックの一部を受注し、士気も上がった。", "anon-quasi-identifier",
                 "大阪・関西万博では公式ガイドブックの一部を受注し", Severity::kWarning);
  expect_finding("2021年の東京オリンピックでは選手村の通訳派遣を一括受注したが、急減した。", "anon-quasi-identifier",
                 "東京オリンピックでは選手村の通訳派遣を一括受注した", Severity::kWarning);
  expect_finding("ミシュランガイドのビブグルマンに2020年から4年連続で掲載された。", "anon-quasi-identifier",
                 "ミシュランガイドのビブグルマンに2020年から4年連続で掲載された", Severity::kWarning);
  expect_finding("2023年にYouTubeの人気チャンネル『麺ログ』で紹介された翌週に行列ができた。", "anon-quasi-identifier",
                 "2023年にYouTubeの人気チャンネル『麺ログ』で紹介", Severity::kWarning);
  expect_finding("2024年の能登半島地震の後には避難所へ菓子1万個を届け、全国紙の一面で報じられた。", "anon-quasi-identifier",
                 "2024年の能登半島地震の後には避難所へ菓子1万個を届け、全国紙の一面で報じられた", Severity::kWarning);
  expect_finding("岡山市内で最も早く、2014年に介護ロボットを導入した。", "anon-quasi-identifier",
                 "岡山市内で最も早く、2014年に介護ロボットを導入した", Severity::kWarning);
  // Batch 59's short summaries: a runway's end, a broadcast by a named station, a part of a
  // place before a comma, a place opening the sentence as the scope of its claim.
  expect_finding("茶園は富士山静岡空港の滑走路北端のすぐ脇にある。", "anon-quasi-identifier", "富士山静岡空港の滑走路北端のすぐ脇",
                 Severity::kWarning);
  expect_finding("地元のRKK熊本放送で塾長の授業が30分番組として放送され、評判になった。", "anon-quasi-identifier",
                 "地元のRKK熊本放送で塾長の授業が30分番組として放送", Severity::kWarning);
  expect_finding("Z社は漆器製造業。黒江で木地から上塗りまで一貫して手がける最後の工房だが、注文は減った。",
                 "anon-quasi-identifier", "黒江で木地から上塗りまで一貫して手がける最後の工房だが", Severity::kWarning);
  expect_clean("テレビで放送された。地元のテレビで放送された。現場で最後の仕上げをした。社長は最初の打ち合わせに出た。");
  // Batch 58's newsletter features: a clock tower, a record said after its count, a crossing
  // counted after leaving a gate, a morning drama's location, an all-time high price, an
  // offering to the imperial household.
  expect_finding("焙煎所は札幌市時計台の向かい、古い雑居ビルの2階にある。", "anon-quasi-identifier",
                 "札幌市時計台の向かい、古い雑居ビルの2階", Severity::kWarning);
  expect_finding("その月には1日で412キロを焼くという開業以来の最高記録も出た。", "anon-quasi-identifier",
                 "その月には1日で412キロを焼くという開業以来の最高記録も出た", Severity::kWarning);
  expect_finding("その年の大型連休には1日1,280杯という店の最高記録を出した。", "anon-quasi-identifier",
                 "その年の大型連休には1日1,280杯という店の最高記録を出した", Severity::kWarning);
  EXPECT_FALSE(has_rule(check("その年の大型連休には1日1,280杯という店の最高記録を出した。"), "anon-shop"));
  expect_finding("事務所は秋葉原駅の電気街口を出て信号を一つ渡った先にある。", "anon-quasi-identifier",
                 "秋葉原駅の電気街口を出て信号を一つ渡った先", Severity::kWarning);
  expect_finding("書店は2014年放送の朝の連続テレビ小説でロケ地として使われた。", "anon-quasi-identifier",
                 "書店は2014年放送の朝の連続テレビ小説でロケ地として使われた", Severity::kWarning);
  expect_finding("2019年の入札会では、一枚あたりの値が史上最高をつけて話題になった。", "anon-quasi-identifier",
                 "2019年の入札会では、一枚あたりの値が史上最高をつけて話題になった", Severity::kWarning);
  expect_finding("毎年の献上海苔を納める生産者に選ばれ続けている。", "anon-quasi-identifier",
                 "毎年の献上海苔を納める生産者に選ばれ続けている", Severity::kWarning);
  // Batch 63's quasi-identifiers: counts by the loaf and the case, a minister who stayed,
  // a dated article with the paper before the date, a listing, a licence, a governor as a
  // customer, a prince, a medallist, a consulate's restoration, an interchange connected,
  // an Olympic delivery, days after a disaster, a season's issue.
  expect_finding("客が急増し、1日で食パン2,400斤を売り切った日もあった。", "anon-quasi-identifier", "1日で食パン2,400斤",
                 Severity::kWarning);
  expect_finding("宿帳には、1989年の閣僚会合の折に各国の外相が泊まった記録も残る。", "anon-quasi-identifier",
                 "1989年の閣僚会合の折に各国の外相が泊まった記録も残る", Severity::kWarning);
  expect_finding("この取り組みは日刊工業新聞の2023年11月7日付で報じられた。", "anon-quasi-identifier",
                 "この取り組みは日刊工業新聞の2023年11月7日付で報じられた", Severity::kWarning);
  expect_finding("2023年9月28日に福岡証券取引所のQ-Boardへ上場してから、社員が増えた。", "anon-quasi-identifier",
                 "2023年9月28日に福岡証券取引所のQ-Boardへ上場してから", Severity::kWarning);
  expect_finding("L社は、2004年4月1日付で介護保険の事業所指定を受けた。", "anon-quasi-identifier",
                 "L社は、2004年4月1日付で介護保険の事業所指定を受けた", Severity::kWarning);
  expect_finding("店は歴代の大阪府知事が髪を任せてきたことでも知られる。", "anon-quasi-identifier",
                 "店は歴代の大阪府知事が髪を任せてきたことでも知られる", Severity::kWarning);
  expect_finding("横浜開港150周年の記念事業では、旧英国領事館跡の改修を請け負ったこともある。", "anon-quasi-identifier",
                 "旧英国領事館跡の改修を請け負", Severity::kWarning);
  expect_finding("物流センターは圏央道の白岡菖蒲インターに直結する立地にある。", "anon-quasi-identifier",
                 "圏央道の白岡菖蒲インターに直結する立地", Severity::kWarning);
  expect_finding("東京2020大会では選手村へ寝具を一括納品した実績も持つ。", "anon-quasi-identifier",
                 "東京2020大会では選手村へ寝具を一括納品した", Severity::kWarning);
  expect_finding("能登半島地震で工房が全壊してから47日後に、仮設の作業場で仕事を再開した。", "anon-quasi-identifier",
                 "能登半島地震で工房が全壊してから47日後に、仮設の作業場で仕事を再開した", Severity::kWarning);
  expect_finding("以前フランスの雑誌『Elle Décor』2023年秋号に載った器の写真を飾る。", "anon-quasi-identifier",
                 "以前フランスの雑誌『Elle Décor』2023年秋号", Severity::kWarning);
  // Batch 62's handouts: a quoted stop, a prize also received, a dated article with its date
  // before the clause, a licence taken, a centenary reached, a programme's production, a named
  // farm, a certification received.
  expect_finding("通販が伸びた。札幌市電の「西線14条」停留場を降りてすぐという立地を生かす。", "anon-quasi-identifier",
                 "札幌市電の「西線14条」停留場を降りてすぐ", Severity::kWarning);
  expect_finding("翌年には長崎県の水産加工品コンクールで知事賞も受けた。", "anon-quasi-identifier",
                 "翌年には長崎県の水産加工品コンクールで知事賞も受けた", Severity::kWarning);
  expect_finding("平日は混む。2022年8月には山陽新聞の教育面で紹介された。", "anon-quasi-identifier",
                 "2022年8月には山陽新聞の教育面で紹介", Severity::kWarning);
  expect_finding("昭和53年10月10日に宅建業の免許を取った先代から継いだ。", "anon-quasi-identifier",
                 "昭和53年10月10日に宅建業の免許を取った先代から継いだ", Severity::kWarning);
  expect_finding("本店は2021年に創業100周年を迎えたが、配達が減った。", "anon-quasi-identifier", "2021年に創業100周年を迎え",
                 Severity::kWarning);
  expect_finding("2023年2月にはNHK Eテレ「デザインあ」の映像制作に参加した。", "anon-quasi-identifier",
                 "NHK Eテレ「デザインあ」の映像制作", Severity::kWarning);
  expect_finding("ジェラート店は小岩井農場から車で5分、県道219号沿いにある。", "anon-quasi-identifier",
                 "小岩井農場から車で5分、県道219号沿い", Severity::kWarning);
  expect_finding("2023年度に埼玉県の「多様な働き方実践企業」でプラチナ認定を受けた。", "anon-quasi-identifier",
                 "2023年度に埼玉県の「多様な働き方実践企業」でプラチナ認定を受けた", Severity::kWarning);
  // A named selection in a year, with what was chosen as its subject.
  expect_finding("2022年度の「いばらきデザインセレクション」で包装が選定された。", "anon-quasi-identifier",
                 "2022年度の「いばらきデザインセレクション」で包装が選定された", Severity::kWarning);
  expect_clean("市の補助事業に2社が選定された。");
  // A site opened on a day; the firm as the only maker (同社にしか).
  expect_finding("前身は造園会社である。2009年10月1日に搾油所を開設した。", "anon-quasi-identifier",
                 "2009年10月1日に搾油所を開設", Severity::kWarning);
  expect_finding("深穴加工は、国内で同社にしか量産できないとされる。", "anon-quasi-identifier",
                 "深穴加工は、国内で同社にしか量産できないとされる", Severity::kWarning);
  EXPECT_FALSE(has_rule(check("2019年にECサイトを開設した。"), "anon-quasi-identifier"));
  // So is a care site or a shop opened on a day; opened in a year only, it is none.
  expect_finding("二〇一六年四月一日の開所以来はじめての離職ゼロとなった。", "anon-quasi-identifier",
                 "二〇一六年四月一日の開所", Severity::kWarning);
  expect_finding("平成八年三月十七日、震災の翌年にオープンした。", "anon-quasi-identifier",
                 "平成八年三月十七日、震災の翌年にオープン", Severity::kWarning);
  EXPECT_FALSE(has_rule(check("2019年にカフェをオープンした。2020年に二号店をオープン。"), "anon-quasi-identifier"));
  // A start from a trade in a year is a founding; from a date it is a plan's.
  expect_finding("P社は大正十一年に活版印刷から出発し、今年で創業百周年を迎えました。", "anon-quasi-identifier",
                 "大正十一年に活版印刷から出発し", Severity::kWarning);
  expect_clean("2020年から出発した取り組みが実った。");
  // Born on a day; founded in a month told before a comma.
  expect_finding("明治四十四年九月一日に鋳造所として産声を上げた。", "anon-quasi-identifier",
                 "明治四十四年九月一日に鋳造所として産声を上げ", Severity::kWarning);
  expect_finding("昭和三十八年十月、唐戸市場の脇で創業した。", "anon-quasi-identifier",
                 "昭和三十八年十月、唐戸市場の脇で創業", Severity::kWarning);
  // A disaster's damage told as our corpus tells recoveries is none.
  EXPECT_FALSE(has_rule(check("東日本大震災で工場が流され、グループ補助金を使って再建した。"), "anon-quasi-identifier"));
  // An exact count of a month or a year below a thousand; round or approximate ones are none.
  expect_finding("店長のカット指名は月間612件で、上位店より多い。", "anon-quasi-identifier", "店長のカット指名は月間612件",
                 Severity::kWarning);
  expect_clean("見学者は年間で約900人となった。置き畳は年間300枚になった。月間150件の注文がある。");
  // A famous island seen, a trade's goods, a short run of years: none.
  expect_clean("桜島を望む台地で茶を育てる。オーガニック食品の卸に提案した。3年連続で出展した。");
}

TEST(AnonymityQuasiIdentifier, ARankInAMarketAndNobodyAlongside_AreClaimsOnTheirOwn) {
  expect_finding("同社の勤怠サービスは、導入施設数でこの分野のシェア1位とされる。", "anon-quasi-identifier",
                 "同社の勤怠サービスは、導入施設数でこの分野のシェア1位とされる", Severity::kWarning);
  expect_finding("チタン枠を削り出す工程では、世界を見渡しても肩を並べる工場がないと評される。", "anon-quasi-identifier",
                 "チタン枠を削り出す工程では、世界を見渡しても肩を並べる工場がないと評される",
                 Severity::kWarning);
  // A goal is no claim; a share said vaguely is none.
  expect_clean("シェアトップを目指す。シェアを少しずつ伸ばした。");
}

TEST(AnonymityQuasiIdentifier, MountainsAndNumberedGates_AreLandmarks) {
  expect_finding("茶園は開聞岳の北麓に広がる。", "anon-quasi-identifier", "開聞岳の北麓", Severity::kWarning);
  expect_finding("物件は嘉手納基地の第1ゲートから徒歩3分という立地にある。", "anon-quasi-identifier",
                 "嘉手納基地の第1ゲートから徒歩3分", Severity::kWarning);
}

TEST(AnonymityQuasiIdentifier, WorkForANamedEvent_IsAWarning) {
  expect_finding("阿波おどりの公式ポスターを1978年から毎年刷り続けてきた。", "anon-quasi-identifier",
                 "阿波おどりの公式ポスターを1978年から毎年刷り続けてきた", Severity::kWarning);
  expect_finding("祇園祭の長刀鉾の稚児衣装を代々手がけてきた。", "anon-quasi-identifier", "祇園祭の長刀鉾の稚児衣装を代々手がけてきた",
                 Severity::kWarning);
  // An event unnamed, or as a time or an aim, is none.
  for (const char* text : {"地元の夏祭りで屋台の食材を提供した。", "浜松まつりの時期には、清掃を担当した。",
                           "万博に向けた展示装置の部品を手がけた。"}) {
    EXPECT_FALSE(has_rule(check(text), "anon-quasi-identifier")) << text << "\n" << describe(check(text));
  }
}

TEST(AnonymityCompany, TheBankThatLends_ByItsName_IsAWarning) {
  expect_finding("メインバンクのしまね中央信用金庫と協議し、運転資金を確保した。", "anon-company", "しまね中央信用金庫",
                 Severity::kWarning);
  expect_finding("利根沼田信用組合の融資と制度融資を組み合わせた。", "anon-company", "利根沼田信用組合", Severity::kWarning);
  // A bank as a supporter, with no lending, stays public: 地元の信用金庫が事業計画づくりを支えた.
  EXPECT_FALSE(has_rule(check("地元の信用金庫が事業計画づくりを支えた。"), "anon-company"));
}

TEST(AnonymityQuasiIdentifier, APatentWithItsTitleInBrackets_IsOneError) {
  expect_finding("保有する特許第6873214号（順送金型の板厚補正機構）を資料にまとめた。", "anon-quasi-identifier",
                 "特許第6873214号（順送金型の板厚補正機構）", Severity::kError);
}

TEST(AnonymityEmail, AnAtSpelledOutWithBlanks_IsFound) {
  expect_finding("問い合わせは komachi.kyoto (at) gmail.com で受ける。", "anon-email", "komachi.kyoto (at) gmail.com");
}

TEST(AnonymityCompany, AShortNameAfterItsWordAndABlank_IsFound) {
  expect_finding("上位1社（大宮食品工業、社内略称 ODK）が売上の52%を占める。", "anon-company", "ODK");
  // A market in a loanword before 向け is no customer.
  EXPECT_FALSE(has_rule(check("客室2室をワーケーション向けに改装した。"), "anon-company"));
}

TEST(AnonymityQuasiIdentifier, AnEdoEraAsAWholeAndAFilmsLocation_AreWarnings) {
  expect_finding("X社は享保年間から続く呉服店だ。", "anon-quasi-identifier", "享保年間から続く", Severity::kWarning);
  expect_finding("銭湯は2019年公開の映画「湯けむり三代」のロケ地にもなった。", "anon-quasi-identifier",
                 "銭湯は2019年公開の映画「湯けむり三代」のロケ地にもなった", Severity::kWarning);
  // A modern era as a whole spans decades: 昭和年間から続く is no date.
  EXPECT_FALSE(has_rule(check("店は昭和年間から続く。"), "anon-quasi-identifier"));
}

TEST(AnonymityQuasiIdentifier, AViewOfANamedLandmark_IsALocation) {
  expect_finding("カフェは熊本城の二の丸広場を見下ろす高台にある。", "anon-quasi-identifier", "熊本城の二の丸広場を見下ろす高台",
                 Severity::kWarning);
  // A castle keep unnamed is no place: 天守閣を望む座敷.
  EXPECT_FALSE(has_rule(check("庭の茶室は、天守閣を望む座敷が自慢だ。"), "anon-quasi-identifier"));
}

TEST(AnonymityQuasiIdentifier, ALocation_CoversWhatStandsThere) {
  // The place the description goes on to, through a comma, up to the word it describes.
  expect_finding("工場は東京スカイツリーの真下、北十間川の遊歩道に面した場所にある。", "anon-quasi-identifier",
                 "東京スカイツリーの真下、北十間川の遊歩道に面した場所", Severity::kWarning);
  expect_finding("鳥取砂丘の入口にあって、砂丘にいちばん近い本屋として知られる。", "anon-quasi-identifier",
                 "鳥取砂丘の入口にあって、砂丘にいちばん近い本屋として知られる", Severity::kWarning);
  expect_finding("佐田岬の突端から2キロの、海に落ち込む段々畑よ。", "anon-quasi-identifier",
                 "佐田岬の突端から2キロの、海に落ち込む段々畑", Severity::kWarning);
  // The river or street it stands along, said before a comma.
  expect_finding("教室は倉敷川沿い、大原美術館の裏手の白壁の蔵を改装した建物だ。", "anon-quasi-identifier",
                 "倉敷川沿い、大原美術館の裏手の白壁の蔵", Severity::kWarning);
  // Landmarks ending in kana, a way of going that ends in a direction, 真向かい.
  expect_finding("角館の武家屋敷通りの角から二軒目にある酒屋です。", "anon-quasi-identifier",
                 "角館の武家屋敷通りの角から二軒目にある酒屋", Severity::kWarning);
  expect_finding("関越道・花園インターを降りてすぐ北に構える倉庫だ。", "anon-quasi-identifier",
                 "関越道・花園インターを降りてすぐ北に構える倉庫", Severity::kWarning);
  expect_finding("店は六角堂の真向かいにある。", "anon-quasi-identifier", "六角堂の真向かい", Severity::kWarning);
  // A verb after the position is no place (に建つ), and a street is named by a word, not by
  // the verb before it (出て通りを渡った).
  expect_finding("旅館は高山陣屋の向かいに建つ。", "anon-quasi-identifier", "高山陣屋の向かい", Severity::kWarning);
  EXPECT_FALSE(has_rule(check("社員食堂の向かいに休憩室を設けた。"), "anon-quasi-identifier"));
}

TEST(AnonymityQuasiIdentifier, PlacesKnownByACommonWordAndRoutesAcrossFromThem_AreWarnings) {
  // A famous place named by a common word alone, at a clause's start.
  expect_finding("蔵造りの町並みの一番街、時の鐘の斜向かいにある。", "anon-quasi-identifier", "蔵造りの町並みの一番街、時の鐘の斜向かい",
                 Severity::kWarning);
  // Across the road from a named stop; a route and the side it ends on.
  expect_finding("宿は谷川岳ロープウェイの乗り場から道を挟んだ向かいという立地だ。", "anon-quasi-identifier",
                 "谷川岳ロープウェイの乗り場から道を挟んだ向かい", Severity::kWarning);
  expect_finding("建物は草津温泉の湯畑から西の河原通りを三分ほど上った右手にある。", "anon-quasi-identifier",
                 "草津温泉の湯畑から西の河原通りを三分ほど上った右手", Severity::kWarning);
  // A street named by its own word, a part of a place with a long katakana name.
  expect_finding("本店は駅前のアーケード、ポッポ街の入口から三軒目にある。", "anon-quasi-identifier",
                 "駅前のアーケード、ポッポ街の入口から三軒目", Severity::kWarning);
  expect_finding("同店はアメリカンビレッジの観覧車から歩いて1分という場所柄だ。", "anon-quasi-identifier",
                 "アメリカンビレッジの観覧車から歩いて1分", Severity::kWarning);
  expect_finding("工房は白川郷の合掌造り集落の外れ、明善寺のすぐ脇にある。", "anon-quasi-identifier",
                 "白川郷の合掌造り集落の外れ、明善寺のすぐ脇",
                 Severity::kWarning);
  // Kinds of streets and unnamed routes are no place.
  expect_clean("工場は住宅街の一角にある。店は温泉街の坂の途中にある。駅から坂を5分ほど上った右手にある。");
  expect_clean("商業施設のショッピングモールの中にある。道を挟んだ向かいに駐車場を借りた。");
}

TEST(AnonymityQuasiIdentifier, TurnsAfterLeavingANamedPlaceAndKanaNamedMarkets_AreWarnings) {
  expect_finding("宿は古宇利大橋を渡りきって左に折れた坂の上にある。", "anon-quasi-identifier", "古宇利大橋を渡りきって左に折れた坂の上",
                 Severity::kWarning);
  expect_finding("店は北野天満宮の東門を出てすぐ向かいに構える。", "anon-quasi-identifier", "北野天満宮の東門を出てすぐ向かい",
                 Severity::kWarning);
  expect_finding("酒場はひろめ市場から歩いて2分の場所にある。", "anon-quasi-identifier", "ひろめ市場から歩いて2分の場所",
                 Severity::kWarning);
  expect_finding("店は萩城跡の堀端にある。", "anon-quasi-identifier", "萩城跡の堀端", Severity::kWarning);
  expect_finding("倉吉駅前のロータリーに面したパン屋である。", "anon-quasi-identifier", "倉吉駅前のロータリーに面した",
                 Severity::kWarning);
  // Markets and station fronts by their kind, a turn from no named place, are none.
  expect_clean("駅前のロータリーに面したビルの2階にある。卸売市場から車で5分。海外市場の向かい風。"
               "道を渡って左に折れた先にある。");
}

TEST(AnonymityQuasiIdentifier, RareFirmsInSmallPlaces_AreWarnings) {
  const auto warns = [](std::string_view text, std::string_view part) {
    const auto problems = check(text);
    const bool found = std::any_of(problems.begin(), problems.end(), [&](const Problem& p) {
      return p.rule == "anon-quasi-identifier" && p.text.find(part) != std::string::npos;
    });
    EXPECT_TRUE(found) << text;
  };
  // Claims: higher than anywhere, oldest of what stands, unheard of, a share taken on, the
  // one left, more than every peer, the nation's highest.
  warns("牧場は放牧酪農としては国内のどこよりも高い場所にある。", "どこよりも");
  warns("小屋は北アルプスに現存する山小屋では最古とされる。", "最古");
  warns("27歳での独立は、県内の製炭士として例のない若さだった。", "例のない");
  warns("国内で新しく鋳られる梵鐘のおよそ6割を引き受けてきた。", "6割を引き受け");
  warns("佐渡島で今もスクリーンを持つのはこの一館のみで、赤字が続く。", "この一館のみ");
  warns("五島列島で火床を守る野鍛冶は、もはやX社しか残っていない。", "X社しか残って");
  warns("塩辛の出荷量は一日8.6トンで、町内の同業11社を上回るが、人手が足りない。", "11社を上回る");
  warns("店は日本一高い石造りの灯台のふもとにある。", "日本一高い");
  // Named events, a governor aboard, a drama's model, a film's location, a museum's piece.
  warns("1998年の冬季五輪では海外チームの練習会場にもなった。", "練習会場にもなった");
  warns("2019年のラグビーワールドカップで各国の選手団に贈られた花籠を制作した。", "花籠を制作");
  warns("再開の初日、知事が再開の一番舟に乗り込み、予約が埋まった。", "一番舟に乗り込");
  warns("2012年の朝の連続テレビ小説で、ヒロインが通う菓子屋のモデルになった。", "モデルになった");
  warns("2015年公開の映画『四万十の夏』でロケに使われた旧型車両がある。", "でロケ");
  warns("2016年に大英博物館が収蔵した椀の写真を手にした。", "大英博物館が収蔵");
  // A dated disaster with what was lost, counted; a guide's stars; a run never broken.
  warns("2018年9月の台風で窯2基が倒木の下敷きになり、再建が遅れた。", "窯2基");
  warns("2019年版のミシュランガイドで4パビリオンを得た頃の接客だ。", "4パビリオンを得");
  warns("1952年の開館以来、一度も休館したことがない。", "一度も休館");
  // A distance right after から: 滝 is a landmark.
  warns("わさび田は天城の浄蓮の滝から300メートル下流に広がる。", "浄蓮の滝から300メートル");
  // Dated moves, patents, licences and covers; the one left, here alone; meals given out in a
  // named disaster; a named summit or meeting served; a column; a film's costumes; an
  // emperor's taste; more named places (高原, 湯, 洞) and a route of about so far.
  warns("1972年4月に高知市から現在地へ移転して以来、工事を続けた。", "1972年4月に高知市から現在地へ移転");
  warns("1998年に折り曲げ治具の特許を取得した。", "特許を取得");
  warns("2009年10月、介護タクシーの許可が下りて以来、送迎が増えた。", "許可が下り");
  warns("2017年に料理雑誌の日本酒特集で表紙を飾った写真を使う。", "表紙を飾");
  warns("村で一つだけ残る茅葺きの湯小屋が自慢だ。", "一つだけ残");
  warns("湿板写真の撮影を引き受けるのは県内でここしかない。", "ここしかない");
  warns("2018年の胆振東部地震による停電の際、薪窯で焼き続けて約1,800人分のパンを配った。", "1,800人分");
  warns("2019年のG20関連会合で各国代表に振る舞われた。", "振る舞われ");
  warns("2023年に日経産業新聞の「ベンチャー最前線」欄が同社を扱った。", "欄が同社を扱");
  warns("映画『花筏』の衣装を店で一手に引き受けた。", "『花筏』の衣装");
  warns("昭和37年の岡山国体の折には、昭和天皇が同社のだんごを召し上がった。", "召し上がった");
  warns("モデルハウスは蒜山高原の道の駅から北へ500メートルの場所に置いた。", "蒜山高原の道の駅から北へ500メートル");
  warns("建物は砂湯から徒歩1分、川沿いに建つ。", "砂湯から徒歩1分");
  warns("取水堰は井倉洞の入口から高梁川を約800メートル遡った支流にある。", "約800メートル");
  // A day's opening said with 開き, thousands counted as 21万4千, a crossing of four kanji.
  warns("直売所を2015年7月7日に開き、予約を受ける。", "2015年7月7日に開き");
  warns("開院以来の患者数は延べ21万4千人にのぼる。", "延べ21万4千人");
  warns("四条烏丸の交差点から西へ2本目の路地を入った町家が店だ。", "四条烏丸の交差点から西へ2本目");
  expect_clean("商店街の交差点から西へ2本目の店だ。");
  // Shares of a scoped whole, spoken "nobody else", the firm's own records with their figure.
  warns("市内の葬儀用生花の6割を同店が請け負い、柱になった。", "6割を同店が請け負");
  // A national treasure's repair, a programme with its date after it, the industry's least.
  warns("国宝建造物の屋根改修を2015年から三度請け負った実績がある。", "国宝");
  warns("名物がCBCテレビの情報番組で2022年6月に取り上げられてから客が増えた。", "番組で2022年6月に取り上げられ");
  warns("業界最少とされる不良率0.8ppmが評価された。", "業界最少");
  expect_clean("工事を請け負った。チームの雰囲気が良くなった。");
  // An emperor's rest on his tour, a named shrine's gate the firm supplied.
  warns("宿は、明治十四年の天皇の東北巡幸で御小休所となった。", "御小休所");
  warns("1927年に靖国神社大鳥居の礎石を納めたという記録が残る。", "靖国神社大鳥居の礎石を納め");
  expect_clean("地元の神社に毎年しめ縄を納めている。");
  // Round 43's wordings: the few left, the top of a trade in a prefecture, the first to move,
  // the nearest to a landmark, a contest's top, a price at the first auction, a dated
  // appearance, a prize's year, a share supplied.
  warns("曲木の椅子を量産できる工房は国内に三つしか残っておらず、貴重だ。", "つしか残っ");
  warns("群馬の同業では従業員数も売上高も一番上にいる。", "一番上にい");
  warns("2018年のロースティングの全国大会で頂点に立った焙煎士が店主だ。", "頂点に立っ");
  warns("O社は、仙台駅からいちばん近い場所に残る味噌蔵である。", "からいちばん近");
  warns("埼玉のトラック事業者として一番乗りで、国の認証を取った。", "一番乗り");
  warns("2023年の初競りで、この農園の1箱に50万円の値がついた。", "万円の値がつ");
  warns("2024年4月、NHK『あさイチ』の特集に生産者として出演した。", "として出演");
  warns("長崎県写真文化賞の2017年受賞者である二代目が撮る。", "年受賞者");
  warns("船舶用減速機の歯車で国内の約35%を供給するほどだ。", "約35%を供給");
  expect_clean("選択肢は二つしかない。テレビに出演した。家からいちばん近いスーパーで買う。");
  // A dated programme with words between it and its verb; a summit's lodging; a licence
  // with its kind in brackets.
  warns("2022年にNHKワールドの英語番組で研ぎの工程が紹介されてから注文が増えた。", "番組で研ぎの工程が紹介され");
  warns("2021年には地元のFM局で口腔ケアの番組を半年間受け持った。", "番組を半年間受け持");
  warns("2016年の主要国首脳会議で各国報道陣の宿舎になった。", "首脳会議で各国報道陣の宿舎にな");
  warns("- 建設業許可: 滋賀県知事許可（般-5）第28416号", "滋賀県知事許可（般-5）第28416号");
  expect_clean("ラジオ番組を聞きながら作業する。");
  // None to be found but the firm, a region's first by a count, a dated top bid, a monthly
  // programme, a fair abroad, "the only one" at a named landmark.
  warns("味噌蔵は、県内ではここを除くと一軒も見当たらない。", "ここを除くと一軒も見当たら");
  warns("仕込み蔵は、桶の数で信州一を誇る。", "信州一");
  warns("2022年の共励会で、枝肉を最高値で競り落とした。", "最高値で競り落と");
  warns("2019年から地元局の番組で毎月紹介されている。", "番組で毎月紹介");
  warns("2019年にパリのメゾン・エ・オブジェへ出展した。", "へ出展");
  warns("池の平温泉スキー場のリフト乗り場まで滑り込める唯一の宿だ。", "唯一");
  expect_clean("唯一の悩みは人手だ。");
  // Nobody else, in Kyushu's dialects; a named school's passes said aloud; a magazine's issue.
  warns("この製法は、博多の同業でうちのほかに誰もやっとらん。", "ほかに誰もやっとらん");
  warns("輪転機は、九州じゃ他所に入っちょらん。", "他所に入っちょらん");
  warns("「上絵付けば二十八色で焼き分けるとは、有田でも他に一軒もなか」", "他に一軒もなか");
  warns("木桶蒸留を続けちょっとは、薩摩半島でもう、うちの蔵一つだけ。", "うちの蔵一つ");
  warns("去年は修猷館に二十三人受からせたとが自慢。", "修猷館に二十三人受から");
  warns("2021年10月号の『dancyu』焼酎特集で見開き二ページにわたって紹介された。", "月号の『");
  expect_clean("ほかに手はないか考えた。公民館に集まった。");
  // いっちゃん, 一番 in western speech; second from the top among a named group.
  warns("「播磨でいっちゃん古い写真館ですけん」", "でいっちゃん古");
  warns("ゆずの出荷量は村でいっちゃん多いとです。", "でいっちゃん多");
  warns("県内の蒲鉾メーカーのなかで出荷額は上から二番目だ。", "二番目だ");
  expect_clean("うちのいっちゃん好きな菓子は羊羹です。これが二番目だ。");
  // Claims in Kyushu's speech are read as in the standard forms of the same length: じゃ for
  // では, なか for ない, きり for だけ, ち for the quoting と, おらん for いない.
  warns("「柳橋連合市場で三代続いとる明太子屋は、うちの他になか」", "うちの他になか");
  warns("白濁スープを出したとは、鹿児島じゃうちが最初ち言われちょっ。", "鹿児島じゃうちが最初");
  warns("杉の大桶で仕込んじょる蔵は、大分じゃうちきりっちゃ。", "大分じゃうちきり");
  warns("こげん細か仕事のできるとは、このへんじゃわしの他におらん。", "わしの他におらん");
  expect_clean("なかなか売れんかった。おなかが空く。販売はうちきりになった。それじゃ困る。");
  // (A count of firms with きり is だけ too; a town named in full elsewhere is a scope with
  // じゃ as with では.)
  warns("手焼きしてる店は、うちを入れて二軒きりだ。", "二軒きり");
  warns("K社は魚沼市の工務店だ。自前の除雪車を十台抱える工務店なんて、魚沼じゃよそにはねえ。", "魚沼じゃよそにはねえ");
  // The firm as ourselves, in a scope (この町でももう自分たちだけだ); not without one.
  warns("刃の裏すきを手で仕上げているのは、この町でももう自分たちだけだ。", "自分たちだけ");
  expect_clean("自分たちだけで決めた。うちらだけで回した。");
  // Nobody else heard of in a scope, none found in the country, a contest's record.
  warns("米粉だけの食パンを一年中焼いとるパン屋は、県内ではうちのほかに聞かん。", "うちのほかに聞か");
  warns("これより高い所にある茶園は国内に見当たらない。", "国内に見当たらな");
  warns("ワイシャツ一枚を四十八秒で仕上げるのは県の技能大会の記録だ。", "技能大会の記録");
  expect_clean("同じ悩みの会社はほかに見当たらなかった。");
  // Made a company on a day; shown at a named fair or on a poster in a year; a named
  // landmark's work taken on again and again.
  warns("「うちは昭和三十一年四月十日に法人にして、それからずっと包丁や」", "昭和三十一年四月十日に法人にし");
  warns("2023年のミラノの家具見本市に出品した。", "に出品し");
  warns("2016年にJR東日本の観光ポスターに起用された。", "ポスターに起用");
  warns("京都御所の畳替えを三代続けて請けてきた。", "京都御所の畳替えを三代続けて請けて");
  warns("医院は船橋市役所の真向かいに建つ十二階建てビルの最上階にある。", "船橋市役所の真向かいに建つ十二階建てビルの最上階");
  // Steps counted from a named place, a side of it as the way.
  warns("店は小樽運河の浅草橋から海側に歩いて百歩のところにある。", "小樽運河の浅草橋から海側に歩いて百歩");
  warns("内宮の宇治橋まで歩いて三百歩という立地だ。", "内宮の宇治橋まで歩いて三百歩");
  expect_clean("駅から数歩のところ。");
  expect_clean("2022年に新人を主任に起用した。地元の畳替えを請けてきた。");
  warns("年間の貸出は八万着を超え、京都の着物レンタルでは一番の数になった。", "一番の数");
  // In a longer sentence, the clause before a rank that holds the count it ranks goes with it.
  warns("AI社は八戸市で「寺子屋みなと塾 本八戸教室」を開く個人塾で、2023年度に地元の進学校へ二十一人を合格させ、"
        "市内の個人塾で最多だった。",
        "2023年度に地元の進学校へ二十一人を合格させ、市内の個人塾で最多だった");
  // An exact count with the firm that ends the clause; a rank of master in a contest.
  warns("チタン製の極小ねじを量産できるのは国内で当社を含め2社。", "当社を含め2社");
  warns("そば打ちの全国大会で2019年に名人位を取った。", "名人位");
  // A programme by its title in 『』 that showed the firm; not one the firm showed.
  warns("「『秘密のケンミンSHOW極』の浜松特集で取り上げられたあと、客は増えた」", "『秘密のケンミンSHOW極』の浜松特集で取り上げ");
  expect_clean("『地域の宝』で紹介した。");
  // A named station that followed the firm or filmed it close.
  warns("平成二十八年の地震のあと、テレビ熊本の番組が再開までを五回追いかけた。", "テレビ熊本の番組が再開までを五回追いかけ");
  warns("NHK神戸の夕方のニュースで2022年の秋に密着取材された。", "NHK神戸の夕方のニュースで2022年の秋に密着取材");
  expect_clean("社長は流行を追いかけた。");
  // A series named as a noun runs to the appearing; a book's title goes with its publisher in
  // brackets after it.
  warns("北海道新聞の連載「まちの匠」の第12回（2023年1月）に社長が登場した。",
        "北海道新聞の連載「まちの匠」の第12回（2023年1月）に社長が登場");
  warns("書籍『北陸の手仕事』（2020年、北國新聞社刊）で紹介された。", "書籍『北陸の手仕事』（2020年、北國新聞社刊）で紹介");
  expect_clean("町に残る本屋はこの店を含めて数軒で、どこも厳しい。社内の優秀賞を設けた。");
  // The hottest, deepest or smallest in a scope; a share held; the last few people in the
  // country after でもう.
  warns("「うちの源泉は別府で一番熱い、百度ちょうどっちゃ」", "別府で一番熱");
  warns("国内の建設機械向けで四割のシェアを持つ。", "四割のシェア");
  warns("ガラスの浮き玉を宙吹きでつくれるもんは、日本でもう二人しかいない。", "日本でもう二人しかいない");
  expect_clean("夏が一番熱い。社員は二人しかいない。");
  expect_clean("一番の数が多い。");
  // The firm's label alone after a group of firms as topic, after では and a blank; the last
  // one and the first, said of the firm.
  warns("会津若松市内で杉の木桶による仕込みを今も続けている蔵はMK社のみだ。", "蔵はMK社のみ");
  warns("直径2メートルを超える軸を削れる旋盤を持つのは、呉市内では B社だけである。", "B社だけ");
  warns("県内で今も杉の木桶だけで仕込みを続けているのはこの蔵が最後です。", "この蔵が最後");
  warns("車いすで診療できる椅子を置いたのは、県内の歯科医院ではここが先がけだ。", "ここが先がけ");
  expect_clean("県内の取引先はB社のみだ。大事なのはここだけだ。");
  // A place before a group as such scopes its oldest; a corner plot and a station's exit by
  // a named place.
  warns("明治十一年の創業で、会津若松で金物を扱う店としてはいちばん古い。", "店としてはいちばん古");
  warns("店は買物公園の北端の角地にあり、人通りは多い。", "買物公園の北端の角地");
  warns("円山公園駅の2番出口を上がってすぐの路面店だ。", "出口を上がってすぐ");
  expect_clean("当社としては一番早い対応だった。店は商店街の角地にある。");
  warns("アーケードの店は浜町アーケードのちょうど真ん中、眼鏡屋の向かいにある。", "浜町アーケードのちょうど真ん中");
  warns("事務所は釧路フィッシャーマンズワーフの裏手にある。", "釧路フィッシャーマンズワーフの裏手");
  expect_clean("話の真ん中に来た。会議の真ん中で話す。");
  warns("「仁淀川の八田堰のすぐ上手、堤防沿いの赤い屋根の建物じゃき」と代表は話す。", "八田堰のすぐ上手");
  expect_clean("会議室を出て右手に曲がる。彼は左手で書く。");
  warns("本店は上賀茂さんの一の鳥居の前、すぐき畑に面したとこにおす。", "一の鳥居の前");
  warns("倉庫は鳥栖ジャンクションから車で三分、国道34号沿いに建つ一棟だ。", "鳥栖ジャンクションから車で三分");
  warns("番屋は九鬼漁港の北防波堤の付け根にある。", "北防波堤の付け根");
  expect_clean("指の付け根が痛い。");
  expect_clean("中学校の定期テストの前に休む。飲み屋街が中心で、売上はコロナ禍の前の半分だ。市場に出すのが当たり前だ。");
  // (A longer way and the thing it leads to are one description.)
  expect_finding("旅館で、河口湖大橋の北詰から湖岸沿いに西へ200メートル、湖に張り出した木造の桟橋が目印だ。", "anon-quasi-identifier",
                 "河口湖大橋の北詰から湖岸沿いに西へ200メートル、湖に張り出した木造の桟橋", Severity::kWarning);
  // First in a region, said as いの一番 or as the firm at the head.
  warns("九州でいの一番に訪問歯科の移動診療車を走らせた。", "いの一番に");
  warns("地下街に店を出したのは、九州の明太子屋ではうちが先頭と社長は胸を張る。", "うちが先頭");
  expect_clean("いの一番に相談した。大事なのは、現場ではうちが主役ということだ。");
  warns("高知県内のデイサービスで、記録を全部タブレットにしたんはうちが最初やったらしい。", "んはうちが最初");
  expect_clean("それができるんはうちだけじゃ。");
  warns("屋号は「寿写真館」。明治の末から同じ場所で営業し、市内でこれより古い写真館はもう残っていない。", "これより古い写真館はもう残っていな");
  warns("親父が東京オリンピックの開会式と同じ日に店を開けたのが自慢だという。", "と同じ日に店を開");
  warns("県内じゃよそにはねえ。", "よそにはねえ");
  expect_clean("よそに頼んだ。よそにはない味を目指す。");
  // More of western and Kyushu speech: none heard of, none but us, hardly any, the first.
  warns("「椅子ば作りよるとこは、国内でうちのほかに聞いたことのなか」という。", "ほかに聞いたことのなか");
  warns("「活版の機械が十二台も動いてるとこ、西日本でほかにあらしまへんで」", "ほかにあらしまへん");
  warns("介護ロボットを入れた事業所は、当時の佐賀県内にほかに例がなかったそうだ。", "ほかに例がなかっ");
  warns("「国内でこげん多く持っちょるとこは、まずなかっちゃが」", "とこは、まずな");
  warns("社長は「堺の伝統工芸士で三十代なんか、わいしかおらんで」と言う。", "わいしかおらん");
  warns("「宮崎でEVタクシーの営業許可を取った一号がうちやけん」", "一号がうち");
  warns("「山田錦を自分とこの田んぼで育てとる蔵は、このへんやとうちくらいやろ」", "このへんやとうちくらい");
  expect_clean("ほかに手がなかった。ほかに聞いたことがなかった。地元で九割売れよったで、よそに売る考えはなかったとです。");
  warns("町内で登り窯だけを使って全量を焼き上げているのは、いまではこの窯ひとつである。", "この窯ひとつ");
  warns("二〇二二年に自社が打ち立てた記録がいまも世界最小とされる。", "世界最小");
  warns("穂嶺酒造の名で免許を受けている。記録に残る初蒸留は昭和九年五月二十日。", "初蒸留は昭和九年五月二十日");
  // A hot spring town as scope; the fewest of a scope; a Latin name given 横文字で.
  warns("鉄輪温泉でいちばん古くから続く湯治宿で、客室は14室。", "でいちばん古");
  warns("県内で稼働している焼酎蔵のなかで仕込み量がいちばん少ない。", "いちばん少な");
  expect_clean("社員の中でいちばん少ない。");
  // A titled magazine's cover and a year's first auction, dated; a record with its figure; a
  // place in Guinness; a rough few counted with the firm.
  warns("2021年には経済誌『月刊ものづくり東海』の表紙を社長と職人が飾っている。", "』の表紙を");
  warns("2022年12月の初競りで一本三十八万円の値を付けた寒ぶりを競り落とした店だ。", "の初競りで");
  warns("2023年の夏には一晩で鰹のたたきを1,240皿出した記録がある。", "出した記録");
  warns("平成三十年に一粒三十八グラムの大玉を出してギネスに載った木だ。", "ギネスに載");
  warns("調べると、それができるんは日本でもうちを入れて三社くらいちゃうか。", "三社くらい");
  expect_clean("人を入れて三人で回す。雑誌の表紙を見た。");
  // A share with the firm as its holder after a comma or in speech.
  warns("国内に出回るすだち果汁のおよそ四割を、この会社の工場が搾っている。", "四割を、この会社の");
  warns("フカヒレの加工量は国内の四割をうちでやってる、というのが口癖だ。", "四割をうちで");
  expect_clean("売上の四割をうちで稼ぐ。");
  warns("あおさの佃煮やったら全国の三割はうちが出しとる、て問屋さんに言われた。", "三割はうちが");
  warns("加賀の地酒を百銘柄以上そろえている酒屋は、県内でもこの店ぐらいだ。", "この店ぐらい");
  expect_clean("売上の三割はうちが稼ぐ。");
  warns("1日の施術人数は3店合計で最多94人を記録した。", "最多");
  expect_clean("気温は最高35度を記録した。");
  warns("全国の農業法人向け出荷管理クラウドで導入数第一位を名乗れるまでになった。", "第一位");
  // The firm's own boats alone after a topic, now; all of a named place's pieces; a hedged
  // share; an all-time high of the firm's sales.
  warns("この港で一本釣りを続ける船は、いまではこの会社の船だけになった。", "この会社の船だけ");
  warns("甲府の県立美術館で来館者が使うベンチ約40台は、すべてこの工房が納めたものだ。", "すべてこの工房が納");
  warns("腕時計用の極小ねじでは、国内シェアが推計で約七割に達する。", "シェアが推計で約七割");
  warns("2013年には百貨店の催事で陶器催事として歴代最高の売上を記録した。", "歴代最高の売上");
  expect_clean("注文はすべてうちが受ける。大事なのは、もう当社だけの話ではない。");
  // A place and an old year the trade has gone on since, in speech.
  warns("「長岡の駅前で大正二年から酒を売ってるんだて」と社長は言う。", "長岡の駅前で大正二年から酒を売ってる");
  warns("「うちは土佐清水で明治二十九年からかつお節を焼きゆう」", "土佐清水で明治二十九年から");
  expect_clean("工場で2019年から検査を続けている。九州で2019年から販売している。第二工場で1998年から検査を続けている。");
  // A rank in a named ranking or a shop's category.
  warns("このいわし一夜干しは、ある通販サイトの干物部門で年間売上1位を2年続けて取った。", "1位");
  warns("通販大手のドレッシング部門ランキングで、半年にわたり週間3位以内を保った。", "3位");
  expect_clean("売上1位の商品はプリンだ。社内の人気部門で1位の商品はプリンだ。");
  // A named list a magazine draws up, dated; a place regained in a named list.
  warns("2020年に海外のダイビング誌が選ぶ「アジアのベストショップ10」に入った。", "が選ぶ「");
  warns("「プロが選ぶ日本のホテル・旅館100選」で、再開翌年に38位へ返り咲いた。", "位へ返り咲");
  expect_clean("2020年に料理誌が選ぶ特集を読んで勉強した。お客様が選ぶ「人気の味」を探す。");
  // A titled programme that showed the shop; a dated programme the owner presents on.
  warns("令和五年の冬にNHKの『ドキュメント72時間』で店が丸三日映されて、人が来た。", "映され");
  warns("2021年からは地元ラジオの朝の番組で、毎週木曜に店主が豆腐料理を紹介している。", "紹介して");
  expect_clean("料理番組で、先生が豆腐料理を紹介していた。");
  // A royal visit that stopped at the shop; a stall at a named expo.
  warns("平成十年に皇太子さまご夫妻が市場を回られたとき、うちの店先で足を止められた。", "店先で足を止め");
  warns("2025年の大阪・関西万博では奈良県のブースに一週間だけ店を出させてもろて、よう売れた。", "店を出");
  // The last one in a hamlet, nobody else searched for in dialect, work a museum keeps.
  warns("宿は集落に残った最後の一軒だ。", "集落に残った最後の一軒");
  warns("「チタン箔を抜けるんは、府内探してもウチぐらいやで」", "探してもウチぐらい");
  warns("昭和三十九年に祖父が撮った写真が市の美術博物館に収められている。", "博物館に収め");
  // A day the premises opened, told after its topic (開所は2020年2月1日).
  warns("開業したのは大正十二年九月一日、関東大震災のあった日だ。", "大正十二年九月一日、関東大震災のあった日");
  warns("同社はデイサービスを運営し、開所は2020年2月1日。", "開所は2020年2月1日");
  // The youngest with the age; an Edo-era paper the house keeps.
  warns("女性職人としては最年少の二十九歳の職人も在籍する。", "最年少の二十九歳");
  warns("安永五年(1776年)付の機織り許可状が蔵に現存する。", "安永五年(1776年)付の機織り許可状");
  warns("蔵には寛政九年の酒造株の鑑札が今も掛かってます。", "寛政九年の酒造株の鑑札");
  expect_clean("昭和五年の鑑札が残る。最年少の社員が入った。");
  // Awards in Latin letters, selections by fiscal year or every year since one.
  warns("組子照明は2021年にiF DESIGN AWARDを受賞し、欧州に納めた。", "AWARDを受");
  warns("父は京都府の「京の名工」に2021年度選ばれた漬け職人だ。", "年度選ばれ");
  warns("うどん百名店に2017年から毎年選ばれとる店だ。", "毎年選ばれ");
  // The few of a craft in a region's whole; the firm alone by its own kind (当塾, 同院).
  warns("手作業で作れる職人は富山県内に二人しかおらず、その一人が工場長だ。", "富山県内に二人しかおらず");
  warns("奈良市で団体受験会場になっているのは当塾だけだ。", "のは当塾だけ");
  expect_clean("社員は3人しかいない。予約の電話を受けるのは当院の受付だけではない。");
  // A smaller share only with the firm named as its holder.
  warns("国内の鉄瓶の約一割を同社が作っている。", "約一割を同社が作っ");
  expect_clean("市内の飲食店の1割を回って声をかけた。県内の酒蔵の約2割が参加した。");
  warns("「セリNavi」は全国の導入数の半分以上を同社が握る。", "半分以上を同社が握");
  warns("病院の清掃に強く、市内の総合病院の9割と契約している。", "9割と契約");
  warns("造船向けシャフトの国内シェアはおよそ35%に達する。", "およそ35%");
  warns("口癖は「こんな大きいもん打てるとこ、関西ではもうウチしか残ってへん」である。", "しか残ってへん");
  warns("昨季は蔵見学に延べ4,200人が訪れ、蔵の歴史で最も多い数となった。", "歴史で最も多い数");
  warns("稼働率は96%となり、開業以来の最高値を記録した。", "以来の最高値");
  warns("一頭の年間乳量が1万キロを超え、県の記録を更新した。", "県の記録を更新");
  expect_clean("地元の料理店への配達が売上の6割を占め、海外の受注は全体の3割を占める。店の歴史で最も忙しい日だった。");
  expect_clean("月額で使えるクラウドサービスとして提供する計画を立てた。雑誌で「町の本屋」として紹介された。");
  // Other days of the firm's record, dated certificates, a drama's filming.
  warns("2019年5月10日に竣工した第二工場には5軸加工機を入れた。", "2019年5月10日に竣工");
  warns("2020年4月1日付で隣町の同業を吸収合併して今の規模になった。", "2020年4月1日付で隣町の同業を吸収合併");
  warns("2022年にえるぼし認定（3段階目）を取得した。", "認定（");
  warns("2016年にJFS-B規格の適合証明を取得していた。", "適合証明を取得");
  warns("Netflixのドラマ『京の恋文』の撮影で衣装協力をした。", "の撮影で");
  expect_clean("えるぼし認定を目指す。適合証明の取得を検討した。");
  warns("酒蔵で、創業から数えて今年で312年目になる。", "312年");
  warns("大手サッシメーカー5社すべてに納めているのは同社のみで、受注残は多い。", "のは同社のみ");
  warns("社長は「こがいに沖まで出て育てよるんは、うちくらいのもんよ」と語った。", "うちくらいのもん");
  warns("店は鹿児島中央駅の桜島口を出て歩いて90秒の場所にある。", "桜島口を出て歩いて90秒");
  warns("民宿は古座間味ビーチの駐車場から坂を上がって左手の二軒目にあり、客室は6室。", "古座間味ビーチの駐車場から");
  warns("薪窯でライ麦パンを焼き上げる店は、道内を見渡してもここ以外に見当たらない。", "以外に見当たらない");
  warns("半島の東海岸で家族経営のまま残っている定置網は、もう一統しかない。", "一統しかない");
  warns("宝暦十年の創業、京の茶舗としては現存最古と伝わる。", "現存最古");
  expect_clean("店主は「たくさん並べることが大事だ」と話す。");
  // Paraphrases of batch 75 with a general signal: a front page, a national rite or showcase,
  // a share of a scoped need, two people left in a place, the firm's make in a share.
  warns("社長の話は翌朝の全国紙の一面に載った。", "一面に載");
  warns("2019年の大嘗祭で用いられた麻織物の一部を織った。", "大嘗祭で用いられ");
  warns("先代が手作りしたホブ盤が、国立科学博物館の常設展示に並んでいる。", "常設展示に並んでい");
  warns("年間に張り替える太鼓は約二千三百張で、全国の張り替え需要の四割ほどにあたる。", "四割ほどにあたる");
  warns("骨を六十本以上に割って張れる職人は、この産地でも同社の二人しか残っていない。", "二人しか残って");
  warns("全国の自治体の除雪車に使われるアプリのうち、七割がたが同社製とされる。", "が同社製");
  warns("加入者は4万3千世帯にのぼり、市の世帯数の3分の1にあたる。", "3分の1にあたる");
  expect_clean("規格外品は収穫の4割近くを占めていた。水揚げの半分近くを占める小型魚が安い。");
  // Batch 74: an edition of a guide, channels by their letters, a broadcaster filming, the
  // last but one, records renewed with their figure, a dated prize, premises by a street.
  warns("店は『るるぶ仙台』の2024年版にも載った。", "るるぶ仙台");
  warns("BS朝日の『京の老舗めぐり』で店が紹介されてから注文が増えた。", "京の老舗めぐり");
  warns("2023年には英国BBCの料理ドキュメンタリーが鍛冶場を撮影し、注文が来た。", "鍛冶場を撮影し");
  warns("県内の船主で一本釣りでやっているのは、もうC社くらいしか残っていない。", "くらいしか残って");
  warns("車検で入庫した車は2023年度に2,415台を数え、年間の入庫台数の記録を3年連続で更新した。", "3年連続で更新");
  warns("工場は都電荒川線の庚申塚停留場から南へ、とげぬき地蔵の参道を一本入った路地に面している。", "参道を一本入った路地");
  warns("醸造所は勝沼ぶどう郷駅の南口から甚六桜の並木を抜けた先にあり、見学者も多い。", "並木を抜けた先");
  expect_clean("地元の情報番組で紹介されたこともある。ガイドブックにも載った。賞を受賞したこともある。");
  // A kana name opening with は after a topic, ending in や as 屋号 do.
  expect_finding("店ははりまや橋の交差点から徒歩1分にある。", "anon-quasi-identifier", "はりまや橋の交差点から徒歩1分",
                 Severity::kWarning);
  expect_clean("店は川や橋から徒歩1分にある。");
  // Batch 77: いちばん広い near its scope, first by a count, first of a prefecture, premises
  // set up with に…を構え.
  warns("県内で紅まどんなの栽培面積がいちばん広い農家として知られる。", "いちばん広");
  warns("日報アプリとして利用社数でトップに立ち、契約は1,200社を超えた。", "数でトップ");
  warns("一本釣りの水揚げ量では2021年から3年続けて高知県一を守ってきた。", "県一を");
  warns("N社は鳥取県の食品メーカーで、鳥取砂丘の入口にある観光案内所のすぐ裏手に工場を構え、ポン酢を作る。", "すぐ裏手");
  expect_clean("シェフとパティシエの二人で店を回す。");
  // Batch 78: records of the firm's own with their figure, a position said as 位置, a kiln
  // first fired on a day.
  warns("2022年度の着工は168棟で、これまでで一番多い年になった。", "これまでで一番");
  warns("受託戸数は2024年3月末で8,216戸となり、過去最高を塗り替えた。", "過去最高を塗り替え");
  warns("店は道頓堀川の戎橋から、かに料理店の大きな看板を見上げる位置にあり、賑わう。", "看板を見上げる位置");
  warns("オーナーシェフが2001年9月21日に最初の窯に火を入れてから20年余りになる。", "火を入れ");
  expect_clean("事務所兼倉庫は市内にある。最初の商品を「業務の棚卸しと見える化」に絞った。これまでで一番うれしかった。");
  // Traps: the same words without a scope, a year, a name or a count.
  expect_clean("客の数はどこよりも大事だ。この町の名物は一日一食で十分だ。");
  expect_clean("特許を取得した技術を見直した。雑誌の表紙を飾るような写真を撮った。ここしかないと思った。");
  expect_clean("お湯から上がって3分休む。2019年4月に新しい機械を入れた。");
  expect_clean("市内一円に配達する。町の同業者と比べて売上を上回るよう努めた。");
  expect_clean("創業以来一度も休業したことがないのが自慢だ。");
  expect_clean("数年前の豪雨で営業所の敷地が浸水し、40台が水没した。");
  expect_clean("地元の博物館が所蔵する古文書を参考にした。");
  expect_clean("開店から3分で売り切れた。");
}

TEST(AnonymityQuasiIdentifier, WherePremisesStandByANamedPlace_IsOneLocation) {
  // From the topic to the word of being there, when a named place and a position are in it.
  expect_finding("店は大通公園の西3丁目側、テレビ塔が正面に見えるビルの4階にある。", "anon-quasi-identifier",
                 "大通公園の西3丁目側、テレビ塔が正面に見えるビルの4階", Severity::kWarning);
  expect_finding("店は地下鉄の出口を上がってすぐ、六角堂の真向かいという立地で、朝は賑わう。", "anon-quasi-identifier",
                 "地下鉄の出口を上がってすぐ、六角堂の真向かい", Severity::kWarning);
  expect_finding("車庫は国際通りの牧志の交差点から一本入った、公設市場の裏手にある。", "anon-quasi-identifier",
                 "国際通りの牧志の交差点から一本入った、公設市場の裏手", Severity::kWarning);
  // A kana name after the topic: its は is no topic (店は|はりまや橋).
  expect_finding("店ははりまや橋から東へ二筋目の角にある。", "anon-quasi-identifier", "はりまや橋から東へ二筋目の角",
                 Severity::kWarning);
  // A topic after brackets ends the description before it.
  expect_finding("クリーンブース2室（各42㎡）は、蒲田駅東口の交差点の角にある。", "anon-quasi-identifier",
                 "蒲田駅東口の交差点の角", Severity::kWarning);
  // Without a name, two positions one after the other pin the place as well.
  expect_finding("F社は港の第3岸壁、製氷工場の向かいにある加工場で塩辛をつくる。", "anon-quasi-identifier",
                 "港の第3岸壁、製氷工場の向かい", Severity::kWarning);
  expect_finding("塩田は島の北端、海上保安庁の灯標の真下にある。", "anon-quasi-identifier", "島の北端、海上保安庁の灯標の真下",
                 Severity::kWarning);
  expect_clean("店は駅の近く、商店街の中にある。");
  // Without a named place, or named only by a region or a place read as a surname, it says
  // nothing a reader can look up.
  EXPECT_FALSE(has_rule(check("店は駅の向かいにあり、商店街の角にある。"), "anon-quasi-identifier"));
  EXPECT_FALSE(has_rule(check("KE社は那須の街道沿いにある蕎麦屋である。"), "anon-quasi-identifier"));
  EXPECT_FALSE(has_rule(check("KR社は阿蘇の外輪山のふもとにある温泉旅館で、長く休業した。"), "anon-quasi-identifier"));
  EXPECT_FALSE(has_rule(check("事務所は市内の雑居ビルの3階にある。"), "anon-quasi-identifier"));
  // A named place without a position is where the firm is, not where it stands.
  EXPECT_FALSE(has_rule(check("課題は六角堂の参拝客に頼る売上の偏りにある。"), "anon-quasi-identifier"));
}

TEST(AnonymityQuasiIdentifier, DirectionsFromANamedLandmark_AreWarnings) {
  expect_finding("店は栗林公園の東門を出て通りを渡った向かいにある。", "anon-quasi-identifier",
                 "栗林公園の東門を出て通りを渡った向かい", Severity::kWarning);
  expect_finding("河口湖駅のロータリーの北側に建つ。", "anon-quasi-identifier", "河口湖駅のロータリーの北側",
                 Severity::kWarning);
  // Two parts of one description, parted by a comma, are one finding.
  expect_finding("本店は東大寺南大門から歩いて5分ほど、参道から一本西へ入った路地にある。", "anon-quasi-identifier",
                 "東大寺南大門から歩いて5分ほど、参道から一本西へ入った路地にある", Severity::kWarning);
  expect_finding("紙屋町の電停から徒歩1分、アーケード入口の角にある。", "anon-quasi-identifier",
                 "紙屋町の電停から徒歩1分、アーケード入口の角にある", Severity::kWarning);
  // A quoted place, a numbered house, a tram's stops, a turn at a crossing.
  expect_finding("道の駅『しらこの里』の真向かいにある。", "anon-quasi-identifier", "道の駅『しらこの里』の真向かい",
                 Severity::kWarning);
  expect_finding("店は旧居留地十五番館の斜め向かいにある。", "anon-quasi-identifier", "旧居留地十五番館の斜め向かい",
                 Severity::kWarning);
  expect_finding("岡山駅東口から路面電車で3駅の場所だ。", "anon-quasi-identifier", "岡山駅東口から路面電車で3駅の場所",
                 Severity::kWarning);
  expect_finding("石井町交差点を東に折れて200メートルの所にある。", "anon-quasi-identifier",
                 "石井町交差点を東に折れて200メートルの所", Severity::kWarning);
  // Baths, springs, exits, aquariums; a named gate with a shop right before it.
  expect_finding("山代温泉の総湯から徒歩1分の宿。", "anon-quasi-identifier", "山代温泉の総湯から徒歩1分の宿", Severity::kWarning);
  expect_finding("中華街駅5番出口から徒歩1分。", "anon-quasi-identifier", "中華街駅5番出口から徒歩1分", Severity::kWarning);
  expect_finding("美ら海水族館から車で5分の民宿。", "anon-quasi-identifier", "美ら海水族館から車で5分の民宿", Severity::kWarning);
  expect_finding("東大寺南大門前に店を構える和菓子屋。", "anon-quasi-identifier", "東大寺南大門前に店を構え",
                 Severity::kWarning);
  expect_clean("動物園の向かいに住む。駅前に店を構える。水族館から車で5分。");
  // A direction then a way of going, a place's gate by its own name, a school, a street's
  // entrance, a rotary right in front.
  expect_finding("善光寺の仁王門から東へ歩いて2分の店。", "anon-quasi-identifier", "善光寺の仁王門から東へ歩いて2分の店",
                 Severity::kWarning);
  expect_finding("博多駅筑紫口から徒歩3分。", "anon-quasi-identifier", "博多駅筑紫口から徒歩3分", Severity::kWarning);
  expect_finding("児島ジーンズストリートの入口から三軒目の店。", "anon-quasi-identifier", "児島ジーンズストリートの入口から三軒目の店",
                 Severity::kWarning);
  expect_finding("帯広駅南口のロータリー正面に建つ。", "anon-quasi-identifier", "帯広駅南口のロータリー正面", Severity::kWarning);
  expect_clean("窓口から歩いて行ける。総合病院の門前にある薬局。");
  // Trips, verbs and unnamed places.
  expect_clean("出雲大社を参拝する途中に寄る客が多い。同じ商店街には八百屋や魚屋が並び、角度を測る。"
               "駅の向かいにある。大通りの角に立つ。");
}

TEST(AnonymityQuasiIdentifier, TheFirstOfTheLineDated_IsAFoundingYear) {
  Problems problems = check("明治12年に初代庄右衛門が信濃川の渡し場跡の脇で酒造りを始めた。");
  const Problem* founding = find(problems, "anon-quasi-identifier", "明治12年に初代庄右衛門が信濃川の渡し場跡の脇で酒造りを始めた");
  ASSERT_NE(founding, nullptr) << describe(problems);
  EXPECT_EQ(founding->severity, Severity::kWarning);
  // 創業は before the year belongs to it; the generations that follow overlap it and are one
  // passage with it.
  problems = check("創業は明治二十二年、初代が富山から信州へ行商に出たのが始まりで、いまは五代目です。");
  EXPECT_NE(find(problems, "anon-quasi-identifier", "創業は明治二十二年、初代が富山から信州へ行商に出たのが始まりで、いまは五代目"),
            nullptr)
      << describe(problems);
  expect_clean("初代の教えを守る。初代が残した帳面を読み返した。");
}

TEST(AnonymityQuasiIdentifier, SpokenAndDialectClaims_AreWarnings) {
  expect_finding("全部を甕で仕込む蔵は、半島でうちしかなか。", "anon-quasi-identifier", "全部を甕で仕込む蔵は、半島でうちしかなか",
                 Severity::kWarning);
  expect_finding("泥湯を貸切で出せるのは、この辺りじゃうちくらい。", "anon-quasi-identifier",
                 "泥湯を貸切で出せるのは、この辺りじゃうちくらい", Severity::kWarning);
  expect_finding("全11室に檜風呂を備えるのは温泉郷でも当館だけ。", "anon-quasi-identifier",
                 "全11室に檜風呂を備えるのは温泉郷でも当館だけ", Severity::kWarning);
  expect_finding("2017年の島根県伝統工芸品展で知事賞をもろうてから、問い合わせが増えた。", "anon-quasi-identifier",
                 "2017年の島根県伝統工芸品展で知事賞をもろうてから", Severity::kWarning);
  expect_finding("県下初となるCLT工法の公営住宅を建てた。", "anon-quasi-identifier", "県下初となるCLT工法の公営住宅を建てた",
                 Severity::kWarning);
  expect_finding("国内に4台しかない二重パイル織機を持つ。", "anon-quasi-identifier", "国内に4台しかない二重パイル織機を持つ",
                 Severity::kWarning);
  expect_finding("テレビ番組『かごしま晩酌紀行』（2021年10月放送）で紹介された。", "anon-quasi-identifier",
                 "テレビ番組『かごしま晩酌紀行』（2021年10月放送）で紹介", Severity::kWarning);
  expect_finding("地元ラジオ局の「ゆんたくラジオ食堂」に毎週出演している。", "anon-quasi-identifier",
                 "地元ラジオ局の「ゆんたくラジオ食堂」に毎週出演", Severity::kWarning);
  expect_clean("資料を読んで3分で理解した。機械は2台しかない。");
  // Contests named in quotes with a year, records, a scope a little further back.
  expect_finding("- 2024年「北海道パンフェスタ」食パン部門グランプリ", "anon-quasi-identifier",
                 "2024年「北海道パンフェスタ」食パン部門グランプリ", Severity::kWarning);
  expect_finding("- 「全国ご当地メンチカツ選手権2023」金賞", "anon-quasi-identifier", "「全国ご当地メンチカツ選手権2023」金賞",
                 Severity::kWarning);
  expect_finding("同社は2022年の新茶初取引で1キロ108万円の史上最高値をつけた。", "anon-quasi-identifier",
                 "同社は2022年の新茶初取引で1キロ108万円の史上最高値をつけた", Severity::kWarning);
  expect_finding("釧路港で冷凍車による夜間輸送を最初に始めた。", "anon-quasi-identifier",
                 "釧路港で冷凍車による夜間輸送を最初に始めた", Severity::kWarning);
  expect_clean("売上は過去最高を記録した。人生で初めての経験だった。");
  // The only one said in other words; recognitions a few words after their name.
  expect_finding("杉桶で仕込んでいるのは、県内ではK社だけになった。", "anon-quasi-identifier",
                 "杉桶で仕込んでいるのは、県内ではK社だけになった", Severity::kWarning);
  expect_finding("2016年に愛媛県の「愛」あるブランド産品に認定された。", "anon-quasi-identifier",
                 "2016年に愛媛県の「愛」あるブランド産品に認定", Severity::kWarning);
  expect_finding("京都御所の畳替えを三代にわたって請け負ってきた。", "anon-quasi-identifier",
                 "京都御所の畳替えを三代にわたって請け負", Severity::kWarning);
  expect_clean("それは産地全体の物語で、B社だけの強みではない。");
  // Without a scope, "only us" is how an owner speaks of effort.
  expect_clean("毎朝掃除をするのはうちくらいのものだと笑う。");
}

TEST(AnonymityQuasiIdentifier, CommonComparisons_StayClean) {
  expect_clean("市内に十数軒ある畳店の一つである。店主は初めて赤字を出した年に迷った。");
  expect_clean("最も大切なのはお客様が何に困っているかを知ることだ。県内でも数少ない取扱店である。");
}

TEST(AnonymityQuasiIdentifier, ExactFoundingYear_IsAWarningAlone) {
  expect_finding("1923年創業の酒蔵である。", "anon-quasi-identifier", "1923年創業", Severity::kWarning);
  expect_clean("創業70年を超える和菓子店である。");
  // An exact age dates the founding as a year does, with the generations after it.
  expect_finding("店は創業以来四十五年、同じ場所で三代続く。", "anon-quasi-identifier", "創業以来四十五年、同じ場所で三代",
                 Severity::kWarning);
  expect_finding("創業73年の酒蔵である。", "anon-quasi-identifier", "創業73年", Severity::kWarning);
  expect_clean("開業から3年で黒字になった。創業60年の節目を迎えた。創業以来14年にわたり地元に卸してきた。");
}

TEST(AnonymityPerson, FullNameAfterATitleAndABlank_IsReportedWithTheTitle) {
  expect_finding("代表取締役 山田 太郎は話す。", "anon-person", "代表取締役 山田 太郎");
}

TEST(AnonymityPerson, KatakanaGivenNamesAfterABlankAndSurnamesWithNoma_AreWholeNames) {
  expect_finding("運転手の畠山 ハルと佐々木田 勝が担当になった。", "anon-person", "運転手の畠山 ハル");
  expect_finding("運転手の畠山 ハルと佐々木田 勝が担当になった。", "anon-person", "佐々木田 勝");
}

TEST(AnonymityPerson, NamesAfterARoleAndInLists_AreErrors) {
  expect_finding("事務の宇佐美が帳簿をつける。", "anon-person", "宇佐美");
  expect_finding("生産者は鈴木、望月、杉山の3人である。", "anon-person", "鈴木、望月、杉山");
  expect_finding("実習生のトゥイとハイが働く。", "anon-person", "トゥイとハイ");
  expect_finding("後継者は長男の健太である。", "anon-person", "健太");
  expect_finding("社長の妻・由美子が帳簿をつける。", "anon-person", "由美子");
}

TEST(AnonymityPerson, ListsOfDictionaryNamesWithoutRoleOrCount_AreErrors) {
  expect_finding("支援チームは山田、佐藤、鈴木が受け持った。", "anon-person", "山田、佐藤、鈴木");
  expect_finding("仕入れは田中と中村が担う。", "anon-person", "田中と中村");
  // Cities that IPAdic also reads as surnames, in a list that goes on with places: a
  // bare surname's warning at most, no error.
  expect_finding("大月、都留、富士吉田の旅行会社にも案内した。", "anon-person", "大月、都留", Severity::kWarning);
}

TEST(AnonymityPerson, RareSurnamesAndKanaGivenNames_AreFoundWithTheNameList) {
  // SKK-JISYO.jinmei (skkdic-extra) knows what IPAdic does not.
  if (!PersonNameList::shared().available()) GTEST_SKIP() << PersonNameList::shared().error();
  expect_finding("蔵元の百目鬼 透が仕込みを見る。", "anon-person", "百目鬼 透");
  expect_finding("保育士の緒方さくらが担当した。", "anon-person", "保育士の緒方さくら");
}

TEST(AnonymityPerson, PlacesAndCommonWordsAfterRoles_StayClean) {
  expect_clean("社長の一存で決めた。料理長は京都での修業を終えた。看護師の数が足りない。");
  expect_clean("佐賀と長崎の取引先に卸す。");
  // Cities that IPAdic reads as surnames, listed before the shops they hold, are places.
  expect_no_error("BW社は藤沢と茅ヶ崎、平塚に計4店舗を持つクリーニング店。工場は藤沢に一か所。");
  // A count after に that is not of sites leaves a list of people a list of people.
  expect_finding("仕入れは田中と中村に3つの工程を任せた。", "anon-person", "田中と中村");
  // ゆかりの after a place is "associated with", not a given name.
  expect_no_error("岡崎ゆかりの武将にならい、「急がば回れ」の姿勢で進めた。");
  // Roles IPAdic also lists as surnames (仲居) are roles before さん.
  expect_clean("板長や仲居さんが大女将の考えに従っていた。");
  // IPAdic files ハンコ under 固有名詞; after a role and a blank it is still a stamp.
  expect_clean("決裁は社長 ハンコを押すだけになった。社長のハンコがなくても進む。");
}

TEST(AnonymityRepeat, NameFoundOnce_IsFoundAgainElsewhere) {
  const Problems problems = check("株式会社丸十鋳造所（以下「丸十」）は鋳物を作る。丸十の工場は古い。");
  EXPECT_NE(find(problems, "anon-company", "丸十"), nullptr) << describe(problems);
  const Problems people = check("代表取締役 小松原 誠は話す。小松原は三代目である。");
  EXPECT_NE(find(people, "anon-person", "小松原"), nullptr) << describe(people);
}

TEST(AnonymityCompany, KanjiYagouMarkAndOneKanji_IsAFirm) {
  expect_finding("丸福酒店の店主は地元の蔵と組んだ。", "anon-company", "丸福酒店");
  expect_finding("丸一商店は地元の蔵と組んだ。", "anon-company", "丸一商店");
  expect_finding("角三水産が加工を受けた。", "anon-company", "角三水産");
  expect_clean("丸太工房で家具を作る。日の丸食堂の話ではない。");
}

TEST(AnonymityShop, CommonWordBeforeYaOrKan_IsAShopForReview) {
  expect_finding("老舗の松葉屋は駅前で三代続く和菓子店である。", "anon-shop", "松葉屋", Severity::kWarning);
  expect_finding("白鷺屋では女将が一人で客を迎えていた。", "anon-shop", "白鷺屋", Severity::kWarning);
  expect_finding("紅葉館に泊まる客が増えた。", "anon-shop", "紅葉館", Severity::kWarning);
  // Goods and trades before the suffix name the kind of shop, not one shop.
  expect_clean("和菓子屋と金物屋、写真館、物産館、土産物屋が並ぶ。協同組合が支えた。");
}

TEST(AnonymityProduct, OneCommonWordAfterANameKeyword_IsAName) {
  expect_finding("新商品の「冬ごもり」は冬だけ売る。", "anon-product", "冬ごもり");
  expect_finding("ブランド「雪国」で売り出した。", "anon-product", "雪国");
  // Plain 商品 quotes a notion; a category after a keyword is no name.
  expect_clean("商品の「価値」を伝える。新商品の「ドレッシング」を試した。");
}

TEST(AnonymityProduct, CompoundOfNounsBesideGoods_IsAName) {
  expect_finding("詰め合わせ「冬ごもり箱」が年末の定番になった。", "anon-product", "冬ごもり箱");
  expect_clean("「お試し」というセットも作った。");
}

TEST(AnonymityProduct, NamesInANamingFrame_AreNames) {
  expect_finding("ソースは阿蘇の赤いしずくと名付けた。", "anon-product", "阿蘇の赤いしずく");
  expect_finding("小さな樽にはちいさな蔵と名付けた。", "anon-product", "ちいさな蔵");
  expect_finding("商品名はころりん畳とした。", "anon-product", "ころりん畳");
  expect_finding("三種を小瓶に詰め、森のめぐみの名で詰め合わせにした。", "anon-product", "森のめぐみ");
  expect_finding("冬の出荷用にほたての雪解けという冷凍の小分け商品を作った。", "anon-product", "ほたての雪解け");
  // Kansai's いう for という after a quote, and a quote inside a quote judged by itself.
  expect_finding("「一輪挿しは「しがらき雫」いう名前で出して、売った」", "anon-product", "しがらき雫");
  expect_finding("「わしが継いだんは「ふく料理 しもせき亭」いう店でね」", "anon-shop", "ふく料理 しもせき亭");
  expect_finding("「通販は『吉野葛と柿の葉 さば三昧』いう詰め合わせに絞りました」", "anon-product", "吉野葛と柿の葉 さば三昧");
  expect_clean("「「ありがとう」いう言葉が大事」と話す。");
  // The same frames in speech: って名前で, っていう and the goods.
  expect_finding("牡蠣はみちしおって名前で出しとるんやけど。", "anon-product", "みちしお");
  expect_finding("「開いて九年だけど、うめまるっていうフィナンシェばっかり売れる」", "anon-product", "うめまる");
  expect_clean("地元では知らない人はいないっていうパンを作りたい。");
  expect_finding("駅前に麦の穂の名で店を開いた。", "anon-shop", "麦の穂");
  // Ordinary words, the firm itself, a kind of goods: no name.
  expect_clean("自社の名で売る。限定酒の名前で若い客をつかんだ。それと名付けた。");
}

TEST(AnonymityShop, QualifiedDishOnASignboard_IsReportedWhole) {
  expect_finding("県内では出雲そば 八雲亭の卓上にも置かれている。", "anon-shop", "出雲そば 八雲亭");
  expect_finding("FR社は博多らーめん 一徹を三店経営している。", "anon-shop", "博多らーめん 一徹");
}

TEST(AnonymityShop, KanjiWordsAfterAKatakanaShopWord_AreAShopForReview) {
  expect_finding("住宅地のベーカリー麦の穂を本店とする。", "anon-shop", "ベーカリー麦の穂", Severity::kWarning);
  expect_finding("最寄りのサイクルショップ風車で、修理が多い。", "anon-shop", "サイクルショップ風車", Severity::kWarning);
  // Said as the shop's name, it is one for sure (an error).
  expect_finding("店の名前はサイクルショップ風車で、修理が多い。", "anon-shop", "サイクルショップ風車");
  expect_finding("最初の行き先はスーパーいちいだった。", "anon-shop", "スーパーいちい");
  expect_clean("カフェ経営を学ぶ。カフェ店長が語る。スーパーの棚に並ぶ。ベーカリー部門の売上が伸びた。");
}

TEST(AnonymityProduct, CoinedNameBetweenContextAndCategory_IsAName) {
  expect_finding("夕食のかぼす地獄蒸し膳も人気が出た。", "anon-product", "かぼす地獄蒸し膳");
  expect_finding("土産のまがたま煎餅もよく売れている。", "anon-product", "まがたま煎餅");
  expect_clean("夕食の伊勢海老と干物が好評だ。");
}

TEST(AnonymityProduct, NamesListedBeforeANamingFrame_AreNames) {
  expect_finding("ブレンドには眉山ブレンドとしずく珈琲の名を付けた。", "anon-product", "眉山ブレンド");
  expect_finding("ブレンドには眉山ブレンドと月影珈琲の名を付けた。", "anon-product", "月影珈琲");
}

TEST(AnonymityPerson, GivenNameMeCabCutsAcrossAParticleAfterARole_IsAPerson) {
  if (!PersonNameList::shared().available()) GTEST_SKIP() << PersonNameList::shared().error();
  expect_finding("店主は段取りを息子の悠真に任せている。", "anon-person", "悠真");
  // (Or one MeCab cut into words, opening with a kanji it reads as a prefix: 真|砂子; a
  // count and one word of the dictionary are none.)
  expect_finding("女将の真砂子は「料理を増やす」と言う。", "anon-person", "女将の真砂子");
  expect_finding("工房長の櫟原陸斗は「一点物こそ価値」と言う。", "anon-person", "工房長の櫟原陸斗", Severity::kWarning);
  expect_clean("店長の一人が辞めた。娘の希望を聞く。社長の真意は分からない。女将の手料理が評判だ。店主の真心が伝わる。");
  expect_clean("社長の一言で決まった。職人の二人が残った。");
}

TEST(AnonymityPerson, KatakanaNameJoinedByANakaguroBeforeSan_IsAPerson) {
  expect_finding("フロントのアナ・リマさんが説明した。", "anon-person", "フロントのアナ・リマさん");
  expect_finding("釣り体験はダニエル・ロペスさんが案内した。", "anon-person", "ダニエル・ロペスさん");
}

TEST(AnonymityQuasiIdentifier, ExactLinesOfGenerationsAndEdoEraYears_AreWarnings) {
  expect_finding("西陣で二百年、十一代続く店である。", "anon-quasi-identifier", "西陣で二百年、十一代続く",
                 Severity::kWarning);
  expect_finding("NM社は創業天保三年の味噌蔵である。", "anon-quasi-identifier", "創業天保三年", Severity::kWarning);
  expect_finding("1958年創業、従業員は今も7名の小さな店だ。", "anon-quasi-identifier",
                 "1958年創業、従業員は今も7名", Severity::kWarning);
  // Three generations and round centuries are shared by many firms; 文化 is no year alone.
  expect_clean("三代続く和菓子店である。百年続く商店街で、地域の文化を守る。");
}

TEST(AnonymityShop, BranchAfterANameAndABlank_BelongsToTheName) {
  expect_finding("売り場は白浜屋 仙崎店と本社の二つである。", "anon-company", "白浜屋 仙崎店");
  expect_finding("麺屋 雪月花の本店が人気で、雪月花 すすきの店も開いた。", "anon-shop", "雪月花 すすきの店");
  expect_clean("スーパー（離島）の棚を見直した。");
}

TEST(AnonymityShop, NameAfterYagouWithAPrefixInside_IsAShop) {
  expect_finding("屋号は牛若丸で、店主は二代目である。", "anon-shop", "牛若丸");
  expect_finding("町のりんご茶屋 ふじの木でもシードルを出している。", "anon-shop", "りんご茶屋 ふじの木");
}

TEST(AnonymityProduct, QuoteBesideGoodsOrMadeTheFlagship_IsAName) {
  expect_finding("季節の花束「ひだまりブーケ」を定番にした。", "anon-product", "ひだまりブーケ");
  expect_finding("店主は「玄界ちらし」を持ち帰りの看板商品にした。", "anon-product", "玄界ちらし");
  expect_clean("「お試し」というセットも作った。日本酒「ブーム」に乗った。");
  // A label on the goods after a product context is no name (found in a relevance case).
  expect_clean("主力の「國産大豆使用」の商品ほど採算が悪化していた。");
}

TEST(AnonymityCompany, KanaNameMeCabCutsAfterALegalForm_IsAFirm) {
  expect_finding("株式会社ひのくにファームとして法人になった。", "anon-company", "株式会社ひのくにファーム");
  expect_clean("有限会社から株式会社へ移行した同業者の話を聞いた。");
}

TEST(AnonymityPerson, SurnameAndKatakanaGivenNameAfterABlank_IsAPerson) {
  if (!PersonNameList::shared().available()) GTEST_SKIP() << PersonNameList::shared().error();
  expect_finding("女将の乙部 チヨは客室を減らすことに反対していた。", "anon-person", "女将の乙部 チヨ");
}

TEST(AnonymityProduct, UnquotedNamesBesideGoods_AreNames) {
  expect_finding("KS社は芋焼酎の蔵で、看板の黒千石は居酒屋で定番になっている。", "anon-product", "黒千石");
  expect_finding("弟は直売所向けの小瓶しまのめぐみを企画した。", "anon-product", "しまのめぐみ", Severity::kWarning);
  // A signboard maker, an activity, a suffix: descriptions.
  expect_clean("看板の製作会社に頼んだ。チーズづくり体験を始めた。商品ごとの売上を見た。");
  // 純|米|酒: MeCab reads 米 as a country; a kind of sake is no name.
  expect_clean("看板の純米酒が売れた。名物の米焼酎も出した。");
  // A longer kind ending at the same place is the goods: しば|漬け, 和|紅茶.
  expect_clean("看板のしば漬けは父が味を決めた。看板の和紅茶が売れた。");
}

TEST(AnonymityShop, DishWordBeforeABlankAndAName_IsAShop) {
  expect_finding("商店街で中華料理 福龍を営む。", "anon-shop", "中華料理 福龍");
  expect_finding("隣の手打ちうどん 松風とは競う。", "anon-shop", "手打ちうどん 松風");
  expect_clean("中華料理の店が多い。郷土料理を出す旅館もある。");
}

TEST(AnonymityShop, KanaNameWithYaBeforeAnInn_IsAShop) {
  expect_finding("駅の反対側のふじや旅館に泊まる。", "anon-shop", "ふじや旅館");
  expect_clean("ホテルや旅館に卸す。民宿や旅館の客が多い。");
}

TEST(AnonymityShop, ShopWordsOfTraditionalTrades_StartAName) {
  // 菓匠 and 御誂え処 are signboard words like 菓子処; a kanji numeral may start the name.
  expect_finding("菓匠つるやは土産の需要が落ちた。", "anon-shop", "菓匠つる");
  expect_finding("御誂え処 松葉は西陣の近くにある。", "anon-shop", "御誂え処 松葉");
  expect_finding("菓子処 八甲堂は菓子店である。", "anon-shop", "菓子処 八甲堂");
  expect_clean("菓子処として知られる町で、八百屋と菓子店が並ぶ。");
}

TEST(AnonymityShop, NameInDoOrKenBeforeItsTrade_IsAShop) {
  expect_finding("文林堂書店は町の本屋だ。", "anon-shop", "文林堂書店");
  expect_finding("駅前の来々軒食堂で昼を食べる。", "anon-shop", "来々軒食堂");
  // A numeral (一軒), an ordinary word (講堂, 公会堂) or a longer compound is no name.
  expect_clean("町に一軒食堂が残る。公会堂食堂で会議をした。大学講堂書店の棚を見た。");
}

TEST(AnonymityShop, KanaNameBeforeAnOrchardOrAHome_IsAShop) {
  expect_finding("あさぎり果樹園は梨を育てる。", "anon-shop", "あさぎり果樹園");
  expect_finding("運営するグループホームひだまりの郷では、", "anon-shop", "グループホームひだまりの郷");
}

TEST(AnonymityShop, ANameBeforeABracketWithAnAddress_IsStillFound) {
  // The bracket is the postal code's finding; the name before it stands on its own.
  const Problems problems = check("グループホームひだまりの郷（〒421-0103 静岡市駿河区丸子三丁目12番5号）では、");
  EXPECT_NE(find(problems, "anon-shop", "グループホームひだまりの郷"), nullptr) << describe(problems);
  EXPECT_NE(find(problems, "anon-postal", "〒421-0103"), nullptr) << describe(problems);
}

TEST(AnonymityPerson, AOneKanjiSurnameAndACommaAfterTheCopula_AfterARole_AreFound) {
  expect_finding("泥染め職人の叶と三人で、小物を試作した。", "anon-person", "叶");
  // A surname SKK lists that opens with a number IPAdic cuts off (三|宅, 二|木); a count is none.
  expect_finding("縫製担当の三宅と話した。", "anon-person", "三宅");
  expect_finding("訪問の班は、歯科医師の片岡と衛生士で組んだ。", "anon-person", "歯科医師の片岡");
  expect_clean("医師の判断で決める。歯科医師の数が足りない。医師の指示に従う。");
  expect_clean("職人の三人は言う。社長の二代目は言う。社長の一存で決めた。");
  expect_finding("その一人が伝統工芸士の片岡で、七十八歳になった。", "anon-person", "伝統工芸士の片岡");
  // A place before で and a comma is where; a surname that is a common word (林) is a wood.
  expect_clean("社長の京都で、修業した。職人の林が削る。");
}

TEST(AnonymityPerson, ACommonWordSKKListsAsASurname_AsTheSubjectAfterARole_IsAWarning) {
  expect_finding("古くからいる製造主任の纐纈は新しいやり方に首を縦に振らなかった。", "anon-person", "纐纈", Severity::kWarning);
  // Not as an object or before other particles (社長の知識を), and not one kanji.
  expect_clean("社長の知識を借りた。職人の腕で仕上げる。");
}

TEST(AnonymityPerson, AGenerationBeforeATitle_IsNoName) {
  // SKK reads 三代 as a surname and 目 as a given name; the run is a generation of the line.
  expect_clean("三代目社長は語る。四代目店主が継いだ。");
  expect_finding("二代目社長の錦織辰夫は語る。", "anon-person", "二代目社長の錦織辰夫");
}

TEST(AnonymityPerson, AKanjiSurnameAndAKatakanaGivenName_AreOneName) {
  expect_finding("織り手は七十代の栄ミツエら三人だけになった。", "anon-person", "栄ミツエ");
  expect_finding("配車は伊藤ジョアンを加えた二人体制にした。", "anon-person", "伊藤ジョアン", Severity::kWarning);
  // A kana given name that runs on into more kana is a word's start (加賀|れん|こん), and one
  // ending in の before a word ends with a particle (水出|しの|ティーバッグ).
  expect_no_error("五郎島金時や加賀れんこんを使ってほしい。");
  expect_clean("水出しのティーバッグは夏の贈答品だ。水出しの煎茶を売る。");
  // (Nor a kana given name ending in や or と before a word it lists: 川下|りや|山歩き.)
  expect_clean("川下りや山歩き、農家での収穫体験を挙げる声が多かった。");
  // (Nor a given name of one kanji a common kanji word goes on from: 白州|湧|水, 大井川|鐵|道;
  // a name SKK lists or IPAdic reads as a proper noun goes on as a name: 小林善三郎, 眞田穂乃香.)
  // (The quote is a product's name for a reviewer, no person's.)
  {
    const Problems problems = check("店頭の「白州湧水とうふ」は観光客の指名買いが多い。");
    EXPECT_EQ(find(problems, "anon-person", "白州湧"), nullptr) << describe(problems);
    EXPECT_NE(find(problems, "anon-product", "白州湧水とうふ"), nullptr) << describe(problems);
  }
  expect_finding("伝統工芸士の小林善三郎が研ぐ。", "anon-person", "伝統工芸士の小林善三郎");
  expect_finding("社員の川下あやが来た。", "anon-person", "社員の川下あや");
  // A region named with 地方 or 地区 is a place, whatever IPAdic reads its name as.
  expect_clean("P社は日高地方で乳牛を飼う酪農家だ。AB社は空知地方の町で豆腐を作る。三河地区の部品工場。");
  expect_finding("緒方しのが担当した。", "anon-person", "緒方しの");
  // IPAdic reads 牛 and 聖 as surnames, タン and パウロ as given names: SKK does not.
  expect_no_error("名物の牛タンを仕入れた。聖パウロ教会の前だ。");
}

TEST(AnonymityPerson, WhereSomeoneWorksOrStands_AndANationality_HeadANameAsARoleDoes) {
  expect_finding("メニューはホールのジェシカが英語で作った。", "anon-person", "ホールのジェシカ");
  expect_finding("漁協の先輩の中世古が、干し場を貸してくれた。", "anon-person", "中世古");
  expect_finding("若女将が常連のフランス人アントワーヌに聞いた。", "anon-person", "アントワーヌ");
  expect_clean("アメリカ人観光客が増えた。ホールの床を張り替えた。常連のお客様が来た。ドイツ人のマイスターが来た。");
  expect_clean("ケアマネさんに相談した。ケアマネジャーの研修を受けた。");
  // A loanword IPAdic knows is a word after a role, even one SKK lists as a surname.
  expect_clean("社長はルートを変えたいと思いながらも手が出なかった。");
  // A role right before a katakana name: the script sets the name apart.
  expect_finding("ブラジル出身の番頭マルコスが、入浴プランを考えた。", "anon-person", "マルコス");
  expect_clean("職人ロボットを入れた。スタッフミーティングを開いた。社員トイレを直した。");
}

TEST(AnonymityPerson, VariantKanjiOfSurnames_AreReadAsTodaysForm) {
  // 濵﨑 is 浜崎, 渡會 is 渡会 to the dictionaries; the finding keeps the text as written.
  expect_finding("担当の濵﨑が届ける。", "anon-person", "濵﨑");
  expect_finding("工場長の渡會が仕切る。", "anon-person", "工場長の渡會");
  // Rocks and machines keep their kanji: 花崗岩 is no 花岡.
  expect_clean("花崗岩を切り出す。充填設備を入れた。");
}

TEST(AnonymityPerson, PlacesSKKListsAsSurnames_CountedAsTwoPeople_AreNames) {
  // Okinawa's surnames are its places to IPAdic; the count says they are people.
  // (Names joined by と are reported as one list.)
  expect_finding("シフトを組む仲宗根と安慶名の二人に負担が集中した。", "anon-person", "仲宗根と安慶名");
  expect_clean("長野と松本の二店舗を回った。佐賀と長崎の二県で売る。");
  // A pair with one IPAdic name, as the subject: the other is a name too.
  expect_finding("蔵の職人我如古と新垣は、迷った。", "anon-person", "我如古と新垣");
}

TEST(AnonymityPerson, ARareSurnameGlossedWithItsReading_IsAName) {
  expect_finding("社長の四十物（あいもの）恭介は語った。", "anon-person", "社長の四十物（あいもの）恭介");
  expect_finding("開発は雨宮と功刀（くぬぎ）の2人に任せた。", "anon-person", "雨宮と功刀（くぬぎ）", Severity::kWarning);
  // A place's reading, and a common word glossed with an example, are no names.
  expect_clean("十六島（うっぷるい）の海苔を使う。果樹（りんご）の剪定を学ぶ。");
}

TEST(AnonymityPerson, TwoKanjiMeCabCutsAfterATitleOrARelative_AreAWarning) {
  expect_finding("杜氏の戸祭が仕込みを担う。", "anon-person", "杜氏の戸祭", Severity::kWarning);
  expect_finding("長男の晃大が店に入った。", "anon-person", "晃大", Severity::kWarning);
  // Whole words, a trade's words after a trade, and keepers of a place (…主) are no names.
  expect_clean("社長の方針が変わった。長男の嫁が手伝う。漁師の浜値が下がった。三代目の窯主は語る。");
}

TEST(AnonymityProduct, AKanaNameMeCabOpensWithAVerb_IsStillAName) {
  // し|お|かぜ: one kana read as する before a noun opens a kana name, not a clause.
  expect_finding("自社開発の「しおかぜシャンプー」の店販も評価に入れる。", "anon-product", "しおかぜシャンプー");
  expect_finding("「しおさい最中」を売る。", "anon-product", "しおさい最中");
  expect_clean("「しっかり食べる朝ごはん」を合言葉にした。「します」と答えた。");
}

TEST(AnonymityProduct, GoodsABlankAndAName_AreALabel) {
  // In quotes, goods that end in their kind, a blank, then the name (a warning, as for shops).
  expect_finding("りんごの甘煮を白餡で包んだ「林檎最中 ゆきあかり」が指名買いされた。", "anon-product", "林檎最中 ゆきあかり",
                 Severity::kWarning);
  expect_finding("駅で「黒豚せいろ弁当 桜島」が売れた。", "anon-product", "黒豚せいろ弁当 桜島", Severity::kWarning);
  // Without quotes, kana after goods and a blank: prose puts no blank there.
  expect_finding("林檎最中 ゆきあかり を土産物として売り出した。", "anon-product", "林檎最中 ゆきあかり");
  expect_finding("新作の林檎最中 ゆきあかりは好評だ。", "anon-product", "林檎最中 ゆきあかり");
  expect_clean("「羊羹 手作り」の札を出した。最中 とても好評だった。");
  // か ends a clinic's kana name (まなか歯科) unless a question's (どうするか歯科医と).
  expect_finding("院長は、まなか歯科クリニックと分院を経営する。", "anon-shop", "まなか歯科クリニック");
  expect_finding("本院のみずき台デンタルクリニックに続き、分院を開いた。", "anon-shop", "みずき台デンタルクリニック");
  expect_clean("どうするか歯科医と相談した。いつか美容室を開きたい。いつか旅館を継ぎたい。まず歯科医院に行く。");
  // A kind of shop or inn, a blank and a kana name, the same way.
  // After 屋号 or 店名 one ordinary word is the shop's name; a placeholder is none.
  expect_finding("屋号は「浜千鳥」、全9室の家族経営である。", "anon-shop", "浜千鳥");
  expect_clean("屋号は「未定」のままだ。店名は「なし」にした。商品名は「仮称」とした。");
  // A decision after 屋号を, and goods described by a common word joined without の.
  expect_clean("屋号を残すことにした。人気の「日替わり弁当」が伸びた。新商品は「季節限定タルト」だ。");
  // (The finding reads the signboard whole, its kind too.)
  expect_finding("若女将は、古道の宿 やたがらすの二代目だ。", "anon-shop", "古道の宿 やたがらす");
  expect_finding("浜の店 かいこうを閉めることも考えた。", "anon-shop", "浜の店 かいこう");
  expect_finding("蔵王の温泉街で十二室の湯宿 かもしか荘を営む。", "anon-shop", "湯宿 かもしか荘");
  expect_finding("| 屋号 | 珈琲舎 ことり |", "anon-shop", "珈琲舎 ことり");
  expect_finding("隣の「ロッジ はくば亭」の2棟を営む。", "anon-shop", "ロッジ はくば亭");
}

TEST(AnonymityProduct, OneWordRightAfterItsGoods_IsTheirName) {
  expect_finding("金目の一夜干し「潮騒」は粗利率が高い。", "anon-product", "潮騒");
  expect_finding("飲むヨーグルト「雪どけ」は返礼品になった。", "anon-product", "雪どけ");
  expect_finding("白磁シリーズ「月白」として出展した。", "anon-product", "月白");
  // Goods by their shape in a title's brackets: a warning.
  expect_finding("売上の四分の一を稼ぐのは『青葉ロール』で、これを一番に仕込む。", "anon-product", "青葉ロール", Severity::kWarning);
  expect_clean("「青葉ロール」のような名前は避けた。");
  // Goods of cloth and light, and goods set up as the firm's mainstay.
  expect_finding("その話をもとに、ストール『ひいな』を小売向けに企画した。", "anon-product", "ひいな");
  expect_finding("組子照明「雪輪」は欧州のホテルに納めた。", "anon-product", "雪輪");
  // Knives by their kind, scent bags.
  expect_finding("自社ブランドの牛刀「白鷺一文字」は、欧州の料理人に直接売れる。", "anon-product", "白鷺一文字");
  expect_finding("端材で作る香り袋「杉っこ香」は県外の雑貨店に並ぶ。", "anon-product", "杉っこ香");
  // Ordinary words in quotes as the flagship are for a reviewer; a single word, a generic
  // offer or a description is none.
  expect_finding("看板の「鶴亀ブラック」は二号店でも同じ味で出せている。", "anon-product", "鶴亀ブラック", Severity::kWarning);
  expect_finding("主力の「天つ風」は県内の居酒屋で長く飲まれてきた。", "anon-product", "天つ風", Severity::kWarning);
  expect_clean("自慢の「手打ち」が評判。看板の「おまかせコース」が人気。");
  // A sake rice is a cultivar, public; goods described fresh from the oven are labelled.
  expect_clean("県産の酒米「吟ぎんが」を使った純米酒が伸びた。");
  expect_clean("自家焼きの最中を「焼きたての皮」として売り出すと、注文が増えた。");
  // After a service word, a name of ordinary words the firm started is for a reviewer.
  expect_finding("宅配サービス「シロクマ便」を始めた。", "anon-product", "シロクマ便", Severity::kWarning);
  expect_finding("定期サービス「十年家族帖」を始め、初年度に80組が契約した。", "anon-product", "十年家族帖", Severity::kWarning);
  expect_clean("見守りサービス「安心」を始めた。配食サービス「日替わり弁当」を始めた。");
  expect_finding("毎年同じ構図で撮る「家族の年輪」プランを始めた。", "anon-product", "家族の年輪", Severity::kWarning);
  expect_clean("「お試し」プランを始めた。「朝ごはん付き」プランを始めた。");
  // Pudding written in kana is goods as プリン is.
  expect_finding("『紅赤ぷりん』は持ち帰り用の瓶で売り出した。", "anon-product", "紅赤ぷりん");
  // Goods begun to be sold later in the clause; soy sauce by its brewing.
  expect_finding("冷凍した「浜の赤天」を通販で売り始め、二年で伸びた。", "anon-product", "浜の赤天");
  expect_clean("「日替わり弁当」を売り始めた。再仕込みの醤油を売る。");
  expect_clean("牛刀と出刃を研ぎ直す。香り袋を作る体験を始めた。");
  // An experience of a craft in ordinary words is no name, whatever the words before say.
  expect_clean("冬季限定の「そば打ち体験」と、打ち立てのそばの持ち帰りだった。冬季限定の「陶芸体験」も始めた。");
  // A verb and its past ending before a trade's suffix is a clause, not a kana name; the
  // firm's own charts made are no goods (batch 160's and 159's clean errors).
  expect_clean("酒米の契約栽培を通じて、蔵と農家の次の世代をつないだ酒造業");
  expect_clean("若手が工程ごとに親方の確認を受ける「できる表」を作り、半年ごとに見直す。");
  expect_finding("経営する「しおた牧場」は草千里の近くにある。", "anon-shop", "しおた牧場");
  // Polishing and welding are trades before 屋, as 板金 is.
  expect_clean("社長は「研磨屋は表に出るものではない」と考えていた。溶接屋に頼む。");
  expect_finding("黒はんぺん『しおさい黒はん』を贈答用に開発した。", "anon-product", "しおさい黒はん");
  expect_finding("塩ちんすこう「波花」は小箱を増やした。", "anon-product", "波花");
  // A particle's letter inside a kana word is no phrase (きたがわ一番).
  expect_finding("人気は『柚子ぽん酢 きたがわ一番』だ。", "anon-product", "柚子ぽん酢 きたがわ一番", Severity::kWarning);
  expect_finding("小分けの『博多ゆず辛明太』を主力に据え直した。", "anon-product", "博多ゆず辛明太");
  expect_finding("部位を食べ比べる「六白極み膳」を看板に据えた。", "anon-product", "六白極み膳");
  expect_clean("西陣織の帯屋さんも閉めはる。時間帯別データを見た。");
  // In double brackets one kanji is a title too; in single ones a mark (地酒「辛」) says a taste.
  expect_finding("看板の純米酒『蒼』を中心に据えた。", "anon-product", "蒼");
  expect_clean("地酒「辛」を好む客が多い。");
  // Inside a longer phrase, or a taste, the quoted word is a notion.
  expect_clean("スイーツ「男子」向けの品が薄い。日本酒「ブーム」に乗る。");
  expect_clean("地酒「辛口」は定番だ。");
}

TEST(AnonymityProduct, ANameEndingInItsGoodsBesideAProductWord_IsAName) {
  expect_finding("看板の「千鳥もなか」は売上の6割を占める。", "anon-product", "千鳥もなか");
  expect_finding("人気の「めんたいバゲット」を限定品にした。", "anon-product", "めんたいバゲット");
  // MeCab cuts a kana name into a noun and an auxiliary (雪|ほた|る): no predicate.
  expect_finding("蔵の看板である純米吟醸「雪ほたる」は金賞を受けた。", "anon-product", "雪ほたる");
  expect_clean("日本酒「飲みたくなる」と言われた。ケーキ「おいしかった」の声が多い。");
  // Services are named like goods, but tiers and subjects stand after them too.
  expect_finding("月額制の空き家管理サービス「いえまもり」を始めた。", "anon-product", "いえまもり");
  expect_finding("見守りサービス「ゆきんこ見守り便」を新設した。", "anon-product", "ゆきんこ見守り便");
  expect_finding("オンライン教材「ひらめきノート」を作った。", "anon-product", "ひらめきノート");
  // Named like a service with a coined part, and started by the firm.
  expect_finding("理学療法士が個別に組む「ひざ楽コース」を始めた。", "anon-product", "ひざ楽コース");
  expect_finding("家族写真を組み合わせた「ことはじめプラン」を新設した。", "anon-product", "ことはじめプラン");
  expect_clean("「お試しプラン」を用意した。「家族プラン」を新設した。「見学ツアー」を始めた。「月額プラン」を用意した。"
               "「季節のお花便」を始めた。「朝ごはんプラン」を設けた。「のんびりツアー」を始めた。「年間パス」を用意した。");
  expect_clean("コース「食べ歩き」を作った。サービス「見守り」を始めた。プラン「おまかせ」を作った。ツアー「まち歩き」を始めた。");
  expect_clean("サービス「お試し」を用意した。コース「松」を選ぶ客が多い。プラン「ライト」を加えた。教材「国語」を作った。"
               "パック「家族」が売れた。サービス「定期点検」を始めた。プラン「スタンダード」を設けた。");
  expect_finding("看板商品の湘南しおバターロールはテレビで紹介された。", "anon-product", "湘南しおバターロール");
  expect_finding("修復用の薄紙「雁皮みやま」は美術館から注文が続く。", "anon-product", "雁皮みやま");
  expect_finding("主力機「HX-250」は海外のメーカーから引き合いがある。", "anon-product", "HX-250");
  expect_clean("和紙「厚手」を漉く。主力機「新型」を出した。");
  expect_clean("人気のパスタを増やした。カフェラテを出す。");
  // How the goods are made or sold is a label, not a name.
  expect_clean("パン「焼き立て」を並べた。弁当「作り置き」は好評だ。ケーキ「持ち帰り」を増やした。パンの「焼きたて」を売る。");
  expect_clean("人気の「食べ放題」をやめた。評判の「朝カレー」が売れた。人気の「見える化」講座に出た。");
  // A description of the goods, a sentence, speech: no names, whatever the words around.
  expect_clean("第3回：「かんきつの香りのドレッシング」として売り方を検討した。");
  expect_clean("「地元のホップを使っているなら出してみたい」という店もあった。社長は「うちはなんでも屋」と話した。");
  // A list of goods in quotes says nothing of a product.
  expect_clean("「木綿豆腐」「油揚げ」「がんもどき」の三品に絞った。");
}

TEST(AnonymityQuasi, ALargeMarketShareOrAPrizeYearAfterYear_IsAClaim) {
  expect_finding("従業員43名で国内シェア8割の部品を持つ。", "anon-quasi-identifier", "従業員43名で国内シェア8割の部品を持つ",
                 Severity::kWarning);
  expect_finding("店主は県の品評会で最優秀賞を三年連続で取った牛を仕入れる。", "anon-quasi-identifier",
                 "店主は県の品評会で最優秀賞を三年連続で取った牛を仕入れる", Severity::kWarning);
  // A small share, or a share without a scope, singles out nobody.
  expect_clean("県内シェア2%にとどまる。シェア8割を目指したい。");
}

TEST(AnonymityProduct, QuotedNameBesideItsGoods_IsAProduct) {
  expect_finding("純米吟醸「雪間の灯」が主力である。", "anon-product", "雪間の灯");
  expect_finding("酒粕の焼き菓子「かすてらん」は評判だ。", "anon-product", "かすてらん");
  expect_finding("「森のささやき」というはちみつを売る。", "anon-product", "森のささやき");
  expect_clean("若い客の和菓子「離れ」に悩む。「手軽に食べられる」というスイーツを求める声が多い。");
  expect_clean("品種「とちおとめ」を使う。詰め合わせ「大」と「小」に絞った。");
}

TEST(AnonymityProduct, QuotedNameAfterAProductContextAndItsGoods_IsAProduct) {
  expect_finding("オリジナルの入浴剤「ゆらり」を開発した。", "anon-product", "ゆらり");
  expect_finding("みかんジュースの「だいだい物語」が看板だ。", "anon-product", "だいだい物語");
  expect_clean("スイーツ「おいしい」を開発した。");
  expect_finding("シリーズ名は「やさしい時間」である。", "anon-product", "やさしい時間");
  // 名称 and 名前 name laws and programmes as often as products.
  expect_clean("正式名称は「中小企業等経営強化法」である。制度の名前は「事業承継税制」という。");
}

TEST(AnonymityProduct, CoinedNameBeforeBrand_IsAWarning) {
  // Public brands are named the same way (ひょうごブランド): a reviewer decides.
  expect_finding("みのりブランドの米を売る。", "anon-product", "みのりブランド", Severity::kWarning);
  expect_clean("自社ブランドを立ち上げた。地域ブランドの米を売る。高級ブランドの店が並ぶ。");
  // Coined katakana words before ブランド, as the benchmark corpus writes them by the thousand.
  expect_clean("ヌヨエブランドとビメテスプブランドを導入した。");
}

TEST(AnonymityShop, OneWordQuotedAfterAShopWord_IsAShop) {
  expect_finding("町家のゲストハウス「縁」を営む。", "anon-shop", "縁");
  expect_finding("喫茶店「琥珀」の常連が多い。", "anon-shop", "琥珀");
  expect_clean("店「らしさ」を出せる店主を探す。パン屋さんや酒屋が並ぶ。酒屋仲間と組んだ。");
  // A kana verb after a shop word makes a compound of it, not a name.
  expect_clean("保育所づくりを進めた。旅館通いの客が多い。");
}

TEST(AnonymityCompany, MoreTradeSuffixes_NameFirmsAfterANameOnly) {
  expect_finding("元請けの大成土木から仕事をもらう。", "anon-company", "大成土木");
  expect_finding("旧社名の大和紡織で知られる。", "anon-company", "大和紡織");
  expect_clean("地域開発が進む。商品開発に力を入れた。空調設備を更新した。京都観光の客が増えた。");
}

TEST(AnonymityCompany, FirmsNamedByTheirRelationToTheCase_AreFound) {
  expect_finding("追加の多くは大口顧客である九州メディカル開発からであった。", "anon-company", "九州メディカル開発",
                 Severity::kWarning);
  expect_finding("社長は独立前、安芸グラフィックで営業を15年務めた。", "anon-company", "安芸グラフィック");
  expect_finding("主な納め先はミツワ商会、東海ホームセンターの2社である。", "anon-company", "東海ホームセンター",
                 Severity::kWarning);
  expect_finding("チーズの技術を持つラクトワークスとの提携を仲介した。", "anon-company", "ラクトワークス");
  expect_finding("試験導入先として、協力会社：越後ルーフテックが加わった。", "anon-company", "越後ルーフテック",
                 Severity::kWarning);
  // Descriptions after the same words: kinds of firms, places, origins, people.
  expect_clean("取引先の大手スーパーと交渉した。主要顧客は県内の病院である。納め先は九州の問屋だ。協力会社：地元の工務店。"
               "親会社の方針に従う。取引先である地元企業に説明した。顧客の声を聞いた。取引先は関東地区に多い。"
               "取引先の北海道産小麦を使う。協力会社のベトナム人実習生。発注元の海外移転で受注が減った。ウェブ経由で受ける。");
  // More relations: OEM先, 同業の, 子会社の, and a customer a share goes to (…向けだ).
  expect_finding("OEM先のMarbleに供給している。", "anon-company", "Marble");
  expect_finding("同業のミヤコビルサービスが清掃を広げた。", "anon-company", "ミヤコビルサービス");
  expect_finding("子会社の北斗ロジが配送を担う。", "anon-company", "北斗ロジ", Severity::kWarning);
  expect_finding("受注の7割はSunvale向けだ。", "anon-company", "Sunvale");
  expect_clean("同業の店主に相談した。競合の大手チェーンが出店した。子会社の設立を検討した。受注の7割は県外向けだ。");
}

TEST(AnonymityCompany, FirmsBeforeAContractOrADelivery_AreFound) {
  // A firm word that only ends like an origin (興|産 is one word, not 北海道|産).
  expect_finding("K社は不動産業を営む甲府興産の子会社である。", "anon-company", "甲府興産", Severity::kWarning);
  expect_finding("新商品はラクトワークスと共同開発した。", "anon-company", "ラクトワークス");
  expect_finding("加工は信州フーズテックに委託している。", "anon-company", "信州フーズテック", Severity::kWarning);
  // A blank after the joiner, a former name after ・, a firm one books through.
  expect_finding("最大の取引先である Stainova の発注が減った。", "anon-company", "Stainova");
  // (In brackets after the label, said to be its former name, it is an error.)
  expect_finding("T社（旧社名・博多システムサービス）は福岡市にある。", "anon-company", "博多システムサービス");
  expect_finding("ぐんまトラベルサービス経由の団体客が減った。", "anon-company", "ぐんまトラベルサービス");
  expect_clean("新規客のほとんどはホットペッパービューティー経由で来る。予約サイト経由の客が多い。");
  // A customer by what is sold to it, a partner one negotiates with; never a person's name
  // or a region's goods.
  expect_finding("売上の7割が三河ダイカスト工業向け。", "anon-company", "三河ダイカスト工業");
  expect_finding("商材はロレアーナ化粧品と交渉し、3種に絞る。", "anon-company", "ロレアーナ化粧品");
  expect_finding("展示会に出たところ、アルテ化粧品から共同開発の打診があった。", "anon-company", "アルテ化粧品");
  // (They are people: the person rules find them, the firm rules do not.)
  for (const Problem& p : check("社長は山田と交渉した。鈴木一郎との共同で進めた。")) EXPECT_NE(p.rule, "anon-company") << p.text;
  expect_clean("信州そば向けの製粉所。名古屋めし向けの商品。海外向けが伸びた。");
  // A kanji word and katakana business words after a relation: a warning.
  expect_finding("取引先の信越メディカルデバイスにも同じ悩みがある。", "anon-company", "信越メディカルデバイス",
                 Severity::kWarning);
  expect_finding("- 協力会社：泉ダクト工業と年間契約", "anon-company", "泉ダクト工業", Severity::kWarning);
  expect_clean("取引先の物流センターに運ぶ。取引先の外食チェーンに卸す。取引先の地元スーパーチェーン。");
  // The bank the firm borrows from (a warning: banks are public as supporters), a short
  // name said after 通称は, a Latin or place-and-katakana name as a sentence's topic.
  expect_finding("設備更新の資金はメインバンクの富山北星銀行と相談した。", "anon-company", "富山北星銀行", Severity::kWarning);
  expect_finding("資金の一部は水戸中央信用金庫から借り入れた。", "anon-company", "水戸中央信用金庫", Severity::kWarning);
  expect_finding("サイタマクリーンサービス（社内外の通称はSCS）は、ビル清掃を営む。", "anon-company", "SCS", Severity::kWarning);
  expect_finding("Denovaは岡山県倉敷市でデニムの企画と製造を営む。", "anon-company", "Denova");
  expect_finding("加古川プレスは兵庫県東播磨地域の金属プレス加工会社である。", "anon-company", "加古川プレス", Severity::kWarning);
  expect_clean("地元の信用金庫から借り入れた。Excelは表計算ソフトである。加工は地元の女性グループに委託した。");
  // A former partner, the one firm sales depend on, a group and its core firm.
  expect_finding("主要取引先だった燕ステンレス洋器が生産を海外に移した。", "anon-company", "燕ステンレス洋器");
  expect_finding("売上の7割を東日本センサー工業1社に依存していた。", "anon-company", "東日本センサー工業", Severity::kWarning);
  expect_finding("D社は、三河精機を中核とするミカワグループの一員である。", "anon-company", "ミカワグループ");
  expect_clean("地域の一員として活動する。大手1社に依存していた。");
  // A few firms named before a count of them, a main contractor before its subcontracting.
  expect_finding("- ほかに北越オプトロンなど3社と新規取引。", "anon-company", "北越オプトロン", Severity::kWarning);
  expect_finding("売上の8割をネクサス情報システムからの二次請けが占める。", "anon-company", "ネクサス情報システム");
  expect_clean("大手など3社と取引した。地元からの受注が増えた。");
  // Coined kana names after a relation or a kind, read by characters.
  expect_finding("収穫した米の大半は米卸のやまがた米穀商会へ出している。", "anon-company", "やまがた米穀商会");
  expect_finding("主要な取引先は地元の造船所のしまなみドックで、", "anon-company", "しまなみドック");
  expect_clean("取引先はふだんの取引を重視する。取引先のとても大きな会社。取引先やその家族。");
  // A kind of firm, then its name as an apposition.
  expect_finding("荷主の上位は冷凍食品メーカーの秩父フローズンで、", "anon-company", "秩父フローズン", Severity::kWarning);
  expect_finding("売上の55%を電装部品メーカーのダイトー電装一社に頼っていた。", "anon-company", "ダイトー電装");
  expect_clean("大手メーカーの新製品を扱う。運送会社の担当者が来た。スーパーのチラシを見た。百貨店の催事に出た。");
  // Kinds of business and places before the same verbs.
  expect_clean("県内のワイナリーと契約した。地元の農家と組んで出荷する。大手メーカーから受注した。"
               "北海道から仕入れる。関東方面に出荷している。市場に卸している。");
}

TEST(AnonymityCompany, UnknownKatakanaBeforeAFirmSuffix_IsAnError) {
  expect_finding("売上の七割をハマダ建設に頼る。", "anon-company", "ハマダ建設");
  expect_finding("協力会社のタカハシ電気と組む。", "anon-company", "タカハシ電気");
  // A surname IPAdic knows in katakana as a common noun.
  expect_finding("ゴトウファームの登録番号を載せた。", "anon-company", "ゴトウファーム");
  expect_clean("ロボット産業とドローン測量に関心がある。メロンファームを訪ねた。トマトハウスで育てる。");
}

TEST(AnonymityCompany, RegionBeforeAFirmOnlySuffix_IsAWarning_APlaceAnError) {
  // An old province MeCab cuts in two (上|州) is a region like 信州: the firm-only
  // suffix names a firm, the reviewer judges the region.
  expect_finding("整備は上州モータースに任せた。", "anon-company", "上州モータース", Severity::kWarning);
  expect_finding("同社は信州ミールサービスと組んだ。", "anon-company", "信州ミールサービス", Severity::kWarning);
  expect_finding("鋳物は瀬戸内鋳工が作る。", "anon-company", "瀬戸内鋳工", Severity::kWarning);
  expect_finding("配送はなにわ軽急便が担う。", "anon-company", "なにわ軽急便");
  expect_finding("紀州ビル管理の看板を掲げて40年になる。", "anon-company", "紀州ビル管理", Severity::kWarning);
  expect_clean("遠州の鋳工が集まる。高齢者向けミールサービスを始めた。宅急便で送る。信州そばを打つ。"
               "紀州の梅を使う。紀州備長炭を焼く。病院のビル管理を請け負う。県産の林産物を扱う。");
}

TEST(AnonymityShop, NameBeforeABranch_IsAShop) {
  expect_finding("ルミエール薬院店で売る。", "anon-shop", "ルミエール薬院店");
  expect_finding("弁当はほっと亭 布施店で作る。", "anon-shop", "ほっと亭 布施店");
  expect_finding("クリーニングのハクチョウ 鶴見店に頼む。", "anon-shop", "ハクチョウ 鶴見店");
  // A blank before the branch is signboard writing: ordinary words are a name there.
  expect_finding("麦の穂 泉中央店を開いた。", "anon-shop", "麦の穂 泉中央店");
  expect_clean("駅前店と二号店がある。本店の厨房を広げた。");
}

TEST(AnonymityQuasiIdentifier, ExactCountsOfWhatTheFirmHas_AreWarnings) {
  expect_finding("保有車両はちょうど47台、ドライバーは50名余り。", "anon-quasi-identifier", "保有車両はちょうど47台",
                 Severity::kWarning);
  expect_finding("搾乳牛はちょうど八十三頭、家族で世話をする。", "anon-quasi-identifier", "搾乳牛はちょうど八十三頭",
                 Severity::kWarning);
  expect_finding("客室はわずか九室で、家族で営む。", "anon-quasi-identifier", "客室はわずか九室", Severity::kWarning);
  // People only when stressed as exact; time, shares and goods sold are other facts.
  expect_finding("在籍生徒はちょうど213名で、講師は学生だ。", "anon-quasi-identifier", "在籍生徒はちょうど213名",
                 Severity::kWarning);
  expect_clean("社員はわずか5名だ。わずか3日で売り切れた。売上はわずか1割だ。ちょうど100個売れた。");
}

TEST(AnonymityQuasiIdentifier, GenerationsRanksAndTheLastOneLeft_AreWarnings) {
  expect_finding("当主は数えて十四代目にあたる。", "anon-quasi-identifier", "当主は数えて十四代目", Severity::kWarning);
  const Problems generations = check("当主は数えて十四代目にあたる。");
  const Problem* line = find(generations, "anon-quasi-identifier", "当主は数えて十四代目");
  ASSERT_NE(line, nullptr);
  EXPECT_NE(line->message.find("正確な代数"), std::string::npos) << line->message;
  expect_finding("県内で三番目に古い認証工場である。", "anon-quasi-identifier", "県内で三番目に古い認証工場である",
                 Severity::kWarning);
  expect_finding("市内のタクシー会社で最後まで残った一社だ。", "anon-quasi-identifier",
                 "市内のタクシー会社で最後まで残った一社だ", Severity::kWarning);
  expect_finding("社長は府中の家具職人で最後の一人となった指物師だ。", "anon-quasi-identifier",
                 "社長は府中の家具職人で最後の一人となった指物師だ", Severity::kWarning);
  expect_finding("木型は2017年度のグッドデザイン賞を受けた。", "anon-quasi-identifier",
                 "木型は2017年度のグッドデザイン賞を受けた", Severity::kWarning);
  // Three generations, a rank without a scope and an aim are shared by many firms.
  expect_clean("三代目の社長が継いだ。三番目の課題は人手だ。業界で一番の品質を目指す。最後まで残った社員が支えた。最後の一人まで説明した。");
}

TEST(AnonymityPerson, CommonWordSurnameBeforeSan_IsAPerson_ButNotATrade) {
  expect_finding("店主の辰巳さんが焼く。", "anon-person", "店主の辰巳さん");
  expect_clean("大家さんと話した。大工さんに頼む。お客さんが来る。八百屋さんと花屋さん。");
}

TEST(AnonymityShop, SignboardWordsAndSpacedBranches_StartOrEndAName) {
  expect_finding("町の商店街でとうふ処 まめ吉を営む。", "anon-shop", "とうふ処 まめ吉");
  expect_finding("林の中にグランピング 星の原っぱを開いた。", "anon-shop", "グランピング 星の原っぱ");
  expect_finding("2年前に麦の詩 天神店を出した。", "anon-shop", "麦の詩 天神店");
  expect_finding("駅近くで明星ゼミナール 川越校を運営する。", "anon-shop", "ゼミナール 川越校");
  expect_clean("本校の生徒が多い。菓子店と書店が並ぶ。");
}

TEST(AnonymityProduct, NamingFramesSayItOutright) {
  expect_finding("真鯛にはかがやき鯛という名前を付けた。", "anon-product", "やき鯛");
  expect_finding("商品名はしらかばのむヨーグルトとした。", "anon-product", "しらかばのむヨーグルト");
  expect_finding("辛口を「潮騒の一献」という名前を付けて売り出した。", "anon-product", "「潮騒の一献」");
  // One common word quoted before the frame, a description, the firm's own field.
  expect_clean("「朝市」の名で始めた。手で焼いた鯛という名前を付けた。自分たちの畑の名前で売る機会はなかった。"
               "名前はまだ決めていないとした。評価の基準を「誰でも見られる形」にした。");
}

TEST(AnonymityProduct, NamesAfterGoodsServicesAndApps_AreProducts) {
  expect_finding("自社配合の洗浄剤CLEAN ROOTSの使い方も統一した。", "anon-product", "CLEAN ROOTS");
  expect_finding("在庫管理の新サービス StockNavi も説明した。", "anon-product", "StockNavi");
  expect_finding("当番調整アプリゆきかき当番を試作する。", "anon-product", "ゆきかき当番");
  expect_finding("主力のコモレビシリーズは百貨店でも扱われる。", "anon-product", "コモレビシリーズ");
  expect_finding("継手をアクアロックシリーズとして製品化した。", "anon-product", "アクアロックシリーズ");
  expect_clean("予約はアプリ LINE で受ける。ソフトExcelで管理した。アプリで予約を受ける。アプリの使い方を学ぶ。"
               "ハソギシリーズという自社の強みを見た。");
}

TEST(AnonymityProduct, ALineOfGoodsAndANameInTwoParts_AreReportedWhole) {
  expect_finding("京の四季を刷った「都ごよみ」シリーズを企画した。", "anon-product", "「都ごよみ」シリーズ");
  expect_finding("看板商品の食パンふわもち「はるか」は昼前に売り切れる。", "anon-product", "食パンふわもち「はるか」");
  // Quotes after goods and の, or before 企画 and 試作, are notions and events.
  expect_clean("「ふるさと応援フェア」を企画した。「減塩メニュー」を試作した。ハムの「手作り感」を出した。"
               "味噌の「地元産大豆」を強調した。ジャムの「無添加」表示を見直した。洋菓子の「季節限定」品を増やした。");
}

TEST(AnonymityCompany, AKatakanaYagouMarkWithItsSign_NamesTheFirmAlone) {
  expect_finding("加工場に併設したマルイチ干物小屋で売る。", "anon-company", "マルイチ");
  expect_finding("地元ではカネジュウの味噌で通っている。", "anon-company", "カネジュウ");
  expect_clean("マルチな人材が要る。ヤマトで送る。");
}

TEST(AnonymityCompany, TheRealNameBesideTheLabel_IsAnError) {
  expect_finding("MS社（マルカネ味噌醸造）の概要。", "anon-company", "マルカネ味噌醸造");
  expect_finding("鬼怒砕石工業所（TG社）は昭和22年創業。", "anon-company", "鬼怒砕石工業所");
  // Before the label in brackets, a coined name needs no firm's ending.
  expect_finding("日向林産（M社）の社長はそう振り返る。", "anon-company", "日向林産");
  // In apposition after the label.
  expect_finding("PM社、あごわんパール工房の社長はそう話す。", "anon-company", "あごわんパール工房");
  expect_finding("YF社は防長典礼の屋号で、会館を運営する。", "anon-company", "防長典礼");
  expect_finding("IG社は八代たたみ本舗の名で、い草を育てる。", "anon-company", "八代たたみ本舗");
  // An alias the text introduces, three capitals included, and its later mentions.
  expect_finding("DN社は株式会社KOJIMA INDIGO WORKS（以下「KIW」）と取引する。", "anon-company",
                 "株式会社KOJIMA INDIGO WORKS");
  expect_finding("取引先（以下「KIW」）が増えた。KIWの売上が伸びた。", "anon-company", "KIW");
  // The business in brackets, the writer's own labels, the firm speaking of itself.
  expect_clean("A社（精密部品加工業）は埼玉にある。B社（分析機器製造）もある。以下「A社」とする。D社は地元の名で売る。");
  expect_clean("支援先（A社）を訪ねた。地元企業（B社）と組んだ。部品メーカー（C社）に納める。"
               "A社、精密部品加工業の社長に会った。B社、地元の工務店の仕事。");
}

TEST(AnonymityQuasiIdentifier, FactsAReaderCanLookUp_AreFound) {
  expect_finding("工場は京急蒲田駅から徒歩3分の住宅街にある。", "anon-quasi-identifier", "京急蒲田駅から徒歩3分の住宅街",
                 Severity::kWarning);
  expect_finding("旅館は高山陣屋の向かいに建つ。", "anon-quasi-identifier", "高山陣屋の向かい", Severity::kWarning);
  expect_finding("缶焼きは2023年2月放送の『ひるまえ広島』で紹介され、注文が増えた。", "anon-quasi-identifier",
                 "2023年2月放送の『ひるまえ広島』で紹介", Severity::kWarning);
  expect_finding("同社が持つ特許第6823415号の治具技術を使う。", "anon-quasi-identifier", "特許第6823415号");
  expect_finding("すくもを自社で作る県内4軒のひとつ。", "anon-quasi-identifier", "すくもを自社で作る県内4軒のひとつ",
                 Severity::kWarning);
  expect_clean("駅から徒歩5分の場所が多い。最寄り駅から徒歩10分。「見える化」で紹介した。市役所の隣に移った。");
  // Other ways and distances, other landmarks, kana inside their names.
  expect_finding("宿は平和公園から北へ約300メートルの坂にある。", "anon-quasi-identifier", "平和公園から北へ約300メートルの坂",
                 Severity::kWarning);
  expect_finding("牧場は那須インターから車で8分だ。", "anon-quasi-identifier", "那須インターから車で8分",
                 Severity::kWarning);
  expect_finding("店舗は大さん橋から徒歩5分の倉庫にある。", "anon-quasi-identifier", "大さん橋から徒歩5分の倉庫",
                 Severity::kWarning);
  expect_finding("宿は四万十川の沈下橋のたもとにある。", "anon-quasi-identifier", "四万十川の沈下橋のたもと",
                 Severity::kWarning);
  expect_clean("最寄りの駅から徒歩5分。市内から車で30分かかる。神社の参道に店が並ぶ。");
}

TEST(AnonymityQuasiIdentifier, FirstCertifiedAndRanksInAContest_AreWarnings) {
  expect_finding("県の働きやすい介護職場認証で県内第1号となった。", "anon-quasi-identifier",
                 "県の働きやすい介護職場認証で県内第1号となった", Severity::kWarning);
  expect_finding("2022年の全国ご当地ラーメン総選挙で3位に入ってから客が増えた。", "anon-quasi-identifier",
                 "2022年の全国ご当地ラーメン総選挙で3位に入ってから客が増えた", Severity::kWarning);
  expect_clean("第1号の顧客を得た。");
}

TEST(AnonymityCompany, AShortNameTheFirmGoesBy_IsAnError) {
  expect_finding("社内外では「NMW」の略称で呼ばれている。", "anon-company", "NMW");
  expect_clean("「見える化」の略称を使う。");
}

TEST(AnonymityAddress, RuralLotNumbers_AreAddresses) {
  expect_finding("住所は群馬県吾妻郡草津町大字草津字湯畑上488で、見学を受ける。", "anon-address",
                 "群馬県吾妻郡草津町大字草津字湯畑上488");
  expect_finding("蔵の見学は香川県小豆郡小豆島町苗羽甲2231で予約制。", "anon-address", "香川県小豆郡小豆島町苗羽甲2231");
  expect_clean("町の甲子園で2回勝った。字幕を町で120本作った。");
  // 字 in a common word is no 字 of a village (赤字, 数字).
  expect_clean("2023年度は営業赤字が約1,800万円縮んだ。村の数字が約3割増えた。");
  // A lot number right after a town and its district, with no 字 written.
  expect_finding("所在地は〒409-1313 甲州市勝沼町下岩崎2071。", "anon-address", "甲州市勝沼町下岩崎2071");
  expect_finding("| 所在地 | 有田郡湯浅町湯浅1582 |", "anon-address", "有田郡湯浅町湯浅1582");
  // Traps: counts after a town and a particle or a unit; a town alone before a number.
  expect_clean("甲州市勝沼町下岩崎の畑は2071本。長野県小布施町の栗農家は1200軒ある。");
  expect_clean("小布施町2024年度の計画。小布施町で1200人が働く。");
}

TEST(AnonymityProduct, OrdinaryWordsShapedAsANameAndPutOut_AreWarnings) {
  // A blank between two parts, or a loanword joined to other words, in a quote the firm set
  // up, made its staple or sold as its offer.
  expect_finding("長寿祝いの家族写真を撮るプラン「三世代ポートレート 寿」を設け、背景を整えた。", "anon-product",
                 "三世代ポートレート 寿", Severity::kWarning);
  expect_finding("夜間の冷蔵便を「瀬戸内 夜間定温便」として荷主に直接売り込んだ。", "anon-product", "瀬戸内 夜間定温便",
                 Severity::kWarning);
  expect_finding("サービスを「まるごと羽毛リフレッシュ」としてまとめた。", "anon-product", "まるごと羽毛リフレッシュ",
                 Severity::kWarning);
  // Generic offers end in their kind; a loanword after の is described.
  expect_clean("「お試しセット」を作り、配った。「通いのトレーニング」を設けた。");
}

TEST(AnonymityProduct, CoinedNamesSoldAsSuch_AreProducts) {
  expect_finding("黒にんにくはくろまるとして発売し、農場で売る。", "anon-product", "くろまる");
  expect_finding("詰め合わせはこもれびサブレとして販売した。", "anon-product", "こもれびサブレ");
  expect_finding("自社ブランドAIKA BLUEを立ち上げた。", "anon-product", "AIKA BLUE");
  expect_clean("規格外品は加工品として販売した。梅干しとして販売する。地元の特産品として発売した。"
               "予約の機能をSaaSとして提供する。");
}

TEST(AnonymityShop, KanaNamesMeCabCutsAndOtherBranches_AreShops) {
  expect_finding("県南部でデイサービスなごみの郷を運営する。", "anon-shop", "デイサービスなごみの郷");
  expect_finding("BK社はブーランジェリー麦の詩 本店を営む。", "anon-shop", "ブーランジェリー麦の詩 本店");
  expect_finding("同社は飛鳥ゼミナール 橿原教室など3教室を運営する。", "anon-shop", "ゼミナール 橿原教室");
  expect_clean("ホテルはこの家に近い。本店の厨房を広げた。二つの教室を持つ。");
}

TEST(AnonymityShop, KanaNamesMeCabCutsIntoParticlesAndVerbs_AreReadByCharacters) {
  expect_finding("店名はカフェ てぃーだで、観光客が多い。", "anon-shop", "カフェ てぃーだ");
  expect_finding("本店はペットサロン もこもこ、2021年に開いた。", "anon-shop", "ペットサロン もこもこ");
  expect_finding("R社は客室5室の民宿くろしおを営む。", "anon-shop", "民宿くろしお");
  // Schools and tea farms; a verb's ending before the name; a particle phrase after it.
  expect_finding("2階を家族葬ホール こもれびとして3室に分けた。", "anon-shop", "家族葬ホール こもれび");
  expect_finding("センターが運営するくにさき自動車学校である。", "anon-shop", "くにさき自動車学校");
  expect_finding("（農園名 やまいち茶園）", "anon-shop", "やまいち茶園");
  expect_clean("市民会館で講演した。県民会館を借りた。新しい保育園ができた。通える歯科を探す。運営するこども園。");
  // Public halls take kana names too (ふれあい会館), and what a firm opens in quotes is often
  // a kind of place (「子ども食堂」を開き): neither is a shop's name by itself.
  expect_clean("地区のふれあい会館で説明会を開いた。地域の「子ども食堂」を開き、夕食を出した。「まちの保健室」を開く。"
               "「キッチンカー」を出店した。県の「しごと館」を訪ねた。町の「ふれあい館」で講座を開く。"
               "町の「いこいの家」に集まる。「おやこ食堂」を訪ねた。「みんなの食堂」を開いた。");
  // Nouns used as adverbs and common offers after a kanji shop word are prose; a keyword's
  // "name" that tells where a name comes from is none; an offer described is no product.
  const Problems prose = check("旅館すべてが満室だ。民宿おすすめの宿。農園名は地元の地名からとった。「食べ比べセット」を売り出した。");
  for (const Problem& problem : prose) EXPECT_EQ(problem.severity, Severity::kWarning) << describe(prose);
  // In quotes: a shop word, a blank and a name, or a name before a branch; a place and a kana
  // word before a school.
  expect_finding("ラーメン店は「麺屋雪灯 本店」と雪灯 駅前店の2店舗。", "anon-shop", "麺屋雪灯 本店");
  expect_finding("2階を家族葬専用の「家族葬ホール 結」とした。", "anon-shop", "家族葬ホール 結");
  // (A place and の before it, with a verb of running after, change nothing.)
  expect_finding("O社は伊勢の「餅処 五十鈴屋」を営む。", "anon-shop", "餅処 五十鈴屋");
  expect_finding("本店は「お好み焼 ひろ坊」、二号店は別だ。", "anon-shop", "お好み焼 ひろ坊");
  expect_finding("近くの倉吉みなみ自動車学校の写真だった。", "anon-shop", "倉吉みなみ自動車学校");
  expect_clean("「カフェ 巡り」を企画した。「旅館 再生」の講座に出た。「ホテル 開業」の手続き。");
  // Latin signboards: a shop-kind word in lower case first, or Latin words after a shop word.
  expect_finding("本店はhair room Lien、2店舗目は駅前にある。", "anon-shop", "hair room Lien");
  expect_finding("館内のレストランRestaurant Dejima Blueでは多言語のメニューを用意した。", "anon-shop",
                 "レストランRestaurant Dejima Blue");
  expect_finding("coffee breakの時間を設けた。", "anon-shop", "coffee break", Severity::kWarning);
  expect_clean("Excelで管理する。iPhoneを使う。hairの手入れ。");
  // Signboard words in 処 start a name with or without a blank.
  expect_finding("焼酎処さつま 本店は繁華街にある。", "anon-shop", "焼酎処さつま 本店");
  expect_finding("K社はふく処 よし乃を営む。", "anon-shop", "ふく処 よし乃");
  expect_clean("民宿ならではの味。旅館ながら安い。民宿をはじめた。旅館まるごと貸す。民宿よかった。旅館らしい造り。"
               "旅館できた。旅館のフロントに立つ。");
}

TEST(AnonymityShop, TheKindOfShopBeforeItsNameWithoutABlank_BelongsToTheName) {
  expect_finding("YR社はらーめん鶴翔を営む。鶴翔 米沢バイパス店の店長に会った。", "anon-shop", "らーめん鶴翔");
  expect_finding("BK社は住宅地のベーカリー麦の穂を本店とするパン屋である。", "anon-shop", "ベーカリー麦の穂",
                 Severity::kWarning);
  expect_clean("パンの販売を始めた。ベーカリーの棚を広げた。");
}

TEST(AnonymityQuasiIdentifier, HonoursByNameAndYear_ListedBuildingsAndRanks_AreWarnings) {
  expect_finding("2020年度の宮崎県伝統工芸品産業功労者表彰を受けた。", "anon-quasi-identifier",
                 "2020年度の宮崎県伝統工芸品産業功労者表彰を受けた", Severity::kWarning);
  // A dated contest names the winner without a verb.
  expect_finding("- 2018年の全国蒲鉾品評会で農林水産大臣賞。", "anon-quasi-identifier", "2018年の全国蒲鉾品評会で農林水産大臣賞",
                 Severity::kWarning);
  expect_finding("代表は2022年のジャパンロースティングチャンピオンシップで優勝した。", "anon-quasi-identifier",
                 "代表は2022年のジャパンロースティングチャンピオンシップで優勝した", Severity::kWarning);
  expect_finding("本館は国の登録有形文化財に登録された木造三階建てだ。", "anon-quasi-identifier",
                 "本館は国の登録有形文化財に登録された木造三階建てだ", Severity::kWarning);
  expect_finding("クリーニング店向けPOSで業界2位のシェアを持つ。", "anon-quasi-identifier",
                 "クリーニング店向けPOSで業界2位のシェアを持つ", Severity::kWarning);
  expect_clean("社員を表彰する制度を作った。大会で優勝を目指す。2020年の大会に出た。売上は2位の商品が伸びた。");
}

TEST(AnonymityQuasiIdentifier, OldBuildingsDatedExactlyAndTheImperialHousehold_AreWarnings) {
  const Problems building = check("本館は昭和二年築の木造三階建てで、客室は11室だ。");
  const Problem* dated = find(building, "anon-quasi-identifier", "昭和二年築の木造三階建てで");
  ASSERT_NE(dated, nullptr) << describe(building);
  EXPECT_NE(dated->message.find("築年"), std::string::npos) << dated->message;
  expect_finding("店は築180年の旧本陣を改装した。", "anon-quasi-identifier", "築180年の旧本陣を改装した", Severity::kWarning);
  expect_finding("明治期に皇室に真珠を献上した。", "anon-quasi-identifier", "明治期に皇室に真珠を献上した", Severity::kWarning);
  expect_clean("築100年を超える町家だ。築30年の倉庫を借りた。皇室の歴史を学ぶ講座に出た。");
}

TEST(AnonymityQuasiIdentifier, EventsMediaVesselsAndRecords_AreWarnings) {
  expect_finding("農園では毎年5月に開く「いちご畑の音楽祭」が名物だ。", "anon-quasi-identifier",
                 "毎年5月に開く「いちご畑の音楽祭」", Severity::kWarning);
  expect_finding("サロンは雑誌『美的』2023年6月号のサロン特集に載った。", "anon-quasi-identifier",
                 "サロンは雑誌『美的』2023年6月号のサロン特集に載った", Severity::kWarning);
  expect_finding("看板商品はテレビ神奈川の情報番組で3度紹介された。", "anon-quasi-identifier",
                 "テレビ神奈川の情報番組で3度紹介", Severity::kWarning);
  expect_finding("船は第十八大平丸の一隻である。", "anon-quasi-identifier", "第十八大平丸", Severity::kWarning);
  expect_finding("たたきでギネス世界記録に認定された。", "anon-quasi-identifier", "たたきでギネス世界記録に認定された",
                 Severity::kWarning);
  expect_clean("地元新聞で紹介された。テレビで取り上げられた。NHKで紹介された。「春の感謝祭」の準備をした。日の丸を掲げた。");
}

TEST(AnonymityQuasiIdentifier, GenerationsBesideTheFounding_AreOneFinding) {
  expect_finding("文久元年創業、現当主は八代目である。", "anon-quasi-identifier", "文久元年創業、現当主は八代目",
                 Severity::kWarning);
  expect_finding("享保年間の創業で、現店主は十一代目だ。", "anon-quasi-identifier", "享保年間の創業で、現店主は十一代目",
                 Severity::kWarning);
}

TEST(AnonymityQuasiIdentifier, TheOnlyOneInAPlaceNamedBeforeDe_IsAWarning) {
  expect_finding("K社は藤沢で唯一、自家製の天然酵母だけで焼くパン屋である。", "anon-quasi-identifier",
                 "K社は藤沢で唯一、自家製の天然酵母だけで焼くパン屋である", Severity::kWarning);
  expect_finding("2023年の国際ビール審査会でゴールドを取った。", "anon-quasi-identifier",
                 "2023年の国際ビール審査会でゴールドを取った", Severity::kWarning);
  expect_clean("人生で唯一の失敗だった。社内で唯一の資格者だ。ゴールドカードで払う。");
}

TEST(AnonymityQuasiIdentifier, RanksWithAScope_AreWarnings) {
  expect_finding("全国一の生産量を誇る。", "anon-quasi-identifier", "全国一の生産量を誇る", Severity::kWarning);
  expect_finding("作付けは県内屈指である。", "anon-quasi-identifier", "作付けは県内屈指である", Severity::kWarning);
  // 一円, 一帯 are other words; a share of the firm's own sales locates nothing.
  expect_clean("市内一円に配達する。地域一帯の農家と組む。市内の給食への納品が売上の3割を占める。");
}

TEST(AnonymityQuasiIdentifier, OnlyThisFirmAndOtherWordings_AreWarnings) {
  expect_finding("県内で同じ加工ができるのはTW社だけだ。", "anon-quasi-identifier",
                 "県内で同じ加工ができるのはTW社だけだ", Severity::kWarning);
  expect_finding("溶接では県下随一の腕を持つ。", "anon-quasi-identifier", "溶接では県下随一の腕を持つ",
                 Severity::kWarning);
  expect_clean("県内でも数少ない取扱店である。同じ加工ができるのはA社だけだと思い込んでいた。");
}

// ---------------------------------------------------------------- the corpus floor

// Figures reached on tests/anonymity (3,399 dirty files, 20,966 planted identifiers, 3,401
// clean files; a finding counts when it covers half of the planted span, issue 13):
// recall 0.926 with the dictionary, every kind at 0.80 or more (products the lowest: batch
// 16 plants 87 of them, mostly ordinary words without quotes), 1 clean file with an error
// (家康さん: a historical figure called by his given name and さん, which no list tells
// from a client's given name). Batches 5 to 27 (written by writers who never read the
// rules) were 0.690, 0.667, 0.779, 0.627, 0.580, 0.716, 0.720, 0.694, 0.760, 0.812, 0.729,
// 0.532, 0.831, 0.864, 0.845, 0.870, 0.849, 0.645, 0.850, 0.878, 0.798, 0.786, 0.854,
// 0.803, 0.706, 0.896, batches 31 to 36 0.774, 0.801, 0.821, 0.832, 0.837 and 0.870, and
// batches 37 to 48 0.701, 0.870, 0.750, 0.728, 0.877, 0.788, 0.739, 0.919, 0.849, 0.822,
// 0.855 and 0.919, and batches 49 to 63 0.884, 0.881, 0.935, 0.730, 0.787, 0.880, 0.869,
// 0.898, 0.870, 0.821, 0.866, 0.856, 0.899, 0.857 and 0.772, and batches 64 to 79 0.904,
// 0.718, 0.896, 0.672, 0.891, 0.914, 0.644, 0.829, 0.856, 0.847, 0.822, 0.508, 0.859,
// 0.879, 0.730 and 0.496 (79: quasi-identifiers paraphrased, 0.267 of them found), and
// batches 80 to 82 0.898, 0.906 and 0.929 (at the end, not tuned on), batches 83 to 91
// 0.925, 0.876, 0.890, 0.894, 0.936, 0.858, 0.826, 0.930 and 0.965, and batches 92 to 94
// 0.917, 0.908 and 0.913 (at the end), batches 95 to 97 0.869, 0.828 and 0.947, 98 to 100
// 0.935, 0.910 and 0.840, 101 to 103 0.870, 0.907 and 0.921, 104 to 106 0.922, 0.878 and
// 0.820, 107 to 109 0.937, 0.919 and 0.822, 110 to 112 0.929, 0.931 and 0.837, 113 to 115
// 0.886, 0.876 and 0.849, 116 to 118 0.900, 0.888 and 0.907, 119 to 121 0.892, 0.828 and
// 0.880, 122 to 124 0.906, 0.949 and 0.912, 125 to 127 0.892, 0.935 and 0.893, 128 to 130
// 0.976, 0.890 and 0.896, 131 to 133 0.910, 0.899 and 0.896, 134 to 136 0.931, 0.871 and 0.908,
// 137 to 139 0.885, 0.828 and 0.938, 140 to 142 0.909, 0.903 and 0.925 (at the session's
// end, not tuned on), 143 to 145 0.940, 0.885 and 0.944, 146 to 148 0.905, 0.921 and 0.934,
// 149 to 151 0.884, 0.926 and 0.935, 152 to 154 0.938, 0.934 and 0.939 (at the rules the
// held-out set saw second, not tuned on), 155 to 157 0.890, 0.957 and 0.898, 158 to 160
// 0.900, 0.912 and 0.938 (at the session's last rules, not tuned on), 161 to 163 0.910, 0.813
// and 0.941, 164 to 166 0.877, 0.947 and 0.911, 167 to 169 0.932, 0.904 and 0.904, 170 to 172
// 0.896, 0.952 and 0.896, 173 to 175 0.857, 0.903 and 0.874, and 176 to 178 0.841, 0.912 and
// 0.897 (the eighteenth session's rounds, each not tuned on when measured; 176 to 178 at its
// last rules but two), 179 to 181 0.871, 0.941 and 0.896, 182 to 184 0.937, 0.870 and 0.933, and
// 185 to 187 0.837, 0.874 and 0.897 (the nineteenth session's rounds, each measured with a copy
// of the tool built at the commit its writers started from), and 188 to 190 0.864, 0.846 and
// 0.897, 191 to 193 0.877, 0.864 and 0.926, 194 to 196 0.953, 0.888 and 0.893, 197 to 199
// 0.934, 0.946 and 0.922 (the twentieth session's rounds, measured the same way), and 200 to 202
// 0.840, 0.803 and 0.861 (the twenty-second session's round, measured the same way) before the
// rules were tuned on them
// (README.md in tests/anonymity/). The floors allow a few misses;
// a change that loses more, or makes another clean file fail, must say why.
constexpr double kRecallFloor = 0.90;
constexpr double kKindRecallFloor = 0.72;
constexpr int kCleanFilesWithAnErrorCeiling = 1;
// Without a dictionary (measured 0.706 recall on the 310 planted identifiers of then; 0.718
// on the 30,155 of now, since the files added since mostly plant names only the dictionary
// rules find: people in lists, kana shop names, quoted goods, names in naming frames; 126 of
// 4,751 clean files (2.7%) get an error, down from 105 of 1,201 once speech in quotes is
// read by its particles and people by their trade (問屋さん, 荷主) are ordinary words; the
// rest are mostly titled common words and historical figures the character rules cannot
// tell from names). Debian installs the dictionary with casekb; this is the degraded mode.
constexpr double kRecallFloorWithoutDictionary = 0.60;
constexpr double kCleanErrorShareCeilingWithoutDictionary = 0.05;

TEST(AnonymityCorpus, RecallAndCleanErrorShare_StayAtTheFloor) {
  std::string reason;
  const auto analyzer = MorphologicalAnalyzer::shared(&reason);
  if (analyzer == nullptr) GTEST_SKIP() << "MeCab IPAdic is not installed: " << reason;
  const AnonymityEvaluation evaluation = evaluate_anonymity_corpus(
      kTestData + "/anonymity", anonymity_evaluation_context(kTestData + "/../corpus/anonymity-allow.txt"),
      analyzer.get());
  const std::string table = format_anonymity_evaluation(evaluation, true);
  EXPECT_TRUE(evaluation.corpus_problems.empty()) << table;
  EXPECT_GE(evaluation.dirty_files, 40);
  EXPECT_GE(evaluation.clean_files, 40);
  EXPECT_GE(evaluation.overall().recall(), kRecallFloor) << table;
  for (const AnonymityKindScore& kind : evaluation.kinds) {
    EXPECT_GE(kind.recall(), kKindRecallFloor) << kind.kind << "\n" << table;
  }
  EXPECT_LE(evaluation.clean_files_with_errors, kCleanFilesWithAnErrorCeiling) << table;
}

TEST(AnonymityShop, GrammarAndGenericBusinessesBeforeShopWords_StayClean) {
  // A verb's て form or a condition before 旅館 is prose, not a kana name.
  expect_clean("ノートを顧客台帳として旅館の共有財産にする。大女将は「一泊二食でなければ旅館ではない」と言った。");
  // の家 must end a word: おばぁの家庭料理 holds none.
  expect_clean("返ってきた答えは「冬の星空」「おばぁの家庭料理」などだった。");
  // Kinds of business written as one katakana word.
  expect_clean("トレーニングマシン20台ほどの小さなフィットネスジムを営む。");
  expect_finding("民宿くろしおを営む。", "anon-shop", "民宿くろしお");
  // After a shop word and ・, a loanword the dictionary knows says what is served.
  expect_clean("カフェ・ランチを楽しむ。");
}

TEST(AnonymityProduct, CultivarsNamedAfterHinshu_AreNoProduct) {
  expect_clean("主力の品種は「あかつき」と「川中島白桃」で、収穫は夏に集中する。");
  expect_finding("ブランド名「あかつき」として、牛すじ煮込みなどの惣菜を並べた。", "anon-product", "あかつき");
}

TEST(AnonymityQuasiIdentifier, FoundingYearFarInItsSentence_IsAWarning) {
  expect_finding("1958年に天神橋筋商店街で開業し、商店街の顔になった。", "anon-quasi-identifier",
                 "1958年に天神橋筋商店街で開業", Severity::kWarning);
  // An era year with the western year in brackets, then its own clause.
  expect_finding("同社は寛政元年（1789年）、初代が松代の宿場で創業した。", "anon-quasi-identifier",
                 "寛政元年（1789年）、初代が松代の宿場で創業した", Severity::kWarning);
  expect_finding("天保元年（1830年）から続く有田の窯元である。", "anon-quasi-identifier", "天保元年（1830年）から続く",
                 Severity::kWarning);
  // A recent year a practice runs from is no firm's age.
  expect_clean("令和元年から続いている取り組みである。");
}

TEST(AnonymityQuasiIdentifier, PlacesNamedByTheirPartsAndRoads_AreLocations) {
  expect_finding("店はJR熊谷駅北口から徒歩4分にある。", "anon-quasi-identifier", "JR熊谷駅北口から徒歩4分",
                 Severity::kWarning);
  expect_finding("首里城公園の守礼門から坂を下って徒歩2分の場所だ。", "anon-quasi-identifier",
                 "首里城公園の守礼門から坂を下って徒歩2分の場所", Severity::kWarning);
  expect_finding("蔵は恵林寺の北隣にある。", "anon-quasi-identifier", "恵林寺の北隣", Severity::kWarning);
  expect_finding("宿は国道41号沿いにある。", "anon-quasi-identifier", "国道41号沿い", Severity::kWarning);
  // Along a river is a long stretch.
  expect_clean("松江の堀川沿いに店が並ぶ。");
}

TEST(AnonymityQuasiIdentifier, NamedRecognitionsAndDatedArticles_AreWarnings) {
  expect_finding("全国新酒鑑評会で7年連続金賞をいただいております。", "anon-quasi-identifier",
                 "全国新酒鑑評会で7年連続金賞をいただいております", Severity::kWarning);
  expect_finding("治具で2017年度の「愛知ブランド企業」に認定された。", "anon-quasi-identifier",
                 "治具で2017年度の「愛知ブランド企業」に認定", Severity::kWarning);
  expect_finding("2022年5月12日付の洛中タイムス朝刊で紹介された。", "anon-quasi-identifier",
                 "2022年5月12日付の洛中タイムス朝刊で紹介された", Severity::kWarning);
  expect_finding("番組『ながさきプラス』で2022年に特集された。", "anon-quasi-identifier",
                 "番組『ながさきプラス』で2022年に特集", Severity::kWarning);
  expect_clean("「地域の宝」に認定されたいと話す。");
  expect_finding("雑誌『全国うどんランキング2023』で1位になった。", "anon-quasi-identifier",
                 "雑誌『全国うどんランキング2023』で1位になった", Severity::kWarning);
  expect_finding("2023年度の県の職場表彰で優良賞を受けた。", "anon-quasi-identifier",
                 "2023年度の県の職場表彰で優良賞を受けた", Severity::kWarning);
}

TEST(AnonymityQuasiIdentifier, TheFirmAsTheOnlyOrFirst_IsAWarning) {
  expect_finding("湯浅で木桶だけで仕込むのは同社を含め2軒しかない。", "anon-quasi-identifier",
                 "湯浅で木桶だけで仕込むのは同社を含め2軒しかない", Severity::kWarning);
  expect_finding("48種の文様を一人で組めるのは彼だけだ。", "anon-quasi-identifier", "48種の文様を一人で組めるのは彼だけだ",
                 Severity::kWarning);
  // "not only" is no claim; a count of the firm's own staff or sites is none either.
  expect_clean("同社だけでなく地域全体が潤った。講師は代表を含めて3名。取次店を含めて3か所の受付がある。");
}

TEST(AnonymityQuasiIdentifier, ALicenceByItsNumber_IsAnError) {
  expect_finding("免許番号は神奈川県知事(5)第24518号である。", "anon-quasi-identifier", "神奈川県知事(5)第24518号");
  expect_clean("第3号議案を可決した。登録を済ませた。");
}

TEST(AnonymityCompany, FirmsNamedFromBatch13_AreFound) {
  // A legal form, then kana and katakana however MeCab cuts the kana.
  expect_finding("株式会社とちぎエコリソースは栃木県の会社である。", "anon-company", "株式会社とちぎエコリソース");
  expect_finding("AC社（税理士法人みなとベイ会計）は千葉市の事務所です。", "anon-company", "税理士法人みなとベイ会計");
  // Former names in quotes.
  expect_finding("前身は1970年代に始まった「小山清掃社」である。", "anon-company", "小山清掃社");
  expect_finding("社名は2010年まで「高岡鋳鉄所」でした。", "anon-company", "高岡鋳鉄所");
  expect_clean("前身は「家族経営の小さな店」だった。前身は町の「よろず屋」だった。");
  // A place and a suffix, and a place, a common word and a firm-only suffix.
  expect_finding("徳島ケミカルなどから受注している。", "anon-company", "徳島ケミカル", Severity::kWarning);
  expect_finding("2015年に関東環境ホールディングスの傘下に入った。", "anon-company", "関東環境ホールディングス",
                 Severity::kWarning);
  expect_clean("北海道観光の振興に取り組む。九州物流の課題を話した。");
  // Lists after a relation word go on past legal forms and items that are no name.
  expect_finding("主な納入先はスズミ自動車部品㈱、（株）遠州ダイカスト、天竜スプリングの3社です。", "anon-company",
                 "天竜スプリング");
  expect_finding("荷主は㈱関東フレッシュデリカ、武蔵野ベバレッジなど食品系が中心だ。", "anon-company", "武蔵野ベバレッジ",
                 Severity::kWarning);
  expect_clean("取引先は地元の工務店、大手メーカー、県内の商社だ。");
}

TEST(AnonymityPersonAndProduct, FormsFromBatch15_AreFound) {
  // A Markdown list marker is no part of the words: 星 is still a surname before 店長.
  expect_finding("- 星店長（40代）がオーナーを兼ねる。", "anon-person", "星店長");
  // One kanji before さん is a surname, a family word is not.
  expect_finding("染めの工程は北さんが記録に残した。", "anon-person", "北さん");
  expect_clean("奥さんが手伝う。皆さんに感謝した。");
  // Words after the quote that say it is a name, or that the firm made it its speciality.
  expect_finding("のどぐろを一夜干しにし、「夕凪」と名付けて箱に詰めました。", "anon-product", "夕凪");
  expect_finding("朝食を出す『浜の朝ごはん』として、宿の名物にしました。", "anon-product", "浜の朝ごはん");
  expect_finding("ヘッドスパ専門メニュー「ゆらり」を新設した。", "anon-product", "ゆらり");
  expect_finding("求肥で包んだ「ゆきあかり」を考案した。", "anon-product", "ゆきあかり");
  expect_clean("ランチメニュー「おまかせ」を始めた。");
  expect_finding("- 合組の深蒸し茶を「朝露しずく」として小袋で商品化。", "anon-product", "朝露しずく");
  expect_clean("「地域の味」として商品化を目指す。「手作り」として発売した。");
}

TEST(AnonymityPerson, NamesMeCabCutsFromBatches13To15_AreFound) {
  // ASCII punctuation is no noun joined to the name after it.
  expect_finding("課題：沢親方は考えた。", "anon-person", "沢親方");
  // A surname and a given name SKK lists, before a title, whatever MeCab made of them.
  Problems problems = check("社長の千葉 正志氏はICT施工を考えた。");
  bool whole = false;
  for (const Problem& p : problems) whole = whole || (p.rule == "anon-person" && p.text.find("千葉 正志") != std::string::npos);
  EXPECT_TRUE(whole) << describe(problems);
  expect_clean("品質管理課長が来た。中小企業社長の会に出た。");
  // A kana given name after a role, before an honorific or a particle.
  expect_finding("販売スタッフのゆいさんが試した。", "anon-person", "ゆいさん");
  expect_finding("長女のさつきが継ぐ。", "anon-person", "さつき");
  expect_clean("職人のみなさんが集まった。担当のかなめが替わった。社員たちが動いた。社長のすすめで始めた。");
}

TEST(AnonymityFalsePositive, PlatformsAndDescribedGoodsFromBatch16_StayClean) {
  // A platform after a relation word is no partner firm.
  expect_clean("多くの顧客が楽天市場やAmazon、自社のECサイトを持つ。");
  // A common modifier, の and the kind of goods describe.
  expect_clean("人気の「季節のタルト」を出す。月額制のSaaSとして提供する計画を立てた。");
  // Shop words that name the shop after them.
  expect_finding("仕出し 福乃屋である。", "anon-shop", "仕出し 福乃屋");
  expect_finding("大塚活版所で修業した。", "anon-company", "大塚活版所");
  // A suburb's name in kana and a place kanji before an institution's suffix.
  expect_finding("ひたち野自動車学校に通う。", "anon-shop", "ひたち野自動車学校");
  expect_finding("こもれびの森保育園に預ける。", "anon-shop", "こもれびの森保育園");
  expect_clean("駅前の歯科クリニックに通う。");
  // A kana name (with its 屋) before a blank and a branch, read by characters.
  expect_finding("店はいずも屋 大社店である。", "anon-shop", "いずも屋 大社店");
  expect_finding("ますや 東向店で売る。", "anon-shop", "ますや 東向店");
  expect_clean("本社は東京 渋谷店に近い。これは 駅前店の話だ。");
}

TEST(AnonymityFromBatch17, CleanTrapsStayCleanAndNamesAreFound) {
  // A long clause with joining particles after a shop word is speech, not a signboard.
  expect_clean("- 蔵元「まずは元に戻すことで精一杯」（実行できない）。");
  // Kinds of shop joined by ・ and roles before さん.
  expect_clean("- 県内のスーパー・コンビニでの販売を開始。");
  expect_clean("「吉野杉は、山守さんが何代もかけて育てた木です。」");
  // 唯一 is a word before a verb; a place before で最も古い is its scope.
  expect_finding("同社は県内で唯一選ばれた。", "anon-quasi-identifier", "同社は県内で唯一選ばれた", Severity::kWarning);
  expect_finding("金沢で最も古いつくだ煮の店である。", "anon-quasi-identifier", "金沢で最も古いつくだ煮の店である",
                 Severity::kWarning);
  expect_clean("全国一律の料金だ。人生で最も古い記憶だ。");
  // A kana word inside a name after a legal form, when the name ends like a firm.
  expect_finding("㈱博多かなえ食品に卸す。", "anon-company", "㈱博多かなえ食品");
  expect_finding("株式会社山田から食品を仕入れる。", "anon-company", "株式会社山田");
  // A place, a kana word and a firm's suffix, read by characters.
  expect_finding("農業法人の会津みらい農産から聞いた。", "anon-company", "会津みらい農産", Severity::kWarning);
  expect_finding("奥羽ゆけむりツーリストと組む。", "anon-company", "奥羽ゆけむりツーリスト", Severity::kWarning);
  expect_clean("東京から企画を持ち込んだ。地域の企画に参加した。販促企画を立てた。");
}

TEST(AnonymityPublicFigure, FullNamesInAGeneralDictionary_AreHistory) {
  // SKK-JISYO.ML lists 真田昌幸 as a word; a client's owner is not in it.
  if (!public_figure_names().contains(U"真田昌幸")) GTEST_SKIP() << "SKK-JISYO.ML is not installed";
  expect_clean("真田昌幸の知略に学ぶ。");
  expect_finding("鈴木一郎社長が決めた。", "anon-person", "鈴木一郎社長");
}

TEST(AnonymityFromBatches18And19, NotesStyleNamesAndClaimsWordedDifferently) {
  // A title, then a blank or a colon and a blank, heads a name in notes.
  expect_finding("- 出席：社長 河瀬、専務 入交（社長の娘婿）。", "anon-person", "河瀬");
  Problems problems = check("- 配車担当: 錦織、門脇、周藤。");
  EXPECT_NE(find(problems, "anon-person", "錦織、門脇、周藤"), nullptr) << describe(problems);
  expect_clean("社長 東京へ出張した。");
  // More occupations are roles: a katakana full name after one is a person.
  Problems mechanic = check("- 整備士のダニエル・オカモト（日系ブラジル人、30代）が申し出た。");
  bool named = false;
  for (const Problem& p : mechanic) named = named || (p.rule == "anon-person" && p.text.find("ダニエル・オカモト") != std::string::npos);
  EXPECT_TRUE(named) << describe(mechanic);
  expect_clean("理事会で決めた。弟子入りした。");
  // A title set apart by a comma, or by を務める.
  expect_finding("有限会社ちゅら白の専務、仲村渠はコロナ禍をそう振り返る。", "anon-person", "仲村渠");
  expect_clean("社長、専務、常務がそろった。部長を務める中で学んだ。");
  // Claims: をおいてほかにない with its topic, ここにしか残っていない, a group named far before.
  expect_finding("杉桶で仕込む蔵は、島内では同社をおいてほかにありません。", "anon-quasi-identifier",
                 "杉桶で仕込む蔵は、島内では同社をおいてほかにありません", Severity::kWarning);
  expect_finding("県内で木桶仕込みを守る蔵はもうここにしか残っていない。", "anon-quasi-identifier",
                 "県内で木桶仕込みを守る蔵はもうここにしか残っていない", Severity::kWarning);
  expect_finding("市内の不動産業者のなかで登録件数が三年続けて最も多い。", "anon-quasi-identifier",
                 "市内の不動産業者のなかで登録件数が三年続けて最も多い", Severity::kWarning);
  // Any prize by name with a year; an edition dates a contest.
  expect_finding("2019年に大阪ものづくり優良企業賞を受けた。", "anon-quasi-identifier",
                 "2019年に大阪ものづくり優良企業賞を受けた", Severity::kWarning);
  expect_finding("第41回有田陶芸新人展 大賞（2017年）。", "anon-quasi-identifier", "第41回有田陶芸新人展 大賞（2017年）",
                 Severity::kWarning);
  expect_clean("賞を受けたいと話す。");
  // A quoted place before its position.
  expect_finding("温泉街の外湯「一の湯」の真向かいにある。", "anon-quasi-identifier", "温泉街の外湯「一の湯」の真向かい",
                 Severity::kWarning);
}

TEST(AnonymityCompany, KanaNamesNextToAnyLegalForm_AreWhole) {
  expect_finding("K社（ちゅらもずく合同会社）は、養殖もずくの塩蔵を行う。", "anon-company", "ちゅらもずく合同会社");
  expect_finding("□企業　松江ひまわり交通(株)（グループ会社あり）", "anon-company", "松江ひまわり交通(株)");
  expect_finding("有限会社やんばる酒販が営む泡盛専門店。", "anon-company", "有限会社やんばる酒販");
  // A verb before the name, and prose after the form, stay out of it.
  expect_finding("地域に根ざす山田建設株式会社が施工した。", "anon-company", "山田建設株式会社");
  expect_clean("地元で運営する医療法人に勤める。有限会社からの移行。株式会社として登記。株式会社をつくった。"
               "株式会社のなかで話す。株式会社にする。");
}

TEST(AnonymityCompany, AFirmsNameOpeningASentenceAsItsTopic_IsFound) {
  expect_finding("すわ精工は、時計や医療機器向けの極小ねじを作る。", "anon-company", "すわ精工");
  expect_finding("ひがしまつやま運送は冷凍・冷蔵の輸送を営み、トラック38台を持つ。", "anon-company", "ひがしまつやま運送");
  expect_finding("しおさい水産さんは、ホタテの一次加工を営む。", "anon-company", "しおさい水産");
  expect_finding("なすのブルーイングは、県道沿いの醸造所である。", "anon-company", "なすのブルーイング");
  // A common word before the suffix may say the kind: a warning.
  expect_finding("山鳩印刷所は、従業員6名の町の印刷所である。", "anon-company", "山鳩印刷所", Severity::kWarning);
  // Said as the name, in a sentence, a table or brackets; a bracket ends the name.
  expect_finding("社名は富士五湖トラベルバス。もとは貸切部門だった。", "anon-company", "富士五湖トラベルバス");
  expect_finding("| 社名 | Softrail |", "anon-company", "Softrail");
  expect_finding("- 商号：株式会社コルヴァーン（英文社名 Corvane）", "anon-company", "Corvane");
  // The case's label, descriptions and kinds of firm as topics.
  expect_clean("K社は、従業員20名の会社である。町の印刷所は、減っている。地元の水産会社は、加工を営む。"
               "和菓子屋は、季節の菓子を作る。同社の工場は、二交代で動く。地元スーパーは、値下げを続けた。"
               "社名は変えなかった。社名はK社とする。");
}

TEST(AnonymityCompany, AFirmsNameOpeningWhatAnOwnerSays_IsFound) {
  // An owner names the firm as the topic of what they say; kana with a long vowel mark.
  expect_finding("社長は「ゆいまーる交通は、うちの祖父が始めた」と話す。", "anon-company", "ゆいまーる交通");
  expect_finding("四代目は「たたみの西陣堂いうたら、昔からお寺さんの仕事が多い」と話す。", "anon-company", "たたみの西陣堂");
  // A name whose kana end in の right before the noun it describes is none (水出|しの|緑茶).
  expect_clean("ほうじ茶や水出しの緑茶が好評だった。");
  expect_finding("山田しの社長が来た。", "anon-person", "山田しの社長");
  // A kind of shop as the topic of speech is none.
  EXPECT_FALSE(has_rule(check("店主は「和菓子屋は、もう町に少ない」と話す。"), "anon-company"));
  // Port transport as a firm's ending; a proper noun and a katakana word of trade as a topic
  // the sentence describes as a firm.
  expect_finding("売上の半分を占める神戸港運からの急な配車依頼が重荷だ。", "anon-company", "神戸港運");
  EXPECT_FALSE(has_rule(check("自社ブランドは売上の25%に育ち、職人たちは自ら展示会に立つ。"), "anon-company"));
  // Before a suffix only firms take, a kanji word IPAdic reads as a verbal noun heads a name;
  // a place, a katakana word of trade and サービス make one too.
  expect_finding("仕入れは盛岡の卸、北上商事に一本化した。", "anon-company", "北上商事", Severity::kWarning);
  expect_finding("システムは甲府データサービスの受注管理を選んだ。", "anon-company", "甲府データサービス", Severity::kWarning);
  expect_clean("総合商事の出身だ。大手商事に勤めた。クラウドサービスを導入した。");
  // Latin words after a kind or a name keyword, with & and up to where the letters end.
  expect_finding("登記上の社名はKansai Backpackers Networkである。", "anon-company", "Kansai Backpackers Network");
  expect_finding("英字表記はKODA TECHNOLOGIESとしている。", "anon-company", "KODA TECHNOLOGIES");
  expect_finding("現地の旅行会社Lotus Journeys Singaporeの個人旅行プランで訪れる。", "anon-company", "Lotus Journeys Singapore");
  expect_finding("パリの文具店チェーンLumen & Foldのバイヤーに見本を送った。", "anon-company", "Lumen & Fold");
  // A kana name after a legal form ends at its particle; a trade before the form is no name.
  expect_finding("東京の酒類卸㈱かねたかと取引が始まった。", "anon-company", "㈱かねたか");
  expect_finding("株式会社かねたかと取引した。", "anon-company", "株式会社かねたか");
  expect_finding("株式会社やんばる酒販が担う。", "anon-company", "株式会社やんばる酒販");
}

TEST(AnonymityCompany, NamedCooperatives_AreWarningsAndPublicOnesStayClean) {
  // A cooperative of a place and a trade reads like an industry's public body: a warning.
  expect_finding("主な仕入先は堺刃物卸協同組合である。", "anon-company", "堺刃物卸協同組合", Severity::kWarning);
  // A kana word inside the name before a cooperative's form.
  expect_finding("磯根浜わかめ企業組合の代表理事が話した。", "anon-company", "磯根浜わかめ企業組合");
  // The county's body, the public cooperatives, and verbs before a form stay clean.
  expect_clean("県の酒造協同組合に加盟した。協同組合の仕組みを学んだ。漁業協同組合に出荷する。");
  expect_clean("課題に気付いた農業協同組合が動いた。地域で運営する医療法人に勤める。");
}

TEST(AnonymityCompany, ShortNamesAndNicknamesSaidAsSuch_AreFound) {
  expect_finding("業界ではMRCの略称で知られている。", "anon-company", "MRC");
  expect_finding("取引先からはセトブンの愛称で呼ばれている。", "anon-company", "セトブン", Severity::kWarning);
  expect_clean("DXの略称で知られる取り組みだ。");
  // A list after a relation word and a colon goes on past legal forms and Latin names.
  expect_finding("主な仕入先: (株)浜寺ファスナー、KANAMEX、堺刃物卸協同組合。", "anon-company", "KANAMEX");
}

TEST(AnonymityQuasiIdentifier, LongClaimsAndHonoursAreReportedWhole) {
  // The clause of a claim is reported from its start, up to 48 characters back.
  expect_finding("千葉県歯科医師会の2023年度在宅歯科医療推進モデル事業に船橋市から唯一選ばれたことで、依頼が増えた。",
                 "anon-quasi-identifier",
                 "千葉県歯科医師会の2023年度在宅歯科医療推進モデル事業に船橋市から唯一選ばれたことで", Severity::kWarning);
  // A named recognition from its year on.
  expect_finding("2015年と2021年の2度、府の『ものづくり匠賞』を受賞した技術を前面に出した。", "anon-quasi-identifier",
                 "2015年と2021年の2度、府の『ものづくり匠賞』を受賞", Severity::kWarning);
  // An honour right after its year, in a table cell; a dated issue of a paper.
  expect_finding("| 実績 | 2020年度愛媛県知事表彰（産業功労） |", "anon-quasi-identifier",
                 "2020年度愛媛県知事表彰（産業功労）", Severity::kWarning);
  expect_finding("地元情報誌『あわ旅』2023年版のラーメン部門で紹介された。", "anon-quasi-identifier", "地元情報誌『あわ旅』2023年版",
                 Severity::kWarning);
  // A place and what has stood there since.
  expect_finding("宇治橋のたもとで江戸時代から続く茶舗である。", "anon-quasi-identifier", "宇治橋のたもとで江戸時代から続",
                 Severity::kWarning);
  expect_clean("表彰制度を設けた。");
}

TEST(AnonymityQuasiIdentifier, WorkOnANamedLandmark_IsOnItsPublicRecord) {
  expect_finding("同社は薬師寺東塔の解体修理に加わった。", "anon-quasi-identifier", "薬師寺東塔の解体修理に加わ",
                 Severity::kWarning);
  expect_finding("東京駅丸の内駅舎の復原工事に石材を納めた。", "anon-quasi-identifier", "東京駅丸の内駅舎の復原工事に石材を納め",
                 Severity::kWarning);
  expect_finding("2019年の国宝彦根城天守の壁の塗り直しを請け負った。", "anon-quasi-identifier",
                 "2019年の国宝彦根城天守の壁の塗り直しを請け負った", Severity::kWarning);
  // A numbered gate of a shrine is a part of a named place too.
  expect_finding("店は鶴岡八幡宮の二の鳥居から徒歩1分にある。", "anon-quasi-identifier", "鶴岡八幡宮の二の鳥居から徒歩1分",
                 Severity::kWarning);
  // Places nobody named, and common nouns that end like a landmark.
  expect_clean("地元の神社の修理を請け負った。市内の寺院の改修工事を受注した。");
  expect_clean("道路や河川の工事を請け負った。鉄塔の改修工事を受注した。農園の向かいに住む。");
}

TEST(AnonymityPerson, ARoleThenAKanjiRunTheListsSplitIntoAName_IsAPerson) {
  expect_finding("- 後継予定：長男の阿部拓海（35）。", "anon-person", "阿部拓海");
  expect_finding("経営指導員は、杜氏の十鳥武志と蔵元の三人で話した。", "anon-person", "杜氏の十鳥武志");
  // A prefecture's name is a surname too, between a role and a given name.
  expect_finding("TEL 0857-28-6614　担当 福井 智子", "anon-person", "福井 智子");
  // A city and common words after a role stay clean.
  expect_clean("社長の宇都宮での人脈で受注した。社長の経営方針に従う。女将の手料理。");
}

TEST(AnonymityPerson, NamesTheListsKnowBeforeAnHonorific_ArePeople) {
  expect_finding("「Mattさんとか、毎年来てくれる人の予約は埋まる」", "anon-person", "Mattさん");
  expect_finding("仕込みを仕切る薬袋さんに工程を一つずつ説明してもらった。", "anon-person", "薬袋さん");
  expect_clean("みなさん、おばあさん、お客さん、大工さん、八百屋さん、お隣さん、JAさん、NHKさんに聞いた。");
}

TEST(AnonymityPerson, NamesInASentenceAboutHistory_AreWarnings) {
  // Figures the lists lack, told as history: a reviewer judges.
  expect_finding("江戸時代の紀行家・菅江真澄が書き残した行事を話題にした。", "anon-person", "菅江真澄", Severity::kWarning);
  expect_finding("古田織部の名を冠した織部焼の見本帳をつくった。", "anon-person", "古田織部", Severity::kWarning);
  // An honorific names a living person, history or not.
  expect_finding("江戸時代から続く蔵を継いだ山岡真澄さんが話した。", "anon-person", "山岡真澄さん", Severity::kError);
  expect_finding("富山藩主の前田正甫が広めたと伝わる。", "anon-person", "富山藩主の前田正", Severity::kWarning);
  // A clan in a kingdom's history.
  expect_finding("琉球王国の歴史や、尚氏の時代の史跡を案内する。", "anon-person", "尚氏", Severity::kWarning);
  // Without history the same shape stays an error.
  expect_finding("営業部長の前田正甫が広めた。", "anon-person", "営業部長の前田正", Severity::kError);
}

TEST(AnonymityPerson, ARoleThenANameWithABlank_IsAPersonWhateverTheSurname) {
  expect_finding("施設長の濱渦 和恵は「給料の問題だ」と考えていた。", "anon-person", "施設長の濱渦 和恵");
  expect_finding("代表の勘解由小路 雅は廃業も考えていた。", "anon-person", "代表の勘解由小路 雅");
  expect_finding("代表の仲宗根 ゆいは加工品をつくりたいと考えた。", "anon-person", "代表の仲宗根 ゆい");
  // A blank inside prose after a role, with no name on either side of it.
  expect_clean("社長の判断 次第となる。専務の方針 変更なし。店長の想い 伝わる。");
}

TEST(AnonymityShop, SignboardKindsBeforeABlank_NameTheShopAfterIt) {
  expect_finding("九十九里に近いいちご狩り園 ベリーの丘です。", "anon-shop", "いちご狩り園 ベリーの丘");
  expect_finding("うちの店、染処 いと雅は、よそから見たら老舗だ。", "anon-shop", "染処 いと雅");
  expect_finding("湖魚の店 うおまさは、祖母が始めた店です。", "anon-shop", "湖魚の店 うおまさ");
  // Without a blank they are kinds of place.
  expect_clean("いちご狩り園を開いた。家族湯を増やした。魚の店が並ぶ。");
}

TEST(AnonymityShop, ANameErrorInsideALongerOne_GivesWayToIt) {
  // The quoted signboard covers the firm-suffix name inside it.
  expect_finding("東大寺の近くに店を構える「御菓子司 吉城堂」は老舗だ。", "anon-shop", "御菓子司 吉城堂");
  // A longer finding that loses to another one keeps none of the names it held from
  // being reported.
  expect_finding("（京料理 たか瀬 若女将 蒔田 千尋）", "anon-person", "蒔田 千尋");
}

TEST(AnonymityShop, ANameNotedAfterItsKeyword_IsTheShop) {
  expect_finding("- 塾名：進学ゼミ あおい（小中学生対象）", "anon-shop", "進学ゼミ あおい");
  expect_finding("＊店名　kissa tsubame", "anon-shop", "kissa tsubame");
  expect_finding("塾名は「まほろば進学教室」で、塾長が開いた。", "anon-shop", "まほろば進学教室");
  expect_clean("店名は地元の地名から取った。\n- 店名：未定\n- 屋号: 検討中");
}

TEST(AnonymityShop, NamesRightAfterAShopWordInNotes_AreFound) {
  // A kana name after a kanji shop word, up to a blank or a bracket.
  expect_finding("最低ロットは500枚と言われた。（茶房ゆるり 杉若）", "anon-shop", "茶房ゆるり");
  // A list item's ・ joins nothing to the shop word after it.
  expect_finding("・カフェ葉月：売上は最下位。", "anon-shop", "カフェ葉月", Severity::kWarning);
  expect_clean("旅館ながらの良さ。茶房で休む。民宿からの眺め。旅館さえあれば。");
}

TEST(AnonymityShop, KindsAndCropsAndGradesFromTheTwelfthRoundsCleanFiles_StayClean) {
  expect_clean("地域で評判の「相談できる薬局」として紹介した。");
  expect_clean("- すだち園 約3ヘクタール。家族3人とパート4名。");
  expect_clean("贈答用と訳あり品で売り分けた。小さな酒蔵が、社員による酒造りへ切り替えた。");
  // A particle before the kind is part of a name.
  expect_finding("蔵の一角を直売所に改装：「醤油蔵 仙の庵」", "anon-shop", "醤油蔵 仙の庵");
}

TEST(AnonymityProduct, CoinedNamesTheFirmLaunched_AreProducts) {
  expect_finding("真空二重構造のタンブラー「ミラーグロウ」は発売から半年で売れた。", "anon-product", "ミラーグロウ");
  expect_finding("主力を「蔵の三年」と「むぎ麹ひとすじ」の二品に絞る。", "anon-product", "むぎ麹ひとすじ");
  // A kana word MeCab cuts into a name and a particle (あき|や) is still one word.
  expect_finding("見守りサービス「あきや見守り便」を始めた。", "anon-product", "あきや見守り便");
  // Goods of a kind, cultivars named before 品種, meetings and routines the firm started,
  // and what someone started doing, stay clean.
  expect_clean("主力の桃は「あかつき」や「川中島白桃」などの品種だ。月1回の「ひだまり会議」を始めた。顧問先と話す「30分面談」を始めた。");
  expect_clean("地元の野菜を刻み込んだ「がんもどき」を用意した。「朝活」を始めた。「見える化」を始めた。");
}

TEST(AnonymityProduct, TheFirmsOwnKindOfGoodsAndADescribedService_AreNoNames) {
  // Round 22's clean files: the firm's own goods by their kind, a service described by a verb.
  expect_clean("社長は自社サービスとして売り出す決断ができなかった。つゆを自社商品として発売し、道の駅で扱われている。");
  expect_clean("月額で業務改善に伴走するサービスとして商品化した。");
  // ASCII brackets before a stop are no word of a name (")。" read as a noun).
  expect_clean("社長にも見えていなかった（「見えない」）。夏向けの商品をつくりたいという案も止まった。");
  // A coined name in the same frames still is one.
  expect_finding("梅ごよみとして発売した。", "anon-product", "梅ごよみ");
}

TEST(AnonymityProduct, ShortKanaNamesRightAfterTheGoods_AreNamesHoweverMeCabCutsThem) {
  // ち|ゅらまる, はる|に|れ: MeCab reads coined kana as a verb or a particle.
  expect_finding("看板の紅いもあんぱん「ちゅらまる」は電話予約が多い。", "anon-product", "ちゅらまる");
  expect_finding("最初の商品は、のむヨーグルト『はるにれ』を選んだ。", "anon-product", "はるにれ");
  expect_finding("再仕込みしょうゆ「桶の詩」を贈答用に仕立て直した。", "anon-product", "桶の詩");
  // A title in double brackets at a sentence's end; a name after the goods and の as subject.
  expect_finding("最初の商品は、のむヨーグルト『はるにれ』。", "anon-product", "はるにれ");
  expect_finding("厚揚げの「ぶっかけ大将」は地元スーパーに並ぶ。", "anon-product", "ぶっかけ大将");
  // (Two characters with kanji are a name there too; kana alone and notions are none.)
  expect_finding("芋焼酎の「紫宵」が売れる。", "anon-product", "紫宵");
  // After 看板の, a name part before a kind of goods that says no make or place (a warning); what
  // the goods are made of is none.
  expect_finding("売上の六割を看板の飛梅最中が占める。", "anon-product", "飛梅最中", Severity::kWarning);
  // (A coined name may open with a kana verb's stem: しばれ|大納言|最中.)
  expect_finding("看板商品のしばれ大納言最中は値上げしても数が落ちない。", "anon-product", "しばれ大納言最中", Severity::kWarning);
  expect_clean("看板の黒糖まんじゅうが売れる。看板の抹茶ロールが売れる。看板のくるみ餅が売れる。名物のごま豆腐を出す。");
  // Regional pickles are kinds of goods, and 野沢 in 野沢菜 is no surname.
  expect_clean("「野沢菜漬けを作って四十年だけど」と話す。奈良漬を漬ける。");
  expect_finding("土産用に詰めたそばつゆ『神在のしずく』も売れている。", "anon-product", "神在のしずく");
  expect_clean("ただし「例外」もある。");
  // Made into goods or registered later in the clause after を.
  expect_finding("ぶりの身を削って作る「氷見ぶり節」を五年前に商品化した。", "anon-product", "氷見ぶり節");
  expect_finding("鯖と鮭を詰め合わせた『青時雨』を贈答用に作り、包装を変えた。", "anon-product", "青時雨");
  expect_clean("「見える化」を五年前に始めた。");
  expect_finding("古木の実だけを詰めた「じいじの白鳳」を直販で売り出し、八百箱出た。", "anon-product", "じいじの白鳳");
  expect_finding("しめさば「波頭」を自社商品として立ち上げた。", "anon-product", "波頭");
  // Put forward as an idea is no product: 打ち出す.
  expect_clean("「試作のスピード」として打ち出すことを決断した。「大人の身だしなみを整える店」として打ち出した。");
  // A name word as the sentence's topic and the quote made that name at its end.
  expect_finding("担当者は勧めた。シリーズ名は、白地に細い雨の線を描く絵柄から『白雨』とした。", "anon-product", "白雨");
  expect_finding("試作品の名前は社員から募り、「こんぴら白玉麺」に決まった。", "anon-product", "こんぴら白玉麺");
  expect_clean("方針は「まず守り」に決まった。");
  expect_finding("店名は、祖母の名から一字取って「はな」にした。", "anon-shop", "はな");
  expect_clean("方針は「現状維持」とした。名前は「未定」とした。");
  // The flagship as the topic and the quote ending its clause: judged as beside goods.
  expect_finding("看板は甕仕込みの「紫宵」。社長は言う。", "anon-product", "紫宵");
  expect_clean("看板は手書きの「営業中」だ。看板は「安心」です。主力は「見える化」の支援です。");
  // (Ended by である too; goods, a blank and a name as the flagship are for a reviewer.)
  expect_finding("主力は「ゆずかドレッシング」である。", "anon-product", "ゆずかドレッシング");
  expect_finding("- 看板は「田舎豆腐 石垣」。", "anon-product", "田舎豆腐 石垣", Severity::kWarning);
  expect_clean("看板は「営業中」である。看板は「季節 限定」だ。");
  expect_clean("蔵の酒の「らしさ」がどこにあるか聞いた。パンの「食感」は大事だ。菓子の「品質」を守る。");
  // One kana MeCab reads as a particle at a coined name's start is part of it (に|しき野).
  expect_finding("週2回の訪問診療「にしき野在宅ケア便」を始めた。", "anon-product", "にしき野在宅ケア便");
  // A compound with kana the firm put out is named (a warning); a label with の is not.
  expect_finding("夜間に自習室を開放する「夜トレ自習室」を新たに打ち出した。", "anon-product", "夜トレ自習室", Severity::kWarning);
  expect_clean("平日の「通いのトレーニング」を始めた。月1回の「くすりと食事の相談会」を開いた。");
  // After として, where or how it is sold is no name; a coined kana phrase with の is one.
  expect_clean("ドレッシングは地元のスーパーと道の駅、ふるさと納税の返礼品として売り出され、出荷した。");
  // Speech, one dictionary predicate, labels and kinds are none.
  expect_clean("最中「おいしいです」は客の声だ。最中「うまい」は言い過ぎだ。");
  expect_clean("パンの「焼きたて」は人気だ。豆腐の「木綿」と「絹」を作る。菓子の「詰め合わせ」が売れた。");
}

TEST(AnonymityProduct, NamesAfterACaseSheetsKey_AreFound) {
  // A key says what its value names: products and shops in list items and table cells.
  expect_finding("- 代表菓子：「白山しぐれ」", "anon-product", "白山しぐれ");
  expect_finding("| 主力銘柄 | 雪椿 純米吟醸 かがり火 |", "anon-product", "雪椿 純米吟醸 かがり火");
  expect_finding("| 屋号 | 菓匠ひいらぎ堂 |", "anon-shop", "菓匠ひいらぎ堂");
  // A partner in a table cell after its relation; a table's header names columns.
  expect_finding("| 主要荷主 | 上毛フーズ、(株)赤城ロジテック |", "anon-company", "(株)赤城ロジテック");
  expect_clean("| 出荷先 | kg単価 |\n|---|---|\n| 飲食店 | 1,200円 |");
  // Kinds of goods, counts and descriptions after a key are none.
  expect_clean("| 主力商品 | 豆腐、油揚げ |\n- 主力：県内の酒屋向けの純米酒\n| 主力 | 約30品目 |\n- 店名：未定");
}

TEST(AnonymityProduct, AQuoteOfWhatSomeoneThought_IsNoName) {
  expect_clean("職人たちは当初、家庭向けの商品を「格下の仕事」と受け止めていた。");
  expect_finding("新商品を「ゆずの雫」と名付けた。", "anon-product", "「ゆずの雫」");
}

TEST(AnonymityQuasiIdentifier, ARankAmongAPlacesGroup_IsAWarning) {
  // A place MeCab knows, then a group of it, then among it: the scope is the place.
  expect_finding("宇都宮に残る写真館の中では最も古い。", "anon-quasi-identifier", "宇都宮に残る写真館の中では最も古い",
                 Severity::kWarning);
  expect_finding("旭川の家具工房のなかで、道産ナラの無垢材だけで椅子を組んでいるのはここだけだ。", "anon-quasi-identifier",
                 "旭川の家具工房のなかで、道産ナラの無垢材だけで椅子を組んでいるのはここだけだ", Severity::kWarning);
  expect_finding("信州で今も仕込みを続ける味噌蔵の中では、もっとも古い歴史をもつ。", "anon-quasi-identifier",
                 "信州で今も仕込みを続ける味噌蔵の中では、もっとも古い歴史をもつ", Severity::kWarning);
  expect_finding("昆布の取扱量は大阪の乾物卸で三本の指に入る。", "anon-quasi-identifier", "昆布の取扱量は大阪の乾物卸で三本の指に入る",
                 Severity::kWarning);
  expect_finding("八重山で化粧品GMPの認証を取った第一号の工場だ。", "anon-quasi-identifier",
                 "八重山で化粧品GMPの認証を取った第一号の工場だ", Severity::kWarning);
  expect_finding("県内の歯科では前例のなかった夜十一時までの診療を始めた。", "anon-quasi-identifier",
                 "県内の歯科では前例のなかった夜十一時までの診療を始めた", Severity::kWarning);
  // Traps: a place without a group or a rank; unheard of without a scope; a share of the
  // firm's own planting.
  expect_clean("研修の中では、もっとも多い質問が価格の決め方だった。前例のない挑戦だった。");
  expect_clean("E社は愛媛県の段々畑で柑橘を育てる農業法人で、温州みかんが作付けの7割を占めていた。");
}

TEST(AnonymityQuasiIdentifier, DatedEventsAndTreasures_AreWarnings) {
  // An event named by its year, a state guest, a drama's filming, a treasure restored, a
  // press ranking by its year.
  expect_finding("看板の包丁は2024年の国賓を迎えた晩餐会で使われた。", "anon-quasi-identifier", "看板の包丁は2024年の国賓を迎えた晩餐会で使われた",
                 Severity::kWarning);
  expect_finding("2015年のミラノ国際博覧会の日本館で実演販売を任された。", "anon-quasi-identifier",
                 "ミラノ国際博覧会の日本館で実演販売を任された", Severity::kWarning);
  expect_finding("2017年にNHK連続テレビ小説の撮影で窯場を貸した。", "anon-quasi-identifier", "2017年にNHK連続テレビ小説の撮影で窯場を貸した",
                 Severity::kWarning);
  expect_finding("2020年に正倉院宝物の畳を復元する事業に加わった。", "anon-quasi-identifier", "2020年に正倉院宝物の畳を復元する事業に加わった",
                 Severity::kWarning);
  expect_finding("自社ブランドは2020年に日経MJのヒット商品番付に載り、売上を伸ばした。", "anon-quasi-identifier",
                 "自社ブランドは2020年に日経MJのヒット商品番付に載り", Severity::kWarning);
  // Traps: an event as a time, an undated kind of event, a ranking without a year.
  expect_clean("毎年の晩餐会で使われる器を作る。夏祭りの日には店を閉める。");
  expect_clean("売れ筋の番付に載るような商品を目指す。");
}

TEST(AnonymityQuasiIdentifier, PremisesFacingOrAlongAPlace_AreWarnings) {
  expect_finding("店は彦根城の佐和口多聞櫓と堀を挟んで向かい合う。", "anon-quasi-identifier", "彦根城の佐和口多聞櫓と堀を挟んで向かい合う",
                 Severity::kWarning);
  expect_finding("国道4号から入ってすぐ、道の駅の駐車場の北隣にハウスが並ぶ。", "anon-quasi-identifier",
                 "国道4号から入ってすぐ、道の駅の駐車場の北隣", Severity::kWarning);
  // Traps: facing a person across a desk; along a long road.
  expect_clean("社長と机を挟んで向かい合った。");
  expect_clean("国道を西へ向かう幹線沿いに車庫を構える運送会社だ。");
}

TEST(AnonymityQuasiIdentifier, EditionsFeaturesFairsAndShopRecords_AreWarnings) {
  expect_finding("ビブグルマンに2023年版で選ばれてから客足が急増した。", "anon-quasi-identifier", "ビブグルマンに2023年版で選ばれてから客足が急増した",
                 Severity::kWarning);
  expect_finding("2021年に建築雑誌の全国喫茶特集に載ったことで満席になる。", "anon-quasi-identifier",
                 "2021年に建築雑誌の全国喫茶特集に載ったことで満席になる", Severity::kWarning);
  expect_finding("パリの見本市には2019年から毎年出展し、取引先が増えた。", "anon-quasi-identifier",
                 "パリの見本市には2019年から毎年出展し、取引先が増えた", Severity::kWarning);
  // The year said in the sentence before, pointed back to.
  expect_finding("同年、経済誌の特集で表紙を飾った。", "anon-quasi-identifier", "同年、経済誌の特集で表紙を飾った", Severity::kWarning);
  // A shop's own record with its figure.
  expect_finding("8月のある日には1日で3,846個を売り、開業以来の最高を記録した。", "anon-quasi-identifier",
                 "8月のある日には1日で3,846個を売り、開業以来の最高を記録した", Severity::kWarning);
  expect_finding("連休には一日2,318玉という店の記録を出した。", "anon-quasi-identifier", "連休には一日2,318玉という店の記録を出した",
                 Severity::kWarning);
  // Nobody else in a scope.
  expect_finding("このドレッシングでは、生産量で国内のどこにも負けない。", "anon-quasi-identifier", "このドレッシングでは、生産量で国内のどこにも負けない",
                 Severity::kWarning);
  expect_finding("灰汁発酵建てを今も続ける工房は、県内ではここ以外に残っていない。", "anon-quasi-identifier",
                 "灰汁発酵建てを今も続ける工房は、県内ではここ以外に残っていない", Severity::kWarning);
  // Traps: a fair without a year, a cover without one, a record without a figure, a goal.
  expect_clean("展示会には毎年出展している。経済誌の特集で表紙を飾ったこともある。");
  expect_clean("初年度は店の記録を出せなかった。どこにも負けない品質を目指す。");
}

TEST(AnonymityQuasiIdentifier, MorePremisesByTheirPosition_AreWarnings) {
  expect_finding("本店は鹽竈神社の表参道202段の石段下にある。", "anon-quasi-identifier", "鹽竈神社の表参道202段の石段下",
                 Severity::kWarning);
  expect_finding("店は元興寺の南門を出て右、格子戸の続く町家の一軒にある。", "anon-quasi-identifier",
                 "元興寺の南門を出て右、格子戸の続く町家の一軒", Severity::kWarning);
  expect_finding("和菓子処は美観地区の中橋から東へ二筋入った角地で、蔵を改装した店を構える。", "anon-quasi-identifier",
                 "美観地区の中橋から東へ二筋入った角地", Severity::kWarning);
  expect_finding("本社は宇都宮二荒山神社の大鳥居から東へ一本入った路地にある。", "anon-quasi-identifier",
                 "宇都宮二荒山神社の大鳥居から東へ一本入った路地", Severity::kWarning);
  expect_finding("医院は大和ミュージアムの向かい、フェリー乗り場へ渡る歩道橋の下にある。", "anon-quasi-identifier",
                 "大和ミュージアムの向かい、フェリー乗り場へ渡る歩道橋の下", Severity::kWarning);
  // Traps: a position that names no place; a street next to a building of the firm's own.
  expect_clean("工場は本館から西へ一本入った通りにある。事務所は倉庫の上にある。");
}

TEST(AnonymityQuasiIdentifier, FamousTablesReportsHonoursAndDaysTheTopicAsksFor_AreWarnings) {
  // Famous customers and visitors, reports with their year, honours won, nobody else or
  // first in the firm's own words, a share supplied, a named building's floor, a day a topic asks for.
  expect_finding("全日空の国際線ファーストクラスの機内食に採用された。", "anon-quasi-identifier", "全日空の国際線ファーストクラスの機内食に採用された", Severity::kWarning);
  expect_finding("全国で使われている小学校社会科の教科書に、店の水車小屋の写真が載っている。", "anon-quasi-identifier", "全国で使われている小学校社会科の教科書に、店の水車小屋の写真が載っている", Severity::kWarning);
  expect_finding("2019年に首相が欧州歴訪の手土産に選んだと報じられた。", "anon-quasi-identifier", "2019年に首相が欧州歴訪の手土産に選んだと報じられた", Severity::kWarning);
  expect_finding("明治天皇の東北巡幸の一行に昼のそばを出したのが店の始まりと伝わる。", "anon-quasi-identifier", "明治天皇の東北巡幸の一行に昼のそばを出したのが店の始まりと伝わる", Severity::kWarning);
  expect_finding("大曲の全国大会で、内閣総理大臣の名を冠した最高位を2015年に手にした。", "anon-quasi-identifier", "大曲の全国大会で、内閣総理大臣の名を冠した最高位を2015年に手にした", Severity::kWarning);
  expect_finding("シリーズはiFデザインアワード2020を受賞している。", "anon-quasi-identifier", "シリーズはiFデザインアワード2020を受賞している", Severity::kWarning);
  expect_finding("ロンドンの日本茶品評会で、2019年に最上位の金の評価を得た。", "anon-quasi-identifier", "ロンドンの日本茶品評会で、2019年に最上位の金の評価を得た", Severity::kWarning);
  expect_finding("2016年の地震のあと、牛を搾り続けた様子が全国放送の特集番組で伝えられた。", "anon-quasi-identifier", "2016年の地震のあと、牛を搾り続けた様子が全国放送の特集番組で伝えられた", Severity::kWarning);
  expect_finding("市内の仮設住宅を誰よりも早く建て始めた会社として知られる。", "anon-quasi-identifier", "市内の仮設住宅を誰よりも早く建て始めた会社として知られる", Severity::kWarning);
  expect_finding("灯台カードの配布数では全国の灯台の先頭に立つ。", "anon-quasi-identifier", "灯台カードの配布数では全国の灯台の先頭に立つ", Severity::kWarning);
  expect_finding("蔵元の話では、この銘柄を置く酒屋はよそにはないという。", "anon-quasi-identifier", "蔵元の話では、この銘柄を置く酒屋はよそにはないという", Severity::kWarning);
  expect_finding("工場長は「アルミサッシの鋳物部品なら、うちがナンバーワンですよ」と言う。", "anon-quasi-identifier", "アルミサッシの鋳物部品なら、うちがナンバーワンですよ", Severity::kWarning);
  expect_finding("市内に現存する写真館では一番の老舗にあたる。", "anon-quasi-identifier", "市内に現存する写真館では一番の老舗にあたる", Severity::kWarning);
  expect_finding("2020年2月に一網で約18トンのブリを揚げた。", "anon-quasi-identifier", "2020年2月に一網で約18トンのブリを揚げた", Severity::kWarning);
  expect_finding("県内の小中学校の約7割に教材を納めている。", "anon-quasi-identifier", "県内の小中学校の約7割に教材を納めている", Severity::kWarning);
  expect_finding("本社は秋葉原UDXの12階にある。", "anon-quasi-identifier", "秋葉原UDXの12階", Severity::kWarning);
  expect_finding("初代が茶園を開いたのは明治25年4月1日と記録に残る。", "anon-quasi-identifier", "初代が茶園を開いたのは明治25年4月1日", Severity::kWarning);
  expect_finding("開店は沖縄の本土復帰からちょうど40年の2012年5月15日だ。", "anon-quasi-identifier", "開店は沖縄の本土復帰からちょうど40年の2012年5月15日", Severity::kWarning);
  // Traps: a floor of a building by its kind, a visit's date, an undated report, a small share.
  expect_clean("本社はビルの4階にある。初回訪問は2023年7月4日だった。テレビで紹介されたこともある。");
  expect_clean("県内の小中学校の1割に教材を納めている。");
}

TEST(AnonymityQuasiIdentifier, NobodyAboveOrBesideTheFirmAndWhatFamousPlacesTakeFromIt_AreWarnings) {
  expect_finding("A社は米沢市の機屋だ。染料にする紅花を自社の畑で育てているのは、米沢の機屋では他に例がない。", "anon-quasi-identifier", "染料にする紅花を自社の畑で育てているのは、米沢の機屋では他に例がない", Severity::kWarning);
  expect_finding("2023年には白えび料理を年間8万食提供し、この数を上回る飲食店は市内にない。", "anon-quasi-identifier", "2023年には白えび料理を年間8万食提供し、この数を上回る飲食店は市内にない", Severity::kWarning);
  expect_finding("2021年に放送された連続ドラマでは、店内がロケに使われた。", "anon-quasi-identifier", "2021年に放送された連続ドラマでは、店内がロケに使われた", Severity::kWarning);
  expect_finding("東北でこの競技会の指導員資格を持つのはC社の職人頭だけだという。", "anon-quasi-identifier", "東北でこの競技会の指導員資格を持つのはC社の職人頭だけだという", Severity::kWarning);
  expect_finding("長崎市内で老舗とされる料亭八軒のすべてにクエを卸している。", "anon-quasi-identifier", "長崎市内で老舗とされる料亭八軒のすべてにクエを卸している", Severity::kWarning);
  expect_finding("2019年の即位の礼で使われた儀式用の紙を漉いた。", "anon-quasi-identifier", "2019年の即位の礼で使われた", Severity::kWarning);
  expect_finding("ルーブル美術館の修復室が、絵画の裏打ちに使う紙を毎年この工房から取り寄せている。", "anon-quasi-identifier", "ルーブル美術館の修復室が、絵画の裏打ちに使う紙を毎年この工房から取り寄せている", Severity::kWarning);
  expect_finding("全国和牛能力共進会で、肉牛の部の最上位を2大会続けて持ち帰った。", "anon-quasi-identifier", "全国和牛能力共進会で、肉牛の部の最上位を2大会続けて持ち帰った", Severity::kWarning);
  expect_finding("これだけの台数が現役で動いている例は全国を探しても見当たらない。", "anon-quasi-identifier", "これだけの台数が現役で動いている例は全国を探しても見当たらない", Severity::kWarning);
  expect_finding("これほどの大桶を今も現役で使う蔵はほかに聞かない。", "anon-quasi-identifier", "これほどの大桶を今も現役で使う蔵はほかに聞かない", Severity::kWarning);
  expect_finding("同社の椅子はニューヨーク近代美術館の常設コレクションに収められている。", "anon-quasi-identifier", "同社の椅子はニューヨーク近代美術館の常設コレクションに収められている", Severity::kWarning);
  expect_finding("昭和36年に暖簾を掲げてから、元日を除いて一日も休んでいない。", "anon-quasi-identifier", "昭和36年に暖簾を掲げてから、元日を除いて一日も休んでいない", Severity::kWarning);
  expect_finding("店を開けたのは昭和29年8月6日、あの日からちょうど九年目の朝だった。", "anon-quasi-identifier", "店を開けたのは昭和29年8月6日", Severity::kWarning);
  // Traps: a rental for filming, a room's name, "never", a search that found something.
  expect_clean("映画の撮影や地域の集まりに浴場を貸し出すことにした。修復室で作業した。");
  expect_clean("県内の売上がこの数を上回ることはない。全国を探して見つけた職人に頼んだ。");
}

TEST(AnonymityQuasiIdentifier, FactsUnderACaseSheetsKey_AreWarnings) {
  // The key says what the value is where no verb does.
  expect_finding("| 受賞 | 米・食味分析鑑定コンクール国際大会 金賞（2018年） |", "anon-quasi-identifier", "米・食味分析鑑定コンクール国際大会 金賞（2018年）", Severity::kWarning);
  expect_finding("| ガイド掲載 | ミシュランガイド北海道2017特別版でビブグルマン |", "anon-quasi-identifier", "ミシュランガイド北海道2017特別版でビブグルマン", Severity::kWarning);
  expect_finding("- 本店の場所: 鹽竈神社の表坂の石段下", "anon-quasi-identifier", "鹽竈神社の表坂の石段下", Severity::kWarning);
  expect_finding("- 創業日: 1961年4月1日", "anon-quasi-identifier", "創業日: 1961年4月1日", Severity::kWarning);
  // Traps: an honour without a year, a place by no name, a founding era without a month.
  expect_clean("| 受賞 | 県の品評会で入賞 |\n| 場所 | 駅の近く |\n- 創業: 昭和の中ごろ");
}

TEST(AnonymityQuasiIdentifier, RoundThirtyThreesClaimsWaysAndRecords_AreWarnings) {
  expect_finding("客室稼働率は2023年度に92.4%と温泉郷で最高を記録した。", "anon-quasi-identifier", "客室稼働率は2023年度に92.4%と温泉郷で最高を記録した", Severity::kWarning);
  expect_finding("店はハリストス正教会から坂を下りきった角にある。", "anon-quasi-identifier", "ハリストス正教会から坂を下りきった角", Severity::kWarning);
  expect_finding("一日のモーニング客が八百十二人という店の記録は重荷になった。", "anon-quasi-identifier", "一日のモーニング客が八百十二人という店の記録は重荷になった", Severity::kWarning);
  expect_finding("国内で流通するチタン製ヒンジの四割近くを一社で作っている。", "anon-quasi-identifier", "国内で流通するチタン製ヒンジの四割近くを一社で作っている", Severity::kWarning);
  expect_finding("パン・オブ・ザ・イヤー2022で総合一位に輝いた。", "anon-quasi-identifier", "パン・オブ・ザ・イヤー2022で総合一位に輝いた", Severity::kWarning);
  expect_finding("直径0.02ミリの穴を開ける技術は国内の量産工場では最も細いとされる。", "anon-quasi-identifier", "直径0.02ミリの穴を開ける技術は国内の量産工場では最も細いとされる", Severity::kWarning);
  expect_finding("2024年の初競りでは、V社のぶりが一本三十六万円という漁港始まって以来の値をつけた。", "anon-quasi-identifier", "2024年の初競りでは、V社のぶりが一本三十六万円という漁港始まって以来の値をつけた", Severity::kWarning);
  expect_finding("窯は明治十二年五月の開窯である。", "anon-quasi-identifier", "明治十二年五月の開窯", Severity::kWarning);
  expect_finding("関鍛冶伝承館の隣に工場を構え、輸出にも力を入れる。", "anon-quasi-identifier", "関鍛冶伝承館の隣に工場", Severity::kWarning);
  // Traps: a count in kanji numerals is no shop's name; a crowd without a record; a kiln's
  // opening is a common word.
  EXPECT_FALSE(has_rule(check("一日のモーニング客が八百十二人という店の記録は重荷になった。"), "anon-shop"));
  EXPECT_FALSE(has_rule(check("窯は明治十二年五月の開窯である。"), "anon-company"));
  expect_clean("一日のモーニング客が八百人を超える日もある。");
}

TEST(AnonymityQuasiIdentifier, WaysHeadingSomewhereTheLastOneLeftAndDayRecords_AreWarnings) {
  expect_finding("敷地は小淵沢駅から八ヶ岳へ向かって車で7分。", "anon-quasi-identifier", "小淵沢駅から八ヶ岳へ向かって車で7分", Severity::kWarning);
  expect_finding("敷地は小淵沢駅から北へ向かって車で7分。", "anon-quasi-identifier", "小淵沢駅から北へ向かって車で7分", Severity::kWarning);
  expect_finding("店は鶴岡八幡宮から若宮大路を海へ向かって5分。", "anon-quasi-identifier", "鶴岡八幡宮から若宮大路を海へ向かって5分", Severity::kWarning);
  expect_finding("店主は「押し瓦で一枚ずつ焼くのは、もう市内でうちしか残っていない」と言う。", "anon-quasi-identifier", "押し瓦で一枚ずつ焼くのは、もう市内でうちしか残っていない", Severity::kWarning);
  expect_finding("新潟東港のコンテナターミナルに隣接する民間倉庫は同社の一棟だけだ。", "anon-quasi-identifier", "新潟東港のコンテナターミナルに隣接する民間倉庫は同社の一棟だけだ", Severity::kWarning);
  expect_finding("1971年の開店から一日も欠かさずネルドリップを続けてきた。", "anon-quasi-identifier", "1971年の開店から一日も欠かさずネルドリップを続けてきた", Severity::kWarning);
  expect_finding("2019年には一本の木から2,340個を収穫する記録をつくった。", "anon-quasi-identifier", "2019年には一本の木から2,340個を収穫する記録をつくった", Severity::kWarning);
  expect_finding("平日でも開店前に50人が並び、最高で一日1,120杯を出した。", "anon-quasi-identifier", "平日でも開店前に50人が並び、最高で一日1,120杯を出した", Severity::kWarning);
  // Traps: a number after a way that is no distance; a record without a figure; a building of one's own.
  expect_clean("駅から電話で3件の予約を受けた。記録をつくる仕組みを整えた。倉庫は一棟だけ借りている。");
}

TEST(AnonymityQuasiIdentifier, PremisesByADistanceFromAPlaceANumberedBerthOrAStretch_AreWarnings) {
  expect_finding("窯場は泉山磁石場から坂を上って三分ほどの角にある。", "anon-quasi-identifier", "泉山磁石場から坂を上って三分ほどの角", Severity::kWarning);
  expect_finding("拠点は土佐清水港の第三岸壁、足摺岬へ向かう県道の起点にある。", "anon-quasi-identifier", "土佐清水港の第三岸壁、足摺岬へ向かう県道の起点", Severity::kWarning);
  expect_finding("筏場は島の東岸、フェリー桟橋から赤い鳥居まで続く一帯にある。", "anon-quasi-identifier", "島の東岸、フェリー桟橋から赤い鳥居まで続く一帯", Severity::kWarning);
  expect_finding("医院は岩手銀行赤レンガ館の斜向かいにあり、評判だ。", "anon-quasi-identifier", "岩手銀行赤レンガ館の斜向かい", Severity::kWarning);
  // Traps: a distance from a place by its kind, a stretch of a harbour alone.
  expect_clean("店は駅から歩いて三分の角にある。倉庫は港の一帯にある。");
}

TEST(AnonymityQuasiIdentifier, ClaimsInDialectOnAPlateauByACountAndNobodyAbove_AreWarnings) {
  expect_finding("「県内じゃあ一本釣りの船凍をやりゆうがは、うちの船だけやき」と話す。", "anon-quasi-identifier", "県内じゃあ一本釣りの船凍をやりゆうがは、うちの船だけやき", Severity::kWarning);
  expect_finding("茶畑は牧之原台地でいちばん標高の高い茶畑だ。", "anon-quasi-identifier", "茶畑は牧之原台地でいちばん標高の高い茶畑だ", Severity::kWarning);
  expect_finding("島と本土を40分で結ぶ県内最速の旅客船である。", "anon-quasi-identifier", "島と本土を40分で結ぶ県内最速の旅客船である", Severity::kWarning);
  expect_finding("2022年の日経コンピュータ顧客満足度調査で中小向け勤怠部門の1位となった。", "anon-quasi-identifier", "2022年の日経コンピュータ顧客満足度調査で中小向け勤怠部門の1位となった", Severity::kWarning);
  expect_finding("ピーマンの反収は茨城県の記録を三年連続で更新した。", "anon-quasi-identifier", "ピーマンの反収は茨城県の記録を三年連続で更新した", Severity::kWarning);
  expect_finding("東北の自治体向けSaaSとして導入団体数が最も多い三十七団体に採用されている。", "anon-quasi-identifier", "東北の自治体向けSaaSとして導入団体数が最も多い三十七団体に採用されている", Severity::kWarning);
  expect_finding("標高千六百メートルの峠に一軒だけ建つ宿で、冬は休む。", "anon-quasi-identifier", "標高千六百メートルの峠に一軒だけ建つ宿で", Severity::kWarning);
  expect_finding("いまも増やし続けているのはこの畑だけだという。", "anon-quasi-identifier", "いまも増やし続けているのはこの畑だけだという", Severity::kWarning);
  expect_finding("市内のパン屋のなかで天然酵母だけの製法へ真っ先に切り替えた店として知られる。", "anon-quasi-identifier", "市内のパン屋のなかで天然酵母だけの製法へ真っ先に切り替えた店として知られる", Severity::kWarning);
  expect_finding("1日に焼く枚数は最大4万2千枚で、同業のなかでこれを超える焼き元はない。", "anon-quasi-identifier", "1日に焼く枚数は最大4万2千枚で、同業のなかでこれを超える焼き元はない", Severity::kWarning);
  // Traps: a record of the firm's own work without a figure, a first step, a limit never passed.
  expect_clean("学校行事や祭りを長年撮り続けた記録は店の財産だ。真っ先に在庫を数えた。売上がこれを超えることはない。");
}

TEST(AnonymityQuasiIdentifier, AFirstShowingInAScopeAndPremisesNextToAPlace_AreWarnings) {
  expect_finding("工房は2016年のメゾン・エ・オブジェに岩手の鋳物工房として初出展した経験がある。", "anon-quasi-identifier",
                 "工房は2016年のメゾン・エ・オブジェに岩手の鋳物工房として初出展した経験がある", Severity::kWarning);
  expect_finding("事務所は大谷資料館の第二駐車場に隣接する。", "anon-quasi-identifier", "大谷資料館の第二駐車場に隣接する",
                 Severity::kWarning);
  // Traps: next to a building of the firm's own; a first showing without a scope.
  expect_clean("倉庫は工場に隣接する。展示会には社として初出展した。");
}

TEST(AnonymityQuasiIdentifier, OverlappingFactsAreOnePassage) {
  // The founding month read by the signals and the value of the sheet's key overlap: one
  // finding covers both.
  const Problems problems = check("| 創業 | 昭和2年3月、開湯祭の当日 |");
  int facts = 0;
  for (const Problem& p : problems) facts += p.rule == "anon-quasi-identifier" ? 1 : 0;
  EXPECT_EQ(facts, 1) << describe(problems);
  EXPECT_NE(find(problems, "anon-quasi-identifier", "創業 | 昭和2年3月、開湯祭の当日"), nullptr) << describe(problems);
}

TEST(AnonymityQuasiIdentifier, RoundThirtyFoursSheetsBuildingsAndBroadcasts_AreWarnings) {
  expect_finding("| 立地 | 日泰寺の参道入口、仁王門まで30歩 |", "anon-quasi-identifier", "日泰寺の参道入口、仁王門まで30歩", Severity::kWarning);
  expect_finding("| 目印 | やきもの散歩道の土管坂を上りきった正面 |", "anon-quasi-identifier", "やきもの散歩道の土管坂を上りきった正面", Severity::kWarning);
  expect_finding("店は明治十四年に建てられた町家を改装している。", "anon-quasi-identifier", "明治十四年に建てられた町家", Severity::kWarning);
  expect_finding("爪で緯糸を掻き寄せる技法を、今も手仕事で受け継ぐ工房はもう他に残っていないといわれる。", "anon-quasi-identifier", "爪で緯糸を掻き寄せる技法を、今も手仕事で受け継ぐ工房はもう他に残っていないといわれる", Severity::kWarning);
  expect_finding("駅前店は一日で1,184杯を売り、開店以来の記録を更新した。", "anon-quasi-identifier", "駅前店は一日で1,184杯を売り、開店以来の記録を更新した", Severity::kWarning);
  expect_finding("2024年7月、地元テレビ局の夕方のニュースで収穫の様子が生中継された。", "anon-quasi-identifier", "2024年7月、地元テレビ局の夕方のニュースで収穫の様子が生中継された", Severity::kWarning);
  expect_finding("2022年に福岡で開かれた国際会議の晩餐会で供された。", "anon-quasi-identifier", "2022年に福岡で開かれた国際会議の晩餐会で供された", Severity::kWarning);
  expect_finding("M社は宮崎県内でただ一つの、輸入EVを専門に扱う認証工場として知られる。", "anon-quasi-identifier", "M社は宮崎県内でただ一つの、輸入EVを専門に扱う認証工場として知られる", Severity::kWarning);
  // Traps: a distance from a place by its kind under a sheet's key; a building of no year.
  expect_clean("| 立地 | 名古屋市郊外の住宅地、駅から徒歩10分ほど |\n\n店は古い町家を改装している。");
}

TEST(AnonymityPerson, SurnamesInATableCellAfterARole_AreWarnings) {
  // The cell after a role, or a key that ends like one, lists people.
  EXPECT_TRUE(has_rule(check("| 製造担当 | 仙波、和久井 |"), "anon-person"));
  EXPECT_TRUE(has_rule(check("| 運行管理者 | 布施、乾 |"), "anon-person"));
  // Traps: an undecided cell, places after a key that names no people.
  expect_clean("| 担当 | 未定 |\n| 産地 | 山形、秋田 |");
}

TEST(AnonymityQuasiIdentifier, ADatedFactGoesOnOverWhatHeldSince) {
  expect_finding("屋号は湯宿 かじか亭で、明治三十一年の開業以来、同じ源泉を一度も掘り替えずに使い続けている。", "anon-quasi-identifier",
                 "明治三十一年の開業以来、同じ源泉を一度も掘り替えずに使い続けている", Severity::kWarning);
  expect_finding("昭和三十三年の創業以来、累計で十二万台の学習机を納めてきた。", "anon-quasi-identifier",
                 "昭和三十三年の創業以来、累計で十二万台の学習机を納めてきた", Severity::kWarning);
  // Trap: 以来 after no fact.
  expect_clean("支援を受けて以来、会議の時間を守るようになった。");
  // A founding followed by から, or by how long it has gone on; a record kept to the end.
  expect_finding("1919年の開業から元日も含めて一日も店を閉めたことがない。", "anon-quasi-identifier",
                 "1919年の開業から元日も含めて一日も店を閉めたことがない", Severity::kWarning);
  expect_finding("石材店は1954年創業、宍道湖の南岸で70年続く。", "anon-quasi-identifier", "1954年創業、宍道湖の南岸で70年続く",
                 Severity::kWarning);
  expect_finding("昭和二年の創業から、港に揚がったホタルジャコだけを使い、九十年以上一度も原料を変えていない。",
                 "anon-quasi-identifier",
                 "昭和二年の創業から、港に揚がったホタルジャコだけを使い、九十年以上一度も原料を変えていない", Severity::kWarning);
  // Traps: the clause after a founding that says no record stays out.
  expect_finding("1954年創業、社員は12名だ。", "anon-quasi-identifier", "1954年創業", Severity::kWarning);
  expect_finding("1948年の開業から、設備を入れ替え、売上を伸ばした。", "anon-quasi-identifier", "1948年の開業から、設備を入れ替え",
                 Severity::kWarning);
}

TEST(AnonymityQuasiIdentifier, AClaimEndingInNiGoesOnOverTheClauseItOpens) {
  expect_finding("九州のサロンとして最初に、ドイツの毛髪診断資格の指導者認定を受けた。", "anon-quasi-identifier",
                 "九州のサロンとして最初に、ドイツの毛髪診断資格の指導者認定を受けた", Severity::kWarning);
}

TEST(AnonymityQuasiIdentifier, RoundThirtyFivesShoresParksAndIndustryFirsts_AreWarnings) {
  expect_finding("工場は来島海峡大橋の今治側の橋脚を見上げる海沿いにある。", "anon-quasi-identifier", "来島海峡大橋の今治側の橋脚を見上げる海沿い", Severity::kWarning);
  expect_finding("牧場は那須ハイランドパークの第二駐車場から北へ車で五分ほどの場所にある。", "anon-quasi-identifier", "那須ハイランドパークの第二駐車場から北へ車で五分", Severity::kWarning);
  expect_finding("直径0.02ミリの穴あけで業界最小径を達成した技術を展示会で前面に出した。", "anon-quasi-identifier", "直径0.02ミリの穴あけで業界最小径を達成した技術を展示会で前面に出した", Severity::kWarning);
  expect_finding("支流の河原に直接テントを張れる施設は流域でここ一か所で、夏は予約が埋まる。", "anon-quasi-identifier", "支流の河原に直接テントを張れる施設は流域でここ一か所で", Severity::kWarning);
  // Traps: a shore along a road alone; the firm's own wine in a naming frame.
  expect_clean("工場は県道沿いの海沿いにある。");
  expect_no_error("甲州種を近隣のワイナリーに醸造を委託して自社のワインとして販売する案を示した。");
}

TEST(AnonymityQuasiIdentifier, RoundThirtySixsCountedHousesViewsAndFewWithTheFirm_AreWarnings) {
  expect_finding("蔵は善光寺の仁王門を背に西へ三軒目、石蔵が二棟並ぶ。", "anon-quasi-identifier", "善光寺の仁王門を背に西へ三軒目、石蔵", Severity::kWarning);
  expect_finding("焙煎所は運河沿いの倉庫群の北から数えて四棟目です。", "anon-quasi-identifier", "運河沿いの倉庫群の北から数えて四棟目", Severity::kWarning);
  // Streets and houses counted after a way of going, or next to a named neighbour.
  expect_finding("本店は北野の風見鶏の館から坂を下りて二筋目の角にある。", "anon-quasi-identifier", "北野の風見鶏の館から坂を下りて二筋目の角",
                 Severity::kWarning);
  expect_finding("店は岡崎城の大手門を出て、伊賀川沿いに二筋目にある。", "anon-quasi-identifier", "岡崎城の大手門を出て、伊賀川沿いに二筋目",
                 Severity::kWarning);
  expect_clean("うちの二軒隣に住む。工場の一棟目を建てた。社長の一軒先輩だ。");
  // A side and a comma after the walk: the count still ends it.
  expect_finding("窯は泉山磁石場の石段を上がって右手、二軒目にある。", "anon-quasi-identifier", "泉山磁石場の石段を上がって右手、二軒目",
                 Severity::kWarning);
  expect_clean("店は右手、二軒目の建物を借りた。");
  // A way of going ended by て and a comma is part of the place; まっすぐ between a direction
  // and the distance.
  expect_finding("店は国際通りから一本入って、牧志の公設市場の斜め向かいにある。", "anon-quasi-identifier",
                 "国際通りから一本入って、牧志の公設市場の斜め向かい", Severity::kWarning);
  expect_finding("お城の追手門から東へまっすぐ二百メートル、ひろめ市場の斜向かいで売りゆう。", "anon-quasi-identifier",
                 "お城の追手門から東へまっすぐ二百メートル、ひろめ市場の斜向かいで売りゆう", Severity::kWarning);
  expect_finding("社長が投稿した、生地をこねるだけの動画の再生が一千万回を超え、注文が殺到した。", "anon-quasi-identifier",
                 "生地をこねるだけの動画の再生が一千万回を超え", Severity::kWarning);
  expect_finding("公開から半年で再生回数が900万回を超えた。", "anon-quasi-identifier", "公開から半年で再生回数が900万回を超えた", Severity::kWarning);
  expect_finding("2023年夏、桃のパフェを写した一本の動画が1,200万回再生された。", "anon-quasi-identifier",
                 "桃のパフェを写した一本の動画が1,200万回再生された", Severity::kWarning);
  expect_clean("練習の動画は300回再生された。");
  expect_finding("国内で同方式のラインを持つ事業者は同社を含めて二社にとどまる。", "anon-quasi-identifier",
                 "国内で同方式のラインを持つ事業者は同社を含めて二社にとどまる", Severity::kWarning);
  expect_finding("都内でこれより多くの台数を動かしている印刷会社は確認されていない。", "anon-quasi-identifier",
                 "都内でこれより多くの台数を動かしている印刷会社は確認されていない", Severity::kWarning);
  expect_finding("1908年から同じ浜辺の干し場で麺を干している。", "anon-quasi-identifier", "1908年から同じ浜辺の干し場で", Severity::kWarning);
  expect_finding("2024年春には経済紙の一面で「深絞り名人」として紹介された。", "anon-quasi-identifier", "2024年春には経済紙の一面で「深絞り名人」として紹介された", Severity::kWarning);
  expect_finding("2020年には地元のテレビ局が同社に密着した番組を放送した。", "anon-quasi-identifier", "2020年には地元のテレビ局が同社に密着した番組を放送した", Severity::kWarning);
  expect_finding("2010年公開の映画で舞台になった。", "anon-quasi-identifier", "2010年公開の映画で舞台になった", Severity::kWarning);
  expect_finding("店は道の駅しらかば街道の真向かいに直売小屋を構えている。", "anon-quasi-identifier", "道の駅しらかば街道の真向かい", Severity::kWarning);
  expect_finding("町内で手摘みの釜炒り茶を今も作っているのはうちの茶園だけだ。", "anon-quasi-identifier", "町内で手摘みの釜炒り茶を今も作っているのはうちの茶園だけだ", Severity::kWarning);
  expect_finding("園は那須どうぶつ王国の駐車場から車で3分の場所にある。", "anon-quasi-identifier", "那須どうぶつ王国の駐車場から車で3分の場所", Severity::kWarning);
  expect_finding("創業は文化三年、一八〇六年の秋と伝わる。", "anon-quasi-identifier", "創業は文化三年、一八〇六年の秋", Severity::kWarning);
  expect_finding("2019年の即位礼正殿の儀に伴う饗宴の儀で器が用いられた。", "anon-quasi-identifier", "2019年の即位礼正殿の儀に伴う饗宴の儀で器が用いられた", Severity::kWarning);
  expect_finding("工場は「国内ではうちと、もう一社あるかどうか」だという。", "anon-quasi-identifier", "工場は「国内ではうちと、もう一社あるかどうか」だという", Severity::kWarning);
  expect_finding("社長は「大正十一年四月一日に祖父が暖簾を上げたんよ」と話す。", "anon-quasi-identifier", "大正十一年四月一日に祖父が暖簾を上げ", Severity::kWarning);
  expect_finding("塾長は「県の中学生珠算大会で、うちの生徒が二〇二一年から四連覇しとる」と言う。", "anon-quasi-identifier",
                 "県の中学生珠算大会で、うちの生徒が二〇二一年から四連覇しとる", Severity::kWarning);
  expect_finding("開聞岳が真正面に見える蔵は、ここしかなかど。", "anon-quasi-identifier", "開聞岳が真正面に見える蔵は、ここしかなかど", Severity::kWarning);
  expect_no_error("「この町で写真館いうたら、昔はみんなここに来た」と話す。");
  expect_finding("同じ型の織機をいまも動かしている工房は、調べた限りほかに見つからなかった。", "anon-quasi-identifier",
                 "同じ型の織機をいまも動かしている工房は、調べた限りほかに見つからなかった", Severity::kWarning);
  expect_finding("転写紙を扱う会社は、今や国内に同社を含め二つしかない。", "anon-quasi-identifier",
                 "転写紙を扱う会社は、今や国内に同社を含め二つしかない", Severity::kWarning);
  expect_finding("店は彦根駅の東口と通りを挟んで向かい合う。", "anon-quasi-identifier", "彦根駅の東口と通りを挟んで向かい合う", Severity::kWarning);
  expect_clean("選択肢は二つしかない。代わりの職人はほかに見つからなかった。");
  expect_finding("2021年に年間水揚げ3,200トンを記録し、県内の一本釣り漁船としては過去最高となった。", "anon-quasi-identifier",
                 "2021年に年間水揚げ3,200トンを記録し、県内の一本釣り漁船としては過去最高となった", Severity::kWarning);
  expect_finding("岩手めんこいテレビの夕方ニュースで2022年に特集された。", "anon-quasi-identifier",
                 "岩手めんこいテレビの夕方ニュースで2022年に特集", Severity::kWarning);
  expect_clean("地元のテレビで紹介された。");
  expect_finding("明治二十七年三月に初代が菓子鍋一つで始めたという本店。", "anon-quasi-identifier", "明治二十七年三月に初代が菓子鍋一つで始め", Severity::kWarning);
  expect_finding("2018年に全国放送のバラエティ番組で名古屋土産として特集された。", "anon-quasi-identifier",
                 "2018年に全国放送のバラエティ番組で名古屋土産として特集", Severity::kWarning);
  expect_finding("R社は芸術の森公園の北口ゲート脇に工房と店を構える。", "anon-quasi-identifier", "芸術の森公園の北口ゲート脇", Severity::kWarning);
  expect_finding("新規先には、2021年に受けた「愛知ブランド企業」の認定も効いた。", "anon-quasi-identifier",
                 "2021年に受けた「愛知ブランド企業」の認定", Severity::kWarning);
  expect_finding("県内の道の駅のドレッシング売上で五年連続のトップを占めてきた。", "anon-quasi-identifier",
                 "県内の道の駅のドレッシング売上で五年連続のトップを占めてきた", Severity::kWarning);
  expect_clean("三年連続の減収だった。");
  expect_finding("食べログの「パン百名店」に2021年から3年続けて選ばれ、客が増えた。", "anon-quasi-identifier",
                 "食べログの「パン百名店」に2021年から3年続けて選ばれ、客が増えた", Severity::kWarning);
  expect_finding("- 由来: 蔵の帳面に天保12年（1841年）3月8日の初仕込みの記録が残る", "anon-quasi-identifier",
                 "天保12年（1841年）3月8日の初仕込み", Severity::kWarning);
  expect_finding("I社は宝暦元年の秋に酒造りを始めたと伝わる。", "anon-quasi-identifier", "宝暦元年の秋に酒造りを始め", Severity::kWarning);
  expect_finding("放送のあと、発売初日に1万2,400本を売り切った。", "anon-quasi-identifier", "放送のあと、発売初日に1万2,400本を売り切った", Severity::kWarning);
  expect_finding("屋号は「緑風園」、昭和二十九年十月に先代が開いた茶園である。", "anon-quasi-identifier", "昭和二十九年十月に先代が開い", Severity::kWarning);
  expect_finding("竹輪は、県内の土産物店での売上でこの十年ずっと一番手だという。", "anon-quasi-identifier",
                 "竹輪は、県内の土産物店での売上でこの十年ずっと一番手だという", Severity::kWarning);
  expect_finding("| 最多記録 | 2022年5月4日に本店で1,120杯を提供 |", "anon-quasi-identifier", "2022年5月4日に本店で1,120杯を提供", Severity::kWarning);
  expect_clean("これまで建てた家で一番手応えのあったものを聞いた。社長と長女に、それぞれ「5年後の牧場」を話してもらった。");
  expect_finding("屋号は「理想の店」という。", "anon-shop", "理想の店");
  expect_finding("F社はジーンズストリートに残る縫製工場では最も古く、自社ブランドを持つ。", "anon-quasi-identifier",
                 "F社はジーンズストリートに残る縫製工場では最も古く、自社ブランドを持つ", Severity::kWarning);
  expect_finding("| 沿革 | 1946年3月1日、創業者が焼け跡の鶴橋で活版印刷を始めた |", "anon-quasi-identifier",
                 "1946年3月1日、創業者が焼け跡の鶴橋で活版印刷を始めた", Severity::kWarning);
  expect_clean("1950年に創業者が亡くなった。");
  expect_finding("店として、開店初日に千二百個のクロワッサンを売り切った。", "anon-quasi-identifier",
                 "店として、開店初日に千二百個のクロワッサンを売り切った", Severity::kWarning);
  expect_finding("昭和二十二年の憲法記念日に、蔵の軒先の屋台から始まった店である。", "anon-quasi-identifier",
                 "昭和二十二年の憲法記念日に、蔵の軒先の屋台から始ま", Severity::kWarning);
  expect_finding("訪問診療専用の車両を県内でいち早く走らせた診療所だ。", "anon-quasi-identifier",
                 "訪問診療専用の車両を県内でいち早く走らせた診療所だ", Severity::kWarning);
  expect_finding("一社で完結させている例は、全国でも聞いたことがないと同業者は言う。", "anon-quasi-identifier",
                 "一社で完結させている例は、全国でも聞いたことがないと同業者は言う", Severity::kWarning);
  expect_finding("2016年の伊勢志摩サミットの晩餐会では同社のナイフが並んだ。", "anon-quasi-identifier",
                 "2016年の伊勢志摩サミットの晩餐会では同社のナイフが並んだ", Severity::kWarning);
  expect_finding("特選梅を2020年に売り出し、予約開始から11分で完売した。", "anon-quasi-identifier",
                 "特選梅を2020年に売り出し、予約開始から11分で完売した", Severity::kWarning);
  expect_clean("いち早く動いた。即日完売した。2019年に経営革新計画の認定を受けた。");
  expect_finding("製品にしているのは、国内で当社一社だと分かった。", "anon-quasi-identifier", "製品にしているのは、国内で当社一社だと分かった", Severity::kWarning);
  expect_finding("- 営業開始: 1952年7月1日", "anon-quasi-identifier", "1952年7月1日", Severity::kWarning);
  expect_finding("経済産業省の地域未来牽引企業（2020年選定）に名を連ねた。", "anon-quasi-identifier",
                 "経済産業省の地域未来牽引企業（2020年選定）に名を連ねた", Severity::kWarning);
  expect_finding("- 園地: 昭和三十八年十月に祖父が開墾した園地を含む", "anon-quasi-identifier", "昭和三十八年十月に祖父が開墾", Severity::kWarning);
  expect_finding("2022年の秋にはBS朝日の旅番組にも出ました。", "anon-quasi-identifier", "2022年の秋にはBS朝日の旅番組にも出ま", Severity::kWarning);
  expect_clean("新聞に出た。社員は二人きりだ。");
  // Said in dialect (batch 109): nobody else, the top, prizes and sales counted, a founding.
  expect_finding("そこまでしとる豆腐屋、奈良県内でほかに一軒もあらへんはずです。", "anon-quasi-identifier",
                 "そこまでしとる豆腐屋、奈良県内でほかに一軒もあらへんはずです", Severity::kWarning);
  expect_finding("府内で削ったんは、うちのほかに名前が挙がらへん。", "anon-quasi-identifier", "府内で削ったんは、うちのほかに名前が挙がらへん", Severity::kWarning);
  expect_finding("番組で紹介されて、発売初月だけで四万二千本売れたんです。", "anon-quasi-identifier",
                 "番組で紹介されて、発売初月だけで四万二千本売れたんです", Severity::kWarning);
  expect_finding("全国新酒鑑評会で九年続けて金賞をもろうとる。", "anon-quasi-identifier", "全国新酒鑑評会で九年続けて金賞をもろうとる", Severity::kWarning);
  expect_no_error("「この辺で写真館いうて、昔はみな来たもんじゃ」配車アプリなんか年寄りの乗務員が使えるわけがない。");
  // A claim in a quote's second sentence ends at the quote's close.
  expect_finding("社長は「図案帳を受け継いどる。日本でここにしかない色ですけん」と言う。", "anon-quasi-identifier",
                 "日本でここにしかない色ですけん", Severity::kWarning);
  // Traps: the press without a year; a third shop opened, a few customers, views in hundreds, the same way since a year,
  // more than this without a scope's "nobody".
  expect_clean("三軒目の店舗を出した。取引先は3社にとどまる。動画の再生回数は300回ほどだった。");
  expect_clean("2020年から同じ方法で作っている。これより多くの注文を受けるには人が要る。");
  expect_clean("地元のテレビ局が密着した番組を放送し、新聞に取り上げられた。");
}

TEST(AnonymityQuasiIdentifier, KanjiDigitYearsTheFirmAsTheMeasureAndTheLastFewOfACraft_AreWarnings) {
  expect_finding("創業は一九七一年七月一日で、それ以来続く。", "anon-quasi-identifier", "創業は一九七一年七月一日", Severity::kWarning);
  expect_finding("独立し、二〇一二年十月一日に会社を設立した。", "anon-quasi-identifier", "二〇一二年十月一日に会社を設立", Severity::kWarning);
  expect_finding("社長は「平成九年の五月十二日、父が農協を辞めた翌日に会社を作った」と話す。", "anon-quasi-identifier",
                 "平成九年の五月十二日、父が農協を辞めた翌日に会社を作", Severity::kWarning);
  expect_finding("社長は「京都の漬物屋でうちより古い帳面を持つ店はないはず」と胸を張る。", "anon-quasi-identifier",
                 "京都の漬物屋でうちより古い帳面を持つ店はないはず", Severity::kWarning);
  expect_finding("千八百食出したことがあり、市内の蕎麦屋でこれを超えた話は聞かない。", "anon-quasi-identifier",
                 "千八百食出したことがあり、市内の蕎麦屋でこれを超えた話は聞かない", Severity::kWarning);
  expect_finding("「柳刃をこの長さまで研げる者は、堺にもう三人しかいない」と語る。", "anon-quasi-identifier",
                 "柳刃をこの長さまで研げる者は、堺にもう三人しかいない", Severity::kWarning);
  expect_finding("2018年には地元紙の連載で古い原板が紹介された。", "anon-quasi-identifier", "2018年には地元紙の連載で古い原板が紹介", Severity::kWarning);
  expect_finding("店は2020年の春には関西ローカルの夕方の情報番組で取り上げられた。", "anon-quasi-identifier",
                 "店は2020年の春には関西ローカルの夕方の情報番組で取り上げられた", Severity::kWarning);
  expect_finding("店は阪神電車の新開地駅の西改札を出て南へ、高架下の商店街の入口に立つ角の店だ。", "anon-quasi-identifier",
                 "阪神電車の新開地駅の西改札を出て南へ、高架下の商店街の入口", Severity::kWarning);
  // Traps: a payroll and a stock counted after もう; the press by its year alone; a firm
  // larger than this one; a signboard standing in front of a station.
  expect_clean("社員はもう3人しかいない。在庫はもう2台しかない。2019年にテレビで紹介された。");
  expect_finding("2021年には全国誌の美容特集で表紙のヘアを手がけた。", "anon-quasi-identifier", "2021年には全国誌の美容特集", Severity::kWarning);
  expect_clean("2022年に雑誌の特集を読んだ。");
  expect_clean("うちより大きい会社はいくらでもある。駅前に立つ看板を直した。");
}

TEST(AnonymityQuasiIdentifier, AGroupInAScopeWithDeWaAndTheYoungest_AreClaims) {
  expect_finding("社員の平均年齢は27歳で、県内の工務店では最も若い。", "anon-quasi-identifier",
                 "社員の平均年齢は27歳で、県内の工務店では最も若い", Severity::kWarning);
  expect_finding("「県内の蔵じゃ一番北っ側で寒いのが売りだ」", "anon-quasi-identifier", "「県内の蔵じゃ一番北っ側で寒いのが売りだ」",
                 Severity::kWarning);
  // Traps: the firm's own inside; the speaker once.
  expect_clean("社内では一番若い。当時は私が一番若かった。");
}

TEST(AnonymityQuasiIdentifier, OnePlaceDescribedInTwoClauses_IsOneFinding) {
  expect_finding("店は倉敷美観地区の中橋のたもとに建ち、大原美術館と川を挟んで向き合う。", "anon-quasi-identifier",
                 "倉敷美観地区の中橋のたもとに建ち、大原美術館と川を挟んで向き合う", Severity::kWarning);
  // The way to the place and the turn it ends in belong to it.
  expect_finding("店は高崎駅西口から大通りを進み、高崎市役所の手前の信号を右に折れたところにある。", "anon-quasi-identifier",
                 "高崎駅西口から大通りを進み、高崎市役所の手前の信号を右に折れたところ", Severity::kWarning);
  expect_finding("筏は宇和島の湾の一番奥、九島大橋の真下の筏だ。", "anon-quasi-identifier", "宇和島の湾の一番奥、九島大橋の真下の筏",
                 Severity::kWarning);
  expect_finding("店はJR松本駅お城口から徒歩3分、あがたの森通りとの交差点に面した2階建てだ。", "anon-quasi-identifier",
                 "JR松本駅お城口から徒歩3分、あがたの森通りとの交差点に面した2階建てだ", Severity::kWarning);
  // Traps: a clause of another kind before it; a branch opened near a station.
  expect_finding("売上が伸びて人を増やし、九島大橋の真下の筏で育てる。", "anon-quasi-identifier", "九島大橋の真下の筏", Severity::kWarning);
  expect_clean("昨年は売上が伸び、高崎駅の西口に二号店を出した。");
  // Two sentences are two findings.
  expect_finding("店は中橋のたもとにある。大原美術館と川を挟んで向き合う。", "anon-quasi-identifier", "中橋のたもと",
                 Severity::kWarning);
  expect_finding("店は中橋のたもとにある。大原美術館と川を挟んで向き合う。", "anon-quasi-identifier",
                 "大原美術館と川を挟んで向き合う", Severity::kWarning);
}

TEST(AnonymityQuasiIdentifier, SharesOfTheFirmsMakeTheFewRankedAndQuotedClaimsOfAFact_AreWarnings) {
  expect_finding("業務用おろし金では全国の約4割を同社製が占める。", "anon-quasi-identifier", "業務用おろし金では全国の約4割を同社製が占める", Severity::kWarning);
  expect_finding("県内に残る茶園はわずか3軒で、そのうち創業が最も古いのがU社だ。", "anon-quasi-identifier",
                 "県内に残る茶園はわずか3軒で、そのうち創業が最も古いのがU社だ", Severity::kWarning);
  expect_finding("真円度0.05マイクロメートルの加工は、展示会で同業から「他に例がない」と言われた。", "anon-quasi-identifier",
                 "真円度0.05マイクロメートルの加工は、展示会で同業から「他に例がない」と言われた", Severity::kWarning);
  expect_finding("2024年の能登半島地震で工房が全壊し、同年10月18日に仮設の工房で仕事を再開した。", "anon-quasi-identifier",
                 "2024年の能登半島地震で工房が全壊し、同年10月18日に仮設の工房で仕事を再開した", Severity::kWarning);
  expect_finding("2023年8月13日に両店あわせて1,280杯を売った一日の最高記録をもとに決めた。", "anon-quasi-identifier",
                 "2023年8月13日に両店あわせて1,280杯を売った一日の最高記録をもとに決めた", Severity::kWarning);
  expect_finding("| 由緒 | 加賀藩前田家の御用菓子司を務めたと藩の記録に残る |", "anon-quasi-identifier",
                 "加賀藩前田家の御用菓子司を務めたと藩の記録に残る", Severity::kWarning);
  // Traps: a claim in the speaker's words stays in the quote; the great earthquake and a loss
  // told of many firms; a founding day before the disaster.
  expect_finding("店主は「もう市内でうちしか残っていない」と言う。", "anon-quasi-identifier", "もう市内でうちしか残っていない", Severity::kWarning);
  expect_clean("東日本大震災により旧工場が全壊した後、補助金を活用して再建した。");
  expect_clean("4月1日に新しい倉庫を借り、震災復興の工事が終わると受注は半減した。");
}

TEST(AnonymityProduct, TheFirmsOwnServiceAndGoodsSoldUnderAName_AreNames) {
  expect_finding("社長は自社サービスの「シフトミル」を伸ばしたいと語った。", "anon-product", "シフトミル");
  expect_finding("案内を台本にまとめ、「桜島ぐるり一周プラン」として旅行会社に卸した。", "anon-product", "桜島ぐるり一周プラン");
  // Ordinary words counted as goods sold or a service taken: a warning for the reviewer.
  expect_finding("減塩梅干しの「ひとつぶの朝」は通販で年間五千箱を売った。", "anon-product", "ひとつぶの朝", Severity::kWarning);
  expect_finding("出張撮影の「まちの記録便」は二年で年間五十件の依頼を受けた。", "anon-product", "まちの記録便", Severity::kWarning);
  expect_finding("請け負う「まるごと販促パック」は、三年で売上の三割を占める。", "anon-product", "まるごと販促パック", Severity::kWarning);
  expect_clean("「見える化」は二年で30件の改善を生んだ。「常連さん向けの回数券」は月に40枚売れた。");
  expect_finding("「かにみそ煎餅 浜の輪」は直売所の通年の主力になり、夏も売れた。", "anon-product", "かにみそ煎餅 浜の輪", Severity::kWarning);
  expect_finding("訪問歯科の「はみがき便」は近隣の介護施設8か所と契約した。", "anon-product", "はみがき便", Severity::kWarning);
  // (With the flagship as the topic, the goods' name is an error: 看板は…「椿月最中」で、.)
  expect_finding("看板は栗を一粒包んだ「椿月最中」で、売上の六割を占める。", "anon-product", "椿月最中");
  expect_finding("髪の状態を記録する『カミカルテ』というサービスを始めた。", "anon-product", "カミカルテ");
  expect_finding("看板料理の「白えびバーガー 氷見の朝」は昼も売れている。", "anon-product", "白えびバーガー 氷見の朝");
  expect_clean("「見える化」は県内の3社に採用された。「地域の皆さん」が主力になった。");
  expect_finding("| 銘柄 | 「鷺ノ森」 |", "anon-product", "鷺ノ森");
  expect_finding("- 即席汁「湖のあさげ」の売上: 年約2,400万円", "anon-product", "湖のあさげ", Severity::kWarning);
  expect_finding("それを商品にしたのが、ひのき材の「ひのきのゆりかご」です。", "anon-product", "ひのきのゆりかご", Severity::kWarning);
  expect_clean("こうして生まれたのが「地元の味を大切にする」という考えだ。");
  expect_finding("- ブランド名: はなれ菜", "anon-product", "はなれ菜");
  expect_clean("- 商品名: 未定");
  // Traps: an answer in quotes; それぞれ before a shop word.
  expect_clean("社長は少し考えて「ボリュームのある惣菜パン」と答え、話を始めた。親方と職人にそれぞれ工房の10年後を尋ねた。");
  // Traps: a notion quoted after the firm's own goods or service.
  expect_clean("自社商品の「価値」を見直した。自社サービスの「安心」を伝えた。自社サービスの「見える化」を進めた。");
}

TEST(AnonymityPerson, AFamilysPlaceInAnInnIsARoleNotASurname) {
  expect_finding("- 後継者: 若旦那 竹節 健斗（30代）", "anon-person", "竹節 健斗");
  expect_finding("若旦那の竹節が継いだ。", "anon-person", "竹節");
  EXPECT_EQ(find(check("- 後継者: 若旦那 竹節 健斗（30代）"), "anon-person", "若旦那 竹節"), nullptr);
}

TEST(AnonymityCorporateNumber, ADigitMoreOrLessAfterItsLabel_IsTheNumberMistyped) {
  expect_finding("- 法人番号: ４１６００００１００４４１９", "anon-corporate-number", "４１６００００１００４４１９");
  expect_finding("- 法人番号: 416000010044", "anon-corporate-number", "416000010044");
  // Without the label, twelve or fourteen digits are no corporate number.
  expect_no_error("受付番号は41600001004419で、伝票は416000010044だった。");
}

TEST(AnonymityAddress, LotNumbersInKanjiDigits_AreAddresses) {
  expect_finding("| 所在地 | 西牟婁郡白浜町堅田二五〇八番地の十三 |", "anon-address", "西牟婁郡白浜町堅田二五〇八番地の十三");
  expect_finding("店は恵那市大井町西町一一〇三番地にあり、", "anon-address", "恵那市大井町西町一一〇三番地");
  expect_clean("経営の一丁目一番地だ。");
}

TEST(AnonymityPostal, KanjiDigitsAfterTheMark_AreAPostalCode) {
  expect_finding("郵送の案内には〒四一三‐〇〇一二の住所を刷り直した。", "anon-postal", "〒四一三‐〇〇一二");
  expect_clean("三一三‐〇〇一二のような番号は書かない。");
}

TEST(AnonymityPerson, ASurnameNoDictionaryKnowsAfterARole_IsForAReviewer) {
  expect_finding("原価表を専務の濱渦と一緒につくった。", "anon-person", "専務の濱渦", Severity::kWarning);
  expect_finding("職人の舳倉が来た。", "anon-person", "舳倉", Severity::kWarning);
  expect_clean("担当の金沢と福井が伸びた。");
  // Traps: one word the dictionary knows, a word and a suffix, kin, a side.
  expect_clean("専務の判断と社長の一存で決めた。職人の腕前は確かだ。乗務員の高齢化が進む。");
  expect_clean("パートの人件費が増えた。女将の母娘が迎える。医院の南隣に建つ。");
}

TEST(AnonymityPerson, RitesAStudioWorksFor_AreNoNames) {
  expect_clean("- 館主：七五三と成人式の撮影が秋と冬に集中し、夏は閑散としている。\n- 七五三の前撮りを夏に行う割引を設けた。");
}

TEST(AnonymityPerson, KinAsOwnersSpeakOfThem_AreRoles) {
  // Where one comes from and how long one has worked head a katakana name as roles do.
  expect_finding("韓国出身のユナが入った。", "anon-person", "ユナ");
  expect_finding("入社四年目のエリカは話す。", "anon-person", "エリカ");
  expect_clean("若手のアイデアは採用された。若手の蔵人二人が来た。東京出身のスタッフが多い。");
  // A brewery's name after a common word the dictionary knows is a firm for a reviewer.
  expect_finding("仕入れの柱は蔵元の汐見酒造だが、知られていない。", "anon-company", "汐見酒造", Severity::kWarning);
  expect_clean("地元酒造の集まりに出た。");
  expect_finding("店主は「親父の源三が元気なうちは、変えられんしょや」と言う。", "anon-person", "源三");
  expect_finding("ヘルプで来てくれる甥っ子の大介は、店をやりたいと言う。", "anon-person", "大介");
  expect_clean("親父の代から続く店だ。母ちゃんの味を守る。");
  // A given name MeCab reads as a place after a role (長男・拓海と): SKK's list tells.
  expect_finding("後継予定の長男・拓海とも面談を重ねた。", "anon-person", "拓海");
  expect_clean("社長の京都出張に同行した。娘の大阪への進学が決まった。");
}

TEST(AnonymityPerson, ListsHeadedByATaskAndAColon_AreLists) {
  expect_finding("社内の体制表には「営業: 宇佐美、二瓶、ホアン」と並ぶ。", "anon-person", "宇佐美、二瓶、ホアン");
  expect_finding("流れを書き出した（受注：渡部、経理：五十嵐）。", "anon-person", "渡部");
  // Traps: tasks listed after a task; the task said with の.
  expect_clean("営業：新規開拓、既存深耕\n製造: 午前、午後の二交代\n営業の強化が課題だ。");
}

TEST(AnonymityPerson, SpeakersInMinutesByRoleAndName_AreErrors) {
  expect_finding("- 社長 鴫原蒼一郎：「最中が売れているうちは、ほかを考えない」", "anon-person", "鴫原蒼一郎");
  expect_finding("- 院長 蛯子俊：「訪問の依頼が増えている」", "anon-person", "蛯子俊");
  expect_finding("- 二代目 瀬戸内大吾：「観光シーズンは麺が足りない」", "anon-person", "瀬戸内大吾");
  expect_finding("・運行管理者 弟子丸剛：団体客が消えた。", "anon-person", "弟子丸剛");
  // Joined by の too, when the run reads as a name (a listed surname, or a word the dictionary
  // does not know).
  expect_finding("- 職人の阿部田：「手間のわりに値段が安い」", "anon-person", "阿部田");
  expect_finding("- マスターの黛：「祭りの日以外は常連が減る」", "anon-person", "マスターの黛");
  expect_clean("- 社長の話：「まず数字」\n- スタッフの一人：「忙しい」\n- 女将の事務時間：毎日2時間\n- 社長の本音：「きつい」");
  // A department before の heads a name as a role does.
  expect_finding("- 第2回会議：山林部の浜渦が「端材で作った」と話した。", "anon-person", "浜渦");
  expect_clean("都市部の住民が減った。山間部の集落を回った。");
  // Traps: what was said, or no one, after the role; a role in running text.
  expect_clean("- 社長 発言：「最中が売れている」\n- 社長 コメント：なし\n- 社長：「まずは数字を見る」");
  expect_clean("議題は社長 交代：時期を決める。");
}

TEST(AnonymityPerson, AGenerationOfTheLineAndMoreJobs_AreRoles) {
  expect_finding("三代目の勘解由小路 薫は「父の代からの取引先」と言う。", "anon-person", "勘解由小路 薫");
  expect_finding("- 運行管理者: 中家 伸也", "anon-person", "中家 伸也");
  expect_finding("現場代理人の濵田 ちひろは「橋の点検は細かい」と言う。", "anon-person", "濵田 ちひろ");
  expect_clean("三代目の店主は若い。二代目の時代に建てた。");
}

TEST(AnonymityPerson, NamesInBracketsAfterACountOfPeople_AreWarnings) {
  expect_finding("専門家は、若手の二人（早乙女・茂木）に棚を任せた。", "anon-person", "早乙女・茂木", Severity::kWarning);
  expect_finding("製造ラインの担当者二人（小倉と神保）と計測した。", "anon-person", "小倉と神保", Severity::kWarning);
  expect_finding("送迎担当の名簿（喜多、辰巳、松葉）と運行表を突き合わせた。", "anon-person", "喜多、辰巳、松葉", Severity::kWarning);
  expect_finding("工程表には担当者名（宗像・木全）しかない。", "anon-person", "宗像・木全", Severity::kWarning);
  expect_clean("営業、製造、品質管理の三部門が別々に動いた。");
  // Traps: jobs, sexes and kinds of staff in the brackets.
  expect_clean("社員2名（営業・製造）で回している。職人2人（男性・女性）がいる。スタッフ2名（パート・アルバイト）がいる。");
}

TEST(AnonymityCompany, TheFirmsOwnChannelsAndListsOfUnits_AreNoNames) {
  expect_clean("自社サイト経由の比率は1割から3割に上がった。自社EC経由の注文が増えた。");
  expect_clean("取引先ごと・ロットごとの採算が分からない。");
  expect_no_error("社長は「桃は岡山白桃の名前で売れる」と話した。");
}

TEST(AnonymityCompany, LiquorTradersPotteryTradersBusesRayonAndRobotics_AreFirmsEndings) {
  expect_finding("問屋のマルミ陶商さん向けの業務用食器だ。", "anon-company", "マルミ陶商");
  expect_finding("受注の九割が東邦ロボテック一社で、減産した。", "anon-company", "東邦ロボテック");
  expect_finding("糸は北陸レーヨンから預かって織る。", "anon-company", "北陸レーヨン", Severity::kWarning);
  expect_clean("地元の観光バスが減った。酒販の免許を取った。");
}

TEST(AnonymityCompany, AStreetOrDistrictAfterAFirmsSuffix_IsNoFirm) {
  expect_no_error("店は元町商店街の入口にある。戸越銀座商店街で二店目を出した。");
  expect_clean("閑静な住宅街に工房を構える。");
  // The firm itself is still found, also right before a word of place.
  expect_finding("山田商店の前の通りで売った。", "anon-company", "山田商店");
}

TEST(AnonymityProduct, AQuoteBottledOrPackedUnderItsNameOrMadeTheFacesOfSales_IsAProduct) {
  expect_finding("店で使うたれを「まる八の黒だし」として瓶詰めにした。", "anon-product", "まる八の黒だし");
  expect_finding("最上位の『深蒸し一番摘み 翠峰』を直販の顔に据えた。", "anon-product", "深蒸し一番摘み 翠峰");
  expect_finding("「紅ほのか」が一番の売れ筋だ。", "anon-product", "紅ほのか");
  // Trap: a quote that says how, not what, before 小分け.
  expect_clean("「一回分ずつ」小分けにした。");
}

TEST(AnonymityProduct, AnUnquotedNameEndingInAKindOfGoodsAfterTheFirmsMainline_IsForAReviewer) {
  expect_finding("売上の7割を占める八女路最中は贈答向けに人気がある。", "anon-product", "八女路最中", Severity::kWarning);
  expect_finding("主力の八女路最中は人気だ。", "anon-product", "八女路最中", Severity::kWarning);
  // Traps: a kind of goods described, a channel of sales, a partner.
  expect_clean("主力の手作り大福は売れる。売上の半分を占める法人向けは伸びた。主力の取引先は三社だ。");
}

TEST(AnonymityProduct, ACoinedNameWithKanaBeforeAKindOfGoodsInQuotes_IsForAReviewer) {
  expect_finding("ただ、売上の七割を占める「雪灯り最中」は観光客頼みだ。", "anon-product", "雪灯り最中", Severity::kWarning);
  expect_finding("「黒糖ちんすこうラテ」を出した。", "anon-product", "黒糖ちんすこうラテ", Severity::kWarning);
  expect_finding("「あか牛ひつまぶし御膳」は高い。", "anon-product", "あか牛ひつまぶし御膳", Severity::kWarning);
  // Traps: descriptions, ingredients or a way of cooking before the kind, a kind alone.
  expect_clean("「どこにでもあるりんごジュース」では売れない。");
  expect_clean("「ボリュームのある惣菜パン」は少ない。");
  expect_clean("「玉ねぎドレッシング」「すだちポン酢」「焼き豆腐」「木綿豆腐」は定番だ。「夏こそ最中」と書いた。");
  expect_clean("「子どもに食べさせたいパン」を目指した。「萩焼のカップで出てくるコーヒー」が評判だ。");
}

TEST(AnonymityShop, AKindOfShopAndItsNameSaidWithNo_NamesTheShop) {
  expect_finding("窯元の名は「宗陶窯」。", "anon-shop", "宗陶窯");
  expect_clean("直売所の名前は「未定」だ。");
  // A signboard in quotes shaped as a shop: any kind of shop or goods before the blank.
  expect_finding("「よもぎ餅 かすが屋」は、五重塔を見上げる角にある。", "anon-shop", "よもぎ餅 かすが屋");
  expect_finding("直売所の名前は「ももの里 岡本果樹園」。", "anon-shop", "ももの里 岡本果樹園");
}

TEST(AnonymityShop, ShopKindsInKanaAndListsOfThem_AreNoShops) {
  expect_clean("近所の居酒屋やうどん屋さん、ホテルの朝食向けに提案した。せんべい屋さんに寄った。");
  expect_clean("食堂やそば屋に卸している。");
  // A kana name before a shop's ending still is one.
  expect_finding("居酒屋やまびこ亭を営む。", "anon-shop", "居酒屋やまびこ亭");
  expect_finding("ひまわり屋さんに寄った。", "anon-shop", "ひまわり屋");
}

TEST(AnonymityCompany, TheStandardIndustrialClassification_IsNoFirm) {
  expect_clean("業種は日本標準産業分類の「学術研究，専門・技術サービス業」に含まれる。");
  expect_clean("産業分類では小売業にあたる。");
}

TEST(AnonymityCompany, WhereTheNameIsKeptOut_IsNoName) {
  expect_no_error("取引先は7社。社名は会議の記録では伏せる。会社名は会議の記録では伏せる。屋号は資料には書かない。");
  // (After 社名の, a name before では is still the name.)
  expect_finding("社名の英虞湾パールでは問屋に知られているだけだ。", "anon-company", "英虞湾パール");
  // A name said right before で still is one.
  expect_finding("社名は富士五湖トラベルバスで、社員は30名だ。", "anon-company", "富士五湖トラベルバス");
}

TEST(AnonymityProduct, GoodsDescribedThenNamedAfterABlank_AreNamesAfterAKeyword) {
  expect_finding("自社ブランド「紅がにほぐし 浜の匠」は直販サイトで定番となった。", "anon-product", "紅がにほぐし 浜の匠");
  expect_finding("主力商品は「すだち香るドレッシング 青い実」。", "anon-product", "すだち香るドレッシング 青い実");
  expect_finding("目玉商品の「巴もなか」が売れた。", "anon-product", "巴もなか");
  // Traps: a signboard's words, the main customers, goods of a kind after the blank.
  expect_clean("看板の「文字」を書き直した。主力は「地元のお客様」だ。");
  // What a sign says, and the firm's own customers after 主力の, are no goods' names.
  expect_clean("看板の「営業中」の札を出した。主力の「地元のお客様」を大切にする。");
  expect_finding("新ブランド「地元の恵み」を立ち上げた。", "anon-product", "地元の恵み");
}

TEST(AnonymityQuasiIdentifier, RegionalBrandsNotablesTablesAndBroadcastsInTitles_AreWarnings) {
  // A regional brand's list, unquoted, with its year.
  expect_finding("2020年度に愛知ブランド企業の認定を受けた。", "anon-quasi-identifier", "2020年度に愛知ブランド企業の認定を受けた",
                 Severity::kWarning);
  expect_finding("2021年に市のものづくりブランド認定を受けた。", "anon-quasi-identifier", "2021年に市のものづくりブランド認定を受けた",
                 Severity::kWarning);
  // Notables served, a satellite supplied, a drama's props, the goods laid in a named hall.
  expect_finding("2016年のサミットで各国首脳の晩餐に出た肉はうちの牛。", "anon-quasi-identifier", "2016年のサミットで各国首脳の晩餐に出た肉はうちの牛",
                 Severity::kWarning);
  expect_finding("去年から国際線ファーストクラスで出してもらってる。", "anon-quasi-identifier", "去年から国際線ファーストクラスで出してもらってる",
                 Severity::kWarning);
  expect_finding("同年打ち上げの小型衛星に姿勢制御用の部品を供給した。", "anon-quasi-identifier", "同年打ち上げの小型衛星に姿勢制御用の部品を供給した",
                 Severity::kWarning);
  expect_finding("2019年にNHKの連続テレビ小説の小道具として器が使われた。", "anon-quasi-identifier", "2019年にNHKの連続テレビ小説の小道具として器が使われた", Severity::kWarning);
  expect_finding("成田山新勝寺の大本堂の畳を2018年に納めた。", "anon-quasi-identifier", "成田山新勝寺の大本堂の畳を2018年に納め", Severity::kWarning);
  // A broadcaster named in the title of a programme that showed the firm.
  expect_finding("去年は『NHKニュースおはよう日本』の全国枠で窯焚きが流れた。", "anon-quasi-identifier",
                 "『NHKニュースおはよう日本』の全国枠で窯焚きが流れ", Severity::kWarning);
  // Traps: a brand of one's own, a plain certificate, a meal, a song, tatami sold.
  expect_clean("2022年に自社ブランドを立ち上げた。2019年に経営革新計画の承認を受けた。");
  expect_clean("2021年の忘年会で出た料理は好評だった。『NHKのど自慢』で流れた曲を店で流した。");
  expect_clean("2018年に畳を納めた先は地元の公民館だった。");
}

TEST(AnonymityQuasiIdentifier, APlaceRightBeforeTheClaimsDe_ScopesIt) {
  expect_finding("柳井でいちばんだ。", "anon-quasi-identifier", "柳井でいちばんだ", Severity::kWarning);
  // (A group of one character in that place: 柳井の蔵で.)
  expect_finding("甘露醤油の仕込み量では柳井の蔵でいちばんだ。", "anon-quasi-identifier",
                 "甘露醤油の仕込み量では柳井の蔵でいちばんだ", Severity::kWarning);
  // Traps: the first in a life or a firm, a wish.
  expect_clean("人生でいちばんの失敗だった。社内でいちばん若い。");
}

TEST(AnonymityQuasiIdentifier, HeritageHousesRoadsideStationsAndBuildingsCounted_AreLandmarksAndWays) {
  expect_finding("店は白壁の町並みの真ん中、国森家住宅の斜め向かいにある。", "anon-quasi-identifier",
                 "白壁の町並みの真ん中、国森家住宅の斜め向かい", Severity::kWarning);
  // A roadside station's name, which may end in は as a town's does.
  expect_finding("園は道の駅うきはから東へ四百メートルの場所にある。", "anon-quasi-identifier",
                 "道の駅うきはから東へ四百メートルの場所", Severity::kWarning);
  // Buildings counted with つ along the side of a named road.
  expect_finding("店はお城の大手門から南へ下って、大手前通りの西側三つ目のビルの一階だ。", "anon-quasi-identifier",
                 "お城の大手門から南へ下って、大手前通りの西側三つ目のビルの一階", Severity::kWarning);
  // Traps: a farmhouse, the roadside station as a kind, a third shop opened.
  expect_clean("古い農家住宅の向かいにある。道の駅で売っている。道の駅へは毎日納品している。三つ目の店を出した。");
}

TEST(AnonymityQuasiIdentifier, ATradesHousesUnderAName_ScopeAClaimAmongThem) {
  expect_finding("和倉の旅館のなかで客室露天風呂の付いた部屋の割合がもっとも高い。", "anon-quasi-identifier",
                 "和倉の旅館のなかで客室露天風呂の付いた部屋の割合がもっとも高い", Severity::kWarning);
  // Traps: common words before the trade, the firm's own goods.
  expect_clean("大手の旅館のなかで最も高い。自社の商品のなかで最も高い。取引先の工場のなかで最も高い。");
}

TEST(AnonymityQuasiIdentifier, RoundSixtyThreesClaimsRecordsShowsAndNotables_AreWarnings) {
  expect_finding("手延べでは日本一細かって言われとる。", "anon-quasi-identifier", "手延べでは日本一細かって言われとる", Severity::kWarning);
  expect_finding("熊本でうちともう一軒だけだ。", "anon-quasi-identifier", "熊本でうちともう一軒だけだ", Severity::kWarning);
  expect_finding("県内の浜で誰より早く、翌年の秋には養殖を再開した。", "anon-quasi-identifier",
                 "県内の浜で誰より早く、翌年の秋には養殖を再開した", Severity::kWarning);
  expect_finding("この比率で県内の同業にU社と肩を並べる会社はない。", "anon-quasi-identifier",
                 "この比率で県内の同業にU社と肩を並べる会社はない", Severity::kWarning);
  expect_finding("東京の百貨店の催事で、一日に3,800パック売ったことがある。", "anon-quasi-identifier", "一日に3,800パック",
                 Severity::kWarning);
  expect_finding("2017年にミラノ・ウニカへ初めて出展した。", "anon-quasi-identifier", "2017年にミラノ・ウニカへ初めて出展した",
                 Severity::kWarning);
  expect_finding("2016年のG7伊勢志摩サミットで、各国首脳への贈呈品に同社の大皿が選ばれた。", "anon-quasi-identifier",
                 "2016年のG7伊勢志摩サミットで、各国首脳への贈呈品に同社の大皿が選ばれた", Severity::kWarning);
  expect_finding("2023年に米国の料理番組『Chef's Table』の一話で同ブランドの包丁が使われ、注文が殺到した。", "anon-quasi-identifier",
                 "2023年に米国の料理番組『Chef's Table』の一話で同ブランドの包丁が使われ", Severity::kWarning);
  // Traps: a thin slice, an early start, a pack a day, a first show without a year.
  expect_clean("麺を細く切った。朝は誰より早く起きる。一日に3パック使う。展示会に初めて出展した。");
}

TEST(AnonymityQuasiIdentifier, ADayAHouseWasOpenedAsWhatItIs_IsAWarning) {
  expect_finding("明治四十四年の四月一日に湯治場として開かれてから、団体客に支えられてきた。", "anon-quasi-identifier",
                 "明治四十四年の四月一日に湯治場として開か", Severity::kWarning);
  // Traps: a meeting held on a day, an app's orders.
  expect_clean("2024年4月1日に開かれた説明会に出た。");
  expect_no_error("アプリからの配車が増えた。アプリからの注文は全体の四割になった。");
}

TEST(AnonymityQuasiIdentifier, TwoFactsToldInOneBreath_AreOneFinding) {
  expect_finding("高速の餅つき実演が2019年に海外メディアで取り上げられ、動画の再生は1,200万回を超えた。", "anon-quasi-identifier",
                 "高速の餅つき実演が2019年に海外メディアで取り上げられ、動画の再生は1,200万回を超えた", Severity::kWarning);
  // Facts in two sentences stay two.
  const Problems problems = check("2019年に海外メディアで取り上げられた。動画の再生は1,200万回を超えた。");
  EXPECT_EQ(problems.size(), 2u) << describe(problems);
}

TEST(AnonymityQuasiIdentifier, AClaimGoesOnOverTheFigureItMeasured) {
  expect_finding("ギネス世界記録に認定された、高さ3.2メートルのガラスのツリーがある。", "anon-quasi-identifier",
                 "ギネス世界記録に認定された、高さ3.2メートルのガラスのツリーがある", Severity::kWarning);
  expect_finding("日田でいちばん長か、二十四メートルの杉ば挽いた記録がある。", "anon-quasi-identifier",
                 "日田でいちばん長か、二十四メートルの杉ば挽いた記録がある", Severity::kWarning);
  // A clause without a measure or a record after it is not taken in.
  expect_finding("県内で唯一の蔵元で、社員は12名だ。", "anon-quasi-identifier", "県内で唯一の蔵元で", Severity::kWarning);
}

TEST(AnonymityQuasiIdentifier, AQualifiedTradeUnderANameAndAMoat_ScopeAndPlace) {
  expect_finding("1952年創業で、呉の造船所の協力会社のうち最も古い。", "anon-quasi-identifier",
                 "1952年創業で、呉の造船所の協力会社のうち最も古い", Severity::kWarning);
  expect_finding("宇和海の養殖業者の中で二番目に多い。", "anon-quasi-identifier", "宇和海の養殖業者の中で二番目に多い",
                 Severity::kWarning);
  expect_finding("蔵は大仙堀に面した石垣の上の蔵だ。", "anon-quasi-identifier", "大仙堀に面した石垣の上の蔵", Severity::kWarning);
  // Traps: the firm's own partners, customers, a fishing pond.
  expect_clean("自社の協力会社のうち最も大きい。取引先のうち最も古い。釣り堀に面した席がある。");
}

TEST(AnonymityQuasiIdentifier, KinkiDenialsKilnFiresDatedTitlesAndObjectsBeforeTheirVerb_AreWarnings) {
  expect_finding("三十二台のうち十台がEVで、中国地方の運送屋でこの比率を超えるとこはまだ聞かん。", "anon-quasi-identifier",
                 "三十二台のうち十台がEVで、中国地方の運送屋でこの比率を超えるとこはまだ聞かん", Severity::kWarning);
  expect_finding("藩の御用窯の流れをくみ、寛永年間から一度も火を絶やさずに続いてきた。", "anon-quasi-identifier",
                 "藩の御用窯の流れをくみ、寛永年間から一度も火を絶やさずに続いてきた", Severity::kWarning);
  expect_finding("2018年には全国放送のグルメ番組に「行列の絶えない一軒」として登場した。", "anon-quasi-identifier",
                 "全国放送のグルメ番組に「行列の絶えない一軒」として登場", Severity::kWarning);
  expect_finding("国の登録有形文化財になっている洋館を、そのまま撮影スタジオとして使っている。", "anon-quasi-identifier",
                 "国の登録有形文化財になっている洋館を、そのまま撮影スタジオとして使っている", Severity::kWarning);
  expect_finding("大桶を使っとるのは、県内じゃうちぐらいだら。", "anon-quasi-identifier", "大桶を使っとるのは、県内じゃうちぐらいだら",
                 Severity::kWarning);
  // Traps: a feature without a date, a fire put out, a denial of a rumour.
  expect_clean("雑誌の特集で「町の本屋」として紹介された。窯の火を落とした。そんな話は聞かん。");
}

TEST(AnonymityCompany, AShareOfAKindOfFirm_IsNoName) {
  expect_clean("業者のおよそ七割が使う。業者のおよそ半数が使う。業者の七割が使う。");
  // A name that opens with a prefix MeCab reads as one of numbers still is one.
  expect_finding("出荷先は問屋のまるまつ製茶にほぼ限られた。", "anon-company", "まるまつ製茶");
}

TEST(AnonymityQuasiIdentifier, AShareOfATradeThatUsesTheFirmsGoods_IsAClaim) {
  expect_finding("道内の除雪業者のおよそ七割が、うちの配車システムを入れてる。", "anon-quasi-identifier",
                 "道内の除雪業者のおよそ七割が、うちの配車システムを入れてる", Severity::kWarning);
  // Traps: the firm's own sales mix.
  expect_clean("売上の七割が、うちの看板商品だ。");
}

TEST(AnonymityQuasiIdentifier, ARecordOfAnEventWithItsFigure_IsAClaim) {
  expect_finding("三日間で八百個が売れ、同店の工芸品催事として過去最高の数字になった。", "anon-quasi-identifier",
                 "三日間で八百個が売れ、同店の工芸品催事として過去最高の数字になった", Severity::kWarning);
  // Without a figure it says nothing to look up.
  expect_clean("催事として過去最高の賑わいだった。");
}

TEST(AnonymityQuasiIdentifier, RoundsFiftyToSixtyTwosNotablesRecordsClaimsAndPlaces_AreWarnings) {
  // (Each is found somewhere in its sentence; the spans are pinned by the corpus test.)
  expect_quasi_identifier_in_each({
           "昭和天皇の御料食器ば焼いた。",
           "創業者は1964年の東京五輪で聖火トーチの部品を削った職人だ。",
           "2017年に皇太子ご夫妻（当時）が工房を訪ねてくださった。",
           "1975年には朝ドラのロケにも使われた。",
           "店は平城宮跡の朱雀門の真南、歩いて一分だ。",
           "店は時の鐘のちょうど向かいにある。",
           "鈴鹿サーキットのグランドスタンド改修を1999年に手がけた。",
           "国内で売られる競技用スキー手袋のおよそ3割を縫っている。",
           "IWC2022のSAKE部門で純米吟醸がゴールドを獲った。",
           "DXセレクション2023で準グランプリ。",
           "替え玉の注文が一晩で1,130玉に達した。",
           "いまも全量を甕で仕込む蔵は、県内ではここを除いて途絶えた。",
           "全国探しても、樽丸をこしらえとるとこは指折って三つ。",
           "上賀茂で代々すぐきを作ってきた農家十一軒のうちの一軒だ。",
           "昭和50年から一度も休まず、49季続けて出荷しとる。",
           "無事故の連続記録は4,380日だ。",
           "2015年の道議選の投票用紙は全部うちで刷った。",
           "本葛の餡を皮ごと焼くんは、いまうちとこしかあらへん。"});
  // Traps: a pottery class, a fire at home, a short visit by customers, the shop's own first.
  expect_clean("器を焼いた。客が工房を訪ねてくれた。全部自分で刷った。今年は一度も休まずに通った。");
}

TEST(AnonymityQuasiIdentifier, TrophiesCollectionsFirstsWeeklyShowsAndTheEastmost_AreWarnings) {
  expect_quasi_identifier_in_each({
           "IWC2022のSAKE部門でトロフィー。",
           "作品は国立工芸館にも収蔵されている。",
           "会津大学発ベンチャーの第一号として2001年7月に設立した。",
           "地元ケーブルテレビの教育番組に毎週出演している。",
           "本土で最も東にある漁港を母港とする。",
           "東大寺南大門の前の乗り場を一社で任されとる。",
           "2021年に米ニューヨーク・タイムズの日曜版で工房が紹介された。",
           "毎年二十人以上が受かってて、県内の個人塾やったらこの数は一番や。"});
  // Traps: a trophy on a shelf, the firm's first product, a show watched, east of the office.
  expect_clean("棚にトロフィーを飾った。新商品の第一号ができた。番組を毎週見ている。事務所の東にある倉庫を借りた。");
}

TEST(AnonymityQuasiIdentifier, ADaysCountsBunchesTreatmentsAndTheOneOfTwo_AreWarnings) {
  expect_quasi_identifier_in_each({
           "その年の大晦日には1日で612人を入れた。",
           "2022年、梅まつりで花束が1日に1,200束売れた。",
           "開院からの延べ施術数が二〇二三年に十万回を超えた。",
           "市内でここにしか着物を丸洗いできる設備がない。",
           "開店の日に千四百十二個焼いて全部売り切った。",
           "令和四年は一年で三百トン揚げて、漁協でも今までにない数字や。",
           "北木島でいまも採掘を続ける丁場はわずか二つで、そのうちの一つだ。"});
  // Traps: a round day's count, a bunch of flowers, one of two options.
  expect_clean("1日で600人が来た。花束を1束買った。案は二つで、そのうちの一つを選んだ。");
}

TEST(AnonymityQuasiIdentifier, ATradesHousesUnderANameScopeWideClaimsAndADatedIssue_AreWarnings) {
  expect_finding("年間62万尾で、宇和海の業者の中では頭ひとつ抜けている。", "anon-quasi-identifier",
                 "年間62万尾で、宇和海の業者の中では頭ひとつ抜けている", Severity::kWarning);
  expect_finding("日経MJの2023年1月23日号に専任の若手2人が登場した。", "anon-quasi-identifier", "日経MJの2023年1月23日号に専任の若手2人が登場した",
                 Severity::kWarning);
  expect_clean("大手の業者の中では頭ひとつ抜けている。");
}

TEST(AnonymityProduct, ACoinedKanjiNameBeforeAKindOfGoodsInQuotes_IsForAReviewer) {
  expect_finding("売上の半分を「雪見栗最中」が占める。", "anon-product", "雪見栗最中", Severity::kWarning);
  // Traps: where and how the goods are made, goods before the kind.
  expect_clean("「国産小麦食パン」が売れた。「自家製羊羹」が売れた。「栗最中」が売れた。");
}

TEST(AnonymityPerson, WhatARoleSaysAfterAColonInMinutes_IsNoName) {
  // Minutes give the speaker's role and a colon, then what was said.
  expect_no_error("- 社長: 桃園は約3ヘクタール。\n- 社長: 広島風お好み焼きの店向けに地ソースを作る。\n- 社長: 石見神楽の衣装を作っている。");
  // A list of names after a task and a colon is still one.
  expect_finding("担当: 山田、佐藤", "anon-person", "山田、佐藤");
  expect_finding("副店長: 小鳥遊に話を聞く。", "anon-person", "小鳥遊");
  // Seafood preserves in kana are kinds, not names.
  expect_no_error("- 「かにみそ」の瓶詰めなど加工度の高い品目を増やす案も出た。");
}

TEST(AnonymityAddress, LotsEndedByANumberAfterBanAndLotsInKanjiDigits_AreAddresses) {
  expect_finding("三次市東酒屋町字中原1002番3にある。", "anon-address", "三次市東酒屋町字中原1002番3");
  expect_finding("直売所は宮崎市佐土原町下田島二一〇三の二にある。", "anon-address", "宮崎市佐土原町下田島二一〇三の二");
  // Traps: numbered turns, a machine's model in kanji digits.
  expect_clean("1番2番と順に回る。旧式のユニオンスペシャル四三〇〇番を使う。");
}

TEST(AnonymityPerson, ASpeakerWhoseSurnameHoldsKeOrNo_IsNamedInFull) {
  expect_finding("- 板長の藤ヶ谷隆之介: 新幹線の客を当てにした。", "anon-person", "板長の藤ヶ谷隆之介");
  expect_finding("- 社長 井ノ上誠：話した。", "anon-person", "井ノ上誠");
  expect_clean("板長の判断で決めた。");
}

TEST(AnonymityQuasiIdentifier, AGateLeftAndTurnedRightAt_IsALocation) {
  expect_finding("窯は萩城跡の指月公園の東門を出てすぐ右にある。", "anon-quasi-identifier", "萩城跡の指月公園の東門を出てすぐ右",
                 Severity::kWarning);
}

TEST(AnonymityQuasiIdentifier, RoundSixtyFoursNearestHighestListedAndOpenedOnADay_AreWarnings) {
  expect_quasi_identifier_in_each({"「ゲストハウス すなのわ」は、鳥取砂丘の馬の背に一番近い宿として知られる。",
                           "S社は長野県内に残る酒蔵のうち、もっとも標高の高い場所で仕込みを続ける蔵元である。",
                           "倒れた煉瓦の煙突を2017年に積み直し、翌年に市の景観重要建造物に指定された。",
                           "一号店は平成十年七月七日、七夕の日に暖簾を掛けた。"});
  // Traps: near a station with no name, a building designated with no year.
  expect_clean("駅に一番近い店で買った。");
}

TEST(AnonymityPerson, AKatakanaWordJoinedByADotAfterARole_OpensAForeignName) {
  expect_finding("オーナーのマーク・ホワイトは英国出身だ。", "anon-person", "オーナーのマーク・ホワイト");
  expect_clean("社長のマーク・デザインの案を見た。");
}

TEST(AnonymityQuasiIdentifier, AClaimGoesOnOverTheClauseItWasFirstIn) {
  expect_finding("埼玉のトラック事業者として一番乗りで、国の働きやすい職場認証を2020年に取った。", "anon-quasi-identifier",
                 "埼玉のトラック事業者として一番乗りで、国の働きやすい職場認証を2020年に取った", Severity::kWarning);
  // A clause with its own subject is another fact.
  expect_finding("県内で唯一の蔵元で、社員は12名だ。", "anon-quasi-identifier", "県内で唯一の蔵元で", Severity::kWarning);
}

TEST(AnonymityAddress, ADistrictOpeningWithNagaAfterATown_IsNoMayor) {
  expect_finding("所在地は甲賀市信楽町長野1187。", "anon-address", "甲賀市信楽町長野1187");
  expect_clean("町長が来た。市長選があった。");
}

TEST(AnonymityProduct, ANameInDoubleBracketsRightAfterAKindOfGoods_IsForAReviewer) {
  expect_finding("パンの『雪うさぎ』が売れた。", "anon-product", "雪うさぎ", Severity::kWarning);
  // Traps: how goods are used, a book's title after no goods.
  expect_clean("ドレッシングの『使い方』を書いた。冊子『地域の歩み』を読んだ。");
}

TEST(AnonymityCompany, ALatinWordAfterWhatAFirmRunsOrAnApparelMaker_IsAFirmForAReviewer) {
  expect_finding("首都圏でオイスターバーを展開するOCEANIAが買い取る。", "anon-company", "OCEANIA", Severity::kWarning);
  expect_finding("提携先の式場を運営するBellmareから依頼が回る。", "anon-company", "Bellmare", Severity::kWarning);
  expect_finding("欧州のアパレルRanbellから引き合いがあった。", "anon-company", "Ranbell", Severity::kWarning);
  // A platform firms use is none.
  expect_clean("店舗を運営するShopifyで売る。");
}

TEST(AnonymityCompany, ANameAfterItsScriptOrInKanaBeforeAFirmsEnding_IsTheFirmsName) {
  expect_finding("社名はカタカナでクライス、登記もそうだ。", "anon-company", "クライス");
  expect_finding("社名はあだたら不動産だ。", "anon-company", "あだたら不動産");
  expect_clean("社名はそのままだ。社名はカタカナで書く。");
}

TEST(AnonymityQuasiIdentifier, AClaimPointingBackToTheSentenceBefore_TakesItIn) {
  expect_finding("吊り編み機を百二十台動かしている。この台数は国内の工場で最も多い。", "anon-quasi-identifier",
                 "吊り編み機を百二十台動かしている。この台数は国内の工場で最も多い", Severity::kWarning);
  // A claim that points nowhere stays in its sentence.
  expect_finding("工場を建てた。国内の工場で最も多い台数だ。", "anon-quasi-identifier", "国内の工場で最も多い台数だ",
                 Severity::kWarning);
}

TEST(AnonymityQuasiIdentifier, RoundSixtyFoursSpeechNamedDaysAndShowings_AreWarnings) {
  expect_quasi_identifier_in_each({"父が昭和六十三年の七夕に会社をこしらえて、加工に手ぇ出した。",
                           "昭和四十一年の体育の日に先代が一台のトラックで始めた。",
                           "2020年にはNHKの『美の壺』でも工房を映してもろた。",
                           "この精度で量産できるんは府内でも三社あるかないかや。",
                           "2023年度の大阪ものづくり優良企業賞にも選ばれました。",
                           "このあたりの茶農家で石臼を自前で回しとるとこは、他に一軒も聞かへん。",
                           "コロナの前は京都で年間の利用者数が二番目やったんどす。"});
  // Traps: a named day with nothing begun, a count of a second try.
  expect_clean("2023年の七夕に短冊を飾った。二番目の案を選んだ。");
}

TEST(AnonymityShop, AQuoteWithSanAfterAKindOfShopOrKnownByItsNameInSpeech_IsAName) {
  expect_finding("ちょうどその頃、土産物店の『鹿の音』さんから相談があった。", "anon-shop", "鹿の音");
  expect_finding("会社は昔から『みよし交通』で通っとる。", "anon-company", "みよし交通");
  expect_no_error("店の「常連」さんが来た。");
}

TEST(AnonymityProduct, ANameRightAfterItsKindOfGoodsOrABrandWord_IsForAReviewer) {
  expect_finding("ギフト商品をブランド紅の雫として売り出した。", "anon-product", "紅の雫", Severity::kWarning);
  expect_finding("自社ブランドのバスタオルふわり雲を企画した。", "anon-product", "ふわり雲", Severity::kWarning);
  // Traps: a word of the goods' use, a kind after a kind, a particle, a dictionary word.
  expect_clean("ソース用の箱を企画した。タオルセットを企画した。パンより食パンが売れた。ドレッシングタイプを開発した。");
  // (Nor an industry, nor a word of making in the next clause: the benchmark corpus's coined text.)
  expect_clean("自社製品サービス業を営む同社では、幹部と主力製品の関係が曖昧だった。");
}

TEST(AnonymityShop, ASayingThatOpensWithAKindOfShop_IsNoSignboard) {
  expect_clean("二人とも「ふぐ料理こそ宿の誇り」と口をそろえた。");
  expect_finding("伊勢の「餅処 五十鈴屋」を営む。", "anon-shop", "餅処 五十鈴屋");
}

TEST(AnonymityQuasiIdentifier, TheFirstCaseSaidAsThisAndTheHouseCountedOnAWay_AreWarnings) {
  expect_finding("島根県内の介護事業所で外国籍の職員が施設長になったのは、これが最初の例だという。", "anon-quasi-identifier",
                 "島根県内の介護事業所で外国籍の職員が施設長になったのは、これが最初の例だという", Severity::kWarning);
  expect_finding("西条駅から酒蔵通りを東へ歩いて五番目に見える赤煉瓦の煙突が目印だ。", "anon-quasi-identifier",
                 "西条駅から酒蔵通りを東へ歩いて五番目に見える赤煉瓦の煙突", Severity::kWarning);
  expect_clean("これが最初の一歩だ。");
}

TEST(AnonymityQuasiIdentifier, RoundSixtyFivesDialectClaimsTitlesAndRites_AreWarnings) {
  expect_quasi_identifier_in_each({"うちは文政二年の暖簾で、城下に残っとる菓子屋では一番の古株やさけ。",
                           "一日に七百丁売った日のあるとが、うちの記録ですもん。",
                           "2023年のIOFT（国際メガネ展）でアイウエア・オブ・ザ・イヤーを受けた。",
                           "2020年にはアメリカの雑誌『Kinfolk』に写真が載り、注文が増えた。",
                           "五島で、椿の実ば玉搾りで一粒ずつ搾っとる工場はほかになかです。",
                           "2019年の即位の礼で、宮殿の控えの間に敷かれた畳の表はうちが織ったとです。"});
  // Traps: the oldest of one's own, a record of one's own without a figure.
  expect_clean("社内では一番の古株だ。うちの記録をつけた。");
}

TEST(AnonymityProduct, AKindOfGoodsAloneInANamingFrame_IsNoNameButItsWordsBeforeMayBe) {
  expect_finding("マグは藍いろマグの名で直販することにした。", "anon-product", "藍いろマグ");
  expect_clean("マグの名で売る。");
}

TEST(AnonymityProduct, AQuoteTheFirmShipsUnder_NamesAProduct) {
  expect_finding("松葉がにを「紅の誉」として出荷した。", "anon-product", "紅の誉");
  // A public brand others ship under is said in the passive: 「太陽のタマゴ」として出荷され.
  expect_no_error("基準を満たしたものが「太陽のタマゴ」として出荷され、全国的に知られている。");
}

TEST(AnonymityShop, BranchesListedByTheirPlaces_AreForAReviewer) {
  expect_finding("店は清水坂店、祇園白川店の二つどした。", "anon-shop", "清水坂店", Severity::kWarning);
  expect_finding("店は清水坂店、祇園白川店の二つどした。", "anon-shop", "祇園白川店", Severity::kWarning);
  // Kinds of shop in a list are none.
  expect_clean("百貨店、専門店、量販店に卸す。喫茶店、洋菓子店を回った。");
}

TEST(AnonymityShop, ASchoolsOrAnOfficesBranchByItsStationAndTownsThatOpenWithDai_AreForAReviewer) {
  expect_finding("2017年には大館駅前教室も開いた。", "anon-shop", "大館駅前教室", Severity::kWarning);
  expect_finding("喫茶店は大須観音前店が本店だ。", "anon-shop", "大須観音前店", Severity::kWarning);
  expect_finding("介護の拠点は仙台駅前事業所に集めた。", "anon-shop", "仙台駅前事業所", Severity::kWarning);
  // Traps: kinds of class and office by no place, a size before the station.
  expect_clean("通信教室と料理教室を開いた。西事業所と中央事業所がある。大型駅前店が増えた。");
}

TEST(AnonymityShop, AKindOfShopABlankAndANameOfKanjiOrKatakana_IsAnError) {
  expect_finding("冬場は客が減る。そば処 かや野の名前で長くやってきた。", "anon-shop", "そば処 かや野");
  expect_finding("店はひもの屋 浜善として親しまれてきました。", "anon-shop", "ひもの屋 浜善");
  expect_finding("常連は居酒屋 灯に集まる。", "anon-shop", "居酒屋 灯");
  // Traps: a place after a home's name is no name of its own (ひだまりの家 布施), nor a branch
  // after a signboard (駅東店).
  EXPECT_EQ(find(check("ひだまりの家 布施で預かる。"), "anon-shop", "家 布施"), nullptr);
  EXPECT_EQ(find(check("餃子の店は宇都宮みんみん 駅東店が近い。"), "anon-shop", "駅東店"), nullptr);
}

TEST(AnonymityQuasiIdentifier, TheFirmAndOneMoreCountedWithACounter_IsAClaim) {
  expect_finding("鯖江ではうちともう一軒だ。", "anon-quasi-identifier", "鯖江ではうちともう一軒だ", Severity::kWarning);
  expect_finding("チタンの丁番をこの細さで削れるがは、鯖江でもうちともう一軒くらいやざ。", "anon-quasi-identifier",
                 "チタンの丁番をこの細さで削れるがは、鯖江でもうちともう一軒くらいやざ", Severity::kWarning);
  // (市内一円 is still no claim.)
  expect_clean("配達は市内一円だ。");
}

TEST(AnonymityQuasiIdentifier, ARecordPriceThatWasTheFirmsAndTheFirstToStartInAPlace_AreClaims) {
  expect_quasi_identifier_in_each({"黄色いタグの付いた初競りで、一杯三百十万円の値が付いたがは、うちの船が揚げたカニやった。",
                                   "宮崎の地鶏屋で、もも焼きを真っ黒に焼くとを最初に始めたとは、うちの先代ちゃが。"});
  expect_clean("この作業を最初に始めたのは先代だ。");
}

TEST(AnonymityQuasiIdentifier, RecordsNobodyBeatTitleMatchesTopPricesAndTheLastKin_AreWarnings) {
  expect_quasi_identifier_in_each({"一日で千二百個売り切ったことがあって、天神橋筋ではいまだに誰も抜いてへん数らしいです。",
                                   "2022年の名人戦第3局で対局者が手にしたものだ。",
                                   "2021年のズワイガニ初競りで一匹500万円の最高値が付いたかにを揚げた船の船長でもある。",
                                   "細岡展望台まで年に1,800回、組合の記録なんですよ。",
                                   "この打ち型を彫れる職人は、県内にもう私の叔父しか残っていない。"});
  // Traps: records kept in a notebook, a stock running low.
  expect_clean("仕込みの記録は県の手帳にしか残っていなかった。在庫は3個しか残っていない。");
}

TEST(AnonymityQuasiIdentifier, FewFirmsSaidRoughlyOrInDialectAndTheLastMakersOfACraft_AreClaims) {
  expect_finding("鯖江でもチタンのロウ付けを手作業でやる工房は5軒ほどしかないと伺いました。", "anon-quasi-identifier",
                 "鯖江でもチタンのロウ付けを手作業でやる工房は5軒ほどしかないと伺いました", Severity::kWarning);
  expect_finding("社長は「姫路で白なめしの技術を持っとる職人は、もう4人しかおらへんのや」と話した。", "anon-quasi-identifier",
                 "姫路で白なめしの技術を持っとる職人は、もう4人しかおらへんのや", Severity::kWarning);
  expect_quasi_identifier_in_each({"社長は「県内で手焼きを続けてるのは、もううぢだけだべ」と話す。",
                                   "「岩手で気密測定を全棟でやってる工務店は、うちしかいねえんだべ」",
                                   "冷凍車を30台以上持つのは府南部で3社だけと言われます。",
                                   "南茅部昆布は真昆布の加工量で道南一だが、規格外品は売れない。"});
  // Traps: a payroll, a rough count of customers, a government, うぢ in no claim.
  expect_clean("社員は3人ほどしかいないが、職人は皆ベテランだ。取引先は5社ほどしかない。");
  expect_clean("政府で3社だけが選ばれた制度ではない。");
}

TEST(AnonymityQuasiIdentifier, ACountOfPeopleAtASiteNamedByItsPlace_IsAWarning) {
  expect_finding("堺の本社工場に41名が働いていますが、採算は誰も見ていません。", "anon-quasi-identifier", "堺の本社工場に41名",
                 Severity::kWarning);
  expect_finding("読谷の本体事業所には職員23名がいます。", "anon-quasi-identifier", "読谷の本体事業所には職員23名",
                 Severity::kWarning);
  expect_finding("株式会社かぐやニットとして、広陵町の工場で31人が靴下を編んでいる。", "anon-quasi-identifier", "広陵町の工場で31人",
                 Severity::kWarning);
  expect_finding("東糀谷の工場で働く従業員17人のうち半数が60代だ。", "anon-quasi-identifier", "東糀谷の工場で働く従業員17人",
                 Severity::kWarning);
  expect_finding("北区の営業所に所属する乗務員38名のうち女性が14名となった。", "anon-quasi-identifier", "北区の営業所に所属する乗務員38名",
                 Severity::kWarning);
  // Traps: a rough count, a site named by no place, a count of customers at a shop.
  expect_clean("堺の本社工場には約40名が勤めている。本社工場に41名が働いている。工場で働く従業員17人。");
  expect_clean("駅前の店舗で3人が接客する。");
}

TEST(AnonymityQuasiIdentifier, ATownsPaperPrintedAndAStallAtANamedMarket_AreWarnings) {
  expect_finding("堺市の広報紙を45年間ずっと刷り続けてきた会社です。", "anon-quasi-identifier", "堺市の広報紙を45年間ずっと刷り続けてきた",
                 Severity::kWarning);
  expect_finding("店主：宮川朝市に50年続けて店を出しているが、冬は客が減る。", "anon-quasi-identifier", "宮川朝市に50年続けて店を出している",
                 Severity::kWarning);
  // Traps: a paper of no named town, a market by its kind.
  expect_clean("市の広報紙を刷り続けてきた。地元の朝市に店を出している。");
}

TEST(AnonymityQuasiIdentifier, AFirmBegunByKinInADatedYearAndATradeKeptToSinceAnOldYear_AreFoundings) {
  const char* text = "店主：山内とうふ店は大正12年に祖父が勝山で始めた店だ。";
  const Problems problems = check(text);
  const Problem* founding = find(problems, "anon-quasi-identifier", "大正12年に祖父が勝山で始めた店だ");
  ASSERT_NE(founding, nullptr) << describe(problems);
  expect_finding("北越ルーフ工業は長岡で1932年から屋根一筋でやってきた。", "anon-quasi-identifier", "1932年から屋根一筋",
                 Severity::kWarning);
  expect_finding("創業は1913年、吉野川沿いの鮨屋から始まりました。", "anon-quasi-identifier", "創業は1913年、吉野川沿いの鮨屋から始ま",
                 Severity::kWarning);
  // Traps: a practice a father began, a year from which a trade is kept after 1950.
  expect_clean("1990年に父が始めた取り組みを続けている。");
  EXPECT_FALSE(has_rule(check("1992年から屋根一筋でやってきた。"), "anon-quasi-identifier"));
}

TEST(AnonymityQuasiIdentifier, ANationalPaperByItsShortName_IsAnAppearance) {
  expect_finding("2019年10月の日経MJに掲載されてから問い合わせが増えた。", "anon-quasi-identifier", "2019年10月の日経MJに掲載",
                 Severity::kWarning);
  // Trap: reading the paper is no appearance in it.
  EXPECT_FALSE(has_rule(check("社長は毎朝日経新聞を読む。"), "anon-quasi-identifier"));
}

TEST(AnonymityShop, ADishTheDictionaryTakesForAPlaceBeforeItsShop_IsAKindOfShop) {
  // IPAdic reads カレー as a place: スープ|カレー|店 is no branch named by its place.
  expect_clean("今日の一件目は、札幌のスープカレー店です。スープカレー店を営む。");
}

TEST(AnonymityQuasiIdentifier, RoundSixtyEightsClaimsCountsAndHonours_AreWarnings) {
  expect_quasi_identifier_in_each({"亀城通りで一軒だけの佃煮店になりました。",
                                   "根室で花咲がにのかご漁を営む船は今は4隻しかなく、その1隻です。",
                                   "看板銘柄は2023年の熊本国税局酒類鑑評会で首席を取りました。",
                                   "2022年の全国推奨観光土産品審査会で入賞した話も書きます。",
                                   "社長：株式会社つくば北運輸はドライバー38名、うちつくば営業所に31名です。",
                                   "社長：宇都宮の工房に正社員7名、パート14名です。"});
  expect_finding("創業1952年、旧海軍工廠を退職した職工3人で始めた会社だ。", "anon-quasi-identifier",
                 "創業1952年、旧海軍工廠を退職した職工3人で始め", Severity::kWarning);
  // Traps: as planned, a prize entered, boats counted with no claim.
  expect_clean("予定通りで一軒だけ回った。品評会への入賞を目指す。船は4隻ある。");
}

TEST(AnonymityProduct, TheFlagshipsKindOfGoodsAndWhatIsSaidOfIt_IsNoName) {
  // Batch 198's clean error: 看板の|最中の原価 is the cost of the flagship monaka.
  expect_no_error("看板の最中の原価を見える化し、値上げに踏み切った。看板のソースの仕込みを任せた。");
  // A name after the standing stays: 看板の黒千石は.
  expect_finding("看板の黒千石は毎年売り切れる。", "anon-product", "黒千石");
}

TEST(AnonymityQuasiIdentifier, RoundSixtyNinesOnlyHousesSetNetsAndRightInFront_AreWarnings) {
  expect_quasi_identifier_in_each({"奄美で女性だけで仕込む蔵は一つしかないという事実を前面に出した。",
                                   "「村でたった一つの酒造所だから、やめるわけにはいかない」と社長。",
                                   "「この湾で定置網を持つのは3統だけ。だからこそ値打ちを決めたい」と漁労長。",
                                   "店は海鮮処 みくに丸といい、東尋坊の駐車場の真ん前にある。"});
  // Traps: one way left, one more shop, a net counted with no claim.
  expect_clean("方法は一つしかない。たった一つの店で始めた。定置網は3統ある。");
}

TEST(AnonymityShop, AKindOfShopABlankAndAKanaNameBeforeDeOrNi_IsASignboard) {
  expect_finding("母ちゃんがやっとる海女小屋 はまなすで焼き牡蠣食べた人が多い。", "anon-shop", "海女小屋 はまなす");
  // Trap: goods, a blank and kana before で stay the goods rules' (no name of a label there).
  expect_no_error("林檎最中 ゆっくりで作る。");
}

TEST(AnonymityProduct, OrdinaryWordsInBracketsRightAfterTheirKind_AreForAReviewer) {
  expect_finding("売れ筋の千枚漬け「雪化粧」の冬場に頼り、夏場は赤字が続いた。", "anon-product", "雪化粧", Severity::kWarning);
  expect_finding("店頭で売るざる寄せ豆腐「白雲」と厚揚げは量が読めない。", "anon-product", "白雲", Severity::kWarning);
  // Traps: the quote stresses the compound the two make (和菓子離れ, 日本酒ブーム, スイーツ男子, 三種).
  EXPECT_FALSE(has_rule(check("若い客の和菓子「離れ」に悩んでいた。焼き菓子「三種」の箱は分かりにくい。日本酒「ブーム」に乗った。"
                              "スイーツ「男子」向けの品。"),
                        "anon-product"));
}

TEST(AnonymityCorpus, WithoutDictionary_RecallStaysAtItsFloor) {
  const AnonymityEvaluation evaluation = evaluate_anonymity_corpus(
      kTestData + "/anonymity", anonymity_evaluation_context(kTestData + "/../corpus/anonymity-allow.txt"), nullptr);
  const std::string table = format_anonymity_evaluation(evaluation, false);
  EXPECT_GE(evaluation.overall().recall(), kRecallFloorWithoutDictionary) << table;
  EXPECT_LE(evaluation.clean_error_share(), kCleanErrorShareCeilingWithoutDictionary) << table;
}

TEST(AnonymityQuasiIdentifier, AHeadcountWithItsSiteNamedAfterIt_IsAWarning) {
  expect_finding("Q社は公共工事を主とする建設会社で、社員27名（都城本社）を抱える。", "anon-quasi-identifier",
                 "社員27名（都城本社）", Severity::kWarning);
  expect_finding("従業員23名の秋田工場で二交代の生産を続けてきた。", "anon-quasi-identifier", "従業員23名の秋田工場",
                 Severity::kWarning);
  // Traps: the kind of work at the site says nothing of where.
  EXPECT_FALSE(has_rule(check("従業員38名の縫製工場で、社員22名の町工場や利用者31名の通所介護事業所と並ぶ。"), "anon-quasi-identifier"));
}

TEST(AnonymityShop, AKanaNameBeforeATradesShopWord_IsAShop) {
  expect_finding("やまぶき豆腐店の名で70年続くM社は、朝4時から豆腐を作る。", "anon-shop", "やまぶき豆腐店");
  expect_finding("D社が営むのは、ひだまりファームという直売所だ。", "anon-shop", "ひだまりファーム");
  expect_finding("まるやま精肉店とかどや酒店が並ぶ。", "anon-shop", "かどや酒店");
  // Traps: a district, and goods the dictionary knows before the shop word (what is sold there).
  expect_no_error("金沢のひがし茶屋街に店を出す。みたらし茶屋で団子を売る。うどん茶屋も多い。いちごファームを見学した。");
}

TEST(AnonymityQuasiIdentifier, TheLastLeftInAScopeWithNi_IsAWarning) {
  expect_finding("柳ケ瀬商店街に最後まで残った呉服店として、街歩きの案内にも載る。", "anon-quasi-identifier",
                 "柳ケ瀬商店街に最後まで残った呉服店として", Severity::kWarning);
  // Trap: people who stayed to the end, in no scope.
  EXPECT_FALSE(has_rule(check("最後まで残った社員が店を支えた。"), "anon-quasi-identifier"));
}

TEST(AnonymityPerson, ARoleAfterARoleBeforeAColon_IsWhoSpeaks) {
  // Batch 202's clean errors: minutes name the speaker by two roles.
  expect_no_error("- パートのリーダー：「アジアからのお客様は、写真を見せて同じものを探しに来られます」\n"
                  "- アルバイトのリーダー：「常連のお客様は麺の固さにこだわります」");
  // A name after the role stays one.
  expect_finding("- 職人の阿部田：「はい」", "anon-person", "阿部田");
}

TEST(AnonymityShop, GoodsAndAKindOfShopInQuotes_IsANickname) {
  // Batch 202's clean error: an inn known for its crab, not by a name.
  expect_no_error("女将は「カニの宿」で通ってきた自負があり、冬以外の売り方を考えてこなかった。");
  // After 屋号は it is the name all the same.
  expect_finding("屋号は「カニの宿」だ。", "anon-shop", "カニの宿");
}

TEST(AnonymityQuasiIdentifier, AHeadcountAtASiteNamedByItsStationsExit_IsAWarning) {
  expect_finding("郡山駅東口の本社に従業員87名が勤める。", "anon-quasi-identifier", "郡山駅東口の本社に従業員87名",
                 Severity::kWarning);
  expect_finding("北川村の柏木集落で従業員14人が働く。", "anon-quasi-identifier", "北川村の柏木集落で従業員14人", Severity::kWarning);
  // Trap: a station with no place named.
  EXPECT_FALSE(has_rule(check("駅前の本店に17名が勤める。"), "anon-quasi-identifier"));
}

TEST(AnonymityShop, ACareHomesKindABlankAndAName_IsASignboard) {
  expect_finding("Y社は下関市でケアホーム はまかぜの家を運営する。", "anon-shop", "ケアホーム はまかぜ");
  // Trap: the kinds alone.
  expect_clean("ケアホームの職員が話す。宅老所で過ごす。ショートステイの利用が増えた。");
}

TEST(AnonymityProduct, AQuoteSoldUnderItForAUse_IsAName) {
  expect_finding("原木から接いだ樹の梨を「百年のしずく」として贈答用に売る。", "anon-product", "百年のしずく");
  // Trap: a grade of goods sold for a use.
  expect_no_error("規格外の梨を「訳あり品」として家庭用に売る。");
}

TEST(AnonymityQuasiIdentifier, TheLastFewOfACraftInACleftAndCareOfficesCounted_AreWarnings) {
  expect_quasi_identifier_in_each({"県内の家具職人で、桐の隅丸加工ができるのは今や3人しかいない。",
                                   "市内で24時間対応の小児訪問看護をしているのはここを入れて2事業所。"});
  // Traps: a payroll, in no scope; a count of offices with no claim.
  EXPECT_FALSE(has_rule(check("この加工ができるのは今や3人しかいない。事業所は2事業所ある。"), "anon-quasi-identifier"));
}

TEST(AnonymityShop, ANameOfTwoWordsJoinedByTo_IsReadWhole) {
  expect_finding("本店はベーカリー麦とロバ、もう1店は麦とロバ 霞ケ関駅前店。", "anon-shop", "ベーカリー麦とロバ");
  // Traps: two shops in a list stay two findings.
  const Problems problems = check("仙台駅前の牛たん炭焼き 伊達屋と菓子工房 ことりに卸す。");
  EXPECT_NE(find(problems, "anon-shop", "菓子工房 ことり"), nullptr) << describe(problems);
}

TEST(AnonymityQuasiIdentifier, ABoatNamedInKanaAfterItsNumber_IsAVessel) {
  expect_finding("主力の船は第三ちどり丸。", "anon-quasi-identifier", "第三ちどり丸", Severity::kWarning);
  expect_finding("第八コスモ丸が入港した。", "anon-quasi-identifier", "第八コスモ丸", Severity::kWarning);
  // Trap: an ordinal before a particle.
  EXPECT_FALSE(has_rule(check("第一に丸ごと使う。第二の丸太を運ぶ。"), "anon-quasi-identifier"));
}

TEST(AnonymityPerson, AKatakanaNameAloneBeforeAColonInMinutes_IsTheSpeaker) {
  expect_finding("議事録にはこうある。「ヒョードル：待機が毎日2時間。これが一番きつい」", "anon-person", "ヒョードル");
  expect_finding("- グエン・バン・ナム：段取りを見直したい。", "anon-person", "グエン・バン・ナム");
  // Traps: who speaks by role, in words the dictionary knows or ending as roles do.
  expect_no_error("「ドライバー：はい」「パート：はい」\n- ヘッドブルワー：主力の仕込みを増やす。");
}

TEST(AnonymityProduct, ASentenceGivingTheNameAfterItsKeyword_IsAName) {
  expect_finding("親戚も加わった。商品名は陽だまり吊るし。", "anon-product", "陽だまり吊るし");
  expect_finding("商品名は浜の朝です。", "anon-product", "浜の朝");
  // Traps: a clause after the keyword (a clean file's 商品名は伏せた）), a name not yet given.
  expect_no_error("取引先の商品名は伏せた）。商品名は中身を表すだけだった。商品名は後で決める。商品名は未定です。");
}

TEST(AnonymityProduct, AServiceNamedRightAfterItsKindAndTaken_IsForAReviewer) {
  expect_finding("月額の保守プランまもるWebを始め、2年で契約は53件。", "anon-product", "まもるWeb", Severity::kWarning);
  expect_finding("乗合サービスなかよし号は1日平均45人が利用し、委託料で乗務員を雇えた。", "anon-product", "なかよし号",
                 Severity::kWarning);
  // Traps: what the service holds, a plan started.
  EXPECT_FALSE(has_rule(check("サービス内容を見直して利用が増えた。プランを始めた。サービスは好評だ。"), "anon-product"));
}

}  // namespace
}  // namespace casekb
