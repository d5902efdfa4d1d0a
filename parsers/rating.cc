// rating.cc: see rating.h. A small scanner over the lower-cased text: keyword, then a number,
// then an optional scale ("dari N", "/N", "out of N").
#include "parsers/rating.h"

#include "parsers/words_view.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "parsers/text_scan.h"
#include "parsers/word_index.h"

namespace pst {
namespace {

using text::is_digit;

struct Num {
  double value = 0;
  std::size_t end = 0;
};

// A number at p: "4", "4,5", "4.5", or a number word ("empat", "lima", "five").
std::optional<Num> number_at(std::string_view s, std::size_t p) {
  if (p < s.size() && is_digit(s[p])) {
    std::size_t e = p;
    while (e < s.size() && is_digit(s[e])) ++e;
    if (e - p > 3) return std::nullopt;
    double v = 0;  // at most three digits: exact
    for (std::size_t k = p; k < e; ++k) v = v * 10 + (s[k] - '0');
    if (e + 1 < s.size() && (s[e] == ',' || s[e] == '.') && is_digit(s[e + 1]) &&
        (e + 2 >= s.size() || !is_digit(s[e + 2]))) {
      v += (s[e + 1] - '0') / 10.0;
      e += 2;
    }
    // "3/4/2026" and "5.2026" are dates; a following letter makes it a code ("4g").
    if (e < s.size() && text::is_alpha_ascii(s[e])) return std::nullopt;
    return Num{v, e};
  }
  constexpr auto kWords = std::to_array<std::pair<std::string_view, int>>({
      {"satu", 1}, {"dua", 2}, {"tiga", 3}, {"empat", 4}, {"lima", 5}, {"enam", 6}, {"tujuh", 7},
      {"delapan", 8}, {"sembilan", 9}, {"sepuluh", 10}, {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4},
      {"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10},
      // Javanese (ngoko, krama) and Balinese, one to five ("Kulo paringi nilai sekawan")
      {"siji", 1}, {"setunggal", 1}, {"besik", 1}, {"asiki", 1}, {"loro", 2}, {"kalih", 2}, {"telu", 3},
      {"papat", 4}, {"sekawan", 4}, {"limo", 5}, {"gangsal", 5}});
  for (auto [w, v] : kWords) {
    if (s.compare(p, w.size(), w) == 0 && (p + w.size() >= s.size() || !text::is_alpha_ascii(s[p + w.size()])))
      return Num{static_cast<double>(v), p + w.size()};
  }
  return std::nullopt;
}

std::size_t skip_spaces(std::string_view s, std::size_t p) {
  while (p < s.size() && (s[p] == ' ' || s[p] == '\t' || s[p] == ':' || s[p] == '=' || s[p] == '"' || s[p] == '*' ||
                          s[p] == '|'))
    ++p;
  return p;
}

// After a number: "/5", "dari 5", "out of 5", "of 5", "bintang" (scale unknown).
std::optional<double> scale_after(const std::string& s, std::size_t& p) {
  std::size_t q = p;
  while (q < s.size() && s[q] == ' ') ++q;
  auto try_word = [&](std::string_view w) -> std::optional<double> {
    if (s.compare(q, w.size(), w) != 0) return std::nullopt;
    std::size_t r = skip_spaces(s, q + w.size());
    if (auto n = number_at(s, r)) {
      // "3/4/2026": a date, not a scale.
      if (n->end < s.size() && (s[n->end] == '/' || s[n->end] == '-') && n->end + 1 < s.size() &&
          is_digit(s[n->end + 1]))
        return std::nullopt;
      p = n->end;
      return n->value;
    }
    return std::nullopt;
  };
  for (std::string_view w : {"/", "dari", "out of", "of", "per", "skala"})
    if (auto v = try_word(w)) return v;
  return std::nullopt;
}

bool plausible(double v, std::optional<double> scale) {
  if (v < 0) return false;
  if (scale) return *scale >= 2 && *scale <= 100 && v <= *scale;
  return v <= 10;
}

bool word_before(const std::string& s, std::size_t p, std::string_view w) {
  // Is w the word ending right before p (spaces skipped)?
  std::size_t e = p;
  while (e > 0 && s[e - 1] == ' ') --e;
  if (e < w.size()) return false;
  if (s.compare(e - w.size(), w.size(), w) != 0) return false;
  return e == w.size() || !text::is_alpha_ascii(s[e - w.size() - 1]);
}

std::optional<Rating> keyword_rating(const std::string& s) {
  // Keywords after which a score follows, possibly with a few filler words between.
  // With -nya too ("bintangnya 4 deh", "nilainya 5").
  // "Keseluruhan | 5", "Overall: 4": a form's or a table's overall row, the score right after it.
  constexpr std::array<std::string_view, 26> kKeys = {
      "nilai", "rating", "skor", "score", "rate", "bintang", "penilaian", "beri", "kasih", "memberi",
      "memberikan", "give", "rated", "stars", "star", "poin", "point", "points", "berikan", "ngasih",
      "nilainya", "bintangnya", "skornya", "ratingnya", "keseluruhan", "overall"};
  static const text::WordIndex key_index = [&] {
    text::WordIndex index;
    for (std::uint32_t k = 0; k < kKeys.size(); ++k) index.insert(kKeys[k], k);
    return index;
  }();
  // A key counts where it is a whole run of letters: one pass over the runs finds them all (one
  // look-up each), then they are tried key by key in the order above, each at its places in order.
  std::vector<std::pair<std::size_t, std::size_t>> hits;  // (key, position)
  text::for_each_run(s, text::is_alpha_ascii, [&](std::string_view run, std::size_t at) {
    if (const std::uint32_t k = key_index.find(run); k != text::WordIndex::npos) hits.emplace_back(k, at);
  });
  std::sort(hits.begin(), hits.end());
  for (const auto& [key, pos] : hits) {
    const std::string_view k = kKeys[key];
    {
      std::size_t p = pos + k.size();
      // "nilai tukar", "nilai tambah", "nilai ekspor": an indicator, not a score.
      std::string rest = s.substr(p, 24);
      if (k == "nilai" && (rest.starts_with(" tukar") || rest.starts_with(" tambah") || rest.starts_with(" ekspor") ||
                           rest.starts_with(" impor") || rest.starts_with(" produksi") || rest.starts_with(" ipm") ||
                           rest.starts_with(" indeks") || rest.starts_with(" inflasi") || rest.starts_with(" pdrb")))
        continue;
      if ((k == "kasih" || k == "beri") && (word_before(s, pos, "terima") || word_before(s, pos, "me"))) continue;
      // Up to three filler words before the number: "saya beri nilai 4", "rating untuk pelayanan: 5".
      std::size_t q = p;
      const int most_words = (k == "keseluruhan" || k == "overall") ? 0 : 4;
      for (int words = 0; words <= most_words && q < s.size(); ++words) {
        q = skip_spaces(s, q);
        if (q + 1 < s.size() && s[q] == '(' && is_digit(s[q + 1])) ++q;  // "nilai sekawan (4)"
        if (auto n = number_at(s, q)) {
          std::size_t end = n->end;
          std::optional<double> scale = scale_after(s, end);
          // A bare number followed by '/' digits that failed as a scale is a date.
          if (!scale && end < s.size() && (s[end] == '/' || s[end] == '-') && end + 1 < s.size() && is_digit(s[end + 1]))
            break;
          if (!scale && end + 1 < s.size() && s[end] == '.' && is_digit(s[end + 1])) break;  // 4.2026
          // "rate 5.2 percent", "nilai 4,5 persen": a figure, not a score.
          if (std::size_t u = skip_spaces(s, end);
              u < s.size() && (s[u] == '%' || s.compare(u, 6, "persen") == 0 || s.compare(u, 7, "percent") == 0))
            break;
          if (plausible(n->value, scale)) return Rating{n->value, scale};
          break;
        }
        // skip one word
        std::size_t w = q;
        while (w < s.size() && (text::is_alpha_ascii(s[w]) || s[w] == '-')) ++w;
        if (w == q) break;
        std::string word = s.substr(q, w - q);
        // After a verb ("beri", "kasih", "give") only score words may stand before the number.
        bool verb = k == "beri" || k == "kasih" || k == "memberi" || k == "memberikan" || k == "give" ||
                    k == "berikan" || k == "ngasih";
        if (verb && !(word == "nilai" || word == "rating" || word == "skor" || word == "score" || word == "bintang" ||
                      word == "you" || word == "anda" || word == "pelayanan" || word == "layanan" || word == "a" ||
                      word == "the" || word == "service" || word == "us" || word == "pst" || word == "it" ||
                      word == "an" ||
                      word == "untuk" || word == "utk" || word == "poin"))
          break;
        if (word == "tahun" || word == "year" || word == "pada" || word == "tanggal" || word == "persen") break;
        q = w;
      }
    }
  }
  return std::nullopt;
}

// "5/5", "4 dari 5", "4 out of 5", "9/10" without a keyword.
std::optional<Rating> ratio_rating(const std::string& s) {
  for (std::size_t p = 0; p < s.size(); ++p) {
    if (!is_digit(s[p]) || (p > 0 && (is_digit(s[p - 1]) || s[p - 1] == '/' || s[p - 1] == '-' ||
                                      s[p - 1] == '.' || s[p - 1] == ',' || text::is_alpha_ascii(s[p - 1]))))
      continue;
    auto n = number_at(s, p);
    if (!n) continue;
    std::size_t end = n->end;
    std::optional<double> scale = scale_after(s, end);
    if (!scale) {
      // "4 bintang", "5 stars"
      std::size_t q = end;
      while (q < s.size() && s[q] == ' ') ++q;
      if ((s.compare(q, 7, "bintang") == 0 || s.compare(q, 4, "star") == 0) && plausible(n->value, std::nullopt))
        return Rating{n->value, std::nullopt};
      continue;
    }
    if (end < s.size() && (is_digit(s[end]) || s[end] == '/' || s[end] == '-')) continue;
    // Only common rating scales count without a keyword: "5/5", "3/4", "9/10" with a slash; in words
    // ("4 dari 5", "4 out of 5") only out of 5 or 10, since "2 dari 3 file" is a count.
    bool slash = s.compare(n->end, 1, "/") == 0;
    if (slash ? (*scale != 3 && *scale != 4 && *scale != 5 && *scale != 10) : (*scale != 5 && *scale != 10)) continue;
    if (plausible(n->value, scale)) return Rating{n->value, scale};
  }
  return std::nullopt;
}

// "Four stars", "lima bintang", "five out of five": a number word before stars or before "out of" 5
// or 10 ("two of five files", "dua dari lima tabel" are counts).
std::optional<Rating> number_word_rating(const std::string& s) {
  static const text::WordSet kNumberWords = {"satu", "dua",   "tiga",  "empat", "lima", "enam", "tujuh",
                                             "delapan", "sembilan", "sepuluh", "one", "two", "three", "four",
                                             "five",  "six",   "seven", "eight", "nine", "ten", "siji",
                                             "setunggal", "besik", "asiki", "loro", "kalih", "telu", "papat",
                                             "sekawan", "limo", "gangsal"};
  std::optional<Rating> found;
  text::for_each_run(s, text::is_alpha_ascii, [&](std::string_view run, std::size_t at) {
    if (found || !kNumberWords.contains(run)) return;  // one look-up per word, not twenty compares
    auto n = number_at(s, at);
    if (!n || !plausible(n->value, std::nullopt)) return;
    std::size_t q = n->end;
    while (q < s.size() && s[q] == ' ') ++q;
    if (s.compare(q, 7, "bintang") == 0 || s.compare(q, 4, "star") == 0) {
      found = Rating{n->value, std::nullopt};
      return;
    }
    // "four out of five", "empat dari lima"
    const std::size_t of = s.compare(q, 6, "out of") == 0 ? 6 : s.compare(q, 4, "dari") == 0 ? 4 : 0;
    if (of == 0) return;
    auto scale = number_at(s, skip_spaces(s, q + of));
    // "dua dari lima tabel" counts tables: in Indonesian the scale ends its phrase ("empat dari lima.").
    if (scale && of == 4) {
      std::size_t r = scale->end;
      while (r < s.size() && s[r] == ' ') ++r;
      if (r < s.size() && text::is_alpha_ascii(s[r])) return;
    }
    if (scale && (scale->value == 5 || scale->value == 10) && plausible(n->value, scale->value))
      found = Rating{n->value, scale->value};
  });
  return found;
}

// A reply whose first line is a number and nothing else ("5"): the score asked for.
std::optional<Rating> lone_number_rating(const std::string& s) {
  std::string_view first = text::trim(std::string_view(s).substr(0, s.find('\n')));
  // "5 mantap", "4 ya kak": a short word of praise or a particle after the number, no count of things
  // ("2 file sudah saya terima").
  if (const std::size_t sp = first.find(' '); sp != std::string_view::npos && sp <= 2 && first.size() <= 40) {
    const std::string_view rest = text::trim(first.substr(sp + 1));
    const std::string_view next = rest.substr(0, rest.find_first_of(" ,.!"));
    static const std::array kCounted = std::to_array<std::string_view>(
        {"file", "tabel", "table", "data", "lampiran", "halaman", "orang", "tahun", "hari", "minggu", "bulan", "jam",
         "kali", "buah", "lembar", "dari", "of", "out", "per", "files", "tables", "days", "weeks", "years", "x",
         "pertanyaan", "question", "questions", "hal"});
    if (!rest.empty() && std::none_of(rest.begin(), rest.end(), is_digit) &&
        std::find(kCounted.begin(), kCounted.end(), next) == kCounted.end())
      first = first.substr(0, sp);
  }
  if (first.empty() || first.size() > 2 || !std::all_of(first.begin(), first.end(), is_digit)) return std::nullopt;
  const double v = std::stod(std::string(first));
  if (v < 1 || v > 10) return std::nullopt;
  return Rating{v, std::nullopt};
}

// A row of boxes with one ticked: "( ) 1  ( ) 2  ( ) 3  (X) 4  ( ) 5", "[ ] 1 [v] 2 ...": the number
// after the ticked box, on a line with at least two empty ones.
std::optional<Rating> ticked_box_rating(const std::string& s) {
  for (std::size_t b = 0; b < s.size();) {
    std::size_t e = s.find('\n', b);
    if (e == std::string::npos) e = s.size();
    const std::string_view line(s.data() + b, e - b);
    int empty = 0, ticked = 0;
    std::optional<double> value;
    for (std::size_t p = 0; p + 2 < line.size(); ++p) {
      const char open = line[p];
      if (open != '(' && open != '[') continue;
      const char close = open == '(' ? ')' : ']';
      if (line[p + 1] == ' ' && line[p + 2] == close) {
        ++empty;
      } else if ((line[p + 1] == 'x' || line[p + 1] == 'v') && line[p + 2] == close) {
        ++ticked;
        std::size_t q = p + 3;
        while (q < line.size() && line[q] == ' ') ++q;
        if (q < line.size() && is_digit(line[q]) && (q + 1 >= line.size() || !is_digit(line[q + 1])))
          value = line[q] - '0';
      }
    }
    if (empty >= 2 && ticked == 1 && value && plausible(*value, std::nullopt))
      return Rating{*value, static_cast<double>(empty + ticked)};
    b = e + 1;
  }
  return std::nullopt;
}

// The ends of the scale our closure mail gives in words ("1 = sangat tidak puas, 5 = sangat puas"):
// a reply that only says "Sangat puas!" gives 5. Not "tidak sangat puas", nor "puas" alone (no end).
std::optional<Rating> scale_end_rating(const std::string& s) {
  for (std::string_view lowest : {"sangat tidak puas", "very dissatisfied", "very unsatisfied"})
    if (text::contains_word(s, lowest)) return Rating{1, 5};
  for (std::string_view highest : {"sangat puas", "puas sekali", "very satisfied", "extremely satisfied",
                                    "nilai sempurna", "nilai penuh", "perfect score", "full marks"})
    if (std::size_t p = s.find(highest); p != std::string::npos && text::contains_word(s, highest) &&
                                         !(p >= 6 && s.compare(p - 6, 6, "tidak ") == 0))
      return Rating{5, 5};
  return std::nullopt;
}

// ★★★★☆ and ⭐⭐⭐⭐: count the filled stars.
std::optional<Rating> star_rating(std::string_view s) {
  constexpr std::string_view kBlack = "\xE2\x98\x85";        // U+2605
  constexpr std::string_view kWhite = "\xE2\x98\x86";        // U+2606
  constexpr std::string_view kEmoji = "\xE2\xAD\x90";        // U+2B50
  int filled = 0, empty = 0;
  std::size_t first_filled = std::string_view::npos;
  for (std::size_t p = s.find('\xE2'); p != std::string_view::npos && p + 3 <= s.size(); p = s.find('\xE2', p + 1)) {
    std::string_view c = s.substr(p, 3);
    if (c == kBlack || c == kEmoji) {
      if (filled++ == 0) first_filled = p;
    } else if (c == kWhite) {
      ++empty;
    }
  }
  if (filled == 0 || filled > 10) return std::nullopt;
  // "5 ⭐", "4★": one star after a digit standing alone is the score's unit, the digit the score.
  if (filled == 1 && empty == 0) {
    std::size_t q = first_filled;
    while (q > 0 && s[q - 1] == ' ') --q;
    if (q > 0 && is_digit(s[q - 1]) && s[q - 1] >= '1' && s[q - 1] <= '5' && (q < 2 || !is_digit(s[q - 2])) &&
        (q < 2 || !(text::is_alpha_ascii(s[q - 2]) || s[q - 2] == '.' || s[q - 2] == ',')))
      return Rating{static_cast<double>(s[q - 1] - '0'), std::nullopt};
  }
  if (empty > 0) return Rating{static_cast<double>(filled), static_cast<double>(filled + empty)};
  return Rating{static_cast<double>(filled), std::nullopt};
}

}  // namespace

std::optional<Rating> find_rating(std::string_view own_text) {
  own_text = own_text.substr(0, std::min<std::size_t>(own_text.size(), 16 * 1024));
  return find_rating_in(text::lower(text::normalize(own_text)), own_text);
}

std::optional<Rating> find_rating(const WordsView& words, std::string_view own_text) {
  return find_rating_in(words.low(), own_text.substr(0, std::min<std::size_t>(own_text.size(), 16 * 1024)));
}

// "Skala 1-5: 2", "(1 sampai 5) = 4", "on a 1 to 10 scale: 8": the scale written before the score.
std::optional<Rating> scale_first_rating(const std::string& s) {
  for (std::size_t p = s.find('1'); p != std::string::npos; p = s.find('1', p + 1)) {
    if (p > 0 && (is_digit(s[p - 1]) || text::is_alpha_ascii(s[p - 1]))) continue;
    std::size_t q = p + 1;
    while (q < s.size() && s[q] == ' ') ++q;
    bool to = false;
    for (std::string_view w : {"-", "s/d", "sampai", "hingga", "to"})
      if (s.compare(q, w.size(), w) == 0) {
        q += w.size();
        to = true;
        break;
      }
    if (!to) continue;
    while (q < s.size() && s[q] == ' ') ++q;
    const auto top = number_at(s, q);
    if (!top || (top->value != 5 && top->value != 10)) continue;
    q = top->end;
    if (s.compare(q, 6, " scale") == 0) q += 6;
    while (q < s.size() && (s[q] == ' ' || s[q] == ')')) ++q;
    if (q >= s.size() || (s[q] != ':' && s[q] != '=')) continue;  // the score follows a colon
    q = skip_spaces(s, q);
    const auto n = number_at(s, q);
    if (n && (n->end >= s.size() || !is_digit(s[n->end])) && plausible(n->value, top->value))
      return Rating{n->value, top->value};
  }
  return std::nullopt;
}

// Ticket numbers contain digits that are not scores. Only the number is masked: it ends at the first
// byte that is not a letter, digit or '-' (a line break after it once masked the next line's "Nilai :
// 5" into "xilai").
void mask_ticket_numbers(std::string& s) {
  for (std::size_t p = s.find("pst-"); p != std::string::npos; p = s.find("pst-", p + 1))
    for (std::size_t q = p; q < s.size() && q < p + 16 && (text::is_lower_ascii(s[q]) || is_digit(s[q]) || s[q] == '-');
         ++q)
      s[q] = 'x';
}

bool subject_asks_for_a_score(std::string_view subject) {
  const std::string s = text::lower(subject);
  for (std::string_view w : {"selesai", "penilaian", "kepuasan", "completed", "closed", "ditutup", "rating",
                             "rate our", "feedback", "satisfaction"})
    if (s.find(w) != std::string::npos) return true;
  return false;
}

std::optional<Rating> find_bare_score(std::string_view lowered) {
  // A view, not a copy: every substr below is a view of the text (a copy's substr bound to a string_view was read
  // after it was gone).
  const std::string_view s = lowered.substr(0, std::min<std::size_t>(lowered.size(), 300));
  // Particles that may follow a score ("lima ya kak", "a five from us", "4 dari saya").
  static const text::WordSet kAfter = {"ya", "yaa", "deh", "aja", "saja", "kak", "min", "pak", "bu", "from", "dari",
                                       "sih", "nih", "dong", "stars", "bintang"};
  static const text::WordSet kFromWho = {"kami", "saya", "aku", "us", "me", "gue", "sy"};
  auto is_word_char = [](char c) { return text::is_alpha_ascii(c) || is_digit(c); };
  std::optional<Rating> found;
  int candidates = 0;
  text::for_each_run(s, is_word_char, [&](std::string_view w, std::size_t p) {
    const std::size_t e = p + w.size();
    // A whole number of 1-5, in digits or in words (number_at: "4,5", "4a" and "12" are none).
    const std::optional<Num> n = number_at(s, p);
    if (!n || n->end != e || n->value < 1 || n->value > 5 || n->value != static_cast<int>(n->value)) return;
    const double v = n->value;
    // Before: the start, punctuation, or the article of "a five".
    std::size_t b = p;
    while (b > 0 && s[b - 1] == ' ') --b;
    bool alone_before = b == 0 || std::string_view(",.!:;(-\n").find(s[b - 1]) != std::string_view::npos;
    if (!alone_before && b >= 1 && s[b - 1] == 'a' && (b == 1 || !text::is_alpha_ascii(s[b - 2])))
      alone_before = true;
    if (!alone_before && b >= 3 && s.compare(b - 2, 2, "an") == 0 && (b == 2 || !text::is_alpha_ascii(s[b - 3])))
      alone_before = true;
    if (b >= 1 && (s[b - 1] == '-' || s[b - 1] == '.') && b >= 2 && is_digit(s[b - 2])) alone_before = false;
    // After: the end, punctuation that ends a phrase (not a date's or a decimal's), or a particle.
    std::size_t a = e;
    while (a < s.size() && s[a] == ' ') ++a;
    bool alone_after = a >= s.size() || s[a] == '\n' ||
                       (std::string_view(".,!;)").find(s[a]) != std::string_view::npos &&
                        (a + 1 >= s.size() || !is_digit(s[a + 1])));
    if (!alone_after && text::is_alpha_ascii(s[a])) {
      std::size_t f = a;
      while (f < s.size() && text::is_alpha_ascii(s[f])) ++f;
      const std::string_view next = s.substr(a, f - a);
      if (kAfter.contains(next)) {
        alone_after = true;
        if (next == "dari" || next == "from") {  // "dari kami", not "dari 5" (a scale: read before)
          std::size_t g = f;
          while (g < s.size() && s[g] == ' ') ++g;
          std::size_t h = g;
          while (h < s.size() && text::is_alpha_ascii(s[h])) ++h;
          alone_after = kFromWho.contains(s.substr(g, h - g));
        }
      }
    }
    if (alone_before && alone_after) {
      ++candidates;
      found = Rating{v, std::nullopt};
    }
  });
  return candidates == 1 ? found : std::nullopt;
}

std::optional<Rating> find_rating_in_subject(std::string_view subject) {
  std::string s = text::lower(text::normalize(subject));
  mask_ticket_numbers(s);
  if (auto r = keyword_rating(s)) return r;
  return ratio_rating(s);
}

std::optional<Rating> find_rating_in(std::string s, std::string_view own_text) {
  mask_ticket_numbers(s);
  if (auto r = scale_first_rating(s)) return r;  // before the keys: "Penilaian (1 sampai 10) = 8"
  if (auto r = keyword_rating(s)) return r;
  if (auto r = ratio_rating(s)) return r;
  if (auto r = number_word_rating(s)) return r;
  if (auto r = lone_number_rating(s)) return r;
  if (auto r = ticked_box_rating(s)) return r;
  if (auto r = star_rating(own_text)) return r;
  return scale_end_rating(s);
}

}  // namespace pst
