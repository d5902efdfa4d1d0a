// language.cc: see language.h.
#include "parsers/language.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <string>
#include <utility>
#include <vector>

#include "parsers/byte_runs.h"
#include "parsers/indonesian_words.h"
#include "parsers/phrase_hits.h"
#include "parsers/text_scan.h"
#include "parsers/word_index.h"
#include "parsers/word_table.h"
#include "parsers/words_view.h"

namespace pst {
namespace {

using namespace std::literals;

constexpr std::string_view kIdWords[] = {
    "yang", "dan", "di", "ke", "dari", "saya", "sy", "untuk", "utk", "dengan", "tidak", "ini", "itu", "ada",
    "mohon", "data", "terima", "kasih", "bapak", "ibu", "kami", "apakah", "bisa", "tahun", "tentang",
    "pada", "akan", "atau", "juga", "sudah", "belum", "nama", "mahasiswa", "ingin", "mau", "minta",
    "selamat", "pagi", "siang", "sore", "malam", "hormat", "dengan", "yg", "gak", "tidak", "bagaimana",
    "berapa", "kabupaten", "perkenalkan", "dalam", "sebagai", "kepada", "yth", "tolong", "dong", "nggak",
    "tanya", "penduduk", "kemiskinan", "untuk", "kak", "min", "gan", "terimakasih", "makasih", "salam",
    "bisakah", "sedang", "penelitian", "skripsi", "tugas", "agar", "jika", "kalau", "karena", "oleh",
    "sangat", "lebih", "masih", "hanya", "per", "setiap", "bulan", "seperti", "adalah", "merupakan", "saja",
    "halo", "ya", "jumlah", "tingkat", "sudah", "nya", "lagi", "buat", "kami", "dong", "deh", "tentang"};
constexpr std::string_view kEnWords[] = {
    "the", "and", "of", "to", "is", "are", "for", "i", "am", "you", "your", "my", "we", "our", "would",
    "could", "please", "thank", "thanks", "regards", "dear", "with", "on", "in", "at", "from", "this",
    "that", "have", "has", "be", "it", "an", "a", "about", "data", "if", "can", "which", "what", "how",
    "need", "looking", "research", "university", "student", "regarding", "best", "kind", "sincerely",
    "hello", "hi", "statistics", "population", "poverty", "will", "there", "any", "do", "does", "not",
    "was", "were", "been", "by", "or", "as", "also", "much", "appreciate", "grateful", "available"};

// Both lexicons in one table, so each word of the text is looked up once: which lists hold it (language_marks()).
constexpr std::uint32_t kInId = 1, kInEn = 2;
const text::WordIndex& languages_of() {
  // A word on both lists (as "data") carries both bits.
  static const text::WordIndex index = text::index_of_bits(language_marks());
  return index;
}

// Generated from wamerican at build time: sorted, unique, lower case, letters only, 2+ letters.
constexpr char kEnglishWordText[] =
#include "english_words.text.inc"
    ;
constexpr std::uint32_t kEnglishWordOffsets[] = {
#include "english_words.offsets.inc"
};
constexpr text::WordTable kEnglishWords(kEnglishWordText, kEnglishWordOffsets);

// Its proper nouns, lower case (capitalised in wamerican: "Tom", "Baker", "Wilson").
constexpr char kEnglishProperNameText[] =
#include "english_proper_names.text.inc"
    ;
constexpr std::uint32_t kEnglishProperNameOffsets[] = {
#include "english_proper_names.offsets.inc"
};
constexpr text::WordTable kEnglishProperNames(kEnglishProperNameText, kEnglishProperNameOffsets);

// When the common words do not decide (as many of each, often none at all: "★★★★☆ - very helpful
// staff.", "Feedback"), the words of two real lexicons do: a word of letters only counts for English
// when Debian's English word list has it and hunspell-id has no such stem, and the other way round.
// Still even: Indonesian, the office's language.
struct Counts {
  int id = 0, en = 0;
};

// "Made" (the Balinese birth-order name) at `at` of `text` (lower case `low`), signing alone or before the rest of a
// name ("4\n\nMade", "Made Sukarta"): no English "made" ("Made in Bali" is).
// Inline: asked of every word the language count reads.
[[gnu::always_inline]] inline bool balinese_made_at(std::string_view text, std::string_view low, std::size_t at) {
  if (text[at] != 'M' || low.substr(at, 4) != "made"sv || (at + 4 < low.size() && text::is_alpha_ascii(low[at + 4])))
    return false;
  std::size_t n = at + 4;
  while (n < low.size() && low[n] == ' ') ++n;
  return n >= low.size() || low[n] == '\n' || text::is_upper_ascii(text[n]);
}

// "I Ketut Suarjana", "I KETUT", "I Gusti Ayu": the word at [at, end) of `low` is the Balinese "I" before a name,
// no English pronoun (`text`: `low` as written).
bool balinese_i_at(std::string_view text, std::string_view low, std::size_t at, std::size_t end) {
  if (end - at != 1 || low[at] != 'i' || text[at] != 'I' || at + 2 >= low.size() || low[at + 1] != ' ') return false;
  const std::size_t b = at + 2;
  std::size_t e = b;
  while (e < low.size() && text::is_alpha_ascii(low[e])) ++e;
  return follows_balinese_i(low.substr(b, e - b));
}

// The words of each lexicon in `text` (lower case `low`, byte for byte).
Counts by_lexicons(std::string_view text, std::string_view low) {
  Counts c;
  text::for_each_run(low, text::is_lower_ascii, [&](std::string_view word, std::size_t at) {
    if (balinese_made_at(text, low, at)) return;
    const bool english = is_english_word(word), indonesian = is_indonesian_stem(word);
    c.en += english && !indonesian;
    c.id += indonesian && !english;
  });
  return c;
}

Counts operator+(Counts a, const Counts& b) { return {a.id + b.id, a.en + b.en}; }

// The common words of each language in `text`, whose lower case `low` is (byte for byte: as text::lower makes it).
Counts by_common_words(std::string_view text, std::string_view low) {
  Counts c;
  const text::WordIndex& common = languages_of();
  // The words: runs of letters and the apostrophe ("don't").
  text::for_each_class_run<text::RunClass::alpha_apostrophe>(low, [&](std::size_t at, std::size_t end) {
    const std::string_view word(low.data() + at, end - at);
    if (balinese_i_at(text, low, at, end) || balinese_made_at(text, low, at)) return true;
    // "data" and "di"/"a" are shared or short: count them lightly by being in both or either set.
    if (const std::uint32_t in = common.find(word); in != text::WordIndex::npos) {
      c.id += (in & kInId) != 0;
      c.en += (in & kInEn) != 0;
    }
    return true;
  });
  return c;
}

// The same count read from the runs of letters and digits that one scan of `whole_low` found (phrase_hits.h): `hits`
// the common words among them, marked with their lists (language_marks()), in text order; `text` and `low` the first
// bytes of the scanned text and of its lower case. A run of letters and the apostrophe counts only
// when it is a listed word, and no listed word has an apostrophe or a digit: so a counted run is a run of letters
// with no apostrophe on either side, which is a whole run of letters and digits - a hit - unless a digit stands
// next to it ("2024data"). The runs with a digit, and a run the end of `low` cuts, are read apart, their runs of
// letters looked up one by one.
Counts by_common_words(std::string_view text, std::string_view low, std::string_view whole_low,
                       std::span<const text::PhraseOpeners::Hit> hits) {
  Counts c;
  const auto apostrophe_at = [&](std::size_t i) { return i < low.size() && low[i] == '\''; };
  // Inline, and the Balinese "I" asked of one-letter words only (their own first test, without a call): it is asked
  // of most words of an English text.
  const auto count = [&](std::size_t at, std::size_t end, std::uint32_t lists) __attribute__((always_inline)) {
    if ((at > 0 && apostrophe_at(at - 1)) || apostrophe_at(end)) return;  // inside a run with an apostrophe
    if ((end - at == 1 && balinese_i_at(text, low, at, end)) || balinese_made_at(text, low, at)) return;
    c.id += (lists & kInId) != 0;
    c.en += (lists & kInEn) != 0;
  };
  for (const text::PhraseOpeners::Hit& h : hits) {
    if (h.end > low.size()) break;  // cut by the end of `low`: read below
    if (const std::uint32_t lists = h.value & (kInId | kInEn); lists != 0) count(h.begin, h.end, lists);
  }
  const auto alnum = [&](std::size_t i) { return text::is_of_class<text::RunClass::alnum>(low[i]); };
  const auto letters_in = [&](std::size_t from, std::size_t to) {
    for (std::size_t b = from; b < to;) {
      if (!text::is_alpha_ascii(low[b])) {
        ++b;
        continue;
      }
      std::size_t e = b;
      while (e < to && text::is_alpha_ascii(low[e])) ++e;
      if (const std::uint32_t lists = languages_of().find(low.substr(b, e - b)); lists != text::WordIndex::npos)
        count(b, e, lists);
      b = e;
    }
  };
  std::size_t read = 0;  // the runs before it are read
  for (std::size_t d = text::find_digit(low, 0); d != std::string_view::npos; d = text::find_digit(low, read)) {
    std::size_t from = d, to = d;
    while (from > read && alnum(from - 1)) --from;
    while (to < low.size() && alnum(to)) ++to;
    letters_in(from, to);
    read = to;
  }
  // A run the end of `low` cuts (and no digit brought above).
  if (!low.empty() && low.size() < whole_low.size() && alnum(low.size() - 1) &&
      text::is_of_class<text::RunClass::alnum>(whole_low[low.size()])) {
    std::size_t from = low.size() - 1;
    while (from > 0 && alnum(from - 1)) --from;
    if (from >= read) letters_in(from, low.size());
  }
  return c;
}

// Which language the common words say: the more counted; nothing on a tie. A text written in both, or switching
// between them ("Yth. Nasabah / Dear Customer, ... / This is an automated message"), each with at least three and
// the fewer at least 40 % of the more: Indonesian, the office's (as the corpus labels code-switching).
std::optional<Language> decided(const Counts& c) {
  const int fewer = std::min(c.id, c.en), more = std::max(c.id, c.en);
  if (fewer >= 3 && fewer * 10 >= more * 4) return Language::id;
  if (c.en != c.id) return c.en > c.id ? Language::en : Language::id;
  return std::nullopt;
}

}  // namespace

bool is_english_word(std::string_view low) { return kEnglishWords.contains(low); }
bool is_english_proper_name(std::string_view low) { return kEnglishProperNames.contains(low); }

namespace {

// How much of the own words the count reads.
constexpr std::size_t kCountedBytes = 16 * 1024;

// The decision, the own words' common words counted (`own`, of `own_words`, lower case `own_low`).
Language decide(std::string_view subject, std::string_view own_words, std::string_view own_low, const Counts& own,
                bool thread_subject) {
  const std::string subject_low = text::lower(subject);
  if (thread_subject) {
    if (const auto l = decided(own)) return *l;
    if (const Counts c = by_lexicons(own_words, own_low); c.en != c.id) return c.en > c.id ? Language::en : Language::id;
  }
  if (const auto l = decided(own + by_common_words(subject, subject_low))) return *l;
  const Counts c = by_lexicons(own_words, own_low) + by_lexicons(subject, subject_low);
  return c.en > c.id ? Language::en : Language::id;
}

}  // namespace

Language detect_language(std::string_view subject, std::string_view own_words, std::string_view own_low,
                         bool thread_subject) {
  own_words = own_words.substr(0, std::min(own_words.size(), kCountedBytes));
  own_low = own_low.substr(0, own_words.size());
  return decide(subject, own_words, own_low, by_common_words(own_words, own_low), thread_subject);
}

Language detect_language(std::string_view subject, const WordsView& words, const text::PhraseHits& hits,
                         bool thread_subject) {
  const std::string_view own_words = std::string_view(words.norm()).substr(0, kCountedBytes);
  const std::string_view own_low = std::string_view(words.low()).substr(0, own_words.size());
  return decide(subject, own_words, own_low,
                by_common_words(own_words, own_low, words.low(), hits.hits), thread_subject);
}

std::pair<int, int> common_word_counts(std::string_view text, std::string_view low) {
  const Counts c = by_common_words(text, low);
  return {c.id, c.en};
}

std::pair<int, int> common_word_counts(std::string_view text, std::string_view low, std::string_view whole_low,
                                       const text::PhraseHits& hits) {
  const Counts c = by_common_words(text, low, whole_low, hits.hits);
  return {c.id, c.en};
}

text::MarkedWords language_marks() {
  text::MarkedWords words;
  for (std::string_view w : kIdWords) words.emplace_back(w, kInId);
  for (std::string_view w : kEnWords) words.emplace_back(w, kInEn);
  return words;
}

Language detect_language(std::string_view t) { return detect_language({}, t, text::lower(t), false); }

}  // namespace pst
