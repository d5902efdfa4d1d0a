// byte_runs.h: the maximal runs of one class of bytes in a text ("words" as a detector reads them: ASCII letters
// and digits for PhraseSet, letters and the apostrophe for the language count), read from bit masks with the bytes
// classed 64 at a time (SSE2 where the build has it), not by a byte loop per run and per gap. Such a loop's branch
// at every word's end was mispredicted about once a word: the mask reading takes more instructions and less time
// (BENCHMARKS.md, twenty-seventh session).
// Limits: reads only inside the text (a last block shorter than 64 bytes is classed with the bytes before it, or
// byte by byte in a text shorter than 64 bytes).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace pst::text {

enum class RunClass {
  alnum,            // ASCII letters and digits
  alpha_apostrophe  // ASCII letters and '\''
};

/// Whether byte `c` is of class C: the rule the masks below follow, byte by byte.
template <RunClass C>
[[nodiscard]] constexpr bool is_of_class(char c) {
  const auto b = static_cast<unsigned char>(c);
  const bool alpha = (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
  if constexpr (C == RunClass::alnum) return alpha || (b >= '0' && b <= '9');
  else return alpha || b == '\'';
}

#if defined(__SSE2__)
/// Of sixteen bytes, 0xFF where a byte is an ASCII letter: (byte | 0x20) - 'a' below 26 (unsigned: min(x, 25) == x).
[[nodiscard]] inline __m128i ascii_letters(__m128i v) {
  const __m128i letter = _mm_sub_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
  return _mm_cmpeq_epi8(_mm_min_epu8(letter, _mm_set1_epi8(25)), letter);
}
/// Of sixteen bytes, 0xFF where a byte is an ASCII digit.
[[nodiscard]] inline __m128i ascii_digits(__m128i v) {
  const __m128i digit = _mm_sub_epi8(v, _mm_set1_epi8('0'));
  return _mm_cmpeq_epi8(_mm_min_epu8(digit, _mm_set1_epi8(9)), digit);
}
#endif

/// The place of the first ASCII digit of `s` at or after `from`, or std::string_view::npos; sixteen bytes at a time.
[[nodiscard]] inline std::size_t find_digit(std::string_view s, std::size_t from) {
#if defined(__SSE2__)
  for (; from + 16 <= s.size(); from += 16) {
    const auto digits = static_cast<unsigned>(
        _mm_movemask_epi8(ascii_digits(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + from)))));
    if (digits != 0) return from + static_cast<std::size_t>(__builtin_ctz(digits));
  }
#endif
  for (; from < s.size(); ++from)
    if (s[from] >= '0' && s[from] <= '9') return from;
  return std::string_view::npos;
}

namespace byte_runs_detail {

// Bit k: p[k] is of class C, for the `len` (at most 64) bytes at p.
template <RunClass C>
std::uint64_t mask_of(const char* p, std::size_t len) {
  std::uint64_t m = 0;
#if defined(__SSE2__)
  if (len == 64) {
    for (int q = 0; q < 4; ++q) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * q));
      const __m128i in = _mm_or_si128(ascii_letters(v), C == RunClass::alnum ? ascii_digits(v)
                                                                             : _mm_cmpeq_epi8(v, _mm_set1_epi8('\'')));
      m |= static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(in))) << (16 * q);
    }
    return m;
  }
#endif
  for (std::size_t k = 0; k < len; ++k) m |= static_cast<std::uint64_t>(is_of_class<C>(p[k])) << k;
  return m;
}

}  // namespace byte_runs_detail

/// Calls on(begin, end) for each maximal run of bytes of class C in `s`, in order, until it returns false (then
/// returns false).
template <RunClass C, class F>
bool for_each_class_run(std::string_view s, F&& on) {
  constexpr std::size_t kNone = std::string_view::npos;
  std::size_t start = kNone;  // where the run still open began
  for (std::size_t base = 0; base < s.size(); base += 64) {
    const std::size_t len = s.size() - base < 64 ? s.size() - base : 64;
    // A last block shorter than 64 bytes, in a text of 64 or more, is classed with the bytes before it.
    const std::uint64_t m = len < 64 && s.size() >= 64
                                ? byte_runs_detail::mask_of<C>(s.data() + s.size() - 64, 64) >> (64 - len)
                                : byte_runs_detail::mask_of<C>(s.data() + base, len);
    for (std::size_t pos = 0; pos < len;) {
      if (start == kNone) {
        const std::uint64_t ahead = m >> pos;
        if (ahead == 0) break;
        pos += static_cast<std::size_t>(__builtin_ctzll(ahead));
        start = base + pos;
      }
      // The run ends at the next byte of another class (past the text's end, bits of m are 0: it ends there), or
      // at the text's end.
      const std::uint64_t ahead = ~m >> pos;
      if (ahead != 0) pos += static_cast<std::size_t>(__builtin_ctzll(ahead));
      else if (base + len < s.size()) break;  // it goes on into the next block
      else pos = len;
      // The one call of `on` (so the compiler takes it in here, not a call a run).
      if (!on(start, base + pos)) return false;
      start = kNone;
    }
  }
  return true;
}

}  // namespace pst::text
