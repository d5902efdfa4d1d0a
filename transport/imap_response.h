// imap_response.h: pure parsers for the few IMAP replies pstmail reads through libcurl's callbacks
// (RFC 3501 grammar names), and quoting for the strings it sends. Only replies that carry no
// literals are parsed here: message content is fetched by URL (see imap_client.h).
// Input is the text curl handed over, many lines with CRLF; unrelated untagged lines are ignored.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pst {

/// A UID set in IMAP syntax, runs compressed: {1,2,3,5,7,8} -> "1:3,5,7:8". Input in any order.
[[nodiscard]] std::string uid_set(std::vector<std::uint32_t> uids);

struct MailboxStatus {
  std::uint32_t uidvalidity = 0;
  std::uint32_t uidnext = 0;
  std::uint32_t exists = 0;  // MESSAGES
  friend bool operator==(const MailboxStatus&, const MailboxStatus&) = default;
};

/// `* STATUS mailbox (MESSAGES n UIDNEXT n UIDVALIDITY n)`; nullopt unless UIDVALIDITY and UIDNEXT are there.
[[nodiscard]] std::optional<MailboxStatus> parse_status_response(std::string_view text);

/// The numbers of every `* SEARCH n n n` line, in order.
[[nodiscard]] std::vector<std::uint32_t> parse_search_response(std::string_view text);

/// The capability atoms of the last `* CAPABILITY ...` line (upper case).
[[nodiscard]] std::vector<std::string> parse_capability_response(std::string_view text);

/// The quoted `date-time` of `* n FETCH (... UID uid ... INTERNALDATE "..." ...)` for this UID.
[[nodiscard]] std::optional<std::string> find_fetch_internaldate(std::string_view text, std::uint32_t uid);

/// True when a `* n FETCH (... UID uid ...)` line for this UID is present.
[[nodiscard]] bool has_fetch_for_uid(std::string_view text, std::uint32_t uid);

/// True when a `* n EXPUNGE` line is present.
[[nodiscard]] bool has_expunge(std::string_view text);

/// RFC 3501 date-time without quotes: `02-Mar-2026 01:02:03 +0800` (day may be " 2" or "2").
[[nodiscard]] std::optional<std::chrono::sys_seconds> parse_imap_date_time(std::string_view s);

/// An IMAP quoted string for a mailbox name; nullopt for CR, LF, NUL or non-ASCII (which would need
/// modified UTF-7): never build a command from such a name.
[[nodiscard]] std::optional<std::string> quote_imap_string(std::string_view s);

}  // namespace pst
