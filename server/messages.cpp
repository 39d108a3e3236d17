// Japanese wording of core results.
#include "messages.h"

namespace casekb {

namespace {

// 「A」「B」: the phrases as the user quoted them.
std::string in_quotes(const std::vector<std::string>& phrases) {
  std::string quoted;
  for (const std::string& p : phrases) quoted += "「" + p + "」";
  return quoted;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

}  // namespace

std::string search_error_code(const SearchError& error) {
  switch (error.code) {
    case SearchError::Code::kNoIndex:
    case SearchError::Code::kOtherSchema:
      return "index_unavailable";
    case SearchError::Code::kUpdating:
    case SearchError::Code::kFailed:
      break;
  }
  return "search_failed";
}

std::string search_error_message(const SearchError& error) {
  switch (error.code) {
    case SearchError::Code::kNoIndex:
      return "索引を開けません。casekb-index で索引を作ってください。（" + error.detail + " に索引がありません）";
    case SearchError::Code::kOtherSchema:
      return "索引の形式（" + error.detail + "）がこの版の casekb と合いません。casekb-index --rebuild で索引を作り直してください。";
    case SearchError::Code::kUpdating:
      return "索引が更新中です。もう一度お試しください。";
    case SearchError::Code::kFailed:
      break;
  }
  return "検索できませんでした（" + error.detail + "）。";
}

std::string similarity_reason_text(const SimilarityReason& reason) {
  switch (reason.kind) {
    case SimilarityReason::Kind::kSameWalls: return "同じ壁: " + join(reason.values);
    case SimilarityReason::Kind::kSameIndustry: return "同じ業種: " + join(reason.values);
    case SimilarityReason::Kind::kSharedOutcomes: return "共通の成果: " + join(reason.values);
    case SimilarityReason::Kind::kSharedWords: return "共通の語: " + join(reason.values);
  }
  return join(reason.values);
}

std::string wall_reason_text(const WallReason& reason) {
  if (reason.kind == WallReason::Kind::kNamedInText) return "入力に「" + reason.word + "」とあります";
  return "似ている事例 " + std::to_string(reason.of) + " 件のうち " + std::to_string(reason.cases) + " 件がこの壁に当たっていました";
}

std::string wall_explanation(const std::string& wall) {
  static const std::pair<const char*, const char*> kExplanations[] = {
      {"見えない", "経営者に本当の課題が見えていない"},
      {"向き合わない", "課題に気づいていても、正面から向き合おうとしない"},
      {"実行できない", "やるべきことは分かっていても、踏み出せない・続かない"},
      {"付いてこない", "経営者の方針に、社員や家族が付いてこない"},
      {"足りない", "実行するための人材・技能・資金などが足りない"},
  };
  for (const auto& [name, meaning] : kExplanations) {
    if (wall == name) return meaning;
  }
  return "";
}

std::string unquoted_notice(const std::vector<std::string>& phrases) {
  return in_quotes(phrases) + "に完全に一致する事例がないため、語に分けて探しました。";
}

std::string widened_notice(const std::vector<std::string>& phrases, std::size_t exact_total) {
  return in_quotes(phrases) + "をそのまま含む事例（" + std::to_string(exact_total) +
         " 件）に続けて、その言葉を含む事例も表示しています。";
}

}  // namespace casekb
