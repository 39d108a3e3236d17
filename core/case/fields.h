// The front-matter fields of the case-file contract (shared/spec/case-format.md),
// in one table: parsing and validation, the stored record, the JSON of the API
// and the anonymity check's treatment of each field all read it, so a field is
// added or changed in one place.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "case/case.h"

namespace casekb {

enum class FieldKind {
  kText,            // free text
  kVocabulary,      // one value of the taxonomy.yaml vocabulary named `field`
  kVocabularyList,  // one or more such values, as a YAML list
  kDate,            // ISO date (YYYY-MM-DD)
};

// What the anonymity check does with a field's value.
enum class AnonymityUse {
  kScan,        // checked like the body (title, business, source …)
  kSkip,        // controlled vocabulary or a date: nothing to find
  kPublicName,  // the support organisation's public name: skipped, and allowed in the body
  kCompanyLabel,// `company`: must be an anonymised label (A社)
};

struct FrontMatterField {
  std::string_view key;   // as written in the file, the stored record and the JSON
  bool required;
  FieldKind kind;
  std::string_view what;  // vocabulary fields: what a value must be (Japanese, for messages)
  AnonymityUse anonymity;
  std::string Case::*text;                // kText, kVocabulary, kDate; else null
  std::vector<std::string> Case::*list;   // kVocabularyList; else null
};

// In the order the contract lists them.
inline const std::array<FrontMatterField, 16> kFrontMatterFields = {{
    {"title", true, FieldKind::kText, "", AnonymityUse::kScan, &Case::title, nullptr},
    {"company", true, FieldKind::kText, "", AnonymityUse::kCompanyLabel, &Case::company, nullptr},
    {"industry", true, FieldKind::kVocabulary, "日本標準産業分類の大分類名", AnonymityUse::kSkip, &Case::industry, nullptr},
    {"business", false, FieldKind::kText, "", AnonymityUse::kScan, &Case::business, nullptr},
    {"region", true, FieldKind::kVocabulary, "都道府県名", AnonymityUse::kSkip, &Case::region, nullptr},
    {"walls", true, FieldKind::kVocabularyList, "「5つの壁」の名前", AnonymityUse::kSkip, nullptr, &Case::walls},
    {"outcomes", true, FieldKind::kVocabularyList, "成果の分類", AnonymityUse::kSkip, nullptr, &Case::outcomes},
    {"approach", false, FieldKind::kVocabulary, "アプローチの名前", AnonymityUse::kSkip, &Case::approach, nullptr},
    {"supporter", false, FieldKind::kVocabulary, "支援機関の種類", AnonymityUse::kSkip, &Case::supporter, nullptr},
    {"supporter_name", false, FieldKind::kText, "", AnonymityUse::kPublicName, &Case::supporter_name, nullptr},
    {"themes", false, FieldKind::kVocabularyList, "テーマ", AnonymityUse::kSkip, nullptr, &Case::themes},
    {"measures", false, FieldKind::kVocabularyList, "施策名", AnonymityUse::kSkip, nullptr, &Case::measures},
    {"stage", false, FieldKind::kVocabulary, "局面", AnonymityUse::kSkip, &Case::stage, nullptr},
    {"published", true, FieldKind::kDate, "", AnonymityUse::kSkip, &Case::published, nullptr},
    {"office", false, FieldKind::kText, "", AnonymityUse::kPublicName, &Case::office, nullptr},
    {"source", false, FieldKind::kText, "", AnonymityUse::kScan, &Case::source, nullptr},
}};

// Whether a case is a real one or a composite written for training follows from
// `source` (case-format.md: a training composite says `source: 研修用の架空事例`).
// These are the two values of the `kind` facet, so a reader can filter on it and
// every list can mark a composite: nobody should show a client an invented case
// as a real one.
inline constexpr std::string_view kTrainingCompositeSource = "研修用の架空事例";
inline constexpr std::string_view kKindTraining = kTrainingCompositeSource;
inline constexpr std::string_view kKindReal = "実際の事例";

// True if the case is a composite written for training.
inline bool is_training_composite(const Case& c) { return c.source == kTrainingCompositeSource; }

// The case's `kind` facet value: kKindTraining or kKindReal.
inline std::string case_kind(const Case& c) {
  return std::string(is_training_composite(c) ? kKindTraining : kKindReal);
}

// The field named `key`, or nullptr.
const FrontMatterField* find_front_matter_field(std::string_view key);

}  // namespace casekb
