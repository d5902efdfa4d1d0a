// mime_address.h: RFC 5322 address lists and message-id lists, parsed leniently.
// parse_address_list handles display names (quoted or not, RFC 2047 encoded, quotes and escapes
// removed), angle addresses, bare addr-specs, comments as names ("a@b (Budi)"), groups
// ("Tim PST: a@b, c@d;"), "undisclosed-recipients:" with or without ";" (no address, no crash -
// mimetic throws there), a bare local part ("MAILER-DAEMON"), and Outlook's unquoted
// "Santoso, Budi <b@x>" (a name-only piece before a named address is joined to that name).
// Domains are lower-cased; local parts kept as sent. Never throws.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/decoded_mail.h"

namespace pst {

/// At most this many addresses are returned from one header value.
inline constexpr std::size_t kMaxAddresses = 2000;

[[nodiscard]] std::vector<Address> parse_address_list(std::string_view value);

/// The first address of the list, if any.
[[nodiscard]] std::optional<Address> parse_first_address(std::string_view value);

/// "<a@b> <c@d>" -> {"a@b", "c@d"}; without angle brackets, whitespace/comma separated tokens
/// containing '@'. At most kMaxAddresses ids.
[[nodiscard]] std::vector<std::string> parse_msg_id_list(std::string_view value);

}  // namespace pst
