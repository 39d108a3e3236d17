// Searcher: query → Xapian match → facet table → sorted page with snippets.
#include "search/searcher.h"

#include <xapian.h>

#include <algorithm>

#include "index/document.h"
#include "index/schema.h"
#include "search/query.h"
#include "search/snippet.h"
#include "text/morphology.h"
#include "text/normalize.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace casekb {

namespace {

// A strict query matching fewer cases than this is retried relaxed.
constexpr std::size_t kRelaxBelow = 3;
// Quoted speech held word for word ranks above any case that only has its
// words: far above what text (a few units) or a named wall (1000) weighs.
constexpr double kExactSpeechWeight = 1e5;

// The query words typed in kana only (しきんぐり, かいぜん): a case found through their
// reading writes them in kanji.
std::vector<std::string> kana_needles(const std::vector<std::string>& needles) {
  std::vector<std::string> kana;
  for (const std::string& needle : needles) {
    if (count_code_points(needle) >= 2 && !reading_key(needle).empty()) kana.push_back(needle);
  }
  return kana;
}

// The reading keys of those of `kana` that `text` does not contain as written.
std::vector<std::string> missing_reading_keys(std::string_view text, const std::vector<std::string>& kana) {
  std::vector<std::string> keys;
  for (const std::string& needle : kana) {
    if (text.find(needle) == std::string_view::npos) keys.push_back(reading_key(needle));
  }
  return keys;
}

// The words of `text` whose reading is one of `keys`, as written (資金繰り for しきんぐり):
// runs of one to kMaxReadingWords nouns, as the index reads them, so the snippet can
// mark what the query found.
std::vector<std::string> words_read_as(std::string_view text, const std::vector<std::string>& keys) {
  std::vector<std::string> found;
  const MorphologicalAnalyzer* analyzer = MorphologicalAnalyzer::for_search();
  if (analyzer == nullptr || keys.empty()) return found;
  struct Noun {
    std::size_t begin, end;
    std::string reading;
  };
  std::vector<Noun> run;  // the nouns just before, joined without a gap
  analyzer->analyze_words(text, [&](const Word& w) {
    if (w.word_class != WordClass::kNoun || w.reading.empty()) {
      run.clear();
      return;
    }
    if (!run.empty() && run.back().end != w.offset) run.clear();
    run.push_back({w.offset, w.offset + w.surface.size(), std::string(w.reading)});
    if (run.size() > kMaxReadingWords) run.erase(run.begin());
    for (std::size_t first = 0; first < run.size(); ++first) {
      std::string reading;
      for (std::size_t k = first; k < run.size(); ++k) reading += run[k].reading;
      const std::string key = reading_key(reading);
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) continue;
      std::string surface(text.substr(run[first].begin, run.back().end - run[first].begin));
      if (std::find(found.begin(), found.end(), surface) == found.end()) found.push_back(std::move(surface));
    }
  });
  return found;
}

// Collects every matching document with its weight. With check_at_least set to
// the database size Xapian visits every match, so the list is exhaustive.
class CollectingSpy : public Xapian::MatchSpy {
 public:
  CollectingSpy(std::vector<Xapian::docid>& docids, std::vector<double>& weights)
      : docids_(docids), weights_(weights) {}
  void operator()(const Xapian::Document& doc, double weight) override {
    docids_.push_back(doc.get_docid());
    weights_.push_back(weight);
  }

 private:
  std::vector<Xapian::docid>& docids_;
  std::vector<double>& weights_;
};

// True for typed text that describes a situation rather than naming things:
// eight or more characters with kana in them (社長が決められない会社).
bool reads_as_sentence(const std::string& raw) {
  const std::string text = normalize_for_search(raw);
  std::size_t characters = 0;
  bool kana = false;
  for (std::size_t offset = 0; offset < text.size();) {
    const char32_t cp = decode_utf8(text, offset);
    ++characters;
    kana = kana || (cp >= 0x3041 && cp <= 0x309F);
  }
  return kana && characters >= 8;
}

// The docid of case `id`, or 0.
Xapian::docid docid_of(const Xapian::Database& db, const std::string& id) {
  const std::string term = std::string(kIdPrefix) + id;
  auto posting = db.postlist_begin(term);
  return posting == db.postlist_end(term) ? 0 : *posting;
}

}  // namespace

Searcher::Searcher(IndexReader& reader, const Taxonomy& taxonomy, const Synonyms* synonyms)
    : reader_(reader), taxonomy_(taxonomy), synonyms_(synonyms) {}

Outcome<SearchResponse> Searcher::search(const SearchRequest& request) const {
  return with_index<SearchResponse>(reader_, [&](IndexReader::Lease& lease) -> Outcome<SearchResponse> {
    const IndexSnapshot* snap = &lease.snapshot();
    Xapian::Database& db = lease.db();
    const UserQuery query = parse_user_query(request.query);
    const QueryMode mode = request.baseline_ranking ? QueryMode::kNgramBaseline : QueryMode::kFull;
    BuiltQuery built = build_query(query, QueryContext{&taxonomy_, synonyms_}, mode);
    std::vector<std::string> unquoted, widened;
    std::size_t exact_total = 0;
    const SortOrder sort = request.sort.value_or(query.has_positive() ? SortOrder::kRelevance : SortOrder::kNewest);
    std::vector<Xapian::docid> docids;
    std::vector<double> weights;

    {
      {
        docids.clear();
        weights.clear();
        if (query.empty()) {
          for (Xapian::docid d = 1; d < snap->published.size(); ++d) {
            if (snap->published[d]) docids.push_back(d);
          }
          weights.assign(docids.size(), 0.0);
        } else {
          Xapian::Enquire enquire(db);
          if (sort != SortOrder::kRelevance || !query.has_positive()) enquire.set_weighting_scheme(Xapian::BoolWeight());
          CollectingSpy spy(docids, weights);
          enquire.add_matchspy(&spy);
          enquire.set_query(built.query);
          enquire.get_mset(0, 0, db.get_doccount());
          if (docids.empty() && !built.phrases.empty() && mode == QueryMode::kFull) {
            // A quoted phrase is often an owner's words from memory (「そのうち
            // なんとかなる」と言って動かない社長): when it matches nothing
            // exactly, search its words, and say so.
            unquoted = built.phrases;
            built = build_query(without_quotes(query), QueryContext{&taxonomy_, synonyms_}, mode);
            enquire.set_query(built.query);
            enquire.get_mset(0, 0, db.get_doccount());
          } else if (docids.size() < kRelaxBelow && built.phrases_are_speech && mode == QueryMode::kFull &&
                     sort == SortOrder::kRelevance) {
            // Speech that a case or two hold word for word (「自分の代で終わりで
            // もいい」): an advisor wants the cases that say the same, too.
            // Those that hold it come first, then the cases with its words.
            widened = built.phrases;
            exact_total = docids.size();
            const Xapian::Query exact = built.query;
            built = build_query(without_quotes(query), QueryContext{&taxonomy_, synonyms_}, mode);
            built.highlights.insert(built.highlights.begin(), widened.begin(), widened.end());
            docids.clear();
            weights.clear();
            enquire.set_query(Xapian::Query(Xapian::Query::OP_OR,
                                            Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, exact, kExactSpeechWeight),
                                            built.query));
            enquire.get_mset(0, 0, db.get_doccount());
          }
          // Cases found only by a concept's words (安く請け → 単価, 運賃) do
          // not count: with too few cases holding every typed compound, the
          // compounds are ORed (and the concepts still ORed beside them).
          bool too_few = docids.size() < kRelaxBelow;
          if (!too_few && !built.words_only.empty()) {
            Xapian::Enquire words(db);
            words.set_weighting_scheme(Xapian::BoolWeight());
            words.set_query(built.words_only);
            too_few = words.get_mset(0, kRelaxBelow).size() < kRelaxBelow;
          }
          if (too_few && !built.relaxed.empty()) {
            // Too few cases have every compound of a typed sentence: rank by how
            // many they have instead (those with all still come first).
            docids.clear();
            weights.clear();
            enquire.set_query(built.relaxed);
            enquire.get_mset(0, 0, db.get_doccount());
          }
          if (docids.empty() && !built.split.empty()) {
            // Nothing at all: a compound no case writes whole (コスト削減) is
            // looked for by its words apart (加温コストの削減). Only then: a
            // compound that finds one case must not bring in every case with
            // one of its words.
            enquire.set_query(built.split);
            enquire.get_mset(0, 0, db.get_doccount());
          }
        }
      }
    }

    const FacetTable::Filter filter = snap->table.compile(request.filters);
    std::vector<std::size_t> hits;
    SearchResponse response;
    std::array<std::size_t, kFacetCount> failing_only{};
    response.facets = snap->table.count(docids, filter, request.filters, hits, &failing_only);
    response.total = hits.size();
    response.walls = built.walls;
    response.concepts = built.concepts;
    response.regions = built.regions;
    response.unquoted = std::move(unquoted);
    response.widened = std::move(widened);
    response.exact_total = exact_total;
    if (hits.empty() && mode == QueryMode::kFull) {
      ZeroResultsHelp help;
      for (const FacetInfo& info : kFacets) {
        const std::size_t f = static_cast<std::size_t>(info.facet);
        if (request.filters[f].empty() || failing_only[f] == 0) continue;
        help.without_filter.push_back({std::string(info.name), request.filters[f], failing_only[f]});
      }
      std::stable_sort(help.without_filter.begin(), help.without_filter.end(),
                       [](const auto& a, const auto& b) { return a.total > b.total; });
      const bool filtered = std::any_of(request.filters.begin(), request.filters.end(),
                                        [](const std::vector<std::string>& v) { return !v.empty(); });
      if (filtered && query.has_positive()) {
        for (Xapian::docid d = 1; d < snap->published.size(); ++d) {
          if (snap->published[d] && snap->table.matches(d, filter)) ++help.without_text;
        }
      }
      help.sentence = reads_as_sentence(request.query);
      response.zero_results = std::move(help);
    }
    response.page = request.page;
    response.size = request.size;

    // A document newer than the snapshot (committed after it was built) has no
    // date yet; the next snapshot gives it one.
    const auto published = [&](std::size_t i) {
      return docids[i] < snap->published.size() ? snap->published[docids[i]] : 0u;
    };
    const auto by_order = [&](std::size_t a, std::size_t b) {
      switch (sort) {
        case SortOrder::kRelevance:
          if (weights[a] != weights[b]) return weights[a] > weights[b];
          if (published(a) != published(b)) return published(a) > published(b);
          break;
        case SortOrder::kNewest:
          if (published(a) != published(b)) return published(a) > published(b);
          if (weights[a] != weights[b]) return weights[a] > weights[b];
          break;
        case SortOrder::kOldest:
          if (published(a) != published(b)) return published(a) < published(b);
          if (weights[a] != weights[b]) return weights[a] > weights[b];
          break;
      }
      return docids[a] < docids[b];
    };
    const std::size_t first = static_cast<std::size_t>(request.page - 1) * static_cast<std::size_t>(request.size);
    const std::size_t last = std::min(hits.size(), first + static_cast<std::size_t>(request.size));
    double best_weight = 0;
    for (std::size_t i : hits) best_weight = std::max(best_weight, weights[i]);
    if (first < hits.size()) {
      std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(last), hits.end(), by_order);
      const std::vector<std::string>& needles = built.highlights;
      const std::vector<std::string> kana = kana_needles(needles);
      for (std::size_t k = first; k < last; ++k) {
        const std::size_t i = hits[k];
        SearchHit hit;
        std::string text;
        case_from_document_data(db.get_document(docids[i]).get_data(), hit.c, &text);
        hit.c.body.clear();
        const std::vector<std::string> reading_keys = kana.empty() ? kana : missing_reading_keys(text, kana);
        if (reading_keys.empty()) {
          hit.snippet = make_snippet(text, needles);
        } else {
          // Only when a kana query word is not in the text as typed: one analysis of the
          // hit's text (ten hits at most per page).
          std::vector<std::string> with_readings = needles;
          for (std::string& word : words_read_as(text, reading_keys)) with_readings.push_back(std::move(word));
          hit.snippet = make_snippet(text, with_readings);
        }
        hit.score = best_weight > 0 ? weights[i] / best_weight : 0;
        response.hits.push_back(std::move(hit));
      }
    }

    // Walls keep their canonical order; other facets go by count, then name.
    const Vocabulary* walls = taxonomy_.vocabulary("walls");
    for (const FacetInfo& info : kFacets) {
      auto& counts = response.facets[static_cast<std::size_t>(info.facet)];
      if (info.facet == Facet::kWall && walls) {
        std::stable_sort(counts.begin(), counts.end(), [&](const FacetCount& a, const FacetCount& b) {
          const auto rank = [&](const std::string& v) {
            const int i = walls->index_of(v);
            return i < 0 ? 1000 : i;
          };
          return rank(a.value) != rank(b.value) ? rank(a.value) < rank(b.value) : a.value < b.value;
        });
      } else {
        std::stable_sort(counts.begin(), counts.end(), [](const FacetCount& a, const FacetCount& b) {
          return a.count != b.count ? a.count > b.count : a.value < b.value;
        });
      }
    }
    for (const FacetMatch& match : built.facet_matches) {
      const FacetInfo* info = find_facet(match.facet);
      const auto& selected = request.filters[static_cast<std::size_t>(info->facet)];
      const bool already = std::find(selected.begin(), selected.end(), match.value) != selected.end() ||
                           std::any_of(response.suggested_filters.begin(), response.suggested_filters.end(),
                                       [&](const FacetMatch& m) { return m.facet == match.facet && m.value == match.value; });
      if (!already) response.suggested_filters.push_back(match);
    }
    response.snapshot_serial = snap->serial;
    return {std::move(response), std::nullopt};
  });
}

Outcome<Case> Searcher::find_case(const std::string& id) const {
  return with_index<Case>(reader_, [&](IndexReader::Lease& lease) -> Outcome<Case> {
    const Xapian::docid docid = docid_of(lease.db(), id);
    Case c;
    if (docid == 0 || !case_from_document_data(lease.db().get_document(docid).get_data(), c)) return {};
    return {std::move(c), std::nullopt};
  });
}

}  // namespace casekb
