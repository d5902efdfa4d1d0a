// phrase_hits.h: where the phrases of several PhraseSets may start in one text, found in one scan of it. The
// complaint check and the request reader read the same own words (WordsView::low) with lexicons of their own, and
// each read every word of them and looked it up in its own index: a tenth of the worst-case parse, most of it
// spent on words that open no phrase at all. Here one index of every set's first words is asked once per word, the
// few words that open a phrase of some set are kept with each set's slot, and each reader compares the rest of
// its phrases only there (PhraseSet::at_run, at_run_squeezed). Phrases that do not open with a letter or digit
// are not covered: a reader searches those itself (PhraseSet::odd_in). Words of other lexicons ride along as marked
// words, each with bits of its own (the language count's common words, language.cc; the introduction's class words,
// introduction.cc), found in the same scan. analyse() builds the one index and scans WordsView::low() once, by
// its tokens (the tokenizer has found the words already: walking the runs again by byte masks was a third of the
// scan), which also gives each token its marks (the introduction read them by matching hits to tokens).
// Limits: the sets must outlive the index; at most 31 sets; texts under 4 GB (offsets are 32-bit); a scan holds
// room for every run in each list (12 bytes per two bytes of text, per list: 0.4 MB per list for WordsView's 64 KB).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "parsers/phrase_set.h"
#include "parsers/text_scan.h"
#include "parsers/word_index.h"

namespace pst::text {

/// Words with bits of their own, to ride along a scan (PhraseOpeners' marked words).
using MarkedWords = std::vector<std::pair<std::string_view, std::uint32_t>>;

class PhraseOpeners {
 public:
  /// A maximal run of ASCII letters and digits [begin, end) of the text that opens a phrase of a set (`value`: its
  /// first-word slot in that set, PhraseSet::at_run's `slot`) or is a marked word (`value`: its marks).
  struct Hit {
    std::uint32_t begin;
    std::uint32_t end;
    std::uint32_t value;
  };

  /// One text's hits, a list for each set and one of the marked words, each in text order: a reader walks only its
  /// own (one list of every opening word had each reader test every hit for its slot, a mispredicted branch per hit
  /// once the common words rode along).
  class Hits {
   public:
    [[nodiscard]] std::span<const Hit> of_set(std::size_t set) const { return {lists_[set].get(), sizes_[set]}; }
    [[nodiscard]] std::span<const Hit> marked() const { return {lists_.back().get(), sizes_.back()}; }
    /// The marks of each token that is one run (a word of letters and digits only, Token::alnum_only), 0 for any
    /// other token and for a run marked by no word.
    [[nodiscard]] std::span<const std::uint32_t> token_marks() const { return token_marks_; }

   private:
    friend class PhraseOpeners;
    std::vector<std::unique_ptr<Hit[]>> lists_;  // each set's, then the marked words'; room for every run
    std::vector<std::size_t> sizes_;
    std::vector<std::uint32_t> token_marks_;
  };

  /// The first words of `sets`, and `marked` words each with its bits (a word listed twice: the bits of both).
  explicit PhraseOpeners(std::vector<const PhraseSet*> sets, const MarkedWords& marked = {});

  /// The maximal runs of ASCII letters and digits of `low` (lower case) that open a phrase of each set, and the
  /// marked words among them, read from `tokens`, text::tokenize's tokens whose `low` views `low`: every such run lies
  /// in a word token (the whole token when it is Token::alnum_only, else one of the runs inside it), so the runs are
  /// walked token by token and no byte between words is read again; the marks of the tokens that are one run come
  /// with them (Hits::token_marks). Throws std::invalid_argument when a token does not view `low`.
  [[nodiscard]] Hits hits(std::string_view low, std::span<const Token> tokens) const;

 private:
  // The run [i, e) of `low` added to the lists of the sets it opens a phrase of and to the marked ones; its marks
  // (0: none). Lists: lists_ when known at compile time, else 0.
  template <std::size_t Lists>
  std::uint32_t add_run(Hits& out, std::string_view low, std::size_t i, std::size_t e) const;
  // hits()' walk over the tokens, into `out` (made with room for every run).
  template <std::size_t Lists>
  void scan(Hits& out, std::string_view low, std::span<const Token> tokens) const;
  // The entry of `word`, made (in no list) if it has none.
  std::uint32_t entry_of(std::string_view word);

  std::size_t lists_;                  // the sets and the marked words
  WordIndex words_;                    // every set's first words, every marked word -> entry
  std::vector<std::uint32_t> values_;  // entry * lists_ + list -> the set's slot, or the marks
  std::vector<std::uint32_t> in_;      // entry -> bit l: the word is in list l
};

/// One text's hits as one reader takes them (PhraseOpeners::Hits: its set's list, or the marked words).
struct PhraseHits {
  std::span<const PhraseOpeners::Hit> hits;
  bool given = false;  // not given: the reader scans the text itself
  // With the marked hits (OwnWordsScan::marked): each token's marks (PhraseOpeners::Hits::token_marks); empty
  // otherwise.
  std::span<const std::uint32_t> token_marks = {};
};

}  // namespace pst::text
