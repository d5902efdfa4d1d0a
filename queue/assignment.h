// assignment.h: who gets a new ticket. A complete request goes to the available officer with the
// fewest open tickets (ties: the one whose last assignment is oldest - round robin); complaints go
// to the supervisor(s) the same way. Officers on leave (officer_leave rows, `pstq leave`) on the
// office-local date of `now` are not available. Caller holds the transaction.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <date/tz.h>

#include "queue/database.h"
#include "queue/tickets.h"

namespace pst {

struct OfficerConfig;

/// The login to assign, or nullopt when nobody is available (the ticket stays unassigned).
/// `zone` gives the local date for leave (nullptr: Asia/Makassar, the office's zone).
[[nodiscard]] std::optional<std::string> choose_officer(Database& db, const std::vector<OfficerConfig>& officers,
                                                        TicketKind kind, Instant now,
                                                        const date::time_zone* zone = nullptr);

/// Whether `login` is on leave on the local date "YYYY-MM-DD".
[[nodiscard]] bool on_leave(Database& db, const std::string& login, const std::string& local_date);

}  // namespace pst
