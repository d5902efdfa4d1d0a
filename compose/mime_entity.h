// mime_entity.h: the MIME side of an outgoing mail — its Content-* fields, the multipart structure
// with boundary and preamble, and the body encodings — written with mimetic (MimeEntity trees,
// Base64::Encoder); quoted-printable stays ours (below). message_builder.h writes the RFC 5322 header
// above it and does every check on what goes in; this file only assembles already-checked pieces.
//
// GUARDS around mimetic 0.9.8 (each found by a probe in tests/mimetic_probes/, see ARCHITECTURE.md):
//   - its Base64::Encoder ends lines with LF and checks the line length per character: it runs
//     without line breaks (maxlen 0) into a buffer of the known size, and the CRLF lines are cut here;
//   - its header writer folds any field over 76 columns at whitespace, also right after a CRLF that
//     is already there (which makes an empty line: the header would end early) and turning the space
//     into a TAB: fields are handed over unfolded, parameters separated by "; " (the only places it
//     may fold), and RFC 2047/2231 parameter values are formatted by us (its Param quotes an RFC
//     2231 extended value, which RFC 2231 does not allow);
//   - its QP::Encoder is not used: after the first 8-bit byte it encodes every CRLF as =0D=0A and
//     every space as =20, so Indonesian text with one "é" or "–" loses its lines; and it leaves a
//     line-leading '.' bare. encode_quoted_printable below is ours.
// Not for: parsing mail (parsers/ decodes untrusted mail; mimetic's parser is not used anywhere).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pst {

/// One part as it will be written: unfolded header values (parameters separated by "; ") and the
/// body already encoded (CRLF lines) with `transfer_encoding`.
struct MimePart {
  std::string content_type;         // e.g. "text/plain; charset=utf-8"
  std::string content_disposition;  // empty: none
  std::string transfer_encoding;    // "quoted-printable" | "base64"
  std::string encoded_body;         // CRLF line ends, ends in CRLF
};

/// Appends the entity to `message` (the RFC 5322 header written so far): one part alone, or
/// multipart/mixed of `parts` with `boundary` (which the caller has made sure occurs in no part).
/// Content-* fields, an empty line, the body; CRLF throughout. The parts' bodies are moved.
void append_mime_entity(std::string& message, std::vector<MimePart>&& parts, std::string_view boundary);

/// Quoted-printable of text with CRLF line breaks (ours: see above): hard breaks kept, soft breaks
/// within 76 columns between whole UTF-8 sequences, '=', trailing blanks, a line-leading '.' and
/// "From " encoded. Text without a final line break ends in a soft break ("=\r\n").
[[nodiscard]] std::string encode_quoted_printable(std::string_view crlf_text);
/// Base64 (mimetic's Base64::Encoder) in lines of 76 characters, each ending in CRLF.
[[nodiscard]] std::string encode_base64_lines(std::string_view bytes);
/// Every line break (CRLF, bare CR, bare LF) turned into CRLF.
[[nodiscard]] std::string normalize_crlf(std::string_view text);

}  // namespace pst
