// Names found once, looked for again (see repeats.h).
#include "anonymity/repeats.h"

#include <algorithm>
#include <string>
#include <utility>

#include "anonymity/lexicon.h"
#include "anonymity/patterns.h"
#include "anonymity/text.h"
#include "anonymity/word_index.h"

namespace casekb {
namespace {

constexpr size_t kMaxAliasLength = 12;

struct Seed {
  std::u32string name;
  FindingKind kind;
};


std::u32string_view trim(std::u32string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// A name worth looking for again: long enough not to occur by chance, and no word
// that is public or generic anyway.
bool is_repeatable(std::u32string_view name) {
  if (name.size() < 2 || (all_of(name, is_hiragana) && name.size() < 3)) return false;
  if (name.find_first_of(U"、。\n()「」『』") != std::u32string_view::npos) return false;
  if (is_anonymised_name(name)) return false;
  const Lexicon& lex = lexicon();
  return !(lex.public_names.contains(name) || lex.vocabulary.contains(name) || lex.generic_terms.contains(name) ||
           lex.prefectures.contains(name) || lex.areas.contains(name) || lex.product_categories.contains(name) ||
           lex.shop_prefixes.contains(name) || lex.shop_suffixes.contains(name) || lex.title_modifiers.contains(name) ||
           lex.person_roles.contains(name));
}

// True if [begin, end) of the text is one word the dictionary reads as a place (川越 in
// 川越製菓): a firm named after its town is not looked for by the town's name.
bool is_place_word(const std::vector<Morpheme>* words, size_t begin, size_t end) {
  const WordIndex index(words);
  const long k = index.starting_at(begin);
  return k >= 0 && index[k].end == end && index[k].proper == ProperKind::kPlace;
}

// The alias a firm or shop is given right after its name: （以下「丸十」）, (以下、丸十).
std::pair<size_t, size_t> alias_after(std::u32string_view text, size_t end) {
  size_t p = end;
  if (p < text.size() && is_space(text[p])) ++p;
  if (p >= text.size() || text[p] != U'(') return {0, 0};
  ++p;
  if (text.compare(p, 2, U"以下") != 0) return {0, 0};
  p += 2;
  if (p < text.size() && (text[p] == U'、' || text[p] == U',' || is_space(text[p]))) ++p;
  char32_t close = U')';
  if (p < text.size() && (text[p] == U'「' || text[p] == U'『')) {
    close = text[p] == U'「' ? U'」' : U'』';
    ++p;
  }
  size_t q = p;
  while (q < text.size() && q - p <= kMaxAliasLength && text[q] != close && text[q] != U'\n' && text[q] != U'、' &&
         text[q] != U'。') {
    ++q;
  }
  if (q >= text.size() || text[q] != close || q == p) return {0, 0};
  return {p, q};
}

bool overlaps(const std::vector<std::pair<size_t, size_t>>& taken, size_t begin, size_t end) {
  for (const auto& [b, e] : taken) {
    if (b < end && begin < e) return true;
  }
  return false;
}

void add_seed(std::vector<Seed>& seeds, std::u32string_view name, FindingKind kind) {
  name = trim(name);
  if (!is_repeatable(name)) return;
  for (const Seed& seed : seeds) {
    if (seed.name == name) return;
  }
  seeds.push_back(Seed{std::u32string(name), kind});
}

}  // namespace

void find_repeated_names(std::u32string_view text, const std::vector<Morpheme>* words,
                         const std::vector<Finding>& found, std::vector<Finding>& out) {
  const Lexicon& lex = lexicon();
  std::vector<std::pair<size_t, size_t>> taken;
  // A warning in the way (a bare surname) gives way to the error a repeat is.
  for (const Finding& f : found) {
    if (f.severity == Severity::kError) taken.push_back({f.begin, f.end});
  }
  const auto emit = [&](size_t begin, size_t end, FindingKind kind) {
    Finding finding;
    finding.begin = begin;
    finding.end = end;
    finding.kind = kind;
    finding.severity = Severity::kError;
    out.push_back(finding);
    taken.push_back({begin, end});
  };

  std::vector<Seed> seeds;
  for (const Finding& f : found) {
    if (f.severity != Severity::kError) continue;
    if (f.kind != FindingKind::kCompany && f.kind != FindingKind::kShop && f.kind != FindingKind::kProduct &&
        f.kind != FindingKind::kPerson) {
      continue;
    }
    const size_t core_begin = f.core_end > f.core_begin ? f.core_begin : f.begin;
    const size_t core_end = f.core_end > f.core_begin ? f.core_end : f.end;
    const std::u32string_view core = text.substr(core_begin, core_end - core_begin);
    add_seed(seeds, core, f.kind);
    if (f.kind == FindingKind::kShop) {
      // 「菓匠 霧の森」: the name after the shop word.
      const size_t blank = core.rfind(U' ');
      if (blank != std::u32string_view::npos) add_seed(seeds, core.substr(blank + 1), f.kind);
    }
    if (f.kind == FindingKind::kPerson) {
      // 小松原 誠 → 小松原 and 誠 as well; without a known split, at the blank.
      size_t split = f.surname_end > core_begin && f.surname_end < core_end ? f.surname_end : 0;
      if (split == 0) {
        const size_t blank = core.find(U' ');
        if (blank != std::u32string_view::npos) split = core_begin + blank;
      }
      if (split != 0) {
        add_seed(seeds, text.substr(core_begin, split - core_begin), f.kind);
        add_seed(seeds, text.substr(split, core_end - split), f.kind);
      }
      // ラファエル・ソウザ → ソウザ and ラファエル, each part of three katakana or more: a
      // foreign name is said again by one of its parts.
      if (is_katakana(core.front()) && core.find_first_of(U"・=＝") != std::u32string_view::npos) {
        for (std::u32string_view part : foreign_name_parts(core)) {
          if (part.size() >= 3 && all_of(part, is_katakana)) add_seed(seeds, part, f.kind);
        }
      }
    }
    if (f.kind == FindingKind::kCompany) {
      // 丸十鋳造所 → 丸十, unless what is left is a town (川越製菓).
      size_t suffix = lex.company_suffixes.match_ending_at(core, core.size());
      if (suffix == 0) suffix = lex.weak_company_suffixes.match_ending_at(core, core.size());
      if (suffix > 0 && core.size() - suffix >= 2 && !is_place_word(words, core_begin, core_end - suffix)) {
        add_seed(seeds, core.substr(0, core.size() - suffix), f.kind);
      }
    }
    if (f.kind == FindingKind::kCompany || f.kind == FindingKind::kShop || f.kind == FindingKind::kProduct) {
      const auto [alias_begin, alias_end] = alias_after(text, f.end);
      if (alias_end > alias_begin) {
        const std::u32string_view alias = text.substr(alias_begin, alias_end - alias_begin);
        if (is_repeatable(alias) && !overlaps(taken, alias_begin, alias_end)) emit(alias_begin, alias_end, f.kind);
        add_seed(seeds, alias, f.kind);
      }
    }
  }

  for (const Seed& seed : seeds) {
    const std::u32string_view name = seed.name;
    for (size_t at = text.find(name); at != std::u32string_view::npos; at = text.find(name, at + 1)) {
      const size_t end = at + name.size();
      const char32_t before = at > 0 ? text[at - 1] : U'\0';
      const char32_t after = end < text.size() ? text[end] : U'\0';
      // It must stand as a word: 山田 is not looked for in 小山田, nor ルミエ in ルミエール.
      if ((is_kanji(name.front()) && is_kanji(before)) || (is_katakana(name.front()) && is_katakana(before)) ||
          (is_ascii_letter(name.front()) && is_ascii_letter(before))) {
        continue;
      }
      const size_t category = lex.product_categories.match_at(text, end);
      if (category > 0 && seed.kind != FindingKind::kPerson) {
        // 霧の森 (the shop) → 霧の森羊羹 (its product).
        if (!overlaps(taken, at, end + category)) emit(at, end + category, FindingKind::kProduct);
        continue;
      }
      if ((is_kanji(name.back()) && is_kanji(after)) || (is_katakana(name.back()) && is_katakana(after)) ||
          (is_ascii_letter(name.back()) && is_ascii_letter(after))) {
        continue;
      }
      if (overlaps(taken, at, end)) continue;
      emit(at, end, seed.kind);
    }
  }
}

}  // namespace casekb
