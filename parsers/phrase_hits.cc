// phrase_hits.cc: see phrase_hits.h.
#include "parsers/phrase_hits.h"

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

PhraseOpeners::Hits PhraseOpeners::hits(std::string_view low) const {
  Hits out;
  const std::size_t room = low.size() / 2 + 1;  // a run and the byte after it: at most this many runs
  for (std::size_t l = 0; l < lists_; ++l) out.lists_.emplace_back(new Hit[room]);
  out.sizes_.assign(lists_, 0);
  for_each_class_run<RunClass::alnum>(low, [&](std::size_t i, std::size_t e) {
    const std::uint32_t entry = words_.find(std::string_view(low.data() + i, e - i));
    if (entry == WordIndex::npos) return true;
    // Written to every list, kept (the count moved on) only in the word's: no branch per list.
    const std::uint32_t* values = &values_[entry * lists_];
    for (std::size_t l = 0; l < lists_; ++l) {
      out.lists_[l][out.sizes_[l]] = Hit{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(e), values[l]};
      out.sizes_[l] += in_[entry] >> l & 1u;
    }
    return true;
  });
  return out;
}

}  // namespace pst::text
