// dsn.h: the machine-readable parts of a delivery-status report (RFC 3464, RFC 6533):
// message/delivery-status (per-message block, then one block per recipient) and the returned
// headers of the bounced mail (message/rfc822 or text/rfc822-headers), for its Message-ID.
// Lenient: blocks are separated by blank lines; fields parsed with the ordinary header scanner.
// Bounded: at most kMaxDsnRecipients recipients.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parsers/decoded_mail.h"

namespace pst {

inline constexpr std::size_t kMaxDsnRecipients = 1000;

/// Per-recipient blocks of a message/delivery-status body (already transfer-decoded).
[[nodiscard]] std::vector<DsnRecipient> parse_delivery_status(std::string_view body,
                                                              std::size_t max_header_line);

/// Message-ID (without brackets) from the header block of a returned message, or empty.
[[nodiscard]] std::string returned_message_id(std::string_view returned,
                                              std::size_t max_header_line);

}  // namespace pst
