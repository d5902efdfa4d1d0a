// words_view.cc: see words_view.h.
#include "parsers/words_view.h"

namespace pst {

WordsView::WordsView(std::string_view head)
    : norm_(text::normalize(head.substr(0, std::min(head.size(), text::kMaxScanBytes)))),
      low_(text::lower(norm_)),
      tokens_(text::tokenize(norm_, low_)) {
  // The tokeniser is line-local (a token never spans '\n' and a word's trailing '.' is decided
  // within its line), so a line's tokens are the run between two line-break tokens.
  const std::vector<std::string_view> raw_lines = text::split_lines(norm_);
  lines_.reserve(raw_lines.size());
  std::size_t first = 0;
  for (std::string_view raw : raw_lines) {
    std::size_t last = first;
    while (last < tokens_.size() && tokens_[last].kind != text::TokenKind::line_break) ++last;
    lines_.push_back(Line{raw, std::span<const text::Token>(tokens_).subspan(first, last - first)});
    first = last < tokens_.size() ? last + 1 : last;
  }
}

}  // namespace pst
