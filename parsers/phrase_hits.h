// phrase_hits.h: where the phrases of several PhraseSets may start in one text, found in one scan of it. The
// complaint check and the request reader read the same own words (WordsView::low) with lexicons of their own, and
// each read every word of them and looked it up in its own index: a tenth of the worst-case parse, most of it
// spent on words that open no phrase at all. Here one index of every set's first words is asked once per word, the
// few words that open a phrase of some set are kept with each set's slot, and each reader compares the rest of
// its phrases only there (PhraseSet::at_run, at_run_squeezed). Phrases that do not open with a letter or digit
// are not covered: a reader searches those itself (PhraseSet::odd_in). Words of other lexicons may ride along,
// each with bits of its own (the language count's common words: language.cc), found in the same scan.
// Limits: the sets must outlive the index; texts are at most 4 GB (offsets are 32-bit).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "parsers/phrase_set.h"
#include "parsers/word_index.h"

namespace pst::text {

class PhraseOpeners {
 public:
  /// A maximal run of ASCII letters and digits [begin, end) of the text that opens a phrase of some set, or is one
  /// of the marked words.
  struct Hit {
    std::uint32_t begin;
    std::uint32_t end;
    std::uint32_t entry;  // the word's row of slots (slot())
  };

  /// The first words of `sets`, and `marked` words each with its bits (a word listed twice: the bits of both).
  explicit PhraseOpeners(std::vector<const PhraseSet*> sets,
                         const std::vector<std::pair<std::string_view, std::uint32_t>>& marked = {});

  /// Every run of `low` (lower case) that opens a phrase of some set, in text order.
  [[nodiscard]] std::vector<Hit> hits(std::string_view low) const;
  /// The first-word slot of set `set` (its place in the list given) for the hit's word, or WordIndex::npos.
  [[nodiscard]] std::uint32_t slot(const Hit& h, std::size_t set) const { return slots_[h.entry * sets_ + set]; }
  /// The hit's marks (0 when its word is no marked word).
  [[nodiscard]] std::uint32_t marks(const Hit& h) const { return marks_[h.entry]; }

 private:
  // The entry of `word`, made (with no slots and no marks) if it has none.
  std::uint32_t entry_of(std::string_view word);

  std::size_t sets_;
  WordIndex words_;                   // every set's first words, every marked word -> entry
  std::vector<std::uint32_t> slots_;  // entry * sets_ + set -> that set's slot
  std::vector<std::uint32_t> marks_;  // entry -> marks
};

/// One text's hits, as one reader takes them: with the place of its set among the index's.
struct PhraseHits {
  const PhraseOpeners* openers = nullptr;  // none: the reader scans the text itself
  std::span<const PhraseOpeners::Hit> hits;
  std::size_t set = 0;
  [[nodiscard]] std::uint32_t slot(const PhraseOpeners::Hit& h) const { return openers->slot(h, set); }
};

}  // namespace pst::text
