// The case model: one validated case file, as the rest of the system sees it.
#pragma once

#include <string>
#include <vector>

#include "index/schema.h"

namespace casekb {

// The three level-2 sections every case must have (case-format.md, "Body").
inline constexpr const char* kRequiredSections[] = {"設定された課題", "支援アプローチ", "生まれた事業上の変化"};

// The optional section of discussion questions for trainers (case-format.md).
// It often names other cases, so it is kept out of what makes cases similar.
inline constexpr const char* kTrainingQuestionsSection = "研修での問い";

struct Case {
  std::string id;  // file name without .md; the permanent address /cases/<id>
  std::string title;
  std::string company;  // anonymised label such as A社
  std::string industry;
  std::string business;
  std::string region;
  std::string area;  // follows from region through the taxonomy
  std::vector<std::string> walls;
  std::vector<std::string> outcomes;
  std::string approach;
  std::string supporter;
  std::string supporter_name;
  std::vector<std::string> themes;
  std::vector<std::string> measures;
  std::string stage;
  std::string published;  // YYYY-MM-DD
  std::string office;
  std::string source;
  std::string body;  // Markdown after the front matter, LF line ends
};

// The case's values for one facet, canonical and in file order (single-valued
// facets give zero or one value).
std::vector<std::string> facet_values(const Case& c, Facet facet);

}  // namespace casekb
