// casekb-index through its real command line, on corpora in temp directories.
#include <gtest/gtest.h>
#include <xapian.h>

#include "search/search_service.h"
#include "test_support.h"

namespace casekb {

using testing::quote;
using testing::run_command;
using testing::TempDir;
using testing::write_file;

namespace {

const std::string kIndex = CASEKB_INDEX_BIN;
const std::string kFixture = std::string(CASEKB_TEST_DATA_DIR) + "/fixtures/corpus";

std::string check(const std::string& dir) { return kIndex + " --check " + quote(dir); }
std::string build(const std::string& dir, const std::string& db) { return kIndex + " " + quote(dir) + " --db " + quote(db); }

std::string good_case(const std::string& region = "埼玉県") {
  return "---\ntitle: 良い事例\ncompany: A社\nindustry: 製造業\nregion: " + region +
         "\nwalls: [見えない]\noutcomes: [組織・人材]\npublished: 2022-03-31\n---\n\n"
         "## 設定された課題\n\n課題。\n\n## 支援アプローチ\n\n対話。\n\n## 生まれた事業上の変化\n\n変化。\n";
}

}  // namespace

TEST(IndexerCli, Check_FixtureCorpusIsClean) {
  const auto result = run_command(check(kFixture));
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(result.output.find("エラーのあるファイル 0 件"), std::string::npos) << result.output;
}

TEST(IndexerCli, Check_ReportsEveryProblemInEveryFileAsPathLineMessage) {
  TempDir dir;
  write_file(dir.path() / "cases" / "tokyo-case.md", good_case("東京"));
  write_file(dir.path() / "cases" / "typo-case.md", "---\nregoin: 埼玉県\n---\n\n本文\n");
  write_file(dir.path() / "cases" / "fine-case.md", good_case());
  const auto result = run_command(check(dir.str()));
  EXPECT_EQ(result.exit_code, 2) << result.output;
  const std::string tokyo = (dir.path() / "cases" / "tokyo-case.md").string();
  EXPECT_NE(result.output.find(tokyo + ":5: region: 東京 は都道府県名ではありません。もしかして: 東京都"), std::string::npos)
      << result.output;
  const std::string typo = (dir.path() / "cases" / "typo-case.md").string();
  EXPECT_NE(result.output.find(typo + ":2: 不明なキー「regoin」です。もしかして: region"), std::string::npos) << result.output;
  EXPECT_NE(result.output.find(typo + ":3: 必須のキー「title」がありません"), std::string::npos) << result.output;
  EXPECT_NE(result.output.find("エラーのあるファイル 2 件"), std::string::npos) << result.output;
}

TEST(IndexerCli, BadInputs_EachGetAMessageAndNoneDropsAnotherCase) {
  TempDir dir;
  const auto cases = dir.path() / "cases";
  write_file(cases / "good-one.md", good_case());
  write_file(cases / "binary-file.md", std::string("\x7f" "ELF\0\0\0\x02", 8));
  write_file(cases / "huge-file.md", good_case() + std::string(20 * 1024 * 1024, 'a'));
  write_file(cases / "bad-utf8.md", good_case() + "\xff\xfe");
  std::string crlf;
  for (char c : good_case()) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  write_file(cases / "crlf-file.md", crlf);
  write_file(cases / "bom-file.md", "\xEF\xBB\xBF" + good_case());
  write_file(cases / "unclosed.md", "---\ntitle: x\ncompany: A社\n\n## 設定された課題\n");
  write_file(cases / "Bad_Name.md", good_case());
  const auto result = run_command(check(dir.str()));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.output.find("binary-file.md:1: テキストファイルではありません"), std::string::npos) << result.output;
  EXPECT_NE(result.output.find("huge-file.md:1: ファイルが大きすぎます"), std::string::npos) << result.output;
  EXPECT_NE(result.output.find("bad-utf8.md:22: UTF-8 として読めない"), std::string::npos) << result.output;
  EXPECT_NE(result.output.find("unclosed.md:1: フロントマターを閉じる"), std::string::npos) << result.output;
  EXPECT_NE(result.output.find("Bad_Name.md:1: ファイル名「Bad_Name.md」は事例 ID として使えません。"), std::string::npos)
      << result.output;
  EXPECT_NE(result.output.find("bom-file.md:1: 警告: ファイルの先頭に BOM"), std::string::npos) << result.output;
  EXPECT_EQ(result.output.find("crlf-file.md"), std::string::npos) << result.output;
  // good-one, crlf-file and bom-file are fine; five files are not.
  EXPECT_NE(result.output.find("問題なし 3 件、エラーのあるファイル 5 件"), std::string::npos) << result.output;
}

TEST(IndexerCli, Build_InvalidCorpusLeavesThePreviousIndexServing) {
  TempDir corpus, db;
  write_file(corpus.path() / "cases" / "first-case.md", good_case());
  ASSERT_EQ(run_command(build(corpus.str(), db.str())).exit_code, 0);
  const std::string stub_before = testing::read_file(db.path() / "XAPIANDB");

  write_file(corpus.path() / "cases" / "broken-case.md", good_case("東京"));
  const auto result = run_command(build(corpus.str(), db.str()));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.output.find("索引は更新していません"), std::string::npos) << result.output;
  EXPECT_EQ(testing::read_file(db.path() / "XAPIANDB"), stub_before);

  // --allow-invalid indexes the valid cases and says what it left out.
  const auto allowed = run_command(build(corpus.str(), db.str()) + " --allow-invalid");
  EXPECT_EQ(allowed.exit_code, 0) << allowed.output;
  EXPECT_NE(allowed.output.find("エラーのある 1 件は索引に入れていません"), std::string::npos) << allowed.output;
  const auto rebuilt = run_command(build(corpus.str(), db.str()) + " --allow-invalid --rebuild");
  EXPECT_EQ(rebuilt.exit_code, 0) << rebuilt.output;
  EXPECT_NE(testing::read_file(db.path() / "XAPIANDB"), stub_before);
}

TEST(IndexerCli, Build_KeepsOnlyCurrentAndPreviousGenerations) {
  TempDir corpus, db;
  write_file(corpus.path() / "cases" / "first-case.md", good_case());
  for (int i = 0; i < 3; ++i) ASSERT_EQ(run_command(build(corpus.str(), db.str()) + " --rebuild").exit_code, 0);
  int generations = 0;
  for (const auto& entry : std::filesystem::directory_iterator(db.path())) {
    generations += entry.path().filename().string().rfind("gen-", 0) == 0;
  }
  EXPECT_EQ(generations, 2);
}

TEST(IndexerCli, Build_RefusesAPathThatIsAnotherXapianDatabase) {
  TempDir corpus, db;
  write_file(corpus.path() / "cases" / "first-case.md", good_case());
  write_file(db.path() / "iamglass", "");
  EXPECT_EQ(run_command(build(corpus.str(), db.str())).exit_code, 3);
}

TEST(IndexerCli, Usage_ErrorsExitOne) {
  EXPECT_EQ(run_command(kIndex).exit_code, 1);
  EXPECT_EQ(run_command(kIndex + " --bogus").exit_code, 1);
}

}  // namespace casekb

namespace casekb {

TEST(IndexerCli, Build_LargeCorpusIsWrittenInParallelShardsAndLosesNothing) {
  TempDir corpus, db;
  const int n = 1500;  // above the shard threshold: both cores write, then compaction merges
  for (int i = 0; i < n; ++i) {
    const std::string region = i % 2 ? "埼玉県" : "京都府";
    std::string text = good_case(region);
    text.replace(text.find("課題。"), std::string("課題。").size(), "課題番号" + std::to_string(i) + "。");
    write_file(corpus.path() / "cases" / ("case-" + std::to_string(i) + ".md"), text);
  }
  const auto built = run_command(build(corpus.str(), db.str()));
  ASSERT_EQ(built.exit_code, 0) << built.output;
  EXPECT_NE(built.output.find("索引を作りました: 1500 件"), std::string::npos) << built.output;

  const Taxonomy taxonomy = Taxonomy::builtin();
  SearchService search(db.str(), taxonomy);
  ASSERT_FALSE(search.open().has_value());
  EXPECT_EQ(search.document_count(), static_cast<std::size_t>(n));
  SearchRequest all;
  const auto everything = search.search(all);
  ASSERT_TRUE(everything.value);
  EXPECT_EQ(everything.value->total, static_cast<std::size_t>(n));
  SearchRequest kyoto;
  kyoto.filters[static_cast<std::size_t>(Facet::kRegion)] = {"京都府"};
  EXPECT_EQ(search.search(kyoto).value->total, static_cast<std::size_t>(n / 2));
  for (int i : {0, 749, 750, 1499}) {
    const auto found = search.find_case("case-" + std::to_string(i));
    ASSERT_TRUE(found.value) << i;
    EXPECT_NE(found.value->body.find("課題番号" + std::to_string(i) + "。"), std::string::npos);
  }

  // An update replaces cached responses: once the reader has the new
  // revision (refresh() does what its watcher does within 100 ms), the same
  // request sees it.
  write_file(corpus.path() / "cases" / "case-extra.md", good_case("京都府"));
  const auto updated = run_command(build(corpus.str(), db.str()));
  ASSERT_EQ(updated.exit_code, 0) << updated.output;
  EXPECT_NE(updated.output.find("追加 1 件、変更 0 件、削除 0 件、変更なし 1500 件"), std::string::npos) << updated.output;
  search.reader().refresh();
  EXPECT_EQ(search.search(kyoto).value->total, static_cast<std::size_t>(n / 2 + 1));
}

}  // namespace casekb

namespace casekb {

TEST(SearchServiceSchema, AnIndexOfAnotherSchemaIsRefusedWithAMessageToRebuild) {
  TempDir db;
  const auto generation = db.path() / "gen-old";
  {
    Xapian::WritableDatabase old(generation.string(), Xapian::DB_CREATE);
    old.set_metadata("casekb:schema", "1");
    old.add_document(Xapian::Document());
    old.commit();
  }
  write_file(db.path() / "XAPIANDB", "auto gen-old\n");
  const Taxonomy taxonomy = Taxonomy::builtin();
  SearchService search(db.str(), taxonomy);
  const auto error = search.open();
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->code, SearchError::Code::kOtherSchema);
  EXPECT_EQ(error->detail, "1");

  // The indexer never half-updates it: it builds a fresh generation instead.
  TempDir corpus;
  write_file(corpus.path() / "cases" / "first-case.md", good_case());
  const auto rebuilt = run_command(build(corpus.str(), db.str()));
  ASSERT_EQ(rebuilt.exit_code, 0) << rebuilt.output;
  EXPECT_NE(rebuilt.output.find("作り直しました"), std::string::npos) << rebuilt.output;
  EXPECT_NE(testing::read_file(db.path() / "XAPIANDB"), "auto gen-old\n");
  SearchService fresh(db.str(), taxonomy);
  EXPECT_FALSE(fresh.open().has_value());
  EXPECT_EQ(fresh.document_count(), 1u);
}

}  // namespace casekb

#include <chrono>

#include "slow_markdown.h"

namespace casekb {

TEST(IndexerCli, Check_SlowMarkdownShapes_EachTakeUnderASecond_AndCostlyOnesAreReportedOnTheirLine) {
  TempDir dir;
  const std::vector<testing::SlowShape> shapes = testing::slow_markdown_shapes();
  for (std::size_t i = 0; i < shapes.size(); ++i) {
    write_file(dir.path() / "cases" / ("slow-shape-" + std::to_string(i) + ".md"), testing::case_file_with(shapes[i].body));
  }
  const auto start = std::chrono::steady_clock::now();
  const auto result = run_command(check(dir.str()));
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(result.exit_code, 2) << result.output.substr(0, 2000);
  EXPECT_LT(seconds, static_cast<double>(shapes.size()) * testing::time_scale()) << "one second per file";
  // The wide table row is refused on its line (line 16 of the file).
  const std::string wide = (dir.path() / "cases" / "slow-shape-0.md").string();
  EXPECT_NE(result.output.find(wide + ":16: 表の 1 行に区切り「|」が"), std::string::npos) << result.output.substr(0, 2000);
}

}  // namespace casekb
