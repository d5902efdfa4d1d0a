// language.h: is a mail written in Indonesian or English? Counts common function words of each
// (Indonesian casual forms included: "sy", "utk", "yg", "gak"). When those tie (a short mail often
// has none: "very helpful staff"), counts the words only one of two real lexicons knows: Debian's
// English word list (wamerican) and hunspell-id's stems, both turned into tables at build time.
// Still even, or empty text: Indonesian, the service's default language; so too a text written in both
// languages, each substantially (code-switching, a bilingual notice). The Balinese "I" before a name ("I KETUT")
// is no English word. A reply is judged by its writer's own words; its thread's subject (often ours) only when
// those do not decide.
// Not for: other languages (they come out as whichever of the two they resemble more).
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "parsers/parsed_mail.h"
#include "parsers/phrase_hits.h"

namespace pst {

[[nodiscard]] Language detect_language(std::string_view text);
/// A mail's: its subject and its own words, given with their lower case (`own_low`, byte for byte text::lower of
/// `own_words`, as WordsView keeps it: no second lowering of a long text); `thread_subject` says the subject is a
/// reply's (the thread's), read only when the own words do not decide.
[[nodiscard]] Language detect_language(std::string_view subject, std::string_view own_words, std::string_view own_low,
                                       bool thread_subject);

class WordsView;
/// The same, the own words given as the WordsView every detector reads with the marked runs of words.low() one scan
/// found (phrase_hits.h: PhraseOpeners::Hits::marked, of an index that holds language_marks()): the common words
/// are counted from those runs instead of a scan of their own. The same answer as the other form given words.norm() and words.low().
[[nodiscard]] Language detect_language(std::string_view subject, const WordsView& words, const text::PhraseHits& hits,
                                       bool thread_subject);
/// The common words the count looks for, as marks for a PhraseOpeners (bits 1 and 2).
[[nodiscard]] text::MarkedWords language_marks();

/// For tests: the common words (Indonesian, English) the count finds in `text` (lower case `low`); and read from
/// the marked hits of `whole_low`, of which `low` is the first bytes. The two must agree.
[[nodiscard]] std::pair<int, int> common_word_counts(std::string_view text, std::string_view low);
[[nodiscard]] std::pair<int, int> common_word_counts(std::string_view text, std::string_view low,
                                                     std::string_view whole_low, const text::PhraseHits& hits);

/// Is `low` (ASCII lower case, letters only) a word of Debian's English word list (wamerican)?
[[nodiscard]] bool is_english_word(std::string_view low);
/// Is `low` (ASCII lower case) a proper noun of the same list - written capitalised there, as given names and
/// surnames are ("tom", "baker", "grace")?
[[nodiscard]] bool is_english_proper_name(std::string_view low);

}  // namespace pst
