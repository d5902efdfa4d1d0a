// assignment.h: who gets a new ticket. A complete request goes to the available officer with the
// fewest open tickets (ties: the one whose last assignment is oldest - round robin); complaints go
// to the supervisor(s) the same way. Caller holds the transaction.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "queue/database.h"
#include "queue/tickets.h"

namespace pst {

struct OfficerConfig;

/// The login to assign, or nullopt when nobody is available (the ticket stays unassigned).
[[nodiscard]] std::optional<std::string> choose_officer(Database& db, const std::vector<OfficerConfig>& officers,
                                                        TicketKind kind, Instant now);

}  // namespace pst
