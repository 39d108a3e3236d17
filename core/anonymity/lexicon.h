// Built-in word lists of the anonymity check: what is public or generic, and the words
// around which identifiers appear. Kept apart from the rules so a reviewer can read and
// extend them without reading the matching code. Every list is in NFKC form.
#pragma once

#include "anonymity/text.h"

namespace casekb {

// Tags of lexicon().public_names: how a public name is recognised in the text.
enum PublicNameTag : int {
  kPublicWhole = 0,   // the term alone is public (経済産業省, 令和, 関東)
  kPublicSuffix = 1,  // a name ending in the term is public (川越商工会議所, 埼玉大学)
};

// Tags of lexicon().company_forms.
enum CompanyFormTag : int {
  kFormWord = 0,         // 株式会社: name before or after
  kFormParenthesis = 1,  // (株): name before or after
  kFormLatinSuffix = 2,  // Co., Ltd.: Latin name before
  kFormCooperative = 3,  // 協同組合: a name before it (堺刃物卸協同組合) reads like a public body's, a warning
};

// Tags of lexicon().company_suffixes.
enum CompanySuffixTag : int {
  kSuffixAfterAny = 0,    // 製作所, 商店: after any name
  kSuffixAfterKanji = 1,  // サービス, ストア: only after a kanji name (クラウドサービス is a loanword)
};

// Tags of lexicon().person_titles.
enum PersonTitleTag : int {
  kTitleRole = 0,      // 社長, 専務, 工場長: also used without a name
  kTitleHonorific = 1  // 様, さん, 氏: only after a name
};

// Tags of lexicon().brand_keywords and shop matchers: what a name beside them names.
enum NamedThingTag : int {
  kNamesShop = 0,     // 屋号, 店名, 旅館 …: a shop, inn, salon, care home, farm
  kNamesProduct = 1,  // ブランド, 商品名, 銘柄 …: a product or brand
  kNamesCompany = 2,  // 社名
  // shop_prefixes only: a dish or trade (中華料理, 手打ちそば) that names a shop only when
  // a blank sets the name after it apart, as on a signboard (中華料理 福龍).
  kNamesShopWhenSpaced = 3,
};

// Tags of lexicon().product_context_after.
enum ProductContextTag : int {
  kProductSold = 0,   // を発売, を商品化: a product, named or not
  kProductNamed = 1,  // と名付け, と命名: the words before are its name
};

// Tags of lexicon().uniqueness_claims: what a claim needs before it locates a firm.
enum ClaimTag : int {
  kClaimNeedsScope = 0,      // 唯一, ほかにない: a scope (県内, 日本, a prefecture) in its sentence
  kClaimSelfScoped = 1,      // 日本初, ただ一軒: nothing more
  kClaimNeedsNearScope = 2,  // 初めて, 最も古い, 一番: a scope at most 12 characters before it
  kClaimAward = 3,           // 金賞, 大臣賞: a verb of winning in its sentence (受賞, 獲得, 輝く)
  kClaimDatedAward = 4,      // …賞を受けた: any prize won, with a year in its sentence
  kClaimNeedsFigure = 5,     // 開業以来の最高値, 後にも先にもない: the firm's own record, with its figure in its sentence
};

struct Lexicon {
  TermMatcher prefectures;               // 埼玉県 and 埼玉 (stems are what MeCab yields)
  TermMatcher areas;                     // 関東, 九州・沖縄, 首都圏, 日本 …
  TermMatcher public_names;              // support organisations, government, banks, eras (tags above)
  TermMatcher generic_terms;             // words MeCab mistakes for proper nouns (リーマンショック, ...)
  TermMatcher company_forms;             // legal forms (tags above)
  TermMatcher company_suffixes;          // 製作所, 商店, 工務店 …: name + suffix reads as a firm (tag below)
  TermMatcher weak_company_suffixes;     // 屋, 堂, 工房 …: a firm only after a real name
  TermMatcher firm_only_suffixes;        // 製作所, 商店 …: a firm even after a common word (サクラ商店)
  TermMatcher name_words;                // 北斗, 共栄, 関越 …: common words firms take as names (北斗食品)
  TermMatcher not_after_company_suffix;  // 高校, 団地 …: "川越工業高校" is no firm
  TermMatcher person_titles;             // tags above
  TermMatcher title_modifiers;           // 前, 新, 同社, 代表取締役 …: generic words before a title
  TermMatcher person_roles;              // 事務, 衛生士, 実習生, 長女 …: "<role>の<name>" names a person
  TermMatcher person_role_ends;          // both of the above: tag bit 1 a role, bit 2 a title (role_ends)
  TermMatcher shop_words;                // カフェ, レストラン …: a katakana name beside them is a shop
  TermMatcher brand_keywords;            // 屋号, ブランド, 商品名 …: a quoted name after them is one (tags above)
  TermMatcher shop_prefixes;             // 和菓子処, ベーカリー, 旅館, グループホーム …: a shop's name follows
  TermMatcher shop_suffixes;             // 庵, 亭, 荘, 保育園, 歯科, ワイナリー …: they end a shop's name
  TermMatcher product_categories;        // 最中, 羊羹, 食パン, ドレッシング …: they end a product's name
  TermMatcher descriptive_katakana;      // フルーツ, バター, プレミアム …: katakana that describe, not name
  TermMatcher naming_words;              // 日和, 物語, めぐみ, 雫 …: words brand names are made of
  TermMatcher product_context_before;    // 看板商品の, 限定の, 名物の …: a product's name follows
  TermMatcher product_context_after;     // を商品化, を発売, と名付け …: a product's name comes before
  TermMatcher generic_kana_names;        // こども, おもちゃ, すし …: kana words before 屋/園 that are no name
  TermMatcher trades;                    // 和菓子, 金物, 写真 …: goods and trades; 和菓子屋 names no shop
  TermMatcher uniqueness_claims;         // 唯一, 日本初, 県内最大, 金賞 … (tags above)
  TermMatcher scope_words;               // 県内, 地域, 全国 …: what makes a uniqueness claim locate a firm
  TermMatcher founding_words;            // 創業, 設立 …
  TermMatcher headcount_words;           // 従業員, 社員 …
  TermMatcher vocabulary;                // JSIC divisions and taxonomy.yaml starting values
  TermMatcher self_words;                // 自社, 同社, 当店, 自分たち, 地元 …: the firm or its writer speaking of itself
  TermMatcher platforms;                 // LINE, Amazon, Shopify …: services firms use, no name of their own
};

// The process-wide lexicon, built on first use (thread-safe).
const Lexicon& lexicon();

}  // namespace casekb
