// word_table.h: a sorted list of lower-case words generated at build time from a Debian word list
// (pst_word_table in parsers/CMakeLists.txt, parsers/word_table.sh), looked up by binary search.
// The words are one block of text ("word\0word\0...") and an array of their offsets. Not an array of
// string_view: in a position-independent executable each of the ~92,000 entries of the two lists
// needed a relocation at start-up, 2.3 MB of .rela.dyn read and 1.5 MB of .data.rel.ro written -
// about 4 MB of the daemon's resident memory before it read a mail. Offsets need none.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace pst::text {

class WordTable {
 public:
  /// `text`: the words, each ended by '\0'; `offsets`: where each starts, then the end of the last.
  constexpr WordTable(const char* text, std::span<const std::uint32_t> offsets) : text_(text), offsets_(offsets) {}

  [[nodiscard]] constexpr std::size_t size() const { return offsets_.empty() ? 0 : offsets_.size() - 1; }
  [[nodiscard]] constexpr std::string_view operator[](std::size_t i) const {
    return {text_ + offsets_[i], offsets_[i + 1] - offsets_[i] - 1};
  }
  [[nodiscard]] bool contains(std::string_view word) const {
    std::size_t lo = 0, hi = size();
    while (lo < hi) {  // the first entry not less than `word`
      const std::size_t mid = lo + (hi - lo) / 2;
      if ((*this)[mid] < word) lo = mid + 1;
      else hi = mid;
    }
    return lo < size() && (*this)[lo] == word;
  }

 private:
  const char* text_;
  std::span<const std::uint32_t> offsets_;
};

}  // namespace pst::text
