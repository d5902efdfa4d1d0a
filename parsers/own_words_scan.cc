// own_words_scan.cc: see own_words_scan.h.
#include "parsers/own_words_scan.h"

#include <stdexcept>

#include "parsers/classify.h"
#include "parsers/introduction.h"
#include "parsers/language.h"
#include "parsers/request_detail.h"

namespace pst {
namespace {

// The index, made at first use (the lexicons are other files' statics). Its sets in OwnWordsScan::Set's order.
const text::PhraseOpeners& own_words_openers() {
  static const text::PhraseOpeners openers({&request_lexicon(), &complaint_lexicon()}, [] {
    text::MarkedWords marks = language_marks();
    // The language's bits must stay below the introduction's, or a word would count for both.
    for (const auto& [word, bits] : marks)
      if (bits >> kIntroductionMarkShift != 0) throw std::logic_error("language marks reach the introduction's bits");
    const text::MarkedWords introduction = introduction_marks();
    marks.insert(marks.end(), introduction.begin(), introduction.end());
    return marks;
  }());
  return openers;
}

}  // namespace

OwnWordsScan::OwnWordsScan(const WordsView& words) : hits_(own_words_openers().hits(words.low(), words.tokens())) {}

}  // namespace pst
