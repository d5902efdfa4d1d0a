// phrase_hits.cc: see phrase_hits.h.
#include "parsers/phrase_hits.h"

#include <functional>
#include <stdexcept>

#include "parsers/byte_runs.h"

namespace pst::text {

PhraseOpeners::PhraseOpeners(std::vector<const PhraseSet*> sets, const MarkedWords& marked)
    : lists_(sets.size() + 1) {
  for (std::size_t s = 0; s < sets.size(); ++s)
    sets[s]->first_words().for_each([&](std::string_view word, std::uint32_t slot) {
      const std::uint32_t entry = entry_of(word);
      values_[entry * lists_ + s] = slot;
      in_[entry] |= 1u << s;
    });
  for (const auto& [word, bits] : marked) {
    const std::uint32_t entry = entry_of(word);
    values_[entry * lists_ + lists_ - 1] |= bits;
    in_[entry] |= 1u << (lists_ - 1);
  }
}

std::uint32_t PhraseOpeners::entry_of(std::string_view word) {
  const auto next = static_cast<std::uint32_t>(in_.size());
  const std::uint32_t entry = words_.insert(word, next);
  if (entry == next) {
    values_.resize(values_.size() + lists_, 0);
    in_.push_back(0);
  }
  return entry;
}

template <std::size_t Lists>
[[gnu::always_inline]] inline std::uint32_t PhraseOpeners::add_run(Hits& out, std::string_view low, std::size_t i,
                                                                   std::size_t e) const {
  const std::uint32_t entry = words_.find(std::string_view(low.data() + i, e - i));
  if (entry == WordIndex::npos) return 0;
  // Written to every list, kept (the count moved on) only in the word's: no branch per list. The number of lists
  // known at compile time where it can be (Lists > 0: the loop unrolled; it was a fifth of the scan's instructions).
  const std::size_t lists = Lists > 0 ? Lists : lists_;
  const std::uint32_t* values = &values_[entry * lists];
  const std::uint32_t in = in_[entry];
  for (std::size_t l = 0; l < lists; ++l) {
    out.lists_[l][out.sizes_[l]] = Hit{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(e), values[l]};
    out.sizes_[l] += in >> l & 1u;
  }
  return values[lists - 1];  // 0 for a word of no mark (values_ start at 0; only marks are ORed in)
}

PhraseOpeners::Hits PhraseOpeners::hits(std::string_view low, std::span<const Token> tokens) const {
  Hits out;
  const std::size_t room = low.size() / 2 + 1;  // a run and the byte after it: at most this many runs
  for (std::size_t l = 0; l < lists_; ++l) out.lists_.emplace_back(new Hit[room]);
  out.sizes_.assign(lists_, 0);
  out.token_marks_.assign(tokens.size(), 0);
  // Three lists (two sets and the marked words) are what analyse() asks for.
  if (lists_ == 3) scan<3>(out, low, tokens);
  else scan<0>(out, low, tokens);
  return out;
}

template <std::size_t Lists>
void PhraseOpeners::scan(Hits& out, std::string_view low, std::span<const Token> tokens) const {
  const char* const first = low.data();
  const std::less<const char*> before;  // a total order, also for a pointer into another text
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (t.kind != TokenKind::word) continue;
    if (before(t.low.data(), first) || before(first + low.size(), t.low.data() + t.low.size()))
      throw std::invalid_argument("PhraseOpeners::hits: a token does not view the text");
    const auto i = static_cast<std::size_t>(t.low.data() - first);
    if (t.alnum_only) {
      out.token_marks_[k] = add_run<Lists>(out, low, i, i + t.low.size());
      continue;
    }
    for_each_class_run<RunClass::alnum>(t.low, [&](std::size_t b, std::size_t e) {
      add_run<Lists>(out, low, i + b, i + e);
      return true;
    });
  }
}

}  // namespace pst::text
