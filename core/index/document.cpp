// Case → Xapian::Document.
#include "index/document.h"

#include <nlohmann/json.hpp>

#include "text/markdown.h"
#include "text/normalize.h"
#include "text/tokenizer.h"

namespace casekb {

namespace {

using json = nlohmann::json;

// Indexes `text`: words unprefixed with positions and, if prefix is non-empty,
// again under prefix without positions; Japanese bigrams, trigrams and kanji
// under their prefixes, without positions.
void index_text(Xapian::Document& doc, const std::string& text, TokenPositions& positions, std::string_view prefix,
                unsigned wdf, bool bigrams) {
  const std::string normalized = normalize_for_search(text);
  std::string term;
  tokenize(normalized, positions, [&](const Token& token) {
    if (token.kind == TokenKind::kNgram && !bigrams) return;
    if (token.kind != TokenKind::kWord) {
      term.assign(token.kind == TokenKind::kNgram     ? kNgramPrefix
                  : token.kind == TokenKind::kTrigram ? kTrigramPrefix
                                                      : kUnigramPrefix);
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
  });
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
  const MarkdownOutline outline = outline_markdown(c.body);
  TokenPositions positions;
  const FieldWeights& weights = options.weights;
  const bool bigrams = options.character_bigrams;
  index_text(doc, c.title, positions, kTitlePrefix, weights.title, bigrams);
  index_text(doc, c.business, positions, kBusinessPrefix, weights.business, bigrams);
  index_text(doc, markdown_plain_text(outline.preamble), positions, "", weights.body, bigrams);
  for (const MarkdownSection& section : outline.sections) {
    const unsigned wdf = section.title == kRequiredSections[0] ? weights.issue_section : weights.body;
    index_text(doc, section.title + "\n" + markdown_plain_text(section.markdown), positions, "", wdf, bigrams);
  }
  const std::string plain = markdown_plain_text(c.body);

  json data = {
      {"id", c.id},
      {"title", c.title},
      {"company", c.company},
      {"industry", c.industry},
      {"business", c.business},
      {"region", c.region},
      {"area", c.area},
      {"walls", c.walls},
      {"outcomes", c.outcomes},
      {"approach", c.approach},
      {"supporter", c.supporter},
      {"supporter_name", c.supporter_name},
      {"themes", c.themes},
      {"measures", c.measures},
      {"stage", c.stage},
      {"published", c.published},
      {"office", c.office},
      {"source", c.source},
      {"body", c.body},
      {"text", normalize_nfkc(plain)},
  };
  doc.set_data(data.dump());
  return doc;
}

bool case_from_document_data(const std::string& data, Case& c, std::string* snippet_text) {
  const json j = json::parse(data, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("id")) return false;
  const auto text = [&](const char* key) { return j.value(key, std::string()); };
  const auto list = [&](const char* key) {
    return j.contains(key) && j[key].is_array() ? j[key].get<std::vector<std::string>>() : std::vector<std::string>();
  };
  c.id = text("id");
  c.title = text("title");
  c.company = text("company");
  c.industry = text("industry");
  c.business = text("business");
  c.region = text("region");
  c.area = text("area");
  c.walls = list("walls");
  c.outcomes = list("outcomes");
  c.approach = text("approach");
  c.supporter = text("supporter");
  c.supporter_name = text("supporter_name");
  c.themes = list("themes");
  c.measures = list("measures");
  c.stage = text("stage");
  c.published = text("published");
  c.office = text("office");
  c.source = text("source");
  c.body = text("body");
  if (snippet_text) *snippet_text = text("text");
  return true;
}

}  // namespace casekb
