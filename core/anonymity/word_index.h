// Lookups by position over the words MeCab cut a text into: the one index every rule of
// the anonymity check uses to ask "does a word start (or end) here?".
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

#include "text/morphology.h"

namespace casekb {

// Words sorted by position (they never overlap), or none when no dictionary is loaded:
// then every lookup answers -1 and available() is false.
class WordIndex {
 public:
  explicit WordIndex(const std::vector<Morpheme>* words) : words_(words) {}

  bool available() const { return words_ != nullptr; }
  long size() const { return words_ == nullptr ? 0 : static_cast<long>(words_->size()); }
  const Morpheme& operator[](long k) const { return (*words_)[static_cast<size_t>(k)]; }

  // Index of the word starting at `begin`, or -1.
  long starting_at(size_t begin) const {
    if (words_ == nullptr) return -1;
    auto it = std::lower_bound(words_->begin(), words_->end(), begin,
                               [](const Morpheme& w, size_t position) { return w.begin < position; });
    return it != words_->end() && it->begin == begin ? static_cast<long>(it - words_->begin()) : -1;
  }

  // Index of the word ending at `end`, or -1.
  long ending_at(size_t end) const {
    if (words_ == nullptr) return -1;
    auto it = std::lower_bound(words_->begin(), words_->end(), end,
                               [](const Morpheme& w, size_t position) { return w.end < position; });
    return it != words_->end() && it->end == end ? static_cast<long>(it - words_->begin()) : -1;
  }

 private:
  const std::vector<Morpheme>* words_;
};

}  // namespace casekb
