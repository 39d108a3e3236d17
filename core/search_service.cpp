// SearchService: snapshots of index generations, per-thread databases, search.
#include "search_service.h"

#include <sys/stat.h>

#include <xapian.h>

#include <algorithm>
#include <unordered_map>

#include "facet_table.h"
#include "index_document.h"
#include "index_schema.h"
#include "index_store.h"
#include "snippet.h"
#include "user_query.h"

namespace casekb {

namespace {

std::atomic<std::uint64_t> next_serial{1};

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

struct SearchService::ThreadState {
  std::uint64_t serial = 0;
  std::unique_ptr<Xapian::Database> db;
};

SearchService::SearchService(std::string db_path, const Taxonomy& taxonomy, const Synonyms* synonyms)
    : db_path_(std::move(db_path)), taxonomy_(taxonomy), synonyms_(synonyms) {}

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
        enquire.set_query(built.query);
        if (sort != SortOrder::kRelevance || !query.has_positive()) enquire.set_weighting_scheme(Xapian::BoolWeight());
        CollectingSpy spy(docids, weights);
        enquire.add_matchspy(&spy);
        enquire.get_mset(0, 0, state.db->get_doccount());
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
  return {std::move(response), std::nullopt};
}

Outcome<Case> SearchService::find_case(const std::string& id) {
  std::optional<SearchError> error;
  const auto snap = snapshot(error);
  if (!snap) return {std::nullopt, error};
  try {
    ThreadState& state = thread_state(snap);
    const std::string term = std::string(kIdPrefix) + id;
    auto posting = state.db->postlist_begin(term);
    if (posting == state.db->postlist_end(term)) return {std::nullopt, std::nullopt};
    Case c;
    if (!case_from_document_data(state.db->get_document(*posting).get_data(), c)) return {std::nullopt, std::nullopt};
    return {std::move(c), std::nullopt};
  } catch (const Xapian::Error& e) {
    return {std::nullopt, SearchError{"search_failed", "事例を読めませんでした（" + e.get_description() + "）。"}};
  }
}

}  // namespace casekb
