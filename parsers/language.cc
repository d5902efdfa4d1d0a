// language.cc: see language.h.
#include "parsers/language.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <string>
#include <utility>
#include <vector>

#include "parsers/indonesian_words.h"
#include "parsers/text_scan.h"
#include "parsers/word_index.h"
#include "parsers/word_table.h"

namespace pst {
namespace {

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

// Both lexicons in one table, so each word of the text is looked up once: which lists hold it.
constexpr std::uint32_t kInId = 1, kInEn = 2;
const text::WordIndex& languages_of() {
  static const text::WordIndex index = [] {
    text::WordIndex both;
    std::vector<std::pair<std::string_view, std::uint32_t>> words;
    for (std::string_view w : kIdWords) words.emplace_back(w, kInId);
    for (std::string_view w : kEnWords) words.emplace_back(w, kInEn);
    // A word on both lists (as "data") carries both bits.
    std::sort(words.begin(), words.end());
    for (std::size_t i = 0; i < words.size();) {
      std::uint32_t bits = 0;
      std::size_t j = i;
      for (; j < words.size() && words[j].first == words[i].first; ++j) bits |= words[j].second;
      both.insert(words[i].first, bits);
      i = j;
    }
    return both;
  }();
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
Language by_lexicons(std::string_view low) {
  int id = 0, en = 0;
  text::for_each_run(low, text::is_lower_ascii, [&](std::string_view word, std::size_t) {
    const bool english = is_english_word(word), indonesian = is_indonesian_stem(word);
    en += english && !indonesian;
    id += indonesian && !english;
  });
  return en > id ? Language::en : Language::id;
}

}  // namespace

bool is_english_word(std::string_view low) { return kEnglishWords.contains(low); }
bool is_english_proper_name(std::string_view low) { return kEnglishProperNames.contains(low); }

Language detect_language(std::string_view t) {
  std::string low = text::lower(t.substr(0, std::min<std::size_t>(t.size(), 16 * 1024)));
  int id = 0, en = 0;
  auto word_char = [](char c) { return text::is_alpha_ascii(c) || c == '\''; };
  text::for_each_run(low, word_char, [&](std::string_view word, std::size_t) {
    // "data" and "di"/"a" are shared or short: count them lightly by being in both or either set.
    if (const std::uint32_t in = languages_of().find(word); in != text::WordIndex::npos) {
      id += (in & kInId) != 0;
      en += (in & kInEn) != 0;
    }
  });
  if (en != id) return en > id ? Language::en : Language::id;
  return by_lexicons(low);
}

}  // namespace pst
