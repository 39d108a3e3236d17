// In-memory facet membership of every document, read once per index generation
// from the boolean facet terms. With it, one pass over the documents that match
// the text gives exact disjunctive counts for all ten facets, which Xapian's
// match spies would need one pass per facet for.
#pragma once

#include <cstdint>

#include <xapian.h>

#include "search/facets.h"

namespace casekb {

class FacetTable {
 public:
  // Reads the facet terms of db. Cost: one pass over the facet postings.
  static FacetTable load(const Xapian::Database& db);

  // Docids are 1..max_docid(); gaps (deleted documents) have no bits.
  Xapian::docid max_docid() const { return max_docid_; }
  const std::vector<std::string>& values(Facet facet) const { return values_[index(facet)]; }

  // A compiled filter: per facet, a bit mask over that facet's values.
  class Filter {
   public:
    bool active(std::size_t facet) const { return active_[facet]; }

   private:
    friend class FacetTable;
    std::array<bool, kFacetCount> active_{};
    std::vector<std::uint64_t> mask_;  // same layout as a document row
  };
  Filter compile(const FacetFilters& filters) const;

  // True if docid passes every active facet of filter.
  bool matches(Xapian::docid docid, const Filter& filter) const;

  // Counts facet values over `docids` (the documents matching the text query)
  // with the disjunctive rule, and returns through `hits` the positions in
  // `docids` of the documents that pass every filter, in order. If given,
  // `failing_only[f]` is the number of documents that fail facet f's filter
  // and no other: removing that filter would find hits + failing_only[f].
  FacetCounts count(const std::vector<Xapian::docid>& docids, const Filter& filter, const FacetFilters& filters,
                    std::vector<std::size_t>& hits,
                    std::array<std::size_t, kFacetCount>* failing_only = nullptr) const;

 private:
  static std::size_t index(Facet facet) { return static_cast<std::size_t>(facet); }
  const std::uint64_t* row(Xapian::docid docid) const { return &bits_[static_cast<std::size_t>(docid) * words_]; }
  bool passes(const std::uint64_t* row, const Filter& filter, std::size_t facet) const;

  Xapian::docid max_docid_ = 0;
  std::array<std::vector<std::string>, kFacetCount> values_;  // sorted, as in the index
  std::array<std::size_t, kFacetCount> offset_{};             // first word of each facet in a row
  std::array<std::size_t, kFacetCount> word_count_{};
  std::size_t words_ = 0;              // words per document row
  std::vector<std::uint64_t> bits_;    // (max_docid + 1) rows
};

}  // namespace casekb
