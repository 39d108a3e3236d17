// Internal shapes shared by the anonymity rules: a finding located in the normalised text
// (turned into a Problem at the end) and a quasi-identifier signal.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "case/problem.h"

namespace casekb {

enum class FindingKind {
  kCompany,          // anon-company
  kCompanyLabel,     // anon-company, on the front matter's `company`
  kPerson,           // anon-person
  kPhone,            // anon-phone
  kEmail,            // anon-email
  kUrl,              // anon-url (URLs and bare domains)
  kPostal,           // anon-postal
  kAddress,          // anon-address
  kProperNoun,       // anon-proper-noun (a name of unknown kind: shop, brand, product …)
  kShop,             // anon-shop: 屋号, store, inn, salon, care home, farm named in the text
  kProduct,          // anon-product: a firm's own product or brand name
  kCorporateNumber,  // anon-corporate-number: 法人番号, invoice registration number (T + 13 digits)
  kQuasiIdentifier,  // anon-quasi-identifier
};

struct Finding {
  size_t begin = 0;  // [begin, end) in normalised code points
  size_t end = 0;
  FindingKind kind = FindingKind::kCompany;
  Severity severity = Severity::kError;
  // The name inside the span (山田製作所 in 株式会社山田製作所; 田中 in 田中社長) when it is
  // narrower than the span: public and allowed names are judged on it. 0/0 = the span.
  size_t core_begin = 0;
  size_t core_end = 0;
  // People: where the surname ends inside the core (小松原 in 小松原 誠), so that the
  // surname alone is looked for elsewhere in the file too; 0 when not known.
  size_t surname_end = 0;
  std::string host;        // URLs and e-mail addresses: the host, for allowed domains
  std::string detail;      // extra words for the message (e.g. what else narrows the firm down)
  std::string suggestion;  // replaces the rule's usual suggestion when set
};

// Appends a finding of [begin, end) (`core_begin`/`core_end`: the name inside it, see
// Finding) and returns it, for the fields a rule sets beyond these.
inline Finding& add_finding(std::vector<Finding>& out, size_t begin, size_t end, FindingKind kind, Severity severity,
                            std::string detail = {}, size_t core_begin = 0, size_t core_end = 0) {
  Finding& finding = out.emplace_back();
  finding.begin = begin;
  finding.end = end;
  finding.kind = kind;
  finding.severity = severity;
  finding.detail = std::move(detail);
  finding.core_begin = core_begin;
  finding.core_end = core_end;
  return finding;
}

// Facts that narrow a firm down without naming it (see the rule in anonymity.cpp).
enum class SignalKind { kMunicipality, kFoundingYear, kHeadcount, kCapital, kPreciseSales, kFacilityCount };

// Details of findings that share a kind but need their own message.
constexpr const char* kDetailUniqueness = "uniqueness";    // kQuasiIdentifier: 唯一, 日本初 …
constexpr const char* kDetailAward = "award";              // kQuasiIdentifier: a named prize won
constexpr const char* kDetailFounding = "founding";        // kQuasiIdentifier: an exact founding year
constexpr const char* kDetailInvoice = "invoice";          // kCorporateNumber: T + 13 digits
constexpr const char* kDetailGenerations = "generations";  // kQuasiIdentifier: 十四代目, 十一代続く
constexpr const char* kDetailLocation = "location";      // kQuasiIdentifier: 駅から徒歩3分, 陣屋の向かい
constexpr const char* kDetailMedia = "media";            // kQuasiIdentifier: 『番組』で紹介
constexpr const char* kDetailPublicWork = "public-work";  // kQuasiIdentifier: 薬師寺東塔の解体修理に加わった
constexpr const char* kDetailPatent = "patent";          // kQuasiIdentifier: 特許第6823415号
constexpr const char* kDetailLicence = "licence";        // kQuasiIdentifier: 神奈川県知事(5)第24518号
constexpr const char* kDetailExactCount = "exact-count";  // kQuasiIdentifier: ちょうど47台, わずか九室
constexpr const char* kDetailBuilding = "building";        // kQuasiIdentifier: 昭和二年築, 築180年
constexpr const char* kDetailEvent = "event";              // kQuasiIdentifier: 毎年5月に開く「いちご畑の音楽祭」
constexpr const char* kDetailVessel = "vessel";            // kQuasiIdentifier: 第十八大平丸
constexpr const char* kDetailDisaster = "disaster";        // kQuasiIdentifier: 熊本地震の翌週、市内で最初に営業を再開した
constexpr const char* kDetailVisitor = "visitor";          // kQuasiIdentifier: 首相が視察の帰りに立ち寄った
constexpr const char* kDetailViews = "views";            // kQuasiIdentifier: 動画の再生が一千万回を超えた
constexpr const char* kDetailSupplied = "supplied";        // kQuasiIdentifier: 阿波おどりの公式ポスターを刷り続けてきた
constexpr const char* kDetailRomanised = "romanised";      // kCompany: a romanised firm name (Kurahashi)
constexpr const char* kDetailLender = "lender";            // kCompany: a named bank the firm borrows from

struct QuasiSignal {
  size_t begin = 0;
  size_t end = 0;
  SignalKind kind = SignalKind::kMunicipality;
  bool calendar_year = false;  // kFoundingYear given as a year (1923年, 明治5年), not an age (創業73年)
  bool generations = false;    // kFoundingYear given as a line of generations (十四代目, 十一代続く)
};

}  // namespace casekb
