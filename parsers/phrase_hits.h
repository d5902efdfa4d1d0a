// phrase_hits.h: where the phrases of several PhraseSets may start in one text, found in one scan of it. The
// complaint check and the request reader read the same own words (WordsView::low) with lexicons of their own, and
// each read every word of them and looked it up in its own index: a tenth of the worst-case parse, most of it
// spent on words that open no phrase at all. Here one index of every set's first words is asked once per word, the
// few words that open a phrase of some set are kept with each set's slot, and each reader compares the rest of
// its phrases only there (PhraseSet::at_run, at_run_squeezed). Phrases that do not open with a letter or digit
// are not covered: a reader searches those itself (PhraseSet::odd_in).
// Limits: the sets must outlive the index; texts are at most 4 GB (offsets are 32-bit).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "parsers/phrase_set.h"
#include "parsers/word_index.h"

namespace pst::text {

class PhraseOpeners {
 public:
  /// A maximal run of ASCII letters and digits [begin, end) of the text that opens a phrase of some set.
  struct Hit {
    std::uint32_t begin;
    std::uint32_t end;
    std::uint32_t entry;  // the word's row of slots (slot())
  };

  explicit PhraseOpeners(std::vector<const PhraseSet*> sets);

  /// Every run of `low` (lower case) that opens a phrase of some set, in text order.
  [[nodiscard]] std::vector<Hit> hits(std::string_view low) const;
  /// The first-word slot of set `set` (its place in the list given) for the hit's word, or WordIndex::npos.
  [[nodiscard]] std::uint32_t slot(const Hit& h, std::size_t set) const { return slots_[h.entry * sets_ + set]; }

 private:
  std::size_t sets_;
  WordIndex words_;                   // every set's first words -> entry
  std::vector<std::uint32_t> slots_;  // entry * sets_ + set -> that set's slot
};

/// One text's hits, as one reader takes them: with the place of its set among the index's.
struct PhraseHits {
  const PhraseOpeners* openers = nullptr;  // none: the reader scans the text itself
  std::span<const PhraseOpeners::Hit> hits;
  std::size_t set = 0;
  [[nodiscard]] std::uint32_t slot(const PhraseOpeners::Hit& h) const { return openers->slot(h, set); }
};

}  // namespace pst::text
