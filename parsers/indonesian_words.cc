// indonesian_words.cc: see indonesian_words.h.
#include "parsers/indonesian_words.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <string>

#include "parsers/word_table.h"

namespace pst {
namespace {

// Generated from hunspell-id at build time: sorted, unique, lower case, letters only, 4+ letters.
constexpr char kStemText[] =
#include "indonesian_stems.text.inc"
    ;
constexpr std::uint32_t kStemOffsets[] = {
#include "indonesian_stems.offsets.inc"
};
constexpr text::WordTable kStems(kStemText, kStemOffsets);

// Its stems that take both plain di- and me- (hunspell-id flags D0 and M0), the same way.
constexpr char kVerbStemText[] =
#include "indonesian_verb_stems.text.inc"
    ;
constexpr std::uint32_t kVerbStemOffsets[] = {
#include "indonesian_verb_stems.offsets.inc"
};
constexpr text::WordTable kVerbStems(kVerbStemText, kVerbStemOffsets);

constexpr std::size_t kMinStem = 4;

// `w` is a stem, or a stem + suffix; `need_suffix`: only the latter counts.
bool stem_with_suffix(const std::string& w, bool need_suffix) {
  if (!need_suffix && w.size() >= kMinStem && is_indonesian_stem(w)) return true;
  for (std::string_view suffix : {"kannya", "kan", "nya", "lah", "an", "i"}) {
    if (w.size() > suffix.size() + kMinStem - 1 && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0) {
      const std::string stem = w.substr(0, w.size() - suffix.size());
      if (stem.size() >= kMinStem && is_indonesian_stem(stem)) return true;
    }
  }
  return false;
}

}  // namespace

bool is_indonesian_stem(std::string_view low) {
  return kStems.contains(low);
}

bool is_indonesian_verb_word(std::string_view low) {
  if (low.size() < kMinStem) return false;
  if (kVerbStems.contains(low)) return true;
  for (std::string_view prefix : {"di", "ter", "ber"})
    if (low.size() >= prefix.size() + kMinStem && low.starts_with(prefix) && kVerbStems.contains(low.substr(prefix.size())))
      return true;
  return false;
}

bool is_indonesian_verb_form(std::string_view low) {
  if (low.size() < 6) return false;
  const std::string w(low);
  auto starts = [&](std::string_view p) { return w.compare(0, p.size(), p) == 0; };
  // me(N)-: the nasal takes the stem's first consonant's place (Indonesian morphophonology).
  // A kept first letter must be one the prefix keeps ("mentari" is not me- + tari: that is "menari").
  auto first_in = [](const std::string& stem, std::string_view letters) {
    return !stem.empty() && letters.find(stem[0]) != std::string_view::npos;
  };
  constexpr std::string_view kVowels = "aeiou";
  std::array<std::string, 3> candidates;
  std::size_t n = 0;
  auto add = [&](std::string c) { candidates[n++] = std::move(c); };
  // Plain me- and di- on a stem are also how names begin ("Meliana", "Melati", "Dinata"): without
  // the nasal change only a verbal suffix makes the form a verb ("merasakan", "dikirimkan").
  bool need_suffix = false;
  if (starts("meng")) {
    const std::string rest = w.substr(4);
    if (first_in(rest, "aeiough")) add(rest);        // mengambil, menggali, menghitung
    if (first_in(rest, kVowels)) add("k" + rest);    // mengirim < kirim
    if (starts("menge")) add(w.substr(5));           // mengecat < cat
  } else if (starts("meny")) {
    if (first_in(w.substr(4), kVowels)) add("s" + w.substr(4));  // menyebut < sebut
  } else if (starts("mem")) {
    const std::string rest = w.substr(3);
    if (starts("memper")) add(w.substr(6));          // memperkenalkan < kenal, memperoleh < oleh
    if (first_in(rest, "bfv")) add(rest);            // membaca < baca
    if (first_in(rest, kVowels)) add("p" + rest);    // memakai < pakai
  } else if (starts("men")) {
    const std::string rest = w.substr(3);
    if (first_in(rest, "dcjz") || rest.rfind("sy", 0) == 0) add(rest);  // mendengar, mencari
    if (first_in(rest, kVowels)) add("t" + rest);    // menunggu < tunggu
  } else if (starts("me")) {
    if (first_in(w.substr(2), "lmnrwy")) add(w.substr(2));  // merasakan < rasa
    need_suffix = true;
  } else if (starts("di")) {
    add(w.substr(2));                                // dikirimkan < kirim
    if (starts("diper")) add(w.substr(5));           // diperkenalkan < kenal
    need_suffix = true;
  } else if (w.size() > 3 && w.compare(w.size() - 3, 3, "kan") == 0) {
    add(w);                                          // "saya lampirkan", "kirimkan": stem + -kan
    need_suffix = true;
  }
  for (std::size_t i = 0; i < n; ++i)
    if (stem_with_suffix(candidates[i], need_suffix)) return true;
  return false;
}

bool follows_balinese_i(std::string_view low) {
  static constexpr std::string_view kAfterI[] = {"wayan", "wy",     "wyn",   "putu",   "gede",  "gde",  "made",
                                                 "md",    "kadek",  "kade",  "nengah", "nyoman", "nym", "komang",
                                                 "ketut", "kt",     "gusti", "gst",    "dewa",  "ngurah"};
  return std::find(std::begin(kAfterI), std::end(kAfterI), low) != std::end(kAfterI);
}

}  // namespace pst
