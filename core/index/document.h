// Turns a validated Case into a Xapian document: text terms with field
// prefixes, boolean facet terms, the date value and the stored data that lets a
// result or a case page be shown without reading the file again.
#pragma once

#include <string>

#include <xapian.h>

#include "case/case.h"

namespace casekb {

// How much a word in each part of a case counts against one in the body: the
// within-document frequency it is indexed with, so that plain BM25 already
// prefers a case about a word over a passing mention. The defaults were chosen
// with `casekb-eval --sweep` (docs/japanese-search.md has the figures): a
// boost of 設定された課題 measured worse (2: nDCG@10 0.855, 1.5: 0.857, none:
// 0.862 over 72 judged queries), so that section weighs as the body does.
struct FieldWeights {
  unsigned title = 3;
  unsigned business = 2;
  unsigned issue_section = 1;  // 設定された課題, the issue that was set
  unsigned body = 1;           // every other part of the body
};

struct IndexOptions {
  FieldWeights weights;
  // Character bigrams (kNgramPrefix). casekb's queries never use them (strings
  // of three or more characters are trigram ANDs, shorter ones words); they
  // cost 26% of indexing time, so only the relevance evaluation's plain
  // n-gram baseline asks for them.
  bool character_bigrams = false;
};

Xapian::Document make_index_document(const Case& c, const IndexOptions& options = {});

// The stored data of a document (JSON) back into a Case and, if snippet_text is
// given, the body's plain text (NFKC) kept for snippets. Returns false if the
// data is not casekb's.
bool case_from_document_data(const std::string& data, Case& c, std::string* snippet_text = nullptr);

}  // namespace casekb
