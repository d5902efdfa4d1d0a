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

#include "parsers/byte_runs.h"
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

  /// Where a phrase's first word stands in `low`: the phrases whose first word is `low`[i, e) (a maximal run of
  /// ASCII letters and digits, whose index `slot` is first_words().find of it) that match there, each given to
  /// on(match) until it returns false (then returns false). scan() reads every run so; a reader handed the runs
  /// that open a phrase (phrase_hits.h) reads only those.
  template <class F>
  bool at_run(std::string_view low, std::size_t i, std::size_t e, std::uint32_t slot, F&& on) const;
  /// The same where `low` is read as its blanks squeezed: a space of a phrase stands for a run of blanks (' ',
  /// '\t', '\n', '\r', '\f', '\v') in `low`, and the phrase ends before `limit`. The answer of at_run on
  /// text::squeeze_spaces of `low`[.., limit) (a sentence the request reader reads squeezed) without making it.
  template <class F>
  bool at_run_squeezed(std::string_view low, std::size_t i, std::size_t e, std::size_t limit, std::uint32_t slot,
                       F&& on) const;
  /// The phrases that do not open with a letter or digit (searched one by one), in `low`.
  template <class F>
  bool odd_in(std::string_view low, F&& on) const;
  /// Whether the set has such phrases (odd_in finds nothing in any text when it has none).
  [[nodiscard]] bool has_odd_phrases() const { return !odd_.empty(); }
  /// The phrases' first words (their index slots: at_run's `slot`).
  [[nodiscard]] const WordIndex& first_words() const { return first_words_; }
  /// Every occurrence found from the runs the caller read (at_run, at_run_squeezed, odd_in), in text order: the
  /// order matches() gives.
  static void sort_by_place(std::vector<Match>& matches);

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
  // A phrase as its first word lists it, with the bytes right after that word, where the phrases sharing a first word
  // (a hundred open with "tidak") mostly differ from the text: each is turned away by its first two bytes, read here,
  // before its own bytes are.
  struct Opened {
    std::uint32_t phrase;  // index in phrases_
    std::uint32_t rest;    // how many bytes follow its first word
    char next[2];          // the first two of them (as many as there are)
  };
  WordIndex first_words_;                  // first word -> index in by_first_word_
  std::vector<std::vector<Opened>> by_first_word_;
  std::vector<std::uint32_t> odd_;  // phrases that start otherwise: searched one by one
};

namespace phrase_set_detail {
// A letter or digit: what a phrase's words are made of (byte_runs.h).
constexpr bool is_alnum(char c) { return is_of_class<RunClass::alnum>(c); }
// A blank as text::squeeze_spaces reads one.
constexpr bool is_blank(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
}  // namespace phrase_set_detail

template <class F>
bool PhraseSet::at_run(std::string_view low, std::size_t i, std::size_t e, std::uint32_t slot, F&& on) const {
  // The index compared the first word, which ends where the text's word does: a phrase of one word matches here,
  // a longer one when its rest follows, compared byte by byte (it mostly differs at the second or third byte; a
  // call to memcmp per phrase was a third of the scan's compares).
  for (const Opened& o : by_first_word_[slot]) {
    const std::uint32_t k = o.phrase;
    // Its first bytes after the first word, where most phrases of a common first word differ from the text.
    if (o.rest != 0 && (e + o.rest > low.size() || low[e] != o.next[0] || (o.rest > 1 && low[e + 1] != o.next[1])))
      continue;
    const std::string_view p = phrases_[k];
    const std::size_t end = i + p.size();
    if (end != e) {
      if (end > low.size()) continue;
      std::size_t b = e;
      while (b < end && low[b] == p[b - i]) ++b;
      if (b < end || (end < low.size() && phrase_set_detail::is_alnum(low[end]))) continue;  // "harga" in "hargai"
    }
    if (!on(Match{k, i, end})) return false;
  }
  return true;
}

template <class F>
bool PhraseSet::at_run_squeezed(std::string_view low, std::size_t i, std::size_t e, std::size_t limit,
                                std::uint32_t slot, F&& on) const {
  // Where the text goes on past the blanks after the first word (found at the first phrase that asks).
  std::size_t past_blanks = std::string_view::npos;
  for (const Opened& o : by_first_word_[slot]) {
    const std::uint32_t k = o.phrase;
    // Its first bytes after the first word, as the loop below reads them, where most phrases of a common first word
    // differ from the text: a space (a run of blanks) and the byte after it, or a byte of its own.
    if (o.rest != 0) {
      if (e >= limit) continue;
      if (o.next[0] != ' ') {
        if (low[e] != o.next[0]) continue;
      } else {
        if (!phrase_set_detail::is_blank(low[e])) continue;
        if (o.rest > 1 && o.next[1] != ' ') {
          if (past_blanks == std::string_view::npos) {
            past_blanks = e;
            while (past_blanks < limit && phrase_set_detail::is_blank(low[past_blanks])) ++past_blanks;
          }
          if (past_blanks >= limit || low[past_blanks] != o.next[1]) continue;
        }
      }
    }
    const std::string_view p = phrases_[k];
    // The rest of the phrase after its first word (e - i bytes, matched), against `low` from e.
    std::size_t q = e - i, b = e;
    for (; q < p.size() && b < limit; ++q) {
      if (p[q] == ' ') {
        if (!phrase_set_detail::is_blank(low[b])) break;
        while (b < limit && phrase_set_detail::is_blank(low[b])) ++b;
      } else if (low[b] == p[q]) {
        ++b;
      } else {
        break;
      }
    }
    if (q < p.size() || (b < limit && phrase_set_detail::is_alnum(low[b]))) continue;
    if (!on(Match{k, i, b})) return false;
  }
  return true;
}

template <class F>
bool PhraseSet::odd_in(std::string_view low, F&& on) const {
  for (std::uint32_t k : odd_) {
    std::string_view p = phrases_[k];
    for (std::size_t pos = low.find(p); pos != std::string_view::npos; pos = low.find(p, pos + 1)) {
      const bool left_ok = pos == 0 || !phrase_set_detail::is_alnum(low[pos - 1]);
      const std::size_t end = pos + p.size();
      const bool right_ok = end >= low.size() || !phrase_set_detail::is_alnum(low[end]);
      if (left_ok && right_ok && !on(Match{k, pos, end})) return false;
    }
  }
  return true;
}

}  // namespace pst::text
