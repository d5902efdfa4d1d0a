// phrase_set.cc: see phrase_set.h.
#include "parsers/phrase_set.h"

#include <algorithm>
#include <cstdint>

#include "parsers/byte_runs.h"
#include "parsers/text_scan.h"

namespace pst::text {
using phrase_set_detail::is_alnum;

PhraseSet::PhraseSet(std::initializer_list<std::string_view> phrases) : phrases_(phrases.begin(), phrases.end()) {
  group_starts_.push_back(phrases_.size());
  build();
}

PhraseSet::PhraseSet(const std::vector<std::string_view>& phrases) : phrases_(phrases.begin(), phrases.end()) {
  group_starts_.push_back(phrases_.size());
  build();
}

PhraseSet::PhraseSet(const std::vector<std::vector<std::string_view>>& groups) {
  for (const auto& g : groups) {
    phrases_.insert(phrases_.end(), g.begin(), g.end());
    group_starts_.push_back(phrases_.size());
  }
  build();
}

void PhraseSet::build() {
  std::size_t group = 0;
  for (std::uint32_t i = 0; i < phrases_.size(); ++i) {
    while (i >= group_starts_[group + 1]) ++group;
    std::string_view p = phrases_[i];
    if (p.empty()) continue;
    // A phrase listed twice in a group is one phrase: found under its first index only.
    const auto first = phrases_.begin() + static_cast<std::ptrdiff_t>(group_starts_[group]);
    if (std::find(first, phrases_.begin() + i, p) != phrases_.begin() + i) continue;
    if (!is_alnum(p[0])) {
      odd_.push_back(i);
      continue;
    }
    std::size_t first_end = 0;
    while (first_end < p.size() && is_alnum(p[first_end])) ++first_end;
    const std::uint32_t slot = first_words_.insert(p.substr(0, first_end),
                                                   static_cast<std::uint32_t>(by_first_word_.size()));
    if (slot == by_first_word_.size()) by_first_word_.emplace_back();
    const std::string_view rest = p.substr(first_end);
    by_first_word_[slot].push_back(Opened{i, static_cast<std::uint32_t>(rest.size()), rest.empty() ? '\0' : rest[0],
                                          rest.size() < 2 ? '\0' : rest[1]});
  }
}

template <class F>
void PhraseSet::scan(std::string_view low, F&& on) const {
  const bool went_on = for_each_class_run<RunClass::alnum>(low, [&](std::size_t i, std::size_t e) {
    // A word starts here (the byte before is no letter or digit): phrases opening with it may match.
    const std::uint32_t slot = first_words_.find(std::string_view(low.data() + i, e - i));
    return slot == WordIndex::npos || at_run(low, i, e, slot, on);
  });
  if (went_on) odd_in(low, on);
}

void PhraseSet::sort_by_place(std::vector<Match>& matches) {
  std::sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) { return a.begin < b.begin; });
}

std::vector<PhraseSet::Match> PhraseSet::matches(std::string_view low) const {
  std::vector<Match> out;
  scan(low, [&](const Match& m) {
    out.push_back(m);
    return true;
  });
  sort_by_place(out);
  return out;
}

bool PhraseSet::any(std::string_view low) const {
  bool hit = false;
  scan(low, [&](const Match&) {
    hit = true;
    return false;
  });
  return hit;
}

std::vector<std::size_t> PhraseSet::found(std::string_view low) const {
  std::vector<std::size_t> out;
  found(low, out);
  return out;
}

void PhraseSet::found(std::string_view low, std::vector<std::size_t>& out) const {
  out.clear();
  scan(low, [&](const Match& m) {
    out.push_back(m.phrase);
    return true;
  });
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

}  // namespace pst::text
