// text_scan.h: small text helpers shared by the language layer (own_words, introduction,
// request_detail, rating, language, classify): ASCII case folding, line splitting, and a word
// tokenizer that keeps line breaks and punctuation as tokens.
// Not for: MIME or charset work (that is decoded text already, UTF-8). Non-ASCII bytes are kept
// inside words untouched; case folding is ASCII only (enough for Indonesian and English).
// Limits: callers cap the text they hand in (kMaxScanBytes); nothing here recurses.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pst::text {

/// The own-words extraction reads at most this much of a body; the rest is not looked at.
inline constexpr std::size_t kMaxScanBytes = 64 * 1024;

/// The understanding (introduction, request, rating, language, kind) and the search index read the
/// own words whole up to kUnderstandHeadBytes + kUnderstandTailBytes. Of longer own words they read
/// the head - the service standard has the requester introduce themself first and then state the
/// need - and the tail, where the signature under the closing is; the middle of a long mail is pasted
/// material (tables, article text) whose scanning would cost time and decide nothing.
inline constexpr std::size_t kUnderstandHeadBytes = 4 * 1024;
inline constexpr std::size_t kUnderstandTailBytes = 1024;

/// The head of `s` of at most `limit` bytes, cut at the last line break within the limit (or, in one
/// long line, at a UTF-8 character boundary), so no word or character is cut in half.
[[nodiscard]] std::string_view head_within(std::string_view s, std::size_t limit);
/// The tail of `s` of at most `limit` bytes, starting after the first line break within it (or, in
/// one long line, after a space, else at a UTF-8 character boundary).
[[nodiscard]] std::string_view tail_within(std::string_view s, std::size_t limit);
/// What is understood of `own_words` (see kUnderstandHeadBytes): all of them when short, else the
/// head and the tail joined by a blank line.
[[nodiscard]] std::string understood_part(std::string_view own_words);

[[nodiscard]] std::string lower(std::string_view s);
/// Whether a word (without its dot, any case) keeps a following '.': a title or an abbreviation used
/// in names and addresses ("Dr." "drh." "Kab." "Jl." "PT."), not the end of a sentence.
[[nodiscard]] bool keeps_dot(std::string_view word);
/// Is `word` (a trailing dot allowed) a word of a name written short ("Gst", "Md.", "Muh")?
[[nodiscard]] bool is_short_name_word(std::string_view word);
[[nodiscard]] std::string_view trim_ends(std::string_view s);  // trim's own work, past its first look
[[nodiscard]] inline std::string_view trim(std::string_view s) {
  // Most lines and words have nothing to trim, which their first and last bytes tell: none is a blank or a line break
  // (all at most 0x20), the first opens no U+00A0 (0xC2) and the last ends none (0xA0). Inline: it is asked of
  // every line of a mail.
  if (!s.empty()) {
    const auto first = static_cast<unsigned char>(s.front()), last = static_cast<unsigned char>(s.back());
    if (first > 0x20 && first != 0xC2 && last > 0x20 && last != 0xA0) return s;
  }
  return trim_ends(s);
}
[[nodiscard]] bool icontains(std::string_view haystack, std::string_view needle);
/// The first `needle` in `hay` at or after `from`, or npos, as std::string_view::find answers; that one stops
/// at every occurrence of the needle's first byte to compare the rest, which on long text is most bytes.
[[nodiscard]] std::size_t find_bytes(std::string_view hay, std::string_view needle, std::size_t from = 0);
/// Whether find_bytes and normalize read a long text 32 bytes at a time (AVX2, on by default where the processor has
/// it) or 16 (SSE2): `on` is taken only where the processor has AVX2; returns the setting now. For tests, which read
/// both paths (the narrow one is otherwise only the tail of a long text on such a processor).
bool set_wide_scans(bool on);
/// The last `needle` in `hay`, or npos. std::string_view::rfind compares the needle at every position.
[[nodiscard]] std::size_t rfind_bytes(std::string_view hay, std::string_view needle);
/// Needle found as a whole word (neighbours are not letters/digits). Needle lower case.
[[nodiscard]] bool contains_word(std::string_view lowered_haystack, std::string_view needle);
/// Typography::fold also makes curly quotes ASCII quotes, dashes '-' and the ellipsis "..." (for
/// the analysis); Typography::keep leaves them as the requester wrote them (the text officers read).
enum class Typography { fold, keep };
/// NBSP and other Unicode spaces -> ' ', CRLF -> LF, NUL and other C0 controls (but tab and LF)
/// dropped; with Typography::fold (default) also quotes, dashes and the ellipsis as above.
[[nodiscard]] std::string normalize(std::string_view s, Typography typography = Typography::fold);
/// Lines without their terminators (LF or CRLF).
[[nodiscard]] std::vector<std::string_view> split_lines(std::string_view s);
/// `s` with every occurrence of each of `phrases` (substrings, lower case) blanked out with spaces, so
/// that offsets stay put. `anchors`: substrings without blanks, each phrase containing one of them (checked at compile
/// time by anchors_cover); a text without any of them is returned as it is, and only the phrases holding an anchor
/// the text has are searched (blanking makes no anchor, as an anchor holds no blank). `blanked`, when given, is set
/// to whether any was.
[[nodiscard]] std::string blank_phrases(std::string s, std::span<const std::string_view> phrases,
                                        std::span<const std::string_view> anchors = {}, bool* blanked = nullptr);
/// Whether each of `phrases` contains one of `anchors` and no anchor holds a blank (blank_phrases' promise, for a
/// static_assert).
template <std::size_t P, std::size_t A>
constexpr bool anchors_cover(const std::array<std::string_view, P>& phrases,
                             const std::array<std::string_view, A>& anchors) {
  for (std::string_view a : anchors)
    for (const char c : a)
      if (c == ' ' || (c >= '\t' && c <= '\r')) return false;
  for (std::string_view p : phrases) {
    bool held = false;
    for (std::string_view a : anchors) held = held || p.find(a) != std::string_view::npos;
    if (!held) return false;
  }
  return true;
}
/// Runs of spaces/tabs/newlines become one space; trimmed.
[[nodiscard]] std::string squeeze_spaces(std::string_view s);
/// The same, written over `out` (whose buffer is reused: no allocation once it is large enough).
void squeeze_spaces_into(std::string& out, std::string_view s);
// Character classes, inline: every detector asks them of every byte.
[[nodiscard]] inline bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
[[nodiscard]] inline bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }
[[nodiscard]] inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
[[nodiscard]] inline bool is_alpha_ascii(char c) { return is_upper_ascii(c) || is_lower_ascii(c); }
/// A byte of a word as the tokenizer reads it: an ASCII letter or digit, a byte of a UTF-8 sequence, '@' or '_'
/// (words join across '.', '-', '\'' and '&' when a word byte follows: tokenize).
[[nodiscard]] constexpr bool is_word_byte(char c) {
  const auto b = static_cast<unsigned char>(c);
  return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b >= 0x80 || b == '@' ||
         b == '_';
}
/// A byte that joins two runs of word bytes into one word when a word byte follows it ("kompas.com",
/// "kemenkes-ri", "i'm", "m&e"): tokenize's rule, also read by may_name_an_organisation.
[[nodiscard]] constexpr bool is_joiner(char c) { return c == '.' || c == '-' || c == '\'' || c == '&'; }
/// `c` in lower case when it is an ASCII capital; every other byte as it is (UTF-8 untouched).
[[nodiscard]] inline char fold(char c) { return is_upper_ascii(c) ? static_cast<char>(c - 'A' + 'a') : c; }
/// Equal, or `s` starts with `prefix`, ASCII letters in either case. Inline: the own-words reader asks them of
/// every line (a call each, and a call from one to the other, were most of their cost).
[[nodiscard]] inline bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (fold(a[i]) != fold(b[i])) return false;
  return true;
}
[[nodiscard]] inline bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

/// Calls on(run, position) for every maximal run of bytes that in_run accepts, in order: the
/// word loop of the detectors that read letters their own way (language, rating).
template <class InRun, class On>
void for_each_run(std::string_view s, InRun in_run, On&& on) {
  for (std::size_t i = 0; i < s.size();) {
    if (!in_run(s[i])) {
      ++i;
      continue;
    }
    std::size_t e = i;
    while (e < s.size() && in_run(s[e])) ++e;
    on(s.substr(i, e - i), i);
    i = e;
  }
}

enum class TokenKind : std::uint8_t { word, punct, line_break };

/// A token is two views: into the text it was read from and into that text's lower-case copy (the
/// same length: folding is ASCII only), so reading a mail's thousands of tokens copies no bytes.
/// 40 bytes (the views first, then the one-byte kind and flags): every detector walks a mail's tokens again, and
/// 48 bytes a token, as the kind first and an int had it, were a sixth more to read each time.
struct Token {
  std::string_view text;  // as written (a word may end in '.' when it is an abbreviation or initial)
  std::string_view low;   // ASCII lower case of text, trailing '.' removed
  TokenKind kind = TokenKind::word;
  bool capitalised = false;  // first character an upper-case ASCII letter
  bool has_digit = false;
  bool alnum_only = false;  // a word of ASCII letters and digits only: `low` is one maximal run of them
  bool soft = false;  // for line_break: the line before was long, so this is probably wrapping
};
static_assert(sizeof(Token) == 40, "Token: two views and five bytes");

/// Words, punctuation (one char each: , . ; : ! ? ( ) / " and the like) and line breaks.
/// "S.E." "Dr." "A." "Kab." stay one word; a sentence-final '.' becomes punctuation.
/// `low` is text::lower(s); the tokens are views into `s` and `low`, which must outlive them.
[[nodiscard]] std::vector<Token> tokenize(std::string_view s, std::string_view low);

}  // namespace pst::text
