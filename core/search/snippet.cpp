// Snippet selection and highlighting.
#include "search/snippet.h"

#include <algorithm>

#include "text/html.h"
#include "text/kanji_variants.h"
#include "text/utf8.h"

namespace casekb {

namespace {

struct Span {
  std::size_t begin;  // byte offsets into text
  std::size_t end;
};

bool is_sentence_end(char32_t cp) { return cp == U'。' || cp == U'！' || cp == U'？' || cp == U'!' || cp == U'?' || cp == U'\n'; }

// The form text and needles are compared in: ASCII lower case, and every variant kanji
// folded as the index folds it (髙 → 高, 﨑 → 崎), so a query in one form marks the other.
// A fold that would change the character's UTF-8 length is skipped, since matches are
// byte spans of the original text.
std::string matching_form(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t offset = 0;
  while (offset < text.size()) {
    const std::size_t start = offset;
    const char32_t cp = decode_utf8(text, offset);
    if (cp >= U'A' && cp <= U'Z') {
      out.push_back(static_cast<char>(cp - U'A' + U'a'));
      continue;
    }
    const char32_t folded = cp < 0x80 ? cp : fold_kanji_variant(cp);
    std::string encoded;
    if (folded != cp) append_utf8(encoded, folded);
    if (folded != cp && encoded.size() == offset - start) {
      out += encoded;
    } else {
      out.append(text.substr(start, offset - start));
    }
  }
  return out;
}

// Sentences as byte spans; the terminator belongs to its sentence.
std::vector<Span> split_sentences(std::string_view text) {
  std::vector<Span> sentences;
  std::size_t begin = 0, offset = 0;
  while (offset < text.size()) {
    const char32_t cp = decode_utf8(text, offset);
    if (is_sentence_end(cp)) {
      sentences.push_back({begin, offset});
      begin = offset;
    }
  }
  if (begin < text.size()) sentences.push_back({begin, text.size()});
  return sentences;
}

// Non-overlapping matches of any needle, leftmost-longest, in byte order.
std::vector<Span> find_matches(std::string_view lowered, const std::vector<std::string>& needles) {
  std::vector<Span> matches;
  for (const std::string& needle : needles) {
    if (needle.empty()) continue;
    const std::string n = matching_form(needle);
    for (std::size_t at = lowered.find(n); at != std::string_view::npos; at = lowered.find(n, at + n.size())) {
      matches.push_back({at, at + n.size()});
    }
  }
  std::sort(matches.begin(), matches.end(), [](const Span& a, const Span& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<Span> merged;
  for (const Span& m : matches) {
    if (!merged.empty() && m.begin < merged.back().end) continue;
    merged.push_back(m);
  }
  return merged;
}

std::string trim_spaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
  return std::string(s);
}

// Byte offset after advancing `chars` characters from `from` (bounded by limit).
std::size_t advance_chars(std::string_view text, std::size_t from, std::size_t chars, std::size_t limit) {
  std::size_t offset = from;
  for (std::size_t i = 0; i < chars && offset < limit; ++i) decode_utf8(text, offset);
  return std::min(offset, limit);
}

// Byte offset after stepping back `chars` characters from `from` (not before floor).
std::size_t retreat_chars(std::string_view text, std::size_t from, std::size_t chars, std::size_t floor) {
  std::size_t offset = from;
  for (std::size_t i = 0; i < chars && offset > floor; ++i) {
    do {
      --offset;
    } while (offset > floor && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80);
  }
  return offset;
}

}  // namespace

std::string make_snippet(std::string_view text, const std::vector<std::string>& needles, std::size_t max_chars) {
  const std::string lowered = matching_form(text);
  const std::vector<Span> matches = find_matches(lowered, needles);
  const std::vector<Span> sentences = split_sentences(text);
  if (sentences.empty()) return {};

  // The sentence whose distinct matches are longest in all wins (資金繰り over 資金 alone,
  // two words over one); ties go to the earliest.
  std::size_t best = 0;
  std::size_t best_score = 0;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    std::vector<std::string_view> seen;
    std::size_t score = 0;
    for (const Span& m : matches) {
      if (m.begin >= sentences[s].begin && m.end <= sentences[s].end) {
        const std::string_view found(lowered.data() + m.begin, m.end - m.begin);
        if (std::find(seen.begin(), seen.end(), found) == seen.end()) {
          seen.push_back(found);
          score += count_code_points(found);
        }
      }
    }
    if (score > best_score) {
      best_score = score;
      best = s;
    }
  }
  if (best_score == 0) {
    // No match: open at the first sentence with some text.
    while (best + 1 < sentences.size() && trim_spaces(text.substr(sentences[best].begin, sentences[best].end - sentences[best].begin)).empty()) ++best;
  }

  // Extend with following sentences while within the length budget.
  Span window = sentences[best];
  std::size_t chars = count_code_points(text.substr(window.begin, window.end - window.begin));
  for (std::size_t s = best + 1; s < sentences.size(); ++s) {
    const std::size_t more = count_code_points(text.substr(sentences[s].begin, sentences[s].end - sentences[s].begin));
    if (chars + more > max_chars) break;
    window.end = sentences[s].end;
    chars += more;
  }
  bool cut_before = false, cut_after = false;
  if (chars > max_chars) {
    // One long sentence: centre on its first match, cutting on characters.
    std::size_t anchor = window.begin;
    for (const Span& m : matches) {
      if (m.begin >= window.begin && m.end <= window.end) {
        anchor = m.begin;
        break;
      }
    }
    const std::size_t begin = retreat_chars(text, anchor, max_chars / 3, window.begin);
    const std::size_t end = advance_chars(text, begin, max_chars, window.end);
    cut_before = begin > window.begin;
    cut_after = end < window.end;
    window = {begin, end};
  }

  std::string out;
  if (cut_before) out += "…";
  std::size_t at = window.begin;
  std::string piece;
  for (const Span& m : matches) {
    if (m.begin < window.begin || m.end > window.end) continue;
    append_escaped_html(out, text.substr(at, m.begin - at));
    out += "<mark>";
    append_escaped_html(out, text.substr(m.begin, m.end - m.begin));
    out += "</mark>";
    at = m.end;
  }
  append_escaped_html(out, text.substr(at, window.end - at));
  if (cut_after) out += "…";
  // Newlines inside a snippet read better as spaces.
  std::replace(out.begin(), out.end(), '\n', ' ');
  return trim_spaces(out);
}

}  // namespace casekb
