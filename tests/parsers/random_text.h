// random_text.h (tests): texts of pieces and gaps drawn at random - the words of a lexicon glued, split and
// punctuated every way - for the tests that hold a fast reader equal to a plain one (phrase_set_test.cc,
// phrase_hits_test.cc).
#pragma once

#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace pst::testing_text {

/// Fewer than `most` pieces, each followed by a gap, drawn at random.
inline std::string random_text(std::mt19937& rng, const std::vector<std::string_view>& pieces,
                               const std::vector<std::string_view>& gaps, unsigned most) {
  std::string text;
  for (int n = static_cast<int>(rng() % most); n > 0; --n) {
    text += pieces[rng() % pieces.size()];
    text += gaps[rng() % gaps.size()];
  }
  return text;
}

}  // namespace pst::testing_text
