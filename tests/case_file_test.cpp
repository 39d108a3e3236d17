#include <algorithm>
#include "case/case_file.h"

#include <gtest/gtest.h>

#include <set>

namespace casekb {

namespace {

const Taxonomy& taxonomy() {
  static const Taxonomy t = Taxonomy::builtin();
  return t;
}

constexpr const char* kBody =
    "## 設定された課題\n\n社員が付いてこない状態だった。\n\n"
    "## 支援アプローチ\n\n経営者の考えを傾聴した。\n\n"
    "## 生まれた事業上の変化\n\n2021年に目標年商10億円を達成した。\n";

std::string front_matter(const std::string& extra = "", const std::string& region = "埼玉県") {
  return "---\n"
         "title: 目標年商10億円を達成した精密部品加工業\n"
         "company: A社\n"
         "industry: 製造業\n"
         "region: " + region + "\n"
         "walls: [見えない, 付いてこない]\n"
         "outcomes: [売上・利益の向上]\n"
         "published: 2022-03-31\n" + extra + "---\n\n";
}

CaseFileResult parse(const std::string& text) { return parse_case_file("a-case", text, taxonomy(), "cases/a-case.md"); }

const Problem* find_rule(const Problems& problems, const std::string& rule) {
  for (const Problem& p : problems) {
    if (p.rule == rule) return &p;
  }
  return nullptr;
}

}  // namespace

TEST(CaseFile, ValidFile_ParsesEveryField) {
  const auto result = parse(front_matter("business: 精密部品加工業\nthemes: [ＤＸ]\n") + kBody);
  ASSERT_TRUE(result.value.has_value()) << (result.problems.empty() ? "" : result.problems[0].message);
  const Case& c = *result.value;
  EXPECT_EQ(c.id, "a-case");
  EXPECT_EQ(c.company, "A社");
  EXPECT_EQ(c.region, "埼玉県");
  EXPECT_EQ(c.area, "関東");
  EXPECT_EQ(c.walls, (std::vector<std::string>{"見えない", "付いてこない"}));
  EXPECT_EQ(c.themes, (std::vector<std::string>{"DX"}));  // canonical form
  EXPECT_EQ(c.published, "2022-03-31");
  EXPECT_NE(c.body.find("## 支援アプローチ"), std::string::npos);
}

TEST(CaseFile, VocabularyMiss_NamesKeyValueLineAndClosestValue) {
  const auto result = parse(front_matter("", "東京") + kBody);
  EXPECT_FALSE(result.value.has_value());
  const Problem* p = find_rule(result.problems, "vocabulary");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->line, 5);
  EXPECT_EQ(p->column, 9);
  EXPECT_EQ(p->text, "東京");
  EXPECT_EQ(p->message, "region: 東京 は都道府県名ではありません。もしかして: 東京都");
  EXPECT_EQ(p->suggestion, "東京都");
}

TEST(CaseFile, ReportsEveryProblemNotJustTheFirst) {
  const std::string text =
      "---\ntitle: t\ncompany: 山田製作所\nindustry: 製造\nregoin: 埼玉県\nwalls: [見えない, 見えない]\n"
      "published: 2022-02-30\n---\n\n本文だけ\n";
  const auto result = parse(text);
  EXPECT_FALSE(result.value.has_value());
  for (const char* rule : {"company-label", "vocabulary", "unknown-key", "duplicate-value", "bad-date", "missing-key",
                           "missing-section"}) {
    EXPECT_NE(find_rule(result.problems, rule), nullptr) << rule;
  }
  const Problem* unknown = find_rule(result.problems, "unknown-key");
  EXPECT_EQ(unknown->line, 5);
  EXPECT_NE(unknown->message.find("もしかして: region"), std::string::npos);
}

TEST(CaseFile, MissingRequiredKeys_AreEachReported) {
  const auto result = parse("---\ntitle: t\n---\n\n" + std::string(kBody));
  int missing = 0;
  for (const Problem& p : result.problems) missing += p.rule == "missing-key";
  EXPECT_EQ(missing, 6);  // company, industry, region, walls, outcomes, published
}

TEST(CaseFile, EmptyBody_IsAnError) {
  const auto result = parse(front_matter() + "\n   \n");
  EXPECT_NE(find_rule(result.problems, "empty-body"), nullptr);
}

TEST(CaseFile, MissingSection_PointsAtTheNearMissHeading) {
  std::string body = kBody;
  body.replace(body.find("## 支援アプローチ"), std::string("## 支援アプローチ").size(), "### 支援のアプローチ");
  const auto result = parse(front_matter() + body);
  const Problem* p = find_rule(result.problems, "missing-section");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->line, 15);
  EXPECT_EQ(p->suggestion, "## 支援アプローチ");
}

TEST(CaseFile, UnclosedFrontMatter_SaysWhatIsMissing) {
  const auto result = parse("---\ntitle: t\ncompany: A社\n\n## 設定された課題\n");
  const Problem* p = find_rule(result.problems, "front-matter-unclosed");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->line, 1);
}

TEST(CaseFile, NoFrontMatter_IsReported) {
  EXPECT_NE(find_rule(parse(kBody).problems, "front-matter-missing"), nullptr);
}

TEST(CaseFile, BrokenYaml_GivesTheFileLine) {
  const auto result = parse("---\ntitle: a\nwalls: [見えない\n---\n\n" + std::string(kBody));
  const Problem* p = find_rule(result.problems, "front-matter-yaml");
  ASSERT_NE(p, nullptr);
  EXPECT_GE(p->line, 3);
}

TEST(CaseFile, BomAndCrlf_AreAccepted) {
  std::string text = "\xEF\xBB\xBF" + front_matter() + kBody;
  std::string crlf;
  for (char c : text) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  const auto result = parse(crlf);
  ASSERT_TRUE(result.value.has_value());
  EXPECT_NE(find_rule(result.problems, "bom"), nullptr);  // a warning, not an error
  EXPECT_EQ(result.value->body.find('\r'), std::string::npos);
}

TEST(CaseFile, LoneCrAndCrlf_ReadAsTheSameBodyAsLf) {
  const std::string text = front_matter() + kBody;
  std::string cr = text;
  std::replace(cr.begin(), cr.end(), '\n', '\r');
  const auto lf_result = parse(text);
  const auto cr_result = parse(cr);
  ASSERT_TRUE(lf_result.value.has_value());
  ASSERT_TRUE(cr_result.value.has_value());
  EXPECT_EQ(cr_result.value->body, lf_result.value->body);
}

TEST(CaseFile, InvalidUtf8_IsLocated) {
  std::string text = front_matter() + kBody;
  text.insert(text.find("傾聴"), "\xff");
  const auto result = parse(text);
  const Problem* p = find_rule(result.problems, "invalid-utf8");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->line, 17);
}

TEST(CaseFile, BinaryContent_IsRefused) {
  EXPECT_NE(find_rule(parse(std::string("\x7f" "ELF\0\0\x01", 7)).problems, "binary-file"), nullptr);
}

TEST(CaseFile, RawHtml_IsAWarning) {
  const auto result = parse(front_matter() + kBody + "\n<script>alert(1)</script>\n");
  ASSERT_TRUE(result.value.has_value());
  EXPECT_NE(find_rule(result.problems, "raw-html"), nullptr);
}

TEST(CaseFile, SynonymInFrontMatter_SuggestsTheVocabularyValue) {
  Taxonomy t = Taxonomy::builtin();
  Problems problems;
  // The builtin taxonomy has no synonyms; a value far from any name lists the allowed values.
  const auto result = parse(front_matter("stage: 拡大\n") + kBody);
  const Problem* p = find_rule(result.problems, "vocabulary");
  ASSERT_NE(p, nullptr);
  EXPECT_NE(p->message.find("使える値: 成長"), std::string::npos);
}

TEST(CaseId, FollowsTheContract) {
  EXPECT_TRUE(is_valid_case_id("a-seimitsu-saitama"));
  EXPECT_TRUE(is_valid_case_id("abc"));
  EXPECT_FALSE(is_valid_case_id("ab"));
  EXPECT_FALSE(is_valid_case_id("-abc"));
  EXPECT_FALSE(is_valid_case_id("ABC"));
  EXPECT_FALSE(is_valid_case_id("../etc"));
  EXPECT_FALSE(is_valid_case_id(std::string(65, 'a')));
}

}  // namespace casekb

namespace casekb {

TEST(CaseFile, FileOverTheCaseFileLimit_IsOneClearError) {
  const std::string text = front_matter() + kBody + std::string(kMaxCaseFileBytes, 'a');
  const CaseFileResult result = parse(text);
  EXPECT_FALSE(result.value);
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].rule, "file-too-large");
  EXPECT_NE(result.problems[0].message.find("64 KiB"), std::string::npos);
}

TEST(CaseFile, CostlyMarkdown_IsAnErrorOnItsLineInsteadOfBeingParsed) {
  std::string wide;
  for (int i = 0; i < 400; ++i) wide += "a|";
  const std::string text = front_matter() + kBody + "\n## 研修での問い\n\n| a | b |\n|---|---|\n" + wide + "\n";
  const CaseFileResult result = parse(text);
  EXPECT_FALSE(result.value);
  const Problem* p = find_rule(result.problems, "markdown-too-complex");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->severity, Severity::kError);
  EXPECT_EQ(p->line, 27);  // the wide row, counted in the file (front matter included)
}

}  // namespace casekb

#include "case/fields.h"
#include "case/record.h"

namespace casekb {

TEST(CaseRecord, EveryFrontMatterField_RoundTripsThroughTheRecord) {
  Case c;
  c.id = "a-case";
  c.area = "関東";
  int n = 0;
  for (const FrontMatterField& field : kFrontMatterFields) {
    if (field.list) {
      c.*field.list = {"値" + std::to_string(n++), "値" + std::to_string(n++)};
    } else {
      c.*field.text = "値" + std::to_string(n++);
    }
  }
  const nlohmann::json record = case_record(c);
  EXPECT_EQ(record.size(), kFrontMatterFields.size() + 2);  // + id, area
  Case back;
  case_from_record(record, back);
  EXPECT_EQ(case_record(back), record);
  EXPECT_EQ(back.walls, c.walls);
  EXPECT_EQ(back.source, c.source);
}

TEST(CaseRecord, FieldTable_CoversTheContractsKeysOnceEach) {
  std::set<std::string_view> keys;
  for (const FrontMatterField& field : kFrontMatterFields) {
    EXPECT_TRUE(keys.insert(field.key).second) << field.key;
    EXPECT_NE(field.text == nullptr, field.list == nullptr) << field.key;
    EXPECT_EQ(field.kind == FieldKind::kVocabularyList, field.list != nullptr) << field.key;
  }
  for (const char* key : {"title", "company", "industry", "region", "walls", "outcomes", "published", "office", "source"}) {
    EXPECT_NE(find_front_matter_field(key), nullptr) << key;
  }
}

}  // namespace casekb
