// own_words_scan.h: the one scan of the own words (phrase_hits.h) that analyse()'s readers take their words from:
// the index of the request reader's and the complaint check's phrases and of the language count's and the
// introduction's words, built once, and which of its lists each reader is handed. The one place that knows the
// order of the index's sets and how the marks share their bits.
#pragma once

#include "parsers/phrase_hits.h"
#include "parsers/words_view.h"

namespace pst {

class OwnWordsScan {
 public:
  /// Scans words.low() by its tokens (PhraseOpeners::hits(low, tokens)); `words` must outlive this.
  explicit OwnWordsScan(const WordsView& words);

  /// The runs that open a phrase of request_lexicon() (find_request).
  [[nodiscard]] text::PhraseHits request() const { return {hits_.of_set(kRequest), true}; }
  /// The runs that open a phrase of complaint_lexicon() (ClassifyInput::own_hits).
  [[nodiscard]] text::PhraseHits complaint() const { return {hits_.of_set(kComplaint), true}; }
  /// The marked runs: the language count's common words (language_marks(), bits 1-2) and the introduction's class
  /// words (introduction_marks(), bits from kIntroductionMarkShift) - detect_language, find_introduction - with each
  /// token's marks (the introduction reads its words' classes from them).
  [[nodiscard]] text::PhraseHits marked() const { return {hits_.marked(), true, hits_.token_marks()}; }

 private:
  enum Set : std::size_t { kRequest, kComplaint };
  text::PhraseOpeners::Hits hits_;
};

}  // namespace pst
