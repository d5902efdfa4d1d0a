// phrase_hits.cc: see phrase_hits.h.
#include "parsers/phrase_hits.h"

#include "parsers/byte_runs.h"

namespace pst::text {

PhraseOpeners::PhraseOpeners(std::vector<const PhraseSet*> sets,
                             const std::vector<std::pair<std::string_view, std::uint32_t>>& marked)
    : sets_(sets.size()) {
  for (std::size_t s = 0; s < sets.size(); ++s)
    sets[s]->first_words().for_each(
        [&](std::string_view word, std::uint32_t slot) { slots_[entry_of(word) * sets_ + s] = slot; });
  for (const auto& [word, bits] : marked) marks_[entry_of(word)] |= bits;
}

std::uint32_t PhraseOpeners::entry_of(std::string_view word) {
  const auto next = static_cast<std::uint32_t>(marks_.size());
  const std::uint32_t entry = words_.insert(word, next);
  if (entry == next) {
    slots_.resize(slots_.size() + sets_, WordIndex::npos);
    marks_.push_back(0);
  }
  return entry;
}

std::vector<PhraseOpeners::Hit> PhraseOpeners::hits(std::string_view low) const {
  std::vector<Hit> out;
  for_each_class_run<RunClass::alnum>(low, [&](std::size_t i, std::size_t e) {
    if (const std::uint32_t entry = words_.find(std::string_view(low.data() + i, e - i)); entry != WordIndex::npos)
      out.push_back(Hit{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(e), entry});
    return true;
  });
  return out;
}

}  // namespace pst::text
