// mime_limits.h: hard limits on untrusted mail, checked by decode_mail() before the expensive work.
// Values come from config (limits.*); the defaults fit a regency office mailbox.
// SECURITY: every limit here fends off a denial of service (huge header lines cost quadratic time in
// some parsers, deep nesting overflows recursive ones, many tiny parts eat memory). A mail beyond a
// limit is still kept and shown to an officer, flagged with a DecodeProblem; it is never dropped.
#pragma once

#include <cstddef>

namespace pst {

/// Bounds for decode_mail() and extract_part().
struct MimeLimits {
  std::size_t max_message_bytes = 25u * 1024u * 1024u;  // larger: only the headers are decoded
  std::size_t max_header_line = 64u * 1024u;            // one unfolded header field; longer is cut
  int max_depth = 50;                                   // multipart / message nesting
  int max_parts = 500;                                  // MIME parts in the whole message
};

}  // namespace pst
