// introduction.h: who the requester says they are: their name and institution in their own words
// ("Perkenalkan, nama saya ...", "Saya ..., mahasiswa ... Universitas ...", "Nama: ... / Instansi:
// ...", "I am ..., a researcher at ...", "sy budi dr unud", a signature block under "Hormat saya,").
// Institutions are recognised by how Indonesian organisations are named (Universitas, Politeknik,
// Sekolah Tinggi, STIKOM, Dinas, Badan, Bappeda, Pemkab, DPRD, Kementerian, PT/CV, Bank, Yayasan, LSM,
// SMA/SMK, BPS, Puskesmas/RSUD, newsrooms, common campus acronyms) and English equivalents.
// Not for: the From display name - that is not an introduction and is reported separately.
// Limits: heuristics over words; reads at most text::kMaxScanBytes; no regex.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parsers/parsed_mail.h"
#include "parsers/phrase_hits.h"

namespace pst {

class WordsView;

/// The introduction found in the requester's own words (quotes already removed, signature kept),
/// read once by analyse() into a WordsView shared with the other detectors. `marked`, when it carries each token's
/// marks (PhraseHits::token_marks: the one scan of words' tokens, OwnWordsScan, by an index that holds
/// introduction_marks()): the words' classes are read from them instead of being looked up word by word. The same
/// answer either way.
[[nodiscard]] Introduction find_introduction(const WordsView& words, const text::PhraseHits& marked = {});
/// The words the introduction's rules ask of many words, as marks for a PhraseOpeners: each with its classes
/// shifted left by kIntroductionMarkShift (bits 8-22; the language count's marks take bits 1 and 2).
inline constexpr unsigned kIntroductionMarkShift = 8;
[[nodiscard]] text::MarkedWords introduction_marks();
/// For tests: each token's classes as find_introduction reads them (from `marked`'s token marks when it has them,
/// else looked up word by word); the two must agree.
[[nodiscard]] std::vector<std::uint16_t> introduction_word_classes(const WordsView& words,
                                                                   const text::PhraseHits& marked = {});
/// The same for a text not read yet (tests, tools).
[[nodiscard]] Introduction find_introduction(std::string_view own_text);

/// A line of the own words, near their end, that writes out the sender's domain: its words squeezed are the
/// domain's first label ("Coral Triangle Watch" and coraltrianglewatch.org), or their initials are, three
/// letters or more ("Politeknik Negeri Bali" and pnb.ac.id). Two to six capitalised words; the line as written,
/// or nullopt. The text names the body; the address only confirms that the line is one (no body is ever
/// made from an address alone).
[[nodiscard]] std::optional<std::string> organisation_line_of_domain(const WordsView& words,
                                                                     std::string_view sender_address);

/// Whether a mail domain or a web address (lower case) is this office's: bps.go.id or a host under it
/// ("jembranakab.bps.go.id"). Every BPS office shares the domain, so it is written here, not configured.
[[nodiscard]] bool is_this_office_domain(std::string_view low);

/// Whether a lower-case word opens an organisation's name in Indonesian order ("dinas", "universitas",
/// "yayasan"): the built-in lexicon (parsers/lexicon/organisation-heads.txt) and the office's.
[[nodiscard]] bool opens_an_organisation(std::string_view lower_word);

/// The organisation named in a short phrase ("mahasiswa Prodi Statistika, Universitas Udayana" ->
/// "Universitas Udayana"), or nullopt when the phrase names none. Exposed for tests and reuse.
[[nodiscard]] std::optional<std::string> find_institution_in(std::string_view phrase);

/// The organisation `phrase` is, whole, with nothing else written beside it ("Kelompok Tani Sari Merta" ->
/// itself; "mahasiswa Universitas Udayana" -> nullopt): a line or field that is an organisation's name.
[[nodiscard]] std::optional<std::string> organisation_written_whole(std::string_view phrase);

/// A cheap test before find_institution_in: false only when no word of the phrase (as written:
/// capitals count, as for the finder) can start or end an organisation's name (no head, acronym,
/// medium or office word), so the phrase names none. True does not mean it names one.
[[nodiscard]] bool may_name_an_organisation(std::string_view phrase);

/// Tests only: whether the sentence reader takes its shortcuts (the default): a word that opens none of its
/// rules stops at one look-up, an affiliation word with no self reference before it stops before the reading
/// of whose it is. IntroductionShortcuts reads the same mails both ways and expects the same answers.
void set_sentence_shortcuts(bool on);

}  // namespace pst
