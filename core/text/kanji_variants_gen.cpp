// Build-time generator of the kanji variant table (kanji_variants.h): reads
// Unicode's Unihan_Variants.txt and Unihan_OtherMappings.txt (Debian's
// unicode-data) and our Japanese supplement, and writes the pairs
// "variant → the form Japanese writes today" as a sorted C++ array.
//
//   casekb-kanji-variants-gen VARIANTS OTHER_MAPPINGS SUPPLEMENT OUT
//
// A character of the 常用漢字 or 人名用漢字 (kJoyoKanji, kJinmeiyoKanji) is never
// folded into another (机 and 機, 坂 and 阪 stay apart). Any other character is
// folded to one such character, taken in this order: the old-form mappings of
// kJinmeiyoKanji and kJoyoKanji, our supplement, then its kZVariant, its
// kSemanticVariant (z-variant annotations first), kSpecializedSemanticVariant
// and kSimplifiedVariant, when exactly one of them is common.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

char32_t parse_code_point(const std::string& text) {  // "U+6FA4" (annotations after '<' ignored)
  if (text.size() < 3 || text[0] != 'U' || text[1] != '+') return 0;
  return static_cast<char32_t>(std::stoul(text.substr(2, text.find('<') - 2), nullptr, 16));
}

char32_t decode(const std::string& s, std::size_t& i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < n && i + static_cast<std::size_t>(k) < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
  i += static_cast<std::size_t>(n);
  return cp;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::cerr << "usage: casekb-kanji-variants-gen VARIANTS OTHER_MAPPINGS SUPPLEMENT OUT\n";
    return 1;
  }
  std::set<char32_t> common;
  std::map<char32_t, char32_t> fold;  // final table
  std::map<char32_t, std::map<std::string, std::vector<std::pair<char32_t, bool>>>> variants;  // cp → field → (target, z)

  std::ifstream other(argv[2]);
  if (!other) return std::cerr << "cannot read " << argv[2] << '\n', 2;
  std::vector<std::pair<char32_t, char32_t>> official;
  for (std::string line; std::getline(other, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream row(line);
    std::string cp, field, value;
    row >> cp >> field >> value;
    if (field != "kJoyoKanji" && field != "kJinmeiyoKanji") continue;
    const std::size_t at = value.find("U+");
    if (at == std::string::npos) common.insert(parse_code_point(cp));  // "2010": a common form itself
    else official.emplace_back(parse_code_point(cp), parse_code_point(value.substr(at)));  // old form → new
  }
  for (const auto& [from, to] : official) common.erase(from);
  for (const auto& [from, to] : official) {
    if (common.count(to)) fold.emplace(from, to);
  }

  std::ifstream supplement(argv[3]);
  if (!supplement) return std::cerr << "cannot read " << argv[3] << '\n', 2;
  for (std::string line; std::getline(supplement, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::size_t i = 0;
    const char32_t from = decode(line, i);
    while (i < line.size() && line[i] == ' ') ++i;
    if (i >= line.size()) continue;
    const char32_t to = decode(line, i);
    if (!common.count(to)) return std::cerr << "supplement: target is not a common kanji: " << line << '\n', 2;
    fold.emplace(from, to);
  }

  std::ifstream in(argv[1]);
  if (!in) return std::cerr << "cannot read " << argv[1] << '\n', 2;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream row(line);
    std::string cp, field, value;
    row >> cp >> field;
    const char32_t from = parse_code_point(cp);
    while (row >> value) {
      const bool z = value.find(":Z") != std::string::npos;
      variants[from][field].emplace_back(parse_code_point(value), z);
    }
  }
  for (const auto& entry : variants) {
    // Not a structured binding: clang 14 (the sanitizer build) cannot capture one in a lambda.
    const char32_t from = entry.first;
    const auto& fields = entry.second;
    if (common.count(from) || fold.count(from) || from < 0x3400) continue;
    const auto pick = [&](const std::string& field, bool z_only) -> char32_t {
      const auto it = fields.find(field);
      if (it == fields.end()) return 0;
      std::set<char32_t> found;
      for (const auto& [to, z] : it->second) {
        if (common.count(to) && (!z_only || z)) found.insert(to);
      }
      return found.size() == 1 ? *found.begin() : 0;
    };
    char32_t to = pick("kZVariant", false);
    if (!to) to = pick("kSemanticVariant", true);
    if (!to) to = pick("kSemanticVariant", false);
    if (!to) to = pick("kSpecializedSemanticVariant", false);
    if (!to) to = pick("kSimplifiedVariant", false);
    if (to && to != from) fold.emplace(from, to);
  }

  std::ofstream out(argv[4]);
  out << "// Generated by casekb-kanji-variants-gen from Unihan (unicode-data) and\n"
         "// core/text/data/kanji_variants_ja.txt. Do not edit.\n"
         "{\n";
  for (const auto& [from, to] : fold) {
    char line[48];
    std::snprintf(line, sizeof line, "    {0x%05X, 0x%05X},\n", static_cast<unsigned>(from), static_cast<unsigned>(to));
    out << line;
  }
  out << "}\n";
  std::cerr << "kanji variants: " << fold.size() << " folded, " << common.size() << " common kanji\n";
  return out ? 0 : 3;
}
