// Case → Xapian::Document.
#include "index/document.h"

#include <nlohmann/json.hpp>

#include "case/record.h"
#include "text/markdown.h"
#include "text/normalize.h"
#include "text/tokenizer.h"

namespace casekb {

namespace {

using json = nlohmann::json;

// Indexes `text`: words unprefixed with positions and, if prefix is non-empty,
// again under prefix without positions (words of training questions only under
// kQuestionsPrefix); Japanese bigrams, trigrams and kanji under their prefixes,
// without positions.
void index_text(Xapian::Document& doc, const std::string& text, TokenPositions& positions, std::string_view prefix,
                unsigned wdf, bool bigrams, bool questions = false) {
  const std::string normalized = normalize_for_index(text);
  std::string term;
  tokenize(normalized, positions, [&](const Token& token) {
    if (token.kind == TokenKind::kNgram && !bigrams) return;
    if (token.kind != TokenKind::kWord) {
      term.assign(token.kind == TokenKind::kNgram     ? kNgramPrefix
                  : token.kind == TokenKind::kTrigram ? kTrigramPrefix
                  : token.kind == TokenKind::kReading ? kReadingPrefix
                                                      : kUnigramPrefix);
      term.append(token.term);
      doc.add_term(term, wdf);
      return;
    }
    if (questions) {
      // Only under its prefix: see kQuestionsPrefix.
      term.assign(kQuestionsPrefix);
      term.append(token.term);
      doc.add_term(term, wdf);
      return;
    }
    doc.add_posting(std::string(token.term), token.position, wdf);
    if (!prefix.empty()) {
      term.assign(prefix);
      term.append(token.term);
      doc.add_term(term, 1);
    }
  }, TokenKinds{bigrams, true, true, true});
  // A gap keeps phrases from spanning two fields.
  positions.word += 100;
}

}  // namespace

Xapian::Document make_index_document(const Case& c, const IndexOptions& options) {
  Xapian::Document doc;
  doc.add_boolean_term(std::string(kIdPrefix) + c.id);
  for (const FacetInfo& info : kFacets) {
    for (const std::string& value : facet_values(c, info.facet)) {
      doc.add_boolean_term(std::string(info.prefix) + value);
    }
  }
  doc.add_value(kPublishedSlot, c.published);

  // The body is indexed section by section so that the issue that was set
  // (設定された課題) can weigh differently (FieldWeights::issue_section).
  const MarkdownText text = markdown_text(c.body);
  TokenPositions positions;
  const FieldWeights& weights = options.weights;
  const bool bigrams = options.character_bigrams;
  index_text(doc, c.title, positions, kTitlePrefix, weights.title, bigrams);
  index_text(doc, c.business, positions, kBusinessPrefix, weights.business, bigrams);
  index_text(doc, text.preamble, positions, "", weights.body, bigrams);
  for (const MarkdownText::Section& section : text.sections) {
    const unsigned wdf = section.title == kRequiredSections[0] ? weights.issue_section : weights.body;
    index_text(doc, section.title + "\n" + section.text, positions, "", wdf, bigrams,
               section.title == kTrainingQuestionsSection);
  }
  const std::string& plain = text.all;

  json data = case_record(c);
  data["body"] = c.body;
  data["text"] = normalize_nfkc(plain);
  doc.set_data(data.dump());
  return doc;
}

bool case_from_document_data(const std::string& data, Case& c, std::string* snippet_text) {
  const json j = json::parse(data, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("id")) return false;
  const auto text = [&](const char* key) { return j.value(key, std::string()); };
  case_from_record(j, c);
  c.body = text("body");
  if (snippet_text) *snippet_text = text("text");
  return true;
}

}  // namespace casekb
