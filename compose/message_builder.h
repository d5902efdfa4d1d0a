// message_builder.h: one outgoing mail (OutgoingMail) -> the exact RFC 5322 / MIME bytes to hand
// to the SMTP sender. Text bodies go out as text/plain; charset=utf-8, quoted-printable (base64
// when that is shorter or the text holds control characters); attachments make it
// multipart/mixed with base64 parts and RFC 2231 file names.
// Not for: sending (transport/), choosing recipients or threading ids (the daemon does), templates
// (templates.h). Pure: no network, no database, no clock; the only impurity is the random
// multipart boundary and make_unique_token() (OpenSSL RAND_bytes).
//
// SECURITY: every header value and address is checked (header_encoding.h: validate_header_value,
// validate_address); CR, LF, NUL, other controls, invalid UTF-8 or encoded words that decode to
// CR/LF/NUL make build_message() throw ComposeError naming the field. No Bcc header is ever
// written, and extra headers may not replace the ones built here.
//
// OUTPUT GUARANTEES (tested): CRLF line endings only (no bare CR or LF anywhere), no line over
// 998 octets, headers folded at 78 columns where the content allows, 7-bit clean, the boundary
// does not occur in any part, and NO LINE STARTS WITH '.' (quoted-printable writes a leading dot
// as =2E; headers, base64 and boundary lines never start with one).
//
// FOR THE SMTP SENDER: hand these bytes to libcurl unchanged (CURLOPT_READFUNCTION / upload).
// Do NOT set CURLOPT_CRLF and do NOT dot-stuff: libcurl 7.88 escapes "CRLF." as "CRLF.." itself
// when the input has CRLF line endings (curl tests 901/1520; LIBRARY-NOTES: only bare-LF input
// escapes it), and adds the final "CRLF.CRLF". Stuffing twice would corrupt lines; with this
// builder no line starts with '.', so the question does not even arise. The envelope
// (MAIL FROM / RCPT TO) must use the same validated addresses (validate_address()).
//
// LIMITS: one text part only (no HTML alternative); attachments at most 25 MiB each, file names
// at most 255 bytes; no SMTPUTF8 (addresses are ASCII).
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "compose/mime_entity.h"  // the body encoders, for callers that build MIME
#include "parsers/decoded_mail.h"  // pst::Address

namespace pst {

/// A problem with the mail to be built; what() names the field: "To[1]: display name: contains LF ...".
class ComposeError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct OutgoingAttachment {
  std::string filename;      // UTF-8; path components are stripped; empty -> "attachment"
  std::string content_type;  // "type/subtype"; empty -> application/octet-stream
  std::string bytes;         // the raw content
};

struct OutgoingMail {
  Address from;
  std::vector<Address> to;                      // at least one
  std::vector<Address> cc;
  std::optional<Address> reply_to;
  std::string subject;                          // UTF-8
  std::string message_id;                       // without angle brackets, e.g. from make_message_id()
  std::string in_reply_to;                      // without brackets; empty = none
  std::vector<std::string> references;          // without brackets, oldest first
  std::chrono::sys_seconds date{};              // the instant, passed in (no clock here)
  int zone_offset_minutes = 8 * 60;             // WITA
  std::optional<std::string> auto_submitted;    // "auto-replied" | "auto-generated" | "no"
  std::vector<std::pair<std::string, std::string>> extra_headers;  // validated, never replace ours
  std::string text_body;                        // UTF-8; any line ending style
  std::vector<OutgoingAttachment> attachments;
  std::optional<std::string> boundary;          // tests only: a fixed boundary (default random)
};

/// The complete message, CRLF line endings, ending in CRLF. Throws ComposeError.
[[nodiscard]] std::string build_message(const OutgoingMail& mail);

/// `bytes` random bytes (OpenSSL RAND_bytes) as lower-case hex; for Message-IDs and boundaries.
/// Throws std::runtime_error when the random generator fails.
[[nodiscard]] std::string make_unique_token(std::size_t bytes = 16);

/// A msg-id without brackets: 1-250 printable ASCII characters, no whitespace, '<', '>' or '"'.
/// Our own Message-ID must also contain '@'. Use it to filter a requester's References.
[[nodiscard]] bool is_valid_message_id(std::string_view id);

}  // namespace pst
