// phrase_hits.cc: see phrase_hits.h.
#include "parsers/phrase_hits.h"

#include "parsers/byte_runs.h"

namespace pst::text {

PhraseOpeners::PhraseOpeners(std::vector<const PhraseSet*> sets) : sets_(sets.size()) {
  for (std::size_t s = 0; s < sets.size(); ++s) {
    sets[s]->first_words().for_each([&](std::string_view word, std::uint32_t slot) {
      const auto entry = static_cast<std::uint32_t>(slots_.size() / sets_);
      const std::uint32_t kept = words_.insert(word, entry);
      if (kept == entry) slots_.resize(slots_.size() + sets_, WordIndex::npos);
      slots_[kept * sets_ + s] = slot;
    });
  }
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
