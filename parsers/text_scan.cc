// text_scan.cc: see text_scan.h.
#include "parsers/text_scan.h"

#include <algorithm>
#include <atomic>
#include <array>
#include <cstdint>
#include <cstring>
#include <stdexcept>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define PST_TEXT_SCAN_AVX2 1
#endif

#include "parsers/byte_runs.h"
#include "parsers/word_index.h"

namespace pst::text {

namespace {
#if defined(PST_TEXT_SCAN_AVX2)
// Whether the processor has AVX2, asked once at start, and whether the scans over a whole text (normalize's plain
// runs, find_bytes) read 32 bytes at a time (set_wide_scans: on where it has; the tests turn it off to read the
// 16-byte path too). Read as false before its initialiser runs: a static initialiser elsewhere gets the SSE2 path.
const bool kHasAvx2 = [] {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2") != 0;
}();
std::atomic<bool> g_wide_scans{kHasAvx2};
bool wide_scans() { return g_wide_scans.load(std::memory_order_relaxed); }
#endif

// ASCII lower case in place, in fixed 32-byte blocks, which g++ -O2 folds 16 bytes per instruction
// (a loop of unknown length stays byte by byte); lower-casing whole bodies is a large part of
// reading a mail.
void fold_in_place(std::string& s) {
  char* p = s.data();
  const std::size_t n = s.size();
  constexpr std::size_t kBlock = 32;
  std::size_t i = 0;
  for (; i + kBlock <= n; i += kBlock)
    for (std::size_t k = 0; k < kBlock; ++k) p[i + k] = fold(p[i + k]);
  for (; i < n; ++i) p[i] = fold(p[i]);
}

// What the tokeniser asks of a byte, one table look-up instead of a chain of compares per byte
// (tokenising was 8 % of understanding a long mail).
enum ByteClass : std::uint8_t {
  kWordByte = 1,  // is_word_byte
  kDigit = 2,
  kJoiner = 4,    // is_joiner: inside a word when a word byte follows
  kOddWordByte = 8,  // a word byte that is no ASCII letter or digit (UTF-8, '@', '_')
};
constexpr std::array<std::uint8_t, 256> kByteClass = [] {
  std::array<std::uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (is_word_byte(static_cast<char>(c))) t[c] |= kWordByte;
    if (c >= '0' && c <= '9') t[c] |= kDigit;
    if (is_joiner(static_cast<char>(c))) t[c] |= kJoiner;
    if (c >= 0x80 || c == '@' || c == '_') t[c] |= kOddWordByte;
  }
  return t;
}();

// A byte normalize() keeps as it is: printable ASCII, LF and tab.
bool is_plain(unsigned char b) { return (b >= 0x20 && b < 0x80) || b == '\n' || b == '\t'; }

// How many bytes at the start of `s` are plain: sixteen at a time, the first that is not found in its block by a
// mask (SSE2), then byte by byte at the end. Mail text is almost all plain, and this is the scan over it (the byte
// loop it replaces, meant for g++ to vectorise, was not: a fifth of the floor's instructions on long mails).
#if defined(PST_TEXT_SCAN_AVX2)
// plain_run's blocks of 32 (AVX2) from `i` on: the first byte that is not plain, or npos with `i` moved to where the
// blocks ended.
[[gnu::target("avx2")]] std::size_t plain_run_avx2_blocks(const unsigned char* p, std::size_t n, std::size_t& i) {
  for (; i + 32 <= n; i += 32) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i));
    const __m256i plain = _mm256_or_si256(
        _mm256_cmpgt_epi8(v, _mm256_set1_epi8(0x1F)),
        _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('\n')), _mm256_cmpeq_epi8(v, _mm256_set1_epi8('\t'))));
    const auto odd = ~static_cast<unsigned>(_mm256_movemask_epi8(plain));
    if (odd != 0) return i + static_cast<std::size_t>(__builtin_ctz(odd));
  }
  return std::string_view::npos;
}
#endif

std::size_t plain_run(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
#if defined(PST_TEXT_SCAN_AVX2)
  if (n >= 32 && wide_scans())
    if (const std::size_t odd = plain_run_avx2_blocks(p, n, i); odd != std::string_view::npos) return odd;
#endif
#if defined(__SSE2__)
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    // 0x20-0x7F: above 0x1F as a signed byte (0x80 and above are negative); LF; tab.
    const __m128i plain =
        _mm_or_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(0x1F)),
                     _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\t'))));
    const unsigned odd = ~static_cast<unsigned>(_mm_movemask_epi8(plain)) & 0xFFFFu;
    if (odd != 0) return i + static_cast<std::size_t>(__builtin_ctz(odd));
  }
#endif
  while (i < n && is_plain(p[i])) ++i;
  return i;
}
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Words that keep a following '.' (titles, abbreviations used in names and addresses).
// "PT." "CV." "UD." "Fa.": a firm's legal form written with a dot opens its name; "Pte." and "Sdn." stand
// inside one ("Pte. Ltd.", "Sdn. Bhd."; the last word's dot may end the sentence too).
// "br": a banjar ("Br. Munduk") and a Batak woman's boru ("Marsaulina br. Pardede"); "sr", "rm", "ws":
// religious titles (a sister, a Catholic priest, a Confucian teacher); "dg": Daeng ("Syamsuddin Dg. Ngalle").
constexpr std::array<std::string_view, 43> kAbbrev = {
    "yth", "drg", "ns", "dr", "ir", "prof", "drs", "dra", "kab", "kec", "jl", "jln", "no", "univ", "prov",
    "hj", "sdr", "sdri", "bpk", "mr", "mrs", "ms", "st", "h", "kel", "ds", "dsn", "bdn", "bd", "pdt", "drh", "apt",
    "pt", "cv", "ud", "fa", "pte", "sdn", "br", "sr", "rm", "ws", "dg"};
// Words of names written short: Balinese (I Gst. Ngr., I Md., Ni Kd., Ny., Wy., Gd.), Muslim (Muh., Moh.,
// Mhd., Moch., Much., Mohd., Muhd., Abd., Ach.).
constexpr std::array<std::string_view, 16> kNameAbbrev = {"gst", "ngr", "md",   "kd",   "ny",   "wy",  "gd",  "muh",
                                                          "moh", "mhd", "moch", "much", "mohd", "muhd", "abd", "ach"};
}  // namespace

// Whether `word`, folded to lower case, is in `set`; words longer than N bytes are in none (folded into a
// buffer on the stack: the tokenizer asks this of every word before a dot).
template <std::size_t N>
bool folded_in(std::string_view word, const WordSet& set) {
  if (word.empty() || word.size() > N) return false;
  char buf[N];
  for (std::size_t i = 0; i < word.size(); ++i) buf[i] = fold(word[i]);
  return set.contains(std::string_view(buf, word.size()));
}

bool keeps_dot(std::string_view word) {
  // Both lists in one set: a word that does not end in '.' (every word the tokenizer and the sentence cutter ask)
  // is looked up once, folded once; one that does is asked of kAbbrev as it is, then of kNameAbbrev without its dot.
  static const WordSet kAbbrevSet(kAbbrev.begin(), kAbbrev.end());
  static const WordSet kEitherSet = [] {
    WordSet all(kAbbrev.begin(), kAbbrev.end());
    for (std::string_view w : kNameAbbrev) all.insert(w);
    return all;
  }();
  // every abbreviation is 1-4 letters
  if (word.size() > 4) return false;
  if (word.empty() || word.back() != '.') return folded_in<4>(word, kEitherSet);
  return folded_in<4>(word, kAbbrevSet) || is_short_name_word(word);
}

bool is_short_name_word(std::string_view word) {
  static const WordSet kNameAbbrevSet(kNameAbbrev.begin(), kNameAbbrev.end());
  if (word.ends_with('.')) word.remove_suffix(1);
  return folded_in<4>(word, kNameAbbrevSet);
}

std::string lower(std::string_view s) {
  std::string out(s);
  fold_in_place(out);
  return out;
}

std::string_view head_within(std::string_view s, std::size_t limit) {
  if (s.size() <= limit) return s;
  std::string_view head = s.substr(0, limit);
  if (std::size_t nl = head.rfind('\n'); nl != std::string_view::npos && nl > limit / 2) return head.substr(0, nl);
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  return s.substr(0, cut);
}

std::string_view tail_within(std::string_view s, std::size_t limit) {
  if (s.size() <= limit) return s;
  std::string_view tail = s.substr(s.size() - limit);
  if (std::size_t nl = tail.find('\n'); nl != std::string_view::npos && nl < limit / 2) return tail.substr(nl + 1);
  if (std::size_t sp = tail.find(' '); sp != std::string_view::npos && sp < limit / 2) return tail.substr(sp + 1);
  std::size_t cut = 0;
  while (cut < tail.size() && (static_cast<unsigned char>(tail[cut]) & 0xC0) == 0x80) ++cut;  // not inside a character
  return tail.substr(cut);
}

std::string understood_part(std::string_view own_words) {
  if (own_words.size() <= kUnderstandHeadBytes + kUnderstandTailBytes) return std::string(own_words);
  std::string out(head_within(own_words, kUnderstandHeadBytes));
  out += "\n\n";
  out += tail_within(own_words, kUnderstandTailBytes);
  return out;
}

std::string_view trim_ends(std::string_view s) {
  while (!s.empty() && (is_space(s.front()) || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (is_space(s.back()) || s.back() == '\n')) s.remove_suffix(1);
  // Non-breaking spaces (U+00A0) often surround text pasted from HTML.
  while (s.size() >= 2 && static_cast<unsigned char>(s[0]) == 0xC2 && static_cast<unsigned char>(s[1]) == 0xA0)
    s.remove_prefix(2);
  while (s.size() >= 2 && static_cast<unsigned char>(s[s.size() - 2]) == 0xC2 &&
         static_cast<unsigned char>(s.back()) == 0xA0)
    s.remove_suffix(2);
  return s;
}

bool icontains(std::string_view h, std::string_view n) {
  if (n.empty()) return true;
  if (n.size() > h.size()) return false;
  // Candidates by the first character in either case, then the rest folded.
  const char first = fold(n[0]);
  const char first_upper = is_lower_ascii(first) ? static_cast<char>(first - 'a' + 'A') : first;
  const std::size_t last = h.size() - n.size();
  for (std::size_t i = 0; i <= last; ++i) {
    if (h[i] != first && h[i] != first_upper) continue;
    std::size_t k = 1;
    while (k < n.size() && fold(h[i + k]) == fold(n[k])) ++k;
    if (k == n.size()) return true;
  }
  return false;
}

bool set_wide_scans(bool on) {
#if defined(PST_TEXT_SCAN_AVX2)
  g_wide_scans.store(on && kHasAvx2, std::memory_order_relaxed);
  return wide_scans();
#else
  (void)on;
  return false;
#endif
}

namespace {
// Whether `needle` stands at `at` of `h`, its first and last bytes known to: the bytes between them compared.
inline bool middle_matches(const char* h, std::size_t at, std::string_view needle) {
  return needle.size() <= 2 || std::memcmp(h + at + 1, needle.data() + 1, needle.size() - 2) == 0;
}
// The first of a block's candidate places (bit b of `candidates`: place `at` + b, where the needle's first and last
// bytes stand) where the whole needle does, or npos.
inline std::size_t first_match(const char* h, std::size_t at, unsigned candidates, std::string_view needle) {
  for (; candidates != 0; candidates &= candidates - 1)
    if (const std::size_t p = at + static_cast<std::size_t>(__builtin_ctz(candidates)); middle_matches(h, p, needle))
      return p;
  return std::string_view::npos;
}

#if defined(PST_TEXT_SCAN_AVX2)
// find_bytes' search thirty-two places at a time (AVX2; the complaint check alone searches its eight anchors through
// some 6 KB of every mail): from `i` on, in blocks of 32 before `stop`, the match, or npos with `i` moved to where the
// blocks ended.
[[gnu::target("avx2")]] std::size_t find_bytes_avx2_blocks(const char* h, std::size_t& i, std::size_t stop,
                                                           std::string_view needle) {
  const __m256i first = _mm256_set1_epi8(needle.front()), last = _mm256_set1_epi8(needle.back());
  for (; i + 32 <= stop; i += 32) {
    const __m256i at_first = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(h + i));
    const __m256i at_last = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(h + i + needle.size() - 1));
    const auto candidates = static_cast<unsigned>(
        _mm256_movemask_epi8(_mm256_and_si256(_mm256_cmpeq_epi8(at_first, first), _mm256_cmpeq_epi8(at_last, last))));
    if (const std::size_t at = first_match(h, i, candidates, needle); at != std::string_view::npos) return at;
  }
  return std::string_view::npos;
}
#endif
}  // namespace

std::size_t find_bytes(std::string_view hay, std::string_view needle, std::size_t from) {
  if (from > hay.size()) return std::string_view::npos;
  if (needle.empty()) return from;
  const std::size_t k = needle.size();
  if (k > hay.size() - from) return std::string_view::npos;
  const char* h = hay.data();
  const std::size_t stop = hay.size() - k + 1;  // a match starts before stop
  std::size_t i = from;
#if defined(PST_TEXT_SCAN_AVX2)
  if (i + 32 <= stop && wide_scans())
    if (const std::size_t at = find_bytes_avx2_blocks(h, i, stop, needle); at != std::string_view::npos) return at;
#endif
#if defined(__SSE2__)
  // Sixteen places at a time: a place is a candidate only where both the needle's first byte and its last
  // stand, which in text is rare even when the first byte alone is common (the search's whole cost before:
  // std::string_view::find stopped at every byte equal to the first; memmem set up a table per call).
  const __m128i first = _mm_set1_epi8(needle.front()), last = _mm_set1_epi8(needle.back());
  for (; i + 16 <= stop; i += 16) {
    const __m128i at_first = _mm_loadu_si128(reinterpret_cast<const __m128i*>(h + i));
    const __m128i at_last = _mm_loadu_si128(reinterpret_cast<const __m128i*>(h + i + k - 1));
    const auto candidates = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(at_first, first), _mm_cmpeq_epi8(at_last, last))));
    if (const std::size_t at = first_match(h, i, candidates, needle); at != std::string_view::npos) return at;
  }
#endif
  for (; i < stop; ++i)
    if (h[i] == needle.front() && h[i + k - 1] == needle.back() && middle_matches(h, i, needle)) return i;
  return std::string_view::npos;
}

std::size_t rfind_bytes(std::string_view hay, std::string_view needle) {
  if (needle.size() > hay.size()) return std::string_view::npos;
  if (needle.empty()) return hay.size();
  // Candidates by the needle's first byte (memrchr), from the last place the needle fits.
  std::size_t end = hay.size() - needle.size() + 1;  // candidates lie in [0, end)
  while (end > 0) {
    const void* hit = memrchr(hay.data(), needle[0], end);
    if (hit == nullptr) return std::string_view::npos;
    const auto p = static_cast<std::size_t>(static_cast<const char*>(hit) - hay.data());
    if (std::memcmp(hay.data() + p + 1, needle.data() + 1, needle.size() - 1) == 0) return p;
    end = p;
  }
  return std::string_view::npos;
}

bool contains_word(std::string_view h, std::string_view n) {
  if (n.empty()) return false;
  for (std::size_t pos = h.find(n); pos != std::string_view::npos; pos = h.find(n, pos + 1)) {
    bool left_ok = pos == 0 || !(is_alpha_ascii(h[pos - 1]) || is_digit(h[pos - 1]));
    std::size_t end = pos + n.size();
    bool right_ok = end >= h.size() || !(is_alpha_ascii(h[end]) || is_digit(h[end]));
    if (left_ok && right_ok) return true;
  }
  return false;
}

std::string normalize(std::string_view s, Typography typography) {
  const bool fold = typography == Typography::fold;
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    // Runs of bytes kept as they are (printable ASCII, LF, tab) are copied whole.
    if (const std::size_t run = plain_run(s.substr(i)); run > 0) {
      out.append(s.data() + i, run);
      i += run - 1;
      continue;
    }
    auto b = static_cast<unsigned char>(s[i]);
    if (b == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      out += ' ';
      ++i;
      continue;
    }
    // A keycap ("5️⃣": the digit, U+FE0F, U+20E3) is its digit.
    if (fold && !out.empty() && is_digit(out.back()) && i + 2 < s.size()) {
      const std::string_view next = s.substr(i, 3);
      if (next == "\xEF\xB8\x8F" || next == "\xE2\x83\xA3") {
        i += 2;
        continue;
      }
    }
    if (b == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      auto t = static_cast<unsigned char>(s[i + 2]);
      const char* rep = nullptr;
      if (t >= 0x80 && t <= 0x8B) rep = " ";          // en quad .. zero width space
      else if (t == 0xAF) rep = " ";
      else if (!fold) rep = nullptr;                   // dashes, quotes, ellipsis kept as written
      else if (t == 0x94 || t == 0x95) {
        // An em dash sets a phrase off ("saya—Kevin", unspaced): spaced here, so no two words become one.
        if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
        out += '-';
        if (i + 3 < s.size() && s[i + 3] != ' ' && s[i + 3] != '\n') out += ' ';
        i += 2;
        continue;
      } else if (t == 0x90 || t == 0x91 || t == 0x92 || t == 0x93) rep = "-";  // hyphens; an en dash joins ranges
      else if (t == 0x98 || t == 0x99 || t == 0x9A || t == 0x9B) rep = "'";
      else if (t == 0x9C || t == 0x9D || t == 0x9E || t == 0x9F) rep = "\"";
      else if (t == 0xA6) rep = "...";
      if (rep != nullptr) {
        out += rep;
        i += 2;
        continue;
      }
    }
    if (b == '\r') {
      if (i + 1 < s.size() && s[i + 1] == '\n') continue;
      out += '\n';
      continue;
    }
    if (b < 0x20 && b != '\n' && b != '\t') continue;
    out += s[i];
  }
  return out;
}

std::vector<std::string_view> split_lines(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t nl = s.find('\n', start);
    std::size_t end = nl == std::string_view::npos ? s.size() : nl;
    std::string_view line = s.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out.push_back(line);
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return out;
}

std::string blank_phrases(std::string s, std::span<const std::string_view> phrases,
                          std::span<const std::string_view> anchors, bool* blanked) {
  if (blanked != nullptr) *blanked = false;
  // The anchors the text has (at most 64 asked).
  std::uint64_t present = 0;
  if (anchors.size() > 64) throw std::invalid_argument("blank_phrases: more than 64 anchors");
  for (std::size_t a = 0; a < anchors.size(); ++a)
    present |= std::uint64_t{find_bytes(s, anchors[a]) != std::string_view::npos} << a;
  if (!anchors.empty() && present == 0) return s;
  // A phrase none of whose anchors the text has cannot occur in it.
  const auto may_occur = [&](std::string_view p) {
    if (anchors.empty()) return true;
    for (std::uint64_t m = present; m != 0; m &= m - 1)
      if (p.find(anchors[static_cast<std::size_t>(__builtin_ctzll(m))]) != std::string_view::npos) return true;
    return false;
  };
  for (std::string_view p : phrases) {
    if (!may_occur(p)) continue;
    for (std::size_t pos = find_bytes(s, p); pos != std::string_view::npos; pos = find_bytes(s, p, pos + p.size())) {
      s.replace(pos, p.size(), p.size(), ' ');
      if (blanked != nullptr) *blanked = true;
    }
  }
  return s;
}

std::string squeeze_spaces(std::string_view s) {
  std::string out;
  squeeze_spaces_into(out, s);
  return out;
}

void squeeze_spaces_into(std::string& out, std::string_view s) {
  s = trim(s);
  out.clear();
  out.reserve(s.size());
  // Whole stretches whose blanks are already single spaces between words are copied at once (a word at a
  // time was most of cutting sentences; a byte at a time, before that, a third).
  static constexpr std::array<bool, 256> kBlank = [] {
    std::array<bool, 256> t{};
    for (const unsigned char c : {' ', '\t', '\r', '\f', '\v', '\n'}) t[c] = true;
    return t;
  }();
  auto blank = [](char c) { return kBlank[static_cast<unsigned char>(c)]; };
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n;) {
    std::size_t e = i;
    // A stretch runs on over other bytes and over a single space between two of them.
    for (;;) {
      // Sixteen bytes at a time while each is no blank, or a single space before a byte that is none (the
      // stretch opens on a byte that is none, so such a space is always inside it). By an SSE2 mask: the loop of
      // comparisons written for g++ to vectorise stayed scalar at -O2.
#if defined(__SSE2__)
      // 0xFF where a byte is \t \n \v \f or \r (byte - '\t', unsigned, at most '\r' - '\t').
      const auto other_blank = [](__m128i v) {
        const __m128i d = _mm_sub_epi8(v, _mm_set1_epi8('\t'));
        return _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8('\r' - '\t')), d);
      };
      while (e + 17 <= n) {
        const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + e));
        const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + e + 1));
        const __m128i space = _mm_set1_epi8(' ');
        const __m128i next_blank = _mm_or_si128(_mm_cmpeq_epi8(next, space), other_blank(next));
        const __m128i odd = _mm_or_si128(other_blank(c), _mm_and_si128(_mm_cmpeq_epi8(c, space), next_blank));
        if (_mm_movemask_epi8(odd) != 0) break;
        e += 16;
      }
#else
      while (e + 17 <= n) {
        unsigned odd = 0;
        for (std::size_t k = 0; k < 16; ++k) {
          const auto c = static_cast<unsigned char>(s[e + k]), next = static_cast<unsigned char>(s[e + k + 1]);
          const bool other_blank = static_cast<unsigned char>(c - '\t') <= '\r' - '\t';  // \t \n \v \f \r
          const bool next_blank = next == ' ' || static_cast<unsigned char>(next - '\t') <= '\r' - '\t';
          odd |= static_cast<unsigned>(other_blank | (c == ' ' && next_blank));
        }
        if (odd != 0) break;
        e += 16;
      }
#endif
      while (e < n && !blank(s[e])) ++e;
      if (e > i && e + 1 < n && s[e] == ' ' && !blank(s[e + 1])) e += 2;
      else break;
    }
    if (e > i) {
      if (!out.empty()) out += ' ';
      out.append(s.data() + i, e - i);
    }
    while (e < s.size() && blank(s[e])) ++e;
    i = e;
  }
}

namespace {

// The end of the run of word bytes at `j` of `s` (j itself if none), sixteen bytes at a time where they are there
// (a byte loop's exit at every word's end was a mispredicted branch a word); `digit` is set when the run has one,
// `odd` when it has a byte that is no ASCII letter or digit.
std::size_t word_byte_run_end(std::string_view s, std::size_t j, bool& digit, bool& odd) {
#if defined(__SSE2__)
  while (j + 16 <= s.size()) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + j));
    // is_word_byte: a letter, a digit, a byte of 0x80 or more (negative), '@', '_'.
    const __m128i is_digit = ascii_digits(v);
    const __m128i is_odd =
        _mm_or_si128(_mm_cmplt_epi8(v, _mm_setzero_si128()),
                     _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('@')), _mm_cmpeq_epi8(v, _mm_set1_epi8('_'))));
    const __m128i word = _mm_or_si128(_mm_or_si128(ascii_letters(v), is_digit), is_odd);
    const unsigned other = ~static_cast<unsigned>(_mm_movemask_epi8(word)) & 0xFFFFu;
    const unsigned len = other != 0 ? static_cast<unsigned>(__builtin_ctz(other)) : 16u;
    const unsigned in_run = (1u << len) - 1u;
    digit = digit || (static_cast<unsigned>(_mm_movemask_epi8(is_digit)) & in_run) != 0;
    odd = odd || (static_cast<unsigned>(_mm_movemask_epi8(is_odd)) & in_run) != 0;
    j += len;
    if (other != 0) return j;
  }
#endif
  while (j < s.size() && (kByteClass[static_cast<unsigned char>(s[j])] & kWordByte)) {
    digit = digit || (kByteClass[static_cast<unsigned char>(s[j])] & kDigit) != 0;
    odd = odd || (kByteClass[static_cast<unsigned char>(s[j])] & kOddWordByte) != 0;
    ++j;
  }
  return j;
}

}  // namespace

std::vector<Token> tokenize(std::string_view s, std::string_view low) {
  if (low.size() != s.size()) throw std::invalid_argument("tokenize: low is not text::lower(s)");
  std::vector<Token> out;
  out.reserve(s.size() / 5 + 4);  // about one token per five bytes of text
  const auto cls = [&](std::size_t k) { return kByteClass[static_cast<unsigned char>(s[k])]; };
  // Views of `s` and `low` without substr's bounds check: every range here is inside both (same size).
  const auto of = [](std::string_view v, std::size_t from, std::size_t count) {
    return std::string_view(v.data() + from, count);
  };
  const std::size_t n = s.size();
  std::size_t line_start = 0;
  std::size_t i = 0;
  while (i < n) {
    const char c = s[i];
    if (c == '\n') {
      Token& t = out.emplace_back();
      t.kind = TokenKind::line_break;
      t.text = of(s, i, 1);
      std::string_view prev = trim(s.substr(line_start, i - line_start));
      t.soft = prev.size() >= 60;
      line_start = ++i;
      continue;
    }
    if (is_space(c)) {
      ++i;
      continue;
    }
    if (cls(i) & kWordByte) {
      std::size_t j = i;
      bool has_dot = false;
      bool digit = false;  // a digit among the word's bytes
      bool odd = false;    // a byte that is no ASCII letter or digit among them, or a joiner taken
      // Runs of word bytes, joined by a joiner before another word byte (not a '.' between a letter and a digit).
      for (;;) {
        j = word_byte_run_end(s, j, digit, odd);
        if (j + 1 < n && (cls(j) & kJoiner) && (cls(j + 1) & kWordByte) &&
            !(s[j] == '.' && (cls(j + 1) & kDigit) && !(cls(j - 1) & kDigit))) {
          has_dot = has_dot || s[j] == '.';
          odd = true;
          ++j;
          continue;
        }
        break;
      }
      Token& t = out.emplace_back();
      t.kind = TokenKind::word;
      // The word never ends in '.' here (a '.' is taken only before another word byte).
      t.low = of(low, i, j - i);
      // A following '.' stays with an initial, a dotted abbreviation or a title.
      std::size_t end = j;
      if (j < n && s[j] == '.') {
        // A dotted abbreviation ("S.E.", "M.Si.", "A.Md.Kep.") keeps it: its parts are short. A site's name
        // ("Jalan-Jalan.id.", "detik.com.") ends its sentence there.
        const auto dotted_abbreviation = [&] {
          std::size_t part = 0;
          for (std::size_t k = i; k < j; ++k) {
            if (s[k] == '.') part = 0;
            else if (++part > 4) return false;
          }
          return true;
        };
        const bool keep =
            (j - i == 1 && is_alpha_ascii(s[i])) || (has_dot && dotted_abbreviation()) || keeps_dot(t.low);
        // "Dr" as a title is capitalised; casual "dr" (= dari) never carries a dot anyway.
        if (keep) ++end;
      }
      t.text = of(s, i, end - i);
      t.capitalised = is_upper_ascii(c) || static_cast<unsigned char>(c) >= 0xC3;
      t.has_digit = digit;
      t.alnum_only = !odd;
      i = end;
      continue;
    }
    Token& t = out.emplace_back();
    t.kind = TokenKind::punct;
    // A multi-byte UTF-8 punctuation (curly quotes, dashes) would be a word byte; ASCII only here.
    t.text = of(s, i, 1);
    t.low = of(low, i, 1);
    ++i;
  }
  return out;
}

}  // namespace pst::text
