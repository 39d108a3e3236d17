// Snippets: the passage of a case's text that best shows why it matched, cut at
// sentence boundaries, escaped, with the query's words in <mark>.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace casekb {

// Target length of a snippet in characters.
inline constexpr std::size_t kSnippetChars = 120;

// `text` is the NFKC plain text of a case; `needles` are normalised query words.
// Returns HTML in which only <mark>…</mark> is markup. Matching ignores ASCII
// case. Without needles (or without a match) the opening of the text is used.
std::string make_snippet(std::string_view text, const std::vector<std::string>& needles,
                         std::size_t max_chars = kSnippetChars);

}  // namespace casekb
