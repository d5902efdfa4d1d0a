// charset.h: bytes in a declared MIME charset -> UTF-8. Never fails: what cannot be converted becomes
// U+FFFD and the caller is told, so it can flag DecodeProblem::bad_charset.
// Fast paths of our own for utf-8, us-ascii and windows-1252 (the bulk of real mail); everything else
// goes through glibc iconv, one cached descriptor per charset and thread.
// Aliases: iso-8859-1 and latin1 are read as windows-1252 (0x80 is the euro sign there, as every
// mail client does); ks_c_5601-1987 -> cp949, gb2312/gbk -> gb18030, shift_jis -> cp932, tis-620 ->
// cp874, unicode-1-1-utf-7 -> utf-7, x-user-defined -> windows-1252.
// us-ascii (or no charset at all) with 8-bit bytes: kept as UTF-8 when the bytes are valid UTF-8
// (phones that forget the charset send UTF-8), else read as windows-1252.
// Not for: guessing charsets of unlabelled text beyond that rule.
#pragma once

#include <string>
#include <string_view>

namespace pst {

enum class CharsetOutcome {
  clean,            // converted without loss
  replaced,         // some bytes were invalid in that charset and became U+FFFD
  unknown_charset,  // charset unknown: ASCII kept, every other byte became U+FFFD
};

/// Lower-cased, trimmed charset name with the alias table applied ("ISO-8859-1" -> "windows-1252").
/// An RFC 2231 language suffix ("utf-8*id") is dropped. Empty stays empty.
[[nodiscard]] std::string canonical_charset(std::string_view name);

/// Appends `bytes`, read in `charset`, to `out` as UTF-8.
[[nodiscard]] CharsetOutcome append_utf8(std::string& out, std::string_view bytes,
                                         std::string_view charset);

/// Appends `bytes` as UTF-8 with every invalid sequence replaced by U+FFFD; returns false if any was.
bool append_valid_utf8(std::string& out, std::string_view bytes);

/// Appends header text given without a charset (raw 8-bit): UTF-8 if valid, else windows-1252.
void append_raw_header_text(std::string& out, std::string_view bytes);

[[nodiscard]] bool is_valid_utf8(std::string_view s);

/// `bytes` as UTF-8 if valid, else read as windows-1252 (for raw header bytes kept as text).
[[nodiscard]] std::string raw_text_to_utf8(std::string_view bytes);

/// The longest prefix of `s` of at most `max_bytes` that does not cut a UTF-8 sequence.
[[nodiscard]] std::string_view utf8_prefix(std::string_view s, std::size_t max_bytes);

/// Appends code point `cp` as UTF-8 (invalid code points become U+FFFD).
void append_codepoint(std::string& out, char32_t cp);

}  // namespace pst
