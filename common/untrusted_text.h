// untrusted_text.h: text that came from outside (a requester's name, institution, subject, body,
// an attachment's file name) made safe to place in a mail body, a template or an officer's terminal.
// One cleaner for every such place, so "what is a dangerous character" is decided once:
//   - C0 controls (CR, LF, TAB, ESC, NUL, ...), DEL and the C1 controls U+0080-U+009F (terminals
//     act on 8-bit CSI U+009B and OSC U+009D too);
//   - Unicode bidi controls (U+061C, U+200E/F, U+202A-202E, U+2066-2069): they reorder what an
//     officer or a requester reads ("Trojan Source");
//   - invalid UTF-8, which becomes U+FFFD.
// clean_inline() makes one line (every such character becomes a space, runs of spaces collapse,
// the result is trimmed and cut to a number of code points with "…"); clean_block() keeps the line
// structure of a body (LF kept, CRLF/CR become LF, TAB becomes spaces) and replaces the rest.
// Not for: header fields (compose/header_encoding's sanitize_header_text also decodes RFC 2047);
// markup (common/markup_escape escapes after cleaning). Pure functions, no locale.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pst {

/// Default cut for one-line values placed in mail and terminals (code points).
constexpr std::size_t kMaxInlineChars = 200;

/// One line of untrusted text: controls, bidi controls and line breaks become spaces, runs of
/// spaces collapse, trimmed, at most `max_chars` code points (the last one "…" when cut; 0: no cut).
[[nodiscard]] std::string clean_inline(std::string_view text, std::size_t max_chars = kMaxInlineChars);

/// Several lines of untrusted text: LF kept (CRLF and lone CR become LF), TAB becomes four spaces,
/// every other control and bidi control becomes a space, invalid UTF-8 becomes U+FFFD.
[[nodiscard]] std::string clean_block(std::string_view text);

}  // namespace pst
