// phrase_set.h: a fixed set of lower-case phrases ("keluhan", "tidak puas", "number of") found as
// whole words in lower-case text in one pass, with the same rule as text::contains_word (the
// characters next to a match are not ASCII letters or digits). Built once per lexicon; one scan of
// the text finds every phrase of the set, by hashing each word of the text and comparing the rest of
// a phrase only where its first word stands - instead of one substring search per phrase.
// Limits: phrases that do not start with an ASCII letter or digit fall back to one search each.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/word_index.h"

namespace pst::text {

class PhraseSet {
 public:
  struct Match {
    std::uint32_t phrase;  // index in the set, in the order given
    std::size_t begin;     // byte offsets in the text
    std::size_t end;
  };

  PhraseSet(std::initializer_list<std::string_view> phrases);
  explicit PhraseSet(const std::vector<std::string_view>& phrases);
  /// Several lexicons found in one scan: indices run on from one group to the next (group g starts
  /// at group_start(g)); a phrase listed in two groups is found in both.
  explicit PhraseSet(const std::vector<std::vector<std::string_view>>& groups);

  /// Every occurrence, in text order (a phrase may occur several times; nested ones all count).
  [[nodiscard]] std::vector<Match> matches(std::string_view low) const;
  /// Whether any phrase occurs.
  [[nodiscard]] bool any(std::string_view low) const;
  /// Indices of the phrases that occur, each once, ascending (a phrase listed twice: its first index).
  [[nodiscard]] std::vector<std::size_t> found(std::string_view low) const;
  /// The same into `out` (cleared first), whose storage a caller reading many texts keeps.
  void found(std::string_view low, std::vector<std::size_t>& out) const;

  [[nodiscard]] std::string_view at(std::size_t i) const { return phrases_[i]; }
  [[nodiscard]] std::size_t size() const { return phrases_.size(); }
  [[nodiscard]] std::size_t group_start(std::size_t g) const { return group_starts_[g]; }

 private:
  void build();
  // Calls on(match) for each occurrence until it returns false.
  template <class F>
  void scan(std::string_view low, F&& on) const;

  std::vector<std::string> phrases_;
  std::vector<std::size_t> group_starts_{0};  // and the end, after the last group
  // First word of a phrase (its leading run of ASCII letters and digits) -> the phrases it opens.
  WordIndex first_words_;                                  // first word -> index in by_first_word_
  std::vector<std::vector<std::uint32_t>> by_first_word_;
  std::vector<std::uint32_t> odd_;  // phrases that start otherwise: searched one by one
};

}  // namespace pst::text
