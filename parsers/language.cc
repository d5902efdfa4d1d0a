// language.cc: see language.h.
#include "parsers/language.h"

#include <algorithm>
#include <string_view>
#include <string>

#include "parsers/text_scan.h"
#include "parsers/word_index.h"

namespace pst {
namespace {

// Word lists are string literals: views into static storage (word_index.h).
using text::WordSet;

const WordSet kId = {
    "yang", "dan", "di", "ke", "dari", "saya", "sy", "untuk", "utk", "dengan", "tidak", "ini", "itu", "ada",
    "mohon", "data", "terima", "kasih", "bapak", "ibu", "kami", "apakah", "bisa", "tahun", "tentang",
    "pada", "akan", "atau", "juga", "sudah", "belum", "nama", "mahasiswa", "ingin", "mau", "minta",
    "selamat", "pagi", "siang", "sore", "malam", "hormat", "dengan", "yg", "gak", "tidak", "bagaimana",
    "berapa", "kabupaten", "perkenalkan", "dalam", "sebagai", "kepada", "yth", "tolong", "dong", "nggak",
    "tanya", "penduduk", "kemiskinan", "untuk", "kak", "min", "gan", "terimakasih", "makasih", "salam",
    "bisakah", "sedang", "penelitian", "skripsi", "tugas", "agar", "jika", "kalau", "karena", "oleh",
    "sangat", "lebih", "masih", "hanya", "per", "setiap", "bulan", "seperti", "adalah", "merupakan", "saja",
    "halo", "ya", "jumlah", "tingkat", "sudah", "nya", "lagi", "buat", "kami", "dong", "deh", "tentang"};
const WordSet kEn = {
    "the", "and", "of", "to", "is", "are", "for", "i", "am", "you", "your", "my", "we", "our", "would",
    "could", "please", "thank", "thanks", "regards", "dear", "with", "on", "in", "at", "from", "this",
    "that", "have", "has", "be", "it", "an", "a", "about", "data", "if", "can", "which", "what", "how",
    "need", "looking", "research", "university", "student", "regarding", "best", "kind", "sincerely",
    "hello", "hi", "statistics", "population", "poverty", "will", "there", "any", "do", "does", "not",
    "was", "were", "been", "by", "or", "as", "also", "much", "appreciate", "grateful", "available"};

}  // namespace

Language detect_language(std::string_view t) {
  std::string low = text::lower(t.substr(0, std::min<std::size_t>(t.size(), 16 * 1024)));
  int id = 0, en = 0;
  auto word_char = [](char c) { return text::is_alpha_ascii(c) || c == '\''; };
  for (std::size_t i = 0; i < low.size();) {
    if (!word_char(low[i])) {
      ++i;
      continue;
    }
    std::size_t e = i;
    while (e < low.size() && word_char(low[e])) ++e;
    const std::string_view word(low.data() + i, e - i);
    // "data" and "di"/"a" are shared or short: count them lightly by being in both or either set.
    if (kId.contains(word)) ++id;
    if (kEn.contains(word)) ++en;
    i = e;
  }
  return en > id ? Language::en : Language::id;
}

}  // namespace pst
