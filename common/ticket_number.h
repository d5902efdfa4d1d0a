// ticket_number.h: the ticket number "PST-2026-00042" (<prefix>-<year>-<5 digits>, sequence per year),
// its subject tag "[PST-2026-00042]", and the Message-IDs pstmail gives its own mail, which carry the
// number so that replies can be matched without a database ("pstmail.PST-2026-00042.<hex>@domain").
// Pure functions; no I/O.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pst {

struct TicketNumber {
  std::string prefix;  // "PST"
  int year = 0;        // 2026
  int sequence = 0;    // 42

  [[nodiscard]] std::string str() const;  // "PST-2026-00042"
  friend bool operator==(const TicketNumber&, const TicketNumber&) = default;
};

/// "PST-2026-00042" (any prefix of 1-16 letters/digits). Case-insensitive prefix, returned upper case.
[[nodiscard]] std::optional<TicketNumber> parse_ticket_number(std::string_view s);

/// The first "[PREFIX-YYYY-NNNNN]" tag in a subject, if any.
[[nodiscard]] std::optional<TicketNumber> find_subject_tag(std::string_view subject);

/// The first bare ticket number in free text ("tiket PST-2026-00042", "no. PST-2026-00042").
[[nodiscard]] std::optional<TicketNumber> find_ticket_number_in_text(std::string_view text);

/// Message-ID (without brackets) for a mail pstmail sends about a ticket: "pstmail.<ticket>.<unique>@<domain>".
[[nodiscard]] std::string make_message_id(const TicketNumber& t, std::string_view unique, std::string_view domain);

/// The ticket a pstmail Message-ID names, if it is one of ours.
[[nodiscard]] std::optional<TicketNumber> ticket_from_message_id(std::string_view message_id);

/// The user-facing forms: "PST-2026-00042", "2026-42", "42" (in default_year) -> ticket number.
[[nodiscard]] std::optional<TicketNumber> parse_ticket_argument(std::string_view s, std::string_view prefix,
                                                                int default_year);

}  // namespace pst
