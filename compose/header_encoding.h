// header_encoding.h: the pieces of an outgoing header line: RFC 2047 encoded words for non-ASCII
// text (Subject, display names), address formatting, RFC 5322 dates, folding at 78 columns, and
// the checks that keep untrusted text from injecting header lines.
// Not for: parsing incoming mail (parsers/ does that); assembling whole messages (message_builder.h).
// Pure functions, no I/O, no clock.
//
// SECURITY: every value that reaches a header goes through validate_header_value() or
// validate_address(). They reject CR, LF and NUL (and other C0 controls except TAB, and DEL),
// invalid UTF-8, and text whose RFC 2047 decoding would contain CR, LF or NUL
// (e.g. "=?UTF-8?Q?a=0D=0ABcc:x?="): a receiving client would decode it into a forged line.
// Decision: the builder REJECTS such values (the caller gets an error naming the field);
// sanitize_header_text() is the tool for untrusted text (requester names, requester subjects):
// it decodes encoded words, turns every control character into a space and collapses runs of
// spaces, so its result always passes validate_header_value(). Text that merely looks like an
// encoded word is always re-encoded on output, so a client shows it literally.
//
// LIMITS: only UTF-8 is produced. The RFC 2047 decoder here exists for the injection check and
// for tests: it decodes UTF-8 / US-ASCII words and passes other charsets' bytes through.
// Addresses must be ASCII (no SMTPUTF8) and dot-atom local parts only (no quoted local parts).
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/decoded_mail.h"  // pst::Address

namespace pst {

/// Where an encoded word will stand: in unstructured text (Subject) or in a phrase (display name,
/// which allows fewer literal characters in Q encoding).
enum class WordContext { text, phrase };

/// Which RFC 2047 encoding to use; `shortest` picks B only when it is at least 20% shorter than Q
/// (Q keeps mostly-ASCII text readable in raw form).
enum class WordEncoding { shortest, b, q };

inline constexpr std::size_t kMaxEncodedWord = 75;   // RFC 2047 section 2
inline constexpr std::size_t kFoldColumn = 78;       // RFC 5322 2.1.1 SHOULD
inline constexpr std::size_t kMaxLineOctets = 998;   // RFC 5322 2.1.1 MUST

/// Splits UTF-8 text into encoded words ("=?UTF-8?Q?...?="), none longer than kMaxEncodedWord and
/// none splitting a UTF-8 character. `first_width` limits the first word (room left on the line).
/// The input must be valid UTF-8 (see validate_header_value).
[[nodiscard]] std::vector<std::string> encode_words(std::string_view utf8, WordContext ctx,
                                                    WordEncoding enc = WordEncoding::shortest,
                                                    std::size_t first_width = kMaxEncodedWord);

/// Decodes RFC 2047 encoded words (B and Q; whitespace between adjacent encoded words dropped).
/// Malformed words are left as they are. Never throws.
[[nodiscard]] std::string decode_words(std::string_view value);

/// Removes folding (CRLF or LF followed by SP/HTAB).
[[nodiscard]] std::string unfold(std::string_view value);

/// "Name: value" with the value RFC 2047-encoded where needed and folded at 78 columns with
/// CRLF + SP. No trailing CRLF. Leading and trailing whitespace of the value is dropped, and a run
/// of more than 16 blanks between words becomes its first blank.
/// Unstructured fields only (Subject, X-...). The value must pass validate_header_value().
[[nodiscard]] std::string format_unstructured_header(std::string_view name, std::string_view utf8_value);

/// One mailbox: `"I Made Sudarma" <made@example>`, `=?UTF-8?Q?...?= <addr>` for non-ASCII names,
/// or `addr` alone when the name is empty. Names are quoted with \" and \\ escaped.
/// Both parts must pass validation (see below).
[[nodiscard]] std::string format_address(const Address& a);

/// "To: a, b" folded after commas at 78 columns (an address list header). No trailing CRLF.
[[nodiscard]] std::string format_address_header(std::string_view name, const std::vector<Address>& list);

/// "Fri, 27 Nov 2026 09:15:00 +0800" for `t` shown at UTC + offset_minutes.
/// offset_minutes must lie within -1439..1439 (throws std::invalid_argument otherwise).
[[nodiscard]] std::string format_rfc5322_date(std::chrono::sys_seconds t, int offset_minutes);

/// nullopt when `value` may stand in a header (after encoding); else what is wrong, e.g.
/// "contains LF (0x0A) at byte 5", "decodes to CR (0x0D) in an encoded word", "invalid UTF-8 at byte 3".
[[nodiscard]] std::optional<std::string> validate_header_value(std::string_view value);

/// nullopt when `addr` is a plain ASCII addr-spec "local@domain" (dot-atom local part, LDH
/// domain labels or an [IPv4] literal, at most 254 octets); else what is wrong.
[[nodiscard]] std::optional<std::string> validate_address(std::string_view addr);

/// Untrusted text made safe for a header: encoded words decoded, invalid UTF-8 bytes replaced by
/// U+FFFD, CR/LF/NUL/TAB and other controls replaced by a space, runs of spaces collapsed,
/// trimmed. The result always passes validate_header_value().
[[nodiscard]] std::string sanitize_header_text(std::string_view value);

/// Byte offset of the first invalid UTF-8 sequence (overlong, surrogate, truncated), or nullopt.
[[nodiscard]] std::optional<std::size_t> find_invalid_utf8(std::string_view s);

/// A header field name: printable ASCII except ':' (RFC 5322 ftext), 1-76 characters.
[[nodiscard]] bool is_valid_header_name(std::string_view name);

}  // namespace pst
