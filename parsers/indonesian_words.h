// indonesian_words.h: Indonesian word forms from a real lexicon, for telling a name from a word.
// The stems are Debian's hunspell-id dictionary (/usr/share/hunspell/id_ID.dic), turned into a sorted
// table at build time (parsers/CMakeLists.txt), not typed by hand. Many Indonesian names are words
// too (Dewi, Bagus, Sari, Putri, Mentari): being a word is no evidence against a name. A verb form
// is: me- with its nasal change (meng-, meny-, mem-, men-) on a dictionary stem ("Menunggu",
// "Mengajukan", "Memohon"), or plain me-/di- on a stem with a verbal suffix -kan/-i/-an/-nya/-lah
// ("merasakan", "dikirimkan"), or a bare stem + -kan ("saya lampirkan"): plain me-/di- + stem is how
// names begin too ("Meliana", "Melati").
// ber-, ter-, per- are left out: "Berlian", "Permata" are names as often as words (per- inside me-/di- is a verb:
// "memperkenalkan", "diperoleh").
#pragma once

#include <string_view>

namespace pst {

/// Is `low` (ASCII lower case, letters only) a stem of the Indonesian dictionary?
[[nodiscard]] bool is_indonesian_stem(std::string_view low);

/// Is `low` (ASCII lower case) an Indonesian verb form (see above; stems of four letters or more)?
[[nodiscard]] bool is_indonesian_verb_form(std::string_view low);

/// Is `low` a transitive verb as a word written in lower case is: a stem that takes both di- and me- in
/// hunspell-id ("balas", "beri"), bare or with di-/ter-/ber- ("tertulis", "dibalas"). No name is one.
[[nodiscard]] bool is_indonesian_verb_word(std::string_view low);

/// Is `low` a Balinese birth-order or caste name, the word a Balinese "I" opens a man's name with ("I Made", "I
/// Gusti", "i kt"), written whole or short? The "I" before one is no English pronoun.
[[nodiscard]] bool follows_balinese_i(std::string_view low);

}  // namespace pst
