// rfc2047.h: RFC 2047 encoded words ("=?UTF-8?B?...?=", "=?iso-8859-1?Q?...?=") in header text.
// B and Q encodings; whitespace between adjacent encoded words is dropped; adjacent words in the same
// charset are joined as bytes before conversion, so a multi-byte character split across two words
// (Outlook and Gmail both do this) survives. Unknown charsets give U+FFFD for non-ASCII bytes.
// Lenient like mail clients: encoded words inside a word or inside quotes are decoded too.
// Raw 8-bit text outside encoded words is kept as UTF-8 when valid, else read as windows-1252.
// Not for: structured parsing (addresses, parameters): decode after tokenising.
#pragma once

#include <string>
#include <string_view>

namespace pst {

/// Result flags of a decode; both false for clean input.
struct Rfc2047Issues {
  bool bad_charset = false;   // unknown charset or bytes invalid in it
  bool bad_encoding = false;  // invalid base64 inside a B word
};

/// Decodes every encoded word in an (already unfolded) header value.
[[nodiscard]] std::string decode_rfc2047(std::string_view value, Rfc2047Issues* issues = nullptr);

}  // namespace pst
