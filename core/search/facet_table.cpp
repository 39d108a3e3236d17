// Facet table loading and disjunctive counting.
#include "search/facet_table.h"

#include <algorithm>

namespace casekb {

FacetTable FacetTable::load(const Xapian::Database& db) {
  FacetTable table;
  table.max_docid_ = db.get_lastdocid();
  for (const FacetInfo& info : kFacets) {
    const std::size_t f = index(info.facet);
    const std::string prefix(info.prefix);
    for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
      table.values_[f].push_back((*it).substr(prefix.size()));
    }
    table.offset_[f] = table.words_;
    table.word_count_[f] = std::max<std::size_t>(1, (table.values_[f].size() + 63) / 64);
    table.words_ += table.word_count_[f];
  }
  table.bits_.assign((static_cast<std::size_t>(table.max_docid_) + 1) * table.words_, 0);
  for (const FacetInfo& info : kFacets) {
    const std::size_t f = index(info.facet);
    const std::string prefix(info.prefix);
    for (std::size_t v = 0; v < table.values_[f].size(); ++v) {
      const std::string term = prefix + table.values_[f][v];
      const std::size_t word = table.offset_[f] + v / 64;
      const std::uint64_t bit = std::uint64_t{1} << (v % 64);
      for (auto p = db.postlist_begin(term); p != db.postlist_end(term); ++p) {
        table.bits_[static_cast<std::size_t>(*p) * table.words_ + word] |= bit;
      }
    }
  }
  return table;
}

FacetTable::Filter FacetTable::compile(const FacetFilters& filters) const {
  Filter filter;
  filter.mask_.assign(words_, 0);
  for (std::size_t f = 0; f < kFacetCount; ++f) {
    if (filters[f].empty()) continue;
    // A facet with selected values is active even if none of them is in the
    // index: an unknown value simply matches nothing.
    filter.active_[f] = true;
    for (const std::string& wanted : filters[f]) {
      const auto& values = values_[f];
      const auto it = std::lower_bound(values.begin(), values.end(), wanted);
      if (it == values.end() || *it != wanted) continue;
      const std::size_t v = static_cast<std::size_t>(it - values.begin());
      filter.mask_[offset_[f] + v / 64] |= std::uint64_t{1} << (v % 64);
    }
  }
  return filter;
}

bool FacetTable::passes(const std::uint64_t* r, const Filter& filter, std::size_t f) const {
  for (std::size_t w = offset_[f]; w < offset_[f] + word_count_[f]; ++w) {
    if (r[w] & filter.mask_[w]) return true;
  }
  return false;
}

bool FacetTable::matches(Xapian::docid docid, const Filter& filter) const {
  if (docid == 0 || docid > max_docid_) return false;
  const std::uint64_t* r = row(docid);
  for (std::size_t f = 0; f < kFacetCount; ++f) {
    if (filter.active(f) && !passes(r, filter, f)) return false;
  }
  return true;
}

FacetCounts FacetTable::count(const std::vector<Xapian::docid>& docids, const Filter& filter,
                              const FacetFilters& filters, std::vector<std::size_t>& hits,
                              std::array<std::size_t, kFacetCount>* failing_only) const {
  std::array<std::vector<std::size_t>, kFacetCount> counts;
  for (std::size_t f = 0; f < kFacetCount; ++f) counts[f].assign(values_[f].size(), 0);

  const auto add_row = [&](const std::uint64_t* r, std::size_t f) {
    for (std::size_t w = 0; w < word_count_[f]; ++w) {
      std::uint64_t bits = r[offset_[f] + w];
      while (bits) {
        const int b = __builtin_ctzll(bits);
        ++counts[f][w * 64 + static_cast<std::size_t>(b)];
        bits &= bits - 1;
      }
    }
  };

  for (std::size_t i = 0; i < docids.size(); ++i) {
    const Xapian::docid docid = docids[i];
    if (docid == 0 || docid > max_docid_) continue;
    const std::uint64_t* r = row(docid);
    // The disjunctive rule: a document counts for facet f if it passes every
    // *other* facet's filter. So a document failing no filter counts everywhere,
    // one failing exactly one filter counts only for that facet, others nowhere.
    int failed = -1;
    int failures = 0;
    for (std::size_t f = 0; f < kFacetCount && failures < 2; ++f) {
      if (filter.active(f) && !passes(r, filter, f)) {
        ++failures;
        failed = static_cast<int>(f);
      }
    }
    if (failures == 0) {
      hits.push_back(i);
      for (std::size_t f = 0; f < kFacetCount; ++f) add_row(r, f);
    } else if (failures == 1) {
      add_row(r, static_cast<std::size_t>(failed));
      if (failing_only) ++(*failing_only)[static_cast<std::size_t>(failed)];
    }
  }

  FacetCounts result;
  for (std::size_t f = 0; f < kFacetCount; ++f) {
    for (std::size_t v = 0; v < values_[f].size(); ++v) {
      const bool selected =
          std::find(filters[f].begin(), filters[f].end(), values_[f][v]) != filters[f].end();
      if (counts[f][v] > 0 || selected) result[f].push_back({values_[f][v], counts[f][v], selected});
    }
    // Selected values the index has never seen are still listed, with 0.
    for (const std::string& wanted : filters[f]) {
      if (!std::binary_search(values_[f].begin(), values_[f].end(), wanted) &&
          std::none_of(result[f].begin(), result[f].end(), [&](const FacetCount& c) { return c.value == wanted; })) {
        result[f].push_back({wanted, 0, true});
      }
    }
  }
  return result;
}

}  // namespace casekb
