// rating.h: a satisfaction score the requester gives in their own words: "Nilai: 4", "rating 5",
// "saya beri 4 dari 5", "5/5", "3/4" (value 3 on scale 4), "bintang 4", "4 bintang", "skor 9 dari 10",
// "I'd give you 5 out of 5", star characters (★★★★☆, ⭐⭐⭐⭐), a form's overall row ("Keseluruhan | 5"),
// and, answering our closure mail, a bare score ("Bagus sekali, 5.").
// Not for: deciding that a mail is a rating (classify.h: it must also be a reply in a ticket's thread).
// Never recorded from a link click: link scanners open every link (LIBRARY-NOTES.md).
// Limits: dates ("3/4/2026"), ticket numbers and indicator values ("nilai tukar petani",
// "nilai IPM 72") are not ratings; without a stated scale only 0..10 counts.
#pragma once

#include <optional>
#include <string_view>

namespace pst {

struct Rating {
  double value = 0;
  std::optional<double> scale;  // when the requester stated it ("dari 5", "/4", "out of 10")
  friend bool operator==(const Rating&, const Rating&) = default;
};

[[nodiscard]] std::optional<Rating> find_rating(std::string_view own_text);
class WordsView;
/// The same on own words already read (analyse(): one normalisation for every detector); the raw
/// text is still needed for the stars (★★★★☆).
[[nodiscard]] std::optional<Rating> find_rating(const WordsView& words, std::string_view own_text);
/// The same on lower(normalize(own_text)) made already (by value: ticket numbers are masked in it).
[[nodiscard]] std::optional<Rating> find_rating_in(std::string lowered, std::string_view own_text);
/// Whether `subject` is that of a mail asking for a score (our closure mail, answered: "Re: [PST-...]
/// Permintaan selesai", "Request completed", "... mohon penilaian Anda", "rate our service").
[[nodiscard]] bool subject_asks_for_a_score(std::string_view subject);
/// In the answer to such a mail, a score given bare in its first lines: "Bagus sekali, 5.", "Easily a
/// five from us", "Empat ya kak". One number of 1-5, standing alone between punctuation (or after "a"),
/// not a count of things ("5 tabel"), a time ("jam 5") or a date; none when two stand so. On
/// lower(normalize(own_text)).
[[nodiscard]] std::optional<Rating> find_bare_score(std::string_view lowered);
/// A score the writer added to our closure mail's subject ("... mohon penilaian Anda -> nilai 5"): a
/// keyword or a ratio only, the ticket's number masked.
[[nodiscard]] std::optional<Rating> find_rating_in_subject(std::string_view subject);

}  // namespace pst
