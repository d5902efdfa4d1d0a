// words_view.h: the requester's own words read once — normalised, lower-cased, tokenised and cut
// into lines — and shared by every detector of analyse() (introduction, request, kind, rating,
// confidence) instead of each normalising, lowering and tokenising the same text again.
// Built from what is understood of the own words (text_scan.h: understood_part). The lines are views
// into `norm` and token ranges of `tokens`, so a WordsView is neither copied nor moved.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/text_scan.h"

namespace pst {

class WordsView {
 public:
  struct Line {
    std::string_view raw;               // one line of `norm`, without its '\n'
    std::span<const text::Token> tokens;  // its tokens (line breaks excluded)
  };

  explicit WordsView(std::string_view head);
  WordsView(const WordsView&) = delete;
  WordsView& operator=(const WordsView&) = delete;

  const std::string& norm() const { return norm_; }                // text::normalize(head)
  const std::string& low() const { return low_; }                  // text::lower(norm())
  const std::vector<text::Token>& tokens() const { return tokens_; }  // text::tokenize(norm())
  const std::vector<Line>& lines() const { return lines_; }

 private:
  std::string norm_;
  std::string low_;
  std::vector<text::Token> tokens_;
  std::vector<Line> lines_;
};

}  // namespace pst
