// Similar cases: which words may be named as reasons, and the training
// questions' words taking no part in similarity.
#include "search/similar_cases.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "index/document.h"

namespace casekb {

namespace {

Case make_case(const std::string& id, const std::string& body) {
  Case c;
  c.id = id;
  c.title = "事例 " + id;
  c.company = "A社";
  c.industry = "製造業";
  c.region = "埼玉県";
  c.walls = {"見えない"};
  c.outcomes = {"組織・人材"};
  c.published = "2024-01-01";
  c.body = body;
  return c;
}

bool has_term(const std::vector<WeightedTerm>& terms, const std::string& term) {
  return std::any_of(terms.begin(), terms.end(), [&](const WeightedTerm& t) { return t.term == term; });
}

}  // namespace

TEST(SimilarCaseReasons, VerbsAndFormalNounsAreNotMeaningful) {
  for (const char* word : {"いる", "くれる", "決まる", "ある", "なる", "する", "こと", "ため", "場合", "それ"}) {
    EXPECT_FALSE(is_meaningful_reason_word(word)) << word;
  }
}

TEST(SimilarCaseReasons, NounsAndCompoundNounsAreMeaningful) {
  for (const char* word : {"後継者", "工場長", "原価管理", "事業承継", "販路", "dx"}) {
    EXPECT_TRUE(is_meaningful_reason_word(word)) << word;
  }
}

TEST(SimilarCaseReasons, CharacteristicTermsOfTextAreNounsOnly) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  const std::string body =
      "## 設定された課題\n\n社長が決まると社員はいる場所を失ってくれる。後継者と工場長が原価管理で対立していた。\n\n"
      "## 支援アプローチ\n\n後継者と工場長に話を聞いた。\n\n## 生まれた事業上の変化\n\n原価管理が決まった。\n";
  db.add_document(make_index_document(make_case("one-case", body)));
  db.add_document(make_index_document(make_case("two-case", "## 設定された課題\n\n販路がない。\n")));
  const auto terms = characteristic_terms_of_text(db, "後継者がいるが工場長が決まらない。原価管理をしてくれる人がいない。", 30);
  // Index words are MeCab's: 後継者 is 後継 + 者, 工場長 is 工場 + 長.
  EXPECT_TRUE(has_term(terms, "後継"));
  EXPECT_TRUE(has_term(terms, "原価"));
  for (const WeightedTerm& t : terms) EXPECT_TRUE(is_meaningful_reason_word(t.term)) << t.term;
  EXPECT_FALSE(has_term(terms, "いる"));
  EXPECT_FALSE(has_term(terms, "くれる"));
  EXPECT_FALSE(has_term(terms, "決まる"));
}

TEST(SimilarCaseReasons, CharacteristicTermsOfDocumentSkipVerbs) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  const std::string body =
      "## 設定された課題\n\n社員がいる。社長が決まる。家族がくれる。後継者と工場長が原価管理で対立していた。\n";
  const Xapian::docid docid = db.add_document(make_index_document(make_case("one-case", body)));
  db.add_document(make_index_document(make_case("two-case", "## 設定された課題\n\n販路がない。\n")));
  const auto terms = characteristic_terms_of_document(db, docid, 25);
  EXPECT_TRUE(has_term(terms, "後継"));
  EXPECT_FALSE(has_term(terms, "いる"));
  EXPECT_FALSE(has_term(terms, "くれる"));
  EXPECT_FALSE(has_term(terms, "決まる"));
  for (const WeightedTerm& t : terms) EXPECT_TRUE(is_meaningful_reason_word(t.term)) << t.term;
}

TEST(SimilarCaseReasons, TrainingQuestionsTakeNoPartInSimilarity) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  // The second case's questions name the first case's business.
  const Xapian::docid first = db.add_document(make_index_document(
      make_case("seimitsu-case", "## 設定された課題\n\n精密部品加工業の工場で品質不良が続いた。\n")));
  const Xapian::docid second = db.add_document(make_index_document(make_case(
      "ryokan-case", "## 設定された課題\n\n旅館の客室稼働率が落ちた。\n\n## 研修での問い\n\n1. 精密部品加工業の事例と比べてください。\n")));
  // The questions' words are not unprefixed terms of the second case…
  const Xapian::Document doc = db.get_document(second);
  bool unprefixed = false, questions = false;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    unprefixed = unprefixed || *t == "精密";
    questions = questions || (*t).rfind(std::string(kQuestionsPrefix), 0) == 0;
  }
  EXPECT_FALSE(unprefixed);
  EXPECT_TRUE(questions);
  // … so neither case's characteristic words find the other through them.
  const auto first_terms = characteristic_terms_of_document(db, first, 25);
  Xapian::Enquire enquire(db);
  enquire.set_query(similarity_query(first_terms));
  const Xapian::MSet mset = enquire.get_mset(0, 10);
  for (auto it = mset.begin(); it != mset.end(); ++it) EXPECT_NE(*it, second);
  for (const WeightedTerm& t : characteristic_terms_of_document(db, second, 25)) {
    EXPECT_NE(t.term, "精密");
    EXPECT_NE(t.term, "比べる");
  }
}

}  // namespace casekb
