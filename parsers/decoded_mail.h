// decoded_mail.h: what the MIME layer makes of one raw message (structure, decoded text, attachments).
// Produced by decode_mail() (parsers/mime_decode.h); read by the language layer (parsers/analyse.h).
// Not for: deciding what the mail means (kind, introduction, request) - that is analyse().
// All strings are UTF-8. Nothing here owns or copies the raw bytes: the store keeps them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pst {

struct Address {
  std::string address;  // lower-cased domain, local part as sent; empty when unparseable
  std::string name;     // display name, RFC 2047 decoded, quotes removed; may be empty
};

struct AttachmentInfo {
  std::string filename;      // RFC 2231 / RFC 2047 decoded; may be empty
  std::string content_type;  // lower case "type/subtype"
  std::size_t size = 0;      // decoded size in bytes
  std::string part_id;       // MIME part path like "2" or "1.3", for fetching it again later
};

/// One per-recipient block of a delivery-status report (RFC 3464).
struct DsnRecipient {
  std::string final_recipient;  // address only, "rfc822;" stripped
  std::string action;           // lower case: failed, delayed, delivered, relayed, expanded
  std::string status;           // "5.1.1"
  std::string diagnostic;       // Diagnostic-Code text, may be empty
};

/// Problems found while decoding. The mail is still kept and shown to an officer.
enum class DecodeProblem {
  too_large,            // message larger than MimeLimits::max_message_bytes: only headers decoded
                        // (also: encoded forwards inside forwards beyond that many decoded bytes)
  header_line_too_long, // a header line over the cap was truncated
  too_deep,             // MIME nesting deeper than the cap: inner parts not decoded
  too_many_parts,       // more parts than the cap: the rest not decoded
  bad_encoding,         // invalid base64 / quoted-printable; best effort used
  bad_charset,          // unknown charset or invalid bytes; replaced with U+FFFD
  malformed,            // missing boundary, truncated, NUL bytes and the like
};

/// A message/rfc822 part (a mail forwarded "as attachment", or quoted in a digest), decoded lightly
/// so the language layer can read the original sender's words. Parts nested inside it are listed in
/// its own `attachments`; a forward inside a forward appears as a further entry of
/// DecodedMail::forwarded (flat, in document order, inner after outer).
struct ForwardedMail {
  std::string part_id;                    // of the message/rfc822 part itself, e.g. "2"
  std::string message_id;
  std::optional<Address> from;
  std::vector<Address> to;
  std::string subject;                    // decoded
  std::string date_header;
  std::string text;                       // its readable body, same rules as DecodedMail::text
  bool text_from_html = false;
  std::vector<AttachmentInfo> attachments;
};

struct DecodedMail {
  std::string message_id;                 // without angle brackets; empty when absent
  std::optional<Address> from;
  std::optional<Address> reply_to;
  std::optional<Address> sender;
  std::vector<Address> to;
  std::vector<Address> cc;
  std::string return_path;                // as given, may be "<>" or empty when absent
  std::string subject;                    // decoded, whitespace as sent (folding removed)
  std::string date_header;                // raw Date header value
  std::vector<std::string> in_reply_to;   // message ids without brackets
  std::vector<std::string> references;    // message ids without brackets, in order
  /// Every top-level header: name as sent, value unfolded and RFC 2047 decoded.
  std::vector<std::pair<std::string, std::string>> headers;
  std::string content_type;               // top-level, lower case "type/subtype"
  std::string text;                       // the readable body: text/plain preferred, else HTML as text
  bool text_from_html = false;
  std::vector<AttachmentInfo> attachments;
  std::vector<DsnRecipient> dsn;          // non-empty only for delivery-status reports
  std::string dsn_original_message_id;    // Message-ID of the bounced mail, when the report quotes it
  std::vector<DecodeProblem> problems;   // each problem at most once, in order of discovery
  std::size_t raw_size = 0;
  /// Forwarded messages (message/rfc822 parts, not the report parts of a bounce). Each is also
  /// listed in `attachments` (content type message/rfc822). Inline forwards ("---------- Forwarded
  /// message ---------" in the text) stay in `text`: finding those is the language layer's job.
  std::vector<ForwardedMail> forwarded;

  /// First header of that name (case-insensitive), or nullptr.
  [[nodiscard]] const std::string* header(std::string_view name) const;
  [[nodiscard]] bool has_problem(DecodeProblem p) const;
};

[[nodiscard]] const char* to_string(DecodeProblem p);

}  // namespace pst
