// The words people read for what the core reports as data: search errors and
// the reasons behind similar cases and suggested walls (Japanese).
#pragma once

#include <string>
#include <vector>

#include "search/outcome.h"
#include "search/similar_cases.h"

namespace casekb {

// "index_unavailable" (no index, another schema) or "search_failed".
std::string search_error_code(const SearchError& error);
std::string search_error_message(const SearchError& error);

// 「同じ壁: 見えない, 付いてこない」「共通の語: 後継, 工場」…
std::string similarity_reason_text(const SimilarityReason& reason);
// 「似ている事例 5 件のうち 3 件がこの壁に当たっていました」「入力に「見える化」とあります」
std::string wall_reason_text(const WallReason& reason);

// What one of the five walls means, in a sentence; "" for an unknown wall.
std::string wall_explanation(const std::string& wall);

// 「"そのうちなんとかなる" に完全に一致する事例がないため、語に分けて探しました。」
std::string unquoted_notice(const std::vector<std::string>& phrases);

// 「「自分の代で終わりでもいい」をそのまま含む事例（1 件）に続けて、その言葉を含む事例も表示しています。」
std::string widened_notice(const std::vector<std::string>& phrases, std::size_t exact_total);

}  // namespace casekb
