// SearchService: snapshots of index generations, per-thread databases, search.
#include "search/search_service.h"

#include <sys/stat.h>

#include <xapian.h>

#include <algorithm>
#include <list>
#include <unordered_map>
#include <unordered_set>

#include "search/facet_table.h"
#include "index/document.h"
#include "index/schema.h"
#include "index/generations.h"
#include "text/normalize.h"
#include "search/similar_cases.h"
#include "search/snippet.h"
#include "search/query.h"

namespace casekb {

namespace {

std::atomic<std::uint64_t> next_serial{1};

// A strict query matching fewer cases than this is retried relaxed.
constexpr std::size_t kRelaxBelow = 3;

// "YYYY-MM-DD" → YYYYMMDD; 0 if absent.
std::uint32_t date_key(const std::string& value) {
  if (value.size() != 10) return 0;
  std::uint32_t key = 0;
  for (char c : value) {
    if (c >= '0' && c <= '9') key = key * 10 + static_cast<std::uint32_t>(c - '0');
  }
  return key;
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

std::string stub_signature(const std::string& db_path) {
  struct stat st {};
  if (::stat(generation_stub_path(db_path).c_str(), &st) != 0) return {};
  return std::to_string(st.st_ino) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
         std::to_string(st.st_mtim.tv_nsec) + ":" + std::to_string(st.st_size);
}

SearchError unavailable(const std::string& detail) {
  return {"index_unavailable", "索引を開けません。casekb-index で索引を作ってください。（" + detail + "）"};
}

}  // namespace

struct SearchService::Snapshot {
  std::uint64_t serial = 0;
  std::string generation_path;
  FacetTable table;
  std::vector<std::uint32_t> published;  // by docid; 0 = no document
  std::size_t documents = 0;
};

struct SearchService::ResponseCache {
  static constexpr std::size_t kCapacity = 512;
  std::mutex mutex;
  std::uint64_t serial = 0;
  std::list<std::pair<std::string, SearchResponse>> entries;  // most recent first
  std::unordered_map<std::string, std::list<std::pair<std::string, SearchResponse>>::iterator> index;

  std::optional<SearchResponse> get(std::uint64_t snapshot_serial, const std::string& key) {
    std::lock_guard<std::mutex> lock(mutex);
    if (snapshot_serial != serial) return std::nullopt;
    const auto it = index.find(key);
    if (it == index.end()) return std::nullopt;
    entries.splice(entries.begin(), entries, it->second);
    return it->second->second;
  }
  void put(std::uint64_t snapshot_serial, const std::string& key, const SearchResponse& response) {
    std::lock_guard<std::mutex> lock(mutex);
    if (snapshot_serial != serial) {
      entries.clear();
      index.clear();
      serial = snapshot_serial;
    }
    if (index.count(key)) return;
    entries.emplace_front(key, response);
    index[key] = entries.begin();
    if (entries.size() > kCapacity) {
      index.erase(entries.back().first);
      entries.pop_back();
    }
  }
};

namespace {

// Everything a response depends on, as one string.
std::string cache_key(const SearchRequest& r) {
  std::string key = r.query;
  for (const auto& values : r.filters) {
    key += '\x1f';
    for (const std::string& v : values) key += v + '\x1e';
  }
  key += '\x1f' + std::to_string(r.sort ? static_cast<int>(*r.sort) : -1) + ':' + std::to_string(r.page) + ':' +
         std::to_string(r.size) + ':' + (r.baseline_ranking ? "b" : "f");
  return key;
}

}  // namespace

struct SearchService::ThreadState {
  std::uint64_t serial = 0;
  std::unique_ptr<Xapian::Database> db;
};

SearchService::SearchService(std::string db_path, const Taxonomy& taxonomy, const Synonyms* synonyms)
    : cache_(std::make_unique<ResponseCache>()), db_path_(std::move(db_path)), taxonomy_(taxonomy), synonyms_(synonyms) {}

SearchService::~SearchService() = default;

std::optional<SearchError> SearchService::open() {
  std::optional<SearchError> error;
  snapshot(error);
  return error;
}

std::shared_ptr<const SearchService::Snapshot> SearchService::snapshot(std::optional<SearchError>& error) {
  const std::string signature = stub_signature(db_path_);
  std::lock_guard<std::mutex> lock(mutex_);
  if (current_ && signature == current_stub_signature_) return current_;
  const std::optional<std::string> generation = current_generation_path(db_path_);
  if (!generation) {
    if (!current_) error = unavailable(db_path_ + " に索引がありません");
    return current_;  // keep serving the last good generation
  }
  try {
    Xapian::Database db(*generation);
    const std::string schema = db.get_metadata(std::string(kSchemaMetadataKey));
    if (schema != kSchemaVersion) {
      if (!current_) {
        error = SearchError{"index_unavailable", "索引の形式（" + (schema.empty() ? std::string("不明") : schema) +
                                                     "）がこの版の casekb（" + std::string(kSchemaVersion) +
                                                     "）と合いません。casekb-index で索引を作り直してください。"};
      }
      return current_;
    }
    auto snap = std::make_shared<Snapshot>();
    snap->serial = next_serial++;
    snap->generation_path = *generation;
    snap->table = FacetTable::load(db);
    snap->documents = db.get_doccount();
    snap->published.assign(static_cast<std::size_t>(db.get_lastdocid()) + 1, 0);
    for (auto v = db.valuestream_begin(kPublishedSlot); v != db.valuestream_end(kPublishedSlot); ++v) {
      snap->published[v.get_docid()] = std::max<std::uint32_t>(1, date_key(*v));
    }
    current_ = std::move(snap);
    current_stub_signature_ = signature;
  } catch (const Xapian::Error& e) {
    if (!current_) error = unavailable(e.get_description());
  }
  return current_;
}

SearchService::ThreadState& SearchService::thread_state(const std::shared_ptr<const Snapshot>& snap) {
  // Keyed by service so that several services (tests) can share a thread.
  thread_local std::unordered_map<const SearchService*, ThreadState> states;
  ThreadState& state = states[this];
  if (state.serial != snap->serial || !state.db) {
    state.db = std::make_unique<Xapian::Database>(snap->generation_path);
    state.serial = snap->serial;
  }
  return state;
}

std::size_t SearchService::document_count() {
  std::optional<SearchError> error;
  auto snap = snapshot(error);
  return snap ? snap->documents : 0;
}

Outcome<SearchResponse> SearchService::search(const SearchRequest& request) {
  std::optional<SearchError> error;
  const auto snap = snapshot(error);
  if (!snap) return {std::nullopt, error};
  const std::string key = cache_key(request);
  if (cache_enabled_) {
    if (std::optional<SearchResponse> cached = cache_->get(snap->serial, key)) return {std::move(*cached), std::nullopt};
  }

  const UserQuery query = parse_user_query(request.query);
  const BuiltQuery built = build_query(query, QueryContext{&taxonomy_, synonyms_},
                                       request.baseline_ranking ? QueryMode::kNgramBaseline : QueryMode::kFull);
  const SortOrder sort = request.sort.value_or(query.has_positive() ? SortOrder::kRelevance : SortOrder::kNewest);
  std::vector<Xapian::docid> docids;
  std::vector<double> weights;

  for (int attempt = 0;; ++attempt) {
    try {
      ThreadState& state = thread_state(snap);
      docids.clear();
      weights.clear();
      if (query.empty()) {
        for (Xapian::docid d = 1; d < snap->published.size(); ++d) {
          if (snap->published[d]) docids.push_back(d);
        }
        weights.assign(docids.size(), 0.0);
      } else {
        Xapian::Enquire enquire(*state.db);
        if (sort != SortOrder::kRelevance || !query.has_positive()) enquire.set_weighting_scheme(Xapian::BoolWeight());
        CollectingSpy spy(docids, weights);
        enquire.add_matchspy(&spy);
        enquire.set_query(built.query);
        enquire.get_mset(0, 0, state.db->get_doccount());
        if (docids.size() < kRelaxBelow && !built.relaxed.empty()) {
          // Too few cases have every compound of a typed sentence: rank by how
          // many they have instead (those with all still come first).
          docids.clear();
          weights.clear();
          enquire.set_query(built.relaxed);
          enquire.get_mset(0, 0, state.db->get_doccount());
        }
      }
      break;
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt > 0) return {std::nullopt, SearchError{"search_failed", "索引が更新中です。もう一度お試しください。"}};
      thread_state(snap).db->reopen();
    } catch (const Xapian::Error& e) {
      return {std::nullopt, SearchError{"search_failed", "検索できませんでした（" + e.get_description() + "）。"}};
    }
  }

  const FacetTable::Filter filter = snap->table.compile(request.filters);
  std::vector<std::size_t> hits;
  SearchResponse response;
  response.facets = snap->table.count(docids, filter, request.filters, hits);
  response.total = hits.size();
  response.page = request.page;
  response.size = request.size;

  const auto published = [&](std::size_t i) { return snap->published[docids[i]]; };
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
    try {
      ThreadState& state = thread_state(snap);
      for (std::size_t k = first; k < last; ++k) {
        const std::size_t i = hits[k];
        SearchHit hit;
        std::string text;
        case_from_document_data(state.db->get_document(docids[i]).get_data(), hit.c, &text);
        hit.c.body.clear();
        hit.snippet = make_snippet(text, needles);
        hit.score = best_weight > 0 ? weights[i] / best_weight : 0;
        response.hits.push_back(std::move(hit));
      }
    } catch (const Xapian::Error& e) {
      return {std::nullopt, SearchError{"search_failed", "検索結果を読めませんでした（" + e.get_description() + "）。"}};
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
  if (cache_enabled_) cache_->put(snap->serial, key, response);
  return {std::move(response), std::nullopt};
}

template <typename T, typename Body>
Outcome<T> SearchService::with_database(const std::string& failure, Body&& body) {
  std::optional<SearchError> error;
  const auto snap = snapshot(error);
  if (!snap) return {std::nullopt, error};
  try {
    return body(*thread_state(snap).db);
  } catch (const Xapian::Error& e) {
    return {std::nullopt, SearchError{"search_failed", failure + "（" + e.get_description() + "）。"}};
  }
}

namespace {

// The docid of case `id`, or 0.
Xapian::docid docid_of(const Xapian::Database& db, const std::string& id) {
  const std::string term = std::string(kIdPrefix) + id;
  auto posting = db.postlist_begin(term);
  return posting == db.postlist_end(term) ? 0 : *posting;
}

}  // namespace

Outcome<Case> SearchService::find_case(const std::string& id) {
  return with_database<Case>("事例を読めませんでした", [&](const Xapian::Database& db) -> Outcome<Case> {
    const Xapian::docid docid = docid_of(db, id);
    Case c;
    if (docid == 0 || !case_from_document_data(db.get_document(docid).get_data(), c)) return {};
    return {std::move(c), std::nullopt};
  });
}

}  // namespace casekb

namespace casekb {

namespace {

// Shared words named in a similar case's reasons.
constexpr std::size_t kMaxReasonWords = 5;

// Ranks the documents matching `terms`: text similarity (relative to the best)
// combined with shared facets when a source case is given.
std::vector<SimilarCase> rank_similar(const Xapian::Database& db, const Case* source,
                                      const std::vector<WeightedTerm>& terms, Xapian::docid exclude, std::size_t count) {
  std::vector<SimilarCase> ranked;
  const Xapian::Query query = similarity_query(terms);
  if (query.empty()) return ranked;
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  const Xapian::MSet mset = enquire.get_mset(0, 40);
  const double best = mset.empty() ? 0 : mset.begin().get_weight();
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    if (*it == exclude) continue;
    SimilarCase similar;
    case_from_document_data(it.get_document().get_data(), similar.hit.c);
    similar.hit.c.body.clear();
    const double text = best > 0 ? it.get_weight() / best : 0;
    double score = text;
    if (source) score = 0.6 * text + 0.4 * std::min(1.0, facet_affinity(*source, similar.hit.c, similar.reasons));
    // The query's terms this case has, read once (the query has at most 30
    // terms, so the walk is bounded), named in order of how telling each word is.
    std::unordered_set<std::string> matching;
    for (auto m = enquire.get_matching_terms_begin(it); m != enquire.get_matching_terms_end(it); ++m) {
      matching.insert(*m);
      if (matching.size() >= terms.size()) break;
    }
    std::vector<std::string> common;
    for (const WeightedTerm& t : terms) {
      if (matching.count(t.term)) common.push_back(t.term);
      if (common.size() == kMaxReasonWords) break;
    }
    if (!common.empty()) {
      std::string words;
      for (const std::string& w : common) words += (words.empty() ? "" : ", ") + w;
      similar.reasons.push_back("共通の語: " + words);
    }
    similar.hit.score = score;
    ranked.push_back(std::move(similar));
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const SimilarCase& a, const SimilarCase& b) { return a.hit.score > b.hit.score; });
  if (ranked.size() > count) ranked.resize(count);
  return ranked;
}

}  // namespace

Outcome<SimilarResponse> SearchService::similar_to_case(const std::string& id, std::size_t count) {
  return with_database<SimilarResponse>("似ている事例を探せませんでした", [&](const Xapian::Database& db) -> Outcome<SimilarResponse> {
    const Xapian::docid docid = docid_of(db, id);
    if (docid == 0) return {};
    Case source;
    case_from_document_data(db.get_document(docid).get_data(), source);
    SimilarResponse response;
    response.results = rank_similar(db, &source, characteristic_terms_of_document(db, docid, 25), docid, count);
    return {std::move(response), std::nullopt};
  });
}

Outcome<SimilarResponse> SearchService::similar_to_text(const std::string& text, std::size_t count) {
  return with_database<SimilarResponse>("似ている事例を探せませんでした", [&](const Xapian::Database& db) -> Outcome<SimilarResponse> {
    SimilarResponse response;
    response.results = rank_similar(db, nullptr, characteristic_terms_of_text(db, text, 30), 0, count);
    // Walls: how much of the similar cases' weight has each wall, plus the
    // wall's own words (and taxonomy synonyms) appearing in the text.
    const std::string normalized = normalize_for_search(text);
    double total = 0;
    for (const SimilarCase& s : response.results) total += s.hit.score;
    if (const Vocabulary* walls = taxonomy_.vocabulary("walls")) {
      for (const VocabularyValue& wall : walls->values()) {
        WallSuggestion suggestion{wall.name, 0, {}};
        std::size_t cases = 0;
        for (const SimilarCase& s : response.results) {
          if (std::find(s.hit.c.walls.begin(), s.hit.c.walls.end(), wall.name) != s.hit.c.walls.end()) {
            suggestion.score += total > 0 ? s.hit.score / total : 0;
            ++cases;
          }
        }
        if (cases > 0) {
          suggestion.reasons.push_back("似ている事例 " + std::to_string(response.results.size()) + " 件のうち " +
                                       std::to_string(cases) + " 件がこの壁に当たっていました");
        }
        std::vector<std::string> words{wall.name};
        words.insert(words.end(), wall.synonyms.begin(), wall.synonyms.end());
        for (const std::string& word : words) {
          if (normalized.find(normalize_for_search(word)) != std::string::npos) {
            suggestion.reasons.push_back("入力に「" + word + "」とあります");
            suggestion.score = std::min(1.0, suggestion.score + 0.25);
            break;
          }
        }
        if (!suggestion.reasons.empty() && suggestion.score >= 0.2) response.walls.push_back(std::move(suggestion));
      }
    }
    std::stable_sort(response.walls.begin(), response.walls.end(),
                     [](const WallSuggestion& a, const WallSuggestion& b) { return a.score > b.score; });
    return {std::move(response), std::nullopt};
  });
}

}  // namespace casekb
