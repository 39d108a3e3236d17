// The anonymity check: runs the pattern and name rules over a normalised case file, drops
// what is public or allowed, and reports the rest as Problems at their original position.
//
// The quasi-identifier rule (issue 6, point 4)
// --------------------------------------------
// Every case names a JSIC industry division and a prefecture, and most a business
// description. By design these leave tens to hundreds of firms (精密部品加工業 in 埼玉県).
// A firm is singled out when further facts each divide that number again. We count such
// signals:
//   - a municipality (川越市, 東秩父村): divides the candidates by roughly 20 to 60;
//   - a founding year (1923年創業, 昭和25年設立) or an exact age (創業73年); round ages
//     (創業100年) are shared by many firms and not counted;
//   - an exact headcount above 10 that is not a multiple of 5 (従業員23名); 20名 or 8名
//     read as rounded or common and are not counted;
//   - capital or turnover given to three or more significant digits (資本金1,250万円,
//     年商4億3,200万円); 年商10億円 is a rounded figure.
// When a case with a business description holds signals of at least two different kinds
// (three kinds without a business description), each signal gets a warning: prefecture x
// business x two independent narrowing facts leaves about one firm (hundreds / 20-60 / ~10),
// while one fact alone still leaves several. Claims of uniqueness within a scope (県内で唯一,
// 地域初, 日本一, 県内最大, 全国でも3社しかない) single a firm out on their own, since a
// search finds the press coverage, so each is a warning by itself; "唯一" with no scope in
// its sentence ("唯一の正解はない") is not. These are warnings, not errors: how far to blur a figure is
// an editorial choice, and the rule cannot know how many firms really share a profile.
#include "anonymity/check.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <utility>

#include "anonymity/finding.h"
#include "anonymity/lexicon.h"
#include "text/morphology.h"
#include "anonymity/names.h"
#include "anonymity/partners.h"
#include "anonymity/patterns.h"
#include "anonymity/person_names.h"
#include "anonymity/repeats.h"
#include "anonymity/shops.h"
#include "anonymity/text.h"
#include "anonymity/word_index.h"
#include "case/fields.h"
#include "text/utf8.h"

namespace casekb {
namespace {

using Range = std::pair<size_t, size_t>;

// ---------------------------------------------------------------- front matter

// What the check needs from the front matter. Values of controlled vocabularies, dates and
// the public supporter names are not scanned: they are validated elsewhere or public.
struct FrontMatter {
  std::vector<Range> skipped;  // normalised ranges not scanned, in order
  bool has_company = false;
  Range company;  // the value of `company`
  std::u32string industry, region, business;
  std::vector<std::u32string> public_names;  // supporter_name, office
};

// How the field table (case/fields.h) says to treat a front-matter key; keys
// that are not fields are scanned like text.
AnonymityUse anonymity_use_of(std::u32string_view key) {
  std::string utf8;
  for (char32_t c : key) append_utf8(utf8, c);
  const FrontMatterField* field = find_front_matter_field(utf8);
  return field ? field->anonymity : AnonymityUse::kScan;
}

Range trim(std::u32string_view text, Range range) {
  auto [begin, end] = range;
  while (begin < end && (is_space(text[begin]) || text[begin] == U'\r')) ++begin;
  while (end > begin && (is_space(text[end - 1]) || text[end - 1] == U'\r')) --end;
  return {begin, end};
}

// Where a YAML comment (" #…") starts in `range`, outside quotes; range.second if none.
size_t comment_start(std::u32string_view text, Range range) {
  char32_t quote = 0;
  for (size_t p = range.first; p < range.second; ++p) {
    const char32_t c = text[p];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == U'"' || c == U'\'') {
      quote = c;
    } else if (c == U'#' && (p == range.first || is_space(text[p - 1]))) {
      return p;
    }
  }
  return range.second;
}

// The value of "key: value  # comment", without quotes.
Range yaml_value(std::u32string_view text, Range range) {
  auto [begin, end] = trim(text, {range.first, comment_start(text, range)});
  if (end - begin >= 2 && (text[begin] == U'"' || text[begin] == U'\'') && text[end - 1] == text[begin]) {
    return {begin + 1, end - 1};
  }
  return {begin, end};
}

FrontMatter read_front_matter(std::u32string_view text) {
  FrontMatter front;
  const auto line_at = [&](size_t begin) {
    size_t end = text.find(U'\n', begin);
    return Range{begin, end == std::u32string_view::npos ? text.size() : end};
  };
  const auto is_delimiter = [&](Range line) {
    const Range t = trim(text, line);
    const std::u32string_view s = text.substr(t.first, t.second - t.first);
    return s == U"---" || s == U"...";
  };
  const Range opening = line_at(0);
  if (!is_delimiter(opening) || text.compare(opening.first, 3, U"---") != 0) return front;
  std::vector<Range> entries;  // the lines between the delimiters
  bool closed = false;
  Range closing;
  for (size_t begin = opening.second + 1; begin < text.size();) {
    const Range line = line_at(begin);
    if (is_delimiter(line)) {
      closing = line;
      closed = true;
      break;
    }
    entries.push_back(line);
    begin = line.second + 1;
  }
  if (!closed) return front;  // no front matter after all: the whole file is scanned

  front.skipped.push_back(opening);
  bool skipping = false;  // inside the continuation lines of a skipped key
  for (const Range& line : entries) {
    // A skipped line is skipped up to its comment: a comment is still text of the file.
    const Range uncommented{line.first, comment_start(text, line)};
    const bool continuation = line.first < line.second && (is_space(text[line.first]) || text[line.first] == U'-');
    if (continuation) {
      if (skipping) front.skipped.push_back(uncommented);
      continue;
    }
    const size_t colon = text.find(U':', line.first);
    if (colon == std::u32string_view::npos || colon >= line.second) {
      skipping = false;
      continue;
    }
    const Range key_range = trim(text, {line.first, colon});
    const std::u32string_view key = text.substr(key_range.first, key_range.second - key_range.first);
    const Range value = yaml_value(text, {colon + 1, line.second});
    const std::u32string value_text(text.substr(value.first, value.second - value.first));
    const AnonymityUse use = anonymity_use_of(key);
    skipping = use == AnonymityUse::kSkip || use == AnonymityUse::kPublicName;
    if (skipping) front.skipped.push_back(uncommented);
    if (key == U"industry") front.industry = value_text;
    if (key == U"region") front.region = value_text;
    if (key == U"business") front.business = value_text;
    if (use == AnonymityUse::kPublicName && !value_text.empty()) front.public_names.push_back(value_text);
    if (use == AnonymityUse::kCompanyLabel) {
      front.has_company = value.first < value.second;
      front.company = value;
      front.skipped.push_back(uncommented);  // its value is checked on its own
    }
  }
  front.skipped.push_back(closing);
  return front;
}

// One or two Latin capitals + 社: the only form case-format.md allows for `company`.
bool is_company_label(std::u32string_view value) {
  if (value.size() < 2 || value.size() > 3 || value.back() != U'社') return false;
  return std::all_of(value.begin(), value.end() - 1, [](char32_t c) { return c >= U'A' && c <= U'Z'; });
}

// ---------------------------------------------------------------- spans that are fine

// Sorted intervals answering "is [begin, end) inside one of them" in O(log n).
class Coverage {
 public:
  void add(size_t begin, size_t end) { ranges_.push_back({begin, end}); }
  void finish() {
    std::sort(ranges_.begin(), ranges_.end());
    reach_.clear();
    size_t reach = 0;
    for (const Range& r : ranges_) reach_.push_back(reach = std::max(reach, r.second));
  }
  bool covers(size_t begin, size_t end) const {
    auto it = std::upper_bound(ranges_.begin(), ranges_.end(), Range{begin, static_cast<size_t>(-1)});
    if (it == ranges_.begin()) return false;
    return reach_[static_cast<size_t>(it - ranges_.begin()) - 1] >= end;
  }
  bool touches(size_t position) const { return covers(position, position + 1); }

 private:
  std::vector<Range> ranges_;
  std::vector<size_t> reach_;  // max end over ranges_[0..i]
};

// Start of an organisation's name ending at `end`: 川越商工会議所, 埼玉県よろず支援拠点,
// さいたま商工会議所 (a kana place name without particles is part of it).
size_t organisation_name_start(std::u32string_view text, size_t end) {
  return extend_over_kana_name(text, place_name_start(text, end, 20));
}

std::string lower_ascii(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return text;
}

// Booking and selling platforms and social networks, which cases name as tools.
bool is_platform_domain(const std::string& host) {
  static constexpr std::string_view kPlatforms[] = {
      "booking.com",  "airbnb.com",  "airbnb.jp",      "expedia.co.jp", "expedia.com",  "agoda.com",
      "trip.com",     "jalan.net",   "ikyu.com",       "tabelog.com",   "gnavi.co.jp",  "hotpepper.jp",
      "rakuten.co.jp", "amazon.co.jp", "amazon.com",  "yahoo.co.jp",   "mercari.com",  "minne.com",
      "creema.jp",    "note.com",    "youtube.com",    "instagram.com", "facebook.com", "x.com",
      "twitter.com",  "tiktok.com",  "line.me",        "base.shop",     "stores.jp",    "shopify.com",
      "makuake.com",  "campfire.jp", "readyfor.jp",    "furusato-tax.jp", "satofull.jp"};
  const std::string lower = lower_ascii(host);
  return std::find(std::begin(kPlatforms), std::end(kPlatforms), lower) != std::end(kPlatforms);
}

bool host_is_within(const std::string& host, const std::string& domain) {
  return host == domain ||
         (host.size() > domain.size() && host.compare(host.size() - domain.size(), domain.size(), domain) == 0 &&
          host[host.size() - domain.size() - 1] == '.');
}

// The context's allowed terms, normalised, and those of them that are domain names.
struct AllowedTerms {
  std::vector<std::string> source;  // as given, to recognise the same list again
  TermMatcher matcher;
  std::vector<std::string> domains;  // lower case, without scheme, "www." or trailing "/"
};

AllowedTerms build_allowed_terms(const std::vector<std::string>& terms) {
  AllowedTerms allowed;
  allowed.source = terms;
  for (const std::string& term : terms) {
    const std::u32string normalized = normalize_term(term);
    allowed.matcher.add(std::u32string_view(normalized));
    std::string ascii = lower_ascii(to_utf8(normalized));
    const bool host_like =
        ascii.find('.') != std::string::npos && ascii.find(' ') == std::string::npos &&
        std::all_of(ascii.begin(), ascii.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (!host_like) continue;
    if (const size_t scheme = ascii.find("://"); scheme != std::string::npos) ascii.erase(0, scheme + 3);
    if (ascii.rfind("www.", 0) == 0) ascii.erase(0, 4);
    while (!ascii.empty() && ascii.back() == '/') ascii.pop_back();
    allowed.domains.push_back(ascii);
  }
  return allowed;
}

// Normalising the allowed terms (the taxonomy's values and the allow-list: a few hundred)
// costs more than checking a short file, and callers check many files with one context,
// so each thread keeps the last list it built.
const AllowedTerms& allowed_terms_for(const std::vector<std::string>& terms) {
  thread_local AllowedTerms cached;
  thread_local bool built = false;
  if (!built || cached.source != terms) {
    cached = build_allowed_terms(terms);
    built = true;
  }
  return cached;
}

}  // namespace

struct PreparedAllowList {
  AllowedTerms terms;
};

std::shared_ptr<const PreparedAllowList> prepare_allow_list(const std::vector<std::string>& terms) {
  auto prepared = std::make_shared<PreparedAllowList>();
  prepared->terms = build_allowed_terms(terms);
  return prepared;
}

namespace {

// ---------------------------------------------------------------- reporting

const char* rule_name(FindingKind kind) {
  switch (kind) {
    case FindingKind::kCompany:
    case FindingKind::kCompanyLabel:
      return "anon-company";
    case FindingKind::kPerson:
      return "anon-person";
    case FindingKind::kPhone:
      return "anon-phone";
    case FindingKind::kEmail:
      return "anon-email";
    case FindingKind::kUrl:
      return "anon-url";
    case FindingKind::kPostal:
      return "anon-postal";
    case FindingKind::kAddress:
      return "anon-address";
    case FindingKind::kProperNoun:
      return "anon-proper-noun";
    case FindingKind::kShop:
      return "anon-shop";
    case FindingKind::kProduct:
      return "anon-product";
    case FindingKind::kCorporateNumber:
      return "anon-corporate-number";
    case FindingKind::kQuasiIdentifier:
      return "anon-quasi-identifier";
  }
  return "anon-unknown";
}

// Which finding wins where two overlap: contact data is the most certain, then names.
int priority(const Finding& finding) {
  int rank = 0;
  switch (finding.kind) {
    case FindingKind::kEmail:
      rank = 0;
      break;
    case FindingKind::kUrl:
      rank = 1;
      break;
    case FindingKind::kPhone:
      rank = 2;
      break;
    case FindingKind::kCorporateNumber:
      rank = 3;
      break;
    case FindingKind::kPostal:
      rank = 4;
      break;
    case FindingKind::kCompanyLabel:
      rank = 5;
      break;
    case FindingKind::kAddress:
      rank = 6;
      break;
    case FindingKind::kCompany:
      rank = 7;
      break;
    case FindingKind::kShop:
      rank = 8;
      break;
    case FindingKind::kProduct:
      rank = 9;
      break;
    case FindingKind::kPerson:
      rank = 10;
      break;
    case FindingKind::kProperNoun:
      rank = 11;
      break;
    case FindingKind::kQuasiIdentifier:
      rank = 12;
      break;
  }
  return rank + (finding.severity == Severity::kWarning ? 20 : 0);
}

const char* signal_name(SignalKind kind) {
  switch (kind) {
    case SignalKind::kMunicipality:
      return "市町村名";
    case SignalKind::kFoundingYear:
      return "創業・設立の年";
    case SignalKind::kHeadcount:
      return "正確な従業員数";
    case SignalKind::kCapital:
      return "正確な資本金";
    case SignalKind::kPreciseSales:
      return "正確な売上高";
    case SignalKind::kFacilityCount:
      return "客室・車両・座席などの正確な数";
  }
  return "";
}

const char* signal_suggestion(SignalKind kind) {
  switch (kind) {
    case SignalKind::kMunicipality:
      return "市町村名は「埼玉県西部」のように広い地域に言い換えてください";
    case SignalKind::kFoundingYear:
      return "「創業70年超」「昭和期に創業」のように幅を持たせてください";
    case SignalKind::kHeadcount:
      return "「従業員約20名」のように丸めてください";
    case SignalKind::kCapital:
    case SignalKind::kPreciseSales:
      return "「年商約4億円」のように丸めてください";
    case SignalKind::kFacilityCount:
      return "「客室10室ほど」「車両40台規模」のように幅を持たせてください";
  }
  return "";
}

bool is_honorific(const std::string& title) {
  int tag = -1;
  const std::u32string normalized = normalize_term(title);
  return lexicon().person_titles.match_at(normalized, 0, &tag) == normalized.size() && tag == kTitleHonorific;
}

// What each kind of claim is told, and how to blur it; the text found follows the message.
struct ClaimWording {
  const char* detail;
  const char* message;
  const char* suggestion;
};

const ClaimWording* claim_wording(const std::string& detail) {
  static constexpr ClaimWording kWordings[] = {
      {kDetailAward, "受賞歴は公表されているため企業を特定できるおそれがあります: ",
       "「全国規模の品評会で入賞」のように、賞の名前と年を外してください"},
      {kDetailGenerations, "正確な代数は、所在地・業種と合わせて検索すると企業を特定できるおそれがあります: ",
       "「代々」「数代にわたり」のように幅を持たせてください"},
      {kDetailFounding, "正確な創業年は、所在地・業種と合わせて検索すると企業を特定できるおそれがあります: ",
       "「明治期に創業」「創業100年を超える」のように幅を持たせてください"},
      {kDetailLocation, "駅や名所からの距離・向きは、所在地をほぼ特定できます: ",
       "「駅に近い」「観光地の中心部」のようにぼかしてください"},
      {kDetailMedia, "番組名や記事の名前・時期は、検索すると企業を特定できます: ",
       "「地元のテレビ番組で紹介された」のように名前と時期を外してください"},
      {kDetailPublicWork, "名所・文化財の工事に加わった実績は、工事の記録から企業を特定できます: ",
       "「歴史的建造物の修理に携わった」のように建物の名前を外してください"},
      {kDetailPatent, "特許番号は、特許公報で権利者（企業名）が分かります: ", "「特許を取得した技術」のように番号を外してください"},
      {kDetailLicence, "許可・登録・免許の番号は、公開の名簿で事業者（企業名）が分かります: ",
       "「宅地建物取引業の免許を持つ」のように番号を外してください"},
      {kDetailExactCount, "規模を正確に示す数は、業種・所在地と合わせると企業を特定できるおそれがあります: ",
       "「50台ほど」「10室に満たない」のように幅を持たせてください"},
      {kDetailBuilding, "建物の正確な築年は、所在地と合わせると建物（企業）を特定できるおそれがあります: ",
       "「築100年を超える」「昭和初期の建物」のように幅を持たせてください"},
      {kDetailEvent, "企業が開く催しの名前は、検索すると企業を特定できます: ",
       "「毎年春に農園で音楽イベントを開く」のように名前を外してください"},
      {kDetailVessel, "船名は船舶の登録で船主（企業）が分かります: ", "「所属する漁船」のように船名を外してください"},
      {kDetailSupplied, "名の知れた催しや相手に納めた実績は、報道や記録から企業を特定できます: ",
       "「地域の大きな祭りのポスターを手がけてきた」のように名前を外してください"},
      {kDetailViews, "投稿や動画の再生回数は、検索すると投稿（企業）を特定できます: ",
       "「投稿した動画が広く見られた」のように回数を外してください"},
      {kDetailDisaster, "災害のときの具体的な行動や実績は、報道や記録から企業を特定できます: ",
       "「震災後の復旧に地域で協力した」のように時期・数・順番を外してください"},
      {kDetailVisitor, "著名人の来訪や、著名な相手・催しに納めた話は、報道や記録から企業を特定できます: ",
       "「著名な来訪者もある」「大きな催しに製品を納めた」のように名前と時期を外してください"},
      {kDetailUniqueness, "「唯一」「初」「最大」などの表現は企業を特定できるおそれがあります: ",
       "「県内でも数少ない」のようにぼかしてください"},
  };
  for (const ClaimWording& wording : kWordings) {
    if (detail == wording.detail) return &wording;
  }
  return nullptr;
}

void describe(const Finding& finding, const std::string& text, Problem* problem) {
  const bool warning = finding.severity == Severity::kWarning;
  switch (finding.kind) {
    case FindingKind::kCompany:
      if (finding.detail == kDetailRomanised) {
        problem->message =
            (warning ? "ローマ字の社名・屋号の可能性がある表記です: " : "ローマ字の社名・屋号と思われる表記です: ") + text;
        problem->suggestion = "英語名・ローマ字表記も社名です。" + text + " → A社 のように匿名化してください";
        if (warning) problem->suggestion += "（社名でなければ corpus/anonymity-allow.txt に追加できます）";
        break;
      }
      problem->message = (warning ? "会社名の可能性がある表記です: " : "会社名と思われる表記です: ") + text;
      problem->suggestion =
          "株式会社〇〇 → A社 のように匿名化してください（front matter の company と同じラベルを使います）";
      break;
    case FindingKind::kCompanyLabel:
      problem->message = "company に匿名ラベル以外が書かれています: " + text;
      problem->suggestion = "A社 のように、ラテン大文字1〜2字＋社 で書いてください";
      break;
    case FindingKind::kPerson:
      problem->message = (warning ? "人名の可能性がある語です: " : "個人名と思われる表記です: ") + text;
      if (finding.severity == Severity::kError && !finding.detail.empty() && !is_honorific(finding.detail)) {
        problem->suggestion = text + " → " + finding.detail + " のように名前を外すか、X氏 のように匿名化してください";
      } else {
        problem->suggestion = "X氏 のように匿名化するか、「社長」「後継者」のように役割で書いてください";
      }
      if (warning) problem->suggestion += "（人名でなければ corpus/anonymity-allow.txt に追加できます）";
      break;
    case FindingKind::kPhone:
      problem->message = "電話・FAX番号と思われる表記です: " + text;
      problem->suggestion = "電話・FAX番号は削除してください";
      break;
    case FindingKind::kEmail:
      problem->message = "メールアドレスです: " + text;
      problem->suggestion = "メールアドレスは削除してください";
      break;
    case FindingKind::kUrl:
      problem->message =
          (finding.detail == "handle" ? "SNSのアカウント名と思われる表記です: " : "URL・ドメイン名です: ") + text;
      problem->suggestion =
          "企業を特定できるURL・ドメインは削除してください（公的機関のものなら corpus/anonymity-allow.txt "
          "に追加できます）";
      break;
    case FindingKind::kPostal:
      problem->message = "郵便番号です: " + text;
      problem->suggestion = "郵便番号は削除してください";
      break;
    case FindingKind::kAddress:
      problem->message = "番地まで含む住所と思われる表記です: " + text;
      problem->suggestion = "所在地は「埼玉県内」のように都道府県までにしてください";
      break;
    case FindingKind::kProperNoun:
      problem->message = "店名・ブランド名・商品名などの固有名詞と思われる表記です: " + text;
      problem->suggestion =
          "企業を特定できる名称なら「同社の主力商品」のように言い換えてください（公開の名称なら "
          "corpus/anonymity-allow.txt に追加できます）";
      break;
    case FindingKind::kShop:
      problem->message = (warning ? "店名・屋号の可能性がある表記です: " : "店名・屋号・施設名と思われる表記です: ") + text;
      problem->suggestion = text + " → 「A社の店舗」「同店」「同旅館」のように言い換えてください（公開の名称なら "
                                   "corpus/anonymity-allow.txt に追加できます）";
      break;
    case FindingKind::kProduct:
      problem->message =
          (warning ? "商品名・ブランド名の可能性がある表記です: " : "商品名・ブランド名と思われる表記です: ") + text;
      problem->suggestion = text + " → 「A社の主力商品」「自社ブランドの〇〇」のように、商品の種類で書いてください"
                                   "（品種名など公開の名称なら corpus/anonymity-allow.txt に追加できます）";
      break;
    case FindingKind::kCorporateNumber:
      if (finding.detail == kDetailInvoice) {
        problem->message = "適格請求書発行事業者の登録番号（T＋13桁）です: " + text;
        problem->suggestion = "登録番号は国税庁の公表サイトで事業者名と所在地が分かります。削除してください";
      } else {
        problem->message = "法人番号（13桁）と思われる番号です: " + text;
        problem->suggestion = "法人番号は国税庁の公表サイトで社名と所在地が分かります。削除してください";
      }
      break;
    case FindingKind::kQuasiIdentifier: {
      if (const ClaimWording* wording = claim_wording(finding.detail)) {
        problem->message = std::string(wording->message) + text;
        problem->suggestion = wording->suggestion;
        break;
      }
      problem->message = text + " は、" + finding.detail + " と組み合わさると企業を特定できるおそれがあります";
      problem->suggestion = finding.suggestion;
      break;
    }
  }
}

// A branch written after a name with a blank, as on a signboard (白浜屋 仙崎店, 玉川堂
// 駅前分店, 雪月花 すすきの店), belongs to the name: the pair names one shop, and the
// finding covers both. A "person" found so (松風 駅南店: a shop's name also read as a
// surname) is the shop.
void extend_names_with_branches(std::u32string_view text, std::vector<Finding>& findings) {
  for (Finding& f : findings) {
    if (!(f.kind == FindingKind::kCompany || f.kind == FindingKind::kShop || f.kind == FindingKind::kPerson ||
          f.kind == FindingKind::kProperNoun)) {
      continue;
    }
    if (f.end + 2 >= text.size() || !is_space(text[f.end])) continue;
    const size_t p = f.end + 1;
    if (std::u32string_view(U"のはがをにでともへや").find(text[p]) != std::u32string_view::npos) continue;
    for (size_t q = p; q < text.size() && q - p < 8; ++q) {
      const char32_t c = text[q];
      if (!(is_kanji(c) || is_hiragana(c) || is_katakana(c))) break;
      size_t branch_end = 0;
      if (c == U'店' && q > p) branch_end = q + 1;
      for (std::u32string_view other : {U"教室", U"分室", U"営業所", U"直売所", U"校"}) {
        if (text.compare(q, other.size(), other) == 0 && (q > p || other.size() > 1)) branch_end = q + other.size();
      }
      if (branch_end > 0) {
        f.end = branch_end;
        if (f.kind == FindingKind::kPerson) f.kind = FindingKind::kShop;
        break;
      }
    }
  }
}

// The kind of shop written right before its name, without a blank (らーめん鶴翔, 中華そば
// 一平), is part of the signboard: the finding covers it, so the reviewer rewrites both.
void extend_shops_with_kind_words(std::u32string_view text, std::vector<Finding>& findings) {
  const Lexicon& lex = lexicon();
  for (Finding& f : findings) {
    if (f.kind != FindingKind::kShop || f.begin == 0) continue;
    // A name of two words joined by と is read from its first (麦とロバ, 森とパン): the rules cut
    // it at the particle. The first word is one script, up to four characters, after a mark,
    // a particle or a kind of shop.
    if (f.begin >= 2 && text[f.begin - 1] == U'と') {
      const size_t joint = f.begin - 1;
      const bool kanji = is_kanji(text[joint - 1]);
      size_t first = joint;
      while (first > 0 && joint - first < 4 && (kanji ? is_kanji(text[first - 1]) : is_katakana(text[first - 1]))) --first;
      const std::u32string_view word = text.substr(first, joint - first);
      // (Not a list of two names, 伊達屋と菓子工房 ことり, ルル泉中央店とルル長町南店: the first is a
      // finding of its own or ends as a shop does; nor a kind, パン屋とカフェ.)
      const bool bounded = first == 0 || std::u32string_view(U"、。「『( \nはがをにでもの").find(text[first - 1]) != std::u32string_view::npos ||
                           lex.shop_prefixes.match_ending_at(text, first) > 0;
      bool listed = lex.shop_suffixes.match_ending_at(word, word.size()) > 0 || ends_with(word, U"店");
      for (const Finding& other : findings) listed = listed || (&other != &f && other.end == joint && other.end > other.begin);
      if (!word.empty() && (kanji || is_katakana(text[joint - 1])) && bounded && !listed &&
          !is_anonymised_name(word) && !lex.generic_terms.contains(word) && !lex.shop_prefixes.contains(word)) {
        f.begin = first;
      }
    }
    const size_t length = lex.shop_prefixes.match_ending_at(text, f.begin);
    // Kind words ending in の (パンの, 弁当の) describe what is sold, not the signboard.
    if (length == 0 || text[f.begin - 1] == U'の') continue;
    f.begin -= length;
  }
}

// A product's name is reported with the word that makes it a line of goods, brackets and
// all (「都ごよみ」シリーズ), and a name in two parts found apart (食パンふわもち +
// 「はるか」) as one: the reviewer rewrites them together.
void join_product_names(std::u32string_view text, std::vector<Finding>& findings) {
  for (Finding& f : findings) {
    if (f.kind != FindingKind::kProduct || f.end <= f.begin || f.begin == 0 || f.end >= text.size()) continue;
    const char32_t open = text[f.begin - 1];
    const char32_t close = text[f.end];
    if (!((open == U'「' && close == U'」') || (open == U'『' && close == U'』'))) continue;
    for (std::u32string_view line : {std::u32string_view(U"シリーズ"), std::u32string_view(U"ブランド")}) {
      if (text.compare(f.end + 1, line.size(), line) == 0) {
        --f.begin;
        f.end += 1 + line.size();
      }
    }
  }
  std::vector<Finding*> products;
  for (Finding& f : findings) {
    if (f.kind == FindingKind::kProduct && f.end > f.begin) products.push_back(&f);
  }
  std::sort(products.begin(), products.end(), [](const Finding* a, const Finding* b) { return a->begin < b->begin; });
  for (size_t k = 1; k < products.size(); ++k) {
    Finding* first = products[k - 1];
    Finding* second = products[k];
    if (first->end <= first->begin || second->begin < first->end || second->begin > first->end + 1) continue;
    if (second->begin == first->end + 1 && text[first->end] != U'「' && text[first->end] != U'『') continue;
    if (second->begin == first->end + 1 && second->end < text.size() &&
        text[second->end] == (text[first->end] == U'「' ? U'」' : U'』')) {
      ++second->end;  // the bracket opened inside closes the name
    }
    second->begin = first->begin;
    second->severity = std::min(first->severity, second->severity);
    first->end = first->begin;  // merged into the second
  }
}

// True if [begin, end) may be a person's name as an item of a list of people: one the
// name list knows whole (鵜飼, 柘植), one the dictionary does not know or knows as a proper
// noun, or one it has to cut into pieces (久々|津, ベア|トリス); not one word it knows as a
// common noun (営業, パート) nor a role.
bool could_be_a_listed_name(std::u32string_view text, const WordIndex& index, size_t begin, size_t end) {
  const std::u32string_view item = text.substr(begin, end - begin);
  const Lexicon& lex = lexicon();
  if (lex.person_roles.match_at(item, 0) == item.size() || lex.person_titles.match_at(item, 0) == item.size()) return false;
  if (PersonNameList::shared().classes(item) != 0) return true;
  const long first = index.starting_at(begin);
  if (first < 0 || index.ending_at(end) < 0) return false;
  if (index[first].end != end) {
    // (Cut into pieces of which none is a kanji common word: 営業|部 is a department.)
    for (long k = first; k < index.size() && index[k].begin < end; ++k) {
      const Morpheme& w = index[k];
      const bool kanji_word = std::all_of(text.begin() + w.begin, text.begin() + w.end, [](char32_t c) { return is_kanji(c); });
      if (kanji_word && w.end - w.begin >= 2 && !w.unknown && w.pos == PartOfSpeech::kNoun && w.noun != NounKind::kProper) {
        return false;
      }
    }
    return true;
  }
  const Morpheme& w = index[first];
  return w.unknown || w.noun == NounKind::kProper;
}

// Items of a list of people in [from, to): names parted by 、, each of name characters
// only (a blank between surname and given name, ・ inside a foreign name); empty if any part
// is no name's shape.
std::vector<std::pair<size_t, size_t>> list_items(std::u32string_view text, size_t from, size_t to) {
  std::vector<std::pair<size_t, size_t>> items;
  size_t begin = from;
  for (size_t p = from; p <= to; ++p) {
    if (p < to && text[p] != U'、') continue;
    size_t b = begin, e = p;
    while (b < e && is_space(text[b])) ++b;
    // (What a person does, in brackets after the name, is no part of it: 吉光（送迎計画）.)
    if (e > b && (text[e - 1] == U'）' || text[e - 1] == U')')) {
      const size_t open = text.substr(b, e - b).find_first_of(U"（(");
      if (open != std::u32string_view::npos && open > 0) e = b + open;
    }
    while (e > b && is_space(text[e - 1])) --e;
    const std::u32string_view item = text.substr(b, e - b);
    const bool shaped = !item.empty() && item.size() <= 8 && std::all_of(item.begin(), item.end(), [](char32_t c) {
      return is_kanji(c) || is_katakana(c) || c == U'ー' || c == U'・' || c == U'々' || c == U'ヶ' || c == U' ' || c == U'　';
    });
    if (!shaped) return {};
    items.emplace_back(b, e);
    begin = p + 1;
  }
  return items;
}

// Names listed where the text says they are people (営業: 鵜飼、汐見、バーンズ の3人; 小野寺と
// ベアトリスの二人; 担当：讃良、国重。; 先輩スタッフ: 中園、矢ヶ部、ソン・ミナ。): a count of
// people right after the list as long as it is, or a role and a colon before a list that
// ends the sentence. Once one item is found as a person, the others are people too, though
// the dictionary knows them as places (荻窪) or common words (柘植) or not at all.
void find_people_in_marked_lists(std::u32string_view text, const std::vector<Morpheme>& words, std::vector<Finding>& findings) {
  if (words.empty()) return;
  const Lexicon& lex = lexicon();
  const WordIndex index(&words);
  const auto found_at = [&](size_t begin, size_t end, FindingKind kind) {
    for (const Finding& f : findings) {
      if (f.kind == kind && f.begin < end && begin < f.end) return true;
    }
    return false;
  };
  const auto person_at = [&](size_t begin, size_t end) { return found_at(begin, end, FindingKind::kPerson); };
  // (After a role and a colon, a surname the name list knows is evidence enough.)
  const auto mark_all = [&](const std::vector<std::pair<size_t, size_t>>& items, bool after_role) {
    bool evidence = false;
    bool names_only = true;
    for (const auto& [begin, end] : items) {
      const std::u32string_view item = text.substr(begin, end - begin);
      // (A foreign name found as a name of unknown kind is one too: バーンズ.)
      const bool katakana = std::all_of(item.begin(), item.end(), [](char32_t c) { return is_katakana(c) || c == U'ー' || c == U'・'; });
      if (person_at(begin, end) || (katakana && found_at(begin, end, FindingKind::kProperNoun))) {
        evidence = true;
      } else if (after_role && PersonNameList::shared().is_surname(item)) {
        evidence = true;
      } else if (!could_be_a_listed_name(text, index, begin, end)) {
        names_only = false;
      }
    }
    if (!evidence || !names_only) return;
    for (const auto& [begin, end] : items) {
      if (!person_at(begin, end)) add_finding(findings, begin, end, FindingKind::kPerson, Severity::kWarning);
    }
  };
  // A role in a table's cell, the people in the next (| 製造担当 | 仙波、和久井 |).
  for (const auto& cells : markdown_table_rows(text)) {
    for (size_t c = 0; c + 1 < cells.size(); ++c) {
      const std::u32string_view role = text.substr(cells[c].first, cells[c].second - cells[c].first);
      // (A key that ends like a role names people too: 運行管理者, 整備士, 開発メンバー, 大女将.)
      bool role_like = false;
      for (std::u32string_view end : {U"者", U"士", U"員", U"長", U"係", U"メンバー", U"スタッフ", U"将", U"師", U"担当"}) {
        role_like = role_like || (role.size() > end.size() && ends_with(role, end));
      }
      if (role.empty() || (lex.person_roles.match_ending_at(role, role.size()) == 0 && !lex.person_titles.contains(role) && !role_like)) {
        continue;
      }
      const auto items = list_items(text, cells[c + 1].first, cells[c + 1].second);
      if (!items.empty()) mark_all(items, true);
    }
  }
  for (size_t p = 1; p + 2 < text.size(); ++p) {
    // A role and a colon, then the list to the sentence's end: 販売担当：宇治山哲平、坂倉、柘植。
    if (text[p] == U':' || text[p] == U'：') {
      size_t label_end = p;
      while (label_end > 0 && is_space(text[label_end - 1])) --label_end;
      // (A role is a Japanese word: the front matter's keys are passed at one look.)
      if (label_end == 0 || !(is_kanji(text[label_end - 1]) || is_katakana(text[label_end - 1]))) continue;
      if (lex.person_roles.match_ending_at(text.substr(0, label_end), label_end) == 0) continue;
      size_t end = p + 1;
      // (The text is normalised: ／ reads as /, ： as :.)
      while (end < text.size() && end - p < 40 && std::u32string_view(U"。\n／/|").find(text[end]) == std::u32string_view::npos) ++end;
      // (Names parted by / with no role between go on the list: 担当：真鍋／有元／藤森.)
      const size_t first_end = std::min(end, text.size());
      std::vector<std::pair<size_t, size_t>> slashed;
      while (end < text.size() && (text[end] == U'／' || text[end] == U'/')) {
        size_t next = end + 1;
        while (next < text.size() && next - end < 12 &&
               std::u32string_view(U"。\n／/|:：」』）)").find(text[next]) == std::u32string_view::npos) {
          ++next;
        }
        if (next < text.size() && (text[next] == U':' || text[next] == U'：')) break;
        const auto more = list_items(text, end + 1, next);
        if (more.empty()) break;
        slashed.insert(slashed.end(), more.begin(), more.end());
        end = next;
      }
      // (In a table's cell or a line of roles parted by ／ one name is a list too: 営業：土橋／加工：杉村.)
      const bool cell = end < text.size() && text[end] != U'。';
      if (end >= text.size() && !cell) continue;
      auto items = list_items(text, p + 1, first_end);
      if (!items.empty()) items.insert(items.end(), slashed.begin(), slashed.end());
      if (items.size() >= 2 || (cell && items.size() == 1)) mark_all(items, true);
      continue;
    }
    if (text[p] != U'の') continue;
    // (Most の are followed by no count of people: one look passes them.)
    if (!is_ascii_digit(text[p + 1]) && std::u32string_view(U"二三四五六七八九ふ両").find(text[p + 1]) == std::u32string_view::npos) {
      continue;
    }
    int listed_count = 0;
    const char32_t digit = text[p + 1];
    const size_t kanji_digit = std::u32string_view(U"二三四五六七八九").find(digit);
    const int people = digit >= U'2' && digit <= U'9' ? static_cast<int>(digit - U'0')
                       : kanji_digit != std::u32string_view::npos ? static_cast<int>(kanji_digit) + 2
                                                                   : 0;
    if (people > 0 && (text[p + 2] == U'人' || text[p + 2] == U'名')) {
      listed_count = people;
    } else if (starts_with(text, p + 1, U"ふたり") || starts_with(text, p + 1, U"両名")) {
      listed_count = 2;
    }
    if (listed_count == 0) continue;
    // The list ends before の, a closing bracket or a blank (（荻窪、千田）の二人, バーンズ の3人),
    // and is read back item by item: names of name characters parted by 、, ・ or と.
    size_t item_end = p;
    if (item_end > 0 && (text[item_end - 1] == U'）' || text[item_end - 1] == U')' || is_space(text[item_end - 1]))) --item_end;
    std::vector<std::pair<size_t, size_t>> items;
    while (item_end > 0 && items.size() < 6) {
      size_t item_begin = item_end;
      while (item_begin > 0 && item_end - item_begin < 8 &&
             (is_kanji(text[item_begin - 1]) || is_katakana(text[item_begin - 1]) || text[item_begin - 1] == U'ー' ||
              text[item_begin - 1] == U'々' || text[item_begin - 1] == U'ヶ')) {
        --item_begin;
      }
      if (item_begin == item_end) break;
      items.emplace_back(item_begin, item_end);
      if (item_begin == 0 || std::u32string_view(U"、・と,").find(text[item_begin - 1]) == std::u32string_view::npos) break;
      item_end = item_begin - 1;
      while (item_end > 0 && is_space(text[item_end - 1])) --item_end;
    }
    if (static_cast<int>(items.size()) == listed_count) mark_all(items, false);
  }
}

// Reports [begin, end) as a person: a finding of a part of it (蓮池 of 蓮池宗一郎) is widened to
// the whole name and takes the surer severity of the two; when no person finding touches the
// span, a new one is added at `severity`.
void widen_or_add_person(std::vector<Finding>& findings, size_t begin, size_t end, Severity severity) {
  bool found = false;
  for (Finding& f : findings) {
    if (f.kind != FindingKind::kPerson || f.end <= begin || f.begin >= end) continue;
    found = true;
    if (f.begin >= begin && f.end <= end) {
      f.begin = begin;
      f.end = end;
      f.severity = std::min(f.severity, severity);
      if (f.core_end > f.core_begin) {
        f.core_begin = begin;
        f.core_end = end;
      }
    }
  }
  if (!found) add_finding(findings, begin, end, FindingKind::kPerson, severity, {}, begin, end);
}

// A full name right after a role and の (六代目の蓮池宗一郎が, 女将の能門千鶴と): three to six
// kanji before a particle that end in a given name the name list knows, after a surname of
// two or three kanji that is not one common word. The dictionary cuts rare names into pieces
// and finds no 人名; the role and the given name say what it is. A run the dictionary knows
// as one common word is a thing (社員の中間層, 店主の長時間労働).
void find_full_names_after_roles(std::u32string_view text, const std::vector<Morpheme>& words, std::vector<Finding>& findings) {
  if (words.empty()) return;
  const Lexicon& lex = lexicon();
  const PersonNameList& names = PersonNameList::shared();
  if (!names.available()) return;
  const WordIndex index(&words);
  for (size_t no = text.find(U'の'); no != std::u32string_view::npos; no = text.find(U'の', no + 1)) {
    if (no == 0 || !is_kanji(at(text, no + 1))) continue;
    // The role: a word of the list, or a generation (六代目).
    const bool role = lex.person_roles.match_ending_at(text.substr(0, no), no) > 0 ||
                      lex.person_titles.match_ending_at(text.substr(0, no), no) > 0 ||
                      (no >= 2 && text[no - 1] == U'目' && text[no - 2] == U'代');
    if (!role) continue;
    size_t end = no + 1;
    while (end < text.size() && end - no <= 6 && is_kanji(text[end])) ++end;
    const size_t length = end - no - 1;
    if (length < 2 || length > 6) continue;
    if (std::u32string_view(U"がはとをにのも、。").find(at(text, end)) == std::u32string_view::npos) continue;
    // A surname alone that no dictionary knows, which IPAdic cuts into pieces (専務の濱|渦と,
    // 職人の舳|倉が): for a reviewer. One word the dictionary knows (専務の判断と, 職人の
    // 腕前は) is a thing, and one it reads as a place is a place (担当の金沢と福井).
    if (length <= 3 && at(text, end) != U'の') {
      const long first = index.starting_at(no + 1);
      long last = first;
      while (last >= 0 && last + 1 < static_cast<long>(index.size()) && index[last].end < end) ++last;
      bool cut_surname = first >= 0 && index[last].end == end && index[first].noun != NounKind::kSuffix &&
                         !never_a_person(text.substr(no + 1, length)) && !lex.prefectures.contains(text.substr(no + 1, length));
      // (One word: only one IPAdic does not know that SKK lists as a surname; jargon it does not
      // know (動線) is as common. Several: each one kanji or a proper noun,
      // as a surname cut by characters is (濱|渦, 木|和田), never a common word and a suffix
      // (高齢|化, 人件|費).)
      if (cut_surname && first == last) {
        cut_surname = index[first].unknown && names.is_surname(text.substr(no + 1, length));
      }
      for (long k = first; cut_surname && first < last && k <= last; ++k) {
        const std::u32string_view piece = text.substr(index[k].begin, index[k].end - index[k].begin);
        // (Nor kin or a side: 女将の母|娘, 医院の南|隣.)
        cut_surname = index[k].pos == PartOfSpeech::kNoun && index[k].noun != NounKind::kNumber &&
                      index[k].noun != NounKind::kSuffix && index[k].noun != NounKind::kPronoun &&
                      (piece.size() == 1 || index[k].noun == NounKind::kProper) && !lex.person_roles.contains(piece) &&
                      piece.find_first_of(U"東西南北隣側方前後上下中内外") == std::u32string_view::npos;
      }
      bool found = false;
      for (const Finding& f : findings) found = found || (f.kind == FindingKind::kPerson && f.end > no + 1 && f.begin < end);
      if (cut_surname && !found) {
        add_finding(findings, no + 1, end, FindingKind::kPerson, Severity::kWarning, {}, no + 1, end);
        continue;
      }
    }
    if (length < 3) continue;
    // Split where the name list knows the given name that ends the run (宗一郎, 千鶴, 健): a
    // surname of two or three kanji before it, known to the list or not one common word.
    size_t split = 0;
    for (size_t given_length = std::min<size_t>(3, length - 2); given_length >= 1 && split == 0; --given_length) {
      const size_t surname_length = length - given_length;
      if (surname_length < 2 || surname_length > 3) continue;
      const std::u32string_view given = text.substr(end - given_length, given_length);
      if (!names.is_given_name(given) || (given_length == 1 && !names.is_surname(text.substr(no + 1, surname_length)))) continue;
      const long w = index.starting_at(no + 1);
      const bool common_surname = w >= 0 && index[w].end == no + 1 + surname_length && !index[w].unknown &&
                                  index[w].noun != NounKind::kProper && !names.is_surname(text.substr(no + 1, surname_length));
      if (!common_surname) split = surname_length;
    }
    if (split == 0) continue;
    // (One word the dictionary knows whole is a thing: 社員の中間層.)
    const long first = index.starting_at(no + 1);
    if (first < 0 || (index[first].end == end && !index[first].unknown && index[first].noun != NounKind::kProper)) continue;
    // (A part of it found already, 蓮池 of 蓮池宗一郎, is widened to the whole name.)
    widen_or_add_person(findings, no + 1, end, Severity::kWarning);
  }
}

// Who speaks in minutes, by role and name before a colon (- 社長 鴫原蒼一郎：「…」, - 院長 蛯子俊：):
// the run of kanji or katakana between the role's blank and the colon is the speaker's name,
// however the dictionary cuts or does not know it. An error: minutes name people in full.
// (One word the dictionary knows as a common noun is what was said, not who: 社長 発言：.)
void find_speakers_by_role(std::u32string_view text, const std::vector<Morpheme>& words, std::vector<Finding>& findings) {
  if (words.empty()) return;
  const Lexicon& lex = lexicon();
  const WordIndex index(&words);
  // (NFKC has made every full-width colon a colon.)
  for (size_t colon = text.find(U':'); colon != std::u32string_view::npos; colon = text.find(U':', colon + 1)) {
    size_t begin = colon;
    const bool katakana = begin > 0 && is_katakana(text[begin - 1]);
    // (A surname may hold ヶ or ノ between kanji: 藤ヶ谷隆之介, 井ノ上.)
    const auto in_kanji_name = [&](size_t p) {
      return is_kanji(text[p]) || ((text[p] == U'ヶ' || text[p] == U'ノ') && p > 0 && is_kanji(text[p - 1]) && p + 1 < colon);
    };
    while (begin > 0 && colon - begin < 8 &&
           (katakana ? (is_katakana(text[begin - 1]) || text[begin - 1] == U'・') : in_kanji_name(begin - 1))) {
      --begin;
    }
    const size_t length = colon - begin;
    // (Or joined by の: - 職人の阿部田：, - マスターの黛：, where one kanji is a surname too.)
    const bool joined_by_no = begin > 0 && text[begin - 1] == U'の';
    if (length < (joined_by_no ? 1 : 2) || length > (katakana ? 8 : 6) || begin == 0 ||
        !(is_space(text[begin - 1]) || joined_by_no)) {
      continue;
    }
    const size_t role_end = begin - 1;
    const std::u32string_view head = text.substr(0, role_end);
    const bool role = lex.person_titles.match_ending_at(head, role_end) > 0 || lex.person_roles.match_ending_at(head, role_end) > 0 ||
                      (role_end >= 2 && text[role_end - 1] == U'目' && text[role_end - 2] == U'代');
    if (!role) continue;
    // (The role opens its line or item: - 社長 …, ・工場長 ….)
    size_t line = role_end;
    while (line > 0 && text[line - 1] != U'\n' && text[line - 1] != U'、' && text[line - 1] != U'（') --line;
    const std::u32string_view before_role = text.substr(line, role_end - line);
    if (before_role.find_first_of(U"。はがをにで") != std::u32string_view::npos) continue;
    const long w = index.starting_at(begin);
    const std::u32string_view name = text.substr(begin, length);
    // (A role after a role is who speaks, not a name: - パートのリーダー：, - 若手の職人：.)
    if (never_a_person(name)) continue;
    if (joined_by_no) {
      // After の the run is as often what the role has (スタッフの一人：, 女将の事務時間：): it must
      // read as a name, the name list's surname (黛, 枡形) or a word the dictionary does not know
      // or knows as a proper noun (阿部田).
      const bool listed = name.find_first_of(U"ヶノ") != std::u32string_view::npos || PersonNameList::shared().is_surname(name) ||
                          (length >= 3 && PersonNameList::shared().is_surname(name.substr(0, 2))) ||
                          (length >= 4 && PersonNameList::shared().is_surname(name.substr(0, 3)));
      const bool unknown_word = w >= 0 && (index[w].unknown || index[w].noun == NounKind::kProper);
      if (is_kanji_numeral(name[0]) || !(listed || unknown_word)) continue;
    } else if (w >= 0 && index[w].end == colon && !index[w].unknown && index[w].noun != NounKind::kProper) {
      continue;
    }
    widen_or_add_person(findings, begin, colon, Severity::kError);
  }
}

// Who speaks in minutes by a katakana name alone, at the start of a line or a quoted line
// (- ヒョードル：…, 「ヒョードル：待機が毎日2時間」): a name the dictionary does not know or knows
// as a person's. A role or a word it knows (- ドライバー：, 「パート：」) is who speaks by role.
void find_katakana_speakers(std::u32string_view text, const std::vector<Morpheme>& words, std::vector<Finding>& findings) {
  if (words.empty()) return;
  const Lexicon& lex = lexicon();
  const WordIndex index(&words);
  for (size_t colon = text.find(U':'); colon != std::u32string_view::npos; colon = text.find(U':', colon + 1)) {
    size_t begin = colon;
    while (begin > 0 && colon - begin < 12 && (is_katakana(text[begin - 1]) || text[begin - 1] == U'ー' || text[begin - 1] == U'・')) {
      --begin;
    }
    if (colon - begin < 2 || !is_katakana(text[begin])) continue;
    // (The line's or the quote's start, after a list marker: - ヒョードル：, 「ヒョードル：.)
    size_t opening = begin;
    if (opening >= 2 && (text[opening - 2] == U'-' || text[opening - 2] == U'・') && text[opening - 1] == U' ') opening -= 2;
    if (!(opening == 0 || text[opening - 1] == U'\n' || text[opening - 1] == U'「')) continue;
    const std::u32string_view name = text.substr(begin, colon - begin);
    // (Nor a role the dictionary does not know, ending as roles do: ヘッドブルワー.)
    if (never_a_person(name) || is_anonymised_name(name) || lex.person_roles.match_ending_at(name, name.size()) > 0 ||
        lex.person_titles.match_ending_at(name, name.size()) > 0) {
      continue;
    }
    // (Every word of it unknown or a person's name: ヒョードル; not ドライバー, パート.)
    const long first = index.starting_at(begin);
    bool named = first >= 0;
    for (long k = first; named && k < index.size() && index[k].begin < colon; ++k) {
      const Morpheme& w = index[k];
      named = w.unknown || (w.noun == NounKind::kProper && w.proper == ProperKind::kPerson) || text[w.begin] == U'・';
    }
    if (!named) continue;
    widen_or_add_person(findings, begin, colon, Severity::kError);
  }
}

// People named in a list (弘中、末次、国弘; 茂木と新井) are one finding: the reviewer
// rewrites the list as a whole ("担当の3名").
void join_listed_people(std::u32string_view text, std::vector<Finding>& findings) {
  std::vector<Finding*> people;
  for (Finding& f : findings) {
    if (f.kind == FindingKind::kPerson && f.end > f.begin) people.push_back(&f);
  }
  std::sort(people.begin(), people.end(), [](const Finding* a, const Finding* b) { return a->begin < b->begin; });
  Finding* list = nullptr;
  for (Finding* f : people) {
    if (list != nullptr && f->begin == list->end + 1 &&
        std::u32string_view(U"、・と").find(text[list->end]) != std::u32string_view::npos) {
      list->end = f->end;
      list->severity = std::min(list->severity, f->severity);
      f->end = f->begin;  // merged: most_certain() passes over empty findings
      continue;
    }
    if (list == nullptr || f->begin >= list->end) list = f;
  }
}

// A person's role written before the name with の (専務の大崎, 配車係の茂木と新井,
// スタイリストの美咲) belongs to the finding: "専務" alone is what the text may keep.
void extend_people_with_roles(std::u32string_view text, const std::vector<Morpheme>& words,
                              std::vector<Finding>& findings) {
  if (words.empty()) return;
  const Lexicon& lex = lexicon();
  const WordIndex index(&words);
  for (Finding& f : findings) {
    if (f.kind != FindingKind::kPerson || f.end <= f.begin || f.begin < 2 || text[f.begin - 1] != U'の') continue;
    const size_t role_end = f.begin - 1;
    size_t role_begin = role_end;
    for (long k = index.ending_at(role_end); k >= 0 && role_end - words[k].begin <= 10; --k) {
      const Morpheme& w = words[k];
      if (w.pos != PartOfSpeech::kNoun || w.end != role_begin || w.noun == NounKind::kPronoun) break;
      role_begin = w.begin;
    }
    if (role_begin == role_end) continue;
    const std::u32string_view role = text.substr(role_begin, role_end - role_begin);
    int tag = -1;
    const bool title = lex.person_titles.match_at(role, 0, &tag) == role.size() && tag == kTitleRole;
    const bool job = std::u32string_view(U"係師者長員士手役匠将主").find(role.back()) != std::u32string_view::npos;
    const bool katakana_job = role.size() >= 3 && std::all_of(role.begin(), role.end(), is_katakana);
    const bool latin_title = role.size() >= 2 && role.size() <= 4 &&
                             std::all_of(role.begin(), role.end(), [](char32_t c) { return c >= U'A' && c <= U'Z'; });
    if (title || job || katakana_job || latin_title) f.begin = role_begin;
  }
}

// The parts of a name the dictionary leaves outside a person's finding: the kanji and 々
// MeCab reads as a symbol before it (佐々|木田 勝), and a katakana given name after a
// blank (畠山 ハル, as names are written in lists and on rosters).
void complete_people_names(std::u32string_view text, std::vector<Finding>& findings) {
  for (Finding& f : findings) {
    if (f.kind != FindingKind::kPerson || f.end <= f.begin) continue;
    if (f.begin >= 2 && text[f.begin - 1] == U'々' && is_kanji(text[f.begin - 2]) && text[f.begin - 2] != U'々') {
      f.begin -= 2;
    }
    if (f.end + 1 >= text.size() || !is_space(text[f.end]) || !is_kanji(text[f.end - 1])) continue;
    size_t q = f.end + 1;
    while (q < text.size() && q - f.end <= 5 && is_katakana(text[q])) ++q;
    const size_t given = q - f.end - 1;
    // The given name ends where a particle, an honorific or punctuation begins.
    const bool ends_there = q >= text.size() ||
                            std::u32string_view(U"とがはのをにもや、。・)」 さ氏").find(text[q]) != std::u32string_view::npos;
    if (given < 2 || given > 4 || !ends_there) continue;
    f.end = q;
  }
}

// A person named in a sentence about history (江戸時代の紀行家・菅江真澄, 富山藩主の前田正甫,
// 古田織部の名を冠した) is more likely a public figure the lists lack than a client: the
// finding stays, as a warning a reviewer judges. An honorific (さん, 氏, 様) keeps it an
// error: it names a living person.
void soften_people_in_history(std::u32string_view text, std::vector<Finding>& findings) {
  static constexpr std::u32string_view kHistory[] = {
      U"江戸時代", U"平安時代", U"鎌倉時代", U"室町時代", U"戦国", U"安土桃山", U"幕末", U"藩主", U"藩士", U"将軍", U"大名",
      U"武将", U"紀行家", U"俳人", U"歌人", U"茶人", U"絵師", U"僧侶", U"開祖", U"と伝わる", U"と伝えられ", U"の名を冠",
      U"ゆかりの", U"偉人", U"史実", U"王国", U"王朝", U"の時代", U"歴史"};
  for (Finding& f : findings) {
    if (f.kind != FindingKind::kPerson || f.severity != Severity::kError) continue;
    const char32_t after = f.end < text.size() ? text[f.end] : U'\0';
    const char32_t last = f.end > f.begin ? text[f.end - 1] : U'\0';
    // (One kanji and 氏 is a clan in history: 尚氏の時代, 平氏.)
    const bool clan = last == U'氏' && f.end - f.begin <= 2;
    if (after == U'さ' || after == U'氏' || after == U'様' || last == U'ん' || (last == U'氏' && !clan) || last == U'様') continue;
    size_t begin = f.begin;
    while (begin > 0 && f.begin - begin < 60 && text[begin - 1] != U'。' && text[begin - 1] != U'\n') --begin;
    size_t end = f.end;
    while (end < text.size() && end - f.end < 60 && text[end] != U'。' && text[end] != U'\n') ++end;
    const std::u32string_view sentence = text.substr(begin, end - begin);
    for (std::u32string_view marker : kHistory) {
      if (sentence.find(marker) != std::u32string_view::npos) {
        f.severity = Severity::kWarning;
        break;
      }
    }
  }
}

// The public profile of the case, which the quasi-identifier signals narrow down.
struct Profile {
  std::u32string industry, region, business;
};

// Adds a warning for the first signal of each kind when the case has enough kinds of
// signal to single a firm out (the rule at the top of this file).
void add_quasi_identifier_findings(const std::vector<QuasiSignal>& signals, const Profile& profile,
                                   std::vector<Finding>& findings) {
  std::set<SignalKind> kinds;
  for (const QuasiSignal& signal : signals) kinds.insert(signal.kind);
  const size_t needed = profile.business.empty() ? 3 : 2;
  if (kinds.size() < needed) {
    // An exact founding year is worth a warning alone: firms publish it ("明治5年創業"), and
    // it with the prefecture and the business is a search query that finds them. So is an
    // exact line of generations (十一代続く); each such clause is shown to the reviewer.
    for (const QuasiSignal& signal : signals) {
      if (signal.kind != SignalKind::kFoundingYear || !signal.calendar_year) continue;
      Finding finding;
      finding.begin = signal.begin;
      finding.end = signal.end;
      finding.kind = FindingKind::kQuasiIdentifier;
      finding.severity = Severity::kWarning;
      finding.detail = signal.generations ? kDetailGenerations : kDetailFounding;
      findings.push_back(finding);
    }
    return;
  }
  std::string known;
  if (!profile.region.empty()) known += "所在地「" + to_utf8(profile.region) + "」、";
  if (!profile.industry.empty()) known += "業種「" + to_utf8(profile.industry) + "」、";
  if (!profile.business.empty()) known += "事業内容「" + to_utf8(profile.business) + "」、";
  std::set<SignalKind> reported;
  for (const QuasiSignal& signal : signals) {
    // Each exact founding is shown (it is worth a warning alone, above); of the other kinds
    // the first stands for the rest.
    const bool exact_founding = signal.kind == SignalKind::kFoundingYear && signal.calendar_year;
    if (!reported.insert(signal.kind).second && !exact_founding) continue;
    std::string others;
    for (SignalKind other : kinds) {
      if (other != signal.kind) others += std::string(others.empty() ? "" : "・") + signal_name(other);
    }
    Finding finding;
    finding.begin = signal.begin;
    finding.end = signal.end;
    finding.kind = FindingKind::kQuasiIdentifier;
    finding.severity = Severity::kWarning;
    finding.detail = known + others;
    finding.suggestion = signal_suggestion(signal.kind);
    findings.push_back(finding);
  }
}

// A firm's name found in part as an error and whole as a warning from the same start
// (越中精密 by its suffix, 越中精密ホールディングス before の傘下): the name goes on, and the
// error covers all of it, so the reviewer rewrites the whole name.
void extend_firm_errors_to_their_whole_names(std::vector<Finding>& findings) {
  std::map<size_t, size_t> longest_warning_end;  // company warnings, by begin
  for (const Finding& f : findings) {
    if (f.kind != FindingKind::kCompany || f.severity != Severity::kWarning || f.end <= f.begin) continue;
    size_t& end = longest_warning_end[f.begin];
    end = std::max(end, f.end);
  }
  for (Finding& f : findings) {
    if (f.kind != FindingKind::kCompany || f.severity != Severity::kError || f.end <= f.begin) continue;
    const auto longer = longest_warning_end.find(f.begin);
    if (longer != longest_warning_end.end() && longer->second > f.end && longer->second - f.begin <= 24) {
      f.end = longer->second;
      if (f.core_end > f.core_begin) f.core_end = f.end;
    }
  }
}

// Names of firms, shops, goods and people (not numbers, addresses or labels).
bool is_name_kind(FindingKind kind) {
  return kind == FindingKind::kCompany || kind == FindingKind::kShop || kind == FindingKind::kProduct ||
         kind == FindingKind::kPerson || kind == FindingKind::kProperNoun;
}

// A dated fact followed by 以来 goes on over what has held since (明治三十一年の開業以来、同じ
// 源泉を一度も掘り替えずに使い続けている; 昭和三十三年の創業以来、累計で十二万台の学習机を
// 納めてきた): the clause after it is the claim the date makes exact. So does a founding
// followed by から (1919年の開業から元日も含めて一日も店を閉めたことがない), and one followed by
// a clause of how long it has gone on (1954年創業、宍道湖の南岸で70年続く). Where the claim
// goes on over a comma to the sentence's end with words of a record kept (一度も, 延べ), the
// whole of it belongs.
void extend_facts_over_what_held_since(std::u32string_view text, std::vector<Finding>& findings) {
  constexpr std::u32string_view kClauseEnds = U"、。\n」』|";
  const auto clause_end = [&](size_t from) -> size_t {
    size_t end = from;
    while (end < text.size() && end - from < 36 && kClauseEnds.find(text[end]) == std::u32string_view::npos) ++end;
    return end < text.size() && kClauseEnds.find(text[end]) != std::u32string_view::npos ? end : 0;
  };
  const auto founded_before = [&](size_t p) {
    for (std::u32string_view w : {U"創業", U"開業", U"創立", U"設立", U"開店", U"開窯", U"開湯", U"開園", U"開院"}) {
      if (p >= w.size() && text.compare(p - w.size(), w.size(), w) == 0) return true;
    }
    return false;
  };
  for (Finding& f : findings) {
    if (f.kind != FindingKind::kQuasiIdentifier || f.end <= f.begin) continue;
    size_t p = f.end;
    bool since = false;
    if (starts_with(text, p, U"以来")) {
      p += 2;
      since = true;
    } else if (p >= 2 && text.compare(p - 2, 2, U"以来") == 0) {
      since = true;
    } else if (founded_before(p) && starts_with(text, p, U"から")) {
      p += 2;
      since = true;
    } else if (founded_before(p) && at(text, p) == U'、') {
      // (How long it has gone on: …、宍道湖の南岸で70年続く.)
      const size_t end = clause_end(p + 1);
      if (end == 0) continue;
      const std::u32string_view clause = text.substr(p + 1, end - p - 1);
      const size_t years = clause.find(U"年");
      const bool lasting = years != std::u32string_view::npos && years > 0 &&
                           (is_ascii_digit(clause[years - 1]) || is_kanji_numeral(clause[years - 1])) &&
                           (clause.find(U"続く") != std::u32string_view::npos || clause.find(U"続いて") != std::u32string_view::npos ||
                            clause.find(U"続け") != std::u32string_view::npos);
      if (lasting) f.end = end;
      continue;
    }
    if (!since) continue;
    const bool comma = at(text, p) == U'、';
    if (comma) ++p;
    else if (p == f.end || text.compare(p - 2, 2, U"から") != 0) continue;  // 以来 needs its comma
    size_t end = clause_end(p);
    if (end == 0) continue;
    // (The record goes on to the sentence's end: …から、港に揚がった…だけを使い、九十年以上一度も
    // 原料を変えていない.)
    if (text[end] == U'、') {
      size_t stop = end + 1;
      while (stop < text.size() && stop - end < 30 && std::u32string_view(U"。\n」』|").find(text[stop]) == std::u32string_view::npos) ++stop;
      const std::u32string_view rest = text.substr(p, stop - p);
      if (stop < text.size() && text[stop] == U'。') {
        for (std::u32string_view kept : {U"一度も", U"一日も", U"延べ", U"累計", U"欠かさ"}) {
          if (rest.find(kept) != std::u32string_view::npos) {
            end = stop;
            break;
          }
        }
      }
    }
    f.end = end;
  }
}

// One place described in two clauses of a sentence (中橋のたもとに建ち、大原美術館と川を挟んで
// 向き合う) is one passage to rewrite: two location facts a few characters apart, with no
// full stop between them, become one finding. So are two claims or records told in one
// breath (海外メディアで取り上げられ、動画の再生は1,200万回を超えた): the reviewer rewrites
// the sentence, not half of it. (The profile's facts, a founding year beside a headcount,
// stay apart: each is named in the message that says they narrow the firm together.)
bool is_claim_or_record(const Finding& f) {
  for (const char* detail : {kDetailAward, kDetailMedia, kDetailUniqueness, kDetailViews, kDetailVisitor, kDetailSupplied,
                             kDetailPublicWork, kDetailDisaster}) {
    if (f.detail == detail) return true;
  }
  return false;
}

void join_fact_clauses(std::u32string_view text, std::vector<Finding>& findings) {
  std::vector<Finding*> places;
  for (Finding& f : findings) {
    if (f.kind == FindingKind::kQuasiIdentifier && f.end > f.begin && (f.detail == kDetailLocation || is_claim_or_record(f))) {
      places.push_back(&f);
    }
  }
  std::sort(places.begin(), places.end(), [](const Finding* a, const Finding* b) { return a->begin < b->begin; });
  Finding* joined = nullptr;
  for (Finding* f : places) {
    const bool alike = joined != nullptr && (joined->detail == kDetailLocation) == (f->detail == kDetailLocation);
    if (alike && f->begin >= joined->end && f->begin - joined->end <= 4) {
      const std::u32string_view between = text.substr(joined->end, f->begin - joined->end);
      if (between.find_first_of(U"。！？\n「」『』|") == std::u32string_view::npos) {
        joined->end = std::max(joined->end, f->end);
        joined->severity = std::min(joined->severity, f->severity);  // kError comes first
        f->end = f->begin;  // merged: most_certain() passes over empty findings
        continue;
      }
    }
    if (joined == nullptr || f->begin >= joined->end) joined = f;
  }
}

// A location fact goes on over the way that leads to it and the turn it ends in, when the
// sentence says them: 宇和島の湾の一番奥、|九島大橋の真下の筏; 高崎駅西口から大通りを進み、|
// 市役所の手前の信号|を右に折れたところ. The clause before must start with a name and end
// in a position or a walk; the turn after must follow the fact at once.
// (patterns.cpp's extend_locations_over_what_they_describe and join_adjacent_locations do the
// like for the lookup facts alone, as they are found; this pass and join_fact_clauses run
// once every rule has reported, so that locations from the quasi-identifier signals
// (高崎市役所の手前の信号) are read too.)
void extend_locations_over_their_way(std::u32string_view text, std::vector<Finding>& findings) {
  for (Finding& f : findings) {
    if (f.kind != FindingKind::kQuasiIdentifier || f.detail != kDetailLocation || f.end <= f.begin) continue;
    if (f.begin >= 6 && text[f.begin - 1] == U'、') {
      // (NFKC has made every full-width colon a colon.)
      const size_t start = run_start_before(text, f.begin - 1, 24, U"、。はが「」『』\n|:");
      const std::u32string_view clause = text.substr(start, f.begin - 1 - start);
      const bool named = clause.size() >= 5 && (is_kanji(clause[0]) || is_katakana(clause[0])) &&
                         clause.find_first_of(U"のをか") != std::u32string_view::npos &&
                         (start == 0 || std::u32string_view(U"、。はが「\n|:").find(text[start - 1]) != std::u32string_view::npos);
      for (std::u32string_view e : {U"一番奥", U"いちばん奥", U"の奥", U"二階", U"三階", U"地下", U"最上階", U"進み", U"歩き", U"抜け",
                                    U"渡り", U"上りきった", U"下りきった", U"登りきった", U"すそ野", U"裾野", U"の一角", U"突き当たり",
                                    U"の先", U"のたもと", U"の外れ", U"のはずれ"}) {
        if (named && clause.size() > e.size() && ends_with(clause, e)) {
          f.begin = start;
          break;
        }
      }
    }
    // (A clause after a comma that says where it stands against another place: 徒歩3分、あがたの
    // 森通りとの交差点に面した2階建て.)
    if (at(text, f.end) == U'、') {
      size_t stop = f.end + 1;
      while (stop < text.size() && stop - f.end < 26 && std::u32string_view(U"、。\n「」『』|").find(text[stop]) == std::u32string_view::npos) {
        ++stop;
      }
      const std::u32string_view clause = text.substr(f.end + 1, stop - f.end - 1);
      if (stop < text.size() && text[stop] != U'「' && clause.size() >= 6) {
        for (std::u32string_view facing : {U"に面した", U"に面する", U"と向き合う", U"を挟んで", U"の角に", U"の真向かい", U"の斜め向かい",
                                           U"の隣に", U"の二階", U"の一角"}) {
          const size_t at_facing = clause.find(facing);
          if (at_facing != std::u32string_view::npos && at_facing >= 3 &&
              (is_kanji(clause[at_facing - 1]) || is_katakana(clause[at_facing - 1]))) {
            f.end = stop;
            break;
          }
        }
      }
    }
    for (std::u32string_view turn : {U"を右に折れた", U"を左に折れた", U"を右へ折れた", U"を左へ折れた", U"を右に曲がった",
                                     U"を左に曲がった", U"を右へ曲がった", U"を左へ曲がった", U"を渡った", U"をくぐった",
                                     U"を抜けた", U"を渡りきった", U"を上りきった", U"を下りきった"}) {
      if (!starts_with(text, f.end, turn)) continue;
      size_t end = f.end + turn.size();
      for (std::u32string_view place : {U"ところ", U"すぐ", U"角", U"先", U"右手", U"左手", U"突き当たり"}) {
        if (starts_with(text, end, place)) {
          end += place.size();
          break;
        }
      }
      f.end = end;
      break;
    }
  }
}

// Where findings overlap, the most certain one stands for the span (see priority()).
// Returns the findings kept, in text order.
std::vector<const Finding*> most_certain(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    // Of two equally certain findings at one place, the longer says more.
    if (priority(a) != priority(b)) return priority(a) < priority(b);
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  // Quasi-identifiers (a claim, a founding year) are a clause about the firm rather than
  // a name, and may hold a name: they are kept beside the names. Two that overlap are one
  // passage to rewrite (創業 | 昭和2年3月 and 昭和2年3月、開湯祭の当日): the first kept grows
  // to cover both.
  // A name error that holds whole the name errors kept so far where it stands (「御菓子司
  // 吉城堂」 around 吉城堂) replaces them: it covers all of the name a reviewer rewrites.
  std::map<size_t, Finding*> taken_names;  // kept, by begin; they never overlap
  std::map<size_t, Finding*> taken_facts;
  const auto replaces_all = [](const Finding& outer, const Finding& inner) {
    return outer.severity == Severity::kError && inner.severity == Severity::kError && is_name_kind(outer.kind) &&
           is_name_kind(inner.kind) && outer.begin <= inner.begin && inner.end <= outer.end &&
           outer.end - outer.begin > inner.end - inner.begin;
  };
  for (Finding& finding : findings) {
    if (finding.end <= finding.begin) continue;
    std::map<size_t, Finding*>& taken = finding.kind == FindingKind::kQuasiIdentifier ? taken_facts : taken_names;
    auto first = taken.lower_bound(finding.begin);
    if (first != taken.begin() && std::prev(first)->second->end > finding.begin) first = std::prev(first);
    if (finding.kind == FindingKind::kQuasiIdentifier && first != taken.end() && first->first < finding.end) {
      // (Facts come in the order they begin, so the kept one starts first; the key is moved
      // all the same should it not.)
      Finding* kept = first->second;
      size_t end = std::max(kept->end, finding.end);
      auto next = std::next(first);
      while (next != taken.end() && next->first < end) {
        end = std::max(end, next->second->end);
        next = taken.erase(next);
      }
      kept->end = end;
      if (finding.begin < kept->begin) {
        kept->begin = finding.begin;
        taken.erase(first);
        taken.emplace(kept->begin, kept);
      }
      continue;
    }
    auto last = first;
    bool covers = true;
    while (last != taken.end() && last->first < finding.end) {
      covers = covers && finding.kind != FindingKind::kQuasiIdentifier && replaces_all(finding, *last->second);
      ++last;
    }
    if (first != last) {
      if (!covers) continue;
      taken.erase(first, last);
    }
    taken.emplace(finding.begin, &finding);
  }
  std::vector<const Finding*> kept;
  for (const auto& [begin, finding] : taken_names) kept.push_back(finding);
  for (const auto& [begin, finding] : taken_facts) kept.push_back(finding);
  std::sort(kept.begin(), kept.end(), [](const Finding* a, const Finding* b) { return a->begin < b->begin; });
  return kept;
}

// ---------------------------------------------------------------- the check

// Length of the Markdown block marker a line starts with ("- ", "* ", "+ ", "1. ", "> ",
// "## "), or 0. MeCab reads a marker as a word and joins it to what follows (-|星 as a
// suffix, so 星店長 loses its surname), so the words are cut without it.
size_t block_marker_length(std::u32string_view text, size_t line) {
  size_t p = line;
  while (p < text.size() && p - line < 3 && text[p] == U' ') ++p;
  const size_t start = p;
  if (p < text.size() && (text[p] == U'-' || text[p] == U'*' || text[p] == U'+' || text[p] == U'>')) {
    ++p;
  } else if (p < text.size() && text[p] == U'#') {
    while (p < text.size() && p - start < 6 && text[p] == U'#') ++p;
  } else {
    while (p < text.size() && p - start < 3 && text[p] >= U'0' && text[p] <= U'9') ++p;
    if (p == start || p >= text.size() || (text[p] != U'.' && text[p] != U')')) return 0;
    ++p;
  }
  if (p >= text.size() || text[p] != U' ') return 0;
  return p + 1 - line;
}

// The ranges with each line's block marker left out.
std::vector<Range> without_block_markers(std::u32string_view text, const std::vector<Range>& ranges) {
  std::vector<Range> out;
  for (const auto& [begin, end] : ranges) {
    size_t from = begin;
    for (size_t line = begin; line < end;) {
      if (line == 0 || text[line - 1] == U'\n') {
        if (const size_t marker = block_marker_length(text, line); marker > 0 && line + marker <= end) {
          if (line > from) out.push_back({from, line});
          from = line + marker;
        }
      }
      const size_t next = text.find(U'\n', line);
      if (next == std::u32string_view::npos || next >= end) break;
      line = next + 1;
    }
    if (from < end) out.push_back({from, end});
  }
  return out;
}

Problems run_check(std::string_view file_text, const AnonymityContext& context, const MorphologicalAnalyzer* analyzer,
                   const std::string& unavailable_reason) {
  const NormalizedText normalized(file_text);
  const std::u32string_view text = normalized.text();
  const Lexicon& lex = lexicon();
  const FrontMatter front = read_front_matter(text);

  // Ranges to scan: everything but skipped front-matter lines.
  std::vector<Range> ranges;
  size_t cursor = 0;
  for (const Range& skipped : front.skipped) {
    if (skipped.first > cursor) ranges.push_back({cursor, skipped.first});
    cursor = std::max(cursor, skipped.second);
  }
  if (cursor < text.size()) ranges.push_back({cursor, text.size()});
  Coverage skipped;
  for (const Range& range : front.skipped) skipped.add(range.first, range.second + 1);
  skipped.finish();

  std::vector<Finding> findings;
  std::vector<QuasiSignal> signals;
  if (front.has_company) {
    const std::u32string_view value = text.substr(front.company.first, front.company.second - front.company.first);
    if (!is_company_label(value)) {
      Finding finding;
      finding.begin = front.company.first;
      finding.end = front.company.second;
      finding.kind = FindingKind::kCompanyLabel;
      findings.push_back(finding);
    }
  }
  find_phone_numbers(text, findings);
  find_email_addresses(text, findings);
  find_urls_and_domains(text, findings);
  find_social_media_handles(text, findings);
  find_latin_proper_names(text, findings);
  find_corporate_numbers(text, findings);
  find_postal_codes(text, findings);
  find_street_addresses(text, findings);
  find_company_legal_forms(text, findings);
  find_exact_counts(text, findings);
  find_names_beside_labels(text, findings);
  find_lookup_facts(text, findings);
  find_quasi_signals(text, signals);
  // (Claims in western and Kyushu speech are read as said in the standard forms.)
  const std::optional<std::u32string> standard_speech = speech_as_standard(text);
  const std::u32string_view claims_text = standard_speech ? std::u32string_view(*standard_speech) : text;
  std::vector<Morpheme> words;
  if (analyzer != nullptr) {
    words = analyzer->analyze(text, without_block_markers(text, ranges));
    // A claim scoped by a place the lists do not know: its name, then で (桐生で最後の力織機).
    find_uniqueness_claims(claims_text, findings,
                           [&](size_t from, size_t end) { return place_scope_start(claims_text, words, from, end); });
    find_names_with_morphology(text, words, findings, signals);
    find_partner_firms(text, words, findings);
    find_firms_as_topic(text, words, findings);
    find_shop_and_product_names(text, &words, findings);
    find_firms_by_shape(text, words, findings);
    find_people_in_staff_tables(text, findings);
    find_people_listed_in_brackets(text, findings);
    find_headcounts_at_named_sites(text, words, findings);
  } else {
    find_uniqueness_claims(claims_text, findings);
    find_names_without_morphology(text, findings, signals);
    find_shop_and_product_names(text, nullptr, findings);
  }
  find_firms_listed_with_found_ones(text, words, findings);

  // What is allowed: the context's terms, this file's supporter names, the built-in
  // vocabulary. An allowed term hides every finding that lies inside one of its
  // occurrences (but not a finding that merely contains it: 山田 allowed does not allow
  // 山田製作所).
  const AllowedTerms& allowed =
      context.prepared_allow_list ? context.prepared_allow_list->terms : allowed_terms_for(context.allowed_terms);
  TermMatcher file_public_names;
  for (const std::u32string& name : front.public_names) file_public_names.add(std::u32string_view(name));
  Coverage allowed_spans;
  allowed.matcher.for_each_match(text, [&](size_t b, size_t e, int) { allowed_spans.add(b, e); });
  file_public_names.for_each_match(text, [&](size_t b, size_t e, int) { allowed_spans.add(b, e); });
  lex.vocabulary.for_each_match(text, [&](size_t b, size_t e, int) { allowed_spans.add(b, e); });
  // Public figures a general dictionary knows by their full name (夏目漱石, 真田昌幸).
  public_figure_names().for_each_match(text, [&](size_t b, size_t e, int) { allowed_spans.add(b, e); });
  allowed_spans.finish();

  // Public names (support organisations, government, schools, banks, eras, places) and
  // generic words the dictionary takes for names: the name rules do not fire inside them.
  Coverage public_spans;
  lex.public_names.for_each_match(text, [&](size_t b, size_t e, int tag) {
    public_spans.add(tag == kPublicSuffix ? organisation_name_start(text, b) : b, e);
  });
  lex.prefectures.for_each_match(text, [&](size_t b, size_t e, int) { public_spans.add(b, e); });
  lex.areas.for_each_match(text, [&](size_t b, size_t e, int) { public_spans.add(b, e); });
  Coverage generic_spans;
  lex.generic_terms.for_each_match(text, [&](size_t b, size_t e, int) {
    public_spans.add(b, e);
    generic_spans.add(b, e);
  });
  public_spans.finish();
  generic_spans.finish();

  const auto is_fine = [&](const Finding& f) {
    if (f.kind == FindingKind::kCompanyLabel) return false;  // its line is skipped for the other rules
    if (skipped.touches(f.begin)) return true;
    const size_t core_begin = f.core_end > f.core_begin ? f.core_begin : f.begin;
    const size_t core_end = f.core_end > f.core_begin ? f.core_end : f.end;
    // Allowed terms judge the whole span (allowing 山田 does not allow 山田製作所); public
    // names judge the name inside it (公益財団法人 + a public body's name is public).
    if (allowed_spans.covers(f.begin, f.end)) return true;
    // A public name and の before the kind of place (あまおうの観光農園, a cultivar's farm):
    // the name is the allowed one.
    if (f.kind == FindingKind::kShop || f.kind == FindingKind::kProduct) {
      const size_t no = text.substr(f.begin, f.end - f.begin).find(U'の');
      if (no != std::u32string_view::npos && no > 0 && f.begin + no + 1 < f.end && allowed_spans.covers(f.begin, f.begin + no)) {
        return true;
      }
    }
    // A person whose name starts inside an allowed public name is that figure, whatever the
    // dictionary joins to it (水戸黄門|ゆかり の地: ゆかり read as a given name).
    if (f.kind == FindingKind::kPerson && allowed_spans.touches(core_begin)) return true;
    // A platform named by its bare domain (Booking.com で予約を受ける) is a tool, not the
    // firm's address; a URL with a path on it (the firm's own page there) stays.
    if (f.kind == FindingKind::kUrl && f.end - f.begin == f.host.size() && is_platform_domain(f.host)) return true;
    if (f.kind == FindingKind::kUrl || f.kind == FindingKind::kEmail) {
      for (const std::string& domain : allowed.domains) {
        if (host_is_within(f.host, domain)) return true;
      }
      // Government sites (go.jp, lg.jp) are public; a person's e-mail there is not.
      if (f.kind == FindingKind::kUrl && (host_is_within(f.host, "go.jp") || host_is_within(f.host, "lg.jp"))) {
        return true;
      }
      return false;
    }
    const bool name_rule = f.kind == FindingKind::kCompany || f.kind == FindingKind::kProperNoun ||
                           f.kind == FindingKind::kShop || f.kind == FindingKind::kProduct ||
                           (f.kind == FindingKind::kPerson && f.severity == Severity::kWarning);
    // A "person" that is wholly a public or generic term (越後杜氏 is a guild of brewers,
    // 高水温 a word IPAdic reads as a full name) is none, whatever its evidence.
    if (f.kind == FindingKind::kPerson && generic_spans.covers(f.begin, f.end)) return true;
    // Nor one whose surname is the start of such a word (白|えびの: 白えび is seafood).
    if (f.kind == FindingKind::kPerson && f.surname_end > core_begin && generic_spans.covers(core_begin, f.surname_end + 1)) {
      return true;
    }
    // Nor a name whose kana ends in の right before a noun it would modify (水出|しの|緑茶: 水出し
    // の緑茶): a name is followed by a particle, a title or a break, not by what it describes.
    if (f.kind == FindingKind::kPerson && core_end < text.size() && core_end >= core_begin + 2 && text[core_end - 1] == U'の' &&
        is_hiragana(text[core_end - 2]) && is_kanji(text[core_end]) &&
        lex.person_titles.match_at(text, core_end) == 0 && lex.person_roles.match_at(text, core_end) == 0) {
      return true;
    }
    // A bank is a public body as a supporter, but the one the firm borrows from (メインバンクの
    // 富山北星銀行) narrows it down: that finding stays unless the case names it as supporter.
    if (f.kind == FindingKind::kCompany && f.detail == kDetailLender) return false;
    return name_rule && public_spans.covers(core_begin, core_end);
  };
  findings.erase(std::remove_if(findings.begin(), findings.end(), is_fine), findings.end());
  // (After the public names are gone: a place named by them alone, 那須の街道沿い, is a region.)
  find_premises_positions(text, findings);
  find_case_sheet_facts(text, findings);
  findings.erase(std::remove_if(findings.begin(), findings.end(), is_fine), findings.end());

  // Names that were found, looked for again elsewhere in the file (丸十鋳造所 … 丸十は).
  std::vector<Finding> repeated;
  find_repeated_names(text, analyzer != nullptr ? &words : nullptr, findings, repeated);
  repeated.erase(std::remove_if(repeated.begin(), repeated.end(), is_fine), repeated.end());
  findings.insert(findings.end(), repeated.begin(), repeated.end());
  extend_names_with_branches(text, findings);
  extend_shops_with_kind_words(text, findings);
  join_product_names(text, findings);
  find_people_in_marked_lists(text, words, findings);
  find_full_names_after_roles(text, words, findings);
  find_speakers_by_role(text, words, findings);
  find_katakana_speakers(text, words, findings);
  // (Their people are judged as the others were: an allowed public figure is none.)
  findings.erase(std::remove_if(findings.begin(), findings.end(), is_fine), findings.end());
  join_listed_people(text, findings);
  extend_people_with_roles(text, words, findings);
  complete_people_names(text, findings);
  soften_people_in_history(text, findings);
  extend_firm_errors_to_their_whole_names(findings);

  // The quasi-identifier rule (see the top of this file).
  signals.erase(std::remove_if(signals.begin(), signals.end(),
                               [&](const QuasiSignal& s) {
                                 return skipped.touches(s.begin) || allowed_spans.covers(s.begin, s.end);
                               }),
                signals.end());
  Profile profile;
  profile.business = context.business.empty() ? front.business : normalize_term(context.business);
  profile.region = context.region.empty() ? front.region : normalize_term(context.region);
  profile.industry = context.industry.empty() ? front.industry : normalize_term(context.industry);
  add_quasi_identifier_findings(signals, profile, findings);
  extend_facts_over_what_held_since(text, findings);
  extend_locations_over_their_way(text, findings);
  join_fact_clauses(text, findings);

  Problems problems;
  for (const Finding* finding : most_certain(findings)) {
    const SourceSpan span = normalized.locate(finding->begin, finding->end);
    Problem problem;
    problem.line = span.line;
    problem.column = span.column;
    problem.severity = finding->severity;
    problem.rule = rule_name(finding->kind);
    problem.text = span.text;
    describe(*finding, span.text, &problem);
    problems.push_back(std::move(problem));
  }
  if (analyzer == nullptr) {
    Problem problem;
    problem.severity = Severity::kWarning;
    problem.rule = "anon-morphology-unavailable";
    problem.message =
        "形態素解析の辞書（MeCab IPAdic）を読み込めなかったため、人名・固有名詞の検査は敬称・役職の前の語に限りました";
    if (!unavailable_reason.empty()) problem.message += ": " + unavailable_reason;
    problem.suggestion =
        "mecab-ipadic-utf8 をインストールするか、環境変数 CASEKB_MECAB_DICDIR に辞書の場所を設定してください";
    problems.insert(problems.begin(), std::move(problem));
  }
  return problems;
}

// Fails closed: a case whose check did not finish (out of memory) must not pass as clean.
Problems guarded_check(std::string_view file_text, const AnonymityContext& context,
                       const MorphologicalAnalyzer* analyzer, const std::string& unavailable_reason) {
  std::string reason;
  try {
    return run_check(file_text, context, analyzer, unavailable_reason);
  } catch (const std::exception& e) {
    reason = e.what();
  } catch (...) {
    reason = "不明な例外";
  }
  Problem problem;
  problem.rule = "anon-check-failed";
  problem.message = "匿名性の検査を完了できませんでした: " + reason;
  problem.suggestion = "ファイルを小さく分けるか、管理者に連絡してください";
  return {problem};
}

}  // namespace

AllowList load_allow_list(const std::string& path) {
  AllowList list;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    Problem problem;
    problem.path = path;
    problem.rule = "allow-list-unreadable";
    problem.message = "許可リストを読み込めません: " + path;
    problem.suggestion = "ファイルの場所と読み取り権限を確認してください";
    list.problems.push_back(std::move(problem));
    return list;
  }
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);  // BOM
    const size_t first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    const size_t last = line.find_last_not_of(" \t");
    std::string term = line.substr(first, last - first + 1);
    const std::u32string normalized = normalize_term(term);
    if (to_utf8(normalized).find("\xEF\xBF\xBD") != std::string::npos) {
      Problem problem;
      problem.path = path;
      problem.line = number;
      problem.severity = Severity::kWarning;
      problem.rule = "allow-list-invalid-utf8";
      problem.text = term;
      problem.message = "許可リストの行が UTF-8 ではないため読み飛ばしました";
      problem.suggestion = "ファイルを UTF-8 で保存してください";
      list.problems.push_back(std::move(problem));
      continue;
    }
    if (normalized.size() < 2) {
      // A one-character term would hide findings inside any word containing it.
      Problem problem;
      problem.path = path;
      problem.line = number;
      problem.severity = Severity::kWarning;
      problem.rule = "allow-list-term-too-short";
      problem.text = term;
      problem.message = "1文字の語は許可リストに入れられないため読み飛ばしました: " + term;
      problem.suggestion = "2文字以上の語にしてください";
      list.problems.push_back(std::move(problem));
      continue;
    }
    list.terms.push_back(std::move(term));
  }
  return list;
}

Problems check_anonymity(std::string_view file_text, const AnonymityContext& context,
                         const MorphologicalAnalyzer* analyzer) {
  return guarded_check(file_text, context, analyzer, std::string());
}

Problems check_anonymity(std::string_view file_text, const AnonymityContext& context) {
  std::string reason;
  const std::shared_ptr<const MorphologicalAnalyzer> analyzer = MorphologicalAnalyzer::shared(&reason);
  return guarded_check(file_text, context, analyzer.get(), reason);
}

}  // namespace casekb
